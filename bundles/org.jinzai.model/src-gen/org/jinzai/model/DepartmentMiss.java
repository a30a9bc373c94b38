/**
 */
package org.jinzai.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Department Miss</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How often one department misses a target of every department in a fiscal year.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.DepartmentMiss#getDepartmentId <em>Department Id</em>}</li>
 *   <li>{@link org.jinzai.model.DepartmentMiss#getProbability <em>Probability</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getDepartmentMiss()
 * @model
 * @generated
 */
public interface DepartmentMiss extends EObject {
	/**
	 * Returns the value of the '<em><b>Department Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Department Id</em>' attribute.
	 * @see #setDepartmentId(String)
	 * @see org.jinzai.model.JinzaiPackage#getDepartmentMiss_DepartmentId()
	 * @model
	 * @generated
	 */
	String getDepartmentId();

	/**
	 * Sets the value of the '{@link org.jinzai.model.DepartmentMiss#getDepartmentId <em>Department Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Department Id</em>' attribute.
	 * @see #getDepartmentId()
	 * @generated
	 */
	void setDepartmentId(String value);

	/**
	 * Returns the value of the '<em><b>Probability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of the replications in which the department misses the target, in [0,1].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Probability</em>' attribute.
	 * @see #setProbability(double)
	 * @see org.jinzai.model.JinzaiPackage#getDepartmentMiss_Probability()
	 * @model
	 * @generated
	 */
	double getProbability();

	/**
	 * Sets the value of the '{@link org.jinzai.model.DepartmentMiss#getProbability <em>Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Probability</em>' attribute.
	 * @see #getProbability()
	 * @generated
	 */
	void setProbability(double value);

} // DepartmentMiss
