/**
 */
package org.jinzai.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 人材プール: staff shared by the members of a region (prefectural digital staff, external partners, jointly hired specialists, a shared CIO adviser), staffed like a department and allocated by a policy.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.Pool#getInitialStaff <em>Initial Staff</em>}</li>
 *   <li>{@link org.jinzai.model.Pool#getDaysPerWeek <em>Days Per Week</em>}</li>
 *   <li>{@link org.jinzai.model.Pool#getHires <em>Hires</em>}</li>
 *   <li>{@link org.jinzai.model.Pool#getHireMonth <em>Hire Month</em>}</li>
 *   <li>{@link org.jinzai.model.Pool#getFillProbability <em>Fill Probability</em>}</li>
 *   <li>{@link org.jinzai.model.Pool#getTermYears <em>Term Years</em>}</li>
 *   <li>{@link org.jinzai.model.Pool#getYearlyAttrition <em>Yearly Attrition</em>}</li>
 *   <li>{@link org.jinzai.model.Pool#getCostPerPersonYear <em>Cost Per Person Year</em>}</li>
 *   <li>{@link org.jinzai.model.Pool#getStep <em>Step</em>}</li>
 *   <li>{@link org.jinzai.model.Pool#getAllocation <em>Allocation</em>}</li>
 *   <li>{@link org.jinzai.model.Pool#getPrefectureShare <em>Prefecture Share</em>}</li>
 *   <li>{@link org.jinzai.model.Pool#getMemberSharing <em>Member Sharing</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getPool()
 * @model
 * @generated
 */
public interface Pool extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Initial Staff</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Staff in the pool at the start.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Initial Staff</em>' attribute.
	 * @see #setInitialStaff(int)
	 * @see org.jinzai.model.JinzaiPackage#getPool_InitialStaff()
	 * @model
	 * @generated
	 */
	int getInitialStaff();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Pool#getInitialStaff <em>Initial Staff</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initial Staff</em>' attribute.
	 * @see #getInitialStaff()
	 * @generated
	 */
	void setInitialStaff(int value);

	/**
	 * Returns the value of the '<em><b>Days Per Week</b></em>' attribute.
	 * The default value is <code>"5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Days a week each of its staff serves the members.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Days Per Week</em>' attribute.
	 * @see #setDaysPerWeek(int)
	 * @see org.jinzai.model.JinzaiPackage#getPool_DaysPerWeek()
	 * @model default="5"
	 * @generated
	 */
	int getDaysPerWeek();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Pool#getDaysPerWeek <em>Days Per Week</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Days Per Week</em>' attribute.
	 * @see #getDaysPerWeek()
	 * @generated
	 */
	void setDaysPerWeek(int value);

	/**
	 * Returns the value of the '<em><b>Hires</b></em>' containment reference list.
	 * The list contents are of type {@link org.jinzai.model.YearlyCount}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hires planned per fiscal year.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hires</em>' containment reference list.
	 * @see org.jinzai.model.JinzaiPackage#getPool_Hires()
	 * @model containment="true"
	 * @generated
	 */
	EList<YearlyCount> getHires();

	/**
	 * Returns the value of the '<em><b>Hire Month</b></em>' attribute.
	 * The default value is <code>"4"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hire Month</em>' attribute.
	 * @see #setHireMonth(int)
	 * @see org.jinzai.model.JinzaiPackage#getPool_HireMonth()
	 * @model default="4"
	 * @generated
	 */
	int getHireMonth();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Pool#getHireMonth <em>Hire Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hire Month</em>' attribute.
	 * @see #getHireMonth()
	 * @generated
	 */
	void setHireMonth(int value);

	/**
	 * Returns the value of the '<em><b>Fill Probability</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fill Probability</em>' attribute.
	 * @see #setFillProbability(double)
	 * @see org.jinzai.model.JinzaiPackage#getPool_FillProbability()
	 * @model default="1.0"
	 * @generated
	 */
	double getFillProbability();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Pool#getFillProbability <em>Fill Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fill Probability</em>' attribute.
	 * @see #getFillProbability()
	 * @generated
	 */
	void setFillProbability(double value);

	/**
	 * Returns the value of the '<em><b>Term Years</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fixed-term length; 0 = permanent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Term Years</em>' attribute.
	 * @see #setTermYears(int)
	 * @see org.jinzai.model.JinzaiPackage#getPool_TermYears()
	 * @model
	 * @generated
	 */
	int getTermYears();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Pool#getTermYears <em>Term Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Term Years</em>' attribute.
	 * @see #getTermYears()
	 * @generated
	 */
	void setTermYears(int value);

	/**
	 * Returns the value of the '<em><b>Yearly Attrition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of its staff who leave in a year.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Yearly Attrition</em>' attribute.
	 * @see #setYearlyAttrition(double)
	 * @see org.jinzai.model.JinzaiPackage#getPool_YearlyAttrition()
	 * @model
	 * @generated
	 */
	double getYearlyAttrition();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Pool#getYearlyAttrition <em>Yearly Attrition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Yearly Attrition</em>' attribute.
	 * @see #getYearlyAttrition()
	 * @generated
	 */
	void setYearlyAttrition(double value);

	/**
	 * Returns the value of the '<em><b>Cost Per Person Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Yen per staff member and year.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cost Per Person Year</em>' attribute.
	 * @see #setCostPerPersonYear(int)
	 * @see org.jinzai.model.JinzaiPackage#getPool_CostPerPersonYear()
	 * @model
	 * @generated
	 */
	int getCostPerPersonYear();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Pool#getCostPerPersonYear <em>Cost Per Person Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cost Per Person Year</em>' attribute.
	 * @see #getCostPerPersonYear()
	 * @generated
	 */
	void setCostPerPersonYear(int value);

	/**
	 * Returns the value of the '<em><b>Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The step its staff count at in the persona they serve as (0: none).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Step</em>' attribute.
	 * @see #setStep(int)
	 * @see org.jinzai.model.JinzaiPackage#getPool_Step()
	 * @model
	 * @generated
	 */
	int getStep();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Pool#getStep <em>Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Step</em>' attribute.
	 * @see #getStep()
	 * @generated
	 */
	void setStep(int value);

	/**
	 * Returns the value of the '<em><b>Allocation</b></em>' attribute.
	 * The literals are from the enumeration {@link org.jinzai.model.AllocationPolicy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Allocation</em>' attribute.
	 * @see org.jinzai.model.AllocationPolicy
	 * @see #setAllocation(AllocationPolicy)
	 * @see org.jinzai.model.JinzaiPackage#getPool_Allocation()
	 * @model
	 * @generated
	 */
	AllocationPolicy getAllocation();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Pool#getAllocation <em>Allocation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Allocation</em>' attribute.
	 * @see org.jinzai.model.AllocationPolicy
	 * @see #getAllocation()
	 * @generated
	 */
	void setAllocation(AllocationPolicy value);

	/**
	 * Returns the value of the '<em><b>Prefecture Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of the cost the prefecture pays.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Prefecture Share</em>' attribute.
	 * @see #setPrefectureShare(double)
	 * @see org.jinzai.model.JinzaiPackage#getPool_PrefectureShare()
	 * @model
	 * @generated
	 */
	double getPrefectureShare();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Pool#getPrefectureShare <em>Prefecture Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prefecture Share</em>' attribute.
	 * @see #getPrefectureShare()
	 * @generated
	 */
	void setPrefectureShare(double value);

	/**
	 * Returns the value of the '<em><b>Member Sharing</b></em>' attribute.
	 * The literals are from the enumeration {@link org.jinzai.model.CostSharing}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Member Sharing</em>' attribute.
	 * @see org.jinzai.model.CostSharing
	 * @see #setMemberSharing(CostSharing)
	 * @see org.jinzai.model.JinzaiPackage#getPool_MemberSharing()
	 * @model
	 * @generated
	 */
	CostSharing getMemberSharing();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Pool#getMemberSharing <em>Member Sharing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Member Sharing</em>' attribute.
	 * @see org.jinzai.model.CostSharing
	 * @see #getMemberSharing()
	 * @generated
	 */
	void setMemberSharing(CostSharing value);

} // Pool
