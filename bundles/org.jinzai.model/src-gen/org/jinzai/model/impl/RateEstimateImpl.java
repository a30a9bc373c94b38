/**
 */
package org.jinzai.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.RateEstimate;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Rate Estimate</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.impl.RateEstimateImpl#getEstimated <em>Estimated</em>}</li>
 *   <li>{@link org.jinzai.model.impl.RateEstimateImpl#getLow <em>Low</em>}</li>
 *   <li>{@link org.jinzai.model.impl.RateEstimateImpl#getHigh <em>High</em>}</li>
 *   <li>{@link org.jinzai.model.impl.RateEstimateImpl#getEvents <em>Events</em>}</li>
 *   <li>{@link org.jinzai.model.impl.RateEstimateImpl#getExposure <em>Exposure</em>}</li>
 *   <li>{@link org.jinzai.model.impl.RateEstimateImpl#getFirstYear <em>First Year</em>}</li>
 *   <li>{@link org.jinzai.model.impl.RateEstimateImpl#getLastYear <em>Last Year</em>}</li>
 *   <li>{@link org.jinzai.model.impl.RateEstimateImpl#getAlpha <em>Alpha</em>}</li>
 *   <li>{@link org.jinzai.model.impl.RateEstimateImpl#getBeta <em>Beta</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RateEstimateImpl extends MinimalEObjectImpl.Container implements RateEstimate {
	/**
	 * The default value of the '{@link #getEstimated() <em>Estimated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstimated()
	 * @generated
	 * @ordered
	 */
	protected static final double ESTIMATED_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getEstimated() <em>Estimated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstimated()
	 * @generated
	 * @ordered
	 */
	protected double estimated = ESTIMATED_EDEFAULT;

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
	 * The default value of the '{@link #getEvents() <em>Events</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvents()
	 * @generated
	 * @ordered
	 */
	protected static final double EVENTS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getEvents() <em>Events</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvents()
	 * @generated
	 * @ordered
	 */
	protected double events = EVENTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getExposure() <em>Exposure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExposure()
	 * @generated
	 * @ordered
	 */
	protected static final double EXPOSURE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getExposure() <em>Exposure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExposure()
	 * @generated
	 * @ordered
	 */
	protected double exposure = EXPOSURE_EDEFAULT;

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
	 * The default value of the '{@link #getAlpha() <em>Alpha</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlpha()
	 * @generated
	 * @ordered
	 */
	protected static final double ALPHA_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getAlpha() <em>Alpha</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlpha()
	 * @generated
	 * @ordered
	 */
	protected double alpha = ALPHA_EDEFAULT;

	/**
	 * The default value of the '{@link #getBeta() <em>Beta</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeta()
	 * @generated
	 * @ordered
	 */
	protected static final double BETA_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getBeta() <em>Beta</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeta()
	 * @generated
	 * @ordered
	 */
	protected double beta = BETA_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RateEstimateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JinzaiPackage.Literals.RATE_ESTIMATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getEstimated() {
		return estimated;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEstimated(double newEstimated) {
		double oldEstimated = estimated;
		estimated = newEstimated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.RATE_ESTIMATE__ESTIMATED, oldEstimated, estimated));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.RATE_ESTIMATE__LOW, oldLow, low));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.RATE_ESTIMATE__HIGH, oldHigh, high));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getEvents() {
		return events;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvents(double newEvents) {
		double oldEvents = events;
		events = newEvents;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.RATE_ESTIMATE__EVENTS, oldEvents, events));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getExposure() {
		return exposure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExposure(double newExposure) {
		double oldExposure = exposure;
		exposure = newExposure;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.RATE_ESTIMATE__EXPOSURE, oldExposure, exposure));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.RATE_ESTIMATE__FIRST_YEAR, oldFirstYear, firstYear));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.RATE_ESTIMATE__LAST_YEAR, oldLastYear, lastYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAlpha() {
		return alpha;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAlpha(double newAlpha) {
		double oldAlpha = alpha;
		alpha = newAlpha;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.RATE_ESTIMATE__ALPHA, oldAlpha, alpha));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getBeta() {
		return beta;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBeta(double newBeta) {
		double oldBeta = beta;
		beta = newBeta;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.RATE_ESTIMATE__BETA, oldBeta, beta));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case JinzaiPackage.RATE_ESTIMATE__ESTIMATED:
				return getEstimated();
			case JinzaiPackage.RATE_ESTIMATE__LOW:
				return getLow();
			case JinzaiPackage.RATE_ESTIMATE__HIGH:
				return getHigh();
			case JinzaiPackage.RATE_ESTIMATE__EVENTS:
				return getEvents();
			case JinzaiPackage.RATE_ESTIMATE__EXPOSURE:
				return getExposure();
			case JinzaiPackage.RATE_ESTIMATE__FIRST_YEAR:
				return getFirstYear();
			case JinzaiPackage.RATE_ESTIMATE__LAST_YEAR:
				return getLastYear();
			case JinzaiPackage.RATE_ESTIMATE__ALPHA:
				return getAlpha();
			case JinzaiPackage.RATE_ESTIMATE__BETA:
				return getBeta();
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
			case JinzaiPackage.RATE_ESTIMATE__ESTIMATED:
				setEstimated((Double)newValue);
				return;
			case JinzaiPackage.RATE_ESTIMATE__LOW:
				setLow((Double)newValue);
				return;
			case JinzaiPackage.RATE_ESTIMATE__HIGH:
				setHigh((Double)newValue);
				return;
			case JinzaiPackage.RATE_ESTIMATE__EVENTS:
				setEvents((Double)newValue);
				return;
			case JinzaiPackage.RATE_ESTIMATE__EXPOSURE:
				setExposure((Double)newValue);
				return;
			case JinzaiPackage.RATE_ESTIMATE__FIRST_YEAR:
				setFirstYear((Integer)newValue);
				return;
			case JinzaiPackage.RATE_ESTIMATE__LAST_YEAR:
				setLastYear((Integer)newValue);
				return;
			case JinzaiPackage.RATE_ESTIMATE__ALPHA:
				setAlpha((Double)newValue);
				return;
			case JinzaiPackage.RATE_ESTIMATE__BETA:
				setBeta((Double)newValue);
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
			case JinzaiPackage.RATE_ESTIMATE__ESTIMATED:
				setEstimated(ESTIMATED_EDEFAULT);
				return;
			case JinzaiPackage.RATE_ESTIMATE__LOW:
				setLow(LOW_EDEFAULT);
				return;
			case JinzaiPackage.RATE_ESTIMATE__HIGH:
				setHigh(HIGH_EDEFAULT);
				return;
			case JinzaiPackage.RATE_ESTIMATE__EVENTS:
				setEvents(EVENTS_EDEFAULT);
				return;
			case JinzaiPackage.RATE_ESTIMATE__EXPOSURE:
				setExposure(EXPOSURE_EDEFAULT);
				return;
			case JinzaiPackage.RATE_ESTIMATE__FIRST_YEAR:
				setFirstYear(FIRST_YEAR_EDEFAULT);
				return;
			case JinzaiPackage.RATE_ESTIMATE__LAST_YEAR:
				setLastYear(LAST_YEAR_EDEFAULT);
				return;
			case JinzaiPackage.RATE_ESTIMATE__ALPHA:
				setAlpha(ALPHA_EDEFAULT);
				return;
			case JinzaiPackage.RATE_ESTIMATE__BETA:
				setBeta(BETA_EDEFAULT);
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
			case JinzaiPackage.RATE_ESTIMATE__ESTIMATED:
				return estimated != ESTIMATED_EDEFAULT;
			case JinzaiPackage.RATE_ESTIMATE__LOW:
				return low != LOW_EDEFAULT;
			case JinzaiPackage.RATE_ESTIMATE__HIGH:
				return high != HIGH_EDEFAULT;
			case JinzaiPackage.RATE_ESTIMATE__EVENTS:
				return events != EVENTS_EDEFAULT;
			case JinzaiPackage.RATE_ESTIMATE__EXPOSURE:
				return exposure != EXPOSURE_EDEFAULT;
			case JinzaiPackage.RATE_ESTIMATE__FIRST_YEAR:
				return firstYear != FIRST_YEAR_EDEFAULT;
			case JinzaiPackage.RATE_ESTIMATE__LAST_YEAR:
				return lastYear != LAST_YEAR_EDEFAULT;
			case JinzaiPackage.RATE_ESTIMATE__ALPHA:
				return alpha != ALPHA_EDEFAULT;
			case JinzaiPackage.RATE_ESTIMATE__BETA:
				return beta != BETA_EDEFAULT;
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
		result.append(" (estimated: "); //$NON-NLS-1$
		result.append(estimated);
		result.append(", low: "); //$NON-NLS-1$
		result.append(low);
		result.append(", high: "); //$NON-NLS-1$
		result.append(high);
		result.append(", events: "); //$NON-NLS-1$
		result.append(events);
		result.append(", exposure: "); //$NON-NLS-1$
		result.append(exposure);
		result.append(", firstYear: "); //$NON-NLS-1$
		result.append(firstYear);
		result.append(", lastYear: "); //$NON-NLS-1$
		result.append(lastYear);
		result.append(", alpha: "); //$NON-NLS-1$
		result.append(alpha);
		result.append(", beta: "); //$NON-NLS-1$
		result.append(beta);
		result.append(')');
		return result.toString();
	}

} //RateEstimateImpl
