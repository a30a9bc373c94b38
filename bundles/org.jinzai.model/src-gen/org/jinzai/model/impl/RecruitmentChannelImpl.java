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

import org.jinzai.model.ChannelKind;
import org.jinzai.model.Department;
import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.Persona;
import org.jinzai.model.RecruitmentChannel;
import org.jinzai.model.YearlyCount;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Recruitment Channel</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.impl.RecruitmentChannelImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.jinzai.model.impl.RecruitmentChannelImpl#getPersona <em>Persona</em>}</li>
 *   <li>{@link org.jinzai.model.impl.RecruitmentChannelImpl#getDepartment <em>Department</em>}</li>
 *   <li>{@link org.jinzai.model.impl.RecruitmentChannelImpl#getPlan <em>Plan</em>}</li>
 *   <li>{@link org.jinzai.model.impl.RecruitmentChannelImpl#getMonth <em>Month</em>}</li>
 *   <li>{@link org.jinzai.model.impl.RecruitmentChannelImpl#getFillProbability <em>Fill Probability</em>}</li>
 *   <li>{@link org.jinzai.model.impl.RecruitmentChannelImpl#getPassRate <em>Pass Rate</em>}</li>
 *   <li>{@link org.jinzai.model.impl.RecruitmentChannelImpl#getLeadTimeMonths <em>Lead Time Months</em>}</li>
 *   <li>{@link org.jinzai.model.impl.RecruitmentChannelImpl#getCostPerYear <em>Cost Per Year</em>}</li>
 *   <li>{@link org.jinzai.model.impl.RecruitmentChannelImpl#getFte <em>Fte</em>}</li>
 *   <li>{@link org.jinzai.model.impl.RecruitmentChannelImpl#getTermYears <em>Term Years</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RecruitmentChannelImpl extends NamedElementImpl implements RecruitmentChannel {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ChannelKind KIND_EDEFAULT = ChannelKind.NEW_GRADUATE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ChannelKind kind = KIND_EDEFAULT;

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
	 * The cached value of the '{@link #getPlan() <em>Plan</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlan()
	 * @generated
	 * @ordered
	 */
	protected EList<YearlyCount> plan;

	/**
	 * The default value of the '{@link #getMonth() <em>Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonth()
	 * @generated
	 * @ordered
	 */
	protected static final int MONTH_EDEFAULT = 4;

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
	 * The default value of the '{@link #getPassRate() <em>Pass Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPassRate()
	 * @generated
	 * @ordered
	 */
	protected static final double PASS_RATE_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getPassRate() <em>Pass Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPassRate()
	 * @generated
	 * @ordered
	 */
	protected double passRate = PASS_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLeadTimeMonths() <em>Lead Time Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeadTimeMonths()
	 * @generated
	 * @ordered
	 */
	protected static final int LEAD_TIME_MONTHS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLeadTimeMonths() <em>Lead Time Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeadTimeMonths()
	 * @generated
	 * @ordered
	 */
	protected int leadTimeMonths = LEAD_TIME_MONTHS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCostPerYear() <em>Cost Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCostPerYear()
	 * @generated
	 * @ordered
	 */
	protected static final int COST_PER_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCostPerYear() <em>Cost Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCostPerYear()
	 * @generated
	 * @ordered
	 */
	protected int costPerYear = COST_PER_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getFte() <em>Fte</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFte()
	 * @generated
	 * @ordered
	 */
	protected static final double FTE_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getFte() <em>Fte</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFte()
	 * @generated
	 * @ordered
	 */
	protected double fte = FTE_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RecruitmentChannelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JinzaiPackage.Literals.RECRUITMENT_CHANNEL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChannelKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ChannelKind newKind) {
		ChannelKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.RECRUITMENT_CHANNEL__KIND, oldKind, kind));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, JinzaiPackage.RECRUITMENT_CHANNEL__PERSONA, oldPersona, persona));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.RECRUITMENT_CHANNEL__PERSONA, oldPersona, persona));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, JinzaiPackage.RECRUITMENT_CHANNEL__DEPARTMENT, oldDepartment, department));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.RECRUITMENT_CHANNEL__DEPARTMENT, oldDepartment, department));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<YearlyCount> getPlan() {
		if (plan == null) {
			plan = new EObjectContainmentEList<YearlyCount>(YearlyCount.class, this, JinzaiPackage.RECRUITMENT_CHANNEL__PLAN);
		}
		return plan;
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
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.RECRUITMENT_CHANNEL__MONTH, oldMonth, month));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.RECRUITMENT_CHANNEL__FILL_PROBABILITY, oldFillProbability, fillProbability));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPassRate() {
		return passRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPassRate(double newPassRate) {
		double oldPassRate = passRate;
		passRate = newPassRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.RECRUITMENT_CHANNEL__PASS_RATE, oldPassRate, passRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLeadTimeMonths() {
		return leadTimeMonths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLeadTimeMonths(int newLeadTimeMonths) {
		int oldLeadTimeMonths = leadTimeMonths;
		leadTimeMonths = newLeadTimeMonths;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.RECRUITMENT_CHANNEL__LEAD_TIME_MONTHS, oldLeadTimeMonths, leadTimeMonths));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCostPerYear() {
		return costPerYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCostPerYear(int newCostPerYear) {
		int oldCostPerYear = costPerYear;
		costPerYear = newCostPerYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.RECRUITMENT_CHANNEL__COST_PER_YEAR, oldCostPerYear, costPerYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getFte() {
		return fte;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFte(double newFte) {
		double oldFte = fte;
		fte = newFte;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.RECRUITMENT_CHANNEL__FTE, oldFte, fte));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.RECRUITMENT_CHANNEL__TERM_YEARS, oldTermYears, termYears));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case JinzaiPackage.RECRUITMENT_CHANNEL__PLAN:
				return ((InternalEList<?>)getPlan()).basicRemove(otherEnd, msgs);
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
			case JinzaiPackage.RECRUITMENT_CHANNEL__KIND:
				return getKind();
			case JinzaiPackage.RECRUITMENT_CHANNEL__PERSONA:
				if (resolve) return getPersona();
				return basicGetPersona();
			case JinzaiPackage.RECRUITMENT_CHANNEL__DEPARTMENT:
				if (resolve) return getDepartment();
				return basicGetDepartment();
			case JinzaiPackage.RECRUITMENT_CHANNEL__PLAN:
				return getPlan();
			case JinzaiPackage.RECRUITMENT_CHANNEL__MONTH:
				return getMonth();
			case JinzaiPackage.RECRUITMENT_CHANNEL__FILL_PROBABILITY:
				return getFillProbability();
			case JinzaiPackage.RECRUITMENT_CHANNEL__PASS_RATE:
				return getPassRate();
			case JinzaiPackage.RECRUITMENT_CHANNEL__LEAD_TIME_MONTHS:
				return getLeadTimeMonths();
			case JinzaiPackage.RECRUITMENT_CHANNEL__COST_PER_YEAR:
				return getCostPerYear();
			case JinzaiPackage.RECRUITMENT_CHANNEL__FTE:
				return getFte();
			case JinzaiPackage.RECRUITMENT_CHANNEL__TERM_YEARS:
				return getTermYears();
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
			case JinzaiPackage.RECRUITMENT_CHANNEL__KIND:
				setKind((ChannelKind)newValue);
				return;
			case JinzaiPackage.RECRUITMENT_CHANNEL__PERSONA:
				setPersona((Persona)newValue);
				return;
			case JinzaiPackage.RECRUITMENT_CHANNEL__DEPARTMENT:
				setDepartment((Department)newValue);
				return;
			case JinzaiPackage.RECRUITMENT_CHANNEL__PLAN:
				getPlan().clear();
				getPlan().addAll((Collection<? extends YearlyCount>)newValue);
				return;
			case JinzaiPackage.RECRUITMENT_CHANNEL__MONTH:
				setMonth((Integer)newValue);
				return;
			case JinzaiPackage.RECRUITMENT_CHANNEL__FILL_PROBABILITY:
				setFillProbability((Double)newValue);
				return;
			case JinzaiPackage.RECRUITMENT_CHANNEL__PASS_RATE:
				setPassRate((Double)newValue);
				return;
			case JinzaiPackage.RECRUITMENT_CHANNEL__LEAD_TIME_MONTHS:
				setLeadTimeMonths((Integer)newValue);
				return;
			case JinzaiPackage.RECRUITMENT_CHANNEL__COST_PER_YEAR:
				setCostPerYear((Integer)newValue);
				return;
			case JinzaiPackage.RECRUITMENT_CHANNEL__FTE:
				setFte((Double)newValue);
				return;
			case JinzaiPackage.RECRUITMENT_CHANNEL__TERM_YEARS:
				setTermYears((Integer)newValue);
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
			case JinzaiPackage.RECRUITMENT_CHANNEL__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case JinzaiPackage.RECRUITMENT_CHANNEL__PERSONA:
				setPersona((Persona)null);
				return;
			case JinzaiPackage.RECRUITMENT_CHANNEL__DEPARTMENT:
				setDepartment((Department)null);
				return;
			case JinzaiPackage.RECRUITMENT_CHANNEL__PLAN:
				getPlan().clear();
				return;
			case JinzaiPackage.RECRUITMENT_CHANNEL__MONTH:
				setMonth(MONTH_EDEFAULT);
				return;
			case JinzaiPackage.RECRUITMENT_CHANNEL__FILL_PROBABILITY:
				setFillProbability(FILL_PROBABILITY_EDEFAULT);
				return;
			case JinzaiPackage.RECRUITMENT_CHANNEL__PASS_RATE:
				setPassRate(PASS_RATE_EDEFAULT);
				return;
			case JinzaiPackage.RECRUITMENT_CHANNEL__LEAD_TIME_MONTHS:
				setLeadTimeMonths(LEAD_TIME_MONTHS_EDEFAULT);
				return;
			case JinzaiPackage.RECRUITMENT_CHANNEL__COST_PER_YEAR:
				setCostPerYear(COST_PER_YEAR_EDEFAULT);
				return;
			case JinzaiPackage.RECRUITMENT_CHANNEL__FTE:
				setFte(FTE_EDEFAULT);
				return;
			case JinzaiPackage.RECRUITMENT_CHANNEL__TERM_YEARS:
				setTermYears(TERM_YEARS_EDEFAULT);
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
			case JinzaiPackage.RECRUITMENT_CHANNEL__KIND:
				return kind != KIND_EDEFAULT;
			case JinzaiPackage.RECRUITMENT_CHANNEL__PERSONA:
				return persona != null;
			case JinzaiPackage.RECRUITMENT_CHANNEL__DEPARTMENT:
				return department != null;
			case JinzaiPackage.RECRUITMENT_CHANNEL__PLAN:
				return plan != null && !plan.isEmpty();
			case JinzaiPackage.RECRUITMENT_CHANNEL__MONTH:
				return month != MONTH_EDEFAULT;
			case JinzaiPackage.RECRUITMENT_CHANNEL__FILL_PROBABILITY:
				return fillProbability != FILL_PROBABILITY_EDEFAULT;
			case JinzaiPackage.RECRUITMENT_CHANNEL__PASS_RATE:
				return passRate != PASS_RATE_EDEFAULT;
			case JinzaiPackage.RECRUITMENT_CHANNEL__LEAD_TIME_MONTHS:
				return leadTimeMonths != LEAD_TIME_MONTHS_EDEFAULT;
			case JinzaiPackage.RECRUITMENT_CHANNEL__COST_PER_YEAR:
				return costPerYear != COST_PER_YEAR_EDEFAULT;
			case JinzaiPackage.RECRUITMENT_CHANNEL__FTE:
				return fte != FTE_EDEFAULT;
			case JinzaiPackage.RECRUITMENT_CHANNEL__TERM_YEARS:
				return termYears != TERM_YEARS_EDEFAULT;
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
		result.append(" (kind: "); //$NON-NLS-1$
		result.append(kind);
		result.append(", month: "); //$NON-NLS-1$
		result.append(month);
		result.append(", fillProbability: "); //$NON-NLS-1$
		result.append(fillProbability);
		result.append(", passRate: "); //$NON-NLS-1$
		result.append(passRate);
		result.append(", leadTimeMonths: "); //$NON-NLS-1$
		result.append(leadTimeMonths);
		result.append(", costPerYear: "); //$NON-NLS-1$
		result.append(costPerYear);
		result.append(", fte: "); //$NON-NLS-1$
		result.append(fte);
		result.append(", termYears: "); //$NON-NLS-1$
		result.append(termYears);
		result.append(')');
		return result.toString();
	}

} //RecruitmentChannelImpl
