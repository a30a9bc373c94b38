/**
 */
package org.jinzai.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.jinzai.model.Department;
import org.jinzai.model.EmploymentType;
import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.Persona;
import org.jinzai.model.Rank;
import org.jinzai.model.RosterAggregate;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Roster Aggregate</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.impl.RosterAggregateImpl#getDepartment <em>Department</em>}</li>
 *   <li>{@link org.jinzai.model.impl.RosterAggregateImpl#getMinAge <em>Min Age</em>}</li>
 *   <li>{@link org.jinzai.model.impl.RosterAggregateImpl#getMaxAge <em>Max Age</em>}</li>
 *   <li>{@link org.jinzai.model.impl.RosterAggregateImpl#getRank <em>Rank</em>}</li>
 *   <li>{@link org.jinzai.model.impl.RosterAggregateImpl#getPersona <em>Persona</em>}</li>
 *   <li>{@link org.jinzai.model.impl.RosterAggregateImpl#getCount <em>Count</em>}</li>
 *   <li>{@link org.jinzai.model.impl.RosterAggregateImpl#getEmploymentType <em>Employment Type</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RosterAggregateImpl extends MinimalEObjectImpl.Container implements RosterAggregate {
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
	 * The default value of the '{@link #getMinAge() <em>Min Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinAge()
	 * @generated
	 * @ordered
	 */
	protected static final int MIN_AGE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMinAge() <em>Min Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinAge()
	 * @generated
	 * @ordered
	 */
	protected int minAge = MIN_AGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxAge() <em>Max Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxAge()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_AGE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMaxAge() <em>Max Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxAge()
	 * @generated
	 * @ordered
	 */
	protected int maxAge = MAX_AGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRank() <em>Rank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRank()
	 * @generated
	 * @ordered
	 */
	protected static final Rank RANK_EDEFAULT = Rank.SHUJI;

	/**
	 * The cached value of the '{@link #getRank() <em>Rank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRank()
	 * @generated
	 * @ordered
	 */
	protected Rank rank = RANK_EDEFAULT;

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
	 * The default value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected static final int COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected int count = COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getEmploymentType() <em>Employment Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmploymentType()
	 * @generated
	 * @ordered
	 */
	protected static final EmploymentType EMPLOYMENT_TYPE_EDEFAULT = EmploymentType.REGULAR;

	/**
	 * The cached value of the '{@link #getEmploymentType() <em>Employment Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmploymentType()
	 * @generated
	 * @ordered
	 */
	protected EmploymentType employmentType = EMPLOYMENT_TYPE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RosterAggregateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JinzaiPackage.Literals.ROSTER_AGGREGATE;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, JinzaiPackage.ROSTER_AGGREGATE__DEPARTMENT, oldDepartment, department));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.ROSTER_AGGREGATE__DEPARTMENT, oldDepartment, department));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinAge() {
		return minAge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinAge(int newMinAge) {
		int oldMinAge = minAge;
		minAge = newMinAge;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.ROSTER_AGGREGATE__MIN_AGE, oldMinAge, minAge));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxAge() {
		return maxAge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxAge(int newMaxAge) {
		int oldMaxAge = maxAge;
		maxAge = newMaxAge;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.ROSTER_AGGREGATE__MAX_AGE, oldMaxAge, maxAge));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Rank getRank() {
		return rank;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRank(Rank newRank) {
		Rank oldRank = rank;
		rank = newRank == null ? RANK_EDEFAULT : newRank;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.ROSTER_AGGREGATE__RANK, oldRank, rank));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, JinzaiPackage.ROSTER_AGGREGATE__PERSONA, oldPersona, persona));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.ROSTER_AGGREGATE__PERSONA, oldPersona, persona));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCount() {
		return count;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCount(int newCount) {
		int oldCount = count;
		count = newCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.ROSTER_AGGREGATE__COUNT, oldCount, count));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EmploymentType getEmploymentType() {
		return employmentType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmploymentType(EmploymentType newEmploymentType) {
		EmploymentType oldEmploymentType = employmentType;
		employmentType = newEmploymentType == null ? EMPLOYMENT_TYPE_EDEFAULT : newEmploymentType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.ROSTER_AGGREGATE__EMPLOYMENT_TYPE, oldEmploymentType, employmentType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case JinzaiPackage.ROSTER_AGGREGATE__DEPARTMENT:
				if (resolve) return getDepartment();
				return basicGetDepartment();
			case JinzaiPackage.ROSTER_AGGREGATE__MIN_AGE:
				return getMinAge();
			case JinzaiPackage.ROSTER_AGGREGATE__MAX_AGE:
				return getMaxAge();
			case JinzaiPackage.ROSTER_AGGREGATE__RANK:
				return getRank();
			case JinzaiPackage.ROSTER_AGGREGATE__PERSONA:
				if (resolve) return getPersona();
				return basicGetPersona();
			case JinzaiPackage.ROSTER_AGGREGATE__COUNT:
				return getCount();
			case JinzaiPackage.ROSTER_AGGREGATE__EMPLOYMENT_TYPE:
				return getEmploymentType();
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
			case JinzaiPackage.ROSTER_AGGREGATE__DEPARTMENT:
				setDepartment((Department)newValue);
				return;
			case JinzaiPackage.ROSTER_AGGREGATE__MIN_AGE:
				setMinAge((Integer)newValue);
				return;
			case JinzaiPackage.ROSTER_AGGREGATE__MAX_AGE:
				setMaxAge((Integer)newValue);
				return;
			case JinzaiPackage.ROSTER_AGGREGATE__RANK:
				setRank((Rank)newValue);
				return;
			case JinzaiPackage.ROSTER_AGGREGATE__PERSONA:
				setPersona((Persona)newValue);
				return;
			case JinzaiPackage.ROSTER_AGGREGATE__COUNT:
				setCount((Integer)newValue);
				return;
			case JinzaiPackage.ROSTER_AGGREGATE__EMPLOYMENT_TYPE:
				setEmploymentType((EmploymentType)newValue);
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
			case JinzaiPackage.ROSTER_AGGREGATE__DEPARTMENT:
				setDepartment((Department)null);
				return;
			case JinzaiPackage.ROSTER_AGGREGATE__MIN_AGE:
				setMinAge(MIN_AGE_EDEFAULT);
				return;
			case JinzaiPackage.ROSTER_AGGREGATE__MAX_AGE:
				setMaxAge(MAX_AGE_EDEFAULT);
				return;
			case JinzaiPackage.ROSTER_AGGREGATE__RANK:
				setRank(RANK_EDEFAULT);
				return;
			case JinzaiPackage.ROSTER_AGGREGATE__PERSONA:
				setPersona((Persona)null);
				return;
			case JinzaiPackage.ROSTER_AGGREGATE__COUNT:
				setCount(COUNT_EDEFAULT);
				return;
			case JinzaiPackage.ROSTER_AGGREGATE__EMPLOYMENT_TYPE:
				setEmploymentType(EMPLOYMENT_TYPE_EDEFAULT);
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
			case JinzaiPackage.ROSTER_AGGREGATE__DEPARTMENT:
				return department != null;
			case JinzaiPackage.ROSTER_AGGREGATE__MIN_AGE:
				return minAge != MIN_AGE_EDEFAULT;
			case JinzaiPackage.ROSTER_AGGREGATE__MAX_AGE:
				return maxAge != MAX_AGE_EDEFAULT;
			case JinzaiPackage.ROSTER_AGGREGATE__RANK:
				return rank != RANK_EDEFAULT;
			case JinzaiPackage.ROSTER_AGGREGATE__PERSONA:
				return persona != null;
			case JinzaiPackage.ROSTER_AGGREGATE__COUNT:
				return count != COUNT_EDEFAULT;
			case JinzaiPackage.ROSTER_AGGREGATE__EMPLOYMENT_TYPE:
				return employmentType != EMPLOYMENT_TYPE_EDEFAULT;
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
		result.append(" (minAge: "); //$NON-NLS-1$
		result.append(minAge);
		result.append(", maxAge: "); //$NON-NLS-1$
		result.append(maxAge);
		result.append(", rank: "); //$NON-NLS-1$
		result.append(rank);
		result.append(", count: "); //$NON-NLS-1$
		result.append(count);
		result.append(", employmentType: "); //$NON-NLS-1$
		result.append(employmentType);
		result.append(')');
		return result.toString();
	}

} //RosterAggregateImpl
