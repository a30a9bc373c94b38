/**
 */
package org.jinzai.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Flow Result</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.FlowResult#getMeasure <em>Measure</em>}</li>
 *   <li>{@link org.jinzai.model.FlowResult#getDepartmentId <em>Department Id</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getFlowResult()
 * @model
 * @generated
 */
public interface FlowResult extends Distribution {
	/**
	 * Returns the value of the '<em><b>Measure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * hires, leavers, trainings, cost; per department: moves_in, moves_out, hires, leavers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measure</em>' attribute.
	 * @see #setMeasure(String)
	 * @see org.jinzai.model.JinzaiPackage#getFlowResult_Measure()
	 * @model
	 * @generated
	 */
	String getMeasure();

	/**
	 * Sets the value of the '{@link org.jinzai.model.FlowResult#getMeasure <em>Measure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Measure</em>' attribute.
	 * @see #getMeasure()
	 * @generated
	 */
	void setMeasure(String value);

	/**
	 * Returns the value of the '<em><b>Department Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Empty = the whole organization; else the flow into or out of this department (written only where it is not always 0).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Department Id</em>' attribute.
	 * @see #setDepartmentId(String)
	 * @see org.jinzai.model.JinzaiPackage#getFlowResult_DepartmentId()
	 * @model
	 * @generated
	 */
	String getDepartmentId();

	/**
	 * Sets the value of the '{@link org.jinzai.model.FlowResult#getDepartmentId <em>Department Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Department Id</em>' attribute.
	 * @see #getDepartmentId()
	 * @generated
	 */
	void setDepartmentId(String value);

} // FlowResult
