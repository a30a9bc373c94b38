/**
 */
package org.jinzai.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Recruitment Channel</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 採用チャネル and its yearly plan.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.RecruitmentChannel#getKind <em>Kind</em>}</li>
 *   <li>{@link org.jinzai.model.RecruitmentChannel#getPersona <em>Persona</em>}</li>
 *   <li>{@link org.jinzai.model.RecruitmentChannel#getDepartment <em>Department</em>}</li>
 *   <li>{@link org.jinzai.model.RecruitmentChannel#getPlan <em>Plan</em>}</li>
 *   <li>{@link org.jinzai.model.RecruitmentChannel#getMonth <em>Month</em>}</li>
 *   <li>{@link org.jinzai.model.RecruitmentChannel#getFillProbability <em>Fill Probability</em>}</li>
 *   <li>{@link org.jinzai.model.RecruitmentChannel#getPassRate <em>Pass Rate</em>}</li>
 *   <li>{@link org.jinzai.model.RecruitmentChannel#getLeadTimeMonths <em>Lead Time Months</em>}</li>
 *   <li>{@link org.jinzai.model.RecruitmentChannel#getCostPerYear <em>Cost Per Year</em>}</li>
 *   <li>{@link org.jinzai.model.RecruitmentChannel#getFte <em>Fte</em>}</li>
 *   <li>{@link org.jinzai.model.RecruitmentChannel#getTermYears <em>Term Years</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getRecruitmentChannel()
 * @model
 * @generated
 */
public interface RecruitmentChannel extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.jinzai.model.ChannelKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.jinzai.model.ChannelKind
	 * @see #setKind(ChannelKind)
	 * @see org.jinzai.model.JinzaiPackage#getRecruitmentChannel_Kind()
	 * @model
	 * @generated
	 */
	ChannelKind getKind();

	/**
	 * Sets the value of the '{@link org.jinzai.model.RecruitmentChannel#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.jinzai.model.ChannelKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ChannelKind value);

	/**
	 * Returns the value of the '<em><b>Persona</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Persona of the hires.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Persona</em>' reference.
	 * @see #setPersona(Persona)
	 * @see org.jinzai.model.JinzaiPackage#getRecruitmentChannel_Persona()
	 * @model
	 * @generated
	 */
	Persona getPersona();

	/**
	 * Sets the value of the '{@link org.jinzai.model.RecruitmentChannel#getPersona <em>Persona</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Persona</em>' reference.
	 * @see #getPersona()
	 * @generated
	 */
	void setPersona(Persona value);

	/**
	 * Returns the value of the '<em><b>Department</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where hires start.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Department</em>' reference.
	 * @see #setDepartment(Department)
	 * @see org.jinzai.model.JinzaiPackage#getRecruitmentChannel_Department()
	 * @model
	 * @generated
	 */
	Department getDepartment();

	/**
	 * Sets the value of the '{@link org.jinzai.model.RecruitmentChannel#getDepartment <em>Department</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Department</em>' reference.
	 * @see #getDepartment()
	 * @generated
	 */
	void setDepartment(Department value);

	/**
	 * Returns the value of the '<em><b>Plan</b></em>' containment reference list.
	 * The list contents are of type {@link org.jinzai.model.YearlyCount}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Plan</em>' containment reference list.
	 * @see org.jinzai.model.JinzaiPackage#getRecruitmentChannel_Plan()
	 * @model containment="true"
	 * @generated
	 */
	EList<YearlyCount> getPlan();

	/**
	 * Returns the value of the '<em><b>Month</b></em>' attribute.
	 * The default value is <code>"4"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Month</em>' attribute.
	 * @see #setMonth(int)
	 * @see org.jinzai.model.JinzaiPackage#getRecruitmentChannel_Month()
	 * @model default="4"
	 * @generated
	 */
	int getMonth();

	/**
	 * Sets the value of the '{@link org.jinzai.model.RecruitmentChannel#getMonth <em>Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Month</em>' attribute.
	 * @see #getMonth()
	 * @generated
	 */
	void setMonth(int value);

	/**
	 * Returns the value of the '<em><b>Fill Probability</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fill Probability</em>' attribute.
	 * @see #setFillProbability(double)
	 * @see org.jinzai.model.JinzaiPackage#getRecruitmentChannel_FillProbability()
	 * @model default="1.0"
	 * @generated
	 */
	double getFillProbability();

	/**
	 * Sets the value of the '{@link org.jinzai.model.RecruitmentChannel#getFillProbability <em>Fill Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fill Probability</em>' attribute.
	 * @see #getFillProbability()
	 * @generated
	 */
	void setFillProbability(double value);

	/**
	 * Returns the value of the '<em><b>Pass Rate</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ICT枠: share of applicants passing the exam.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pass Rate</em>' attribute.
	 * @see #setPassRate(double)
	 * @see org.jinzai.model.JinzaiPackage#getRecruitmentChannel_PassRate()
	 * @model default="1.0"
	 * @generated
	 */
	double getPassRate();

	/**
	 * Sets the value of the '{@link org.jinzai.model.RecruitmentChannel#getPassRate <em>Pass Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pass Rate</em>' attribute.
	 * @see #getPassRate()
	 * @generated
	 */
	void setPassRate(double value);

	/**
	 * Returns the value of the '<em><b>Lead Time Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lead Time Months</em>' attribute.
	 * @see #setLeadTimeMonths(int)
	 * @see org.jinzai.model.JinzaiPackage#getRecruitmentChannel_LeadTimeMonths()
	 * @model
	 * @generated
	 */
	int getLeadTimeMonths();

	/**
	 * Sets the value of the '{@link org.jinzai.model.RecruitmentChannel#getLeadTimeMonths <em>Lead Time Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lead Time Months</em>' attribute.
	 * @see #getLeadTimeMonths()
	 * @generated
	 */
	void setLeadTimeMonths(int value);

	/**
	 * Returns the value of the '<em><b>Cost Per Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Yen per hire and year.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cost Per Year</em>' attribute.
	 * @see #setCostPerYear(int)
	 * @see org.jinzai.model.JinzaiPackage#getRecruitmentChannel_CostPerYear()
	 * @model
	 * @generated
	 */
	int getCostPerYear();

	/**
	 * Sets the value of the '{@link org.jinzai.model.RecruitmentChannel#getCostPerYear <em>Cost Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cost Per Year</em>' attribute.
	 * @see #getCostPerYear()
	 * @generated
	 */
	void setCostPerYear(int value);

	/**
	 * Returns the value of the '<em><b>Fte</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fte</em>' attribute.
	 * @see #setFte(double)
	 * @see org.jinzai.model.JinzaiPackage#getRecruitmentChannel_Fte()
	 * @model default="1.0"
	 * @generated
	 */
	double getFte();

	/**
	 * Sets the value of the '{@link org.jinzai.model.RecruitmentChannel#getFte <em>Fte</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fte</em>' attribute.
	 * @see #getFte()
	 * @generated
	 */
	void setFte(double value);

	/**
	 * Returns the value of the '<em><b>Term Years</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fixed-term length; 0 = permanent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Term Years</em>' attribute.
	 * @see #setTermYears(int)
	 * @see org.jinzai.model.JinzaiPackage#getRecruitmentChannel_TermYears()
	 * @model
	 * @generated
	 */
	int getTermYears();

	/**
	 * Sets the value of the '{@link org.jinzai.model.RecruitmentChannel#getTermYears <em>Term Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Term Years</em>' attribute.
	 * @see #getTermYears()
	 * @generated
	 */
	void setTermYears(int value);

} // RecruitmentChannel
