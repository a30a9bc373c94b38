/**
 */
package org.jinzai.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.notify.NotificationChain;
import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.jinzai.model.AttritionRate;
import org.jinzai.model.EmploymentType;
import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.RateEstimate;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Attrition Rate</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.impl.AttritionRateImpl#getMinAge <em>Min Age</em>}</li>
 *   <li>{@link org.jinzai.model.impl.AttritionRateImpl#getMaxAge <em>Max Age</em>}</li>
 *   <li>{@link org.jinzai.model.impl.AttritionRateImpl#getEmploymentType <em>Employment Type</em>}</li>
 *   <li>{@link org.jinzai.model.impl.AttritionRateImpl#getYearlyRate <em>Yearly Rate</em>}</li>
 *   <li>{@link org.jinzai.model.impl.AttritionRateImpl#getEstimate <em>Estimate</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AttritionRateImpl extends MinimalEObjectImpl.Container implements AttritionRate {
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
	 * The default value of the '{@link #getYearlyRate() <em>Yearly Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYearlyRate()
	 * @generated
	 * @ordered
	 */
	protected static final double YEARLY_RATE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getYearlyRate() <em>Yearly Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYearlyRate()
	 * @generated
	 * @ordered
	 */
	protected double yearlyRate = YEARLY_RATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEstimate() <em>Estimate</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstimate()
	 * @generated
	 * @ordered
	 */
	protected RateEstimate estimate;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AttritionRateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JinzaiPackage.Literals.ATTRITION_RATE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.ATTRITION_RATE__MIN_AGE, oldMinAge, minAge));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.ATTRITION_RATE__MAX_AGE, oldMaxAge, maxAge));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.ATTRITION_RATE__EMPLOYMENT_TYPE, oldEmploymentType, employmentType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getYearlyRate() {
		return yearlyRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYearlyRate(double newYearlyRate) {
		double oldYearlyRate = yearlyRate;
		yearlyRate = newYearlyRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.ATTRITION_RATE__YEARLY_RATE, oldYearlyRate, yearlyRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RateEstimate getEstimate() {
		return estimate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetEstimate(RateEstimate newEstimate, NotificationChain msgs) {
		RateEstimate oldEstimate = estimate;
		estimate = newEstimate;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, JinzaiPackage.ATTRITION_RATE__ESTIMATE, oldEstimate, newEstimate);
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
	public void setEstimate(RateEstimate newEstimate) {
		if (newEstimate != estimate) {
			NotificationChain msgs = null;
			if (estimate != null)
				msgs = ((InternalEObject)estimate).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - JinzaiPackage.ATTRITION_RATE__ESTIMATE, null, msgs);
			if (newEstimate != null)
				msgs = ((InternalEObject)newEstimate).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - JinzaiPackage.ATTRITION_RATE__ESTIMATE, null, msgs);
			msgs = basicSetEstimate(newEstimate, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.ATTRITION_RATE__ESTIMATE, newEstimate, newEstimate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case JinzaiPackage.ATTRITION_RATE__ESTIMATE:
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
			case JinzaiPackage.ATTRITION_RATE__MIN_AGE:
				return getMinAge();
			case JinzaiPackage.ATTRITION_RATE__MAX_AGE:
				return getMaxAge();
			case JinzaiPackage.ATTRITION_RATE__EMPLOYMENT_TYPE:
				return getEmploymentType();
			case JinzaiPackage.ATTRITION_RATE__YEARLY_RATE:
				return getYearlyRate();
			case JinzaiPackage.ATTRITION_RATE__ESTIMATE:
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
			case JinzaiPackage.ATTRITION_RATE__MIN_AGE:
				setMinAge((Integer)newValue);
				return;
			case JinzaiPackage.ATTRITION_RATE__MAX_AGE:
				setMaxAge((Integer)newValue);
				return;
			case JinzaiPackage.ATTRITION_RATE__EMPLOYMENT_TYPE:
				setEmploymentType((EmploymentType)newValue);
				return;
			case JinzaiPackage.ATTRITION_RATE__YEARLY_RATE:
				setYearlyRate((Double)newValue);
				return;
			case JinzaiPackage.ATTRITION_RATE__ESTIMATE:
				setEstimate((RateEstimate)newValue);
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
			case JinzaiPackage.ATTRITION_RATE__MIN_AGE:
				setMinAge(MIN_AGE_EDEFAULT);
				return;
			case JinzaiPackage.ATTRITION_RATE__MAX_AGE:
				setMaxAge(MAX_AGE_EDEFAULT);
				return;
			case JinzaiPackage.ATTRITION_RATE__EMPLOYMENT_TYPE:
				setEmploymentType(EMPLOYMENT_TYPE_EDEFAULT);
				return;
			case JinzaiPackage.ATTRITION_RATE__YEARLY_RATE:
				setYearlyRate(YEARLY_RATE_EDEFAULT);
				return;
			case JinzaiPackage.ATTRITION_RATE__ESTIMATE:
				setEstimate((RateEstimate)null);
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
			case JinzaiPackage.ATTRITION_RATE__MIN_AGE:
				return minAge != MIN_AGE_EDEFAULT;
			case JinzaiPackage.ATTRITION_RATE__MAX_AGE:
				return maxAge != MAX_AGE_EDEFAULT;
			case JinzaiPackage.ATTRITION_RATE__EMPLOYMENT_TYPE:
				return employmentType != EMPLOYMENT_TYPE_EDEFAULT;
			case JinzaiPackage.ATTRITION_RATE__YEARLY_RATE:
				return yearlyRate != YEARLY_RATE_EDEFAULT;
			case JinzaiPackage.ATTRITION_RATE__ESTIMATE:
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
		result.append(" (minAge: "); //$NON-NLS-1$
		result.append(minAge);
		result.append(", maxAge: "); //$NON-NLS-1$
		result.append(maxAge);
		result.append(", employmentType: "); //$NON-NLS-1$
		result.append(employmentType);
		result.append(", yearlyRate: "); //$NON-NLS-1$
		result.append(yearlyRate);
		result.append(')');
		return result.toString();
	}

} //AttritionRateImpl
