/**
 */
package org.jinzai.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.jinzai.model.BacktestSummary;
import org.jinzai.model.JinzaiPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Backtest Summary</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.impl.BacktestSummaryImpl#getFirstOrigin <em>First Origin</em>}</li>
 *   <li>{@link org.jinzai.model.impl.BacktestSummaryImpl#getLastOrigin <em>Last Origin</em>}</li>
 *   <li>{@link org.jinzai.model.impl.BacktestSummaryImpl#getLastYear <em>Last Year</em>}</li>
 *   <li>{@link org.jinzai.model.impl.BacktestSummaryImpl#getComparisons <em>Comparisons</em>}</li>
 *   <li>{@link org.jinzai.model.impl.BacktestSummaryImpl#getInside80 <em>Inside80</em>}</li>
 *   <li>{@link org.jinzai.model.impl.BacktestSummaryImpl#getInside90 <em>Inside90</em>}</li>
 *   <li>{@link org.jinzai.model.impl.BacktestSummaryImpl#getRuns <em>Runs</em>}</li>
 *   <li>{@link org.jinzai.model.impl.BacktestSummaryImpl#isRatesDrawn <em>Rates Drawn</em>}</li>
 *   <li>{@link org.jinzai.model.impl.BacktestSummaryImpl#getDate <em>Date</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BacktestSummaryImpl extends MinimalEObjectImpl.Container implements BacktestSummary {
	/**
	 * The default value of the '{@link #getFirstOrigin() <em>First Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstOrigin()
	 * @generated
	 * @ordered
	 */
	protected static final int FIRST_ORIGIN_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFirstOrigin() <em>First Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstOrigin()
	 * @generated
	 * @ordered
	 */
	protected int firstOrigin = FIRST_ORIGIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastOrigin() <em>Last Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastOrigin()
	 * @generated
	 * @ordered
	 */
	protected static final int LAST_ORIGIN_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLastOrigin() <em>Last Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastOrigin()
	 * @generated
	 * @ordered
	 */
	protected int lastOrigin = LAST_ORIGIN_EDEFAULT;

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
	 * The default value of the '{@link #getComparisons() <em>Comparisons</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComparisons()
	 * @generated
	 * @ordered
	 */
	protected static final int COMPARISONS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getComparisons() <em>Comparisons</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComparisons()
	 * @generated
	 * @ordered
	 */
	protected int comparisons = COMPARISONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getInside80() <em>Inside80</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInside80()
	 * @generated
	 * @ordered
	 */
	protected static final double INSIDE80_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getInside80() <em>Inside80</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInside80()
	 * @generated
	 * @ordered
	 */
	protected double inside80 = INSIDE80_EDEFAULT;

	/**
	 * The default value of the '{@link #getInside90() <em>Inside90</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInside90()
	 * @generated
	 * @ordered
	 */
	protected static final double INSIDE90_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getInside90() <em>Inside90</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInside90()
	 * @generated
	 * @ordered
	 */
	protected double inside90 = INSIDE90_EDEFAULT;

	/**
	 * The default value of the '{@link #getRuns() <em>Runs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuns()
	 * @generated
	 * @ordered
	 */
	protected static final int RUNS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRuns() <em>Runs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuns()
	 * @generated
	 * @ordered
	 */
	protected int runs = RUNS_EDEFAULT;

	/**
	 * The default value of the '{@link #isRatesDrawn() <em>Rates Drawn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRatesDrawn()
	 * @generated
	 * @ordered
	 */
	protected static final boolean RATES_DRAWN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRatesDrawn() <em>Rates Drawn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRatesDrawn()
	 * @generated
	 * @ordered
	 */
	protected boolean ratesDrawn = RATES_DRAWN_EDEFAULT;

	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final String DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected String date = DATE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BacktestSummaryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JinzaiPackage.Literals.BACKTEST_SUMMARY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFirstOrigin() {
		return firstOrigin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirstOrigin(int newFirstOrigin) {
		int oldFirstOrigin = firstOrigin;
		firstOrigin = newFirstOrigin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.BACKTEST_SUMMARY__FIRST_ORIGIN, oldFirstOrigin, firstOrigin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLastOrigin() {
		return lastOrigin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastOrigin(int newLastOrigin) {
		int oldLastOrigin = lastOrigin;
		lastOrigin = newLastOrigin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.BACKTEST_SUMMARY__LAST_ORIGIN, oldLastOrigin, lastOrigin));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.BACKTEST_SUMMARY__LAST_YEAR, oldLastYear, lastYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getComparisons() {
		return comparisons;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComparisons(int newComparisons) {
		int oldComparisons = comparisons;
		comparisons = newComparisons;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.BACKTEST_SUMMARY__COMPARISONS, oldComparisons, comparisons));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getInside80() {
		return inside80;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInside80(double newInside80) {
		double oldInside80 = inside80;
		inside80 = newInside80;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.BACKTEST_SUMMARY__INSIDE80, oldInside80, inside80));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getInside90() {
		return inside90;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInside90(double newInside90) {
		double oldInside90 = inside90;
		inside90 = newInside90;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.BACKTEST_SUMMARY__INSIDE90, oldInside90, inside90));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRuns() {
		return runs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRuns(int newRuns) {
		int oldRuns = runs;
		runs = newRuns;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.BACKTEST_SUMMARY__RUNS, oldRuns, runs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRatesDrawn() {
		return ratesDrawn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRatesDrawn(boolean newRatesDrawn) {
		boolean oldRatesDrawn = ratesDrawn;
		ratesDrawn = newRatesDrawn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.BACKTEST_SUMMARY__RATES_DRAWN, oldRatesDrawn, ratesDrawn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(String newDate) {
		String oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.BACKTEST_SUMMARY__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case JinzaiPackage.BACKTEST_SUMMARY__FIRST_ORIGIN:
				return getFirstOrigin();
			case JinzaiPackage.BACKTEST_SUMMARY__LAST_ORIGIN:
				return getLastOrigin();
			case JinzaiPackage.BACKTEST_SUMMARY__LAST_YEAR:
				return getLastYear();
			case JinzaiPackage.BACKTEST_SUMMARY__COMPARISONS:
				return getComparisons();
			case JinzaiPackage.BACKTEST_SUMMARY__INSIDE80:
				return getInside80();
			case JinzaiPackage.BACKTEST_SUMMARY__INSIDE90:
				return getInside90();
			case JinzaiPackage.BACKTEST_SUMMARY__RUNS:
				return getRuns();
			case JinzaiPackage.BACKTEST_SUMMARY__RATES_DRAWN:
				return isRatesDrawn();
			case JinzaiPackage.BACKTEST_SUMMARY__DATE:
				return getDate();
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
			case JinzaiPackage.BACKTEST_SUMMARY__FIRST_ORIGIN:
				setFirstOrigin((Integer)newValue);
				return;
			case JinzaiPackage.BACKTEST_SUMMARY__LAST_ORIGIN:
				setLastOrigin((Integer)newValue);
				return;
			case JinzaiPackage.BACKTEST_SUMMARY__LAST_YEAR:
				setLastYear((Integer)newValue);
				return;
			case JinzaiPackage.BACKTEST_SUMMARY__COMPARISONS:
				setComparisons((Integer)newValue);
				return;
			case JinzaiPackage.BACKTEST_SUMMARY__INSIDE80:
				setInside80((Double)newValue);
				return;
			case JinzaiPackage.BACKTEST_SUMMARY__INSIDE90:
				setInside90((Double)newValue);
				return;
			case JinzaiPackage.BACKTEST_SUMMARY__RUNS:
				setRuns((Integer)newValue);
				return;
			case JinzaiPackage.BACKTEST_SUMMARY__RATES_DRAWN:
				setRatesDrawn((Boolean)newValue);
				return;
			case JinzaiPackage.BACKTEST_SUMMARY__DATE:
				setDate((String)newValue);
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
			case JinzaiPackage.BACKTEST_SUMMARY__FIRST_ORIGIN:
				setFirstOrigin(FIRST_ORIGIN_EDEFAULT);
				return;
			case JinzaiPackage.BACKTEST_SUMMARY__LAST_ORIGIN:
				setLastOrigin(LAST_ORIGIN_EDEFAULT);
				return;
			case JinzaiPackage.BACKTEST_SUMMARY__LAST_YEAR:
				setLastYear(LAST_YEAR_EDEFAULT);
				return;
			case JinzaiPackage.BACKTEST_SUMMARY__COMPARISONS:
				setComparisons(COMPARISONS_EDEFAULT);
				return;
			case JinzaiPackage.BACKTEST_SUMMARY__INSIDE80:
				setInside80(INSIDE80_EDEFAULT);
				return;
			case JinzaiPackage.BACKTEST_SUMMARY__INSIDE90:
				setInside90(INSIDE90_EDEFAULT);
				return;
			case JinzaiPackage.BACKTEST_SUMMARY__RUNS:
				setRuns(RUNS_EDEFAULT);
				return;
			case JinzaiPackage.BACKTEST_SUMMARY__RATES_DRAWN:
				setRatesDrawn(RATES_DRAWN_EDEFAULT);
				return;
			case JinzaiPackage.BACKTEST_SUMMARY__DATE:
				setDate(DATE_EDEFAULT);
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
			case JinzaiPackage.BACKTEST_SUMMARY__FIRST_ORIGIN:
				return firstOrigin != FIRST_ORIGIN_EDEFAULT;
			case JinzaiPackage.BACKTEST_SUMMARY__LAST_ORIGIN:
				return lastOrigin != LAST_ORIGIN_EDEFAULT;
			case JinzaiPackage.BACKTEST_SUMMARY__LAST_YEAR:
				return lastYear != LAST_YEAR_EDEFAULT;
			case JinzaiPackage.BACKTEST_SUMMARY__COMPARISONS:
				return comparisons != COMPARISONS_EDEFAULT;
			case JinzaiPackage.BACKTEST_SUMMARY__INSIDE80:
				return inside80 != INSIDE80_EDEFAULT;
			case JinzaiPackage.BACKTEST_SUMMARY__INSIDE90:
				return inside90 != INSIDE90_EDEFAULT;
			case JinzaiPackage.BACKTEST_SUMMARY__RUNS:
				return runs != RUNS_EDEFAULT;
			case JinzaiPackage.BACKTEST_SUMMARY__RATES_DRAWN:
				return ratesDrawn != RATES_DRAWN_EDEFAULT;
			case JinzaiPackage.BACKTEST_SUMMARY__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
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
		result.append(" (firstOrigin: "); //$NON-NLS-1$
		result.append(firstOrigin);
		result.append(", lastOrigin: "); //$NON-NLS-1$
		result.append(lastOrigin);
		result.append(", lastYear: "); //$NON-NLS-1$
		result.append(lastYear);
		result.append(", comparisons: "); //$NON-NLS-1$
		result.append(comparisons);
		result.append(", inside80: "); //$NON-NLS-1$
		result.append(inside80);
		result.append(", inside90: "); //$NON-NLS-1$
		result.append(inside90);
		result.append(", runs: "); //$NON-NLS-1$
		result.append(runs);
		result.append(", ratesDrawn: "); //$NON-NLS-1$
		result.append(ratesDrawn);
		result.append(", date: "); //$NON-NLS-1$
		result.append(date);
		result.append(')');
		return result.toString();
	}

} //BacktestSummaryImpl
