/**
 */
package org.jinzai.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rotation Policy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 人事ローテーション.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.RotationPolicy#getMinTenureYears <em>Min Tenure Years</em>}</li>
 *   <li>{@link org.jinzai.model.RotationPolicy#getMaxTenureYears <em>Max Tenure Years</em>}</li>
 *   <li>{@link org.jinzai.model.RotationPolicy#getMoveMonth <em>Move Month</em>}</li>
 *   <li>{@link org.jinzai.model.RotationPolicy#getAllowedTransfers <em>Allowed Transfers</em>}</li>
 *   <li>{@link org.jinzai.model.RotationPolicy#getRules <em>Rules</em>}</li>
 *   <li>{@link org.jinzai.model.RotationPolicy#getTenures <em>Tenures</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getRotationPolicy()
 * @model
 * @generated
 */
public interface RotationPolicy extends EObject {
	/**
	 * Returns the value of the '<em><b>Min Tenure Years</b></em>' attribute.
	 * The default value is <code>"3"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min Tenure Years</em>' attribute.
	 * @see #setMinTenureYears(int)
	 * @see org.jinzai.model.JinzaiPackage#getRotationPolicy_MinTenureYears()
	 * @model default="3"
	 * @generated
	 */
	int getMinTenureYears();

	/**
	 * Sets the value of the '{@link org.jinzai.model.RotationPolicy#getMinTenureYears <em>Min Tenure Years</em>}' attribute.
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
	 * @see org.jinzai.model.JinzaiPackage#getRotationPolicy_MaxTenureYears()
	 * @model default="5"
	 * @generated
	 */
	int getMaxTenureYears();

	/**
	 * Sets the value of the '{@link org.jinzai.model.RotationPolicy#getMaxTenureYears <em>Max Tenure Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Tenure Years</em>' attribute.
	 * @see #getMaxTenureYears()
	 * @generated
	 */
	void setMaxTenureYears(int value);

	/**
	 * Returns the value of the '<em><b>Move Month</b></em>' attribute.
	 * The default value is <code>"4"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Move Month</em>' attribute.
	 * @see #setMoveMonth(int)
	 * @see org.jinzai.model.JinzaiPackage#getRotationPolicy_MoveMonth()
	 * @model default="4"
	 * @generated
	 */
	int getMoveMonth();

	/**
	 * Sets the value of the '{@link org.jinzai.model.RotationPolicy#getMoveMonth <em>Move Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Move Month</em>' attribute.
	 * @see #getMoveMonth()
	 * @generated
	 */
	void setMoveMonth(int value);

	/**
	 * Returns the value of the '<em><b>Allowed Transfers</b></em>' containment reference list.
	 * The list contents are of type {@link org.jinzai.model.AllowedTransfer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Allowed Transfers</em>' containment reference list.
	 * @see org.jinzai.model.JinzaiPackage#getRotationPolicy_AllowedTransfers()
	 * @model containment="true"
	 * @generated
	 */
	EList<AllowedTransfer> getAllowedTransfers();

	/**
	 * Returns the value of the '<em><b>Rules</b></em>' containment reference list.
	 * The list contents are of type {@link org.jinzai.model.RotationRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rules</em>' containment reference list.
	 * @see org.jinzai.model.JinzaiPackage#getRotationPolicy_Rules()
	 * @model containment="true"
	 * @generated
	 */
	EList<RotationRule> getRules();

	/**
	 * Returns the value of the '<em><b>Tenures</b></em>' containment reference list.
	 * The list contents are of type {@link org.jinzai.model.KindTenure}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 部門別の在任期間: the tenure of a kind of department, instead of the policy's own.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tenures</em>' containment reference list.
	 * @see org.jinzai.model.JinzaiPackage#getRotationPolicy_Tenures()
	 * @model containment="true"
	 * @generated
	 */
	EList<KindTenure> getTenures();

} // RotationPolicy
