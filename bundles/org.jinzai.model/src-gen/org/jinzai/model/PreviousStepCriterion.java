/**
 */
package org.jinzai.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Previous Step Criterion</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The previous step of the same persona has been reached.
 * <!-- end-model-doc -->
 *
 *
 * @see org.jinzai.model.JinzaiPackage#getPreviousStepCriterion()
 * @model
 * @generated
 */
public interface PreviousStepCriterion extends StepCriterion {
} // PreviousStepCriterion
