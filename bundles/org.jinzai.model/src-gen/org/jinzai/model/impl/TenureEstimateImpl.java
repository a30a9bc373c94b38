/**
 */
package org.jinzai.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.TenureEstimate;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Tenure Estimate</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.impl.TenureEstimateImpl#getFittedMinYears <em>Fitted Min Years</em>}</li>
 *   <li>{@link org.jinzai.model.impl.TenureEstimateImpl#getFittedMaxYears <em>Fitted Max Years</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TenureEstimateImpl extends RateEstimateImpl implements TenureEstimate {
	/**
	 * The default value of the '{@link #getFittedMinYears() <em>Fitted Min Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFittedMinYears()
	 * @generated
	 * @ordered
	 */
	protected static final int FITTED_MIN_YEARS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFittedMinYears() <em>Fitted Min Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFittedMinYears()
	 * @generated
	 * @ordered
	 */
	protected int fittedMinYears = FITTED_MIN_YEARS_EDEFAULT;

	/**
	 * The default value of the '{@link #getFittedMaxYears() <em>Fitted Max Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFittedMaxYears()
	 * @generated
	 * @ordered
	 */
	protected static final int FITTED_MAX_YEARS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFittedMaxYears() <em>Fitted Max Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFittedMaxYears()
	 * @generated
	 * @ordered
	 */
	protected int fittedMaxYears = FITTED_MAX_YEARS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TenureEstimateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JinzaiPackage.Literals.TENURE_ESTIMATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFittedMinYears() {
		return fittedMinYears;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFittedMinYears(int newFittedMinYears) {
		int oldFittedMinYears = fittedMinYears;
		fittedMinYears = newFittedMinYears;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.TENURE_ESTIMATE__FITTED_MIN_YEARS, oldFittedMinYears, fittedMinYears));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFittedMaxYears() {
		return fittedMaxYears;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFittedMaxYears(int newFittedMaxYears) {
		int oldFittedMaxYears = fittedMaxYears;
		fittedMaxYears = newFittedMaxYears;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.TENURE_ESTIMATE__FITTED_MAX_YEARS, oldFittedMaxYears, fittedMaxYears));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case JinzaiPackage.TENURE_ESTIMATE__FITTED_MIN_YEARS:
				return getFittedMinYears();
			case JinzaiPackage.TENURE_ESTIMATE__FITTED_MAX_YEARS:
				return getFittedMaxYears();
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
			case JinzaiPackage.TENURE_ESTIMATE__FITTED_MIN_YEARS:
				setFittedMinYears((Integer)newValue);
				return;
			case JinzaiPackage.TENURE_ESTIMATE__FITTED_MAX_YEARS:
				setFittedMaxYears((Integer)newValue);
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
			case JinzaiPackage.TENURE_ESTIMATE__FITTED_MIN_YEARS:
				setFittedMinYears(FITTED_MIN_YEARS_EDEFAULT);
				return;
			case JinzaiPackage.TENURE_ESTIMATE__FITTED_MAX_YEARS:
				setFittedMaxYears(FITTED_MAX_YEARS_EDEFAULT);
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
			case JinzaiPackage.TENURE_ESTIMATE__FITTED_MIN_YEARS:
				return fittedMinYears != FITTED_MIN_YEARS_EDEFAULT;
			case JinzaiPackage.TENURE_ESTIMATE__FITTED_MAX_YEARS:
				return fittedMaxYears != FITTED_MAX_YEARS_EDEFAULT;
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
		result.append(" (fittedMinYears: "); //$NON-NLS-1$
		result.append(fittedMinYears);
		result.append(", fittedMaxYears: "); //$NON-NLS-1$
		result.append(fittedMaxYears);
		result.append(')');
		return result.toString();
	}

} //TenureEstimateImpl
