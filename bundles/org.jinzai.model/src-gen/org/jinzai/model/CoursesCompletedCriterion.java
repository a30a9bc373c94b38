/**
 */
package org.jinzai.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Courses Completed Criterion</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Off-JT: recommended courses completed.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.CoursesCompletedCriterion#getCourses <em>Courses</em>}</li>
 *   <li>{@link org.jinzai.model.CoursesCompletedCriterion#getMinimumCount <em>Minimum Count</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getCoursesCompletedCriterion()
 * @model
 * @generated
 */
public interface CoursesCompletedCriterion extends StepCriterion {
	/**
	 * Returns the value of the '<em><b>Courses</b></em>' reference list.
	 * The list contents are of type {@link org.jinzai.model.Course}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Courses</em>' reference list.
	 * @see org.jinzai.model.JinzaiPackage#getCoursesCompletedCriterion_Courses()
	 * @model required="true"
	 * @generated
	 */
	EList<Course> getCourses();

	/**
	 * Returns the value of the '<em><b>Minimum Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many of the courses must be completed; 0 means all.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Minimum Count</em>' attribute.
	 * @see #setMinimumCount(int)
	 * @see org.jinzai.model.JinzaiPackage#getCoursesCompletedCriterion_MinimumCount()
	 * @model
	 * @generated
	 */
	int getMinimumCount();

	/**
	 * Sets the value of the '{@link org.jinzai.model.CoursesCompletedCriterion#getMinimumCount <em>Minimum Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minimum Count</em>' attribute.
	 * @see #getMinimumCount()
	 * @generated
	 */
	void setMinimumCount(int value);

} // CoursesCompletedCriterion
