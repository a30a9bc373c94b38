/**
 */
package org.jinzai.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Persona</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 人材像.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.Persona#getShortName <em>Short Name</em>}</li>
 *   <li>{@link org.jinzai.model.Persona#isExternal <em>External</em>}</li>
 *   <li>{@link org.jinzai.model.Persona#isHasSteps <em>Has Steps</em>}</li>
 *   <li>{@link org.jinzai.model.Persona#getRequiredSkills <em>Required Skills</em>}</li>
 *   <li>{@link org.jinzai.model.Persona#getSteps <em>Steps</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getPersona()
 * @model
 * @generated
 */
public interface Persona extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Short Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Short Name</em>' attribute.
	 * @see #setShortName(String)
	 * @see org.jinzai.model.JinzaiPackage#getPersona_ShortName()
	 * @model
	 * @generated
	 */
	String getShortName();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Persona#getShortName <em>Short Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Short Name</em>' attribute.
	 * @see #getShortName()
	 * @generated
	 */
	void setShortName(String value);

	/**
	 * Returns the value of the '<em><b>External</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Usually acquired externally (CIO補佐官, 高度専門人材) rather than developed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>External</em>' attribute.
	 * @see #setExternal(boolean)
	 * @see org.jinzai.model.JinzaiPackage#getPersona_External()
	 * @model
	 * @generated
	 */
	boolean isExternal();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Persona#isExternal <em>External</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>External</em>' attribute.
	 * @see #isExternal()
	 * @generated
	 */
	void setExternal(boolean value);

	/**
	 * Returns the value of the '<em><b>Has Steps</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * False for personas judged by training completion only (管理監督職).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Has Steps</em>' attribute.
	 * @see #setHasSteps(boolean)
	 * @see org.jinzai.model.JinzaiPackage#getPersona_HasSteps()
	 * @model default="true"
	 * @generated
	 */
	boolean isHasSteps();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Persona#isHasSteps <em>Has Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Has Steps</em>' attribute.
	 * @see #isHasSteps()
	 * @generated
	 */
	void setHasSteps(boolean value);

	/**
	 * Returns the value of the '<em><b>Required Skills</b></em>' containment reference list.
	 * The list contents are of type {@link org.jinzai.model.SkillRequirement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Required Skills</em>' containment reference list.
	 * @see org.jinzai.model.JinzaiPackage#getPersona_RequiredSkills()
	 * @model containment="true"
	 * @generated
	 */
	EList<SkillRequirement> getRequiredSkills();

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' containment reference list.
	 * The list contents are of type {@link org.jinzai.model.StepDefinition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Steps</em>' containment reference list.
	 * @see org.jinzai.model.JinzaiPackage#getPersona_Steps()
	 * @model containment="true"
	 * @generated
	 */
	EList<StepDefinition> getSteps();

} // Persona
