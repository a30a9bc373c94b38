/**
 */
package org.jinzai.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.jinzai.model.GoalSeekExperiment;
import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.Lever;
import org.jinzai.model.LeverEvaluation;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Goal Seek Experiment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.impl.GoalSeekExperimentImpl#getLever <em>Lever</em>}</li>
 *   <li>{@link org.jinzai.model.impl.GoalSeekExperimentImpl#getProbability <em>Probability</em>}</li>
 *   <li>{@link org.jinzai.model.impl.GoalSeekExperimentImpl#getMinimum <em>Minimum</em>}</li>
 *   <li>{@link org.jinzai.model.impl.GoalSeekExperimentImpl#getMaximum <em>Maximum</em>}</li>
 *   <li>{@link org.jinzai.model.impl.GoalSeekExperimentImpl#isFeasible <em>Feasible</em>}</li>
 *   <li>{@link org.jinzai.model.impl.GoalSeekExperimentImpl#getAnswer <em>Answer</em>}</li>
 *   <li>{@link org.jinzai.model.impl.GoalSeekExperimentImpl#getAchievedProbability <em>Achieved Probability</em>}</li>
 *   <li>{@link org.jinzai.model.impl.GoalSeekExperimentImpl#getProbabilityLow <em>Probability Low</em>}</li>
 *   <li>{@link org.jinzai.model.impl.GoalSeekExperimentImpl#getProbabilityHigh <em>Probability High</em>}</li>
 *   <li>{@link org.jinzai.model.impl.GoalSeekExperimentImpl#getEvaluations <em>Evaluations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GoalSeekExperimentImpl extends ExperimentImpl implements GoalSeekExperiment {
	/**
	 * The cached value of the '{@link #getLever() <em>Lever</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLever()
	 * @generated
	 * @ordered
	 */
	protected Lever lever;

	/**
	 * The default value of the '{@link #getProbability() <em>Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProbability()
	 * @generated
	 * @ordered
	 */
	protected static final double PROBABILITY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getProbability() <em>Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProbability()
	 * @generated
	 * @ordered
	 */
	protected double probability = PROBABILITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinimum() <em>Minimum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimum()
	 * @generated
	 * @ordered
	 */
	protected static final int MINIMUM_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMinimum() <em>Minimum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimum()
	 * @generated
	 * @ordered
	 */
	protected int minimum = MINIMUM_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaximum() <em>Maximum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaximum()
	 * @generated
	 * @ordered
	 */
	protected static final int MAXIMUM_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMaximum() <em>Maximum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaximum()
	 * @generated
	 * @ordered
	 */
	protected int maximum = MAXIMUM_EDEFAULT;

	/**
	 * The default value of the '{@link #isFeasible() <em>Feasible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFeasible()
	 * @generated
	 * @ordered
	 */
	protected static final boolean FEASIBLE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isFeasible() <em>Feasible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFeasible()
	 * @generated
	 * @ordered
	 */
	protected boolean feasible = FEASIBLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnswer() <em>Answer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnswer()
	 * @generated
	 * @ordered
	 */
	protected static final int ANSWER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getAnswer() <em>Answer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnswer()
	 * @generated
	 * @ordered
	 */
	protected int answer = ANSWER_EDEFAULT;

	/**
	 * The default value of the '{@link #getAchievedProbability() <em>Achieved Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAchievedProbability()
	 * @generated
	 * @ordered
	 */
	protected static final double ACHIEVED_PROBABILITY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getAchievedProbability() <em>Achieved Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAchievedProbability()
	 * @generated
	 * @ordered
	 */
	protected double achievedProbability = ACHIEVED_PROBABILITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getProbabilityLow() <em>Probability Low</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProbabilityLow()
	 * @generated
	 * @ordered
	 */
	protected static final double PROBABILITY_LOW_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getProbabilityLow() <em>Probability Low</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProbabilityLow()
	 * @generated
	 * @ordered
	 */
	protected double probabilityLow = PROBABILITY_LOW_EDEFAULT;

	/**
	 * The default value of the '{@link #getProbabilityHigh() <em>Probability High</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProbabilityHigh()
	 * @generated
	 * @ordered
	 */
	protected static final double PROBABILITY_HIGH_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getProbabilityHigh() <em>Probability High</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProbabilityHigh()
	 * @generated
	 * @ordered
	 */
	protected double probabilityHigh = PROBABILITY_HIGH_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEvaluations() <em>Evaluations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvaluations()
	 * @generated
	 * @ordered
	 */
	protected EList<LeverEvaluation> evaluations;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GoalSeekExperimentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JinzaiPackage.Literals.GOAL_SEEK_EXPERIMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Lever getLever() {
		return lever;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLever(Lever newLever, NotificationChain msgs) {
		Lever oldLever = lever;
		lever = newLever;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, JinzaiPackage.GOAL_SEEK_EXPERIMENT__LEVER, oldLever, newLever);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLever(Lever newLever) {
		if (newLever != lever) {
			NotificationChain msgs = null;
			if (lever != null)
				msgs = ((InternalEObject)lever).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - JinzaiPackage.GOAL_SEEK_EXPERIMENT__LEVER, null, msgs);
			if (newLever != null)
				msgs = ((InternalEObject)newLever).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - JinzaiPackage.GOAL_SEEK_EXPERIMENT__LEVER, null, msgs);
			msgs = basicSetLever(newLever, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.GOAL_SEEK_EXPERIMENT__LEVER, newLever, newLever));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getProbability() {
		return probability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProbability(double newProbability) {
		double oldProbability = probability;
		probability = newProbability;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.GOAL_SEEK_EXPERIMENT__PROBABILITY, oldProbability, probability));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinimum() {
		return minimum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinimum(int newMinimum) {
		int oldMinimum = minimum;
		minimum = newMinimum;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.GOAL_SEEK_EXPERIMENT__MINIMUM, oldMinimum, minimum));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaximum() {
		return maximum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaximum(int newMaximum) {
		int oldMaximum = maximum;
		maximum = newMaximum;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.GOAL_SEEK_EXPERIMENT__MAXIMUM, oldMaximum, maximum));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isFeasible() {
		return feasible;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFeasible(boolean newFeasible) {
		boolean oldFeasible = feasible;
		feasible = newFeasible;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.GOAL_SEEK_EXPERIMENT__FEASIBLE, oldFeasible, feasible));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAnswer() {
		return answer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnswer(int newAnswer) {
		int oldAnswer = answer;
		answer = newAnswer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.GOAL_SEEK_EXPERIMENT__ANSWER, oldAnswer, answer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAchievedProbability() {
		return achievedProbability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAchievedProbability(double newAchievedProbability) {
		double oldAchievedProbability = achievedProbability;
		achievedProbability = newAchievedProbability;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.GOAL_SEEK_EXPERIMENT__ACHIEVED_PROBABILITY, oldAchievedProbability, achievedProbability));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getProbabilityLow() {
		return probabilityLow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProbabilityLow(double newProbabilityLow) {
		double oldProbabilityLow = probabilityLow;
		probabilityLow = newProbabilityLow;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.GOAL_SEEK_EXPERIMENT__PROBABILITY_LOW, oldProbabilityLow, probabilityLow));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getProbabilityHigh() {
		return probabilityHigh;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProbabilityHigh(double newProbabilityHigh) {
		double oldProbabilityHigh = probabilityHigh;
		probabilityHigh = newProbabilityHigh;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.GOAL_SEEK_EXPERIMENT__PROBABILITY_HIGH, oldProbabilityHigh, probabilityHigh));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LeverEvaluation> getEvaluations() {
		if (evaluations == null) {
			evaluations = new EObjectContainmentEList<LeverEvaluation>(LeverEvaluation.class, this, JinzaiPackage.GOAL_SEEK_EXPERIMENT__EVALUATIONS);
		}
		return evaluations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case JinzaiPackage.GOAL_SEEK_EXPERIMENT__LEVER:
				return basicSetLever(null, msgs);
			case JinzaiPackage.GOAL_SEEK_EXPERIMENT__EVALUATIONS:
				return ((InternalEList<?>)getEvaluations()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case JinzaiPackage.GOAL_SEEK_EXPERIMENT__LEVER:
				return getLever();
			case JinzaiPackage.GOAL_SEEK_EXPERIMENT__PROBABILITY:
				return getProbability();
			case JinzaiPackage.GOAL_SEEK_EXPERIMENT__MINIMUM:
				return getMinimum();
			case JinzaiPackage.GOAL_SEEK_EXPERIMENT__MAXIMUM:
				return getMaximum();
			case JinzaiPackage.GOAL_SEEK_EXPERIMENT__FEASIBLE:
				return isFeasible();
			case JinzaiPackage.GOAL_SEEK_EXPERIMENT__ANSWER:
				return getAnswer();
			case JinzaiPackage.GOAL_SEEK_EXPERIMENT__ACHIEVED_PROBABILITY:
				return getAchievedProbability();
			case JinzaiPackage.GOAL_SEEK_EXPERIMENT__PROBABILITY_LOW:
				return getProbabilityLow();
			case JinzaiPackage.GOAL_SEEK_EXPERIMENT__PROBABILITY_HIGH:
				return getProbabilityHigh();
			case JinzaiPackage.GOAL_SEEK_EXPERIMENT__EVALUATIONS:
				return getEvaluations();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case JinzaiPackage.GOAL_SEEK_EXPERIMENT__LEVER:
				setLever((Lever)newValue);
				return;
			case JinzaiPackage.GOAL_SEEK_EXPERIMENT__PROBABILITY:
				setProbability((Double)newValue);
				return;
			case JinzaiPackage.GOAL_SEEK_EXPERIMENT__MINIMUM:
				setMinimum((Integer)newValue);
				return;
			case JinzaiPackage.GOAL_SEEK_EXPERIMENT__MAXIMUM:
				setMaximum((Integer)newValue);
				return;
			case JinzaiPackage.GOAL_SEEK_EXPERIMENT__FEASIBLE:
				setFeasible((Boolean)newValue);
				return;
			case JinzaiPackage.GOAL_SEEK_EXPERIMENT__ANSWER:
				setAnswer((Integer)newValue);
				return;
			case JinzaiPackage.GOAL_SEEK_EXPERIMENT__ACHIEVED_PROBABILITY:
				setAchievedProbability((Double)newValue);
				return;
			case JinzaiPackage.GOAL_SEEK_EXPERIMENT__PROBABILITY_LOW:
				setProbabilityLow((Double)newValue);
				return;
			case JinzaiPackage.GOAL_SEEK_EXPERIMENT__PROBABILITY_HIGH:
				setProbabilityHigh((Double)newValue);
				return;
			case JinzaiPackage.GOAL_SEEK_EXPERIMENT__EVALUATIONS:
				getEvaluations().clear();
				getEvaluations().addAll((Collection<? extends LeverEvaluation>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case JinzaiPackage.GOAL_SEEK_EXPERIMENT__LEVER:
				setLever((Lever)null);
				return;
			case JinzaiPackage.GOAL_SEEK_EXPERIMENT__PROBABILITY:
				setProbability(PROBABILITY_EDEFAULT);
				return;
			case JinzaiPackage.GOAL_SEEK_EXPERIMENT__MINIMUM:
				setMinimum(MINIMUM_EDEFAULT);
				return;
			case JinzaiPackage.GOAL_SEEK_EXPERIMENT__MAXIMUM:
				setMaximum(MAXIMUM_EDEFAULT);
				return;
			case JinzaiPackage.GOAL_SEEK_EXPERIMENT__FEASIBLE:
				setFeasible(FEASIBLE_EDEFAULT);
				return;
			case JinzaiPackage.GOAL_SEEK_EXPERIMENT__ANSWER:
				setAnswer(ANSWER_EDEFAULT);
				return;
			case JinzaiPackage.GOAL_SEEK_EXPERIMENT__ACHIEVED_PROBABILITY:
				setAchievedProbability(ACHIEVED_PROBABILITY_EDEFAULT);
				return;
			case JinzaiPackage.GOAL_SEEK_EXPERIMENT__PROBABILITY_LOW:
				setProbabilityLow(PROBABILITY_LOW_EDEFAULT);
				return;
			case JinzaiPackage.GOAL_SEEK_EXPERIMENT__PROBABILITY_HIGH:
				setProbabilityHigh(PROBABILITY_HIGH_EDEFAULT);
				return;
			case JinzaiPackage.GOAL_SEEK_EXPERIMENT__EVALUATIONS:
				getEvaluations().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case JinzaiPackage.GOAL_SEEK_EXPERIMENT__LEVER:
				return lever != null;
			case JinzaiPackage.GOAL_SEEK_EXPERIMENT__PROBABILITY:
				return probability != PROBABILITY_EDEFAULT;
			case JinzaiPackage.GOAL_SEEK_EXPERIMENT__MINIMUM:
				return minimum != MINIMUM_EDEFAULT;
			case JinzaiPackage.GOAL_SEEK_EXPERIMENT__MAXIMUM:
				return maximum != MAXIMUM_EDEFAULT;
			case JinzaiPackage.GOAL_SEEK_EXPERIMENT__FEASIBLE:
				return feasible != FEASIBLE_EDEFAULT;
			case JinzaiPackage.GOAL_SEEK_EXPERIMENT__ANSWER:
				return answer != ANSWER_EDEFAULT;
			case JinzaiPackage.GOAL_SEEK_EXPERIMENT__ACHIEVED_PROBABILITY:
				return achievedProbability != ACHIEVED_PROBABILITY_EDEFAULT;
			case JinzaiPackage.GOAL_SEEK_EXPERIMENT__PROBABILITY_LOW:
				return probabilityLow != PROBABILITY_LOW_EDEFAULT;
			case JinzaiPackage.GOAL_SEEK_EXPERIMENT__PROBABILITY_HIGH:
				return probabilityHigh != PROBABILITY_HIGH_EDEFAULT;
			case JinzaiPackage.GOAL_SEEK_EXPERIMENT__EVALUATIONS:
				return evaluations != null && !evaluations.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (probability: "); //$NON-NLS-1$
		result.append(probability);
		result.append(", minimum: "); //$NON-NLS-1$
		result.append(minimum);
		result.append(", maximum: "); //$NON-NLS-1$
		result.append(maximum);
		result.append(", feasible: "); //$NON-NLS-1$
		result.append(feasible);
		result.append(", answer: "); //$NON-NLS-1$
		result.append(answer);
		result.append(", achievedProbability: "); //$NON-NLS-1$
		result.append(achievedProbability);
		result.append(", probabilityLow: "); //$NON-NLS-1$
		result.append(probabilityLow);
		result.append(", probabilityHigh: "); //$NON-NLS-1$
		result.append(probabilityHigh);
		result.append(')');
		return result.toString();
	}

} //GoalSeekExperimentImpl
