/**
 */
package org.jinzai.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.notify.NotificationChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.jinzai.model.Course;
import org.jinzai.model.CourseSeats;
import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.Persona;
import org.jinzai.model.UptakeEstimate;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Course Seats</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.impl.CourseSeatsImpl#getCourse <em>Course</em>}</li>
 *   <li>{@link org.jinzai.model.impl.CourseSeatsImpl#getFiscalYear <em>Fiscal Year</em>}</li>
 *   <li>{@link org.jinzai.model.impl.CourseSeatsImpl#getSeats <em>Seats</em>}</li>
 *   <li>{@link org.jinzai.model.impl.CourseSeatsImpl#getMonth <em>Month</em>}</li>
 *   <li>{@link org.jinzai.model.impl.CourseSeatsImpl#getPriorityPersona <em>Priority Persona</em>}</li>
 *   <li>{@link org.jinzai.model.impl.CourseSeatsImpl#getEstimate <em>Estimate</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CourseSeatsImpl extends MinimalEObjectImpl.Container implements CourseSeats {
	/**
	 * The cached value of the '{@link #getCourse() <em>Course</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCourse()
	 * @generated
	 * @ordered
	 */
	protected Course course;

	/**
	 * The default value of the '{@link #getFiscalYear() <em>Fiscal Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFiscalYear()
	 * @generated
	 * @ordered
	 */
	protected static final int FISCAL_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFiscalYear() <em>Fiscal Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFiscalYear()
	 * @generated
	 * @ordered
	 */
	protected int fiscalYear = FISCAL_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeats() <em>Seats</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeats()
	 * @generated
	 * @ordered
	 */
	protected static final int SEATS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSeats() <em>Seats</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeats()
	 * @generated
	 * @ordered
	 */
	protected int seats = SEATS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMonth() <em>Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonth()
	 * @generated
	 * @ordered
	 */
	protected static final int MONTH_EDEFAULT = 6;

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
	 * The cached value of the '{@link #getPriorityPersona() <em>Priority Persona</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriorityPersona()
	 * @generated
	 * @ordered
	 */
	protected Persona priorityPersona;

	/**
	 * The cached value of the '{@link #getEstimate() <em>Estimate</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstimate()
	 * @generated
	 * @ordered
	 */
	protected UptakeEstimate estimate;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CourseSeatsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JinzaiPackage.Literals.COURSE_SEATS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Course getCourse() {
		if (course != null && course.eIsProxy()) {
			InternalEObject oldCourse = (InternalEObject)course;
			course = (Course)eResolveProxy(oldCourse);
			if (course != oldCourse) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, JinzaiPackage.COURSE_SEATS__COURSE, oldCourse, course));
			}
		}
		return course;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Course basicGetCourse() {
		return course;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCourse(Course newCourse) {
		Course oldCourse = course;
		course = newCourse;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.COURSE_SEATS__COURSE, oldCourse, course));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFiscalYear() {
		return fiscalYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFiscalYear(int newFiscalYear) {
		int oldFiscalYear = fiscalYear;
		fiscalYear = newFiscalYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.COURSE_SEATS__FISCAL_YEAR, oldFiscalYear, fiscalYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSeats() {
		return seats;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeats(int newSeats) {
		int oldSeats = seats;
		seats = newSeats;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.COURSE_SEATS__SEATS, oldSeats, seats));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.COURSE_SEATS__MONTH, oldMonth, month));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Persona getPriorityPersona() {
		if (priorityPersona != null && priorityPersona.eIsProxy()) {
			InternalEObject oldPriorityPersona = (InternalEObject)priorityPersona;
			priorityPersona = (Persona)eResolveProxy(oldPriorityPersona);
			if (priorityPersona != oldPriorityPersona) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, JinzaiPackage.COURSE_SEATS__PRIORITY_PERSONA, oldPriorityPersona, priorityPersona));
			}
		}
		return priorityPersona;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Persona basicGetPriorityPersona() {
		return priorityPersona;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPriorityPersona(Persona newPriorityPersona) {
		Persona oldPriorityPersona = priorityPersona;
		priorityPersona = newPriorityPersona;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.COURSE_SEATS__PRIORITY_PERSONA, oldPriorityPersona, priorityPersona));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UptakeEstimate getEstimate() {
		return estimate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetEstimate(UptakeEstimate newEstimate, NotificationChain msgs) {
		UptakeEstimate oldEstimate = estimate;
		estimate = newEstimate;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, JinzaiPackage.COURSE_SEATS__ESTIMATE, oldEstimate, newEstimate);
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
	public void setEstimate(UptakeEstimate newEstimate) {
		if (newEstimate != estimate) {
			NotificationChain msgs = null;
			if (estimate != null)
				msgs = ((InternalEObject)estimate).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - JinzaiPackage.COURSE_SEATS__ESTIMATE, null, msgs);
			if (newEstimate != null)
				msgs = ((InternalEObject)newEstimate).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - JinzaiPackage.COURSE_SEATS__ESTIMATE, null, msgs);
			msgs = basicSetEstimate(newEstimate, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.COURSE_SEATS__ESTIMATE, newEstimate, newEstimate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case JinzaiPackage.COURSE_SEATS__ESTIMATE:
				return basicSetEstimate(null, msgs);
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
			case JinzaiPackage.COURSE_SEATS__COURSE:
				if (resolve) return getCourse();
				return basicGetCourse();
			case JinzaiPackage.COURSE_SEATS__FISCAL_YEAR:
				return getFiscalYear();
			case JinzaiPackage.COURSE_SEATS__SEATS:
				return getSeats();
			case JinzaiPackage.COURSE_SEATS__MONTH:
				return getMonth();
			case JinzaiPackage.COURSE_SEATS__PRIORITY_PERSONA:
				if (resolve) return getPriorityPersona();
				return basicGetPriorityPersona();
			case JinzaiPackage.COURSE_SEATS__ESTIMATE:
				return getEstimate();
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
			case JinzaiPackage.COURSE_SEATS__COURSE:
				setCourse((Course)newValue);
				return;
			case JinzaiPackage.COURSE_SEATS__FISCAL_YEAR:
				setFiscalYear((Integer)newValue);
				return;
			case JinzaiPackage.COURSE_SEATS__SEATS:
				setSeats((Integer)newValue);
				return;
			case JinzaiPackage.COURSE_SEATS__MONTH:
				setMonth((Integer)newValue);
				return;
			case JinzaiPackage.COURSE_SEATS__PRIORITY_PERSONA:
				setPriorityPersona((Persona)newValue);
				return;
			case JinzaiPackage.COURSE_SEATS__ESTIMATE:
				setEstimate((UptakeEstimate)newValue);
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
			case JinzaiPackage.COURSE_SEATS__COURSE:
				setCourse((Course)null);
				return;
			case JinzaiPackage.COURSE_SEATS__FISCAL_YEAR:
				setFiscalYear(FISCAL_YEAR_EDEFAULT);
				return;
			case JinzaiPackage.COURSE_SEATS__SEATS:
				setSeats(SEATS_EDEFAULT);
				return;
			case JinzaiPackage.COURSE_SEATS__MONTH:
				setMonth(MONTH_EDEFAULT);
				return;
			case JinzaiPackage.COURSE_SEATS__PRIORITY_PERSONA:
				setPriorityPersona((Persona)null);
				return;
			case JinzaiPackage.COURSE_SEATS__ESTIMATE:
				setEstimate((UptakeEstimate)null);
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
			case JinzaiPackage.COURSE_SEATS__COURSE:
				return course != null;
			case JinzaiPackage.COURSE_SEATS__FISCAL_YEAR:
				return fiscalYear != FISCAL_YEAR_EDEFAULT;
			case JinzaiPackage.COURSE_SEATS__SEATS:
				return seats != SEATS_EDEFAULT;
			case JinzaiPackage.COURSE_SEATS__MONTH:
				return month != MONTH_EDEFAULT;
			case JinzaiPackage.COURSE_SEATS__PRIORITY_PERSONA:
				return priorityPersona != null;
			case JinzaiPackage.COURSE_SEATS__ESTIMATE:
				return estimate != null;
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
		result.append(" (fiscalYear: "); //$NON-NLS-1$
		result.append(fiscalYear);
		result.append(", seats: "); //$NON-NLS-1$
		result.append(seats);
		result.append(", month: "); //$NON-NLS-1$
		result.append(month);
		result.append(')');
		return result.toString();
	}

} //CourseSeatsImpl
