/**
 */
package org.jinzai.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Target Result</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.TargetResult#getTarget <em>Target</em>}</li>
 *   <li>{@link org.jinzai.model.TargetResult#getTargetName <em>Target Name</em>}</li>
 *   <li>{@link org.jinzai.model.TargetResult#getProbabilityMet <em>Probability Met</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getTargetResult()
 * @model
 * @generated
 */
public interface TargetResult extends Distribution {
	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Target)
	 * @see org.jinzai.model.JinzaiPackage#getTargetResult_Target()
	 * @model
	 * @generated
	 */
	Target getTarget();

	/**
	 * Sets the value of the '{@link org.jinzai.model.TargetResult#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Target value);

	/**
	 * Returns the value of the '<em><b>Target Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Name</em>' attribute.
	 * @see #setTargetName(String)
	 * @see org.jinzai.model.JinzaiPackage#getTargetResult_TargetName()
	 * @model
	 * @generated
	 */
	String getTargetName();

	/**
	 * Sets the value of the '{@link org.jinzai.model.TargetResult#getTargetName <em>Target Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Name</em>' attribute.
	 * @see #getTargetName()
	 * @generated
	 */
	void setTargetName(String value);

	/**
	 * Returns the value of the '<em><b>Probability Met</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Probability Met</em>' attribute.
	 * @see #setProbabilityMet(double)
	 * @see org.jinzai.model.JinzaiPackage#getTargetResult_ProbabilityMet()
	 * @model
	 * @generated
	 */
	double getProbabilityMet();

	/**
	 * Sets the value of the '{@link org.jinzai.model.TargetResult#getProbabilityMet <em>Probability Met</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Probability Met</em>' attribute.
	 * @see #getProbabilityMet()
	 * @generated
	 */
	void setProbabilityMet(double value);

} // TargetResult
