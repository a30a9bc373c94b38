/**
 */
package org.jinzai.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Attrition Policy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 離職・退職.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.AttritionPolicy#getRates <em>Rates</em>}</li>
 *   <li>{@link org.jinzai.model.AttritionPolicy#getSpecialistWithoutTrackMultiplier <em>Specialist Without Track Multiplier</em>}</li>
 *   <li>{@link org.jinzai.model.AttritionPolicy#getRetirementAges <em>Retirement Ages</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getAttritionPolicy()
 * @model
 * @generated
 */
public interface AttritionPolicy extends EObject {
	/**
	 * Returns the value of the '<em><b>Rates</b></em>' containment reference list.
	 * The list contents are of type {@link org.jinzai.model.AttritionRate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rates</em>' containment reference list.
	 * @see org.jinzai.model.JinzaiPackage#getAttritionPolicy_Rates()
	 * @model containment="true"
	 * @generated
	 */
	EList<AttritionRate> getRates();

	/**
	 * Returns the value of the '<em><b>Specialist Without Track Multiplier</b></em>' attribute.
	 * The default value is <code>"1.5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Multiplier for specialists without a career track.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Specialist Without Track Multiplier</em>' attribute.
	 * @see #setSpecialistWithoutTrackMultiplier(double)
	 * @see org.jinzai.model.JinzaiPackage#getAttritionPolicy_SpecialistWithoutTrackMultiplier()
	 * @model default="1.5"
	 * @generated
	 */
	double getSpecialistWithoutTrackMultiplier();

	/**
	 * Sets the value of the '{@link org.jinzai.model.AttritionPolicy#getSpecialistWithoutTrackMultiplier <em>Specialist Without Track Multiplier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Specialist Without Track Multiplier</em>' attribute.
	 * @see #getSpecialistWithoutTrackMultiplier()
	 * @generated
	 */
	void setSpecialistWithoutTrackMultiplier(double value);

	/**
	 * Returns the value of the '<em><b>Retirement Ages</b></em>' containment reference list.
	 * The list contents are of type {@link org.jinzai.model.RetirementAge}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Retirement Ages</em>' containment reference list.
	 * @see org.jinzai.model.JinzaiPackage#getAttritionPolicy_RetirementAges()
	 * @model containment="true"
	 * @generated
	 */
	EList<RetirementAge> getRetirementAges();

} // AttritionPolicy
