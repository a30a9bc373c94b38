/**
 */
package org.jinzai.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Attrition Rate</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Yearly leaving rate of an age band and employment type.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.AttritionRate#getMinAge <em>Min Age</em>}</li>
 *   <li>{@link org.jinzai.model.AttritionRate#getMaxAge <em>Max Age</em>}</li>
 *   <li>{@link org.jinzai.model.AttritionRate#getEmploymentType <em>Employment Type</em>}</li>
 *   <li>{@link org.jinzai.model.AttritionRate#getYearlyRate <em>Yearly Rate</em>}</li>
 *   <li>{@link org.jinzai.model.AttritionRate#getEstimate <em>Estimate</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getAttritionRate()
 * @model
 * @generated
 */
public interface AttritionRate extends EObject {
	/**
	 * Returns the value of the '<em><b>Min Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min Age</em>' attribute.
	 * @see #setMinAge(int)
	 * @see org.jinzai.model.JinzaiPackage#getAttritionRate_MinAge()
	 * @model
	 * @generated
	 */
	int getMinAge();

	/**
	 * Sets the value of the '{@link org.jinzai.model.AttritionRate#getMinAge <em>Min Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Age</em>' attribute.
	 * @see #getMinAge()
	 * @generated
	 */
	void setMinAge(int value);

	/**
	 * Returns the value of the '<em><b>Max Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Age</em>' attribute.
	 * @see #setMaxAge(int)
	 * @see org.jinzai.model.JinzaiPackage#getAttritionRate_MaxAge()
	 * @model
	 * @generated
	 */
	int getMaxAge();

	/**
	 * Sets the value of the '{@link org.jinzai.model.AttritionRate#getMaxAge <em>Max Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Age</em>' attribute.
	 * @see #getMaxAge()
	 * @generated
	 */
	void setMaxAge(int value);

	/**
	 * Returns the value of the '<em><b>Employment Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.jinzai.model.EmploymentType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Employment Type</em>' attribute.
	 * @see org.jinzai.model.EmploymentType
	 * @see #setEmploymentType(EmploymentType)
	 * @see org.jinzai.model.JinzaiPackage#getAttritionRate_EmploymentType()
	 * @model
	 * @generated
	 */
	EmploymentType getEmploymentType();

	/**
	 * Sets the value of the '{@link org.jinzai.model.AttritionRate#getEmploymentType <em>Employment Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Employment Type</em>' attribute.
	 * @see org.jinzai.model.EmploymentType
	 * @see #getEmploymentType()
	 * @generated
	 */
	void setEmploymentType(EmploymentType value);

	/**
	 * Returns the value of the '<em><b>Yearly Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Yearly Rate</em>' attribute.
	 * @see #setYearlyRate(double)
	 * @see org.jinzai.model.JinzaiPackage#getAttritionRate_YearlyRate()
	 * @model
	 * @generated
	 */
	double getYearlyRate();

	/**
	 * Sets the value of the '{@link org.jinzai.model.AttritionRate#getYearlyRate <em>Yearly Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Yearly Rate</em>' attribute.
	 * @see #getYearlyRate()
	 * @generated
	 */
	void setYearlyRate(double value);

	/**
	 * Returns the value of the '<em><b>Estimate</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the rate came from, when it was estimated from the history.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Estimate</em>' containment reference.
	 * @see #setEstimate(RateEstimate)
	 * @see org.jinzai.model.JinzaiPackage#getAttritionRate_Estimate()
	 * @model containment="true"
	 * @generated
	 */
	RateEstimate getEstimate();

	/**
	 * Sets the value of the '{@link org.jinzai.model.AttritionRate#getEstimate <em>Estimate</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Estimate</em>' containment reference.
	 * @see #getEstimate()
	 * @generated
	 */
	void setEstimate(RateEstimate value);

} // AttritionRate
