/**
 */
package org.jinzai.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Large Project</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 大規模案件 (e.g. ガバメントクラウド移行) during which listed roles must not move.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.LargeProject#getFirstFiscalYear <em>First Fiscal Year</em>}</li>
 *   <li>{@link org.jinzai.model.LargeProject#getLastFiscalYear <em>Last Fiscal Year</em>}</li>
 *   <li>{@link org.jinzai.model.LargeProject#getHeldPersonas <em>Held Personas</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getLargeProject()
 * @model
 * @generated
 */
public interface LargeProject extends NamedElement {
	/**
	 * Returns the value of the '<em><b>First Fiscal Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>First Fiscal Year</em>' attribute.
	 * @see #setFirstFiscalYear(int)
	 * @see org.jinzai.model.JinzaiPackage#getLargeProject_FirstFiscalYear()
	 * @model
	 * @generated
	 */
	int getFirstFiscalYear();

	/**
	 * Sets the value of the '{@link org.jinzai.model.LargeProject#getFirstFiscalYear <em>First Fiscal Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Fiscal Year</em>' attribute.
	 * @see #getFirstFiscalYear()
	 * @generated
	 */
	void setFirstFiscalYear(int value);

	/**
	 * Returns the value of the '<em><b>Last Fiscal Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Fiscal Year</em>' attribute.
	 * @see #setLastFiscalYear(int)
	 * @see org.jinzai.model.JinzaiPackage#getLargeProject_LastFiscalYear()
	 * @model
	 * @generated
	 */
	int getLastFiscalYear();

	/**
	 * Sets the value of the '{@link org.jinzai.model.LargeProject#getLastFiscalYear <em>Last Fiscal Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Fiscal Year</em>' attribute.
	 * @see #getLastFiscalYear()
	 * @generated
	 */
	void setLastFiscalYear(int value);

	/**
	 * Returns the value of the '<em><b>Held Personas</b></em>' reference list.
	 * The list contents are of type {@link org.jinzai.model.Persona}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Staff in these personas must not be moved from the department while the project runs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Held Personas</em>' reference list.
	 * @see org.jinzai.model.JinzaiPackage#getLargeProject_HeldPersonas()
	 * @model
	 * @generated
	 */
	EList<Persona> getHeldPersonas();

} // LargeProject
