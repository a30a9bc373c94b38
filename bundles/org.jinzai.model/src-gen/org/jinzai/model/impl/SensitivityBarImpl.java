/**
 */
package org.jinzai.model.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.Lever;
import org.jinzai.model.SensitivityBar;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sensitivity Bar</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.impl.SensitivityBarImpl#getLever <em>Lever</em>}</li>
 *   <li>{@link org.jinzai.model.impl.SensitivityBarImpl#getLowValue <em>Low Value</em>}</li>
 *   <li>{@link org.jinzai.model.impl.SensitivityBarImpl#getHighValue <em>High Value</em>}</li>
 *   <li>{@link org.jinzai.model.impl.SensitivityBarImpl#getLowMean <em>Low Mean</em>}</li>
 *   <li>{@link org.jinzai.model.impl.SensitivityBarImpl#getHighMean <em>High Mean</em>}</li>
 *   <li>{@link org.jinzai.model.impl.SensitivityBarImpl#getLowProbability <em>Low Probability</em>}</li>
 *   <li>{@link org.jinzai.model.impl.SensitivityBarImpl#getHighProbability <em>High Probability</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SensitivityBarImpl extends MinimalEObjectImpl.Container implements SensitivityBar {
	/**
	 * The cached value of the '{@link #getLever() <em>Lever</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLever()
	 * @generated
	 * @ordered
	 */
	protected Lever lever;

	/**
	 * The default value of the '{@link #getLowValue() <em>Low Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLowValue()
	 * @generated
	 * @ordered
	 */
	protected static final double LOW_VALUE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLowValue() <em>Low Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLowValue()
	 * @generated
	 * @ordered
	 */
	protected double lowValue = LOW_VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getHighValue() <em>High Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHighValue()
	 * @generated
	 * @ordered
	 */
	protected static final double HIGH_VALUE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getHighValue() <em>High Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHighValue()
	 * @generated
	 * @ordered
	 */
	protected double highValue = HIGH_VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLowMean() <em>Low Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLowMean()
	 * @generated
	 * @ordered
	 */
	protected static final double LOW_MEAN_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLowMean() <em>Low Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLowMean()
	 * @generated
	 * @ordered
	 */
	protected double lowMean = LOW_MEAN_EDEFAULT;

	/**
	 * The default value of the '{@link #getHighMean() <em>High Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHighMean()
	 * @generated
	 * @ordered
	 */
	protected static final double HIGH_MEAN_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getHighMean() <em>High Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHighMean()
	 * @generated
	 * @ordered
	 */
	protected double highMean = HIGH_MEAN_EDEFAULT;

	/**
	 * The default value of the '{@link #getLowProbability() <em>Low Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLowProbability()
	 * @generated
	 * @ordered
	 */
	protected static final double LOW_PROBABILITY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLowProbability() <em>Low Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLowProbability()
	 * @generated
	 * @ordered
	 */
	protected double lowProbability = LOW_PROBABILITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getHighProbability() <em>High Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHighProbability()
	 * @generated
	 * @ordered
	 */
	protected static final double HIGH_PROBABILITY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getHighProbability() <em>High Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHighProbability()
	 * @generated
	 * @ordered
	 */
	protected double highProbability = HIGH_PROBABILITY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SensitivityBarImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JinzaiPackage.Literals.SENSITIVITY_BAR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Lever getLever() {
		return lever;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLever(Lever newLever, NotificationChain msgs) {
		Lever oldLever = lever;
		lever = newLever;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, JinzaiPackage.SENSITIVITY_BAR__LEVER, oldLever, newLever);
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
	public void setLever(Lever newLever) {
		if (newLever != lever) {
			NotificationChain msgs = null;
			if (lever != null)
				msgs = ((InternalEObject)lever).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - JinzaiPackage.SENSITIVITY_BAR__LEVER, null, msgs);
			if (newLever != null)
				msgs = ((InternalEObject)newLever).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - JinzaiPackage.SENSITIVITY_BAR__LEVER, null, msgs);
			msgs = basicSetLever(newLever, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.SENSITIVITY_BAR__LEVER, newLever, newLever));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLowValue() {
		return lowValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLowValue(double newLowValue) {
		double oldLowValue = lowValue;
		lowValue = newLowValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.SENSITIVITY_BAR__LOW_VALUE, oldLowValue, lowValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getHighValue() {
		return highValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHighValue(double newHighValue) {
		double oldHighValue = highValue;
		highValue = newHighValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.SENSITIVITY_BAR__HIGH_VALUE, oldHighValue, highValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLowMean() {
		return lowMean;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLowMean(double newLowMean) {
		double oldLowMean = lowMean;
		lowMean = newLowMean;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.SENSITIVITY_BAR__LOW_MEAN, oldLowMean, lowMean));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getHighMean() {
		return highMean;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHighMean(double newHighMean) {
		double oldHighMean = highMean;
		highMean = newHighMean;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.SENSITIVITY_BAR__HIGH_MEAN, oldHighMean, highMean));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLowProbability() {
		return lowProbability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLowProbability(double newLowProbability) {
		double oldLowProbability = lowProbability;
		lowProbability = newLowProbability;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.SENSITIVITY_BAR__LOW_PROBABILITY, oldLowProbability, lowProbability));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getHighProbability() {
		return highProbability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHighProbability(double newHighProbability) {
		double oldHighProbability = highProbability;
		highProbability = newHighProbability;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.SENSITIVITY_BAR__HIGH_PROBABILITY, oldHighProbability, highProbability));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case JinzaiPackage.SENSITIVITY_BAR__LEVER:
				return basicSetLever(null, msgs);
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
			case JinzaiPackage.SENSITIVITY_BAR__LEVER:
				return getLever();
			case JinzaiPackage.SENSITIVITY_BAR__LOW_VALUE:
				return getLowValue();
			case JinzaiPackage.SENSITIVITY_BAR__HIGH_VALUE:
				return getHighValue();
			case JinzaiPackage.SENSITIVITY_BAR__LOW_MEAN:
				return getLowMean();
			case JinzaiPackage.SENSITIVITY_BAR__HIGH_MEAN:
				return getHighMean();
			case JinzaiPackage.SENSITIVITY_BAR__LOW_PROBABILITY:
				return getLowProbability();
			case JinzaiPackage.SENSITIVITY_BAR__HIGH_PROBABILITY:
				return getHighProbability();
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
			case JinzaiPackage.SENSITIVITY_BAR__LEVER:
				setLever((Lever)newValue);
				return;
			case JinzaiPackage.SENSITIVITY_BAR__LOW_VALUE:
				setLowValue((Double)newValue);
				return;
			case JinzaiPackage.SENSITIVITY_BAR__HIGH_VALUE:
				setHighValue((Double)newValue);
				return;
			case JinzaiPackage.SENSITIVITY_BAR__LOW_MEAN:
				setLowMean((Double)newValue);
				return;
			case JinzaiPackage.SENSITIVITY_BAR__HIGH_MEAN:
				setHighMean((Double)newValue);
				return;
			case JinzaiPackage.SENSITIVITY_BAR__LOW_PROBABILITY:
				setLowProbability((Double)newValue);
				return;
			case JinzaiPackage.SENSITIVITY_BAR__HIGH_PROBABILITY:
				setHighProbability((Double)newValue);
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
			case JinzaiPackage.SENSITIVITY_BAR__LEVER:
				setLever((Lever)null);
				return;
			case JinzaiPackage.SENSITIVITY_BAR__LOW_VALUE:
				setLowValue(LOW_VALUE_EDEFAULT);
				return;
			case JinzaiPackage.SENSITIVITY_BAR__HIGH_VALUE:
				setHighValue(HIGH_VALUE_EDEFAULT);
				return;
			case JinzaiPackage.SENSITIVITY_BAR__LOW_MEAN:
				setLowMean(LOW_MEAN_EDEFAULT);
				return;
			case JinzaiPackage.SENSITIVITY_BAR__HIGH_MEAN:
				setHighMean(HIGH_MEAN_EDEFAULT);
				return;
			case JinzaiPackage.SENSITIVITY_BAR__LOW_PROBABILITY:
				setLowProbability(LOW_PROBABILITY_EDEFAULT);
				return;
			case JinzaiPackage.SENSITIVITY_BAR__HIGH_PROBABILITY:
				setHighProbability(HIGH_PROBABILITY_EDEFAULT);
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
			case JinzaiPackage.SENSITIVITY_BAR__LEVER:
				return lever != null;
			case JinzaiPackage.SENSITIVITY_BAR__LOW_VALUE:
				return lowValue != LOW_VALUE_EDEFAULT;
			case JinzaiPackage.SENSITIVITY_BAR__HIGH_VALUE:
				return highValue != HIGH_VALUE_EDEFAULT;
			case JinzaiPackage.SENSITIVITY_BAR__LOW_MEAN:
				return lowMean != LOW_MEAN_EDEFAULT;
			case JinzaiPackage.SENSITIVITY_BAR__HIGH_MEAN:
				return highMean != HIGH_MEAN_EDEFAULT;
			case JinzaiPackage.SENSITIVITY_BAR__LOW_PROBABILITY:
				return lowProbability != LOW_PROBABILITY_EDEFAULT;
			case JinzaiPackage.SENSITIVITY_BAR__HIGH_PROBABILITY:
				return highProbability != HIGH_PROBABILITY_EDEFAULT;
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
		result.append(" (lowValue: "); //$NON-NLS-1$
		result.append(lowValue);
		result.append(", highValue: "); //$NON-NLS-1$
		result.append(highValue);
		result.append(", lowMean: "); //$NON-NLS-1$
		result.append(lowMean);
		result.append(", highMean: "); //$NON-NLS-1$
		result.append(highMean);
		result.append(", lowProbability: "); //$NON-NLS-1$
		result.append(lowProbability);
		result.append(", highProbability: "); //$NON-NLS-1$
		result.append(highProbability);
		result.append(')');
		return result.toString();
	}

} //SensitivityBarImpl
