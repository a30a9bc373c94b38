/**
 */
package org.jinzai.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Goal Seek Experiment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The smallest value of a lever for which the target is met with at least the given probability.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.GoalSeekExperiment#getLever <em>Lever</em>}</li>
 *   <li>{@link org.jinzai.model.GoalSeekExperiment#getProbability <em>Probability</em>}</li>
 *   <li>{@link org.jinzai.model.GoalSeekExperiment#getMinimum <em>Minimum</em>}</li>
 *   <li>{@link org.jinzai.model.GoalSeekExperiment#getMaximum <em>Maximum</em>}</li>
 *   <li>{@link org.jinzai.model.GoalSeekExperiment#isFeasible <em>Feasible</em>}</li>
 *   <li>{@link org.jinzai.model.GoalSeekExperiment#getAnswer <em>Answer</em>}</li>
 *   <li>{@link org.jinzai.model.GoalSeekExperiment#getAchievedProbability <em>Achieved Probability</em>}</li>
 *   <li>{@link org.jinzai.model.GoalSeekExperiment#getProbabilityLow <em>Probability Low</em>}</li>
 *   <li>{@link org.jinzai.model.GoalSeekExperiment#getProbabilityHigh <em>Probability High</em>}</li>
 *   <li>{@link org.jinzai.model.GoalSeekExperiment#getEvaluations <em>Evaluations</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getGoalSeekExperiment()
 * @model
 * @generated
 */
public interface GoalSeekExperiment extends Experiment {
	/**
	 * Returns the value of the '<em><b>Lever</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lever</em>' containment reference.
	 * @see #setLever(Lever)
	 * @see org.jinzai.model.JinzaiPackage#getGoalSeekExperiment_Lever()
	 * @model containment="true"
	 * @generated
	 */
	Lever getLever();

	/**
	 * Sets the value of the '{@link org.jinzai.model.GoalSeekExperiment#getLever <em>Lever</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lever</em>' containment reference.
	 * @see #getLever()
	 * @generated
	 */
	void setLever(Lever value);

	/**
	 * Returns the value of the '<em><b>Probability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Wanted probability of meeting the target, in (0, 1].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Probability</em>' attribute.
	 * @see #setProbability(double)
	 * @see org.jinzai.model.JinzaiPackage#getGoalSeekExperiment_Probability()
	 * @model
	 * @generated
	 */
	double getProbability();

	/**
	 * Sets the value of the '{@link org.jinzai.model.GoalSeekExperiment#getProbability <em>Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Probability</em>' attribute.
	 * @see #getProbability()
	 * @generated
	 */
	void setProbability(double value);

	/**
	 * Returns the value of the '<em><b>Minimum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Minimum</em>' attribute.
	 * @see #setMinimum(int)
	 * @see org.jinzai.model.JinzaiPackage#getGoalSeekExperiment_Minimum()
	 * @model
	 * @generated
	 */
	int getMinimum();

	/**
	 * Sets the value of the '{@link org.jinzai.model.GoalSeekExperiment#getMinimum <em>Minimum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minimum</em>' attribute.
	 * @see #getMinimum()
	 * @generated
	 */
	void setMinimum(int value);

	/**
	 * Returns the value of the '<em><b>Maximum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Maximum</em>' attribute.
	 * @see #setMaximum(int)
	 * @see org.jinzai.model.JinzaiPackage#getGoalSeekExperiment_Maximum()
	 * @model
	 * @generated
	 */
	int getMaximum();

	/**
	 * Sets the value of the '{@link org.jinzai.model.GoalSeekExperiment#getMaximum <em>Maximum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Maximum</em>' attribute.
	 * @see #getMaximum()
	 * @generated
	 */
	void setMaximum(int value);

	/**
	 * Returns the value of the '<em><b>Feasible</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Feasible</em>' attribute.
	 * @see #setFeasible(boolean)
	 * @see org.jinzai.model.JinzaiPackage#getGoalSeekExperiment_Feasible()
	 * @model
	 * @generated
	 */
	boolean isFeasible();

	/**
	 * Sets the value of the '{@link org.jinzai.model.GoalSeekExperiment#isFeasible <em>Feasible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Feasible</em>' attribute.
	 * @see #isFeasible()
	 * @generated
	 */
	void setFeasible(boolean value);

	/**
	 * Returns the value of the '<em><b>Answer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The smallest value meeting the goal (when feasible).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Answer</em>' attribute.
	 * @see #setAnswer(int)
	 * @see org.jinzai.model.JinzaiPackage#getGoalSeekExperiment_Answer()
	 * @model
	 * @generated
	 */
	int getAnswer();

	/**
	 * Sets the value of the '{@link org.jinzai.model.GoalSeekExperiment#getAnswer <em>Answer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Answer</em>' attribute.
	 * @see #getAnswer()
	 * @generated
	 */
	void setAnswer(int value);

	/**
	 * Returns the value of the '<em><b>Achieved Probability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Probability reached at the answer, or the best reached when infeasible.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Achieved Probability</em>' attribute.
	 * @see #setAchievedProbability(double)
	 * @see org.jinzai.model.JinzaiPackage#getGoalSeekExperiment_AchievedProbability()
	 * @model
	 * @generated
	 */
	double getAchievedProbability();

	/**
	 * Sets the value of the '{@link org.jinzai.model.GoalSeekExperiment#getAchievedProbability <em>Achieved Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Achieved Probability</em>' attribute.
	 * @see #getAchievedProbability()
	 * @generated
	 */
	void setAchievedProbability(double value);

	/**
	 * Returns the value of the '<em><b>Probability Low</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lower end of the 90 % interval of that probability.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Probability Low</em>' attribute.
	 * @see #setProbabilityLow(double)
	 * @see org.jinzai.model.JinzaiPackage#getGoalSeekExperiment_ProbabilityLow()
	 * @model
	 * @generated
	 */
	double getProbabilityLow();

	/**
	 * Sets the value of the '{@link org.jinzai.model.GoalSeekExperiment#getProbabilityLow <em>Probability Low</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Probability Low</em>' attribute.
	 * @see #getProbabilityLow()
	 * @generated
	 */
	void setProbabilityLow(double value);

	/**
	 * Returns the value of the '<em><b>Probability High</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Probability High</em>' attribute.
	 * @see #setProbabilityHigh(double)
	 * @see org.jinzai.model.JinzaiPackage#getGoalSeekExperiment_ProbabilityHigh()
	 * @model
	 * @generated
	 */
	double getProbabilityHigh();

	/**
	 * Sets the value of the '{@link org.jinzai.model.GoalSeekExperiment#getProbabilityHigh <em>Probability High</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Probability High</em>' attribute.
	 * @see #getProbabilityHigh()
	 * @generated
	 */
	void setProbabilityHigh(double value);

	/**
	 * Returns the value of the '<em><b>Evaluations</b></em>' containment reference list.
	 * The list contents are of type {@link org.jinzai.model.LeverEvaluation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evaluations</em>' containment reference list.
	 * @see org.jinzai.model.JinzaiPackage#getGoalSeekExperiment_Evaluations()
	 * @model containment="true"
	 * @generated
	 */
	EList<LeverEvaluation> getEvaluations();

} // GoalSeekExperiment
