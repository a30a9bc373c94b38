/**
 */
package org.jinzai.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sweep Experiment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Every combination of one or two levers over their values; per point each target's probability and mean.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.SweepExperiment#getFirst <em>First</em>}</li>
 *   <li>{@link org.jinzai.model.SweepExperiment#getFirstValues <em>First Values</em>}</li>
 *   <li>{@link org.jinzai.model.SweepExperiment#getSecond <em>Second</em>}</li>
 *   <li>{@link org.jinzai.model.SweepExperiment#getSecondValues <em>Second Values</em>}</li>
 *   <li>{@link org.jinzai.model.SweepExperiment#getPoints <em>Points</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getSweepExperiment()
 * @model
 * @generated
 */
public interface SweepExperiment extends Experiment {
	/**
	 * Returns the value of the '<em><b>First</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>First</em>' containment reference.
	 * @see #setFirst(Lever)
	 * @see org.jinzai.model.JinzaiPackage#getSweepExperiment_First()
	 * @model containment="true"
	 * @generated
	 */
	Lever getFirst();

	/**
	 * Sets the value of the '{@link org.jinzai.model.SweepExperiment#getFirst <em>First</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First</em>' containment reference.
	 * @see #getFirst()
	 * @generated
	 */
	void setFirst(Lever value);

	/**
	 * Returns the value of the '<em><b>First Values</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>First Values</em>' attribute list.
	 * @see org.jinzai.model.JinzaiPackage#getSweepExperiment_FirstValues()
	 * @model
	 * @generated
	 */
	EList<Integer> getFirstValues();

	/**
	 * Returns the value of the '<em><b>Second</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Second</em>' containment reference.
	 * @see #setSecond(Lever)
	 * @see org.jinzai.model.JinzaiPackage#getSweepExperiment_Second()
	 * @model containment="true"
	 * @generated
	 */
	Lever getSecond();

	/**
	 * Sets the value of the '{@link org.jinzai.model.SweepExperiment#getSecond <em>Second</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Second</em>' containment reference.
	 * @see #getSecond()
	 * @generated
	 */
	void setSecond(Lever value);

	/**
	 * Returns the value of the '<em><b>Second Values</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Second Values</em>' attribute list.
	 * @see org.jinzai.model.JinzaiPackage#getSweepExperiment_SecondValues()
	 * @model
	 * @generated
	 */
	EList<Integer> getSecondValues();

	/**
	 * Returns the value of the '<em><b>Points</b></em>' containment reference list.
	 * The list contents are of type {@link org.jinzai.model.SweepPoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Points</em>' containment reference list.
	 * @see org.jinzai.model.JinzaiPackage#getSweepExperiment_Points()
	 * @model containment="true"
	 * @generated
	 */
	EList<SweepPoint> getPoints();

} // SweepExperiment
