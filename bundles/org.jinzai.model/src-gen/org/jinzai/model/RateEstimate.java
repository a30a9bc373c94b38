/**
 */
package org.jinzai.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rate Estimate</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 推計の根拠: a rate or probability estimated from past rosters, with what it rests on. The rate it belongs to is an override when it differs from the value estimated.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.RateEstimate#getEstimated <em>Estimated</em>}</li>
 *   <li>{@link org.jinzai.model.RateEstimate#getLow <em>Low</em>}</li>
 *   <li>{@link org.jinzai.model.RateEstimate#getHigh <em>High</em>}</li>
 *   <li>{@link org.jinzai.model.RateEstimate#getEvents <em>Events</em>}</li>
 *   <li>{@link org.jinzai.model.RateEstimate#getExposure <em>Exposure</em>}</li>
 *   <li>{@link org.jinzai.model.RateEstimate#getFirstYear <em>First Year</em>}</li>
 *   <li>{@link org.jinzai.model.RateEstimate#getLastYear <em>Last Year</em>}</li>
 *   <li>{@link org.jinzai.model.RateEstimate#getAlpha <em>Alpha</em>}</li>
 *   <li>{@link org.jinzai.model.RateEstimate#getBeta <em>Beta</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getRateEstimate()
 * @model
 * @generated
 */
public interface RateEstimate extends EObject {
	/**
	 * Returns the value of the '<em><b>Estimated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value estimated (a yearly rate or a probability).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Estimated</em>' attribute.
	 * @see #setEstimated(double)
	 * @see org.jinzai.model.JinzaiPackage#getRateEstimate_Estimated()
	 * @model
	 * @generated
	 */
	double getEstimated();

	/**
	 * Sets the value of the '{@link org.jinzai.model.RateEstimate#getEstimated <em>Estimated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Estimated</em>' attribute.
	 * @see #getEstimated()
	 * @generated
	 */
	void setEstimated(double value);

	/**
	 * Returns the value of the '<em><b>Low</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Low end of the 90 % interval.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Low</em>' attribute.
	 * @see #setLow(double)
	 * @see org.jinzai.model.JinzaiPackage#getRateEstimate_Low()
	 * @model
	 * @generated
	 */
	double getLow();

	/**
	 * Sets the value of the '{@link org.jinzai.model.RateEstimate#getLow <em>Low</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Low</em>' attribute.
	 * @see #getLow()
	 * @generated
	 */
	void setLow(double value);

	/**
	 * Returns the value of the '<em><b>High</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * High end of the 90 % interval.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>High</em>' attribute.
	 * @see #setHigh(double)
	 * @see org.jinzai.model.JinzaiPackage#getRateEstimate_High()
	 * @model
	 * @generated
	 */
	double getHigh();

	/**
	 * Sets the value of the '{@link org.jinzai.model.RateEstimate#getHigh <em>High</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>High</em>' attribute.
	 * @see #getHigh()
	 * @generated
	 */
	void setHigh(double value);

	/**
	 * Returns the value of the '<em><b>Events</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Events observed (leavers; promoters kept).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Events</em>' attribute.
	 * @see #setEvents(double)
	 * @see org.jinzai.model.JinzaiPackage#getRateEstimate_Events()
	 * @model
	 * @generated
	 */
	double getEvents();

	/**
	 * Sets the value of the '{@link org.jinzai.model.RateEstimate#getEvents <em>Events</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Events</em>' attribute.
	 * @see #getEvents()
	 * @generated
	 */
	void setEvents(double value);

	/**
	 * Returns the value of the '<em><b>Exposure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Exposure: months for a leaving rate, persons for a probability.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exposure</em>' attribute.
	 * @see #setExposure(double)
	 * @see org.jinzai.model.JinzaiPackage#getRateEstimate_Exposure()
	 * @model
	 * @generated
	 */
	double getExposure();

	/**
	 * Sets the value of the '{@link org.jinzai.model.RateEstimate#getExposure <em>Exposure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exposure</em>' attribute.
	 * @see #getExposure()
	 * @generated
	 */
	void setExposure(double value);

	/**
	 * Returns the value of the '<em><b>First Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First fiscal year of the history.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>First Year</em>' attribute.
	 * @see #setFirstYear(int)
	 * @see org.jinzai.model.JinzaiPackage#getRateEstimate_FirstYear()
	 * @model
	 * @generated
	 */
	int getFirstYear();

	/**
	 * Sets the value of the '{@link org.jinzai.model.RateEstimate#getFirstYear <em>First Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Year</em>' attribute.
	 * @see #getFirstYear()
	 * @generated
	 */
	void setFirstYear(int value);

	/**
	 * Returns the value of the '<em><b>Last Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Last fiscal year of the history.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Last Year</em>' attribute.
	 * @see #setLastYear(int)
	 * @see org.jinzai.model.JinzaiPackage#getRateEstimate_LastYear()
	 * @model
	 * @generated
	 */
	int getLastYear();

	/**
	 * Sets the value of the '{@link org.jinzai.model.RateEstimate#getLastYear <em>Last Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Year</em>' attribute.
	 * @see #getLastYear()
	 * @generated
	 */
	void setLastYear(int value);

	/**
	 * Returns the value of the '<em><b>Alpha</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Posterior: shape of the Gamma of the monthly hazard, or the Beta's alpha of a probability.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Alpha</em>' attribute.
	 * @see #setAlpha(double)
	 * @see org.jinzai.model.JinzaiPackage#getRateEstimate_Alpha()
	 * @model
	 * @generated
	 */
	double getAlpha();

	/**
	 * Sets the value of the '{@link org.jinzai.model.RateEstimate#getAlpha <em>Alpha</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Alpha</em>' attribute.
	 * @see #getAlpha()
	 * @generated
	 */
	void setAlpha(double value);

	/**
	 * Returns the value of the '<em><b>Beta</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Posterior: rate (per month) of the Gamma of the monthly hazard, or the Beta's beta of a probability.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Beta</em>' attribute.
	 * @see #setBeta(double)
	 * @see org.jinzai.model.JinzaiPackage#getRateEstimate_Beta()
	 * @model
	 * @generated
	 */
	double getBeta();

	/**
	 * Sets the value of the '{@link org.jinzai.model.RateEstimate#getBeta <em>Beta</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Beta</em>' attribute.
	 * @see #getBeta()
	 * @generated
	 */
	void setBeta(double value);

} // RateEstimate
