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
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.jinzai.model.Department;
import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.Persona;
import org.jinzai.model.Pool;
import org.jinzai.model.Secondment;
import org.jinzai.model.YearlyCount;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Secondment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.impl.SecondmentImpl#getPool <em>Pool</em>}</li>
 *   <li>{@link org.jinzai.model.impl.SecondmentImpl#getPersona <em>Persona</em>}</li>
 *   <li>{@link org.jinzai.model.impl.SecondmentImpl#getDepartment <em>Department</em>}</li>
 *   <li>{@link org.jinzai.model.impl.SecondmentImpl#getStaff <em>Staff</em>}</li>
 *   <li>{@link org.jinzai.model.impl.SecondmentImpl#getTermYears <em>Term Years</em>}</li>
 *   <li>{@link org.jinzai.model.impl.SecondmentImpl#getStepOnReturn <em>Step On Return</em>}</li>
 *   <li>{@link org.jinzai.model.impl.SecondmentImpl#getServingDays <em>Serving Days</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SecondmentImpl extends MinimalEObjectImpl.Container implements Secondment {
	/**
	 * The cached value of the '{@link #getPool() <em>Pool</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPool()
	 * @generated
	 * @ordered
	 */
	protected Pool pool;

	/**
	 * The cached value of the '{@link #getPersona() <em>Persona</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersona()
	 * @generated
	 * @ordered
	 */
	protected Persona persona;

	/**
	 * The cached value of the '{@link #getDepartment() <em>Department</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepartment()
	 * @generated
	 * @ordered
	 */
	protected Department department;

	/**
	 * The cached value of the '{@link #getStaff() <em>Staff</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStaff()
	 * @generated
	 * @ordered
	 */
	protected EList<YearlyCount> staff;

	/**
	 * The default value of the '{@link #getTermYears() <em>Term Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTermYears()
	 * @generated
	 * @ordered
	 */
	protected static final int TERM_YEARS_EDEFAULT = 2;

	/**
	 * The cached value of the '{@link #getTermYears() <em>Term Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTermYears()
	 * @generated
	 * @ordered
	 */
	protected int termYears = TERM_YEARS_EDEFAULT;

	/**
	 * The default value of the '{@link #getStepOnReturn() <em>Step On Return</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStepOnReturn()
	 * @generated
	 * @ordered
	 */
	protected static final int STEP_ON_RETURN_EDEFAULT = 2;

	/**
	 * The cached value of the '{@link #getStepOnReturn() <em>Step On Return</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStepOnReturn()
	 * @generated
	 * @ordered
	 */
	protected int stepOnReturn = STEP_ON_RETURN_EDEFAULT;

	/**
	 * The default value of the '{@link #getServingDays() <em>Serving Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServingDays()
	 * @generated
	 * @ordered
	 */
	protected static final int SERVING_DAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getServingDays() <em>Serving Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServingDays()
	 * @generated
	 * @ordered
	 */
	protected int servingDays = SERVING_DAYS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SecondmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JinzaiPackage.Literals.SECONDMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Pool getPool() {
		if (pool != null && pool.eIsProxy()) {
			InternalEObject oldPool = (InternalEObject)pool;
			pool = (Pool)eResolveProxy(oldPool);
			if (pool != oldPool) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, JinzaiPackage.SECONDMENT__POOL, oldPool, pool));
			}
		}
		return pool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Pool basicGetPool() {
		return pool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPool(Pool newPool) {
		Pool oldPool = pool;
		pool = newPool;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.SECONDMENT__POOL, oldPool, pool));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Persona getPersona() {
		if (persona != null && persona.eIsProxy()) {
			InternalEObject oldPersona = (InternalEObject)persona;
			persona = (Persona)eResolveProxy(oldPersona);
			if (persona != oldPersona) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, JinzaiPackage.SECONDMENT__PERSONA, oldPersona, persona));
			}
		}
		return persona;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Persona basicGetPersona() {
		return persona;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPersona(Persona newPersona) {
		Persona oldPersona = persona;
		persona = newPersona;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.SECONDMENT__PERSONA, oldPersona, persona));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Department getDepartment() {
		if (department != null && department.eIsProxy()) {
			InternalEObject oldDepartment = (InternalEObject)department;
			department = (Department)eResolveProxy(oldDepartment);
			if (department != oldDepartment) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, JinzaiPackage.SECONDMENT__DEPARTMENT, oldDepartment, department));
			}
		}
		return department;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Department basicGetDepartment() {
		return department;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDepartment(Department newDepartment) {
		Department oldDepartment = department;
		department = newDepartment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.SECONDMENT__DEPARTMENT, oldDepartment, department));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<YearlyCount> getStaff() {
		if (staff == null) {
			staff = new EObjectContainmentEList<YearlyCount>(YearlyCount.class, this, JinzaiPackage.SECONDMENT__STAFF);
		}
		return staff;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTermYears() {
		return termYears;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTermYears(int newTermYears) {
		int oldTermYears = termYears;
		termYears = newTermYears;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.SECONDMENT__TERM_YEARS, oldTermYears, termYears));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStepOnReturn() {
		return stepOnReturn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStepOnReturn(int newStepOnReturn) {
		int oldStepOnReturn = stepOnReturn;
		stepOnReturn = newStepOnReturn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.SECONDMENT__STEP_ON_RETURN, oldStepOnReturn, stepOnReturn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getServingDays() {
		return servingDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServingDays(int newServingDays) {
		int oldServingDays = servingDays;
		servingDays = newServingDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.SECONDMENT__SERVING_DAYS, oldServingDays, servingDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case JinzaiPackage.SECONDMENT__STAFF:
				return ((InternalEList<?>)getStaff()).basicRemove(otherEnd, msgs);
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
			case JinzaiPackage.SECONDMENT__POOL:
				if (resolve) return getPool();
				return basicGetPool();
			case JinzaiPackage.SECONDMENT__PERSONA:
				if (resolve) return getPersona();
				return basicGetPersona();
			case JinzaiPackage.SECONDMENT__DEPARTMENT:
				if (resolve) return getDepartment();
				return basicGetDepartment();
			case JinzaiPackage.SECONDMENT__STAFF:
				return getStaff();
			case JinzaiPackage.SECONDMENT__TERM_YEARS:
				return getTermYears();
			case JinzaiPackage.SECONDMENT__STEP_ON_RETURN:
				return getStepOnReturn();
			case JinzaiPackage.SECONDMENT__SERVING_DAYS:
				return getServingDays();
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
			case JinzaiPackage.SECONDMENT__POOL:
				setPool((Pool)newValue);
				return;
			case JinzaiPackage.SECONDMENT__PERSONA:
				setPersona((Persona)newValue);
				return;
			case JinzaiPackage.SECONDMENT__DEPARTMENT:
				setDepartment((Department)newValue);
				return;
			case JinzaiPackage.SECONDMENT__STAFF:
				getStaff().clear();
				getStaff().addAll((Collection<? extends YearlyCount>)newValue);
				return;
			case JinzaiPackage.SECONDMENT__TERM_YEARS:
				setTermYears((Integer)newValue);
				return;
			case JinzaiPackage.SECONDMENT__STEP_ON_RETURN:
				setStepOnReturn((Integer)newValue);
				return;
			case JinzaiPackage.SECONDMENT__SERVING_DAYS:
				setServingDays((Integer)newValue);
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
			case JinzaiPackage.SECONDMENT__POOL:
				setPool((Pool)null);
				return;
			case JinzaiPackage.SECONDMENT__PERSONA:
				setPersona((Persona)null);
				return;
			case JinzaiPackage.SECONDMENT__DEPARTMENT:
				setDepartment((Department)null);
				return;
			case JinzaiPackage.SECONDMENT__STAFF:
				getStaff().clear();
				return;
			case JinzaiPackage.SECONDMENT__TERM_YEARS:
				setTermYears(TERM_YEARS_EDEFAULT);
				return;
			case JinzaiPackage.SECONDMENT__STEP_ON_RETURN:
				setStepOnReturn(STEP_ON_RETURN_EDEFAULT);
				return;
			case JinzaiPackage.SECONDMENT__SERVING_DAYS:
				setServingDays(SERVING_DAYS_EDEFAULT);
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
			case JinzaiPackage.SECONDMENT__POOL:
				return pool != null;
			case JinzaiPackage.SECONDMENT__PERSONA:
				return persona != null;
			case JinzaiPackage.SECONDMENT__DEPARTMENT:
				return department != null;
			case JinzaiPackage.SECONDMENT__STAFF:
				return staff != null && !staff.isEmpty();
			case JinzaiPackage.SECONDMENT__TERM_YEARS:
				return termYears != TERM_YEARS_EDEFAULT;
			case JinzaiPackage.SECONDMENT__STEP_ON_RETURN:
				return stepOnReturn != STEP_ON_RETURN_EDEFAULT;
			case JinzaiPackage.SECONDMENT__SERVING_DAYS:
				return servingDays != SERVING_DAYS_EDEFAULT;
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
		result.append(" (termYears: "); //$NON-NLS-1$
		result.append(termYears);
		result.append(", stepOnReturn: "); //$NON-NLS-1$
		result.append(stepOnReturn);
		result.append(", servingDays: "); //$NON-NLS-1$
		result.append(servingDays);
		result.append(')');
		return result.toString();
	}

} //SecondmentImpl
