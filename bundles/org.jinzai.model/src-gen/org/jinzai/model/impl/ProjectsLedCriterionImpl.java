/**
 */
package org.jinzai.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.ProjectsLedCriterion;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Projects Led Criterion</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.impl.ProjectsLedCriterionImpl#getMinimumProjects <em>Minimum Projects</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProjectsLedCriterionImpl extends StepCriterionImpl implements ProjectsLedCriterion {
	/**
	 * The default value of the '{@link #getMinimumProjects() <em>Minimum Projects</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumProjects()
	 * @generated
	 * @ordered
	 */
	protected static final int MINIMUM_PROJECTS_EDEFAULT = 2;

	/**
	 * The cached value of the '{@link #getMinimumProjects() <em>Minimum Projects</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumProjects()
	 * @generated
	 * @ordered
	 */
	protected int minimumProjects = MINIMUM_PROJECTS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProjectsLedCriterionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JinzaiPackage.Literals.PROJECTS_LED_CRITERION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinimumProjects() {
		return minimumProjects;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinimumProjects(int newMinimumProjects) {
		int oldMinimumProjects = minimumProjects;
		minimumProjects = newMinimumProjects;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.PROJECTS_LED_CRITERION__MINIMUM_PROJECTS, oldMinimumProjects, minimumProjects));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case JinzaiPackage.PROJECTS_LED_CRITERION__MINIMUM_PROJECTS:
				return getMinimumProjects();
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
			case JinzaiPackage.PROJECTS_LED_CRITERION__MINIMUM_PROJECTS:
				setMinimumProjects((Integer)newValue);
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
			case JinzaiPackage.PROJECTS_LED_CRITERION__MINIMUM_PROJECTS:
				setMinimumProjects(MINIMUM_PROJECTS_EDEFAULT);
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
			case JinzaiPackage.PROJECTS_LED_CRITERION__MINIMUM_PROJECTS:
				return minimumProjects != MINIMUM_PROJECTS_EDEFAULT;
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
		result.append(" (minimumProjects: "); //$NON-NLS-1$
		result.append(minimumProjects);
		result.append(')');
		return result.toString();
	}

} //ProjectsLedCriterionImpl
