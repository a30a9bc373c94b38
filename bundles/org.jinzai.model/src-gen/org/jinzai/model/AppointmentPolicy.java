/**
 */
package org.jinzai.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Appointment Policy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * DX推進員の任命.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.AppointmentPolicy#getPersona <em>Persona</em>}</li>
 *   <li>{@link org.jinzai.model.AppointmentPolicy#getPerDepartment <em>Per Department</em>}</li>
 *   <li>{@link org.jinzai.model.AppointmentPolicy#getTotal <em>Total</em>}</li>
 *   <li>{@link org.jinzai.model.AppointmentPolicy#getYearlyAppointments <em>Yearly Appointments</em>}</li>
 *   <li>{@link org.jinzai.model.AppointmentPolicy#getMinAge <em>Min Age</em>}</li>
 *   <li>{@link org.jinzai.model.AppointmentPolicy#getMaxAge <em>Max Age</em>}</li>
 *   <li>{@link org.jinzai.model.AppointmentPolicy#getMinMonthsInPost <em>Min Months In Post</em>}</li>
 *   <li>{@link org.jinzai.model.AppointmentPolicy#getReappointmentProbability <em>Reappointment Probability</em>}</li>
 *   <li>{@link org.jinzai.model.AppointmentPolicy#getReappointmentEstimate <em>Reappointment Estimate</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getAppointmentPolicy()
 * @model
 * @generated
 */
public interface AppointmentPolicy extends EObject {
	/**
	 * Returns the value of the '<em><b>Persona</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The DX-promoter persona.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Persona</em>' reference.
	 * @see #setPersona(Persona)
	 * @see org.jinzai.model.JinzaiPackage#getAppointmentPolicy_Persona()
	 * @model required="true"
	 * @generated
	 */
	Persona getPersona();

	/**
	 * Sets the value of the '{@link org.jinzai.model.AppointmentPolicy#getPersona <em>Persona</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Persona</em>' reference.
	 * @see #getPersona()
	 * @generated
	 */
	void setPersona(Persona value);

	/**
	 * Returns the value of the '<em><b>Per Department</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Promoters to appoint in each business department.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Per Department</em>' attribute.
	 * @see #setPerDepartment(int)
	 * @see org.jinzai.model.JinzaiPackage#getAppointmentPolicy_PerDepartment()
	 * @model default="1"
	 * @generated
	 */
	int getPerDepartment();

	/**
	 * Sets the value of the '{@link org.jinzai.model.AppointmentPolicy#getPerDepartment <em>Per Department</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Per Department</em>' attribute.
	 * @see #getPerDepartment()
	 * @generated
	 */
	void setPerDepartment(int value);

	/**
	 * Returns the value of the '<em><b>Total</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cap on promoters in total; 0 = no cap.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Total</em>' attribute.
	 * @see #setTotal(int)
	 * @see org.jinzai.model.JinzaiPackage#getAppointmentPolicy_Total()
	 * @model
	 * @generated
	 */
	int getTotal();

	/**
	 * Sets the value of the '{@link org.jinzai.model.AppointmentPolicy#getTotal <em>Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Total</em>' attribute.
	 * @see #getTotal()
	 * @generated
	 */
	void setTotal(int value);

	/**
	 * Returns the value of the '<em><b>Yearly Appointments</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cap on new appointments each April (a yearly flow, e.g. 20 a year); 0 = no cap.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Yearly Appointments</em>' attribute.
	 * @see #setYearlyAppointments(int)
	 * @see org.jinzai.model.JinzaiPackage#getAppointmentPolicy_YearlyAppointments()
	 * @model
	 * @generated
	 */
	int getYearlyAppointments();

	/**
	 * Sets the value of the '{@link org.jinzai.model.AppointmentPolicy#getYearlyAppointments <em>Yearly Appointments</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Yearly Appointments</em>' attribute.
	 * @see #getYearlyAppointments()
	 * @generated
	 */
	void setYearlyAppointments(int value);

	/**
	 * Returns the value of the '<em><b>Min Age</b></em>' attribute.
	 * The default value is <code>"25"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min Age</em>' attribute.
	 * @see #setMinAge(int)
	 * @see org.jinzai.model.JinzaiPackage#getAppointmentPolicy_MinAge()
	 * @model default="25"
	 * @generated
	 */
	int getMinAge();

	/**
	 * Sets the value of the '{@link org.jinzai.model.AppointmentPolicy#getMinAge <em>Min Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Age</em>' attribute.
	 * @see #getMinAge()
	 * @generated
	 */
	void setMinAge(int value);

	/**
	 * Returns the value of the '<em><b>Max Age</b></em>' attribute.
	 * The default value is <code>"55"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Age</em>' attribute.
	 * @see #setMaxAge(int)
	 * @see org.jinzai.model.JinzaiPackage#getAppointmentPolicy_MaxAge()
	 * @model default="55"
	 * @generated
	 */
	int getMaxAge();

	/**
	 * Sets the value of the '{@link org.jinzai.model.AppointmentPolicy#getMaxAge <em>Max Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Age</em>' attribute.
	 * @see #getMaxAge()
	 * @generated
	 */
	void setMaxAge(int value);

	/**
	 * Returns the value of the '<em><b>Min Months In Post</b></em>' attribute.
	 * The default value is <code>"12"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Just-transferred staff are not appointed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Min Months In Post</em>' attribute.
	 * @see #setMinMonthsInPost(int)
	 * @see org.jinzai.model.JinzaiPackage#getAppointmentPolicy_MinMonthsInPost()
	 * @model default="12"
	 * @generated
	 */
	int getMinMonthsInPost();

	/**
	 * Sets the value of the '{@link org.jinzai.model.AppointmentPolicy#getMinMonthsInPost <em>Min Months In Post</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Months In Post</em>' attribute.
	 * @see #getMinMonthsInPost()
	 * @generated
	 */
	void setMinMonthsInPost(int value);

	/**
	 * Returns the value of the '<em><b>Reappointment Probability</b></em>' attribute.
	 * The default value is <code>"0.3"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Probability that last year's promoter keeps the role.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reappointment Probability</em>' attribute.
	 * @see #setReappointmentProbability(double)
	 * @see org.jinzai.model.JinzaiPackage#getAppointmentPolicy_ReappointmentProbability()
	 * @model default="0.3"
	 * @generated
	 */
	double getReappointmentProbability();

	/**
	 * Sets the value of the '{@link org.jinzai.model.AppointmentPolicy#getReappointmentProbability <em>Reappointment Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reappointment Probability</em>' attribute.
	 * @see #getReappointmentProbability()
	 * @generated
	 */
	void setReappointmentProbability(double value);

	/**
	 * Returns the value of the '<em><b>Reappointment Estimate</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the re-appointment probability came from, when it was estimated from the history.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reappointment Estimate</em>' containment reference.
	 * @see #setReappointmentEstimate(RateEstimate)
	 * @see org.jinzai.model.JinzaiPackage#getAppointmentPolicy_ReappointmentEstimate()
	 * @model containment="true"
	 * @generated
	 */
	RateEstimate getReappointmentEstimate();

	/**
	 * Sets the value of the '{@link org.jinzai.model.AppointmentPolicy#getReappointmentEstimate <em>Reappointment Estimate</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reappointment Estimate</em>' containment reference.
	 * @see #getReappointmentEstimate()
	 * @generated
	 */
	void setReappointmentEstimate(RateEstimate value);

} // AppointmentPolicy
