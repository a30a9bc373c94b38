/**
 */
package org.jinzai.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Lever Evaluation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One run of a goal-seek: the lever value, the probability of meeting the target and its mean, and on how many replications (fewer than the experiment's when the answer for that value was decided early; 0 in files written before).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.LeverEvaluation#getValue <em>Value</em>}</li>
 *   <li>{@link org.jinzai.model.LeverEvaluation#getProbability <em>Probability</em>}</li>
 *   <li>{@link org.jinzai.model.LeverEvaluation#getMean <em>Mean</em>}</li>
 *   <li>{@link org.jinzai.model.LeverEvaluation#getReplications <em>Replications</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getLeverEvaluation()
 * @model
 * @generated
 */
public interface LeverEvaluation extends EObject {
	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(int)
	 * @see org.jinzai.model.JinzaiPackage#getLeverEvaluation_Value()
	 * @model
	 * @generated
	 */
	int getValue();

	/**
	 * Sets the value of the '{@link org.jinzai.model.LeverEvaluation#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(int value);

	/**
	 * Returns the value of the '<em><b>Probability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Probability</em>' attribute.
	 * @see #setProbability(double)
	 * @see org.jinzai.model.JinzaiPackage#getLeverEvaluation_Probability()
	 * @model
	 * @generated
	 */
	double getProbability();

	/**
	 * Sets the value of the '{@link org.jinzai.model.LeverEvaluation#getProbability <em>Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Probability</em>' attribute.
	 * @see #getProbability()
	 * @generated
	 */
	void setProbability(double value);

	/**
	 * Returns the value of the '<em><b>Mean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mean</em>' attribute.
	 * @see #setMean(double)
	 * @see org.jinzai.model.JinzaiPackage#getLeverEvaluation_Mean()
	 * @model
	 * @generated
	 */
	double getMean();

	/**
	 * Sets the value of the '{@link org.jinzai.model.LeverEvaluation#getMean <em>Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mean</em>' attribute.
	 * @see #getMean()
	 * @generated
	 */
	void setMean(double value);

	/**
	 * Returns the value of the '<em><b>Replications</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Replications</em>' attribute.
	 * @see #setReplications(int)
	 * @see org.jinzai.model.JinzaiPackage#getLeverEvaluation_Replications()
	 * @model
	 * @generated
	 */
	int getReplications();

	/**
	 * Sets the value of the '{@link org.jinzai.model.LeverEvaluation#getReplications <em>Replications</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Replications</em>' attribute.
	 * @see #getReplications()
	 * @generated
	 */
	void setReplications(int value);

} // LeverEvaluation
