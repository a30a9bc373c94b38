/**
 */
package org.jinzai.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.LeadMonthsCriterion;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Lead Months Criterion</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.impl.LeadMonthsCriterionImpl#getMinimumMonths <em>Minimum Months</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LeadMonthsCriterionImpl extends StepCriterionImpl implements LeadMonthsCriterion {
	/**
	 * The default value of the '{@link #getMinimumMonths() <em>Minimum Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumMonths()
	 * @generated
	 * @ordered
	 */
	protected static final int MINIMUM_MONTHS_EDEFAULT = 12;

	/**
	 * The cached value of the '{@link #getMinimumMonths() <em>Minimum Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumMonths()
	 * @generated
	 * @ordered
	 */
	protected int minimumMonths = MINIMUM_MONTHS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LeadMonthsCriterionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JinzaiPackage.Literals.LEAD_MONTHS_CRITERION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinimumMonths() {
		return minimumMonths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinimumMonths(int newMinimumMonths) {
		int oldMinimumMonths = minimumMonths;
		minimumMonths = newMinimumMonths;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.LEAD_MONTHS_CRITERION__MINIMUM_MONTHS, oldMinimumMonths, minimumMonths));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case JinzaiPackage.LEAD_MONTHS_CRITERION__MINIMUM_MONTHS:
				return getMinimumMonths();
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
			case JinzaiPackage.LEAD_MONTHS_CRITERION__MINIMUM_MONTHS:
				setMinimumMonths((Integer)newValue);
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
			case JinzaiPackage.LEAD_MONTHS_CRITERION__MINIMUM_MONTHS:
				setMinimumMonths(MINIMUM_MONTHS_EDEFAULT);
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
			case JinzaiPackage.LEAD_MONTHS_CRITERION__MINIMUM_MONTHS:
				return minimumMonths != MINIMUM_MONTHS_EDEFAULT;
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
		result.append(" (minimumMonths: "); //$NON-NLS-1$
		result.append(minimumMonths);
		result.append(')');
		return result.toString();
	}

} //LeadMonthsCriterionImpl
