/**
 */
package org.jinzai.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>No Move After Course Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * No move within N months after a course.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.NoMoveAfterCourseRule#getMonths <em>Months</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getNoMoveAfterCourseRule()
 * @model
 * @generated
 */
public interface NoMoveAfterCourseRule extends RotationRule {
	/**
	 * Returns the value of the '<em><b>Months</b></em>' attribute.
	 * The default value is <code>"12"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Months</em>' attribute.
	 * @see #setMonths(int)
	 * @see org.jinzai.model.JinzaiPackage#getNoMoveAfterCourseRule_Months()
	 * @model default="12"
	 * @generated
	 */
	int getMonths();

	/**
	 * Sets the value of the '{@link org.jinzai.model.NoMoveAfterCourseRule#getMonths <em>Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Months</em>' attribute.
	 * @see #getMonths()
	 * @generated
	 */
	void setMonths(int value);

} // NoMoveAfterCourseRule
