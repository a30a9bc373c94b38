/**
 */
package org.jinzai.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Projects Led Criterion</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Number of DX projects led to completion.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.ProjectsLedCriterion#getMinimumProjects <em>Minimum Projects</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getProjectsLedCriterion()
 * @model
 * @generated
 */
public interface ProjectsLedCriterion extends StepCriterion {
	/**
	 * Returns the value of the '<em><b>Minimum Projects</b></em>' attribute.
	 * The default value is <code>"2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Minimum Projects</em>' attribute.
	 * @see #setMinimumProjects(int)
	 * @see org.jinzai.model.JinzaiPackage#getProjectsLedCriterion_MinimumProjects()
	 * @model default="2"
	 * @generated
	 */
	int getMinimumProjects();

	/**
	 * Sets the value of the '{@link org.jinzai.model.ProjectsLedCriterion#getMinimumProjects <em>Minimum Projects</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minimum Projects</em>' attribute.
	 * @see #getMinimumProjects()
	 * @generated
	 */
	void setMinimumProjects(int value);

} // ProjectsLedCriterion
