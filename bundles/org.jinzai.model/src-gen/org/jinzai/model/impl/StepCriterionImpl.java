/**
 */
package org.jinzai.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.StepCriterion;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Step Criterion</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class StepCriterionImpl extends MinimalEObjectImpl.Container implements StepCriterion {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StepCriterionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JinzaiPackage.Literals.STEP_CRITERION;
	}

} //StepCriterionImpl
