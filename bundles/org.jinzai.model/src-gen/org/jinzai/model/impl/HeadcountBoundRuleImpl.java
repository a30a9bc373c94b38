/**
 */
package org.jinzai.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.jinzai.model.DepartmentKind;
import org.jinzai.model.HeadcountBoundRule;
import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.Persona;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Headcount Bound Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.impl.HeadcountBoundRuleImpl#getPersona <em>Persona</em>}</li>
 *   <li>{@link org.jinzai.model.impl.HeadcountBoundRuleImpl#getMinimumStep <em>Minimum Step</em>}</li>
 *   <li>{@link org.jinzai.model.impl.HeadcountBoundRuleImpl#getMinimum <em>Minimum</em>}</li>
 *   <li>{@link org.jinzai.model.impl.HeadcountBoundRuleImpl#getMaximum <em>Maximum</em>}</li>
 *   <li>{@link org.jinzai.model.impl.HeadcountBoundRuleImpl#getDepartmentKind <em>Department Kind</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HeadcountBoundRuleImpl extends RotationRuleImpl implements HeadcountBoundRule {
	/**
	 * The cached value of the '{@link #getPersona() <em>Persona</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersona()
	 * @generated
	 * @ordered
	 */
	protected Persona persona;

	/**
	 * The default value of the '{@link #getMinimumStep() <em>Minimum Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumStep()
	 * @generated
	 * @ordered
	 */
	protected static final int MINIMUM_STEP_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getMinimumStep() <em>Minimum Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumStep()
	 * @generated
	 * @ordered
	 */
	protected int minimumStep = MINIMUM_STEP_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinimum() <em>Minimum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimum()
	 * @generated
	 * @ordered
	 */
	protected static final int MINIMUM_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMinimum() <em>Minimum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimum()
	 * @generated
	 * @ordered
	 */
	protected int minimum = MINIMUM_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaximum() <em>Maximum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaximum()
	 * @generated
	 * @ordered
	 */
	protected static final int MAXIMUM_EDEFAULT = -1;

	/**
	 * The cached value of the '{@link #getMaximum() <em>Maximum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaximum()
	 * @generated
	 * @ordered
	 */
	protected int maximum = MAXIMUM_EDEFAULT;

	/**
	 * The default value of the '{@link #getDepartmentKind() <em>Department Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepartmentKind()
	 * @generated
	 * @ordered
	 */
	protected static final DepartmentKind DEPARTMENT_KIND_EDEFAULT = DepartmentKind.BUSINESS;

	/**
	 * The cached value of the '{@link #getDepartmentKind() <em>Department Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepartmentKind()
	 * @generated
	 * @ordered
	 */
	protected DepartmentKind departmentKind = DEPARTMENT_KIND_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HeadcountBoundRuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JinzaiPackage.Literals.HEADCOUNT_BOUND_RULE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Persona getPersona() {
		if (persona != null && persona.eIsProxy()) {
			InternalEObject oldPersona = (InternalEObject)persona;
			persona = (Persona)eResolveProxy(oldPersona);
			if (persona != oldPersona) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, JinzaiPackage.HEADCOUNT_BOUND_RULE__PERSONA, oldPersona, persona));
			}
		}
		return persona;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Persona basicGetPersona() {
		return persona;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPersona(Persona newPersona) {
		Persona oldPersona = persona;
		persona = newPersona;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.HEADCOUNT_BOUND_RULE__PERSONA, oldPersona, persona));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinimumStep() {
		return minimumStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinimumStep(int newMinimumStep) {
		int oldMinimumStep = minimumStep;
		minimumStep = newMinimumStep;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.HEADCOUNT_BOUND_RULE__MINIMUM_STEP, oldMinimumStep, minimumStep));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinimum() {
		return minimum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinimum(int newMinimum) {
		int oldMinimum = minimum;
		minimum = newMinimum;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.HEADCOUNT_BOUND_RULE__MINIMUM, oldMinimum, minimum));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaximum() {
		return maximum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaximum(int newMaximum) {
		int oldMaximum = maximum;
		maximum = newMaximum;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.HEADCOUNT_BOUND_RULE__MAXIMUM, oldMaximum, maximum));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DepartmentKind getDepartmentKind() {
		return departmentKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDepartmentKind(DepartmentKind newDepartmentKind) {
		DepartmentKind oldDepartmentKind = departmentKind;
		departmentKind = newDepartmentKind == null ? DEPARTMENT_KIND_EDEFAULT : newDepartmentKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.HEADCOUNT_BOUND_RULE__DEPARTMENT_KIND, oldDepartmentKind, departmentKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case JinzaiPackage.HEADCOUNT_BOUND_RULE__PERSONA:
				if (resolve) return getPersona();
				return basicGetPersona();
			case JinzaiPackage.HEADCOUNT_BOUND_RULE__MINIMUM_STEP:
				return getMinimumStep();
			case JinzaiPackage.HEADCOUNT_BOUND_RULE__MINIMUM:
				return getMinimum();
			case JinzaiPackage.HEADCOUNT_BOUND_RULE__MAXIMUM:
				return getMaximum();
			case JinzaiPackage.HEADCOUNT_BOUND_RULE__DEPARTMENT_KIND:
				return getDepartmentKind();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case JinzaiPackage.HEADCOUNT_BOUND_RULE__PERSONA:
				setPersona((Persona)newValue);
				return;
			case JinzaiPackage.HEADCOUNT_BOUND_RULE__MINIMUM_STEP:
				setMinimumStep((Integer)newValue);
				return;
			case JinzaiPackage.HEADCOUNT_BOUND_RULE__MINIMUM:
				setMinimum((Integer)newValue);
				return;
			case JinzaiPackage.HEADCOUNT_BOUND_RULE__MAXIMUM:
				setMaximum((Integer)newValue);
				return;
			case JinzaiPackage.HEADCOUNT_BOUND_RULE__DEPARTMENT_KIND:
				setDepartmentKind((DepartmentKind)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case JinzaiPackage.HEADCOUNT_BOUND_RULE__PERSONA:
				setPersona((Persona)null);
				return;
			case JinzaiPackage.HEADCOUNT_BOUND_RULE__MINIMUM_STEP:
				setMinimumStep(MINIMUM_STEP_EDEFAULT);
				return;
			case JinzaiPackage.HEADCOUNT_BOUND_RULE__MINIMUM:
				setMinimum(MINIMUM_EDEFAULT);
				return;
			case JinzaiPackage.HEADCOUNT_BOUND_RULE__MAXIMUM:
				setMaximum(MAXIMUM_EDEFAULT);
				return;
			case JinzaiPackage.HEADCOUNT_BOUND_RULE__DEPARTMENT_KIND:
				setDepartmentKind(DEPARTMENT_KIND_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case JinzaiPackage.HEADCOUNT_BOUND_RULE__PERSONA:
				return persona != null;
			case JinzaiPackage.HEADCOUNT_BOUND_RULE__MINIMUM_STEP:
				return minimumStep != MINIMUM_STEP_EDEFAULT;
			case JinzaiPackage.HEADCOUNT_BOUND_RULE__MINIMUM:
				return minimum != MINIMUM_EDEFAULT;
			case JinzaiPackage.HEADCOUNT_BOUND_RULE__MAXIMUM:
				return maximum != MAXIMUM_EDEFAULT;
			case JinzaiPackage.HEADCOUNT_BOUND_RULE__DEPARTMENT_KIND:
				return departmentKind != DEPARTMENT_KIND_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (minimumStep: "); //$NON-NLS-1$
		result.append(minimumStep);
		result.append(", minimum: "); //$NON-NLS-1$
		result.append(minimum);
		result.append(", maximum: "); //$NON-NLS-1$
		result.append(maximum);
		result.append(", departmentKind: "); //$NON-NLS-1$
		result.append(departmentKind);
		result.append(')');
		return result.toString();
	}

} //HeadcountBoundRuleImpl
