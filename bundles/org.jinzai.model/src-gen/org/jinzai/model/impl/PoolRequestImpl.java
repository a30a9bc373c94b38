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
import org.jinzai.model.PoolRequest;
import org.jinzai.model.Target;
import org.jinzai.model.YearlyCount;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pool Request</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.impl.PoolRequestImpl#getPool <em>Pool</em>}</li>
 *   <li>{@link org.jinzai.model.impl.PoolRequestImpl#getPersona <em>Persona</em>}</li>
 *   <li>{@link org.jinzai.model.impl.PoolRequestImpl#getDepartment <em>Department</em>}</li>
 *   <li>{@link org.jinzai.model.impl.PoolRequestImpl#getDays <em>Days</em>}</li>
 *   <li>{@link org.jinzai.model.impl.PoolRequestImpl#getWhenShortOf <em>When Short Of</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PoolRequestImpl extends MinimalEObjectImpl.Container implements PoolRequest {
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
	 * The cached value of the '{@link #getDays() <em>Days</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDays()
	 * @generated
	 * @ordered
	 */
	protected EList<YearlyCount> days;

	/**
	 * The cached value of the '{@link #getWhenShortOf() <em>When Short Of</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWhenShortOf()
	 * @generated
	 * @ordered
	 */
	protected Target whenShortOf;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PoolRequestImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JinzaiPackage.Literals.POOL_REQUEST;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, JinzaiPackage.POOL_REQUEST__POOL, oldPool, pool));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.POOL_REQUEST__POOL, oldPool, pool));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, JinzaiPackage.POOL_REQUEST__PERSONA, oldPersona, persona));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.POOL_REQUEST__PERSONA, oldPersona, persona));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, JinzaiPackage.POOL_REQUEST__DEPARTMENT, oldDepartment, department));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.POOL_REQUEST__DEPARTMENT, oldDepartment, department));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<YearlyCount> getDays() {
		if (days == null) {
			days = new EObjectContainmentEList<YearlyCount>(YearlyCount.class, this, JinzaiPackage.POOL_REQUEST__DAYS);
		}
		return days;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Target getWhenShortOf() {
		if (whenShortOf != null && whenShortOf.eIsProxy()) {
			InternalEObject oldWhenShortOf = (InternalEObject)whenShortOf;
			whenShortOf = (Target)eResolveProxy(oldWhenShortOf);
			if (whenShortOf != oldWhenShortOf) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, JinzaiPackage.POOL_REQUEST__WHEN_SHORT_OF, oldWhenShortOf, whenShortOf));
			}
		}
		return whenShortOf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Target basicGetWhenShortOf() {
		return whenShortOf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWhenShortOf(Target newWhenShortOf) {
		Target oldWhenShortOf = whenShortOf;
		whenShortOf = newWhenShortOf;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.POOL_REQUEST__WHEN_SHORT_OF, oldWhenShortOf, whenShortOf));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case JinzaiPackage.POOL_REQUEST__DAYS:
				return ((InternalEList<?>)getDays()).basicRemove(otherEnd, msgs);
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
			case JinzaiPackage.POOL_REQUEST__POOL:
				if (resolve) return getPool();
				return basicGetPool();
			case JinzaiPackage.POOL_REQUEST__PERSONA:
				if (resolve) return getPersona();
				return basicGetPersona();
			case JinzaiPackage.POOL_REQUEST__DEPARTMENT:
				if (resolve) return getDepartment();
				return basicGetDepartment();
			case JinzaiPackage.POOL_REQUEST__DAYS:
				return getDays();
			case JinzaiPackage.POOL_REQUEST__WHEN_SHORT_OF:
				if (resolve) return getWhenShortOf();
				return basicGetWhenShortOf();
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
			case JinzaiPackage.POOL_REQUEST__POOL:
				setPool((Pool)newValue);
				return;
			case JinzaiPackage.POOL_REQUEST__PERSONA:
				setPersona((Persona)newValue);
				return;
			case JinzaiPackage.POOL_REQUEST__DEPARTMENT:
				setDepartment((Department)newValue);
				return;
			case JinzaiPackage.POOL_REQUEST__DAYS:
				getDays().clear();
				getDays().addAll((Collection<? extends YearlyCount>)newValue);
				return;
			case JinzaiPackage.POOL_REQUEST__WHEN_SHORT_OF:
				setWhenShortOf((Target)newValue);
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
			case JinzaiPackage.POOL_REQUEST__POOL:
				setPool((Pool)null);
				return;
			case JinzaiPackage.POOL_REQUEST__PERSONA:
				setPersona((Persona)null);
				return;
			case JinzaiPackage.POOL_REQUEST__DEPARTMENT:
				setDepartment((Department)null);
				return;
			case JinzaiPackage.POOL_REQUEST__DAYS:
				getDays().clear();
				return;
			case JinzaiPackage.POOL_REQUEST__WHEN_SHORT_OF:
				setWhenShortOf((Target)null);
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
			case JinzaiPackage.POOL_REQUEST__POOL:
				return pool != null;
			case JinzaiPackage.POOL_REQUEST__PERSONA:
				return persona != null;
			case JinzaiPackage.POOL_REQUEST__DEPARTMENT:
				return department != null;
			case JinzaiPackage.POOL_REQUEST__DAYS:
				return days != null && !days.isEmpty();
			case JinzaiPackage.POOL_REQUEST__WHEN_SHORT_OF:
				return whenShortOf != null;
		}
		return super.eIsSet(featureID);
	}

} //PoolRequestImpl
