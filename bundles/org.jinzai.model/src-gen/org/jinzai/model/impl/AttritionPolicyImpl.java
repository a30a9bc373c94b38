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

import org.jinzai.model.AttritionPolicy;
import org.jinzai.model.AttritionRate;
import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.RetirementAge;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Attrition Policy</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.impl.AttritionPolicyImpl#getRates <em>Rates</em>}</li>
 *   <li>{@link org.jinzai.model.impl.AttritionPolicyImpl#getSpecialistWithoutTrackMultiplier <em>Specialist Without Track Multiplier</em>}</li>
 *   <li>{@link org.jinzai.model.impl.AttritionPolicyImpl#getRetirementAges <em>Retirement Ages</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AttritionPolicyImpl extends MinimalEObjectImpl.Container implements AttritionPolicy {
	/**
	 * The cached value of the '{@link #getRates() <em>Rates</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRates()
	 * @generated
	 * @ordered
	 */
	protected EList<AttritionRate> rates;

	/**
	 * The default value of the '{@link #getSpecialistWithoutTrackMultiplier() <em>Specialist Without Track Multiplier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpecialistWithoutTrackMultiplier()
	 * @generated
	 * @ordered
	 */
	protected static final double SPECIALIST_WITHOUT_TRACK_MULTIPLIER_EDEFAULT = 1.5;

	/**
	 * The cached value of the '{@link #getSpecialistWithoutTrackMultiplier() <em>Specialist Without Track Multiplier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpecialistWithoutTrackMultiplier()
	 * @generated
	 * @ordered
	 */
	protected double specialistWithoutTrackMultiplier = SPECIALIST_WITHOUT_TRACK_MULTIPLIER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRetirementAges() <em>Retirement Ages</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetirementAges()
	 * @generated
	 * @ordered
	 */
	protected EList<RetirementAge> retirementAges;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AttritionPolicyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JinzaiPackage.Literals.ATTRITION_POLICY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AttritionRate> getRates() {
		if (rates == null) {
			rates = new EObjectContainmentEList<AttritionRate>(AttritionRate.class, this, JinzaiPackage.ATTRITION_POLICY__RATES);
		}
		return rates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSpecialistWithoutTrackMultiplier() {
		return specialistWithoutTrackMultiplier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpecialistWithoutTrackMultiplier(double newSpecialistWithoutTrackMultiplier) {
		double oldSpecialistWithoutTrackMultiplier = specialistWithoutTrackMultiplier;
		specialistWithoutTrackMultiplier = newSpecialistWithoutTrackMultiplier;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.ATTRITION_POLICY__SPECIALIST_WITHOUT_TRACK_MULTIPLIER, oldSpecialistWithoutTrackMultiplier, specialistWithoutTrackMultiplier));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RetirementAge> getRetirementAges() {
		if (retirementAges == null) {
			retirementAges = new EObjectContainmentEList<RetirementAge>(RetirementAge.class, this, JinzaiPackage.ATTRITION_POLICY__RETIREMENT_AGES);
		}
		return retirementAges;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case JinzaiPackage.ATTRITION_POLICY__RATES:
				return ((InternalEList<?>)getRates()).basicRemove(otherEnd, msgs);
			case JinzaiPackage.ATTRITION_POLICY__RETIREMENT_AGES:
				return ((InternalEList<?>)getRetirementAges()).basicRemove(otherEnd, msgs);
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
			case JinzaiPackage.ATTRITION_POLICY__RATES:
				return getRates();
			case JinzaiPackage.ATTRITION_POLICY__SPECIALIST_WITHOUT_TRACK_MULTIPLIER:
				return getSpecialistWithoutTrackMultiplier();
			case JinzaiPackage.ATTRITION_POLICY__RETIREMENT_AGES:
				return getRetirementAges();
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
			case JinzaiPackage.ATTRITION_POLICY__RATES:
				getRates().clear();
				getRates().addAll((Collection<? extends AttritionRate>)newValue);
				return;
			case JinzaiPackage.ATTRITION_POLICY__SPECIALIST_WITHOUT_TRACK_MULTIPLIER:
				setSpecialistWithoutTrackMultiplier((Double)newValue);
				return;
			case JinzaiPackage.ATTRITION_POLICY__RETIREMENT_AGES:
				getRetirementAges().clear();
				getRetirementAges().addAll((Collection<? extends RetirementAge>)newValue);
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
			case JinzaiPackage.ATTRITION_POLICY__RATES:
				getRates().clear();
				return;
			case JinzaiPackage.ATTRITION_POLICY__SPECIALIST_WITHOUT_TRACK_MULTIPLIER:
				setSpecialistWithoutTrackMultiplier(SPECIALIST_WITHOUT_TRACK_MULTIPLIER_EDEFAULT);
				return;
			case JinzaiPackage.ATTRITION_POLICY__RETIREMENT_AGES:
				getRetirementAges().clear();
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
			case JinzaiPackage.ATTRITION_POLICY__RATES:
				return rates != null && !rates.isEmpty();
			case JinzaiPackage.ATTRITION_POLICY__SPECIALIST_WITHOUT_TRACK_MULTIPLIER:
				return specialistWithoutTrackMultiplier != SPECIALIST_WITHOUT_TRACK_MULTIPLIER_EDEFAULT;
			case JinzaiPackage.ATTRITION_POLICY__RETIREMENT_AGES:
				return retirementAges != null && !retirementAges.isEmpty();
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
		result.append(" (specialistWithoutTrackMultiplier: "); //$NON-NLS-1$
		result.append(specialistWithoutTrackMultiplier);
		result.append(')');
		return result.toString();
	}

} //AttritionPolicyImpl
