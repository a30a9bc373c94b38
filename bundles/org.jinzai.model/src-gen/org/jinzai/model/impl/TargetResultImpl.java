/**
 */
package org.jinzai.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.Target;
import org.jinzai.model.TargetResult;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Target Result</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.impl.TargetResultImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.jinzai.model.impl.TargetResultImpl#getTargetName <em>Target Name</em>}</li>
 *   <li>{@link org.jinzai.model.impl.TargetResultImpl#getProbabilityMet <em>Probability Met</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TargetResultImpl extends DistributionImpl implements TargetResult {
	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected Target target;

	/**
	 * The default value of the '{@link #getTargetName() <em>Target Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetName()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGET_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetName() <em>Target Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetName()
	 * @generated
	 * @ordered
	 */
	protected String targetName = TARGET_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getProbabilityMet() <em>Probability Met</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProbabilityMet()
	 * @generated
	 * @ordered
	 */
	protected static final double PROBABILITY_MET_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getProbabilityMet() <em>Probability Met</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProbabilityMet()
	 * @generated
	 * @ordered
	 */
	protected double probabilityMet = PROBABILITY_MET_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TargetResultImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JinzaiPackage.Literals.TARGET_RESULT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Target getTarget() {
		if (target != null && target.eIsProxy()) {
			InternalEObject oldTarget = (InternalEObject)target;
			target = (Target)eResolveProxy(oldTarget);
			if (target != oldTarget) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, JinzaiPackage.TARGET_RESULT__TARGET, oldTarget, target));
			}
		}
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Target basicGetTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(Target newTarget) {
		Target oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.TARGET_RESULT__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTargetName() {
		return targetName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetName(String newTargetName) {
		String oldTargetName = targetName;
		targetName = newTargetName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.TARGET_RESULT__TARGET_NAME, oldTargetName, targetName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getProbabilityMet() {
		return probabilityMet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProbabilityMet(double newProbabilityMet) {
		double oldProbabilityMet = probabilityMet;
		probabilityMet = newProbabilityMet;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.TARGET_RESULT__PROBABILITY_MET, oldProbabilityMet, probabilityMet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case JinzaiPackage.TARGET_RESULT__TARGET:
				if (resolve) return getTarget();
				return basicGetTarget();
			case JinzaiPackage.TARGET_RESULT__TARGET_NAME:
				return getTargetName();
			case JinzaiPackage.TARGET_RESULT__PROBABILITY_MET:
				return getProbabilityMet();
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
			case JinzaiPackage.TARGET_RESULT__TARGET:
				setTarget((Target)newValue);
				return;
			case JinzaiPackage.TARGET_RESULT__TARGET_NAME:
				setTargetName((String)newValue);
				return;
			case JinzaiPackage.TARGET_RESULT__PROBABILITY_MET:
				setProbabilityMet((Double)newValue);
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
			case JinzaiPackage.TARGET_RESULT__TARGET:
				setTarget((Target)null);
				return;
			case JinzaiPackage.TARGET_RESULT__TARGET_NAME:
				setTargetName(TARGET_NAME_EDEFAULT);
				return;
			case JinzaiPackage.TARGET_RESULT__PROBABILITY_MET:
				setProbabilityMet(PROBABILITY_MET_EDEFAULT);
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
			case JinzaiPackage.TARGET_RESULT__TARGET:
				return target != null;
			case JinzaiPackage.TARGET_RESULT__TARGET_NAME:
				return TARGET_NAME_EDEFAULT == null ? targetName != null : !TARGET_NAME_EDEFAULT.equals(targetName);
			case JinzaiPackage.TARGET_RESULT__PROBABILITY_MET:
				return probabilityMet != PROBABILITY_MET_EDEFAULT;
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
		result.append(" (targetName: "); //$NON-NLS-1$
		result.append(targetName);
		result.append(", probabilityMet: "); //$NON-NLS-1$
		result.append(probabilityMet);
		result.append(')');
		return result.toString();
	}

} //TargetResultImpl
