/**
 */
package org.jinzai.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.jinzai.model.AllowedTransfer;
import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.KindTenure;
import org.jinzai.model.RotationPolicy;
import org.jinzai.model.RotationRule;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Rotation Policy</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.impl.RotationPolicyImpl#getMinTenureYears <em>Min Tenure Years</em>}</li>
 *   <li>{@link org.jinzai.model.impl.RotationPolicyImpl#getMaxTenureYears <em>Max Tenure Years</em>}</li>
 *   <li>{@link org.jinzai.model.impl.RotationPolicyImpl#getMoveMonth <em>Move Month</em>}</li>
 *   <li>{@link org.jinzai.model.impl.RotationPolicyImpl#getAllowedTransfers <em>Allowed Transfers</em>}</li>
 *   <li>{@link org.jinzai.model.impl.RotationPolicyImpl#getRules <em>Rules</em>}</li>
 *   <li>{@link org.jinzai.model.impl.RotationPolicyImpl#getTenures <em>Tenures</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RotationPolicyImpl extends MinimalEObjectImpl.Container implements RotationPolicy {
	/**
	 * The default value of the '{@link #getMinTenureYears() <em>Min Tenure Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinTenureYears()
	 * @generated
	 * @ordered
	 */
	protected static final int MIN_TENURE_YEARS_EDEFAULT = 3;

	/**
	 * The cached value of the '{@link #getMinTenureYears() <em>Min Tenure Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinTenureYears()
	 * @generated
	 * @ordered
	 */
	protected int minTenureYears = MIN_TENURE_YEARS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxTenureYears() <em>Max Tenure Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxTenureYears()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_TENURE_YEARS_EDEFAULT = 5;

	/**
	 * The cached value of the '{@link #getMaxTenureYears() <em>Max Tenure Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxTenureYears()
	 * @generated
	 * @ordered
	 */
	protected int maxTenureYears = MAX_TENURE_YEARS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMoveMonth() <em>Move Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMoveMonth()
	 * @generated
	 * @ordered
	 */
	protected static final int MOVE_MONTH_EDEFAULT = 4;

	/**
	 * The cached value of the '{@link #getMoveMonth() <em>Move Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMoveMonth()
	 * @generated
	 * @ordered
	 */
	protected int moveMonth = MOVE_MONTH_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAllowedTransfers() <em>Allowed Transfers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllowedTransfers()
	 * @generated
	 * @ordered
	 */
	protected EList<AllowedTransfer> allowedTransfers;

	/**
	 * The cached value of the '{@link #getRules() <em>Rules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRules()
	 * @generated
	 * @ordered
	 */
	protected EList<RotationRule> rules;

	/**
	 * The cached value of the '{@link #getTenures() <em>Tenures</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTenures()
	 * @generated
	 * @ordered
	 */
	protected EList<KindTenure> tenures;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RotationPolicyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JinzaiPackage.Literals.ROTATION_POLICY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinTenureYears() {
		return minTenureYears;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinTenureYears(int newMinTenureYears) {
		int oldMinTenureYears = minTenureYears;
		minTenureYears = newMinTenureYears;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.ROTATION_POLICY__MIN_TENURE_YEARS, oldMinTenureYears, minTenureYears));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxTenureYears() {
		return maxTenureYears;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxTenureYears(int newMaxTenureYears) {
		int oldMaxTenureYears = maxTenureYears;
		maxTenureYears = newMaxTenureYears;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.ROTATION_POLICY__MAX_TENURE_YEARS, oldMaxTenureYears, maxTenureYears));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMoveMonth() {
		return moveMonth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMoveMonth(int newMoveMonth) {
		int oldMoveMonth = moveMonth;
		moveMonth = newMoveMonth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.ROTATION_POLICY__MOVE_MONTH, oldMoveMonth, moveMonth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AllowedTransfer> getAllowedTransfers() {
		if (allowedTransfers == null) {
			allowedTransfers = new EObjectContainmentEList<AllowedTransfer>(AllowedTransfer.class, this, JinzaiPackage.ROTATION_POLICY__ALLOWED_TRANSFERS);
		}
		return allowedTransfers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RotationRule> getRules() {
		if (rules == null) {
			rules = new EObjectContainmentEList<RotationRule>(RotationRule.class, this, JinzaiPackage.ROTATION_POLICY__RULES);
		}
		return rules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<KindTenure> getTenures() {
		if (tenures == null) {
			tenures = new EObjectContainmentEList<KindTenure>(KindTenure.class, this, JinzaiPackage.ROTATION_POLICY__TENURES);
		}
		return tenures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case JinzaiPackage.ROTATION_POLICY__ALLOWED_TRANSFERS:
				return ((InternalEList<?>)getAllowedTransfers()).basicRemove(otherEnd, msgs);
			case JinzaiPackage.ROTATION_POLICY__RULES:
				return ((InternalEList<?>)getRules()).basicRemove(otherEnd, msgs);
			case JinzaiPackage.ROTATION_POLICY__TENURES:
				return ((InternalEList<?>)getTenures()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case JinzaiPackage.ROTATION_POLICY__MIN_TENURE_YEARS:
				return getMinTenureYears();
			case JinzaiPackage.ROTATION_POLICY__MAX_TENURE_YEARS:
				return getMaxTenureYears();
			case JinzaiPackage.ROTATION_POLICY__MOVE_MONTH:
				return getMoveMonth();
			case JinzaiPackage.ROTATION_POLICY__ALLOWED_TRANSFERS:
				return getAllowedTransfers();
			case JinzaiPackage.ROTATION_POLICY__RULES:
				return getRules();
			case JinzaiPackage.ROTATION_POLICY__TENURES:
				return getTenures();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case JinzaiPackage.ROTATION_POLICY__MIN_TENURE_YEARS:
				setMinTenureYears((Integer)newValue);
				return;
			case JinzaiPackage.ROTATION_POLICY__MAX_TENURE_YEARS:
				setMaxTenureYears((Integer)newValue);
				return;
			case JinzaiPackage.ROTATION_POLICY__MOVE_MONTH:
				setMoveMonth((Integer)newValue);
				return;
			case JinzaiPackage.ROTATION_POLICY__ALLOWED_TRANSFERS:
				getAllowedTransfers().clear();
				getAllowedTransfers().addAll((Collection<? extends AllowedTransfer>)newValue);
				return;
			case JinzaiPackage.ROTATION_POLICY__RULES:
				getRules().clear();
				getRules().addAll((Collection<? extends RotationRule>)newValue);
				return;
			case JinzaiPackage.ROTATION_POLICY__TENURES:
				getTenures().clear();
				getTenures().addAll((Collection<? extends KindTenure>)newValue);
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
			case JinzaiPackage.ROTATION_POLICY__MIN_TENURE_YEARS:
				setMinTenureYears(MIN_TENURE_YEARS_EDEFAULT);
				return;
			case JinzaiPackage.ROTATION_POLICY__MAX_TENURE_YEARS:
				setMaxTenureYears(MAX_TENURE_YEARS_EDEFAULT);
				return;
			case JinzaiPackage.ROTATION_POLICY__MOVE_MONTH:
				setMoveMonth(MOVE_MONTH_EDEFAULT);
				return;
			case JinzaiPackage.ROTATION_POLICY__ALLOWED_TRANSFERS:
				getAllowedTransfers().clear();
				return;
			case JinzaiPackage.ROTATION_POLICY__RULES:
				getRules().clear();
				return;
			case JinzaiPackage.ROTATION_POLICY__TENURES:
				getTenures().clear();
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
			case JinzaiPackage.ROTATION_POLICY__MIN_TENURE_YEARS:
				return minTenureYears != MIN_TENURE_YEARS_EDEFAULT;
			case JinzaiPackage.ROTATION_POLICY__MAX_TENURE_YEARS:
				return maxTenureYears != MAX_TENURE_YEARS_EDEFAULT;
			case JinzaiPackage.ROTATION_POLICY__MOVE_MONTH:
				return moveMonth != MOVE_MONTH_EDEFAULT;
			case JinzaiPackage.ROTATION_POLICY__ALLOWED_TRANSFERS:
				return allowedTransfers != null && !allowedTransfers.isEmpty();
			case JinzaiPackage.ROTATION_POLICY__RULES:
				return rules != null && !rules.isEmpty();
			case JinzaiPackage.ROTATION_POLICY__TENURES:
				return tenures != null && !tenures.isEmpty();
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
		result.append(" (minTenureYears: "); //$NON-NLS-1$
		result.append(minTenureYears);
		result.append(", maxTenureYears: "); //$NON-NLS-1$
		result.append(maxTenureYears);
		result.append(", moveMonth: "); //$NON-NLS-1$
		result.append(moveMonth);
		result.append(')');
		return result.toString();
	}

} //RotationPolicyImpl
