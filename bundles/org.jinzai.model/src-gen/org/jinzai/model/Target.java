/**
 */
package org.jinzai.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Target</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 数値目標, per fiscal year.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.Target#getKind <em>Kind</em>}</li>
 *   <li>{@link org.jinzai.model.Target#getPersona <em>Persona</em>}</li>
 *   <li>{@link org.jinzai.model.Target#getMinimumStep <em>Minimum Step</em>}</li>
 *   <li>{@link org.jinzai.model.Target#getCountBy <em>Count By</em>}</li>
 *   <li>{@link org.jinzai.model.Target#getScope <em>Scope</em>}</li>
 *   <li>{@link org.jinzai.model.Target#getDepartment <em>Department</em>}</li>
 *   <li>{@link org.jinzai.model.Target#getDepartmentKind <em>Department Kind</em>}</li>
 *   <li>{@link org.jinzai.model.Target#getCourse <em>Course</em>}</li>
 *   <li>{@link org.jinzai.model.Target#getValues <em>Values</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getTarget()
 * @model
 * @generated
 */
public interface Target extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.jinzai.model.TargetKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.jinzai.model.TargetKind
	 * @see #setKind(TargetKind)
	 * @see org.jinzai.model.JinzaiPackage#getTarget_Kind()
	 * @model
	 * @generated
	 */
	TargetKind getKind();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Target#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.jinzai.model.TargetKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(TargetKind value);

	/**
	 * Returns the value of the '<em><b>Persona</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Persona</em>' reference.
	 * @see #setPersona(Persona)
	 * @see org.jinzai.model.JinzaiPackage#getTarget_Persona()
	 * @model
	 * @generated
	 */
	Persona getPersona();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Target#getPersona <em>Persona</em>}' reference.
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
	 * @see org.jinzai.model.JinzaiPackage#getTarget_MinimumStep()
	 * @model default="1"
	 * @generated
	 */
	int getMinimumStep();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Target#getMinimumStep <em>Minimum Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minimum Step</em>' attribute.
	 * @see #getMinimumStep()
	 * @generated
	 */
	void setMinimumStep(int value);

	/**
	 * Returns the value of the '<em><b>Count By</b></em>' attribute.
	 * The literals are from the enumeration {@link org.jinzai.model.CountBasis}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Count By</em>' attribute.
	 * @see org.jinzai.model.CountBasis
	 * @see #setCountBy(CountBasis)
	 * @see org.jinzai.model.JinzaiPackage#getTarget_CountBy()
	 * @model
	 * @generated
	 */
	CountBasis getCountBy();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Target#getCountBy <em>Count By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Count By</em>' attribute.
	 * @see org.jinzai.model.CountBasis
	 * @see #getCountBy()
	 * @generated
	 */
	void setCountBy(CountBasis value);

	/**
	 * Returns the value of the '<em><b>Scope</b></em>' attribute.
	 * The literals are from the enumeration {@link org.jinzai.model.TargetScope}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scope</em>' attribute.
	 * @see org.jinzai.model.TargetScope
	 * @see #setScope(TargetScope)
	 * @see org.jinzai.model.JinzaiPackage#getTarget_Scope()
	 * @model
	 * @generated
	 */
	TargetScope getScope();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Target#getScope <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope</em>' attribute.
	 * @see org.jinzai.model.TargetScope
	 * @see #getScope()
	 * @generated
	 */
	void setScope(TargetScope value);

	/**
	 * Returns the value of the '<em><b>Department</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Department</em>' reference.
	 * @see #setDepartment(Department)
	 * @see org.jinzai.model.JinzaiPackage#getTarget_Department()
	 * @model
	 * @generated
	 */
	Department getDepartment();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Target#getDepartment <em>Department</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Department</em>' reference.
	 * @see #getDepartment()
	 * @generated
	 */
	void setDepartment(Department value);

	/**
	 * Returns the value of the '<em><b>Department Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.jinzai.model.DepartmentKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Department Kind</em>' attribute.
	 * @see org.jinzai.model.DepartmentKind
	 * @see #setDepartmentKind(DepartmentKind)
	 * @see org.jinzai.model.JinzaiPackage#getTarget_DepartmentKind()
	 * @model
	 * @generated
	 */
	DepartmentKind getDepartmentKind();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Target#getDepartmentKind <em>Department Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Department Kind</em>' attribute.
	 * @see org.jinzai.model.DepartmentKind
	 * @see #getDepartmentKind()
	 * @generated
	 */
	void setDepartmentKind(DepartmentKind value);

	/**
	 * Returns the value of the '<em><b>Course</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Course</em>' reference.
	 * @see #setCourse(Course)
	 * @see org.jinzai.model.JinzaiPackage#getTarget_Course()
	 * @model
	 * @generated
	 */
	Course getCourse();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Target#getCourse <em>Course</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Course</em>' reference.
	 * @see #getCourse()
	 * @generated
	 */
	void setCourse(Course value);

	/**
	 * Returns the value of the '<em><b>Values</b></em>' containment reference list.
	 * The list contents are of type {@link org.jinzai.model.TargetValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Values</em>' containment reference list.
	 * @see org.jinzai.model.JinzaiPackage#getTarget_Values()
	 * @model containment="true" required="true"
	 * @generated
	 */
	EList<TargetValue> getValues();

} // Target
