/**
 */
package org.jinzai.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Step Criterion</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One condition of a step.
 * <!-- end-model-doc -->
 *
 *
 * @see org.jinzai.model.JinzaiPackage#getStepCriterion()
 * @model abstract="true"
 * @generated
 */
public interface StepCriterion extends EObject {
} // StepCriterion
