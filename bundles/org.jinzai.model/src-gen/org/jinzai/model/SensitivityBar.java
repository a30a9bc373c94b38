/**
 */
package org.jinzai.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sensitivity Bar</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A lever at its low and high setting, with the target's outcome at each.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.SensitivityBar#getLever <em>Lever</em>}</li>
 *   <li>{@link org.jinzai.model.SensitivityBar#getLowValue <em>Low Value</em>}</li>
 *   <li>{@link org.jinzai.model.SensitivityBar#getHighValue <em>High Value</em>}</li>
 *   <li>{@link org.jinzai.model.SensitivityBar#getLowMean <em>Low Mean</em>}</li>
 *   <li>{@link org.jinzai.model.SensitivityBar#getHighMean <em>High Mean</em>}</li>
 *   <li>{@link org.jinzai.model.SensitivityBar#getLowProbability <em>Low Probability</em>}</li>
 *   <li>{@link org.jinzai.model.SensitivityBar#getHighProbability <em>High Probability</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getSensitivityBar()
 * @model
 * @generated
 */
public interface SensitivityBar extends EObject {
	/**
	 * Returns the value of the '<em><b>Lever</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lever</em>' containment reference.
	 * @see #setLever(Lever)
	 * @see org.jinzai.model.JinzaiPackage#getSensitivityBar_Lever()
	 * @model containment="true"
	 * @generated
	 */
	Lever getLever();

	/**
	 * Sets the value of the '{@link org.jinzai.model.SensitivityBar#getLever <em>Lever</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lever</em>' containment reference.
	 * @see #getLever()
	 * @generated
	 */
	void setLever(Lever value);

	/**
	 * Returns the value of the '<em><b>Low Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Low Value</em>' attribute.
	 * @see #setLowValue(double)
	 * @see org.jinzai.model.JinzaiPackage#getSensitivityBar_LowValue()
	 * @model
	 * @generated
	 */
	double getLowValue();

	/**
	 * Sets the value of the '{@link org.jinzai.model.SensitivityBar#getLowValue <em>Low Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Low Value</em>' attribute.
	 * @see #getLowValue()
	 * @generated
	 */
	void setLowValue(double value);

	/**
	 * Returns the value of the '<em><b>High Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>High Value</em>' attribute.
	 * @see #setHighValue(double)
	 * @see org.jinzai.model.JinzaiPackage#getSensitivityBar_HighValue()
	 * @model
	 * @generated
	 */
	double getHighValue();

	/**
	 * Sets the value of the '{@link org.jinzai.model.SensitivityBar#getHighValue <em>High Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>High Value</em>' attribute.
	 * @see #getHighValue()
	 * @generated
	 */
	void setHighValue(double value);

	/**
	 * Returns the value of the '<em><b>Low Mean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Low Mean</em>' attribute.
	 * @see #setLowMean(double)
	 * @see org.jinzai.model.JinzaiPackage#getSensitivityBar_LowMean()
	 * @model
	 * @generated
	 */
	double getLowMean();

	/**
	 * Sets the value of the '{@link org.jinzai.model.SensitivityBar#getLowMean <em>Low Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Low Mean</em>' attribute.
	 * @see #getLowMean()
	 * @generated
	 */
	void setLowMean(double value);

	/**
	 * Returns the value of the '<em><b>High Mean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>High Mean</em>' attribute.
	 * @see #setHighMean(double)
	 * @see org.jinzai.model.JinzaiPackage#getSensitivityBar_HighMean()
	 * @model
	 * @generated
	 */
	double getHighMean();

	/**
	 * Sets the value of the '{@link org.jinzai.model.SensitivityBar#getHighMean <em>High Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>High Mean</em>' attribute.
	 * @see #getHighMean()
	 * @generated
	 */
	void setHighMean(double value);

	/**
	 * Returns the value of the '<em><b>Low Probability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Low Probability</em>' attribute.
	 * @see #setLowProbability(double)
	 * @see org.jinzai.model.JinzaiPackage#getSensitivityBar_LowProbability()
	 * @model
	 * @generated
	 */
	double getLowProbability();

	/**
	 * Sets the value of the '{@link org.jinzai.model.SensitivityBar#getLowProbability <em>Low Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Low Probability</em>' attribute.
	 * @see #getLowProbability()
	 * @generated
	 */
	void setLowProbability(double value);

	/**
	 * Returns the value of the '<em><b>High Probability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>High Probability</em>' attribute.
	 * @see #setHighProbability(double)
	 * @see org.jinzai.model.JinzaiPackage#getSensitivityBar_HighProbability()
	 * @model
	 * @generated
	 */
	double getHighProbability();

	/**
	 * Sets the value of the '{@link org.jinzai.model.SensitivityBar#getHighProbability <em>High Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>High Probability</em>' attribute.
	 * @see #getHighProbability()
	 * @generated
	 */
	void setHighProbability(double value);

} // SensitivityBar
