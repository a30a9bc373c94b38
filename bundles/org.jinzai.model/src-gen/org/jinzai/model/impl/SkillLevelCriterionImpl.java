/**
 */
package org.jinzai.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.SkillItem;
import org.jinzai.model.SkillLevelCriterion;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Skill Level Criterion</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.impl.SkillLevelCriterionImpl#getSkill <em>Skill</em>}</li>
 *   <li>{@link org.jinzai.model.impl.SkillLevelCriterionImpl#getMinimumLevel <em>Minimum Level</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SkillLevelCriterionImpl extends StepCriterionImpl implements SkillLevelCriterion {
	/**
	 * The cached value of the '{@link #getSkill() <em>Skill</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSkill()
	 * @generated
	 * @ordered
	 */
	protected SkillItem skill;

	/**
	 * The default value of the '{@link #getMinimumLevel() <em>Minimum Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumLevel()
	 * @generated
	 * @ordered
	 */
	protected static final int MINIMUM_LEVEL_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getMinimumLevel() <em>Minimum Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumLevel()
	 * @generated
	 * @ordered
	 */
	protected int minimumLevel = MINIMUM_LEVEL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SkillLevelCriterionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JinzaiPackage.Literals.SKILL_LEVEL_CRITERION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SkillItem getSkill() {
		if (skill != null && skill.eIsProxy()) {
			InternalEObject oldSkill = (InternalEObject)skill;
			skill = (SkillItem)eResolveProxy(oldSkill);
			if (skill != oldSkill) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, JinzaiPackage.SKILL_LEVEL_CRITERION__SKILL, oldSkill, skill));
			}
		}
		return skill;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SkillItem basicGetSkill() {
		return skill;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSkill(SkillItem newSkill) {
		SkillItem oldSkill = skill;
		skill = newSkill;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.SKILL_LEVEL_CRITERION__SKILL, oldSkill, skill));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinimumLevel() {
		return minimumLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinimumLevel(int newMinimumLevel) {
		int oldMinimumLevel = minimumLevel;
		minimumLevel = newMinimumLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.SKILL_LEVEL_CRITERION__MINIMUM_LEVEL, oldMinimumLevel, minimumLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case JinzaiPackage.SKILL_LEVEL_CRITERION__SKILL:
				if (resolve) return getSkill();
				return basicGetSkill();
			case JinzaiPackage.SKILL_LEVEL_CRITERION__MINIMUM_LEVEL:
				return getMinimumLevel();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case JinzaiPackage.SKILL_LEVEL_CRITERION__SKILL:
				setSkill((SkillItem)newValue);
				return;
			case JinzaiPackage.SKILL_LEVEL_CRITERION__MINIMUM_LEVEL:
				setMinimumLevel((Integer)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case JinzaiPackage.SKILL_LEVEL_CRITERION__SKILL:
				setSkill((SkillItem)null);
				return;
			case JinzaiPackage.SKILL_LEVEL_CRITERION__MINIMUM_LEVEL:
				setMinimumLevel(MINIMUM_LEVEL_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case JinzaiPackage.SKILL_LEVEL_CRITERION__SKILL:
				return skill != null;
			case JinzaiPackage.SKILL_LEVEL_CRITERION__MINIMUM_LEVEL:
				return minimumLevel != MINIMUM_LEVEL_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (minimumLevel: "); //$NON-NLS-1$
		result.append(minimumLevel);
		result.append(')');
		return result.toString();
	}

} //SkillLevelCriterionImpl
