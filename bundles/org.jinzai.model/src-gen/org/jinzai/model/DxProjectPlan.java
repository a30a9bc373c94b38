/**
 */
package org.jinzai.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dx Project Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * DX案件 of a department in a fiscal year (OJT).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.DxProjectPlan#getDepartment <em>Department</em>}</li>
 *   <li>{@link org.jinzai.model.DxProjectPlan#getFiscalYear <em>Fiscal Year</em>}</li>
 *   <li>{@link org.jinzai.model.DxProjectPlan#getCount <em>Count</em>}</li>
 *   <li>{@link org.jinzai.model.DxProjectPlan#getDurationMonths <em>Duration Months</em>}</li>
 *   <li>{@link org.jinzai.model.DxProjectPlan#getLeadSeats <em>Lead Seats</em>}</li>
 *   <li>{@link org.jinzai.model.DxProjectPlan#getStartMonth <em>Start Month</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getDxProjectPlan()
 * @model
 * @generated
 */
public interface DxProjectPlan extends EObject {
	/**
	 * Returns the value of the '<em><b>Department</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Empty: one project in every business department.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Department</em>' reference.
	 * @see #setDepartment(Department)
	 * @see org.jinzai.model.JinzaiPackage#getDxProjectPlan_Department()
	 * @model
	 * @generated
	 */
	Department getDepartment();

	/**
	 * Sets the value of the '{@link org.jinzai.model.DxProjectPlan#getDepartment <em>Department</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Department</em>' reference.
	 * @see #getDepartment()
	 * @generated
	 */
	void setDepartment(Department value);

	/**
	 * Returns the value of the '<em><b>Fiscal Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fiscal Year</em>' attribute.
	 * @see #setFiscalYear(int)
	 * @see org.jinzai.model.JinzaiPackage#getDxProjectPlan_FiscalYear()
	 * @model
	 * @generated
	 */
	int getFiscalYear();

	/**
	 * Sets the value of the '{@link org.jinzai.model.DxProjectPlan#getFiscalYear <em>Fiscal Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fiscal Year</em>' attribute.
	 * @see #getFiscalYear()
	 * @generated
	 */
	void setFiscalYear(int value);

	/**
	 * Returns the value of the '<em><b>Count</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Count</em>' attribute.
	 * @see #setCount(int)
	 * @see org.jinzai.model.JinzaiPackage#getDxProjectPlan_Count()
	 * @model default="1"
	 * @generated
	 */
	int getCount();

	/**
	 * Sets the value of the '{@link org.jinzai.model.DxProjectPlan#getCount <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Count</em>' attribute.
	 * @see #getCount()
	 * @generated
	 */
	void setCount(int value);

	/**
	 * Returns the value of the '<em><b>Duration Months</b></em>' attribute.
	 * The default value is <code>"12"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Duration Months</em>' attribute.
	 * @see #setDurationMonths(int)
	 * @see org.jinzai.model.JinzaiPackage#getDxProjectPlan_DurationMonths()
	 * @model default="12"
	 * @generated
	 */
	int getDurationMonths();

	/**
	 * Sets the value of the '{@link org.jinzai.model.DxProjectPlan#getDurationMonths <em>Duration Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration Months</em>' attribute.
	 * @see #getDurationMonths()
	 * @generated
	 */
	void setDurationMonths(int value);

	/**
	 * Returns the value of the '<em><b>Lead Seats</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lead Seats</em>' attribute.
	 * @see #setLeadSeats(int)
	 * @see org.jinzai.model.JinzaiPackage#getDxProjectPlan_LeadSeats()
	 * @model default="1"
	 * @generated
	 */
	int getLeadSeats();

	/**
	 * Sets the value of the '{@link org.jinzai.model.DxProjectPlan#getLeadSeats <em>Lead Seats</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lead Seats</em>' attribute.
	 * @see #getLeadSeats()
	 * @generated
	 */
	void setLeadSeats(int value);

	/**
	 * Returns the value of the '<em><b>Start Month</b></em>' attribute.
	 * The default value is <code>"4"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Month</em>' attribute.
	 * @see #setStartMonth(int)
	 * @see org.jinzai.model.JinzaiPackage#getDxProjectPlan_StartMonth()
	 * @model default="4"
	 * @generated
	 */
	int getStartMonth();

	/**
	 * Sets the value of the '{@link org.jinzai.model.DxProjectPlan#getStartMonth <em>Start Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Month</em>' attribute.
	 * @see #getStartMonth()
	 * @generated
	 */
	void setStartMonth(int value);

} // DxProjectPlan
