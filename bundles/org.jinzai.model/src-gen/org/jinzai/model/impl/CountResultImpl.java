/**
 */
package org.jinzai.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.jinzai.model.CountResult;
import org.jinzai.model.JinzaiPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Count Result</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.impl.CountResultImpl#getPersonaId <em>Persona Id</em>}</li>
 *   <li>{@link org.jinzai.model.impl.CountResultImpl#getStep <em>Step</em>}</li>
 *   <li>{@link org.jinzai.model.impl.CountResultImpl#isBySkill <em>By Skill</em>}</li>
 *   <li>{@link org.jinzai.model.impl.CountResultImpl#getDepartmentId <em>Department Id</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CountResultImpl extends DistributionImpl implements CountResult {
	/**
	 * The default value of the '{@link #getPersonaId() <em>Persona Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersonaId()
	 * @generated
	 * @ordered
	 */
	protected static final String PERSONA_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPersonaId() <em>Persona Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersonaId()
	 * @generated
	 * @ordered
	 */
	protected String personaId = PERSONA_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getStep() <em>Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStep()
	 * @generated
	 * @ordered
	 */
	protected static final int STEP_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getStep() <em>Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStep()
	 * @generated
	 * @ordered
	 */
	protected int step = STEP_EDEFAULT;

	/**
	 * The default value of the '{@link #isBySkill() <em>By Skill</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBySkill()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BY_SKILL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isBySkill() <em>By Skill</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBySkill()
	 * @generated
	 * @ordered
	 */
	protected boolean bySkill = BY_SKILL_EDEFAULT;

	/**
	 * The default value of the '{@link #getDepartmentId() <em>Department Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepartmentId()
	 * @generated
	 * @ordered
	 */
	protected static final String DEPARTMENT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDepartmentId() <em>Department Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepartmentId()
	 * @generated
	 * @ordered
	 */
	protected String departmentId = DEPARTMENT_ID_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CountResultImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JinzaiPackage.Literals.COUNT_RESULT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPersonaId() {
		return personaId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPersonaId(String newPersonaId) {
		String oldPersonaId = personaId;
		personaId = newPersonaId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.COUNT_RESULT__PERSONA_ID, oldPersonaId, personaId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStep() {
		return step;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStep(int newStep) {
		int oldStep = step;
		step = newStep;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.COUNT_RESULT__STEP, oldStep, step));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBySkill() {
		return bySkill;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBySkill(boolean newBySkill) {
		boolean oldBySkill = bySkill;
		bySkill = newBySkill;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.COUNT_RESULT__BY_SKILL, oldBySkill, bySkill));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDepartmentId() {
		return departmentId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDepartmentId(String newDepartmentId) {
		String oldDepartmentId = departmentId;
		departmentId = newDepartmentId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.COUNT_RESULT__DEPARTMENT_ID, oldDepartmentId, departmentId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case JinzaiPackage.COUNT_RESULT__PERSONA_ID:
				return getPersonaId();
			case JinzaiPackage.COUNT_RESULT__STEP:
				return getStep();
			case JinzaiPackage.COUNT_RESULT__BY_SKILL:
				return isBySkill();
			case JinzaiPackage.COUNT_RESULT__DEPARTMENT_ID:
				return getDepartmentId();
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
			case JinzaiPackage.COUNT_RESULT__PERSONA_ID:
				setPersonaId((String)newValue);
				return;
			case JinzaiPackage.COUNT_RESULT__STEP:
				setStep((Integer)newValue);
				return;
			case JinzaiPackage.COUNT_RESULT__BY_SKILL:
				setBySkill((Boolean)newValue);
				return;
			case JinzaiPackage.COUNT_RESULT__DEPARTMENT_ID:
				setDepartmentId((String)newValue);
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
			case JinzaiPackage.COUNT_RESULT__PERSONA_ID:
				setPersonaId(PERSONA_ID_EDEFAULT);
				return;
			case JinzaiPackage.COUNT_RESULT__STEP:
				setStep(STEP_EDEFAULT);
				return;
			case JinzaiPackage.COUNT_RESULT__BY_SKILL:
				setBySkill(BY_SKILL_EDEFAULT);
				return;
			case JinzaiPackage.COUNT_RESULT__DEPARTMENT_ID:
				setDepartmentId(DEPARTMENT_ID_EDEFAULT);
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
			case JinzaiPackage.COUNT_RESULT__PERSONA_ID:
				return PERSONA_ID_EDEFAULT == null ? personaId != null : !PERSONA_ID_EDEFAULT.equals(personaId);
			case JinzaiPackage.COUNT_RESULT__STEP:
				return step != STEP_EDEFAULT;
			case JinzaiPackage.COUNT_RESULT__BY_SKILL:
				return bySkill != BY_SKILL_EDEFAULT;
			case JinzaiPackage.COUNT_RESULT__DEPARTMENT_ID:
				return DEPARTMENT_ID_EDEFAULT == null ? departmentId != null : !DEPARTMENT_ID_EDEFAULT.equals(departmentId);
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
		result.append(" (personaId: "); //$NON-NLS-1$
		result.append(personaId);
		result.append(", step: "); //$NON-NLS-1$
		result.append(step);
		result.append(", bySkill: "); //$NON-NLS-1$
		result.append(bySkill);
		result.append(", departmentId: "); //$NON-NLS-1$
		result.append(departmentId);
		result.append(')');
		return result.toString();
	}

} //CountResultImpl
