/**
 */
package org.jinzai.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Organization</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 組織.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.Organization#getKind <em>Kind</em>}</li>
 *   <li>{@link org.jinzai.model.Organization#getPopulation <em>Population</em>}</li>
 *   <li>{@link org.jinzai.model.Organization#getStatutoryHeadcount <em>Statutory Headcount</em>}</li>
 *   <li>{@link org.jinzai.model.Organization#getDepartments <em>Departments</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getOrganization()
 * @model
 * @generated
 */
public interface Organization extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.jinzai.model.MunicipalityKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.jinzai.model.MunicipalityKind
	 * @see #setKind(MunicipalityKind)
	 * @see org.jinzai.model.JinzaiPackage#getOrganization_Kind()
	 * @model
	 * @generated
	 */
	MunicipalityKind getKind();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Organization#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.jinzai.model.MunicipalityKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(MunicipalityKind value);

	/**
	 * Returns the value of the '<em><b>Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Population</em>' attribute.
	 * @see #setPopulation(int)
	 * @see org.jinzai.model.JinzaiPackage#getOrganization_Population()
	 * @model
	 * @generated
	 */
	int getPopulation();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Organization#getPopulation <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Population</em>' attribute.
	 * @see #getPopulation()
	 * @generated
	 */
	void setPopulation(int value);

	/**
	 * Returns the value of the '<em><b>Statutory Headcount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 条例定数.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Statutory Headcount</em>' attribute.
	 * @see #setStatutoryHeadcount(int)
	 * @see org.jinzai.model.JinzaiPackage#getOrganization_StatutoryHeadcount()
	 * @model
	 * @generated
	 */
	int getStatutoryHeadcount();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Organization#getStatutoryHeadcount <em>Statutory Headcount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Statutory Headcount</em>' attribute.
	 * @see #getStatutoryHeadcount()
	 * @generated
	 */
	void setStatutoryHeadcount(int value);

	/**
	 * Returns the value of the '<em><b>Departments</b></em>' containment reference list.
	 * The list contents are of type {@link org.jinzai.model.Department}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Departments</em>' containment reference list.
	 * @see org.jinzai.model.JinzaiPackage#getOrganization_Departments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Department> getDepartments();

} // Organization
