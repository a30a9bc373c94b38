/**
 */
package org.jinzai.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.RunSettings;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Run Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.impl.RunSettingsImpl#getFirstFiscalYear <em>First Fiscal Year</em>}</li>
 *   <li>{@link org.jinzai.model.impl.RunSettingsImpl#getHorizonYears <em>Horizon Years</em>}</li>
 *   <li>{@link org.jinzai.model.impl.RunSettingsImpl#getReplications <em>Replications</em>}</li>
 *   <li>{@link org.jinzai.model.impl.RunSettingsImpl#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.jinzai.model.impl.RunSettingsImpl#isRateUncertainty <em>Rate Uncertainty</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RunSettingsImpl extends MinimalEObjectImpl.Container implements RunSettings {
	/**
	 * The default value of the '{@link #getFirstFiscalYear() <em>First Fiscal Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstFiscalYear()
	 * @generated
	 * @ordered
	 */
	protected static final int FIRST_FISCAL_YEAR_EDEFAULT = 2026;

	/**
	 * The cached value of the '{@link #getFirstFiscalYear() <em>First Fiscal Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstFiscalYear()
	 * @generated
	 * @ordered
	 */
	protected int firstFiscalYear = FIRST_FISCAL_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getHorizonYears() <em>Horizon Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHorizonYears()
	 * @generated
	 * @ordered
	 */
	protected static final int HORIZON_YEARS_EDEFAULT = 5;

	/**
	 * The cached value of the '{@link #getHorizonYears() <em>Horizon Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHorizonYears()
	 * @generated
	 * @ordered
	 */
	protected int horizonYears = HORIZON_YEARS_EDEFAULT;

	/**
	 * The default value of the '{@link #getReplications() <em>Replications</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplications()
	 * @generated
	 * @ordered
	 */
	protected static final int REPLICATIONS_EDEFAULT = 1000;

	/**
	 * The cached value of the '{@link #getReplications() <em>Replications</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplications()
	 * @generated
	 * @ordered
	 */
	protected int replications = REPLICATIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long SEED_EDEFAULT = 20260401L;

	/**
	 * The cached value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected long seed = SEED_EDEFAULT;

	/**
	 * The default value of the '{@link #isRateUncertainty() <em>Rate Uncertainty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRateUncertainty()
	 * @generated
	 * @ordered
	 */
	protected static final boolean RATE_UNCERTAINTY_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isRateUncertainty() <em>Rate Uncertainty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRateUncertainty()
	 * @generated
	 * @ordered
	 */
	protected boolean rateUncertainty = RATE_UNCERTAINTY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RunSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JinzaiPackage.Literals.RUN_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFirstFiscalYear() {
		return firstFiscalYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirstFiscalYear(int newFirstFiscalYear) {
		int oldFirstFiscalYear = firstFiscalYear;
		firstFiscalYear = newFirstFiscalYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.RUN_SETTINGS__FIRST_FISCAL_YEAR, oldFirstFiscalYear, firstFiscalYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHorizonYears() {
		return horizonYears;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHorizonYears(int newHorizonYears) {
		int oldHorizonYears = horizonYears;
		horizonYears = newHorizonYears;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.RUN_SETTINGS__HORIZON_YEARS, oldHorizonYears, horizonYears));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getReplications() {
		return replications;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReplications(int newReplications) {
		int oldReplications = replications;
		replications = newReplications;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.RUN_SETTINGS__REPLICATIONS, oldReplications, replications));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSeed() {
		return seed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeed(long newSeed) {
		long oldSeed = seed;
		seed = newSeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.RUN_SETTINGS__SEED, oldSeed, seed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRateUncertainty() {
		return rateUncertainty;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRateUncertainty(boolean newRateUncertainty) {
		boolean oldRateUncertainty = rateUncertainty;
		rateUncertainty = newRateUncertainty;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.RUN_SETTINGS__RATE_UNCERTAINTY, oldRateUncertainty, rateUncertainty));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case JinzaiPackage.RUN_SETTINGS__FIRST_FISCAL_YEAR:
				return getFirstFiscalYear();
			case JinzaiPackage.RUN_SETTINGS__HORIZON_YEARS:
				return getHorizonYears();
			case JinzaiPackage.RUN_SETTINGS__REPLICATIONS:
				return getReplications();
			case JinzaiPackage.RUN_SETTINGS__SEED:
				return getSeed();
			case JinzaiPackage.RUN_SETTINGS__RATE_UNCERTAINTY:
				return isRateUncertainty();
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
			case JinzaiPackage.RUN_SETTINGS__FIRST_FISCAL_YEAR:
				setFirstFiscalYear((Integer)newValue);
				return;
			case JinzaiPackage.RUN_SETTINGS__HORIZON_YEARS:
				setHorizonYears((Integer)newValue);
				return;
			case JinzaiPackage.RUN_SETTINGS__REPLICATIONS:
				setReplications((Integer)newValue);
				return;
			case JinzaiPackage.RUN_SETTINGS__SEED:
				setSeed((Long)newValue);
				return;
			case JinzaiPackage.RUN_SETTINGS__RATE_UNCERTAINTY:
				setRateUncertainty((Boolean)newValue);
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
			case JinzaiPackage.RUN_SETTINGS__FIRST_FISCAL_YEAR:
				setFirstFiscalYear(FIRST_FISCAL_YEAR_EDEFAULT);
				return;
			case JinzaiPackage.RUN_SETTINGS__HORIZON_YEARS:
				setHorizonYears(HORIZON_YEARS_EDEFAULT);
				return;
			case JinzaiPackage.RUN_SETTINGS__REPLICATIONS:
				setReplications(REPLICATIONS_EDEFAULT);
				return;
			case JinzaiPackage.RUN_SETTINGS__SEED:
				setSeed(SEED_EDEFAULT);
				return;
			case JinzaiPackage.RUN_SETTINGS__RATE_UNCERTAINTY:
				setRateUncertainty(RATE_UNCERTAINTY_EDEFAULT);
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
			case JinzaiPackage.RUN_SETTINGS__FIRST_FISCAL_YEAR:
				return firstFiscalYear != FIRST_FISCAL_YEAR_EDEFAULT;
			case JinzaiPackage.RUN_SETTINGS__HORIZON_YEARS:
				return horizonYears != HORIZON_YEARS_EDEFAULT;
			case JinzaiPackage.RUN_SETTINGS__REPLICATIONS:
				return replications != REPLICATIONS_EDEFAULT;
			case JinzaiPackage.RUN_SETTINGS__SEED:
				return seed != SEED_EDEFAULT;
			case JinzaiPackage.RUN_SETTINGS__RATE_UNCERTAINTY:
				return rateUncertainty != RATE_UNCERTAINTY_EDEFAULT;
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
		result.append(" (firstFiscalYear: "); //$NON-NLS-1$
		result.append(firstFiscalYear);
		result.append(", horizonYears: "); //$NON-NLS-1$
		result.append(horizonYears);
		result.append(", replications: "); //$NON-NLS-1$
		result.append(replications);
		result.append(", seed: "); //$NON-NLS-1$
		result.append(seed);
		result.append(", rateUncertainty: "); //$NON-NLS-1$
		result.append(rateUncertainty);
		result.append(')');
		return result.toString();
	}

} //RunSettingsImpl
