/**
 */
package org.jinzai.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Distribution</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.Distribution#getMean <em>Mean</em>}</li>
 *   <li>{@link org.jinzai.model.Distribution#getP10 <em>P10</em>}</li>
 *   <li>{@link org.jinzai.model.Distribution#getP50 <em>P50</em>}</li>
 *   <li>{@link org.jinzai.model.Distribution#getP90 <em>P90</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getDistribution()
 * @model abstract="true"
 * @generated
 */
public interface Distribution extends EObject {
	/**
	 * Returns the value of the '<em><b>Mean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mean</em>' attribute.
	 * @see #setMean(double)
	 * @see org.jinzai.model.JinzaiPackage#getDistribution_Mean()
	 * @model
	 * @generated
	 */
	double getMean();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Distribution#getMean <em>Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mean</em>' attribute.
	 * @see #getMean()
	 * @generated
	 */
	void setMean(double value);

	/**
	 * Returns the value of the '<em><b>P10</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>P10</em>' attribute.
	 * @see #setP10(double)
	 * @see org.jinzai.model.JinzaiPackage#getDistribution_P10()
	 * @model
	 * @generated
	 */
	double getP10();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Distribution#getP10 <em>P10</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>P10</em>' attribute.
	 * @see #getP10()
	 * @generated
	 */
	void setP10(double value);

	/**
	 * Returns the value of the '<em><b>P50</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>P50</em>' attribute.
	 * @see #setP50(double)
	 * @see org.jinzai.model.JinzaiPackage#getDistribution_P50()
	 * @model
	 * @generated
	 */
	double getP50();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Distribution#getP50 <em>P50</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>P50</em>' attribute.
	 * @see #getP50()
	 * @generated
	 */
	void setP50(double value);

	/**
	 * Returns the value of the '<em><b>P90</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>P90</em>' attribute.
	 * @see #setP90(double)
	 * @see org.jinzai.model.JinzaiPackage#getDistribution_P90()
	 * @model
	 * @generated
	 */
	double getP90();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Distribution#getP90 <em>P90</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>P90</em>' attribute.
	 * @see #getP90()
	 * @generated
	 */
	void setP90(double value);

} // Distribution
