/**
 */
package org.jinzai.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Baseline</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 一つの自治体の基礎データ (baseline): organization, staff, personas, skills and courses. Changes rarely.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.Baseline#getDescription <em>Description</em>}</li>
 *   <li>{@link org.jinzai.model.Baseline#getModelVersion <em>Model Version</em>}</li>
 *   <li>{@link org.jinzai.model.Baseline#getOrganization <em>Organization</em>}</li>
 *   <li>{@link org.jinzai.model.Baseline#getSkillItems <em>Skill Items</em>}</li>
 *   <li>{@link org.jinzai.model.Baseline#getPersonas <em>Personas</em>}</li>
 *   <li>{@link org.jinzai.model.Baseline#getCourses <em>Courses</em>}</li>
 *   <li>{@link org.jinzai.model.Baseline#getStaff <em>Staff</em>}</li>
 *   <li>{@link org.jinzai.model.Baseline#getRosterAggregates <em>Roster Aggregates</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getBaseline()
 * @model
 * @generated
 */
public interface Baseline extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.jinzai.model.JinzaiPackage#getBaseline_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Baseline#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Model Version</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version of the file format, for migrations.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Model Version</em>' attribute.
	 * @see #setModelVersion(String)
	 * @see org.jinzai.model.JinzaiPackage#getBaseline_ModelVersion()
	 * @model default="1.0"
	 * @generated
	 */
	String getModelVersion();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Baseline#getModelVersion <em>Model Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model Version</em>' attribute.
	 * @see #getModelVersion()
	 * @generated
	 */
	void setModelVersion(String value);

	/**
	 * Returns the value of the '<em><b>Organization</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Organization</em>' containment reference.
	 * @see #setOrganization(Organization)
	 * @see org.jinzai.model.JinzaiPackage#getBaseline_Organization()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Organization getOrganization();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Baseline#getOrganization <em>Organization</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organization</em>' containment reference.
	 * @see #getOrganization()
	 * @generated
	 */
	void setOrganization(Organization value);

	/**
	 * Returns the value of the '<em><b>Skill Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.jinzai.model.SkillItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Skill Items</em>' containment reference list.
	 * @see org.jinzai.model.JinzaiPackage#getBaseline_SkillItems()
	 * @model containment="true"
	 * @generated
	 */
	EList<SkillItem> getSkillItems();

	/**
	 * Returns the value of the '<em><b>Personas</b></em>' containment reference list.
	 * The list contents are of type {@link org.jinzai.model.Persona}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Personas</em>' containment reference list.
	 * @see org.jinzai.model.JinzaiPackage#getBaseline_Personas()
	 * @model containment="true"
	 * @generated
	 */
	EList<Persona> getPersonas();

	/**
	 * Returns the value of the '<em><b>Courses</b></em>' containment reference list.
	 * The list contents are of type {@link org.jinzai.model.Course}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Courses</em>' containment reference list.
	 * @see org.jinzai.model.JinzaiPackage#getBaseline_Courses()
	 * @model containment="true"
	 * @generated
	 */
	EList<Course> getCourses();

	/**
	 * Returns the value of the '<em><b>Staff</b></em>' containment reference list.
	 * The list contents are of type {@link org.jinzai.model.StaffMember}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Current roster, one element per person.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Staff</em>' containment reference list.
	 * @see org.jinzai.model.JinzaiPackage#getBaseline_Staff()
	 * @model containment="true"
	 * @generated
	 */
	EList<StaffMember> getStaff();

	/**
	 * Returns the value of the '<em><b>Roster Aggregates</b></em>' containment reference list.
	 * The list contents are of type {@link org.jinzai.model.RosterAggregate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Counts from which a roster is generated when no individual data exists.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Roster Aggregates</em>' containment reference list.
	 * @see org.jinzai.model.JinzaiPackage#getBaseline_RosterAggregates()
	 * @model containment="true"
	 * @generated
	 */
	EList<RosterAggregate> getRosterAggregates();

} // Baseline
