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
import org.jinzai.model.CostSharing;
import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.Pool;
import org.jinzai.model.YearlyCount;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pool</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.impl.PoolImpl#getInitialStaff <em>Initial Staff</em>}</li>
 *   <li>{@link org.jinzai.model.impl.PoolImpl#getDaysPerWeek <em>Days Per Week</em>}</li>
 *   <li>{@link org.jinzai.model.impl.PoolImpl#getHires <em>Hires</em>}</li>
 *   <li>{@link org.jinzai.model.impl.PoolImpl#getHireMonth <em>Hire Month</em>}</li>
 *   <li>{@link org.jinzai.model.impl.PoolImpl#getFillProbability <em>Fill Probability</em>}</li>
 *   <li>{@link org.jinzai.model.impl.PoolImpl#getTermYears <em>Term Years</em>}</li>
 *   <li>{@link org.jinzai.model.impl.PoolImpl#getYearlyAttrition <em>Yearly Attrition</em>}</li>
 *   <li>{@link org.jinzai.model.impl.PoolImpl#getCostPerPersonYear <em>Cost Per Person Year</em>}</li>
 *   <li>{@link org.jinzai.model.impl.PoolImpl#getStep <em>Step</em>}</li>
 *   <li>{@link org.jinzai.model.impl.PoolImpl#getAllocation <em>Allocation</em>}</li>
 *   <li>{@link org.jinzai.model.impl.PoolImpl#getPrefectureShare <em>Prefecture Share</em>}</li>
 *   <li>{@link org.jinzai.model.impl.PoolImpl#getMemberSharing <em>Member Sharing</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PoolImpl extends NamedElementImpl implements Pool {
	/**
	 * The default value of the '{@link #getInitialStaff() <em>Initial Staff</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitialStaff()
	 * @generated
	 * @ordered
	 */
	protected static final int INITIAL_STAFF_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getInitialStaff() <em>Initial Staff</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitialStaff()
	 * @generated
	 * @ordered
	 */
	protected int initialStaff = INITIAL_STAFF_EDEFAULT;

	/**
	 * The default value of the '{@link #getDaysPerWeek() <em>Days Per Week</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDaysPerWeek()
	 * @generated
	 * @ordered
	 */
	protected static final int DAYS_PER_WEEK_EDEFAULT = 5;

	/**
	 * The cached value of the '{@link #getDaysPerWeek() <em>Days Per Week</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDaysPerWeek()
	 * @generated
	 * @ordered
	 */
	protected int daysPerWeek = DAYS_PER_WEEK_EDEFAULT;

	/**
	 * The cached value of the '{@link #getHires() <em>Hires</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHires()
	 * @generated
	 * @ordered
	 */
	protected EList<YearlyCount> hires;

	/**
	 * The default value of the '{@link #getHireMonth() <em>Hire Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHireMonth()
	 * @generated
	 * @ordered
	 */
	protected static final int HIRE_MONTH_EDEFAULT = 4;

	/**
	 * The cached value of the '{@link #getHireMonth() <em>Hire Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHireMonth()
	 * @generated
	 * @ordered
	 */
	protected int hireMonth = HIRE_MONTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getFillProbability() <em>Fill Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFillProbability()
	 * @generated
	 * @ordered
	 */
	protected static final double FILL_PROBABILITY_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getFillProbability() <em>Fill Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFillProbability()
	 * @generated
	 * @ordered
	 */
	protected double fillProbability = FILL_PROBABILITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getTermYears() <em>Term Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTermYears()
	 * @generated
	 * @ordered
	 */
	protected static final int TERM_YEARS_EDEFAULT = 0;

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
	 * The default value of the '{@link #getYearlyAttrition() <em>Yearly Attrition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYearlyAttrition()
	 * @generated
	 * @ordered
	 */
	protected static final double YEARLY_ATTRITION_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getYearlyAttrition() <em>Yearly Attrition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYearlyAttrition()
	 * @generated
	 * @ordered
	 */
	protected double yearlyAttrition = YEARLY_ATTRITION_EDEFAULT;

	/**
	 * The default value of the '{@link #getCostPerPersonYear() <em>Cost Per Person Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCostPerPersonYear()
	 * @generated
	 * @ordered
	 */
	protected static final int COST_PER_PERSON_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCostPerPersonYear() <em>Cost Per Person Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCostPerPersonYear()
	 * @generated
	 * @ordered
	 */
	protected int costPerPersonYear = COST_PER_PERSON_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getStep() <em>Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStep()
	 * @generated
	 * @ordered
	 */
	protected static final int STEP_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getStep() <em>Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStep()
	 * @generated
	 * @ordered
	 */
	protected int step = STEP_EDEFAULT;

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
	 * The default value of the '{@link #getPrefectureShare() <em>Prefecture Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrefectureShare()
	 * @generated
	 * @ordered
	 */
	protected static final double PREFECTURE_SHARE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getPrefectureShare() <em>Prefecture Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrefectureShare()
	 * @generated
	 * @ordered
	 */
	protected double prefectureShare = PREFECTURE_SHARE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMemberSharing() <em>Member Sharing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemberSharing()
	 * @generated
	 * @ordered
	 */
	protected static final CostSharing MEMBER_SHARING_EDEFAULT = CostSharing.BY_USE;

	/**
	 * The cached value of the '{@link #getMemberSharing() <em>Member Sharing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemberSharing()
	 * @generated
	 * @ordered
	 */
	protected CostSharing memberSharing = MEMBER_SHARING_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PoolImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JinzaiPackage.Literals.POOL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getInitialStaff() {
		return initialStaff;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInitialStaff(int newInitialStaff) {
		int oldInitialStaff = initialStaff;
		initialStaff = newInitialStaff;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.POOL__INITIAL_STAFF, oldInitialStaff, initialStaff));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDaysPerWeek() {
		return daysPerWeek;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDaysPerWeek(int newDaysPerWeek) {
		int oldDaysPerWeek = daysPerWeek;
		daysPerWeek = newDaysPerWeek;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.POOL__DAYS_PER_WEEK, oldDaysPerWeek, daysPerWeek));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<YearlyCount> getHires() {
		if (hires == null) {
			hires = new EObjectContainmentEList<YearlyCount>(YearlyCount.class, this, JinzaiPackage.POOL__HIRES);
		}
		return hires;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHireMonth() {
		return hireMonth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHireMonth(int newHireMonth) {
		int oldHireMonth = hireMonth;
		hireMonth = newHireMonth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.POOL__HIRE_MONTH, oldHireMonth, hireMonth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getFillProbability() {
		return fillProbability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFillProbability(double newFillProbability) {
		double oldFillProbability = fillProbability;
		fillProbability = newFillProbability;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.POOL__FILL_PROBABILITY, oldFillProbability, fillProbability));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.POOL__TERM_YEARS, oldTermYears, termYears));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getYearlyAttrition() {
		return yearlyAttrition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYearlyAttrition(double newYearlyAttrition) {
		double oldYearlyAttrition = yearlyAttrition;
		yearlyAttrition = newYearlyAttrition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.POOL__YEARLY_ATTRITION, oldYearlyAttrition, yearlyAttrition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCostPerPersonYear() {
		return costPerPersonYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCostPerPersonYear(int newCostPerPersonYear) {
		int oldCostPerPersonYear = costPerPersonYear;
		costPerPersonYear = newCostPerPersonYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.POOL__COST_PER_PERSON_YEAR, oldCostPerPersonYear, costPerPersonYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStep() {
		return step;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStep(int newStep) {
		int oldStep = step;
		step = newStep;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.POOL__STEP, oldStep, step));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.POOL__ALLOCATION, oldAllocation, allocation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPrefectureShare() {
		return prefectureShare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrefectureShare(double newPrefectureShare) {
		double oldPrefectureShare = prefectureShare;
		prefectureShare = newPrefectureShare;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.POOL__PREFECTURE_SHARE, oldPrefectureShare, prefectureShare));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CostSharing getMemberSharing() {
		return memberSharing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemberSharing(CostSharing newMemberSharing) {
		CostSharing oldMemberSharing = memberSharing;
		memberSharing = newMemberSharing == null ? MEMBER_SHARING_EDEFAULT : newMemberSharing;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.POOL__MEMBER_SHARING, oldMemberSharing, memberSharing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case JinzaiPackage.POOL__HIRES:
				return ((InternalEList<?>)getHires()).basicRemove(otherEnd, msgs);
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
			case JinzaiPackage.POOL__INITIAL_STAFF:
				return getInitialStaff();
			case JinzaiPackage.POOL__DAYS_PER_WEEK:
				return getDaysPerWeek();
			case JinzaiPackage.POOL__HIRES:
				return getHires();
			case JinzaiPackage.POOL__HIRE_MONTH:
				return getHireMonth();
			case JinzaiPackage.POOL__FILL_PROBABILITY:
				return getFillProbability();
			case JinzaiPackage.POOL__TERM_YEARS:
				return getTermYears();
			case JinzaiPackage.POOL__YEARLY_ATTRITION:
				return getYearlyAttrition();
			case JinzaiPackage.POOL__COST_PER_PERSON_YEAR:
				return getCostPerPersonYear();
			case JinzaiPackage.POOL__STEP:
				return getStep();
			case JinzaiPackage.POOL__ALLOCATION:
				return getAllocation();
			case JinzaiPackage.POOL__PREFECTURE_SHARE:
				return getPrefectureShare();
			case JinzaiPackage.POOL__MEMBER_SHARING:
				return getMemberSharing();
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
			case JinzaiPackage.POOL__INITIAL_STAFF:
				setInitialStaff((Integer)newValue);
				return;
			case JinzaiPackage.POOL__DAYS_PER_WEEK:
				setDaysPerWeek((Integer)newValue);
				return;
			case JinzaiPackage.POOL__HIRES:
				getHires().clear();
				getHires().addAll((Collection<? extends YearlyCount>)newValue);
				return;
			case JinzaiPackage.POOL__HIRE_MONTH:
				setHireMonth((Integer)newValue);
				return;
			case JinzaiPackage.POOL__FILL_PROBABILITY:
				setFillProbability((Double)newValue);
				return;
			case JinzaiPackage.POOL__TERM_YEARS:
				setTermYears((Integer)newValue);
				return;
			case JinzaiPackage.POOL__YEARLY_ATTRITION:
				setYearlyAttrition((Double)newValue);
				return;
			case JinzaiPackage.POOL__COST_PER_PERSON_YEAR:
				setCostPerPersonYear((Integer)newValue);
				return;
			case JinzaiPackage.POOL__STEP:
				setStep((Integer)newValue);
				return;
			case JinzaiPackage.POOL__ALLOCATION:
				setAllocation((AllocationPolicy)newValue);
				return;
			case JinzaiPackage.POOL__PREFECTURE_SHARE:
				setPrefectureShare((Double)newValue);
				return;
			case JinzaiPackage.POOL__MEMBER_SHARING:
				setMemberSharing((CostSharing)newValue);
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
			case JinzaiPackage.POOL__INITIAL_STAFF:
				setInitialStaff(INITIAL_STAFF_EDEFAULT);
				return;
			case JinzaiPackage.POOL__DAYS_PER_WEEK:
				setDaysPerWeek(DAYS_PER_WEEK_EDEFAULT);
				return;
			case JinzaiPackage.POOL__HIRES:
				getHires().clear();
				return;
			case JinzaiPackage.POOL__HIRE_MONTH:
				setHireMonth(HIRE_MONTH_EDEFAULT);
				return;
			case JinzaiPackage.POOL__FILL_PROBABILITY:
				setFillProbability(FILL_PROBABILITY_EDEFAULT);
				return;
			case JinzaiPackage.POOL__TERM_YEARS:
				setTermYears(TERM_YEARS_EDEFAULT);
				return;
			case JinzaiPackage.POOL__YEARLY_ATTRITION:
				setYearlyAttrition(YEARLY_ATTRITION_EDEFAULT);
				return;
			case JinzaiPackage.POOL__COST_PER_PERSON_YEAR:
				setCostPerPersonYear(COST_PER_PERSON_YEAR_EDEFAULT);
				return;
			case JinzaiPackage.POOL__STEP:
				setStep(STEP_EDEFAULT);
				return;
			case JinzaiPackage.POOL__ALLOCATION:
				setAllocation(ALLOCATION_EDEFAULT);
				return;
			case JinzaiPackage.POOL__PREFECTURE_SHARE:
				setPrefectureShare(PREFECTURE_SHARE_EDEFAULT);
				return;
			case JinzaiPackage.POOL__MEMBER_SHARING:
				setMemberSharing(MEMBER_SHARING_EDEFAULT);
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
			case JinzaiPackage.POOL__INITIAL_STAFF:
				return initialStaff != INITIAL_STAFF_EDEFAULT;
			case JinzaiPackage.POOL__DAYS_PER_WEEK:
				return daysPerWeek != DAYS_PER_WEEK_EDEFAULT;
			case JinzaiPackage.POOL__HIRES:
				return hires != null && !hires.isEmpty();
			case JinzaiPackage.POOL__HIRE_MONTH:
				return hireMonth != HIRE_MONTH_EDEFAULT;
			case JinzaiPackage.POOL__FILL_PROBABILITY:
				return fillProbability != FILL_PROBABILITY_EDEFAULT;
			case JinzaiPackage.POOL__TERM_YEARS:
				return termYears != TERM_YEARS_EDEFAULT;
			case JinzaiPackage.POOL__YEARLY_ATTRITION:
				return yearlyAttrition != YEARLY_ATTRITION_EDEFAULT;
			case JinzaiPackage.POOL__COST_PER_PERSON_YEAR:
				return costPerPersonYear != COST_PER_PERSON_YEAR_EDEFAULT;
			case JinzaiPackage.POOL__STEP:
				return step != STEP_EDEFAULT;
			case JinzaiPackage.POOL__ALLOCATION:
				return allocation != ALLOCATION_EDEFAULT;
			case JinzaiPackage.POOL__PREFECTURE_SHARE:
				return prefectureShare != PREFECTURE_SHARE_EDEFAULT;
			case JinzaiPackage.POOL__MEMBER_SHARING:
				return memberSharing != MEMBER_SHARING_EDEFAULT;
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
		result.append(" (initialStaff: "); //$NON-NLS-1$
		result.append(initialStaff);
		result.append(", daysPerWeek: "); //$NON-NLS-1$
		result.append(daysPerWeek);
		result.append(", hireMonth: "); //$NON-NLS-1$
		result.append(hireMonth);
		result.append(", fillProbability: "); //$NON-NLS-1$
		result.append(fillProbability);
		result.append(", termYears: "); //$NON-NLS-1$
		result.append(termYears);
		result.append(", yearlyAttrition: "); //$NON-NLS-1$
		result.append(yearlyAttrition);
		result.append(", costPerPersonYear: "); //$NON-NLS-1$
		result.append(costPerPersonYear);
		result.append(", step: "); //$NON-NLS-1$
		result.append(step);
		result.append(", allocation: "); //$NON-NLS-1$
		result.append(allocation);
		result.append(", prefectureShare: "); //$NON-NLS-1$
		result.append(prefectureShare);
		result.append(", memberSharing: "); //$NON-NLS-1$
		result.append(memberSharing);
		result.append(')');
		return result.toString();
	}

} //PoolImpl
