/**
 */
package org.jinzai.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Course Request</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Seats a member asks of a course the region runs, per fiscal year.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.CourseRequest#getCourse <em>Course</em>}</li>
 *   <li>{@link org.jinzai.model.CourseRequest#getSeats <em>Seats</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getCourseRequest()
 * @model
 * @generated
 */
public interface CourseRequest extends EObject {
	/**
	 * Returns the value of the '<em><b>Course</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Course</em>' reference.
	 * @see #setCourse(RegionCourse)
	 * @see org.jinzai.model.JinzaiPackage#getCourseRequest_Course()
	 * @model required="true"
	 * @generated
	 */
	RegionCourse getCourse();

	/**
	 * Sets the value of the '{@link org.jinzai.model.CourseRequest#getCourse <em>Course</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Course</em>' reference.
	 * @see #getCourse()
	 * @generated
	 */
	void setCourse(RegionCourse value);

	/**
	 * Returns the value of the '<em><b>Seats</b></em>' containment reference list.
	 * The list contents are of type {@link org.jinzai.model.YearlyCount}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Seats asked per fiscal year.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Seats</em>' containment reference list.
	 * @see org.jinzai.model.JinzaiPackage#getCourseRequest_Seats()
	 * @model containment="true"
	 * @generated
	 */
	EList<YearlyCount> getSeats();

} // CourseRequest
