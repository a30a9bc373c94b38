/**
 */
package org.jinzai.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Region Course</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 合同研修: a course the region runs for its members, its seats a fiscal year shared among the members that ask for them by a policy; a member's seats are runs of its own course of the same id.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.RegionCourse#getCourseId <em>Course Id</em>}</li>
 *   <li>{@link org.jinzai.model.RegionCourse#getSeats <em>Seats</em>}</li>
 *   <li>{@link org.jinzai.model.RegionCourse#getMonth <em>Month</em>}</li>
 *   <li>{@link org.jinzai.model.RegionCourse#getAllocation <em>Allocation</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getRegionCourse()
 * @model
 * @generated
 */
public interface RegionCourse extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Course Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the course in the members' baselines (the standard catalogue's ids are the same in every member).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Course Id</em>' attribute.
	 * @see #setCourseId(String)
	 * @see org.jinzai.model.JinzaiPackage#getRegionCourse_CourseId()
	 * @model
	 * @generated
	 */
	String getCourseId();

	/**
	 * Sets the value of the '{@link org.jinzai.model.RegionCourse#getCourseId <em>Course Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Course Id</em>' attribute.
	 * @see #getCourseId()
	 * @generated
	 */
	void setCourseId(String value);

	/**
	 * Returns the value of the '<em><b>Seats</b></em>' containment reference list.
	 * The list contents are of type {@link org.jinzai.model.YearlyCount}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Seats the region runs per fiscal year.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Seats</em>' containment reference list.
	 * @see org.jinzai.model.JinzaiPackage#getRegionCourse_Seats()
	 * @model containment="true"
	 * @generated
	 */
	EList<YearlyCount> getSeats();

	/**
	 * Returns the value of the '<em><b>Month</b></em>' attribute.
	 * The default value is <code>"5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Month</em>' attribute.
	 * @see #setMonth(int)
	 * @see org.jinzai.model.JinzaiPackage#getRegionCourse_Month()
	 * @model default="5"
	 * @generated
	 */
	int getMonth();

	/**
	 * Sets the value of the '{@link org.jinzai.model.RegionCourse#getMonth <em>Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Month</em>' attribute.
	 * @see #getMonth()
	 * @generated
	 */
	void setMonth(int value);

	/**
	 * Returns the value of the '<em><b>Allocation</b></em>' attribute.
	 * The literals are from the enumeration {@link org.jinzai.model.AllocationPolicy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Allocation</em>' attribute.
	 * @see org.jinzai.model.AllocationPolicy
	 * @see #setAllocation(AllocationPolicy)
	 * @see org.jinzai.model.JinzaiPackage#getRegionCourse_Allocation()
	 * @model
	 * @generated
	 */
	AllocationPolicy getAllocation();

	/**
	 * Sets the value of the '{@link org.jinzai.model.RegionCourse#getAllocation <em>Allocation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Allocation</em>' attribute.
	 * @see org.jinzai.model.AllocationPolicy
	 * @see #getAllocation()
	 * @generated
	 */
	void setAllocation(AllocationPolicy value);

} // RegionCourse
