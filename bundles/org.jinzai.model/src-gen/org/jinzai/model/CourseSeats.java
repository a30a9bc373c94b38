/**
 */
package org.jinzai.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Course Seats</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 研修枠 of a course in a fiscal year.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.CourseSeats#getCourse <em>Course</em>}</li>
 *   <li>{@link org.jinzai.model.CourseSeats#getFiscalYear <em>Fiscal Year</em>}</li>
 *   <li>{@link org.jinzai.model.CourseSeats#getSeats <em>Seats</em>}</li>
 *   <li>{@link org.jinzai.model.CourseSeats#getMonth <em>Month</em>}</li>
 *   <li>{@link org.jinzai.model.CourseSeats#getPriorityPersona <em>Priority Persona</em>}</li>
 *   <li>{@link org.jinzai.model.CourseSeats#getEstimate <em>Estimate</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getCourseSeats()
 * @model
 * @generated
 */
public interface CourseSeats extends EObject {
	/**
	 * Returns the value of the '<em><b>Course</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Course</em>' reference.
	 * @see #setCourse(Course)
	 * @see org.jinzai.model.JinzaiPackage#getCourseSeats_Course()
	 * @model required="true"
	 * @generated
	 */
	Course getCourse();

	/**
	 * Sets the value of the '{@link org.jinzai.model.CourseSeats#getCourse <em>Course</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Course</em>' reference.
	 * @see #getCourse()
	 * @generated
	 */
	void setCourse(Course value);

	/**
	 * Returns the value of the '<em><b>Fiscal Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fiscal Year</em>' attribute.
	 * @see #setFiscalYear(int)
	 * @see org.jinzai.model.JinzaiPackage#getCourseSeats_FiscalYear()
	 * @model
	 * @generated
	 */
	int getFiscalYear();

	/**
	 * Sets the value of the '{@link org.jinzai.model.CourseSeats#getFiscalYear <em>Fiscal Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fiscal Year</em>' attribute.
	 * @see #getFiscalYear()
	 * @generated
	 */
	void setFiscalYear(int value);

	/**
	 * Returns the value of the '<em><b>Seats</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seats</em>' attribute.
	 * @see #setSeats(int)
	 * @see org.jinzai.model.JinzaiPackage#getCourseSeats_Seats()
	 * @model
	 * @generated
	 */
	int getSeats();

	/**
	 * Sets the value of the '{@link org.jinzai.model.CourseSeats#getSeats <em>Seats</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seats</em>' attribute.
	 * @see #getSeats()
	 * @generated
	 */
	void setSeats(int value);

	/**
	 * Returns the value of the '<em><b>Month</b></em>' attribute.
	 * The default value is <code>"6"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Calendar month the course runs (4 = April).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Month</em>' attribute.
	 * @see #setMonth(int)
	 * @see org.jinzai.model.JinzaiPackage#getCourseSeats_Month()
	 * @model default="6"
	 * @generated
	 */
	int getMonth();

	/**
	 * Sets the value of the '{@link org.jinzai.model.CourseSeats#getMonth <em>Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Month</em>' attribute.
	 * @see #getMonth()
	 * @generated
	 */
	void setMonth(int value);

	/**
	 * Returns the value of the '<em><b>Priority Persona</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Seats left after those who need the course for their next step go to this persona first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Priority Persona</em>' reference.
	 * @see #setPriorityPersona(Persona)
	 * @see org.jinzai.model.JinzaiPackage#getCourseSeats_PriorityPersona()
	 * @model
	 * @generated
	 */
	Persona getPriorityPersona();

	/**
	 * Sets the value of the '{@link org.jinzai.model.CourseSeats#getPriorityPersona <em>Priority Persona</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority Persona</em>' reference.
	 * @see #getPriorityPersona()
	 * @generated
	 */
	void setPriorityPersona(Persona value);

	/**
	 * Returns the value of the '<em><b>Estimate</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the seats came from when they were estimated from the completions on past rosters.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Estimate</em>' containment reference.
	 * @see #setEstimate(UptakeEstimate)
	 * @see org.jinzai.model.JinzaiPackage#getCourseSeats_Estimate()
	 * @model containment="true"
	 * @generated
	 */
	UptakeEstimate getEstimate();

	/**
	 * Sets the value of the '{@link org.jinzai.model.CourseSeats#getEstimate <em>Estimate</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Estimate</em>' containment reference.
	 * @see #getEstimate()
	 * @generated
	 */
	void setEstimate(UptakeEstimate value);

} // CourseSeats
