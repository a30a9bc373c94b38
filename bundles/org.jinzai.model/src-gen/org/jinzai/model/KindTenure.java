/**
 */
package org.jinzai.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Kind Tenure</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The tenure in a post of one kind of department: whole years drawn uniformly between the least and the most.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.KindTenure#getKind <em>Kind</em>}</li>
 *   <li>{@link org.jinzai.model.KindTenure#getMinTenureYears <em>Min Tenure Years</em>}</li>
 *   <li>{@link org.jinzai.model.KindTenure#getMaxTenureYears <em>Max Tenure Years</em>}</li>
 *   <li>{@link org.jinzai.model.KindTenure#getEstimate <em>Estimate</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getKindTenure()
 * @model
 * @generated
 */
public interface KindTenure extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.jinzai.model.DepartmentKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.jinzai.model.DepartmentKind
	 * @see #setKind(DepartmentKind)
	 * @see org.jinzai.model.JinzaiPackage#getKindTenure_Kind()
	 * @model
	 * @generated
	 */
	DepartmentKind getKind();

	/**
	 * Sets the value of the '{@link org.jinzai.model.KindTenure#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.jinzai.model.DepartmentKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(DepartmentKind value);

	/**
	 * Returns the value of the '<em><b>Min Tenure Years</b></em>' attribute.
	 * The default value is <code>"3"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min Tenure Years</em>' attribute.
	 * @see #setMinTenureYears(int)
	 * @see org.jinzai.model.JinzaiPackage#getKindTenure_MinTenureYears()
	 * @model default="3"
	 * @generated
	 */
	int getMinTenureYears();

	/**
	 * Sets the value of the '{@link org.jinzai.model.KindTenure#getMinTenureYears <em>Min Tenure Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Tenure Years</em>' attribute.
	 * @see #getMinTenureYears()
	 * @generated
	 */
	void setMinTenureYears(int value);

	/**
	 * Returns the value of the '<em><b>Max Tenure Years</b></em>' attribute.
	 * The default value is <code>"5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Tenure Years</em>' attribute.
	 * @see #setMaxTenureYears(int)
	 * @see org.jinzai.model.JinzaiPackage#getKindTenure_MaxTenureYears()
	 * @model default="5"
	 * @generated
	 */
	int getMaxTenureYears();

	/**
	 * Sets the value of the '{@link org.jinzai.model.KindTenure#getMaxTenureYears <em>Max Tenure Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Tenure Years</em>' attribute.
	 * @see #getMaxTenureYears()
	 * @generated
	 */
	void setMaxTenureYears(int value);

	/**
	 * Returns the value of the '<em><b>Estimate</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the tenure came from when it was estimated from past rosters.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Estimate</em>' containment reference.
	 * @see #setEstimate(TenureEstimate)
	 * @see org.jinzai.model.JinzaiPackage#getKindTenure_Estimate()
	 * @model containment="true"
	 * @generated
	 */
	TenureEstimate getEstimate();

	/**
	 * Sets the value of the '{@link org.jinzai.model.KindTenure#getEstimate <em>Estimate</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Estimate</em>' containment reference.
	 * @see #getEstimate()
	 * @generated
	 */
	void setEstimate(TenureEstimate value);

} // KindTenure
