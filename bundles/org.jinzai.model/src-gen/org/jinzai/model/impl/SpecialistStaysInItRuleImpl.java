/**
 */
package org.jinzai.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.SpecialistStaysInItRule;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Specialist Stays In It Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class SpecialistStaysInItRuleImpl extends RotationRuleImpl implements SpecialistStaysInItRule {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SpecialistStaysInItRuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JinzaiPackage.Literals.SPECIALIST_STAYS_IN_IT_RULE;
	}

} //SpecialistStaysInItRuleImpl
