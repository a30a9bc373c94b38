/**
 */
package org.jinzai.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Department</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 部門/課.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.Department#getKind <em>Kind</em>}</li>
 *   <li>{@link org.jinzai.model.Department#getHeadcount <em>Headcount</em>}</li>
 *   <li>{@link org.jinzai.model.Department#getLargeProjects <em>Large Projects</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getDepartment()
 * @model
 * @generated
 */
public interface Department extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.jinzai.model.DepartmentKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.jinzai.model.DepartmentKind
	 * @see #setKind(DepartmentKind)
	 * @see org.jinzai.model.JinzaiPackage#getDepartment_Kind()
	 * @model
	 * @generated
	 */
	DepartmentKind getKind();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Department#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.jinzai.model.DepartmentKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(DepartmentKind value);

	/**
	 * Returns the value of the '<em><b>Headcount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Authorized headcount of the department (定数).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Headcount</em>' attribute.
	 * @see #setHeadcount(int)
	 * @see org.jinzai.model.JinzaiPackage#getDepartment_Headcount()
	 * @model
	 * @generated
	 */
	int getHeadcount();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Department#getHeadcount <em>Headcount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Headcount</em>' attribute.
	 * @see #getHeadcount()
	 * @generated
	 */
	void setHeadcount(int value);

	/**
	 * Returns the value of the '<em><b>Large Projects</b></em>' containment reference list.
	 * The list contents are of type {@link org.jinzai.model.LargeProject}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Large Projects</em>' containment reference list.
	 * @see org.jinzai.model.JinzaiPackage#getDepartment_LargeProjects()
	 * @model containment="true"
	 * @generated
	 */
	EList<LargeProject> getLargeProjects();

} // Department
