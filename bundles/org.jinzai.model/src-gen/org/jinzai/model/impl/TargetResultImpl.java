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
import org.jinzai.model.DepartmentMiss;
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
 *   <li>{@link org.jinzai.model.impl.TargetResultImpl#getDepartmentsInScope <em>Departments In Scope</em>}</li>
 *   <li>{@link org.jinzai.model.impl.TargetResultImpl#getMostMissedDepartmentId <em>Most Missed Department Id</em>}</li>
 *   <li>{@link org.jinzai.model.impl.TargetResultImpl#getMostMissedProbability <em>Most Missed Probability</em>}</li>
 *   <li>{@link org.jinzai.model.impl.TargetResultImpl#getDepartmentMisses <em>Department Misses</em>}</li>
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
	 * The default value of the '{@link #getDepartmentsInScope() <em>Departments In Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepartmentsInScope()
	 * @generated
	 * @ordered
	 */
	protected static final int DEPARTMENTS_IN_SCOPE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDepartmentsInScope() <em>Departments In Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepartmentsInScope()
	 * @generated
	 * @ordered
	 */
	protected int departmentsInScope = DEPARTMENTS_IN_SCOPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMostMissedDepartmentId() <em>Most Missed Department Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMostMissedDepartmentId()
	 * @generated
	 * @ordered
	 */
	protected static final String MOST_MISSED_DEPARTMENT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMostMissedDepartmentId() <em>Most Missed Department Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMostMissedDepartmentId()
	 * @generated
	 * @ordered
	 */
	protected String mostMissedDepartmentId = MOST_MISSED_DEPARTMENT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getMostMissedProbability() <em>Most Missed Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMostMissedProbability()
	 * @generated
	 * @ordered
	 */
	protected static final double MOST_MISSED_PROBABILITY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMostMissedProbability() <em>Most Missed Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMostMissedProbability()
	 * @generated
	 * @ordered
	 */
	protected double mostMissedProbability = MOST_MISSED_PROBABILITY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDepartmentMisses() <em>Department Misses</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepartmentMisses()
	 * @generated
	 * @ordered
	 */
	protected EList<DepartmentMiss> departmentMisses;

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
	public int getDepartmentsInScope() {
		return departmentsInScope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDepartmentsInScope(int newDepartmentsInScope) {
		int oldDepartmentsInScope = departmentsInScope;
		departmentsInScope = newDepartmentsInScope;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.TARGET_RESULT__DEPARTMENTS_IN_SCOPE, oldDepartmentsInScope, departmentsInScope));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMostMissedDepartmentId() {
		return mostMissedDepartmentId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMostMissedDepartmentId(String newMostMissedDepartmentId) {
		String oldMostMissedDepartmentId = mostMissedDepartmentId;
		mostMissedDepartmentId = newMostMissedDepartmentId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.TARGET_RESULT__MOST_MISSED_DEPARTMENT_ID, oldMostMissedDepartmentId, mostMissedDepartmentId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMostMissedProbability() {
		return mostMissedProbability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMostMissedProbability(double newMostMissedProbability) {
		double oldMostMissedProbability = mostMissedProbability;
		mostMissedProbability = newMostMissedProbability;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.TARGET_RESULT__MOST_MISSED_PROBABILITY, oldMostMissedProbability, mostMissedProbability));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DepartmentMiss> getDepartmentMisses() {
		if (departmentMisses == null) {
			departmentMisses = new EObjectContainmentEList<DepartmentMiss>(DepartmentMiss.class, this, JinzaiPackage.TARGET_RESULT__DEPARTMENT_MISSES);
		}
		return departmentMisses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case JinzaiPackage.TARGET_RESULT__DEPARTMENT_MISSES:
				return ((InternalEList<?>)getDepartmentMisses()).basicRemove(otherEnd, msgs);
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
			case JinzaiPackage.TARGET_RESULT__TARGET:
				if (resolve) return getTarget();
				return basicGetTarget();
			case JinzaiPackage.TARGET_RESULT__TARGET_NAME:
				return getTargetName();
			case JinzaiPackage.TARGET_RESULT__PROBABILITY_MET:
				return getProbabilityMet();
			case JinzaiPackage.TARGET_RESULT__DEPARTMENTS_IN_SCOPE:
				return getDepartmentsInScope();
			case JinzaiPackage.TARGET_RESULT__MOST_MISSED_DEPARTMENT_ID:
				return getMostMissedDepartmentId();
			case JinzaiPackage.TARGET_RESULT__MOST_MISSED_PROBABILITY:
				return getMostMissedProbability();
			case JinzaiPackage.TARGET_RESULT__DEPARTMENT_MISSES:
				return getDepartmentMisses();
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
			case JinzaiPackage.TARGET_RESULT__TARGET:
				setTarget((Target)newValue);
				return;
			case JinzaiPackage.TARGET_RESULT__TARGET_NAME:
				setTargetName((String)newValue);
				return;
			case JinzaiPackage.TARGET_RESULT__PROBABILITY_MET:
				setProbabilityMet((Double)newValue);
				return;
			case JinzaiPackage.TARGET_RESULT__DEPARTMENTS_IN_SCOPE:
				setDepartmentsInScope((Integer)newValue);
				return;
			case JinzaiPackage.TARGET_RESULT__MOST_MISSED_DEPARTMENT_ID:
				setMostMissedDepartmentId((String)newValue);
				return;
			case JinzaiPackage.TARGET_RESULT__MOST_MISSED_PROBABILITY:
				setMostMissedProbability((Double)newValue);
				return;
			case JinzaiPackage.TARGET_RESULT__DEPARTMENT_MISSES:
				getDepartmentMisses().clear();
				getDepartmentMisses().addAll((Collection<? extends DepartmentMiss>)newValue);
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
			case JinzaiPackage.TARGET_RESULT__DEPARTMENTS_IN_SCOPE:
				setDepartmentsInScope(DEPARTMENTS_IN_SCOPE_EDEFAULT);
				return;
			case JinzaiPackage.TARGET_RESULT__MOST_MISSED_DEPARTMENT_ID:
				setMostMissedDepartmentId(MOST_MISSED_DEPARTMENT_ID_EDEFAULT);
				return;
			case JinzaiPackage.TARGET_RESULT__MOST_MISSED_PROBABILITY:
				setMostMissedProbability(MOST_MISSED_PROBABILITY_EDEFAULT);
				return;
			case JinzaiPackage.TARGET_RESULT__DEPARTMENT_MISSES:
				getDepartmentMisses().clear();
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
			case JinzaiPackage.TARGET_RESULT__DEPARTMENTS_IN_SCOPE:
				return departmentsInScope != DEPARTMENTS_IN_SCOPE_EDEFAULT;
			case JinzaiPackage.TARGET_RESULT__MOST_MISSED_DEPARTMENT_ID:
				return MOST_MISSED_DEPARTMENT_ID_EDEFAULT == null ? mostMissedDepartmentId != null : !MOST_MISSED_DEPARTMENT_ID_EDEFAULT.equals(mostMissedDepartmentId);
			case JinzaiPackage.TARGET_RESULT__MOST_MISSED_PROBABILITY:
				return mostMissedProbability != MOST_MISSED_PROBABILITY_EDEFAULT;
			case JinzaiPackage.TARGET_RESULT__DEPARTMENT_MISSES:
				return departmentMisses != null && !departmentMisses.isEmpty();
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
		result.append(", departmentsInScope: "); //$NON-NLS-1$
		result.append(departmentsInScope);
		result.append(", mostMissedDepartmentId: "); //$NON-NLS-1$
		result.append(mostMissedDepartmentId);
		result.append(", mostMissedProbability: "); //$NON-NLS-1$
		result.append(mostMissedProbability);
		result.append(')');
		return result.toString();
	}

} //TargetResultImpl
