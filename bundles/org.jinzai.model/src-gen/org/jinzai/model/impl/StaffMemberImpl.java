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
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.jinzai.model.Course;
import org.jinzai.model.Department;
import org.jinzai.model.EmploymentType;
import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.Persona;
import org.jinzai.model.Rank;
import org.jinzai.model.SkillLevel;
import org.jinzai.model.StaffMember;
import org.jinzai.model.StepReached;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Staff Member</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.impl.StaffMemberImpl#getBirthYear <em>Birth Year</em>}</li>
 *   <li>{@link org.jinzai.model.impl.StaffMemberImpl#getHireFiscalYear <em>Hire Fiscal Year</em>}</li>
 *   <li>{@link org.jinzai.model.impl.StaffMemberImpl#getEmploymentType <em>Employment Type</em>}</li>
 *   <li>{@link org.jinzai.model.impl.StaffMemberImpl#getTermEndFiscalYear <em>Term End Fiscal Year</em>}</li>
 *   <li>{@link org.jinzai.model.impl.StaffMemberImpl#getFte <em>Fte</em>}</li>
 *   <li>{@link org.jinzai.model.impl.StaffMemberImpl#getRank <em>Rank</em>}</li>
 *   <li>{@link org.jinzai.model.impl.StaffMemberImpl#getDepartment <em>Department</em>}</li>
 *   <li>{@link org.jinzai.model.impl.StaffMemberImpl#getPersona <em>Persona</em>}</li>
 *   <li>{@link org.jinzai.model.impl.StaffMemberImpl#isSpecialistTrack <em>Specialist Track</em>}</li>
 *   <li>{@link org.jinzai.model.impl.StaffMemberImpl#getMonthsInPost <em>Months In Post</em>}</li>
 *   <li>{@link org.jinzai.model.impl.StaffMemberImpl#getSkillLevels <em>Skill Levels</em>}</li>
 *   <li>{@link org.jinzai.model.impl.StaffMemberImpl#getCoursesCompleted <em>Courses Completed</em>}</li>
 *   <li>{@link org.jinzai.model.impl.StaffMemberImpl#getMonthsLeading <em>Months Leading</em>}</li>
 *   <li>{@link org.jinzai.model.impl.StaffMemberImpl#getProjectsLed <em>Projects Led</em>}</li>
 *   <li>{@link org.jinzai.model.impl.StaffMemberImpl#getMonthsMentoring <em>Months Mentoring</em>}</li>
 *   <li>{@link org.jinzai.model.impl.StaffMemberImpl#getStepsReached <em>Steps Reached</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StaffMemberImpl extends NamedElementImpl implements StaffMember {
	/**
	 * The default value of the '{@link #getBirthYear() <em>Birth Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBirthYear()
	 * @generated
	 * @ordered
	 */
	protected static final int BIRTH_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getBirthYear() <em>Birth Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBirthYear()
	 * @generated
	 * @ordered
	 */
	protected int birthYear = BIRTH_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getHireFiscalYear() <em>Hire Fiscal Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHireFiscalYear()
	 * @generated
	 * @ordered
	 */
	protected static final int HIRE_FISCAL_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getHireFiscalYear() <em>Hire Fiscal Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHireFiscalYear()
	 * @generated
	 * @ordered
	 */
	protected int hireFiscalYear = HIRE_FISCAL_YEAR_EDEFAULT;

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
	 * The default value of the '{@link #getTermEndFiscalYear() <em>Term End Fiscal Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTermEndFiscalYear()
	 * @generated
	 * @ordered
	 */
	protected static final int TERM_END_FISCAL_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTermEndFiscalYear() <em>Term End Fiscal Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTermEndFiscalYear()
	 * @generated
	 * @ordered
	 */
	protected int termEndFiscalYear = TERM_END_FISCAL_YEAR_EDEFAULT;

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
	 * The cached value of the '{@link #getDepartment() <em>Department</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepartment()
	 * @generated
	 * @ordered
	 */
	protected Department department;

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
	 * The default value of the '{@link #isSpecialistTrack() <em>Specialist Track</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSpecialistTrack()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SPECIALIST_TRACK_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSpecialistTrack() <em>Specialist Track</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSpecialistTrack()
	 * @generated
	 * @ordered
	 */
	protected boolean specialistTrack = SPECIALIST_TRACK_EDEFAULT;

	/**
	 * The default value of the '{@link #getMonthsInPost() <em>Months In Post</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonthsInPost()
	 * @generated
	 * @ordered
	 */
	protected static final int MONTHS_IN_POST_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMonthsInPost() <em>Months In Post</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonthsInPost()
	 * @generated
	 * @ordered
	 */
	protected int monthsInPost = MONTHS_IN_POST_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSkillLevels() <em>Skill Levels</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSkillLevels()
	 * @generated
	 * @ordered
	 */
	protected EList<SkillLevel> skillLevels;

	/**
	 * The cached value of the '{@link #getCoursesCompleted() <em>Courses Completed</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoursesCompleted()
	 * @generated
	 * @ordered
	 */
	protected EList<Course> coursesCompleted;

	/**
	 * The default value of the '{@link #getMonthsLeading() <em>Months Leading</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonthsLeading()
	 * @generated
	 * @ordered
	 */
	protected static final int MONTHS_LEADING_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMonthsLeading() <em>Months Leading</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonthsLeading()
	 * @generated
	 * @ordered
	 */
	protected int monthsLeading = MONTHS_LEADING_EDEFAULT;

	/**
	 * The default value of the '{@link #getProjectsLed() <em>Projects Led</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProjectsLed()
	 * @generated
	 * @ordered
	 */
	protected static final int PROJECTS_LED_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getProjectsLed() <em>Projects Led</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProjectsLed()
	 * @generated
	 * @ordered
	 */
	protected int projectsLed = PROJECTS_LED_EDEFAULT;

	/**
	 * The default value of the '{@link #getMonthsMentoring() <em>Months Mentoring</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonthsMentoring()
	 * @generated
	 * @ordered
	 */
	protected static final int MONTHS_MENTORING_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMonthsMentoring() <em>Months Mentoring</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonthsMentoring()
	 * @generated
	 * @ordered
	 */
	protected int monthsMentoring = MONTHS_MENTORING_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStepsReached() <em>Steps Reached</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStepsReached()
	 * @generated
	 * @ordered
	 */
	protected EList<StepReached> stepsReached;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StaffMemberImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JinzaiPackage.Literals.STAFF_MEMBER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBirthYear() {
		return birthYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBirthYear(int newBirthYear) {
		int oldBirthYear = birthYear;
		birthYear = newBirthYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.STAFF_MEMBER__BIRTH_YEAR, oldBirthYear, birthYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHireFiscalYear() {
		return hireFiscalYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHireFiscalYear(int newHireFiscalYear) {
		int oldHireFiscalYear = hireFiscalYear;
		hireFiscalYear = newHireFiscalYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.STAFF_MEMBER__HIRE_FISCAL_YEAR, oldHireFiscalYear, hireFiscalYear));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.STAFF_MEMBER__EMPLOYMENT_TYPE, oldEmploymentType, employmentType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTermEndFiscalYear() {
		return termEndFiscalYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTermEndFiscalYear(int newTermEndFiscalYear) {
		int oldTermEndFiscalYear = termEndFiscalYear;
		termEndFiscalYear = newTermEndFiscalYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.STAFF_MEMBER__TERM_END_FISCAL_YEAR, oldTermEndFiscalYear, termEndFiscalYear));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.STAFF_MEMBER__FTE, oldFte, fte));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.STAFF_MEMBER__RANK, oldRank, rank));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, JinzaiPackage.STAFF_MEMBER__DEPARTMENT, oldDepartment, department));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.STAFF_MEMBER__DEPARTMENT, oldDepartment, department));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, JinzaiPackage.STAFF_MEMBER__PERSONA, oldPersona, persona));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.STAFF_MEMBER__PERSONA, oldPersona, persona));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSpecialistTrack() {
		return specialistTrack;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpecialistTrack(boolean newSpecialistTrack) {
		boolean oldSpecialistTrack = specialistTrack;
		specialistTrack = newSpecialistTrack;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.STAFF_MEMBER__SPECIALIST_TRACK, oldSpecialistTrack, specialistTrack));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMonthsInPost() {
		return monthsInPost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMonthsInPost(int newMonthsInPost) {
		int oldMonthsInPost = monthsInPost;
		monthsInPost = newMonthsInPost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.STAFF_MEMBER__MONTHS_IN_POST, oldMonthsInPost, monthsInPost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SkillLevel> getSkillLevels() {
		if (skillLevels == null) {
			skillLevels = new EObjectContainmentEList<SkillLevel>(SkillLevel.class, this, JinzaiPackage.STAFF_MEMBER__SKILL_LEVELS);
		}
		return skillLevels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Course> getCoursesCompleted() {
		if (coursesCompleted == null) {
			coursesCompleted = new EObjectResolvingEList<Course>(Course.class, this, JinzaiPackage.STAFF_MEMBER__COURSES_COMPLETED);
		}
		return coursesCompleted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMonthsLeading() {
		return monthsLeading;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMonthsLeading(int newMonthsLeading) {
		int oldMonthsLeading = monthsLeading;
		monthsLeading = newMonthsLeading;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.STAFF_MEMBER__MONTHS_LEADING, oldMonthsLeading, monthsLeading));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getProjectsLed() {
		return projectsLed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProjectsLed(int newProjectsLed) {
		int oldProjectsLed = projectsLed;
		projectsLed = newProjectsLed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.STAFF_MEMBER__PROJECTS_LED, oldProjectsLed, projectsLed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMonthsMentoring() {
		return monthsMentoring;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMonthsMentoring(int newMonthsMentoring) {
		int oldMonthsMentoring = monthsMentoring;
		monthsMentoring = newMonthsMentoring;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.STAFF_MEMBER__MONTHS_MENTORING, oldMonthsMentoring, monthsMentoring));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StepReached> getStepsReached() {
		if (stepsReached == null) {
			stepsReached = new EObjectContainmentEList<StepReached>(StepReached.class, this, JinzaiPackage.STAFF_MEMBER__STEPS_REACHED);
		}
		return stepsReached;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case JinzaiPackage.STAFF_MEMBER__SKILL_LEVELS:
				return ((InternalEList<?>)getSkillLevels()).basicRemove(otherEnd, msgs);
			case JinzaiPackage.STAFF_MEMBER__STEPS_REACHED:
				return ((InternalEList<?>)getStepsReached()).basicRemove(otherEnd, msgs);
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
			case JinzaiPackage.STAFF_MEMBER__BIRTH_YEAR:
				return getBirthYear();
			case JinzaiPackage.STAFF_MEMBER__HIRE_FISCAL_YEAR:
				return getHireFiscalYear();
			case JinzaiPackage.STAFF_MEMBER__EMPLOYMENT_TYPE:
				return getEmploymentType();
			case JinzaiPackage.STAFF_MEMBER__TERM_END_FISCAL_YEAR:
				return getTermEndFiscalYear();
			case JinzaiPackage.STAFF_MEMBER__FTE:
				return getFte();
			case JinzaiPackage.STAFF_MEMBER__RANK:
				return getRank();
			case JinzaiPackage.STAFF_MEMBER__DEPARTMENT:
				if (resolve) return getDepartment();
				return basicGetDepartment();
			case JinzaiPackage.STAFF_MEMBER__PERSONA:
				if (resolve) return getPersona();
				return basicGetPersona();
			case JinzaiPackage.STAFF_MEMBER__SPECIALIST_TRACK:
				return isSpecialistTrack();
			case JinzaiPackage.STAFF_MEMBER__MONTHS_IN_POST:
				return getMonthsInPost();
			case JinzaiPackage.STAFF_MEMBER__SKILL_LEVELS:
				return getSkillLevels();
			case JinzaiPackage.STAFF_MEMBER__COURSES_COMPLETED:
				return getCoursesCompleted();
			case JinzaiPackage.STAFF_MEMBER__MONTHS_LEADING:
				return getMonthsLeading();
			case JinzaiPackage.STAFF_MEMBER__PROJECTS_LED:
				return getProjectsLed();
			case JinzaiPackage.STAFF_MEMBER__MONTHS_MENTORING:
				return getMonthsMentoring();
			case JinzaiPackage.STAFF_MEMBER__STEPS_REACHED:
				return getStepsReached();
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
			case JinzaiPackage.STAFF_MEMBER__BIRTH_YEAR:
				setBirthYear((Integer)newValue);
				return;
			case JinzaiPackage.STAFF_MEMBER__HIRE_FISCAL_YEAR:
				setHireFiscalYear((Integer)newValue);
				return;
			case JinzaiPackage.STAFF_MEMBER__EMPLOYMENT_TYPE:
				setEmploymentType((EmploymentType)newValue);
				return;
			case JinzaiPackage.STAFF_MEMBER__TERM_END_FISCAL_YEAR:
				setTermEndFiscalYear((Integer)newValue);
				return;
			case JinzaiPackage.STAFF_MEMBER__FTE:
				setFte((Double)newValue);
				return;
			case JinzaiPackage.STAFF_MEMBER__RANK:
				setRank((Rank)newValue);
				return;
			case JinzaiPackage.STAFF_MEMBER__DEPARTMENT:
				setDepartment((Department)newValue);
				return;
			case JinzaiPackage.STAFF_MEMBER__PERSONA:
				setPersona((Persona)newValue);
				return;
			case JinzaiPackage.STAFF_MEMBER__SPECIALIST_TRACK:
				setSpecialistTrack((Boolean)newValue);
				return;
			case JinzaiPackage.STAFF_MEMBER__MONTHS_IN_POST:
				setMonthsInPost((Integer)newValue);
				return;
			case JinzaiPackage.STAFF_MEMBER__SKILL_LEVELS:
				getSkillLevels().clear();
				getSkillLevels().addAll((Collection<? extends SkillLevel>)newValue);
				return;
			case JinzaiPackage.STAFF_MEMBER__COURSES_COMPLETED:
				getCoursesCompleted().clear();
				getCoursesCompleted().addAll((Collection<? extends Course>)newValue);
				return;
			case JinzaiPackage.STAFF_MEMBER__MONTHS_LEADING:
				setMonthsLeading((Integer)newValue);
				return;
			case JinzaiPackage.STAFF_MEMBER__PROJECTS_LED:
				setProjectsLed((Integer)newValue);
				return;
			case JinzaiPackage.STAFF_MEMBER__MONTHS_MENTORING:
				setMonthsMentoring((Integer)newValue);
				return;
			case JinzaiPackage.STAFF_MEMBER__STEPS_REACHED:
				getStepsReached().clear();
				getStepsReached().addAll((Collection<? extends StepReached>)newValue);
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
			case JinzaiPackage.STAFF_MEMBER__BIRTH_YEAR:
				setBirthYear(BIRTH_YEAR_EDEFAULT);
				return;
			case JinzaiPackage.STAFF_MEMBER__HIRE_FISCAL_YEAR:
				setHireFiscalYear(HIRE_FISCAL_YEAR_EDEFAULT);
				return;
			case JinzaiPackage.STAFF_MEMBER__EMPLOYMENT_TYPE:
				setEmploymentType(EMPLOYMENT_TYPE_EDEFAULT);
				return;
			case JinzaiPackage.STAFF_MEMBER__TERM_END_FISCAL_YEAR:
				setTermEndFiscalYear(TERM_END_FISCAL_YEAR_EDEFAULT);
				return;
			case JinzaiPackage.STAFF_MEMBER__FTE:
				setFte(FTE_EDEFAULT);
				return;
			case JinzaiPackage.STAFF_MEMBER__RANK:
				setRank(RANK_EDEFAULT);
				return;
			case JinzaiPackage.STAFF_MEMBER__DEPARTMENT:
				setDepartment((Department)null);
				return;
			case JinzaiPackage.STAFF_MEMBER__PERSONA:
				setPersona((Persona)null);
				return;
			case JinzaiPackage.STAFF_MEMBER__SPECIALIST_TRACK:
				setSpecialistTrack(SPECIALIST_TRACK_EDEFAULT);
				return;
			case JinzaiPackage.STAFF_MEMBER__MONTHS_IN_POST:
				setMonthsInPost(MONTHS_IN_POST_EDEFAULT);
				return;
			case JinzaiPackage.STAFF_MEMBER__SKILL_LEVELS:
				getSkillLevels().clear();
				return;
			case JinzaiPackage.STAFF_MEMBER__COURSES_COMPLETED:
				getCoursesCompleted().clear();
				return;
			case JinzaiPackage.STAFF_MEMBER__MONTHS_LEADING:
				setMonthsLeading(MONTHS_LEADING_EDEFAULT);
				return;
			case JinzaiPackage.STAFF_MEMBER__PROJECTS_LED:
				setProjectsLed(PROJECTS_LED_EDEFAULT);
				return;
			case JinzaiPackage.STAFF_MEMBER__MONTHS_MENTORING:
				setMonthsMentoring(MONTHS_MENTORING_EDEFAULT);
				return;
			case JinzaiPackage.STAFF_MEMBER__STEPS_REACHED:
				getStepsReached().clear();
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
			case JinzaiPackage.STAFF_MEMBER__BIRTH_YEAR:
				return birthYear != BIRTH_YEAR_EDEFAULT;
			case JinzaiPackage.STAFF_MEMBER__HIRE_FISCAL_YEAR:
				return hireFiscalYear != HIRE_FISCAL_YEAR_EDEFAULT;
			case JinzaiPackage.STAFF_MEMBER__EMPLOYMENT_TYPE:
				return employmentType != EMPLOYMENT_TYPE_EDEFAULT;
			case JinzaiPackage.STAFF_MEMBER__TERM_END_FISCAL_YEAR:
				return termEndFiscalYear != TERM_END_FISCAL_YEAR_EDEFAULT;
			case JinzaiPackage.STAFF_MEMBER__FTE:
				return fte != FTE_EDEFAULT;
			case JinzaiPackage.STAFF_MEMBER__RANK:
				return rank != RANK_EDEFAULT;
			case JinzaiPackage.STAFF_MEMBER__DEPARTMENT:
				return department != null;
			case JinzaiPackage.STAFF_MEMBER__PERSONA:
				return persona != null;
			case JinzaiPackage.STAFF_MEMBER__SPECIALIST_TRACK:
				return specialistTrack != SPECIALIST_TRACK_EDEFAULT;
			case JinzaiPackage.STAFF_MEMBER__MONTHS_IN_POST:
				return monthsInPost != MONTHS_IN_POST_EDEFAULT;
			case JinzaiPackage.STAFF_MEMBER__SKILL_LEVELS:
				return skillLevels != null && !skillLevels.isEmpty();
			case JinzaiPackage.STAFF_MEMBER__COURSES_COMPLETED:
				return coursesCompleted != null && !coursesCompleted.isEmpty();
			case JinzaiPackage.STAFF_MEMBER__MONTHS_LEADING:
				return monthsLeading != MONTHS_LEADING_EDEFAULT;
			case JinzaiPackage.STAFF_MEMBER__PROJECTS_LED:
				return projectsLed != PROJECTS_LED_EDEFAULT;
			case JinzaiPackage.STAFF_MEMBER__MONTHS_MENTORING:
				return monthsMentoring != MONTHS_MENTORING_EDEFAULT;
			case JinzaiPackage.STAFF_MEMBER__STEPS_REACHED:
				return stepsReached != null && !stepsReached.isEmpty();
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
		result.append(" (birthYear: "); //$NON-NLS-1$
		result.append(birthYear);
		result.append(", hireFiscalYear: "); //$NON-NLS-1$
		result.append(hireFiscalYear);
		result.append(", employmentType: "); //$NON-NLS-1$
		result.append(employmentType);
		result.append(", termEndFiscalYear: "); //$NON-NLS-1$
		result.append(termEndFiscalYear);
		result.append(", fte: "); //$NON-NLS-1$
		result.append(fte);
		result.append(", rank: "); //$NON-NLS-1$
		result.append(rank);
		result.append(", specialistTrack: "); //$NON-NLS-1$
		result.append(specialistTrack);
		result.append(", monthsInPost: "); //$NON-NLS-1$
		result.append(monthsInPost);
		result.append(", monthsLeading: "); //$NON-NLS-1$
		result.append(monthsLeading);
		result.append(", projectsLed: "); //$NON-NLS-1$
		result.append(projectsLed);
		result.append(", monthsMentoring: "); //$NON-NLS-1$
		result.append(monthsMentoring);
		result.append(')');
		return result.toString();
	}

} //StaffMemberImpl
