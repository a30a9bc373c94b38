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
import org.jinzai.model.Pool;
import org.jinzai.model.Region;
import org.jinzai.model.RegionCourse;
import org.jinzai.model.RegionMember;
import org.jinzai.model.RunSettings;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Region</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.impl.RegionImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.jinzai.model.impl.RegionImpl#getRunSettings <em>Run Settings</em>}</li>
 *   <li>{@link org.jinzai.model.impl.RegionImpl#getMembers <em>Members</em>}</li>
 *   <li>{@link org.jinzai.model.impl.RegionImpl#getPools <em>Pools</em>}</li>
 *   <li>{@link org.jinzai.model.impl.RegionImpl#getCourses <em>Courses</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RegionImpl extends NamedElementImpl implements Region {
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
	 * The cached value of the '{@link #getRunSettings() <em>Run Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRunSettings()
	 * @generated
	 * @ordered
	 */
	protected RunSettings runSettings;

	/**
	 * The cached value of the '{@link #getMembers() <em>Members</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembers()
	 * @generated
	 * @ordered
	 */
	protected EList<RegionMember> members;

	/**
	 * The cached value of the '{@link #getPools() <em>Pools</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPools()
	 * @generated
	 * @ordered
	 */
	protected EList<Pool> pools;

	/**
	 * The cached value of the '{@link #getCourses() <em>Courses</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCourses()
	 * @generated
	 * @ordered
	 */
	protected EList<RegionCourse> courses;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RegionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JinzaiPackage.Literals.REGION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.REGION__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RunSettings getRunSettings() {
		return runSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRunSettings(RunSettings newRunSettings, NotificationChain msgs) {
		RunSettings oldRunSettings = runSettings;
		runSettings = newRunSettings;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, JinzaiPackage.REGION__RUN_SETTINGS, oldRunSettings, newRunSettings);
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
	public void setRunSettings(RunSettings newRunSettings) {
		if (newRunSettings != runSettings) {
			NotificationChain msgs = null;
			if (runSettings != null)
				msgs = ((InternalEObject)runSettings).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - JinzaiPackage.REGION__RUN_SETTINGS, null, msgs);
			if (newRunSettings != null)
				msgs = ((InternalEObject)newRunSettings).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - JinzaiPackage.REGION__RUN_SETTINGS, null, msgs);
			msgs = basicSetRunSettings(newRunSettings, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.REGION__RUN_SETTINGS, newRunSettings, newRunSettings));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RegionMember> getMembers() {
		if (members == null) {
			members = new EObjectContainmentEList<RegionMember>(RegionMember.class, this, JinzaiPackage.REGION__MEMBERS);
		}
		return members;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Pool> getPools() {
		if (pools == null) {
			pools = new EObjectContainmentEList<Pool>(Pool.class, this, JinzaiPackage.REGION__POOLS);
		}
		return pools;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RegionCourse> getCourses() {
		if (courses == null) {
			courses = new EObjectContainmentEList<RegionCourse>(RegionCourse.class, this, JinzaiPackage.REGION__COURSES);
		}
		return courses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case JinzaiPackage.REGION__RUN_SETTINGS:
				return basicSetRunSettings(null, msgs);
			case JinzaiPackage.REGION__MEMBERS:
				return ((InternalEList<?>)getMembers()).basicRemove(otherEnd, msgs);
			case JinzaiPackage.REGION__POOLS:
				return ((InternalEList<?>)getPools()).basicRemove(otherEnd, msgs);
			case JinzaiPackage.REGION__COURSES:
				return ((InternalEList<?>)getCourses()).basicRemove(otherEnd, msgs);
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
			case JinzaiPackage.REGION__DESCRIPTION:
				return getDescription();
			case JinzaiPackage.REGION__RUN_SETTINGS:
				return getRunSettings();
			case JinzaiPackage.REGION__MEMBERS:
				return getMembers();
			case JinzaiPackage.REGION__POOLS:
				return getPools();
			case JinzaiPackage.REGION__COURSES:
				return getCourses();
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
			case JinzaiPackage.REGION__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case JinzaiPackage.REGION__RUN_SETTINGS:
				setRunSettings((RunSettings)newValue);
				return;
			case JinzaiPackage.REGION__MEMBERS:
				getMembers().clear();
				getMembers().addAll((Collection<? extends RegionMember>)newValue);
				return;
			case JinzaiPackage.REGION__POOLS:
				getPools().clear();
				getPools().addAll((Collection<? extends Pool>)newValue);
				return;
			case JinzaiPackage.REGION__COURSES:
				getCourses().clear();
				getCourses().addAll((Collection<? extends RegionCourse>)newValue);
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
			case JinzaiPackage.REGION__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case JinzaiPackage.REGION__RUN_SETTINGS:
				setRunSettings((RunSettings)null);
				return;
			case JinzaiPackage.REGION__MEMBERS:
				getMembers().clear();
				return;
			case JinzaiPackage.REGION__POOLS:
				getPools().clear();
				return;
			case JinzaiPackage.REGION__COURSES:
				getCourses().clear();
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
			case JinzaiPackage.REGION__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case JinzaiPackage.REGION__RUN_SETTINGS:
				return runSettings != null;
			case JinzaiPackage.REGION__MEMBERS:
				return members != null && !members.isEmpty();
			case JinzaiPackage.REGION__POOLS:
				return pools != null && !pools.isEmpty();
			case JinzaiPackage.REGION__COURSES:
				return courses != null && !courses.isEmpty();
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
		result.append(')');
		return result.toString();
	}

} //RegionImpl
