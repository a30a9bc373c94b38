/**
 */
package org.jinzai.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pool Request</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What a member asks of a pool: days a week of its staff each fiscal year, serving in a department as a persona of the member.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.PoolRequest#getPool <em>Pool</em>}</li>
 *   <li>{@link org.jinzai.model.PoolRequest#getPersona <em>Persona</em>}</li>
 *   <li>{@link org.jinzai.model.PoolRequest#getDepartment <em>Department</em>}</li>
 *   <li>{@link org.jinzai.model.PoolRequest#getDays <em>Days</em>}</li>
 *   <li>{@link org.jinzai.model.PoolRequest#getWhenShortOf <em>When Short Of</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getPoolRequest()
 * @model
 * @generated
 */
public interface PoolRequest extends EObject {
	/**
	 * Returns the value of the '<em><b>Pool</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pool</em>' reference.
	 * @see #setPool(Pool)
	 * @see org.jinzai.model.JinzaiPackage#getPoolRequest_Pool()
	 * @model required="true"
	 * @generated
	 */
	Pool getPool();

	/**
	 * Sets the value of the '{@link org.jinzai.model.PoolRequest#getPool <em>Pool</em>}' reference.
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
	 * The persona of the member the support counts as in its targets.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Persona</em>' reference.
	 * @see #setPersona(Persona)
	 * @see org.jinzai.model.JinzaiPackage#getPoolRequest_Persona()
	 * @model
	 * @generated
	 */
	Persona getPersona();

	/**
	 * Sets the value of the '{@link org.jinzai.model.PoolRequest#getPersona <em>Persona</em>}' reference.
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
	 * The department of the member the support serves in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Department</em>' reference.
	 * @see #setDepartment(Department)
	 * @see org.jinzai.model.JinzaiPackage#getPoolRequest_Department()
	 * @model
	 * @generated
	 */
	Department getDepartment();

	/**
	 * Sets the value of the '{@link org.jinzai.model.PoolRequest#getDepartment <em>Department</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Department</em>' reference.
	 * @see #getDepartment()
	 * @generated
	 */
	void setDepartment(Department value);

	/**
	 * Returns the value of the '<em><b>Days</b></em>' containment reference list.
	 * The list contents are of type {@link org.jinzai.model.YearlyCount}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Days a week asked for, per fiscal year.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Days</em>' containment reference list.
	 * @see org.jinzai.model.JinzaiPackage#getPoolRequest_Days()
	 * @model containment="true"
	 * @generated
	 */
	EList<YearlyCount> getDays();

	/**
	 * Returns the value of the '<em><b>When Short Of</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A target of the member's scenario: the days are asked only in the months when the member's own staff fall short of it (none: asked every month of the year).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>When Short Of</em>' reference.
	 * @see #setWhenShortOf(Target)
	 * @see org.jinzai.model.JinzaiPackage#getPoolRequest_WhenShortOf()
	 * @model
	 * @generated
	 */
	Target getWhenShortOf();

	/**
	 * Sets the value of the '{@link org.jinzai.model.PoolRequest#getWhenShortOf <em>When Short Of</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>When Short Of</em>' reference.
	 * @see #getWhenShortOf()
	 * @generated
	 */
	void setWhenShortOf(Target value);

} // PoolRequest
