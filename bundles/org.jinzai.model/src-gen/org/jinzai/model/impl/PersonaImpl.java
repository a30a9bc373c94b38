/**
 */
package org.jinzai.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.Persona;
import org.jinzai.model.SkillRequirement;
import org.jinzai.model.StepDefinition;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Persona</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.impl.PersonaImpl#getShortName <em>Short Name</em>}</li>
 *   <li>{@link org.jinzai.model.impl.PersonaImpl#isExternal <em>External</em>}</li>
 *   <li>{@link org.jinzai.model.impl.PersonaImpl#isHasSteps <em>Has Steps</em>}</li>
 *   <li>{@link org.jinzai.model.impl.PersonaImpl#getRequiredSkills <em>Required Skills</em>}</li>
 *   <li>{@link org.jinzai.model.impl.PersonaImpl#getSteps <em>Steps</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PersonaImpl extends NamedElementImpl implements Persona {
	/**
	 * The default value of the '{@link #getShortName() <em>Short Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShortName()
	 * @generated
	 * @ordered
	 */
	protected static final String SHORT_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getShortName() <em>Short Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShortName()
	 * @generated
	 * @ordered
	 */
	protected String shortName = SHORT_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #isExternal() <em>External</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExternal()
	 * @generated
	 * @ordered
	 */
	protected static final boolean EXTERNAL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isExternal() <em>External</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExternal()
	 * @generated
	 * @ordered
	 */
	protected boolean external = EXTERNAL_EDEFAULT;

	/**
	 * The default value of the '{@link #isHasSteps() <em>Has Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHasSteps()
	 * @generated
	 * @ordered
	 */
	protected static final boolean HAS_STEPS_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isHasSteps() <em>Has Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHasSteps()
	 * @generated
	 * @ordered
	 */
	protected boolean hasSteps = HAS_STEPS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRequiredSkills() <em>Required Skills</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequiredSkills()
	 * @generated
	 * @ordered
	 */
	protected EList<SkillRequirement> requiredSkills;

	/**
	 * The cached value of the '{@link #getSteps() <em>Steps</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected EList<StepDefinition> steps;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PersonaImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JinzaiPackage.Literals.PERSONA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getShortName() {
		return shortName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShortName(String newShortName) {
		String oldShortName = shortName;
		shortName = newShortName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.PERSONA__SHORT_NAME, oldShortName, shortName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isExternal() {
		return external;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExternal(boolean newExternal) {
		boolean oldExternal = external;
		external = newExternal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.PERSONA__EXTERNAL, oldExternal, external));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isHasSteps() {
		return hasSteps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHasSteps(boolean newHasSteps) {
		boolean oldHasSteps = hasSteps;
		hasSteps = newHasSteps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.PERSONA__HAS_STEPS, oldHasSteps, hasSteps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SkillRequirement> getRequiredSkills() {
		if (requiredSkills == null) {
			requiredSkills = new EObjectContainmentEList<SkillRequirement>(SkillRequirement.class, this, JinzaiPackage.PERSONA__REQUIRED_SKILLS);
		}
		return requiredSkills;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StepDefinition> getSteps() {
		if (steps == null) {
			steps = new EObjectContainmentEList<StepDefinition>(StepDefinition.class, this, JinzaiPackage.PERSONA__STEPS);
		}
		return steps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case JinzaiPackage.PERSONA__REQUIRED_SKILLS:
				return ((InternalEList<?>)getRequiredSkills()).basicRemove(otherEnd, msgs);
			case JinzaiPackage.PERSONA__STEPS:
				return ((InternalEList<?>)getSteps()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case JinzaiPackage.PERSONA__SHORT_NAME:
				return getShortName();
			case JinzaiPackage.PERSONA__EXTERNAL:
				return isExternal();
			case JinzaiPackage.PERSONA__HAS_STEPS:
				return isHasSteps();
			case JinzaiPackage.PERSONA__REQUIRED_SKILLS:
				return getRequiredSkills();
			case JinzaiPackage.PERSONA__STEPS:
				return getSteps();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case JinzaiPackage.PERSONA__SHORT_NAME:
				setShortName((String)newValue);
				return;
			case JinzaiPackage.PERSONA__EXTERNAL:
				setExternal((Boolean)newValue);
				return;
			case JinzaiPackage.PERSONA__HAS_STEPS:
				setHasSteps((Boolean)newValue);
				return;
			case JinzaiPackage.PERSONA__REQUIRED_SKILLS:
				getRequiredSkills().clear();
				getRequiredSkills().addAll((Collection<? extends SkillRequirement>)newValue);
				return;
			case JinzaiPackage.PERSONA__STEPS:
				getSteps().clear();
				getSteps().addAll((Collection<? extends StepDefinition>)newValue);
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
			case JinzaiPackage.PERSONA__SHORT_NAME:
				setShortName(SHORT_NAME_EDEFAULT);
				return;
			case JinzaiPackage.PERSONA__EXTERNAL:
				setExternal(EXTERNAL_EDEFAULT);
				return;
			case JinzaiPackage.PERSONA__HAS_STEPS:
				setHasSteps(HAS_STEPS_EDEFAULT);
				return;
			case JinzaiPackage.PERSONA__REQUIRED_SKILLS:
				getRequiredSkills().clear();
				return;
			case JinzaiPackage.PERSONA__STEPS:
				getSteps().clear();
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
			case JinzaiPackage.PERSONA__SHORT_NAME:
				return SHORT_NAME_EDEFAULT == null ? shortName != null : !SHORT_NAME_EDEFAULT.equals(shortName);
			case JinzaiPackage.PERSONA__EXTERNAL:
				return external != EXTERNAL_EDEFAULT;
			case JinzaiPackage.PERSONA__HAS_STEPS:
				return hasSteps != HAS_STEPS_EDEFAULT;
			case JinzaiPackage.PERSONA__REQUIRED_SKILLS:
				return requiredSkills != null && !requiredSkills.isEmpty();
			case JinzaiPackage.PERSONA__STEPS:
				return steps != null && !steps.isEmpty();
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
		result.append(" (shortName: "); //$NON-NLS-1$
		result.append(shortName);
		result.append(", external: "); //$NON-NLS-1$
		result.append(external);
		result.append(", hasSteps: "); //$NON-NLS-1$
		result.append(hasSteps);
		result.append(')');
		return result.toString();
	}

} //PersonaImpl
