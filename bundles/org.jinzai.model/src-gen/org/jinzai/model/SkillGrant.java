/**
 */
package org.jinzai.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Skill Grant</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Completing the course raises the skill to this level.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.SkillGrant#getSkill <em>Skill</em>}</li>
 *   <li>{@link org.jinzai.model.SkillGrant#getLevel <em>Level</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getSkillGrant()
 * @model
 * @generated
 */
public interface SkillGrant extends EObject {
	/**
	 * Returns the value of the '<em><b>Skill</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Skill</em>' reference.
	 * @see #setSkill(SkillItem)
	 * @see org.jinzai.model.JinzaiPackage#getSkillGrant_Skill()
	 * @model required="true"
	 * @generated
	 */
	SkillItem getSkill();

	/**
	 * Sets the value of the '{@link org.jinzai.model.SkillGrant#getSkill <em>Skill</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Skill</em>' reference.
	 * @see #getSkill()
	 * @generated
	 */
	void setSkill(SkillItem value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see #setLevel(int)
	 * @see org.jinzai.model.JinzaiPackage#getSkillGrant_Level()
	 * @model default="1"
	 * @generated
	 */
	int getLevel();

	/**
	 * Sets the value of the '{@link org.jinzai.model.SkillGrant#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(int value);

} // SkillGrant
