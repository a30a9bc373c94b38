/**
 */
package org.jinzai.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Lead Months Criterion</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * OJT: months leading DX projects (Step2: one year or more).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.LeadMonthsCriterion#getMinimumMonths <em>Minimum Months</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getLeadMonthsCriterion()
 * @model
 * @generated
 */
public interface LeadMonthsCriterion extends StepCriterion {
	/**
	 * Returns the value of the '<em><b>Minimum Months</b></em>' attribute.
	 * The default value is <code>"12"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Minimum Months</em>' attribute.
	 * @see #setMinimumMonths(int)
	 * @see org.jinzai.model.JinzaiPackage#getLeadMonthsCriterion_MinimumMonths()
	 * @model default="12"
	 * @generated
	 */
	int getMinimumMonths();

	/**
	 * Sets the value of the '{@link org.jinzai.model.LeadMonthsCriterion#getMinimumMonths <em>Minimum Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minimum Months</em>' attribute.
	 * @see #getMinimumMonths()
	 * @generated
	 */
	void setMinimumMonths(int value);

} // LeadMonthsCriterion
