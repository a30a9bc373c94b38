/**
 */
package org.jinzai.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.NoMoveDuringLargeProjectRule;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>No Move During Large Project Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class NoMoveDuringLargeProjectRuleImpl extends RotationRuleImpl implements NoMoveDuringLargeProjectRule {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NoMoveDuringLargeProjectRuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JinzaiPackage.Literals.NO_MOVE_DURING_LARGE_PROJECT_RULE;
	}

} //NoMoveDuringLargeProjectRuleImpl
