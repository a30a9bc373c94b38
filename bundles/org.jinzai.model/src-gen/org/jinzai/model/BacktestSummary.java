/**
 */
package org.jinzai.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Backtest Summary</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A backtest of the scenario on the municipality's past rosters: projections from each origin year compared with what happened (staff still employed and leavers), and how often the truth fell inside the ranges.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.BacktestSummary#getFirstOrigin <em>First Origin</em>}</li>
 *   <li>{@link org.jinzai.model.BacktestSummary#getLastOrigin <em>Last Origin</em>}</li>
 *   <li>{@link org.jinzai.model.BacktestSummary#getLastYear <em>Last Year</em>}</li>
 *   <li>{@link org.jinzai.model.BacktestSummary#getComparisons <em>Comparisons</em>}</li>
 *   <li>{@link org.jinzai.model.BacktestSummary#getInside80 <em>Inside80</em>}</li>
 *   <li>{@link org.jinzai.model.BacktestSummary#getInside90 <em>Inside90</em>}</li>
 *   <li>{@link org.jinzai.model.BacktestSummary#getRuns <em>Runs</em>}</li>
 *   <li>{@link org.jinzai.model.BacktestSummary#isRatesDrawn <em>Rates Drawn</em>}</li>
 *   <li>{@link org.jinzai.model.BacktestSummary#getDate <em>Date</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getBacktestSummary()
 * @model
 * @generated
 */
public interface BacktestSummary extends EObject {
	/**
	 * Returns the value of the '<em><b>First Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>First Origin</em>' attribute.
	 * @see #setFirstOrigin(int)
	 * @see org.jinzai.model.JinzaiPackage#getBacktestSummary_FirstOrigin()
	 * @model
	 * @generated
	 */
	int getFirstOrigin();

	/**
	 * Sets the value of the '{@link org.jinzai.model.BacktestSummary#getFirstOrigin <em>First Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Origin</em>' attribute.
	 * @see #getFirstOrigin()
	 * @generated
	 */
	void setFirstOrigin(int value);

	/**
	 * Returns the value of the '<em><b>Last Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Origin</em>' attribute.
	 * @see #setLastOrigin(int)
	 * @see org.jinzai.model.JinzaiPackage#getBacktestSummary_LastOrigin()
	 * @model
	 * @generated
	 */
	int getLastOrigin();

	/**
	 * Sets the value of the '{@link org.jinzai.model.BacktestSummary#getLastOrigin <em>Last Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Origin</em>' attribute.
	 * @see #getLastOrigin()
	 * @generated
	 */
	void setLastOrigin(int value);

	/**
	 * Returns the value of the '<em><b>Last Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Year</em>' attribute.
	 * @see #setLastYear(int)
	 * @see org.jinzai.model.JinzaiPackage#getBacktestSummary_LastYear()
	 * @model
	 * @generated
	 */
	int getLastYear();

	/**
	 * Sets the value of the '{@link org.jinzai.model.BacktestSummary#getLastYear <em>Last Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Year</em>' attribute.
	 * @see #getLastYear()
	 * @generated
	 */
	void setLastYear(int value);

	/**
	 * Returns the value of the '<em><b>Comparisons</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comparisons</em>' attribute.
	 * @see #setComparisons(int)
	 * @see org.jinzai.model.JinzaiPackage#getBacktestSummary_Comparisons()
	 * @model
	 * @generated
	 */
	int getComparisons();

	/**
	 * Sets the value of the '{@link org.jinzai.model.BacktestSummary#getComparisons <em>Comparisons</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comparisons</em>' attribute.
	 * @see #getComparisons()
	 * @generated
	 */
	void setComparisons(int value);

	/**
	 * Returns the value of the '<em><b>Inside80</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inside80</em>' attribute.
	 * @see #setInside80(double)
	 * @see org.jinzai.model.JinzaiPackage#getBacktestSummary_Inside80()
	 * @model
	 * @generated
	 */
	double getInside80();

	/**
	 * Sets the value of the '{@link org.jinzai.model.BacktestSummary#getInside80 <em>Inside80</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inside80</em>' attribute.
	 * @see #getInside80()
	 * @generated
	 */
	void setInside80(double value);

	/**
	 * Returns the value of the '<em><b>Inside90</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inside90</em>' attribute.
	 * @see #setInside90(double)
	 * @see org.jinzai.model.JinzaiPackage#getBacktestSummary_Inside90()
	 * @model
	 * @generated
	 */
	double getInside90();

	/**
	 * Sets the value of the '{@link org.jinzai.model.BacktestSummary#getInside90 <em>Inside90</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inside90</em>' attribute.
	 * @see #getInside90()
	 * @generated
	 */
	void setInside90(double value);

	/**
	 * Returns the value of the '<em><b>Runs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Runs</em>' attribute.
	 * @see #setRuns(int)
	 * @see org.jinzai.model.JinzaiPackage#getBacktestSummary_Runs()
	 * @model
	 * @generated
	 */
	int getRuns();

	/**
	 * Sets the value of the '{@link org.jinzai.model.BacktestSummary#getRuns <em>Runs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Runs</em>' attribute.
	 * @see #getRuns()
	 * @generated
	 */
	void setRuns(int value);

	/**
	 * Returns the value of the '<em><b>Rates Drawn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rates Drawn</em>' attribute.
	 * @see #setRatesDrawn(boolean)
	 * @see org.jinzai.model.JinzaiPackage#getBacktestSummary_RatesDrawn()
	 * @model
	 * @generated
	 */
	boolean isRatesDrawn();

	/**
	 * Sets the value of the '{@link org.jinzai.model.BacktestSummary#isRatesDrawn <em>Rates Drawn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rates Drawn</em>' attribute.
	 * @see #isRatesDrawn()
	 * @generated
	 */
	void setRatesDrawn(boolean value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(String)
	 * @see org.jinzai.model.JinzaiPackage#getBacktestSummary_Date()
	 * @model
	 * @generated
	 */
	String getDate();

	/**
	 * Sets the value of the '{@link org.jinzai.model.BacktestSummary#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(String value);

} // BacktestSummary
