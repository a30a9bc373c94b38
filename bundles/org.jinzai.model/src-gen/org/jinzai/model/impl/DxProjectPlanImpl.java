/**
 */
package org.jinzai.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.jinzai.model.Department;
import org.jinzai.model.DxProjectPlan;
import org.jinzai.model.JinzaiPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Dx Project Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.impl.DxProjectPlanImpl#getDepartment <em>Department</em>}</li>
 *   <li>{@link org.jinzai.model.impl.DxProjectPlanImpl#getFiscalYear <em>Fiscal Year</em>}</li>
 *   <li>{@link org.jinzai.model.impl.DxProjectPlanImpl#getCount <em>Count</em>}</li>
 *   <li>{@link org.jinzai.model.impl.DxProjectPlanImpl#getDurationMonths <em>Duration Months</em>}</li>
 *   <li>{@link org.jinzai.model.impl.DxProjectPlanImpl#getLeadSeats <em>Lead Seats</em>}</li>
 *   <li>{@link org.jinzai.model.impl.DxProjectPlanImpl#getStartMonth <em>Start Month</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DxProjectPlanImpl extends MinimalEObjectImpl.Container implements DxProjectPlan {
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
	 * The default value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected static final int COUNT_EDEFAULT = 1;

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
	 * The default value of the '{@link #getDurationMonths() <em>Duration Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationMonths()
	 * @generated
	 * @ordered
	 */
	protected static final int DURATION_MONTHS_EDEFAULT = 12;

	/**
	 * The cached value of the '{@link #getDurationMonths() <em>Duration Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationMonths()
	 * @generated
	 * @ordered
	 */
	protected int durationMonths = DURATION_MONTHS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLeadSeats() <em>Lead Seats</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeadSeats()
	 * @generated
	 * @ordered
	 */
	protected static final int LEAD_SEATS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getLeadSeats() <em>Lead Seats</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeadSeats()
	 * @generated
	 * @ordered
	 */
	protected int leadSeats = LEAD_SEATS_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartMonth() <em>Start Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartMonth()
	 * @generated
	 * @ordered
	 */
	protected static final int START_MONTH_EDEFAULT = 4;

	/**
	 * The cached value of the '{@link #getStartMonth() <em>Start Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartMonth()
	 * @generated
	 * @ordered
	 */
	protected int startMonth = START_MONTH_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DxProjectPlanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JinzaiPackage.Literals.DX_PROJECT_PLAN;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, JinzaiPackage.DX_PROJECT_PLAN__DEPARTMENT, oldDepartment, department));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.DX_PROJECT_PLAN__DEPARTMENT, oldDepartment, department));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.DX_PROJECT_PLAN__FISCAL_YEAR, oldFiscalYear, fiscalYear));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.DX_PROJECT_PLAN__COUNT, oldCount, count));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDurationMonths() {
		return durationMonths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDurationMonths(int newDurationMonths) {
		int oldDurationMonths = durationMonths;
		durationMonths = newDurationMonths;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.DX_PROJECT_PLAN__DURATION_MONTHS, oldDurationMonths, durationMonths));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLeadSeats() {
		return leadSeats;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLeadSeats(int newLeadSeats) {
		int oldLeadSeats = leadSeats;
		leadSeats = newLeadSeats;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.DX_PROJECT_PLAN__LEAD_SEATS, oldLeadSeats, leadSeats));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStartMonth() {
		return startMonth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartMonth(int newStartMonth) {
		int oldStartMonth = startMonth;
		startMonth = newStartMonth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.DX_PROJECT_PLAN__START_MONTH, oldStartMonth, startMonth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case JinzaiPackage.DX_PROJECT_PLAN__DEPARTMENT:
				if (resolve) return getDepartment();
				return basicGetDepartment();
			case JinzaiPackage.DX_PROJECT_PLAN__FISCAL_YEAR:
				return getFiscalYear();
			case JinzaiPackage.DX_PROJECT_PLAN__COUNT:
				return getCount();
			case JinzaiPackage.DX_PROJECT_PLAN__DURATION_MONTHS:
				return getDurationMonths();
			case JinzaiPackage.DX_PROJECT_PLAN__LEAD_SEATS:
				return getLeadSeats();
			case JinzaiPackage.DX_PROJECT_PLAN__START_MONTH:
				return getStartMonth();
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
			case JinzaiPackage.DX_PROJECT_PLAN__DEPARTMENT:
				setDepartment((Department)newValue);
				return;
			case JinzaiPackage.DX_PROJECT_PLAN__FISCAL_YEAR:
				setFiscalYear((Integer)newValue);
				return;
			case JinzaiPackage.DX_PROJECT_PLAN__COUNT:
				setCount((Integer)newValue);
				return;
			case JinzaiPackage.DX_PROJECT_PLAN__DURATION_MONTHS:
				setDurationMonths((Integer)newValue);
				return;
			case JinzaiPackage.DX_PROJECT_PLAN__LEAD_SEATS:
				setLeadSeats((Integer)newValue);
				return;
			case JinzaiPackage.DX_PROJECT_PLAN__START_MONTH:
				setStartMonth((Integer)newValue);
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
			case JinzaiPackage.DX_PROJECT_PLAN__DEPARTMENT:
				setDepartment((Department)null);
				return;
			case JinzaiPackage.DX_PROJECT_PLAN__FISCAL_YEAR:
				setFiscalYear(FISCAL_YEAR_EDEFAULT);
				return;
			case JinzaiPackage.DX_PROJECT_PLAN__COUNT:
				setCount(COUNT_EDEFAULT);
				return;
			case JinzaiPackage.DX_PROJECT_PLAN__DURATION_MONTHS:
				setDurationMonths(DURATION_MONTHS_EDEFAULT);
				return;
			case JinzaiPackage.DX_PROJECT_PLAN__LEAD_SEATS:
				setLeadSeats(LEAD_SEATS_EDEFAULT);
				return;
			case JinzaiPackage.DX_PROJECT_PLAN__START_MONTH:
				setStartMonth(START_MONTH_EDEFAULT);
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
			case JinzaiPackage.DX_PROJECT_PLAN__DEPARTMENT:
				return department != null;
			case JinzaiPackage.DX_PROJECT_PLAN__FISCAL_YEAR:
				return fiscalYear != FISCAL_YEAR_EDEFAULT;
			case JinzaiPackage.DX_PROJECT_PLAN__COUNT:
				return count != COUNT_EDEFAULT;
			case JinzaiPackage.DX_PROJECT_PLAN__DURATION_MONTHS:
				return durationMonths != DURATION_MONTHS_EDEFAULT;
			case JinzaiPackage.DX_PROJECT_PLAN__LEAD_SEATS:
				return leadSeats != LEAD_SEATS_EDEFAULT;
			case JinzaiPackage.DX_PROJECT_PLAN__START_MONTH:
				return startMonth != START_MONTH_EDEFAULT;
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
		result.append(", count: "); //$NON-NLS-1$
		result.append(count);
		result.append(", durationMonths: "); //$NON-NLS-1$
		result.append(durationMonths);
		result.append(", leadSeats: "); //$NON-NLS-1$
		result.append(leadSeats);
		result.append(", startMonth: "); //$NON-NLS-1$
		result.append(startMonth);
		result.append(')');
		return result.toString();
	}

} //DxProjectPlanImpl
