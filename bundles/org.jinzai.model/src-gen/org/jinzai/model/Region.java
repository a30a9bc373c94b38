/**
 */
package org.jinzai.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Region</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 広域連携: municipalities (each a scenario on its own baseline) planning together, with the talent pools they share; simulated jointly.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.Region#getDescription <em>Description</em>}</li>
 *   <li>{@link org.jinzai.model.Region#getRunSettings <em>Run Settings</em>}</li>
 *   <li>{@link org.jinzai.model.Region#getMembers <em>Members</em>}</li>
 *   <li>{@link org.jinzai.model.Region#getPools <em>Pools</em>}</li>
 *   <li>{@link org.jinzai.model.Region#getCourses <em>Courses</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getRegion()
 * @model
 * @generated
 */
public interface Region extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.jinzai.model.JinzaiPackage#getRegion_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Region#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Run Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Run Settings</em>' containment reference.
	 * @see #setRunSettings(RunSettings)
	 * @see org.jinzai.model.JinzaiPackage#getRegion_RunSettings()
	 * @model containment="true" required="true"
	 * @generated
	 */
	RunSettings getRunSettings();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Region#getRunSettings <em>Run Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Run Settings</em>' containment reference.
	 * @see #getRunSettings()
	 * @generated
	 */
	void setRunSettings(RunSettings value);

	/**
	 * Returns the value of the '<em><b>Members</b></em>' containment reference list.
	 * The list contents are of type {@link org.jinzai.model.RegionMember}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Members</em>' containment reference list.
	 * @see org.jinzai.model.JinzaiPackage#getRegion_Members()
	 * @model containment="true"
	 * @generated
	 */
	EList<RegionMember> getMembers();

	/**
	 * Returns the value of the '<em><b>Pools</b></em>' containment reference list.
	 * The list contents are of type {@link org.jinzai.model.Pool}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pools</em>' containment reference list.
	 * @see org.jinzai.model.JinzaiPackage#getRegion_Pools()
	 * @model containment="true"
	 * @generated
	 */
	EList<Pool> getPools();

	/**
	 * Returns the value of the '<em><b>Courses</b></em>' containment reference list.
	 * The list contents are of type {@link org.jinzai.model.RegionCourse}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Courses</em>' containment reference list.
	 * @see org.jinzai.model.JinzaiPackage#getRegion_Courses()
	 * @model containment="true"
	 * @generated
	 */
	EList<RegionCourse> getCourses();

} // Region
