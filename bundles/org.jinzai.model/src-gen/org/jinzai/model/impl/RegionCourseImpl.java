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

import org.jinzai.model.AllocationPolicy;
import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.RegionCourse;
import org.jinzai.model.YearlyCount;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Region Course</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.impl.RegionCourseImpl#getCourseId <em>Course Id</em>}</li>
 *   <li>{@link org.jinzai.model.impl.RegionCourseImpl#getSeats <em>Seats</em>}</li>
 *   <li>{@link org.jinzai.model.impl.RegionCourseImpl#getMonth <em>Month</em>}</li>
 *   <li>{@link org.jinzai.model.impl.RegionCourseImpl#getAllocation <em>Allocation</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RegionCourseImpl extends NamedElementImpl implements RegionCourse {
	/**
	 * The default value of the '{@link #getCourseId() <em>Course Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCourseId()
	 * @generated
	 * @ordered
	 */
	protected static final String COURSE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCourseId() <em>Course Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCourseId()
	 * @generated
	 * @ordered
	 */
	protected String courseId = COURSE_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSeats() <em>Seats</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeats()
	 * @generated
	 * @ordered
	 */
	protected EList<YearlyCount> seats;

	/**
	 * The default value of the '{@link #getMonth() <em>Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonth()
	 * @generated
	 * @ordered
	 */
	protected static final int MONTH_EDEFAULT = 5;

	/**
	 * The cached value of the '{@link #getMonth() <em>Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonth()
	 * @generated
	 * @ordered
	 */
	protected int month = MONTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getAllocation() <em>Allocation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllocation()
	 * @generated
	 * @ordered
	 */
	protected static final AllocationPolicy ALLOCATION_EDEFAULT = AllocationPolicy.PRIORITY;

	/**
	 * The cached value of the '{@link #getAllocation() <em>Allocation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllocation()
	 * @generated
	 * @ordered
	 */
	protected AllocationPolicy allocation = ALLOCATION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RegionCourseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JinzaiPackage.Literals.REGION_COURSE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCourseId() {
		return courseId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCourseId(String newCourseId) {
		String oldCourseId = courseId;
		courseId = newCourseId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.REGION_COURSE__COURSE_ID, oldCourseId, courseId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<YearlyCount> getSeats() {
		if (seats == null) {
			seats = new EObjectContainmentEList<YearlyCount>(YearlyCount.class, this, JinzaiPackage.REGION_COURSE__SEATS);
		}
		return seats;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMonth() {
		return month;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMonth(int newMonth) {
		int oldMonth = month;
		month = newMonth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.REGION_COURSE__MONTH, oldMonth, month));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AllocationPolicy getAllocation() {
		return allocation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAllocation(AllocationPolicy newAllocation) {
		AllocationPolicy oldAllocation = allocation;
		allocation = newAllocation == null ? ALLOCATION_EDEFAULT : newAllocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.REGION_COURSE__ALLOCATION, oldAllocation, allocation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case JinzaiPackage.REGION_COURSE__SEATS:
				return ((InternalEList<?>)getSeats()).basicRemove(otherEnd, msgs);
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
			case JinzaiPackage.REGION_COURSE__COURSE_ID:
				return getCourseId();
			case JinzaiPackage.REGION_COURSE__SEATS:
				return getSeats();
			case JinzaiPackage.REGION_COURSE__MONTH:
				return getMonth();
			case JinzaiPackage.REGION_COURSE__ALLOCATION:
				return getAllocation();
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
			case JinzaiPackage.REGION_COURSE__COURSE_ID:
				setCourseId((String)newValue);
				return;
			case JinzaiPackage.REGION_COURSE__SEATS:
				getSeats().clear();
				getSeats().addAll((Collection<? extends YearlyCount>)newValue);
				return;
			case JinzaiPackage.REGION_COURSE__MONTH:
				setMonth((Integer)newValue);
				return;
			case JinzaiPackage.REGION_COURSE__ALLOCATION:
				setAllocation((AllocationPolicy)newValue);
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
			case JinzaiPackage.REGION_COURSE__COURSE_ID:
				setCourseId(COURSE_ID_EDEFAULT);
				return;
			case JinzaiPackage.REGION_COURSE__SEATS:
				getSeats().clear();
				return;
			case JinzaiPackage.REGION_COURSE__MONTH:
				setMonth(MONTH_EDEFAULT);
				return;
			case JinzaiPackage.REGION_COURSE__ALLOCATION:
				setAllocation(ALLOCATION_EDEFAULT);
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
			case JinzaiPackage.REGION_COURSE__COURSE_ID:
				return COURSE_ID_EDEFAULT == null ? courseId != null : !COURSE_ID_EDEFAULT.equals(courseId);
			case JinzaiPackage.REGION_COURSE__SEATS:
				return seats != null && !seats.isEmpty();
			case JinzaiPackage.REGION_COURSE__MONTH:
				return month != MONTH_EDEFAULT;
			case JinzaiPackage.REGION_COURSE__ALLOCATION:
				return allocation != ALLOCATION_EDEFAULT;
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
		result.append(" (courseId: "); //$NON-NLS-1$
		result.append(courseId);
		result.append(", month: "); //$NON-NLS-1$
		result.append(month);
		result.append(", allocation: "); //$NON-NLS-1$
		result.append(allocation);
		result.append(')');
		return result.toString();
	}

} //RegionCourseImpl
