/**
 */
package org.jinzai.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.notify.NotificationChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.jinzai.model.AppointmentPolicy;
import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.Persona;
import org.jinzai.model.RateEstimate;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Appointment Policy</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.impl.AppointmentPolicyImpl#getPersona <em>Persona</em>}</li>
 *   <li>{@link org.jinzai.model.impl.AppointmentPolicyImpl#getPerDepartment <em>Per Department</em>}</li>
 *   <li>{@link org.jinzai.model.impl.AppointmentPolicyImpl#getTotal <em>Total</em>}</li>
 *   <li>{@link org.jinzai.model.impl.AppointmentPolicyImpl#getYearlyAppointments <em>Yearly Appointments</em>}</li>
 *   <li>{@link org.jinzai.model.impl.AppointmentPolicyImpl#getMinAge <em>Min Age</em>}</li>
 *   <li>{@link org.jinzai.model.impl.AppointmentPolicyImpl#getMaxAge <em>Max Age</em>}</li>
 *   <li>{@link org.jinzai.model.impl.AppointmentPolicyImpl#getMinMonthsInPost <em>Min Months In Post</em>}</li>
 *   <li>{@link org.jinzai.model.impl.AppointmentPolicyImpl#getReappointmentProbability <em>Reappointment Probability</em>}</li>
 *   <li>{@link org.jinzai.model.impl.AppointmentPolicyImpl#getReappointmentEstimate <em>Reappointment Estimate</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AppointmentPolicyImpl extends MinimalEObjectImpl.Container implements AppointmentPolicy {
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
	 * The default value of the '{@link #getPerDepartment() <em>Per Department</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerDepartment()
	 * @generated
	 * @ordered
	 */
	protected static final int PER_DEPARTMENT_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getPerDepartment() <em>Per Department</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerDepartment()
	 * @generated
	 * @ordered
	 */
	protected int perDepartment = PER_DEPARTMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getTotal() <em>Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotal()
	 * @generated
	 * @ordered
	 */
	protected static final int TOTAL_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTotal() <em>Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotal()
	 * @generated
	 * @ordered
	 */
	protected int total = TOTAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getYearlyAppointments() <em>Yearly Appointments</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYearlyAppointments()
	 * @generated
	 * @ordered
	 */
	protected static final int YEARLY_APPOINTMENTS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getYearlyAppointments() <em>Yearly Appointments</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYearlyAppointments()
	 * @generated
	 * @ordered
	 */
	protected int yearlyAppointments = YEARLY_APPOINTMENTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinAge() <em>Min Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinAge()
	 * @generated
	 * @ordered
	 */
	protected static final int MIN_AGE_EDEFAULT = 25;

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
	protected static final int MAX_AGE_EDEFAULT = 55;

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
	 * The default value of the '{@link #getMinMonthsInPost() <em>Min Months In Post</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinMonthsInPost()
	 * @generated
	 * @ordered
	 */
	protected static final int MIN_MONTHS_IN_POST_EDEFAULT = 12;

	/**
	 * The cached value of the '{@link #getMinMonthsInPost() <em>Min Months In Post</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinMonthsInPost()
	 * @generated
	 * @ordered
	 */
	protected int minMonthsInPost = MIN_MONTHS_IN_POST_EDEFAULT;

	/**
	 * The default value of the '{@link #getReappointmentProbability() <em>Reappointment Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReappointmentProbability()
	 * @generated
	 * @ordered
	 */
	protected static final double REAPPOINTMENT_PROBABILITY_EDEFAULT = 0.3;

	/**
	 * The cached value of the '{@link #getReappointmentProbability() <em>Reappointment Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReappointmentProbability()
	 * @generated
	 * @ordered
	 */
	protected double reappointmentProbability = REAPPOINTMENT_PROBABILITY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getReappointmentEstimate() <em>Reappointment Estimate</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReappointmentEstimate()
	 * @generated
	 * @ordered
	 */
	protected RateEstimate reappointmentEstimate;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AppointmentPolicyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JinzaiPackage.Literals.APPOINTMENT_POLICY;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, JinzaiPackage.APPOINTMENT_POLICY__PERSONA, oldPersona, persona));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.APPOINTMENT_POLICY__PERSONA, oldPersona, persona));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPerDepartment() {
		return perDepartment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPerDepartment(int newPerDepartment) {
		int oldPerDepartment = perDepartment;
		perDepartment = newPerDepartment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.APPOINTMENT_POLICY__PER_DEPARTMENT, oldPerDepartment, perDepartment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTotal() {
		return total;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTotal(int newTotal) {
		int oldTotal = total;
		total = newTotal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.APPOINTMENT_POLICY__TOTAL, oldTotal, total));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getYearlyAppointments() {
		return yearlyAppointments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYearlyAppointments(int newYearlyAppointments) {
		int oldYearlyAppointments = yearlyAppointments;
		yearlyAppointments = newYearlyAppointments;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.APPOINTMENT_POLICY__YEARLY_APPOINTMENTS, oldYearlyAppointments, yearlyAppointments));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.APPOINTMENT_POLICY__MIN_AGE, oldMinAge, minAge));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.APPOINTMENT_POLICY__MAX_AGE, oldMaxAge, maxAge));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinMonthsInPost() {
		return minMonthsInPost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinMonthsInPost(int newMinMonthsInPost) {
		int oldMinMonthsInPost = minMonthsInPost;
		minMonthsInPost = newMinMonthsInPost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.APPOINTMENT_POLICY__MIN_MONTHS_IN_POST, oldMinMonthsInPost, minMonthsInPost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getReappointmentProbability() {
		return reappointmentProbability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReappointmentProbability(double newReappointmentProbability) {
		double oldReappointmentProbability = reappointmentProbability;
		reappointmentProbability = newReappointmentProbability;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.APPOINTMENT_POLICY__REAPPOINTMENT_PROBABILITY, oldReappointmentProbability, reappointmentProbability));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RateEstimate getReappointmentEstimate() {
		return reappointmentEstimate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetReappointmentEstimate(RateEstimate newReappointmentEstimate, NotificationChain msgs) {
		RateEstimate oldReappointmentEstimate = reappointmentEstimate;
		reappointmentEstimate = newReappointmentEstimate;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, JinzaiPackage.APPOINTMENT_POLICY__REAPPOINTMENT_ESTIMATE, oldReappointmentEstimate, newReappointmentEstimate);
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
	public void setReappointmentEstimate(RateEstimate newReappointmentEstimate) {
		if (newReappointmentEstimate != reappointmentEstimate) {
			NotificationChain msgs = null;
			if (reappointmentEstimate != null)
				msgs = ((InternalEObject)reappointmentEstimate).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - JinzaiPackage.APPOINTMENT_POLICY__REAPPOINTMENT_ESTIMATE, null, msgs);
			if (newReappointmentEstimate != null)
				msgs = ((InternalEObject)newReappointmentEstimate).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - JinzaiPackage.APPOINTMENT_POLICY__REAPPOINTMENT_ESTIMATE, null, msgs);
			msgs = basicSetReappointmentEstimate(newReappointmentEstimate, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.APPOINTMENT_POLICY__REAPPOINTMENT_ESTIMATE, newReappointmentEstimate, newReappointmentEstimate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case JinzaiPackage.APPOINTMENT_POLICY__REAPPOINTMENT_ESTIMATE:
				return basicSetReappointmentEstimate(null, msgs);
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
			case JinzaiPackage.APPOINTMENT_POLICY__PERSONA:
				if (resolve) return getPersona();
				return basicGetPersona();
			case JinzaiPackage.APPOINTMENT_POLICY__PER_DEPARTMENT:
				return getPerDepartment();
			case JinzaiPackage.APPOINTMENT_POLICY__TOTAL:
				return getTotal();
			case JinzaiPackage.APPOINTMENT_POLICY__YEARLY_APPOINTMENTS:
				return getYearlyAppointments();
			case JinzaiPackage.APPOINTMENT_POLICY__MIN_AGE:
				return getMinAge();
			case JinzaiPackage.APPOINTMENT_POLICY__MAX_AGE:
				return getMaxAge();
			case JinzaiPackage.APPOINTMENT_POLICY__MIN_MONTHS_IN_POST:
				return getMinMonthsInPost();
			case JinzaiPackage.APPOINTMENT_POLICY__REAPPOINTMENT_PROBABILITY:
				return getReappointmentProbability();
			case JinzaiPackage.APPOINTMENT_POLICY__REAPPOINTMENT_ESTIMATE:
				return getReappointmentEstimate();
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
			case JinzaiPackage.APPOINTMENT_POLICY__PERSONA:
				setPersona((Persona)newValue);
				return;
			case JinzaiPackage.APPOINTMENT_POLICY__PER_DEPARTMENT:
				setPerDepartment((Integer)newValue);
				return;
			case JinzaiPackage.APPOINTMENT_POLICY__TOTAL:
				setTotal((Integer)newValue);
				return;
			case JinzaiPackage.APPOINTMENT_POLICY__YEARLY_APPOINTMENTS:
				setYearlyAppointments((Integer)newValue);
				return;
			case JinzaiPackage.APPOINTMENT_POLICY__MIN_AGE:
				setMinAge((Integer)newValue);
				return;
			case JinzaiPackage.APPOINTMENT_POLICY__MAX_AGE:
				setMaxAge((Integer)newValue);
				return;
			case JinzaiPackage.APPOINTMENT_POLICY__MIN_MONTHS_IN_POST:
				setMinMonthsInPost((Integer)newValue);
				return;
			case JinzaiPackage.APPOINTMENT_POLICY__REAPPOINTMENT_PROBABILITY:
				setReappointmentProbability((Double)newValue);
				return;
			case JinzaiPackage.APPOINTMENT_POLICY__REAPPOINTMENT_ESTIMATE:
				setReappointmentEstimate((RateEstimate)newValue);
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
			case JinzaiPackage.APPOINTMENT_POLICY__PERSONA:
				setPersona((Persona)null);
				return;
			case JinzaiPackage.APPOINTMENT_POLICY__PER_DEPARTMENT:
				setPerDepartment(PER_DEPARTMENT_EDEFAULT);
				return;
			case JinzaiPackage.APPOINTMENT_POLICY__TOTAL:
				setTotal(TOTAL_EDEFAULT);
				return;
			case JinzaiPackage.APPOINTMENT_POLICY__YEARLY_APPOINTMENTS:
				setYearlyAppointments(YEARLY_APPOINTMENTS_EDEFAULT);
				return;
			case JinzaiPackage.APPOINTMENT_POLICY__MIN_AGE:
				setMinAge(MIN_AGE_EDEFAULT);
				return;
			case JinzaiPackage.APPOINTMENT_POLICY__MAX_AGE:
				setMaxAge(MAX_AGE_EDEFAULT);
				return;
			case JinzaiPackage.APPOINTMENT_POLICY__MIN_MONTHS_IN_POST:
				setMinMonthsInPost(MIN_MONTHS_IN_POST_EDEFAULT);
				return;
			case JinzaiPackage.APPOINTMENT_POLICY__REAPPOINTMENT_PROBABILITY:
				setReappointmentProbability(REAPPOINTMENT_PROBABILITY_EDEFAULT);
				return;
			case JinzaiPackage.APPOINTMENT_POLICY__REAPPOINTMENT_ESTIMATE:
				setReappointmentEstimate((RateEstimate)null);
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
			case JinzaiPackage.APPOINTMENT_POLICY__PERSONA:
				return persona != null;
			case JinzaiPackage.APPOINTMENT_POLICY__PER_DEPARTMENT:
				return perDepartment != PER_DEPARTMENT_EDEFAULT;
			case JinzaiPackage.APPOINTMENT_POLICY__TOTAL:
				return total != TOTAL_EDEFAULT;
			case JinzaiPackage.APPOINTMENT_POLICY__YEARLY_APPOINTMENTS:
				return yearlyAppointments != YEARLY_APPOINTMENTS_EDEFAULT;
			case JinzaiPackage.APPOINTMENT_POLICY__MIN_AGE:
				return minAge != MIN_AGE_EDEFAULT;
			case JinzaiPackage.APPOINTMENT_POLICY__MAX_AGE:
				return maxAge != MAX_AGE_EDEFAULT;
			case JinzaiPackage.APPOINTMENT_POLICY__MIN_MONTHS_IN_POST:
				return minMonthsInPost != MIN_MONTHS_IN_POST_EDEFAULT;
			case JinzaiPackage.APPOINTMENT_POLICY__REAPPOINTMENT_PROBABILITY:
				return reappointmentProbability != REAPPOINTMENT_PROBABILITY_EDEFAULT;
			case JinzaiPackage.APPOINTMENT_POLICY__REAPPOINTMENT_ESTIMATE:
				return reappointmentEstimate != null;
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
		result.append(" (perDepartment: "); //$NON-NLS-1$
		result.append(perDepartment);
		result.append(", total: "); //$NON-NLS-1$
		result.append(total);
		result.append(", yearlyAppointments: "); //$NON-NLS-1$
		result.append(yearlyAppointments);
		result.append(", minAge: "); //$NON-NLS-1$
		result.append(minAge);
		result.append(", maxAge: "); //$NON-NLS-1$
		result.append(maxAge);
		result.append(", minMonthsInPost: "); //$NON-NLS-1$
		result.append(minMonthsInPost);
		result.append(", reappointmentProbability: "); //$NON-NLS-1$
		result.append(reappointmentProbability);
		result.append(')');
		return result.toString();
	}

} //AppointmentPolicyImpl
