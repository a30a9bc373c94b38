/**
 */
package org.jinzai.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.UptakeEstimate;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Uptake Estimate</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.impl.UptakeEstimateImpl#getPerYear <em>Per Year</em>}</li>
 *   <li>{@link org.jinzai.model.impl.UptakeEstimateImpl#getLow <em>Low</em>}</li>
 *   <li>{@link org.jinzai.model.impl.UptakeEstimateImpl#getHigh <em>High</em>}</li>
 *   <li>{@link org.jinzai.model.impl.UptakeEstimateImpl#getCompletions <em>Completions</em>}</li>
 *   <li>{@link org.jinzai.model.impl.UptakeEstimateImpl#getFirstYear <em>First Year</em>}</li>
 *   <li>{@link org.jinzai.model.impl.UptakeEstimateImpl#getLastYear <em>Last Year</em>}</li>
 * </ul>
 *
 * @generated
 */
public class UptakeEstimateImpl extends MinimalEObjectImpl.Container implements UptakeEstimate {
	/**
	 * The default value of the '{@link #getPerYear() <em>Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerYear()
	 * @generated
	 * @ordered
	 */
	protected static final double PER_YEAR_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getPerYear() <em>Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerYear()
	 * @generated
	 * @ordered
	 */
	protected double perYear = PER_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getLow() <em>Low</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLow()
	 * @generated
	 * @ordered
	 */
	protected static final double LOW_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLow() <em>Low</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLow()
	 * @generated
	 * @ordered
	 */
	protected double low = LOW_EDEFAULT;

	/**
	 * The default value of the '{@link #getHigh() <em>High</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHigh()
	 * @generated
	 * @ordered
	 */
	protected static final double HIGH_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getHigh() <em>High</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHigh()
	 * @generated
	 * @ordered
	 */
	protected double high = HIGH_EDEFAULT;

	/**
	 * The default value of the '{@link #getCompletions() <em>Completions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompletions()
	 * @generated
	 * @ordered
	 */
	protected static final int COMPLETIONS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCompletions() <em>Completions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompletions()
	 * @generated
	 * @ordered
	 */
	protected int completions = COMPLETIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getFirstYear() <em>First Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstYear()
	 * @generated
	 * @ordered
	 */
	protected static final int FIRST_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFirstYear() <em>First Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstYear()
	 * @generated
	 * @ordered
	 */
	protected int firstYear = FIRST_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastYear() <em>Last Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastYear()
	 * @generated
	 * @ordered
	 */
	protected static final int LAST_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLastYear() <em>Last Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastYear()
	 * @generated
	 * @ordered
	 */
	protected int lastYear = LAST_YEAR_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected UptakeEstimateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JinzaiPackage.Literals.UPTAKE_ESTIMATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPerYear() {
		return perYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPerYear(double newPerYear) {
		double oldPerYear = perYear;
		perYear = newPerYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.UPTAKE_ESTIMATE__PER_YEAR, oldPerYear, perYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLow() {
		return low;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLow(double newLow) {
		double oldLow = low;
		low = newLow;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.UPTAKE_ESTIMATE__LOW, oldLow, low));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getHigh() {
		return high;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHigh(double newHigh) {
		double oldHigh = high;
		high = newHigh;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.UPTAKE_ESTIMATE__HIGH, oldHigh, high));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCompletions() {
		return completions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompletions(int newCompletions) {
		int oldCompletions = completions;
		completions = newCompletions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.UPTAKE_ESTIMATE__COMPLETIONS, oldCompletions, completions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFirstYear() {
		return firstYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirstYear(int newFirstYear) {
		int oldFirstYear = firstYear;
		firstYear = newFirstYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.UPTAKE_ESTIMATE__FIRST_YEAR, oldFirstYear, firstYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLastYear() {
		return lastYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastYear(int newLastYear) {
		int oldLastYear = lastYear;
		lastYear = newLastYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.UPTAKE_ESTIMATE__LAST_YEAR, oldLastYear, lastYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case JinzaiPackage.UPTAKE_ESTIMATE__PER_YEAR:
				return getPerYear();
			case JinzaiPackage.UPTAKE_ESTIMATE__LOW:
				return getLow();
			case JinzaiPackage.UPTAKE_ESTIMATE__HIGH:
				return getHigh();
			case JinzaiPackage.UPTAKE_ESTIMATE__COMPLETIONS:
				return getCompletions();
			case JinzaiPackage.UPTAKE_ESTIMATE__FIRST_YEAR:
				return getFirstYear();
			case JinzaiPackage.UPTAKE_ESTIMATE__LAST_YEAR:
				return getLastYear();
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
			case JinzaiPackage.UPTAKE_ESTIMATE__PER_YEAR:
				setPerYear((Double)newValue);
				return;
			case JinzaiPackage.UPTAKE_ESTIMATE__LOW:
				setLow((Double)newValue);
				return;
			case JinzaiPackage.UPTAKE_ESTIMATE__HIGH:
				setHigh((Double)newValue);
				return;
			case JinzaiPackage.UPTAKE_ESTIMATE__COMPLETIONS:
				setCompletions((Integer)newValue);
				return;
			case JinzaiPackage.UPTAKE_ESTIMATE__FIRST_YEAR:
				setFirstYear((Integer)newValue);
				return;
			case JinzaiPackage.UPTAKE_ESTIMATE__LAST_YEAR:
				setLastYear((Integer)newValue);
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
			case JinzaiPackage.UPTAKE_ESTIMATE__PER_YEAR:
				setPerYear(PER_YEAR_EDEFAULT);
				return;
			case JinzaiPackage.UPTAKE_ESTIMATE__LOW:
				setLow(LOW_EDEFAULT);
				return;
			case JinzaiPackage.UPTAKE_ESTIMATE__HIGH:
				setHigh(HIGH_EDEFAULT);
				return;
			case JinzaiPackage.UPTAKE_ESTIMATE__COMPLETIONS:
				setCompletions(COMPLETIONS_EDEFAULT);
				return;
			case JinzaiPackage.UPTAKE_ESTIMATE__FIRST_YEAR:
				setFirstYear(FIRST_YEAR_EDEFAULT);
				return;
			case JinzaiPackage.UPTAKE_ESTIMATE__LAST_YEAR:
				setLastYear(LAST_YEAR_EDEFAULT);
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
			case JinzaiPackage.UPTAKE_ESTIMATE__PER_YEAR:
				return perYear != PER_YEAR_EDEFAULT;
			case JinzaiPackage.UPTAKE_ESTIMATE__LOW:
				return low != LOW_EDEFAULT;
			case JinzaiPackage.UPTAKE_ESTIMATE__HIGH:
				return high != HIGH_EDEFAULT;
			case JinzaiPackage.UPTAKE_ESTIMATE__COMPLETIONS:
				return completions != COMPLETIONS_EDEFAULT;
			case JinzaiPackage.UPTAKE_ESTIMATE__FIRST_YEAR:
				return firstYear != FIRST_YEAR_EDEFAULT;
			case JinzaiPackage.UPTAKE_ESTIMATE__LAST_YEAR:
				return lastYear != LAST_YEAR_EDEFAULT;
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
		result.append(" (perYear: "); //$NON-NLS-1$
		result.append(perYear);
		result.append(", low: "); //$NON-NLS-1$
		result.append(low);
		result.append(", high: "); //$NON-NLS-1$
		result.append(high);
		result.append(", completions: "); //$NON-NLS-1$
		result.append(completions);
		result.append(", firstYear: "); //$NON-NLS-1$
		result.append(firstYear);
		result.append(", lastYear: "); //$NON-NLS-1$
		result.append(lastYear);
		result.append(')');
		return result.toString();
	}

} //UptakeEstimateImpl
