/**
 */
package org.jinzai.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.jinzai.model.DepartmentMiss;
import org.jinzai.model.JinzaiPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Department Miss</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.impl.DepartmentMissImpl#getDepartmentId <em>Department Id</em>}</li>
 *   <li>{@link org.jinzai.model.impl.DepartmentMissImpl#getProbability <em>Probability</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DepartmentMissImpl extends MinimalEObjectImpl.Container implements DepartmentMiss {
	/**
	 * The default value of the '{@link #getDepartmentId() <em>Department Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepartmentId()
	 * @generated
	 * @ordered
	 */
	protected static final String DEPARTMENT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDepartmentId() <em>Department Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepartmentId()
	 * @generated
	 * @ordered
	 */
	protected String departmentId = DEPARTMENT_ID_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DepartmentMissImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JinzaiPackage.Literals.DEPARTMENT_MISS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDepartmentId() {
		return departmentId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDepartmentId(String newDepartmentId) {
		String oldDepartmentId = departmentId;
		departmentId = newDepartmentId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.DEPARTMENT_MISS__DEPARTMENT_ID, oldDepartmentId, departmentId));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.DEPARTMENT_MISS__PROBABILITY, oldProbability, probability));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case JinzaiPackage.DEPARTMENT_MISS__DEPARTMENT_ID:
				return getDepartmentId();
			case JinzaiPackage.DEPARTMENT_MISS__PROBABILITY:
				return getProbability();
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
			case JinzaiPackage.DEPARTMENT_MISS__DEPARTMENT_ID:
				setDepartmentId((String)newValue);
				return;
			case JinzaiPackage.DEPARTMENT_MISS__PROBABILITY:
				setProbability((Double)newValue);
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
			case JinzaiPackage.DEPARTMENT_MISS__DEPARTMENT_ID:
				setDepartmentId(DEPARTMENT_ID_EDEFAULT);
				return;
			case JinzaiPackage.DEPARTMENT_MISS__PROBABILITY:
				setProbability(PROBABILITY_EDEFAULT);
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
			case JinzaiPackage.DEPARTMENT_MISS__DEPARTMENT_ID:
				return DEPARTMENT_ID_EDEFAULT == null ? departmentId != null : !DEPARTMENT_ID_EDEFAULT.equals(departmentId);
			case JinzaiPackage.DEPARTMENT_MISS__PROBABILITY:
				return probability != PROBABILITY_EDEFAULT;
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
		result.append(" (departmentId: "); //$NON-NLS-1$
		result.append(departmentId);
		result.append(", probability: "); //$NON-NLS-1$
		result.append(probability);
		result.append(')');
		return result.toString();
	}

} //DepartmentMissImpl
