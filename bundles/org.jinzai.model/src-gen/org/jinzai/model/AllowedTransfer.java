/**
 */
package org.jinzai.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Allowed Transfer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Moves from one kind of department to another are allowed.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.AllowedTransfer#getFrom <em>From</em>}</li>
 *   <li>{@link org.jinzai.model.AllowedTransfer#getTo <em>To</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getAllowedTransfer()
 * @model
 * @generated
 */
public interface AllowedTransfer extends EObject {
	/**
	 * Returns the value of the '<em><b>From</b></em>' attribute.
	 * The literals are from the enumeration {@link org.jinzai.model.DepartmentKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>From</em>' attribute.
	 * @see org.jinzai.model.DepartmentKind
	 * @see #setFrom(DepartmentKind)
	 * @see org.jinzai.model.JinzaiPackage#getAllowedTransfer_From()
	 * @model
	 * @generated
	 */
	DepartmentKind getFrom();

	/**
	 * Sets the value of the '{@link org.jinzai.model.AllowedTransfer#getFrom <em>From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From</em>' attribute.
	 * @see org.jinzai.model.DepartmentKind
	 * @see #getFrom()
	 * @generated
	 */
	void setFrom(DepartmentKind value);

	/**
	 * Returns the value of the '<em><b>To</b></em>' attribute.
	 * The literals are from the enumeration {@link org.jinzai.model.DepartmentKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To</em>' attribute.
	 * @see org.jinzai.model.DepartmentKind
	 * @see #setTo(DepartmentKind)
	 * @see org.jinzai.model.JinzaiPackage#getAllowedTransfer_To()
	 * @model
	 * @generated
	 */
	DepartmentKind getTo();

	/**
	 * Sets the value of the '{@link org.jinzai.model.AllowedTransfer#getTo <em>To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To</em>' attribute.
	 * @see org.jinzai.model.DepartmentKind
	 * @see #getTo()
	 * @generated
	 */
	void setTo(DepartmentKind value);

} // AllowedTransfer
