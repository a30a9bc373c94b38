/**
 */
package org.jinzai.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Headcount Bound Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * At least / at most k staff of a persona at or above a step per department of a kind.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.HeadcountBoundRule#getPersona <em>Persona</em>}</li>
 *   <li>{@link org.jinzai.model.HeadcountBoundRule#getMinimumStep <em>Minimum Step</em>}</li>
 *   <li>{@link org.jinzai.model.HeadcountBoundRule#getMinimum <em>Minimum</em>}</li>
 *   <li>{@link org.jinzai.model.HeadcountBoundRule#getMaximum <em>Maximum</em>}</li>
 *   <li>{@link org.jinzai.model.HeadcountBoundRule#getDepartmentKind <em>Department Kind</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getHeadcountBoundRule()
 * @model
 * @generated
 */
public interface HeadcountBoundRule extends RotationRule {
	/**
	 * Returns the value of the '<em><b>Persona</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Persona</em>' reference.
	 * @see #setPersona(Persona)
	 * @see org.jinzai.model.JinzaiPackage#getHeadcountBoundRule_Persona()
	 * @model required="true"
	 * @generated
	 */
	Persona getPersona();

	/**
	 * Sets the value of the '{@link org.jinzai.model.HeadcountBoundRule#getPersona <em>Persona</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Persona</em>' reference.
	 * @see #getPersona()
	 * @generated
	 */
	void setPersona(Persona value);

	/**
	 * Returns the value of the '<em><b>Minimum Step</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Minimum Step</em>' attribute.
	 * @see #setMinimumStep(int)
	 * @see org.jinzai.model.JinzaiPackage#getHeadcountBoundRule_MinimumStep()
	 * @model default="1"
	 * @generated
	 */
	int getMinimumStep();

	/**
	 * Sets the value of the '{@link org.jinzai.model.HeadcountBoundRule#getMinimumStep <em>Minimum Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minimum Step</em>' attribute.
	 * @see #getMinimumStep()
	 * @generated
	 */
	void setMinimumStep(int value);

	/**
	 * Returns the value of the '<em><b>Minimum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Minimum</em>' attribute.
	 * @see #setMinimum(int)
	 * @see org.jinzai.model.JinzaiPackage#getHeadcountBoundRule_Minimum()
	 * @model
	 * @generated
	 */
	int getMinimum();

	/**
	 * Sets the value of the '{@link org.jinzai.model.HeadcountBoundRule#getMinimum <em>Minimum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minimum</em>' attribute.
	 * @see #getMinimum()
	 * @generated
	 */
	void setMinimum(int value);

	/**
	 * Returns the value of the '<em><b>Maximum</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * -1 = no maximum.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Maximum</em>' attribute.
	 * @see #setMaximum(int)
	 * @see org.jinzai.model.JinzaiPackage#getHeadcountBoundRule_Maximum()
	 * @model default="-1"
	 * @generated
	 */
	int getMaximum();

	/**
	 * Sets the value of the '{@link org.jinzai.model.HeadcountBoundRule#getMaximum <em>Maximum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Maximum</em>' attribute.
	 * @see #getMaximum()
	 * @generated
	 */
	void setMaximum(int value);

	/**
	 * Returns the value of the '<em><b>Department Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.jinzai.model.DepartmentKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Department Kind</em>' attribute.
	 * @see org.jinzai.model.DepartmentKind
	 * @see #setDepartmentKind(DepartmentKind)
	 * @see org.jinzai.model.JinzaiPackage#getHeadcountBoundRule_DepartmentKind()
	 * @model
	 * @generated
	 */
	DepartmentKind getDepartmentKind();

	/**
	 * Sets the value of the '{@link org.jinzai.model.HeadcountBoundRule#getDepartmentKind <em>Department Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Department Kind</em>' attribute.
	 * @see org.jinzai.model.DepartmentKind
	 * @see #getDepartmentKind()
	 * @generated
	 */
	void setDepartmentKind(DepartmentKind value);

} // HeadcountBoundRule
