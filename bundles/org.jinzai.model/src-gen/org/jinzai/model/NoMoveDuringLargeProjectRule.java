/**
 */
package org.jinzai.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>No Move During Large Project Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * No move of held roles while the department runs a large project.
 * <!-- end-model-doc -->
 *
 *
 * @see org.jinzai.model.JinzaiPackage#getNoMoveDuringLargeProjectRule()
 * @model
 * @generated
 */
public interface NoMoveDuringLargeProjectRule extends RotationRule {
} // NoMoveDuringLargeProjectRule
