/**
 */
package org.jinzai.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Tenure Estimate</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A tenure estimated from past rosters: the yearly share of moves (estimated, its interval, moves and person-years), and the range of years that fits the moves by years in post best.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.TenureEstimate#getFittedMinYears <em>Fitted Min Years</em>}</li>
 *   <li>{@link org.jinzai.model.TenureEstimate#getFittedMaxYears <em>Fitted Max Years</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getTenureEstimate()
 * @model
 * @generated
 */
public interface TenureEstimate extends RateEstimate {
	/**
	 * Returns the value of the '<em><b>Fitted Min Years</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fitted Min Years</em>' attribute.
	 * @see #setFittedMinYears(int)
	 * @see org.jinzai.model.JinzaiPackage#getTenureEstimate_FittedMinYears()
	 * @model
	 * @generated
	 */
	int getFittedMinYears();

	/**
	 * Sets the value of the '{@link org.jinzai.model.TenureEstimate#getFittedMinYears <em>Fitted Min Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fitted Min Years</em>' attribute.
	 * @see #getFittedMinYears()
	 * @generated
	 */
	void setFittedMinYears(int value);

	/**
	 * Returns the value of the '<em><b>Fitted Max Years</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fitted Max Years</em>' attribute.
	 * @see #setFittedMaxYears(int)
	 * @see org.jinzai.model.JinzaiPackage#getTenureEstimate_FittedMaxYears()
	 * @model
	 * @generated
	 */
	int getFittedMaxYears();

	/**
	 * Sets the value of the '{@link org.jinzai.model.TenureEstimate#getFittedMaxYears <em>Fitted Max Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fitted Max Years</em>' attribute.
	 * @see #getFittedMaxYears()
	 * @generated
	 */
	void setFittedMaxYears(int value);

} // TenureEstimate
