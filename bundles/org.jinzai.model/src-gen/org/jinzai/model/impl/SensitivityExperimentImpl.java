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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.SensitivityBar;
import org.jinzai.model.SensitivityExperiment;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sensitivity Experiment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.impl.SensitivityExperimentImpl#getPercent <em>Percent</em>}</li>
 *   <li>{@link org.jinzai.model.impl.SensitivityExperimentImpl#getBaseMean <em>Base Mean</em>}</li>
 *   <li>{@link org.jinzai.model.impl.SensitivityExperimentImpl#getBaseProbability <em>Base Probability</em>}</li>
 *   <li>{@link org.jinzai.model.impl.SensitivityExperimentImpl#getBars <em>Bars</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SensitivityExperimentImpl extends ExperimentImpl implements SensitivityExperiment {
	/**
	 * The default value of the '{@link #getPercent() <em>Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPercent()
	 * @generated
	 * @ordered
	 */
	protected static final double PERCENT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getPercent() <em>Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPercent()
	 * @generated
	 * @ordered
	 */
	protected double percent = PERCENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getBaseMean() <em>Base Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseMean()
	 * @generated
	 * @ordered
	 */
	protected static final double BASE_MEAN_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getBaseMean() <em>Base Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseMean()
	 * @generated
	 * @ordered
	 */
	protected double baseMean = BASE_MEAN_EDEFAULT;

	/**
	 * The default value of the '{@link #getBaseProbability() <em>Base Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseProbability()
	 * @generated
	 * @ordered
	 */
	protected static final double BASE_PROBABILITY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getBaseProbability() <em>Base Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseProbability()
	 * @generated
	 * @ordered
	 */
	protected double baseProbability = BASE_PROBABILITY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBars() <em>Bars</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBars()
	 * @generated
	 * @ordered
	 */
	protected EList<SensitivityBar> bars;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SensitivityExperimentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JinzaiPackage.Literals.SENSITIVITY_EXPERIMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPercent() {
		return percent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPercent(double newPercent) {
		double oldPercent = percent;
		percent = newPercent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.SENSITIVITY_EXPERIMENT__PERCENT, oldPercent, percent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getBaseMean() {
		return baseMean;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseMean(double newBaseMean) {
		double oldBaseMean = baseMean;
		baseMean = newBaseMean;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.SENSITIVITY_EXPERIMENT__BASE_MEAN, oldBaseMean, baseMean));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getBaseProbability() {
		return baseProbability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseProbability(double newBaseProbability) {
		double oldBaseProbability = baseProbability;
		baseProbability = newBaseProbability;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.SENSITIVITY_EXPERIMENT__BASE_PROBABILITY, oldBaseProbability, baseProbability));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SensitivityBar> getBars() {
		if (bars == null) {
			bars = new EObjectContainmentEList<SensitivityBar>(SensitivityBar.class, this, JinzaiPackage.SENSITIVITY_EXPERIMENT__BARS);
		}
		return bars;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case JinzaiPackage.SENSITIVITY_EXPERIMENT__BARS:
				return ((InternalEList<?>)getBars()).basicRemove(otherEnd, msgs);
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
			case JinzaiPackage.SENSITIVITY_EXPERIMENT__PERCENT:
				return getPercent();
			case JinzaiPackage.SENSITIVITY_EXPERIMENT__BASE_MEAN:
				return getBaseMean();
			case JinzaiPackage.SENSITIVITY_EXPERIMENT__BASE_PROBABILITY:
				return getBaseProbability();
			case JinzaiPackage.SENSITIVITY_EXPERIMENT__BARS:
				return getBars();
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
			case JinzaiPackage.SENSITIVITY_EXPERIMENT__PERCENT:
				setPercent((Double)newValue);
				return;
			case JinzaiPackage.SENSITIVITY_EXPERIMENT__BASE_MEAN:
				setBaseMean((Double)newValue);
				return;
			case JinzaiPackage.SENSITIVITY_EXPERIMENT__BASE_PROBABILITY:
				setBaseProbability((Double)newValue);
				return;
			case JinzaiPackage.SENSITIVITY_EXPERIMENT__BARS:
				getBars().clear();
				getBars().addAll((Collection<? extends SensitivityBar>)newValue);
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
			case JinzaiPackage.SENSITIVITY_EXPERIMENT__PERCENT:
				setPercent(PERCENT_EDEFAULT);
				return;
			case JinzaiPackage.SENSITIVITY_EXPERIMENT__BASE_MEAN:
				setBaseMean(BASE_MEAN_EDEFAULT);
				return;
			case JinzaiPackage.SENSITIVITY_EXPERIMENT__BASE_PROBABILITY:
				setBaseProbability(BASE_PROBABILITY_EDEFAULT);
				return;
			case JinzaiPackage.SENSITIVITY_EXPERIMENT__BARS:
				getBars().clear();
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
			case JinzaiPackage.SENSITIVITY_EXPERIMENT__PERCENT:
				return percent != PERCENT_EDEFAULT;
			case JinzaiPackage.SENSITIVITY_EXPERIMENT__BASE_MEAN:
				return baseMean != BASE_MEAN_EDEFAULT;
			case JinzaiPackage.SENSITIVITY_EXPERIMENT__BASE_PROBABILITY:
				return baseProbability != BASE_PROBABILITY_EDEFAULT;
			case JinzaiPackage.SENSITIVITY_EXPERIMENT__BARS:
				return bars != null && !bars.isEmpty();
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
		result.append(" (percent: "); //$NON-NLS-1$
		result.append(percent);
		result.append(", baseMean: "); //$NON-NLS-1$
		result.append(baseMean);
		result.append(", baseProbability: "); //$NON-NLS-1$
		result.append(baseProbability);
		result.append(')');
		return result.toString();
	}

} //SensitivityExperimentImpl
