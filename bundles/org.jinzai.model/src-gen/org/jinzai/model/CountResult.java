/**
 */
package org.jinzai.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Count Result</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.CountResult#getPersonaId <em>Persona Id</em>}</li>
 *   <li>{@link org.jinzai.model.CountResult#getStep <em>Step</em>}</li>
 *   <li>{@link org.jinzai.model.CountResult#isBySkill <em>By Skill</em>}</li>
 *   <li>{@link org.jinzai.model.CountResult#getDepartmentId <em>Department Id</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getCountResult()
 * @model
 * @generated
 */
public interface CountResult extends Distribution {
	/**
	 * Returns the value of the '<em><b>Persona Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Persona Id</em>' attribute.
	 * @see #setPersonaId(String)
	 * @see org.jinzai.model.JinzaiPackage#getCountResult_PersonaId()
	 * @model
	 * @generated
	 */
	String getPersonaId();

	/**
	 * Sets the value of the '{@link org.jinzai.model.CountResult#getPersonaId <em>Persona Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Persona Id</em>' attribute.
	 * @see #getPersonaId()
	 * @generated
	 */
	void setPersonaId(String value);

	/**
	 * Returns the value of the '<em><b>Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Step</em>' attribute.
	 * @see #setStep(int)
	 * @see org.jinzai.model.JinzaiPackage#getCountResult_Step()
	 * @model
	 * @generated
	 */
	int getStep();

	/**
	 * Sets the value of the '{@link org.jinzai.model.CountResult#getStep <em>Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Step</em>' attribute.
	 * @see #getStep()
	 * @generated
	 */
	void setStep(int value);

	/**
	 * Returns the value of the '<em><b>By Skill</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True: every member who has reached the step of the persona's standard, whatever their current role; false: the holders of the role.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>By Skill</em>' attribute.
	 * @see #setBySkill(boolean)
	 * @see org.jinzai.model.JinzaiPackage#getCountResult_BySkill()
	 * @model
	 * @generated
	 */
	boolean isBySkill();

	/**
	 * Sets the value of the '{@link org.jinzai.model.CountResult#isBySkill <em>By Skill</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>By Skill</em>' attribute.
	 * @see #isBySkill()
	 * @generated
	 */
	void setBySkill(boolean value);

	/**
	 * Returns the value of the '<em><b>Department Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Empty = all departments.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Department Id</em>' attribute.
	 * @see #setDepartmentId(String)
	 * @see org.jinzai.model.JinzaiPackage#getCountResult_DepartmentId()
	 * @model
	 * @generated
	 */
	String getDepartmentId();

	/**
	 * Sets the value of the '{@link org.jinzai.model.CountResult#getDepartmentId <em>Department Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Department Id</em>' attribute.
	 * @see #getDepartmentId()
	 * @generated
	 */
	void setDepartmentId(String value);

} // CountResult
