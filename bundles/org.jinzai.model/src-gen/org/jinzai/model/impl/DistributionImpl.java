/**
 */
package org.jinzai.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.jinzai.model.Distribution;
import org.jinzai.model.JinzaiPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Distribution</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.impl.DistributionImpl#getMean <em>Mean</em>}</li>
 *   <li>{@link org.jinzai.model.impl.DistributionImpl#getP10 <em>P10</em>}</li>
 *   <li>{@link org.jinzai.model.impl.DistributionImpl#getP50 <em>P50</em>}</li>
 *   <li>{@link org.jinzai.model.impl.DistributionImpl#getP90 <em>P90</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class DistributionImpl extends MinimalEObjectImpl.Container implements Distribution {
	/**
	 * The default value of the '{@link #getMean() <em>Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMean()
	 * @generated
	 * @ordered
	 */
	protected static final double MEAN_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMean() <em>Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMean()
	 * @generated
	 * @ordered
	 */
	protected double mean = MEAN_EDEFAULT;

	/**
	 * The default value of the '{@link #getP10() <em>P10</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getP10()
	 * @generated
	 * @ordered
	 */
	protected static final double P10_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getP10() <em>P10</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getP10()
	 * @generated
	 * @ordered
	 */
	protected double p10 = P10_EDEFAULT;

	/**
	 * The default value of the '{@link #getP50() <em>P50</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getP50()
	 * @generated
	 * @ordered
	 */
	protected static final double P50_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getP50() <em>P50</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getP50()
	 * @generated
	 * @ordered
	 */
	protected double p50 = P50_EDEFAULT;

	/**
	 * The default value of the '{@link #getP90() <em>P90</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getP90()
	 * @generated
	 * @ordered
	 */
	protected static final double P90_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getP90() <em>P90</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getP90()
	 * @generated
	 * @ordered
	 */
	protected double p90 = P90_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DistributionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JinzaiPackage.Literals.DISTRIBUTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMean() {
		return mean;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMean(double newMean) {
		double oldMean = mean;
		mean = newMean;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.DISTRIBUTION__MEAN, oldMean, mean));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getP10() {
		return p10;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setP10(double newP10) {
		double oldP10 = p10;
		p10 = newP10;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.DISTRIBUTION__P10, oldP10, p10));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getP50() {
		return p50;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setP50(double newP50) {
		double oldP50 = p50;
		p50 = newP50;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.DISTRIBUTION__P50, oldP50, p50));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getP90() {
		return p90;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setP90(double newP90) {
		double oldP90 = p90;
		p90 = newP90;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.DISTRIBUTION__P90, oldP90, p90));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case JinzaiPackage.DISTRIBUTION__MEAN:
				return getMean();
			case JinzaiPackage.DISTRIBUTION__P10:
				return getP10();
			case JinzaiPackage.DISTRIBUTION__P50:
				return getP50();
			case JinzaiPackage.DISTRIBUTION__P90:
				return getP90();
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
			case JinzaiPackage.DISTRIBUTION__MEAN:
				setMean((Double)newValue);
				return;
			case JinzaiPackage.DISTRIBUTION__P10:
				setP10((Double)newValue);
				return;
			case JinzaiPackage.DISTRIBUTION__P50:
				setP50((Double)newValue);
				return;
			case JinzaiPackage.DISTRIBUTION__P90:
				setP90((Double)newValue);
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
			case JinzaiPackage.DISTRIBUTION__MEAN:
				setMean(MEAN_EDEFAULT);
				return;
			case JinzaiPackage.DISTRIBUTION__P10:
				setP10(P10_EDEFAULT);
				return;
			case JinzaiPackage.DISTRIBUTION__P50:
				setP50(P50_EDEFAULT);
				return;
			case JinzaiPackage.DISTRIBUTION__P90:
				setP90(P90_EDEFAULT);
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
			case JinzaiPackage.DISTRIBUTION__MEAN:
				return mean != MEAN_EDEFAULT;
			case JinzaiPackage.DISTRIBUTION__P10:
				return p10 != P10_EDEFAULT;
			case JinzaiPackage.DISTRIBUTION__P50:
				return p50 != P50_EDEFAULT;
			case JinzaiPackage.DISTRIBUTION__P90:
				return p90 != P90_EDEFAULT;
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
		result.append(" (mean: "); //$NON-NLS-1$
		result.append(mean);
		result.append(", p10: "); //$NON-NLS-1$
		result.append(p10);
		result.append(", p50: "); //$NON-NLS-1$
		result.append(p50);
		result.append(", p90: "); //$NON-NLS-1$
		result.append(p90);
		result.append(')');
		return result.toString();
	}

} //DistributionImpl
