/**
 */
package org.jinzai.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sensitivity Experiment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A tornado: each lever moved down and up by a percentage; the target's mean and probability at each setting.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.SensitivityExperiment#getPercent <em>Percent</em>}</li>
 *   <li>{@link org.jinzai.model.SensitivityExperiment#getBaseMean <em>Base Mean</em>}</li>
 *   <li>{@link org.jinzai.model.SensitivityExperiment#getBaseProbability <em>Base Probability</em>}</li>
 *   <li>{@link org.jinzai.model.SensitivityExperiment#getBars <em>Bars</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getSensitivityExperiment()
 * @model
 * @generated
 */
public interface SensitivityExperiment extends Experiment {
	/**
	 * Returns the value of the '<em><b>Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How far each lever is moved, in percent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Percent</em>' attribute.
	 * @see #setPercent(double)
	 * @see org.jinzai.model.JinzaiPackage#getSensitivityExperiment_Percent()
	 * @model
	 * @generated
	 */
	double getPercent();

	/**
	 * Sets the value of the '{@link org.jinzai.model.SensitivityExperiment#getPercent <em>Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Percent</em>' attribute.
	 * @see #getPercent()
	 * @generated
	 */
	void setPercent(double value);

	/**
	 * Returns the value of the '<em><b>Base Mean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Base Mean</em>' attribute.
	 * @see #setBaseMean(double)
	 * @see org.jinzai.model.JinzaiPackage#getSensitivityExperiment_BaseMean()
	 * @model
	 * @generated
	 */
	double getBaseMean();

	/**
	 * Sets the value of the '{@link org.jinzai.model.SensitivityExperiment#getBaseMean <em>Base Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base Mean</em>' attribute.
	 * @see #getBaseMean()
	 * @generated
	 */
	void setBaseMean(double value);

	/**
	 * Returns the value of the '<em><b>Base Probability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Base Probability</em>' attribute.
	 * @see #setBaseProbability(double)
	 * @see org.jinzai.model.JinzaiPackage#getSensitivityExperiment_BaseProbability()
	 * @model
	 * @generated
	 */
	double getBaseProbability();

	/**
	 * Sets the value of the '{@link org.jinzai.model.SensitivityExperiment#getBaseProbability <em>Base Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base Probability</em>' attribute.
	 * @see #getBaseProbability()
	 * @generated
	 */
	void setBaseProbability(double value);

	/**
	 * Returns the value of the '<em><b>Bars</b></em>' containment reference list.
	 * The list contents are of type {@link org.jinzai.model.SensitivityBar}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bars</em>' containment reference list.
	 * @see org.jinzai.model.JinzaiPackage#getSensitivityExperiment_Bars()
	 * @model containment="true"
	 * @generated
	 */
	EList<SensitivityBar> getBars();

} // SensitivityExperiment
