/**
 */
package org.jinzai.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Course</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 研修 (Off-JT).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.Course#getProvider <em>Provider</em>}</li>
 *   <li>{@link org.jinzai.model.Course#getDurationDays <em>Duration Days</em>}</li>
 *   <li>{@link org.jinzai.model.Course#getCostPerSeat <em>Cost Per Seat</em>}</li>
 *   <li>{@link org.jinzai.model.Course#getGrants <em>Grants</em>}</li>
 *   <li>{@link org.jinzai.model.Course#getTargetPersonas <em>Target Personas</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getCourse()
 * @model
 * @generated
 */
public interface Course extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Provider</b></em>' attribute.
	 * The literals are from the enumeration {@link org.jinzai.model.Provider}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Provider</em>' attribute.
	 * @see org.jinzai.model.Provider
	 * @see #setProvider(Provider)
	 * @see org.jinzai.model.JinzaiPackage#getCourse_Provider()
	 * @model
	 * @generated
	 */
	Provider getProvider();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Course#getProvider <em>Provider</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provider</em>' attribute.
	 * @see org.jinzai.model.Provider
	 * @see #getProvider()
	 * @generated
	 */
	void setProvider(Provider value);

	/**
	 * Returns the value of the '<em><b>Duration Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Duration Days</em>' attribute.
	 * @see #setDurationDays(double)
	 * @see org.jinzai.model.JinzaiPackage#getCourse_DurationDays()
	 * @model
	 * @generated
	 */
	double getDurationDays();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Course#getDurationDays <em>Duration Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration Days</em>' attribute.
	 * @see #getDurationDays()
	 * @generated
	 */
	void setDurationDays(double value);

	/**
	 * Returns the value of the '<em><b>Cost Per Seat</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Yen per participant.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cost Per Seat</em>' attribute.
	 * @see #setCostPerSeat(int)
	 * @see org.jinzai.model.JinzaiPackage#getCourse_CostPerSeat()
	 * @model
	 * @generated
	 */
	int getCostPerSeat();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Course#getCostPerSeat <em>Cost Per Seat</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cost Per Seat</em>' attribute.
	 * @see #getCostPerSeat()
	 * @generated
	 */
	void setCostPerSeat(int value);

	/**
	 * Returns the value of the '<em><b>Grants</b></em>' containment reference list.
	 * The list contents are of type {@link org.jinzai.model.SkillGrant}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Grants</em>' containment reference list.
	 * @see org.jinzai.model.JinzaiPackage#getCourse_Grants()
	 * @model containment="true"
	 * @generated
	 */
	EList<SkillGrant> getGrants();

	/**
	 * Returns the value of the '<em><b>Target Personas</b></em>' reference list.
	 * The list contents are of type {@link org.jinzai.model.Persona}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Personas</em>' reference list.
	 * @see org.jinzai.model.JinzaiPackage#getCourse_TargetPersonas()
	 * @model
	 * @generated
	 */
	EList<Persona> getTargetPersonas();

} // Course
