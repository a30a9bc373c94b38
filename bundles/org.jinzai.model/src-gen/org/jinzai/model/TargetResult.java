/**
 */
package org.jinzai.model;

import org.eclipse.emf.common.util.EList;


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
 *   <li>{@link org.jinzai.model.TargetResult#getDepartmentsInScope <em>Departments In Scope</em>}</li>
 *   <li>{@link org.jinzai.model.TargetResult#getMostMissedDepartmentId <em>Most Missed Department Id</em>}</li>
 *   <li>{@link org.jinzai.model.TargetResult#getMostMissedProbability <em>Most Missed Probability</em>}</li>
 *   <li>{@link org.jinzai.model.TargetResult#getDepartmentMisses <em>Department Misses</em>}</li>
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

	/**
	 * Returns the value of the '<em><b>Departments In Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a target of every department: how many departments it concerns (its value is how many of them meet it); else 0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Departments In Scope</em>' attribute.
	 * @see #setDepartmentsInScope(int)
	 * @see org.jinzai.model.JinzaiPackage#getTargetResult_DepartmentsInScope()
	 * @model
	 * @generated
	 */
	int getDepartmentsInScope();

	/**
	 * Sets the value of the '{@link org.jinzai.model.TargetResult#getDepartmentsInScope <em>Departments In Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Departments In Scope</em>' attribute.
	 * @see #getDepartmentsInScope()
	 * @generated
	 */
	void setDepartmentsInScope(int value);

	/**
	 * Returns the value of the '<em><b>Most Missed Department Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a target of every department: the department that misses it in the most replications.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Most Missed Department Id</em>' attribute.
	 * @see #setMostMissedDepartmentId(String)
	 * @see org.jinzai.model.JinzaiPackage#getTargetResult_MostMissedDepartmentId()
	 * @model
	 * @generated
	 */
	String getMostMissedDepartmentId();

	/**
	 * Sets the value of the '{@link org.jinzai.model.TargetResult#getMostMissedDepartmentId <em>Most Missed Department Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Most Missed Department Id</em>' attribute.
	 * @see #getMostMissedDepartmentId()
	 * @generated
	 */
	void setMostMissedDepartmentId(String value);

	/**
	 * Returns the value of the '<em><b>Most Missed Probability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Most Missed Probability</em>' attribute.
	 * @see #setMostMissedProbability(double)
	 * @see org.jinzai.model.JinzaiPackage#getTargetResult_MostMissedProbability()
	 * @model
	 * @generated
	 */
	double getMostMissedProbability();

	/**
	 * Sets the value of the '{@link org.jinzai.model.TargetResult#getMostMissedProbability <em>Most Missed Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Most Missed Probability</em>' attribute.
	 * @see #getMostMissedProbability()
	 * @generated
	 */
	void setMostMissedProbability(double value);

	/**
	 * Returns the value of the '<em><b>Department Misses</b></em>' containment reference list.
	 * The list contents are of type {@link org.jinzai.model.DepartmentMiss}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a target of every department: each department it concerns with the probability that it misses it (results written before these were recorded have none).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Department Misses</em>' containment reference list.
	 * @see org.jinzai.model.JinzaiPackage#getTargetResult_DepartmentMisses()
	 * @model containment="true"
	 * @generated
	 */
	EList<DepartmentMiss> getDepartmentMisses();

} // TargetResult
