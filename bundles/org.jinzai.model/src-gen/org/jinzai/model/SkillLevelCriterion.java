/**
 */
package org.jinzai.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Skill Level Criterion</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A skill item at or above a level (IS-officer matrix, tool map).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.SkillLevelCriterion#getSkill <em>Skill</em>}</li>
 *   <li>{@link org.jinzai.model.SkillLevelCriterion#getMinimumLevel <em>Minimum Level</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getSkillLevelCriterion()
 * @model
 * @generated
 */
public interface SkillLevelCriterion extends StepCriterion {
	/**
	 * Returns the value of the '<em><b>Skill</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Skill</em>' reference.
	 * @see #setSkill(SkillItem)
	 * @see org.jinzai.model.JinzaiPackage#getSkillLevelCriterion_Skill()
	 * @model required="true"
	 * @generated
	 */
	SkillItem getSkill();

	/**
	 * Sets the value of the '{@link org.jinzai.model.SkillLevelCriterion#getSkill <em>Skill</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Skill</em>' reference.
	 * @see #getSkill()
	 * @generated
	 */
	void setSkill(SkillItem value);

	/**
	 * Returns the value of the '<em><b>Minimum Level</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Minimum Level</em>' attribute.
	 * @see #setMinimumLevel(int)
	 * @see org.jinzai.model.JinzaiPackage#getSkillLevelCriterion_MinimumLevel()
	 * @model default="1"
	 * @generated
	 */
	int getMinimumLevel();

	/**
	 * Sets the value of the '{@link org.jinzai.model.SkillLevelCriterion#getMinimumLevel <em>Minimum Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minimum Level</em>' attribute.
	 * @see #getMinimumLevel()
	 * @generated
	 */
	void setMinimumLevel(int value);

} // SkillLevelCriterion
