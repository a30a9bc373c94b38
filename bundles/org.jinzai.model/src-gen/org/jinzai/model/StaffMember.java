/**
 */
package org.jinzai.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Staff Member</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 職員: one person of the roster. The name is optional (ids suffice).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.StaffMember#getBirthYear <em>Birth Year</em>}</li>
 *   <li>{@link org.jinzai.model.StaffMember#getHireFiscalYear <em>Hire Fiscal Year</em>}</li>
 *   <li>{@link org.jinzai.model.StaffMember#getEmploymentType <em>Employment Type</em>}</li>
 *   <li>{@link org.jinzai.model.StaffMember#getTermEndFiscalYear <em>Term End Fiscal Year</em>}</li>
 *   <li>{@link org.jinzai.model.StaffMember#getFte <em>Fte</em>}</li>
 *   <li>{@link org.jinzai.model.StaffMember#getRank <em>Rank</em>}</li>
 *   <li>{@link org.jinzai.model.StaffMember#getDepartment <em>Department</em>}</li>
 *   <li>{@link org.jinzai.model.StaffMember#getPersona <em>Persona</em>}</li>
 *   <li>{@link org.jinzai.model.StaffMember#isSpecialistTrack <em>Specialist Track</em>}</li>
 *   <li>{@link org.jinzai.model.StaffMember#getMonthsInPost <em>Months In Post</em>}</li>
 *   <li>{@link org.jinzai.model.StaffMember#getSkillLevels <em>Skill Levels</em>}</li>
 *   <li>{@link org.jinzai.model.StaffMember#getCoursesCompleted <em>Courses Completed</em>}</li>
 *   <li>{@link org.jinzai.model.StaffMember#getMonthsLeading <em>Months Leading</em>}</li>
 *   <li>{@link org.jinzai.model.StaffMember#getProjectsLed <em>Projects Led</em>}</li>
 *   <li>{@link org.jinzai.model.StaffMember#getMonthsMentoring <em>Months Mentoring</em>}</li>
 *   <li>{@link org.jinzai.model.StaffMember#getStepsReached <em>Steps Reached</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getStaffMember()
 * @model
 * @generated
 */
public interface StaffMember extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Birth Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Birth Year</em>' attribute.
	 * @see #setBirthYear(int)
	 * @see org.jinzai.model.JinzaiPackage#getStaffMember_BirthYear()
	 * @model
	 * @generated
	 */
	int getBirthYear();

	/**
	 * Sets the value of the '{@link org.jinzai.model.StaffMember#getBirthYear <em>Birth Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Birth Year</em>' attribute.
	 * @see #getBirthYear()
	 * @generated
	 */
	void setBirthYear(int value);

	/**
	 * Returns the value of the '<em><b>Hire Fiscal Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hire Fiscal Year</em>' attribute.
	 * @see #setHireFiscalYear(int)
	 * @see org.jinzai.model.JinzaiPackage#getStaffMember_HireFiscalYear()
	 * @model
	 * @generated
	 */
	int getHireFiscalYear();

	/**
	 * Sets the value of the '{@link org.jinzai.model.StaffMember#getHireFiscalYear <em>Hire Fiscal Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hire Fiscal Year</em>' attribute.
	 * @see #getHireFiscalYear()
	 * @generated
	 */
	void setHireFiscalYear(int value);

	/**
	 * Returns the value of the '<em><b>Employment Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.jinzai.model.EmploymentType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Employment Type</em>' attribute.
	 * @see org.jinzai.model.EmploymentType
	 * @see #setEmploymentType(EmploymentType)
	 * @see org.jinzai.model.JinzaiPackage#getStaffMember_EmploymentType()
	 * @model
	 * @generated
	 */
	EmploymentType getEmploymentType();

	/**
	 * Sets the value of the '{@link org.jinzai.model.StaffMember#getEmploymentType <em>Employment Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Employment Type</em>' attribute.
	 * @see org.jinzai.model.EmploymentType
	 * @see #getEmploymentType()
	 * @generated
	 */
	void setEmploymentType(EmploymentType value);

	/**
	 * Returns the value of the '<em><b>Term End Fiscal Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Last fiscal year of a fixed-term appointment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Term End Fiscal Year</em>' attribute.
	 * @see #setTermEndFiscalYear(int)
	 * @see org.jinzai.model.JinzaiPackage#getStaffMember_TermEndFiscalYear()
	 * @model
	 * @generated
	 */
	int getTermEndFiscalYear();

	/**
	 * Sets the value of the '{@link org.jinzai.model.StaffMember#getTermEndFiscalYear <em>Term End Fiscal Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Term End Fiscal Year</em>' attribute.
	 * @see #getTermEndFiscalYear()
	 * @generated
	 */
	void setTermEndFiscalYear(int value);

	/**
	 * Returns the value of the '<em><b>Fte</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Full-time equivalent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fte</em>' attribute.
	 * @see #setFte(double)
	 * @see org.jinzai.model.JinzaiPackage#getStaffMember_Fte()
	 * @model default="1.0"
	 * @generated
	 */
	double getFte();

	/**
	 * Sets the value of the '{@link org.jinzai.model.StaffMember#getFte <em>Fte</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fte</em>' attribute.
	 * @see #getFte()
	 * @generated
	 */
	void setFte(double value);

	/**
	 * Returns the value of the '<em><b>Rank</b></em>' attribute.
	 * The literals are from the enumeration {@link org.jinzai.model.Rank}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rank</em>' attribute.
	 * @see org.jinzai.model.Rank
	 * @see #setRank(Rank)
	 * @see org.jinzai.model.JinzaiPackage#getStaffMember_Rank()
	 * @model
	 * @generated
	 */
	Rank getRank();

	/**
	 * Sets the value of the '{@link org.jinzai.model.StaffMember#getRank <em>Rank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rank</em>' attribute.
	 * @see org.jinzai.model.Rank
	 * @see #getRank()
	 * @generated
	 */
	void setRank(Rank value);

	/**
	 * Returns the value of the '<em><b>Department</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Department</em>' reference.
	 * @see #setDepartment(Department)
	 * @see org.jinzai.model.JinzaiPackage#getStaffMember_Department()
	 * @model required="true"
	 * @generated
	 */
	Department getDepartment();

	/**
	 * Sets the value of the '{@link org.jinzai.model.StaffMember#getDepartment <em>Department</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Department</em>' reference.
	 * @see #getDepartment()
	 * @generated
	 */
	void setDepartment(Department value);

	/**
	 * Returns the value of the '<em><b>Persona</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Persona</em>' reference.
	 * @see #setPersona(Persona)
	 * @see org.jinzai.model.JinzaiPackage#getStaffMember_Persona()
	 * @model
	 * @generated
	 */
	Persona getPersona();

	/**
	 * Sets the value of the '{@link org.jinzai.model.StaffMember#getPersona <em>Persona</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Persona</em>' reference.
	 * @see #getPersona()
	 * @generated
	 */
	void setPersona(Persona value);

	/**
	 * Returns the value of the '<em><b>Specialist Track</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 背番号/ICT職.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Specialist Track</em>' attribute.
	 * @see #setSpecialistTrack(boolean)
	 * @see org.jinzai.model.JinzaiPackage#getStaffMember_SpecialistTrack()
	 * @model
	 * @generated
	 */
	boolean isSpecialistTrack();

	/**
	 * Sets the value of the '{@link org.jinzai.model.StaffMember#isSpecialistTrack <em>Specialist Track</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Specialist Track</em>' attribute.
	 * @see #isSpecialistTrack()
	 * @generated
	 */
	void setSpecialistTrack(boolean value);

	/**
	 * Returns the value of the '<em><b>Months In Post</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Months in the current department.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Months In Post</em>' attribute.
	 * @see #setMonthsInPost(int)
	 * @see org.jinzai.model.JinzaiPackage#getStaffMember_MonthsInPost()
	 * @model
	 * @generated
	 */
	int getMonthsInPost();

	/**
	 * Sets the value of the '{@link org.jinzai.model.StaffMember#getMonthsInPost <em>Months In Post</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Months In Post</em>' attribute.
	 * @see #getMonthsInPost()
	 * @generated
	 */
	void setMonthsInPost(int value);

	/**
	 * Returns the value of the '<em><b>Skill Levels</b></em>' containment reference list.
	 * The list contents are of type {@link org.jinzai.model.SkillLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Skill Levels</em>' containment reference list.
	 * @see org.jinzai.model.JinzaiPackage#getStaffMember_SkillLevels()
	 * @model containment="true"
	 * @generated
	 */
	EList<SkillLevel> getSkillLevels();

	/**
	 * Returns the value of the '<em><b>Courses Completed</b></em>' reference list.
	 * The list contents are of type {@link org.jinzai.model.Course}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Courses Completed</em>' reference list.
	 * @see org.jinzai.model.JinzaiPackage#getStaffMember_CoursesCompleted()
	 * @model
	 * @generated
	 */
	EList<Course> getCoursesCompleted();

	/**
	 * Returns the value of the '<em><b>Months Leading</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Months Leading</em>' attribute.
	 * @see #setMonthsLeading(int)
	 * @see org.jinzai.model.JinzaiPackage#getStaffMember_MonthsLeading()
	 * @model
	 * @generated
	 */
	int getMonthsLeading();

	/**
	 * Sets the value of the '{@link org.jinzai.model.StaffMember#getMonthsLeading <em>Months Leading</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Months Leading</em>' attribute.
	 * @see #getMonthsLeading()
	 * @generated
	 */
	void setMonthsLeading(int value);

	/**
	 * Returns the value of the '<em><b>Projects Led</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Projects Led</em>' attribute.
	 * @see #setProjectsLed(int)
	 * @see org.jinzai.model.JinzaiPackage#getStaffMember_ProjectsLed()
	 * @model
	 * @generated
	 */
	int getProjectsLed();

	/**
	 * Sets the value of the '{@link org.jinzai.model.StaffMember#getProjectsLed <em>Projects Led</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Projects Led</em>' attribute.
	 * @see #getProjectsLed()
	 * @generated
	 */
	void setProjectsLed(int value);

	/**
	 * Returns the value of the '<em><b>Months Mentoring</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Months Mentoring</em>' attribute.
	 * @see #setMonthsMentoring(int)
	 * @see org.jinzai.model.JinzaiPackage#getStaffMember_MonthsMentoring()
	 * @model
	 * @generated
	 */
	int getMonthsMentoring();

	/**
	 * Sets the value of the '{@link org.jinzai.model.StaffMember#getMonthsMentoring <em>Months Mentoring</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Months Mentoring</em>' attribute.
	 * @see #getMonthsMentoring()
	 * @generated
	 */
	void setMonthsMentoring(int value);

	/**
	 * Returns the value of the '<em><b>Steps Reached</b></em>' containment reference list.
	 * The list contents are of type {@link org.jinzai.model.StepReached}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Steps Reached</em>' containment reference list.
	 * @see org.jinzai.model.JinzaiPackage#getStaffMember_StepsReached()
	 * @model containment="true"
	 * @generated
	 */
	EList<StepReached> getStepsReached();

} // StaffMember
