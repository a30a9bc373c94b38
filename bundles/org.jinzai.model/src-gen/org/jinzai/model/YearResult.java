/**
 */
package org.jinzai.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Year Result</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Observation at 31 March of a fiscal year.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.YearResult#getFiscalYear <em>Fiscal Year</em>}</li>
 *   <li>{@link org.jinzai.model.YearResult#getTargets <em>Targets</em>}</li>
 *   <li>{@link org.jinzai.model.YearResult#getCounts <em>Counts</em>}</li>
 *   <li>{@link org.jinzai.model.YearResult#getFlows <em>Flows</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getYearResult()
 * @model
 * @generated
 */
public interface YearResult extends EObject {
	/**
	 * Returns the value of the '<em><b>Fiscal Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fiscal Year</em>' attribute.
	 * @see #setFiscalYear(int)
	 * @see org.jinzai.model.JinzaiPackage#getYearResult_FiscalYear()
	 * @model
	 * @generated
	 */
	int getFiscalYear();

	/**
	 * Sets the value of the '{@link org.jinzai.model.YearResult#getFiscalYear <em>Fiscal Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fiscal Year</em>' attribute.
	 * @see #getFiscalYear()
	 * @generated
	 */
	void setFiscalYear(int value);

	/**
	 * Returns the value of the '<em><b>Targets</b></em>' containment reference list.
	 * The list contents are of type {@link org.jinzai.model.TargetResult}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Targets</em>' containment reference list.
	 * @see org.jinzai.model.JinzaiPackage#getYearResult_Targets()
	 * @model containment="true"
	 * @generated
	 */
	EList<TargetResult> getTargets();

	/**
	 * Returns the value of the '<em><b>Counts</b></em>' containment reference list.
	 * The list contents are of type {@link org.jinzai.model.CountResult}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Counts</em>' containment reference list.
	 * @see org.jinzai.model.JinzaiPackage#getYearResult_Counts()
	 * @model containment="true"
	 * @generated
	 */
	EList<CountResult> getCounts();

	/**
	 * Returns the value of the '<em><b>Flows</b></em>' containment reference list.
	 * The list contents are of type {@link org.jinzai.model.FlowResult}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Flows</em>' containment reference list.
	 * @see org.jinzai.model.JinzaiPackage#getYearResult_Flows()
	 * @model containment="true"
	 * @generated
	 */
	EList<FlowResult> getFlows();

} // YearResult
