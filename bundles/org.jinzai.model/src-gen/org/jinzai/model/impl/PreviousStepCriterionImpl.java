/**
 */
package org.jinzai.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.PreviousStepCriterion;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Previous Step Criterion</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class PreviousStepCriterionImpl extends StepCriterionImpl implements PreviousStepCriterion {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PreviousStepCriterionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JinzaiPackage.Literals.PREVIOUS_STEP_CRITERION;
	}

} //PreviousStepCriterionImpl
