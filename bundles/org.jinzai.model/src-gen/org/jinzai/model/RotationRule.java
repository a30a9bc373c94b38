/**
 */
package org.jinzai.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rotation Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A rule of the rotation; unsatisfiable rules are reported.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.RotationRule#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link org.jinzai.model.RotationRule#isHard <em>Hard</em>}</li>
 *   <li>{@link org.jinzai.model.RotationRule#getWeight <em>Weight</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getRotationRule()
 * @model abstract="true"
 * @generated
 */
public interface RotationRule extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(boolean)
	 * @see org.jinzai.model.JinzaiPackage#getRotationRule_Enabled()
	 * @model default="true"
	 * @generated
	 */
	boolean isEnabled();

	/**
	 * Sets the value of the '{@link org.jinzai.model.RotationRule#isEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #isEnabled()
	 * @generated
	 */
	void setEnabled(boolean value);

	/**
	 * Returns the value of the '<em><b>Hard</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A hard rule is never broken; a soft rule is weighed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hard</em>' attribute.
	 * @see #setHard(boolean)
	 * @see org.jinzai.model.JinzaiPackage#getRotationRule_Hard()
	 * @model default="true"
	 * @generated
	 */
	boolean isHard();

	/**
	 * Sets the value of the '{@link org.jinzai.model.RotationRule#isHard <em>Hard</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hard</em>' attribute.
	 * @see #isHard()
	 * @generated
	 */
	void setHard(boolean value);

	/**
	 * Returns the value of the '<em><b>Weight</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Weight</em>' attribute.
	 * @see #setWeight(double)
	 * @see org.jinzai.model.JinzaiPackage#getRotationRule_Weight()
	 * @model default="1.0"
	 * @generated
	 */
	double getWeight();

	/**
	 * Sets the value of the '{@link org.jinzai.model.RotationRule#getWeight <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight</em>' attribute.
	 * @see #getWeight()
	 * @generated
	 */
	void setWeight(double value);

} // RotationRule
