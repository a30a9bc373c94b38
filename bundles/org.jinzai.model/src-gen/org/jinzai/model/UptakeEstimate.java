/**
 */
package org.jinzai.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Uptake Estimate</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 受講実績: how many completed a course a year on past rosters (Gamma posterior of the yearly count, Jeffreys prior), for seats the plan did not record. The seats are an override when they differ from the rounded yearly count.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.UptakeEstimate#getPerYear <em>Per Year</em>}</li>
 *   <li>{@link org.jinzai.model.UptakeEstimate#getLow <em>Low</em>}</li>
 *   <li>{@link org.jinzai.model.UptakeEstimate#getHigh <em>High</em>}</li>
 *   <li>{@link org.jinzai.model.UptakeEstimate#getCompletions <em>Completions</em>}</li>
 *   <li>{@link org.jinzai.model.UptakeEstimate#getFirstYear <em>First Year</em>}</li>
 *   <li>{@link org.jinzai.model.UptakeEstimate#getLastYear <em>Last Year</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getUptakeEstimate()
 * @model
 * @generated
 */
public interface UptakeEstimate extends EObject {
	/**
	 * Returns the value of the '<em><b>Per Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Per Year</em>' attribute.
	 * @see #setPerYear(double)
	 * @see org.jinzai.model.JinzaiPackage#getUptakeEstimate_PerYear()
	 * @model
	 * @generated
	 */
	double getPerYear();

	/**
	 * Sets the value of the '{@link org.jinzai.model.UptakeEstimate#getPerYear <em>Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Per Year</em>' attribute.
	 * @see #getPerYear()
	 * @generated
	 */
	void setPerYear(double value);

	/**
	 * Returns the value of the '<em><b>Low</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Low</em>' attribute.
	 * @see #setLow(double)
	 * @see org.jinzai.model.JinzaiPackage#getUptakeEstimate_Low()
	 * @model
	 * @generated
	 */
	double getLow();

	/**
	 * Sets the value of the '{@link org.jinzai.model.UptakeEstimate#getLow <em>Low</em>}' attribute.
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
	 * @return the value of the '<em>High</em>' attribute.
	 * @see #setHigh(double)
	 * @see org.jinzai.model.JinzaiPackage#getUptakeEstimate_High()
	 * @model
	 * @generated
	 */
	double getHigh();

	/**
	 * Sets the value of the '{@link org.jinzai.model.UptakeEstimate#getHigh <em>High</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>High</em>' attribute.
	 * @see #getHigh()
	 * @generated
	 */
	void setHigh(double value);

	/**
	 * Returns the value of the '<em><b>Completions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Completions</em>' attribute.
	 * @see #setCompletions(int)
	 * @see org.jinzai.model.JinzaiPackage#getUptakeEstimate_Completions()
	 * @model
	 * @generated
	 */
	int getCompletions();

	/**
	 * Sets the value of the '{@link org.jinzai.model.UptakeEstimate#getCompletions <em>Completions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Completions</em>' attribute.
	 * @see #getCompletions()
	 * @generated
	 */
	void setCompletions(int value);

	/**
	 * Returns the value of the '<em><b>First Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>First Year</em>' attribute.
	 * @see #setFirstYear(int)
	 * @see org.jinzai.model.JinzaiPackage#getUptakeEstimate_FirstYear()
	 * @model
	 * @generated
	 */
	int getFirstYear();

	/**
	 * Sets the value of the '{@link org.jinzai.model.UptakeEstimate#getFirstYear <em>First Year</em>}' attribute.
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
	 * @return the value of the '<em>Last Year</em>' attribute.
	 * @see #setLastYear(int)
	 * @see org.jinzai.model.JinzaiPackage#getUptakeEstimate_LastYear()
	 * @model
	 * @generated
	 */
	int getLastYear();

	/**
	 * Sets the value of the '{@link org.jinzai.model.UptakeEstimate#getLastYear <em>Last Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Year</em>' attribute.
	 * @see #getLastYear()
	 * @generated
	 */
	void setLastYear(int value);

} // UptakeEstimate
