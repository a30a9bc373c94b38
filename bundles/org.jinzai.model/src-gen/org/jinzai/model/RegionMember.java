/**
 */
package org.jinzai.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Region Member</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A municipality of a region: its scenario, its place in the pools' priority order, and what it asks of each pool.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.RegionMember#getScenario <em>Scenario</em>}</li>
 *   <li>{@link org.jinzai.model.RegionMember#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.jinzai.model.RegionMember#getRequests <em>Requests</em>}</li>
 *   <li>{@link org.jinzai.model.RegionMember#getCourseRequests <em>Course Requests</em>}</li>
 *   <li>{@link org.jinzai.model.RegionMember#getSecondments <em>Secondments</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getRegionMember()
 * @model
 * @generated
 */
public interface RegionMember extends EObject {
	/**
	 * Returns the value of the '<em><b>Scenario</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scenario</em>' reference.
	 * @see #setScenario(Scenario)
	 * @see org.jinzai.model.JinzaiPackage#getRegionMember_Scenario()
	 * @model required="true"
	 * @generated
	 */
	Scenario getScenario();

	/**
	 * Sets the value of the '{@link org.jinzai.model.RegionMember#getScenario <em>Scenario</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scenario</em>' reference.
	 * @see #getScenario()
	 * @generated
	 */
	void setScenario(Scenario value);

	/**
	 * Returns the value of the '<em><b>Priority</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Place in the priority order of the pools that allocate by priority (1 first).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Priority</em>' attribute.
	 * @see #setPriority(int)
	 * @see org.jinzai.model.JinzaiPackage#getRegionMember_Priority()
	 * @model default="1"
	 * @generated
	 */
	int getPriority();

	/**
	 * Sets the value of the '{@link org.jinzai.model.RegionMember#getPriority <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority</em>' attribute.
	 * @see #getPriority()
	 * @generated
	 */
	void setPriority(int value);

	/**
	 * Returns the value of the '<em><b>Requests</b></em>' containment reference list.
	 * The list contents are of type {@link org.jinzai.model.PoolRequest}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Requests</em>' containment reference list.
	 * @see org.jinzai.model.JinzaiPackage#getRegionMember_Requests()
	 * @model containment="true"
	 * @generated
	 */
	EList<PoolRequest> getRequests();

	/**
	 * Returns the value of the '<em><b>Course Requests</b></em>' containment reference list.
	 * The list contents are of type {@link org.jinzai.model.CourseRequest}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Course Requests</em>' containment reference list.
	 * @see org.jinzai.model.JinzaiPackage#getRegionMember_CourseRequests()
	 * @model containment="true"
	 * @generated
	 */
	EList<CourseRequest> getCourseRequests();

	/**
	 * Returns the value of the '<em><b>Secondments</b></em>' containment reference list.
	 * The list contents are of type {@link org.jinzai.model.Secondment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Secondments</em>' containment reference list.
	 * @see org.jinzai.model.JinzaiPackage#getRegionMember_Secondments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Secondment> getSecondments();

} // RegionMember
