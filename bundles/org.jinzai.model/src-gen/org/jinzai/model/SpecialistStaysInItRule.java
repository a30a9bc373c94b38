/**
 */
package org.jinzai.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Specialist Stays In It Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Specialist-track staff stay within IT-related departments.
 * <!-- end-model-doc -->
 *
 *
 * @see org.jinzai.model.JinzaiPackage#getSpecialistStaysInItRule()
 * @model
 * @generated
 */
public interface SpecialistStaysInItRule extends RotationRule {
} // SpecialistStaysInItRule
