/**
 */
package org.jinzai.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.jinzai.model.Course;
import org.jinzai.model.CoursesCompletedCriterion;
import org.jinzai.model.JinzaiPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Courses Completed Criterion</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.impl.CoursesCompletedCriterionImpl#getCourses <em>Courses</em>}</li>
 *   <li>{@link org.jinzai.model.impl.CoursesCompletedCriterionImpl#getMinimumCount <em>Minimum Count</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CoursesCompletedCriterionImpl extends StepCriterionImpl implements CoursesCompletedCriterion {
	/**
	 * The cached value of the '{@link #getCourses() <em>Courses</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCourses()
	 * @generated
	 * @ordered
	 */
	protected EList<Course> courses;

	/**
	 * The default value of the '{@link #getMinimumCount() <em>Minimum Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumCount()
	 * @generated
	 * @ordered
	 */
	protected static final int MINIMUM_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMinimumCount() <em>Minimum Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumCount()
	 * @generated
	 * @ordered
	 */
	protected int minimumCount = MINIMUM_COUNT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CoursesCompletedCriterionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JinzaiPackage.Literals.COURSES_COMPLETED_CRITERION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Course> getCourses() {
		if (courses == null) {
			courses = new EObjectResolvingEList<Course>(Course.class, this, JinzaiPackage.COURSES_COMPLETED_CRITERION__COURSES);
		}
		return courses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinimumCount() {
		return minimumCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinimumCount(int newMinimumCount) {
		int oldMinimumCount = minimumCount;
		minimumCount = newMinimumCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.COURSES_COMPLETED_CRITERION__MINIMUM_COUNT, oldMinimumCount, minimumCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case JinzaiPackage.COURSES_COMPLETED_CRITERION__COURSES:
				return getCourses();
			case JinzaiPackage.COURSES_COMPLETED_CRITERION__MINIMUM_COUNT:
				return getMinimumCount();
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
			case JinzaiPackage.COURSES_COMPLETED_CRITERION__COURSES:
				getCourses().clear();
				getCourses().addAll((Collection<? extends Course>)newValue);
				return;
			case JinzaiPackage.COURSES_COMPLETED_CRITERION__MINIMUM_COUNT:
				setMinimumCount((Integer)newValue);
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
			case JinzaiPackage.COURSES_COMPLETED_CRITERION__COURSES:
				getCourses().clear();
				return;
			case JinzaiPackage.COURSES_COMPLETED_CRITERION__MINIMUM_COUNT:
				setMinimumCount(MINIMUM_COUNT_EDEFAULT);
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
			case JinzaiPackage.COURSES_COMPLETED_CRITERION__COURSES:
				return courses != null && !courses.isEmpty();
			case JinzaiPackage.COURSES_COMPLETED_CRITERION__MINIMUM_COUNT:
				return minimumCount != MINIMUM_COUNT_EDEFAULT;
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
		result.append(" (minimumCount: "); //$NON-NLS-1$
		result.append(minimumCount);
		result.append(')');
		return result.toString();
	}

} //CoursesCompletedCriterionImpl
