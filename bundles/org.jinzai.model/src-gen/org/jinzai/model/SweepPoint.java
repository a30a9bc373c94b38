/**
 */
package org.jinzai.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sweep Point</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One point of a sweep.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.SweepPoint#getFirst <em>First</em>}</li>
 *   <li>{@link org.jinzai.model.SweepPoint#getSecond <em>Second</em>}</li>
 *   <li>{@link org.jinzai.model.SweepPoint#getValues <em>Values</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getSweepPoint()
 * @model
 * @generated
 */
public interface SweepPoint extends EObject {
	/**
	 * Returns the value of the '<em><b>First</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>First</em>' attribute.
	 * @see #setFirst(int)
	 * @see org.jinzai.model.JinzaiPackage#getSweepPoint_First()
	 * @model
	 * @generated
	 */
	int getFirst();

	/**
	 * Sets the value of the '{@link org.jinzai.model.SweepPoint#getFirst <em>First</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First</em>' attribute.
	 * @see #getFirst()
	 * @generated
	 */
	void setFirst(int value);

	/**
	 * Returns the value of the '<em><b>Second</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Second</em>' attribute.
	 * @see #setSecond(int)
	 * @see org.jinzai.model.JinzaiPackage#getSweepPoint_Second()
	 * @model
	 * @generated
	 */
	int getSecond();

	/**
	 * Sets the value of the '{@link org.jinzai.model.SweepPoint#getSecond <em>Second</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Second</em>' attribute.
	 * @see #getSecond()
	 * @generated
	 */
	void setSecond(int value);

	/**
	 * Returns the value of the '<em><b>Values</b></em>' containment reference list.
	 * The list contents are of type {@link org.jinzai.model.TargetOutcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Values</em>' containment reference list.
	 * @see org.jinzai.model.JinzaiPackage#getSweepPoint_Values()
	 * @model containment="true"
	 * @generated
	 */
	EList<TargetOutcome> getValues();

} // SweepPoint
