/**
 */
package org.jinzai.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Secondment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 出向・派遣: staff of a member sent to a pool for a term; they serve the members as the pool's staff do and come back to their department with at least a step of their persona.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.Secondment#getPool <em>Pool</em>}</li>
 *   <li>{@link org.jinzai.model.Secondment#getPersona <em>Persona</em>}</li>
 *   <li>{@link org.jinzai.model.Secondment#getDepartment <em>Department</em>}</li>
 *   <li>{@link org.jinzai.model.Secondment#getStaff <em>Staff</em>}</li>
 *   <li>{@link org.jinzai.model.Secondment#getTermYears <em>Term Years</em>}</li>
 *   <li>{@link org.jinzai.model.Secondment#getStepOnReturn <em>Step On Return</em>}</li>
 *   <li>{@link org.jinzai.model.Secondment#getServingDays <em>Serving Days</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getSecondment()
 * @model
 * @generated
 */
public interface Secondment extends EObject {
	/**
	 * Returns the value of the '<em><b>Pool</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pool</em>' reference.
	 * @see #setPool(Pool)
	 * @see org.jinzai.model.JinzaiPackage#getSecondment_Pool()
	 * @model required="true"
	 * @generated
	 */
	Pool getPool();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Secondment#getPool <em>Pool</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pool</em>' reference.
	 * @see #getPool()
	 * @generated
	 */
	void setPool(Pool value);

	/**
	 * Returns the value of the '<em><b>Persona</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The persona of the staff sent (holders of it), and the persona of the step they come back with.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Persona</em>' reference.
	 * @see #setPersona(Persona)
	 * @see org.jinzai.model.JinzaiPackage#getSecondment_Persona()
	 * @model required="true"
	 * @generated
	 */
	Persona getPersona();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Secondment#getPersona <em>Persona</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Persona</em>' reference.
	 * @see #getPersona()
	 * @generated
	 */
	void setPersona(Persona value);

	/**
	 * Returns the value of the '<em><b>Department</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The department they are sent from (none: any).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Department</em>' reference.
	 * @see #setDepartment(Department)
	 * @see org.jinzai.model.JinzaiPackage#getSecondment_Department()
	 * @model
	 * @generated
	 */
	Department getDepartment();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Secondment#getDepartment <em>Department</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Department</em>' reference.
	 * @see #getDepartment()
	 * @generated
	 */
	void setDepartment(Department value);

	/**
	 * Returns the value of the '<em><b>Staff</b></em>' containment reference list.
	 * The list contents are of type {@link org.jinzai.model.YearlyCount}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Staff sent in April of each fiscal year.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Staff</em>' containment reference list.
	 * @see org.jinzai.model.JinzaiPackage#getSecondment_Staff()
	 * @model containment="true"
	 * @generated
	 */
	EList<YearlyCount> getStaff();

	/**
	 * Returns the value of the '<em><b>Term Years</b></em>' attribute.
	 * The default value is <code>"2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Term Years</em>' attribute.
	 * @see #setTermYears(int)
	 * @see org.jinzai.model.JinzaiPackage#getSecondment_TermYears()
	 * @model default="2"
	 * @generated
	 */
	int getTermYears();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Secondment#getTermYears <em>Term Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Term Years</em>' attribute.
	 * @see #getTermYears()
	 * @generated
	 */
	void setTermYears(int value);

	/**
	 * Returns the value of the '<em><b>Step On Return</b></em>' attribute.
	 * The default value is <code>"2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Step On Return</em>' attribute.
	 * @see #setStepOnReturn(int)
	 * @see org.jinzai.model.JinzaiPackage#getSecondment_StepOnReturn()
	 * @model default="2"
	 * @generated
	 */
	int getStepOnReturn();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Secondment#getStepOnReturn <em>Step On Return</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Step On Return</em>' attribute.
	 * @see #getStepOnReturn()
	 * @generated
	 */
	void setStepOnReturn(int value);

	/**
	 * Returns the value of the '<em><b>Serving Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Days a week each of them serves the members while away, counted as the pool's support at its step (0: they work on the pool's own projects and learn).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Serving Days</em>' attribute.
	 * @see #setServingDays(int)
	 * @see org.jinzai.model.JinzaiPackage#getSecondment_ServingDays()
	 * @model
	 * @generated
	 */
	int getServingDays();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Secondment#getServingDays <em>Serving Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Serving Days</em>' attribute.
	 * @see #getServingDays()
	 * @generated
	 */
	void setServingDays(int value);

} // Secondment
