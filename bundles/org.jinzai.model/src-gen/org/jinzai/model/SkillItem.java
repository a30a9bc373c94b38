/**
 */
package org.jinzai.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Skill Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * スキル項目 with levels Lv.0 none, Lv.1 basic, Lv.2 independent, Lv.3 expert.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.SkillItem#getGroup <em>Group</em>}</li>
 *   <li>{@link org.jinzai.model.SkillItem#isTool <em>Tool</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getSkillItem()
 * @model
 * @generated
 */
public interface SkillItem extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Group of the skill map (e.g. ITストラテジー).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Group</em>' attribute.
	 * @see #setGroup(String)
	 * @see org.jinzai.model.JinzaiPackage#getSkillItem_Group()
	 * @model
	 * @generated
	 */
	String getGroup();

	/**
	 * Sets the value of the '{@link org.jinzai.model.SkillItem#getGroup <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group</em>' attribute.
	 * @see #getGroup()
	 * @generated
	 */
	void setGroup(String value);

	/**
	 * Returns the value of the '<em><b>Tool</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An item of the tool map (Teams, Excel, ...).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tool</em>' attribute.
	 * @see #setTool(boolean)
	 * @see org.jinzai.model.JinzaiPackage#getSkillItem_Tool()
	 * @model
	 * @generated
	 */
	boolean isTool();

	/**
	 * Sets the value of the '{@link org.jinzai.model.SkillItem#isTool <em>Tool</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tool</em>' attribute.
	 * @see #isTool()
	 * @generated
	 */
	void setTool(boolean value);

} // SkillItem
