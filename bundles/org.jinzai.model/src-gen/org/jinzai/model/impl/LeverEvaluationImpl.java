/**
 */
package org.jinzai.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.LeverEvaluation;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Lever Evaluation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.impl.LeverEvaluationImpl#getValue <em>Value</em>}</li>
 *   <li>{@link org.jinzai.model.impl.LeverEvaluationImpl#getProbability <em>Probability</em>}</li>
 *   <li>{@link org.jinzai.model.impl.LeverEvaluationImpl#getMean <em>Mean</em>}</li>
 *   <li>{@link org.jinzai.model.impl.LeverEvaluationImpl#getReplications <em>Replications</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LeverEvaluationImpl extends MinimalEObjectImpl.Container implements LeverEvaluation {
	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final int VALUE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected int value = VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getProbability() <em>Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProbability()
	 * @generated
	 * @ordered
	 */
	protected static final double PROBABILITY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getProbability() <em>Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProbability()
	 * @generated
	 * @ordered
	 */
	protected double probability = PROBABILITY_EDEFAULT;

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
	 * The default value of the '{@link #getReplications() <em>Replications</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplications()
	 * @generated
	 * @ordered
	 */
	protected static final int REPLICATIONS_EDEFAULT = 0;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LeverEvaluationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JinzaiPackage.Literals.LEVER_EVALUATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(int newValue) {
		int oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.LEVER_EVALUATION__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getProbability() {
		return probability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProbability(double newProbability) {
		double oldProbability = probability;
		probability = newProbability;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.LEVER_EVALUATION__PROBABILITY, oldProbability, probability));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.LEVER_EVALUATION__MEAN, oldMean, mean));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.LEVER_EVALUATION__REPLICATIONS, oldReplications, replications));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case JinzaiPackage.LEVER_EVALUATION__VALUE:
				return getValue();
			case JinzaiPackage.LEVER_EVALUATION__PROBABILITY:
				return getProbability();
			case JinzaiPackage.LEVER_EVALUATION__MEAN:
				return getMean();
			case JinzaiPackage.LEVER_EVALUATION__REPLICATIONS:
				return getReplications();
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
			case JinzaiPackage.LEVER_EVALUATION__VALUE:
				setValue((Integer)newValue);
				return;
			case JinzaiPackage.LEVER_EVALUATION__PROBABILITY:
				setProbability((Double)newValue);
				return;
			case JinzaiPackage.LEVER_EVALUATION__MEAN:
				setMean((Double)newValue);
				return;
			case JinzaiPackage.LEVER_EVALUATION__REPLICATIONS:
				setReplications((Integer)newValue);
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
			case JinzaiPackage.LEVER_EVALUATION__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case JinzaiPackage.LEVER_EVALUATION__PROBABILITY:
				setProbability(PROBABILITY_EDEFAULT);
				return;
			case JinzaiPackage.LEVER_EVALUATION__MEAN:
				setMean(MEAN_EDEFAULT);
				return;
			case JinzaiPackage.LEVER_EVALUATION__REPLICATIONS:
				setReplications(REPLICATIONS_EDEFAULT);
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
			case JinzaiPackage.LEVER_EVALUATION__VALUE:
				return value != VALUE_EDEFAULT;
			case JinzaiPackage.LEVER_EVALUATION__PROBABILITY:
				return probability != PROBABILITY_EDEFAULT;
			case JinzaiPackage.LEVER_EVALUATION__MEAN:
				return mean != MEAN_EDEFAULT;
			case JinzaiPackage.LEVER_EVALUATION__REPLICATIONS:
				return replications != REPLICATIONS_EDEFAULT;
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
		result.append(" (value: "); //$NON-NLS-1$
		result.append(value);
		result.append(", probability: "); //$NON-NLS-1$
		result.append(probability);
		result.append(", mean: "); //$NON-NLS-1$
		result.append(mean);
		result.append(", replications: "); //$NON-NLS-1$
		result.append(replications);
		result.append(')');
		return result.toString();
	}

} //LeverEvaluationImpl
