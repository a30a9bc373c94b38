/**
 */
package org.jinzai.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Roster Aggregate</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Count of staff by department, age band and rank.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.RosterAggregate#getDepartment <em>Department</em>}</li>
 *   <li>{@link org.jinzai.model.RosterAggregate#getMinAge <em>Min Age</em>}</li>
 *   <li>{@link org.jinzai.model.RosterAggregate#getMaxAge <em>Max Age</em>}</li>
 *   <li>{@link org.jinzai.model.RosterAggregate#getRank <em>Rank</em>}</li>
 *   <li>{@link org.jinzai.model.RosterAggregate#getPersona <em>Persona</em>}</li>
 *   <li>{@link org.jinzai.model.RosterAggregate#getCount <em>Count</em>}</li>
 *   <li>{@link org.jinzai.model.RosterAggregate#getEmploymentType <em>Employment Type</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getRosterAggregate()
 * @model
 * @generated
 */
public interface RosterAggregate extends EObject {
	/**
	 * Returns the value of the '<em><b>Department</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Department</em>' reference.
	 * @see #setDepartment(Department)
	 * @see org.jinzai.model.JinzaiPackage#getRosterAggregate_Department()
	 * @model required="true"
	 * @generated
	 */
	Department getDepartment();

	/**
	 * Sets the value of the '{@link org.jinzai.model.RosterAggregate#getDepartment <em>Department</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Department</em>' reference.
	 * @see #getDepartment()
	 * @generated
	 */
	void setDepartment(Department value);

	/**
	 * Returns the value of the '<em><b>Min Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min Age</em>' attribute.
	 * @see #setMinAge(int)
	 * @see org.jinzai.model.JinzaiPackage#getRosterAggregate_MinAge()
	 * @model
	 * @generated
	 */
	int getMinAge();

	/**
	 * Sets the value of the '{@link org.jinzai.model.RosterAggregate#getMinAge <em>Min Age</em>}' attribute.
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
	 * @see org.jinzai.model.JinzaiPackage#getRosterAggregate_MaxAge()
	 * @model
	 * @generated
	 */
	int getMaxAge();

	/**
	 * Sets the value of the '{@link org.jinzai.model.RosterAggregate#getMaxAge <em>Max Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Age</em>' attribute.
	 * @see #getMaxAge()
	 * @generated
	 */
	void setMaxAge(int value);

	/**
	 * Returns the value of the '<em><b>Rank</b></em>' attribute.
	 * The literals are from the enumeration {@link org.jinzai.model.Rank}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rank</em>' attribute.
	 * @see org.jinzai.model.Rank
	 * @see #setRank(Rank)
	 * @see org.jinzai.model.JinzaiPackage#getRosterAggregate_Rank()
	 * @model
	 * @generated
	 */
	Rank getRank();

	/**
	 * Sets the value of the '{@link org.jinzai.model.RosterAggregate#getRank <em>Rank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rank</em>' attribute.
	 * @see org.jinzai.model.Rank
	 * @see #getRank()
	 * @generated
	 */
	void setRank(Rank value);

	/**
	 * Returns the value of the '<em><b>Persona</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Persona</em>' reference.
	 * @see #setPersona(Persona)
	 * @see org.jinzai.model.JinzaiPackage#getRosterAggregate_Persona()
	 * @model
	 * @generated
	 */
	Persona getPersona();

	/**
	 * Sets the value of the '{@link org.jinzai.model.RosterAggregate#getPersona <em>Persona</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Persona</em>' reference.
	 * @see #getPersona()
	 * @generated
	 */
	void setPersona(Persona value);

	/**
	 * Returns the value of the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Count</em>' attribute.
	 * @see #setCount(int)
	 * @see org.jinzai.model.JinzaiPackage#getRosterAggregate_Count()
	 * @model
	 * @generated
	 */
	int getCount();

	/**
	 * Sets the value of the '{@link org.jinzai.model.RosterAggregate#getCount <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Count</em>' attribute.
	 * @see #getCount()
	 * @generated
	 */
	void setCount(int value);

	/**
	 * Returns the value of the '<em><b>Employment Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.jinzai.model.EmploymentType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Employment Type</em>' attribute.
	 * @see org.jinzai.model.EmploymentType
	 * @see #setEmploymentType(EmploymentType)
	 * @see org.jinzai.model.JinzaiPackage#getRosterAggregate_EmploymentType()
	 * @model
	 * @generated
	 */
	EmploymentType getEmploymentType();

	/**
	 * Sets the value of the '{@link org.jinzai.model.RosterAggregate#getEmploymentType <em>Employment Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Employment Type</em>' attribute.
	 * @see org.jinzai.model.EmploymentType
	 * @see #getEmploymentType()
	 * @generated
	 */
	void setEmploymentType(EmploymentType value);

} // RosterAggregate
