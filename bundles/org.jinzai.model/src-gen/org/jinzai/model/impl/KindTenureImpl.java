/**
 */
package org.jinzai.model.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.jinzai.model.DepartmentKind;
import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.KindTenure;
import org.jinzai.model.TenureEstimate;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Kind Tenure</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.impl.KindTenureImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.jinzai.model.impl.KindTenureImpl#getMinTenureYears <em>Min Tenure Years</em>}</li>
 *   <li>{@link org.jinzai.model.impl.KindTenureImpl#getMaxTenureYears <em>Max Tenure Years</em>}</li>
 *   <li>{@link org.jinzai.model.impl.KindTenureImpl#getEstimate <em>Estimate</em>}</li>
 * </ul>
 *
 * @generated
 */
public class KindTenureImpl extends MinimalEObjectImpl.Container implements KindTenure {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final DepartmentKind KIND_EDEFAULT = DepartmentKind.BUSINESS;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected DepartmentKind kind = KIND_EDEFAULT;

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
	 * The cached value of the '{@link #getEstimate() <em>Estimate</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstimate()
	 * @generated
	 * @ordered
	 */
	protected TenureEstimate estimate;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected KindTenureImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JinzaiPackage.Literals.KIND_TENURE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DepartmentKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(DepartmentKind newKind) {
		DepartmentKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.KIND_TENURE__KIND, oldKind, kind));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.KIND_TENURE__MIN_TENURE_YEARS, oldMinTenureYears, minTenureYears));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.KIND_TENURE__MAX_TENURE_YEARS, oldMaxTenureYears, maxTenureYears));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TenureEstimate getEstimate() {
		return estimate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetEstimate(TenureEstimate newEstimate, NotificationChain msgs) {
		TenureEstimate oldEstimate = estimate;
		estimate = newEstimate;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, JinzaiPackage.KIND_TENURE__ESTIMATE, oldEstimate, newEstimate);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEstimate(TenureEstimate newEstimate) {
		if (newEstimate != estimate) {
			NotificationChain msgs = null;
			if (estimate != null)
				msgs = ((InternalEObject)estimate).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - JinzaiPackage.KIND_TENURE__ESTIMATE, null, msgs);
			if (newEstimate != null)
				msgs = ((InternalEObject)newEstimate).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - JinzaiPackage.KIND_TENURE__ESTIMATE, null, msgs);
			msgs = basicSetEstimate(newEstimate, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.KIND_TENURE__ESTIMATE, newEstimate, newEstimate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case JinzaiPackage.KIND_TENURE__ESTIMATE:
				return basicSetEstimate(null, msgs);
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
			case JinzaiPackage.KIND_TENURE__KIND:
				return getKind();
			case JinzaiPackage.KIND_TENURE__MIN_TENURE_YEARS:
				return getMinTenureYears();
			case JinzaiPackage.KIND_TENURE__MAX_TENURE_YEARS:
				return getMaxTenureYears();
			case JinzaiPackage.KIND_TENURE__ESTIMATE:
				return getEstimate();
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
			case JinzaiPackage.KIND_TENURE__KIND:
				setKind((DepartmentKind)newValue);
				return;
			case JinzaiPackage.KIND_TENURE__MIN_TENURE_YEARS:
				setMinTenureYears((Integer)newValue);
				return;
			case JinzaiPackage.KIND_TENURE__MAX_TENURE_YEARS:
				setMaxTenureYears((Integer)newValue);
				return;
			case JinzaiPackage.KIND_TENURE__ESTIMATE:
				setEstimate((TenureEstimate)newValue);
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
			case JinzaiPackage.KIND_TENURE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case JinzaiPackage.KIND_TENURE__MIN_TENURE_YEARS:
				setMinTenureYears(MIN_TENURE_YEARS_EDEFAULT);
				return;
			case JinzaiPackage.KIND_TENURE__MAX_TENURE_YEARS:
				setMaxTenureYears(MAX_TENURE_YEARS_EDEFAULT);
				return;
			case JinzaiPackage.KIND_TENURE__ESTIMATE:
				setEstimate((TenureEstimate)null);
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
			case JinzaiPackage.KIND_TENURE__KIND:
				return kind != KIND_EDEFAULT;
			case JinzaiPackage.KIND_TENURE__MIN_TENURE_YEARS:
				return minTenureYears != MIN_TENURE_YEARS_EDEFAULT;
			case JinzaiPackage.KIND_TENURE__MAX_TENURE_YEARS:
				return maxTenureYears != MAX_TENURE_YEARS_EDEFAULT;
			case JinzaiPackage.KIND_TENURE__ESTIMATE:
				return estimate != null;
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
		result.append(" (kind: "); //$NON-NLS-1$
		result.append(kind);
		result.append(", minTenureYears: "); //$NON-NLS-1$
		result.append(minTenureYears);
		result.append(", maxTenureYears: "); //$NON-NLS-1$
		result.append(maxTenureYears);
		result.append(')');
		return result.toString();
	}

} //KindTenureImpl
