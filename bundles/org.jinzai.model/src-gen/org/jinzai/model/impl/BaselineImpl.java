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

import org.jinzai.model.Baseline;
import org.jinzai.model.Course;
import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.Organization;
import org.jinzai.model.Persona;
import org.jinzai.model.RosterAggregate;
import org.jinzai.model.SkillItem;
import org.jinzai.model.StaffMember;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Baseline</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.impl.BaselineImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.jinzai.model.impl.BaselineImpl#getModelVersion <em>Model Version</em>}</li>
 *   <li>{@link org.jinzai.model.impl.BaselineImpl#getOrganization <em>Organization</em>}</li>
 *   <li>{@link org.jinzai.model.impl.BaselineImpl#getSkillItems <em>Skill Items</em>}</li>
 *   <li>{@link org.jinzai.model.impl.BaselineImpl#getPersonas <em>Personas</em>}</li>
 *   <li>{@link org.jinzai.model.impl.BaselineImpl#getCourses <em>Courses</em>}</li>
 *   <li>{@link org.jinzai.model.impl.BaselineImpl#getStaff <em>Staff</em>}</li>
 *   <li>{@link org.jinzai.model.impl.BaselineImpl#getRosterAggregates <em>Roster Aggregates</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BaselineImpl extends NamedElementImpl implements Baseline {
	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getModelVersion() <em>Model Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String MODEL_VERSION_EDEFAULT = "1.0"; //$NON-NLS-1$

	/**
	 * The cached value of the '{@link #getModelVersion() <em>Model Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelVersion()
	 * @generated
	 * @ordered
	 */
	protected String modelVersion = MODEL_VERSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOrganization() <em>Organization</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganization()
	 * @generated
	 * @ordered
	 */
	protected Organization organization;

	/**
	 * The cached value of the '{@link #getSkillItems() <em>Skill Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSkillItems()
	 * @generated
	 * @ordered
	 */
	protected EList<SkillItem> skillItems;

	/**
	 * The cached value of the '{@link #getPersonas() <em>Personas</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersonas()
	 * @generated
	 * @ordered
	 */
	protected EList<Persona> personas;

	/**
	 * The cached value of the '{@link #getCourses() <em>Courses</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCourses()
	 * @generated
	 * @ordered
	 */
	protected EList<Course> courses;

	/**
	 * The cached value of the '{@link #getStaff() <em>Staff</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStaff()
	 * @generated
	 * @ordered
	 */
	protected EList<StaffMember> staff;

	/**
	 * The cached value of the '{@link #getRosterAggregates() <em>Roster Aggregates</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRosterAggregates()
	 * @generated
	 * @ordered
	 */
	protected EList<RosterAggregate> rosterAggregates;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BaselineImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JinzaiPackage.Literals.BASELINE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.BASELINE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModelVersion() {
		return modelVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModelVersion(String newModelVersion) {
		String oldModelVersion = modelVersion;
		modelVersion = newModelVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.BASELINE__MODEL_VERSION, oldModelVersion, modelVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organization getOrganization() {
		return organization;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetOrganization(Organization newOrganization, NotificationChain msgs) {
		Organization oldOrganization = organization;
		organization = newOrganization;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, JinzaiPackage.BASELINE__ORGANIZATION, oldOrganization, newOrganization);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrganization(Organization newOrganization) {
		if (newOrganization != organization) {
			NotificationChain msgs = null;
			if (organization != null)
				msgs = ((InternalEObject)organization).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - JinzaiPackage.BASELINE__ORGANIZATION, null, msgs);
			if (newOrganization != null)
				msgs = ((InternalEObject)newOrganization).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - JinzaiPackage.BASELINE__ORGANIZATION, null, msgs);
			msgs = basicSetOrganization(newOrganization, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.BASELINE__ORGANIZATION, newOrganization, newOrganization));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SkillItem> getSkillItems() {
		if (skillItems == null) {
			skillItems = new EObjectContainmentEList<SkillItem>(SkillItem.class, this, JinzaiPackage.BASELINE__SKILL_ITEMS);
		}
		return skillItems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Persona> getPersonas() {
		if (personas == null) {
			personas = new EObjectContainmentEList<Persona>(Persona.class, this, JinzaiPackage.BASELINE__PERSONAS);
		}
		return personas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Course> getCourses() {
		if (courses == null) {
			courses = new EObjectContainmentEList<Course>(Course.class, this, JinzaiPackage.BASELINE__COURSES);
		}
		return courses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StaffMember> getStaff() {
		if (staff == null) {
			staff = new EObjectContainmentEList<StaffMember>(StaffMember.class, this, JinzaiPackage.BASELINE__STAFF);
		}
		return staff;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RosterAggregate> getRosterAggregates() {
		if (rosterAggregates == null) {
			rosterAggregates = new EObjectContainmentEList<RosterAggregate>(RosterAggregate.class, this, JinzaiPackage.BASELINE__ROSTER_AGGREGATES);
		}
		return rosterAggregates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case JinzaiPackage.BASELINE__ORGANIZATION:
				return basicSetOrganization(null, msgs);
			case JinzaiPackage.BASELINE__SKILL_ITEMS:
				return ((InternalEList<?>)getSkillItems()).basicRemove(otherEnd, msgs);
			case JinzaiPackage.BASELINE__PERSONAS:
				return ((InternalEList<?>)getPersonas()).basicRemove(otherEnd, msgs);
			case JinzaiPackage.BASELINE__COURSES:
				return ((InternalEList<?>)getCourses()).basicRemove(otherEnd, msgs);
			case JinzaiPackage.BASELINE__STAFF:
				return ((InternalEList<?>)getStaff()).basicRemove(otherEnd, msgs);
			case JinzaiPackage.BASELINE__ROSTER_AGGREGATES:
				return ((InternalEList<?>)getRosterAggregates()).basicRemove(otherEnd, msgs);
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
			case JinzaiPackage.BASELINE__DESCRIPTION:
				return getDescription();
			case JinzaiPackage.BASELINE__MODEL_VERSION:
				return getModelVersion();
			case JinzaiPackage.BASELINE__ORGANIZATION:
				return getOrganization();
			case JinzaiPackage.BASELINE__SKILL_ITEMS:
				return getSkillItems();
			case JinzaiPackage.BASELINE__PERSONAS:
				return getPersonas();
			case JinzaiPackage.BASELINE__COURSES:
				return getCourses();
			case JinzaiPackage.BASELINE__STAFF:
				return getStaff();
			case JinzaiPackage.BASELINE__ROSTER_AGGREGATES:
				return getRosterAggregates();
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
			case JinzaiPackage.BASELINE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case JinzaiPackage.BASELINE__MODEL_VERSION:
				setModelVersion((String)newValue);
				return;
			case JinzaiPackage.BASELINE__ORGANIZATION:
				setOrganization((Organization)newValue);
				return;
			case JinzaiPackage.BASELINE__SKILL_ITEMS:
				getSkillItems().clear();
				getSkillItems().addAll((Collection<? extends SkillItem>)newValue);
				return;
			case JinzaiPackage.BASELINE__PERSONAS:
				getPersonas().clear();
				getPersonas().addAll((Collection<? extends Persona>)newValue);
				return;
			case JinzaiPackage.BASELINE__COURSES:
				getCourses().clear();
				getCourses().addAll((Collection<? extends Course>)newValue);
				return;
			case JinzaiPackage.BASELINE__STAFF:
				getStaff().clear();
				getStaff().addAll((Collection<? extends StaffMember>)newValue);
				return;
			case JinzaiPackage.BASELINE__ROSTER_AGGREGATES:
				getRosterAggregates().clear();
				getRosterAggregates().addAll((Collection<? extends RosterAggregate>)newValue);
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
			case JinzaiPackage.BASELINE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case JinzaiPackage.BASELINE__MODEL_VERSION:
				setModelVersion(MODEL_VERSION_EDEFAULT);
				return;
			case JinzaiPackage.BASELINE__ORGANIZATION:
				setOrganization((Organization)null);
				return;
			case JinzaiPackage.BASELINE__SKILL_ITEMS:
				getSkillItems().clear();
				return;
			case JinzaiPackage.BASELINE__PERSONAS:
				getPersonas().clear();
				return;
			case JinzaiPackage.BASELINE__COURSES:
				getCourses().clear();
				return;
			case JinzaiPackage.BASELINE__STAFF:
				getStaff().clear();
				return;
			case JinzaiPackage.BASELINE__ROSTER_AGGREGATES:
				getRosterAggregates().clear();
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
			case JinzaiPackage.BASELINE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case JinzaiPackage.BASELINE__MODEL_VERSION:
				return MODEL_VERSION_EDEFAULT == null ? modelVersion != null : !MODEL_VERSION_EDEFAULT.equals(modelVersion);
			case JinzaiPackage.BASELINE__ORGANIZATION:
				return organization != null;
			case JinzaiPackage.BASELINE__SKILL_ITEMS:
				return skillItems != null && !skillItems.isEmpty();
			case JinzaiPackage.BASELINE__PERSONAS:
				return personas != null && !personas.isEmpty();
			case JinzaiPackage.BASELINE__COURSES:
				return courses != null && !courses.isEmpty();
			case JinzaiPackage.BASELINE__STAFF:
				return staff != null && !staff.isEmpty();
			case JinzaiPackage.BASELINE__ROSTER_AGGREGATES:
				return rosterAggregates != null && !rosterAggregates.isEmpty();
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
		result.append(" (description: "); //$NON-NLS-1$
		result.append(description);
		result.append(", modelVersion: "); //$NON-NLS-1$
		result.append(modelVersion);
		result.append(')');
		return result.toString();
	}

} //BaselineImpl
