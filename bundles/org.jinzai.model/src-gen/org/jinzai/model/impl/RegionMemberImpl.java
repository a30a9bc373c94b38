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
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.jinzai.model.CourseRequest;
import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.PoolRequest;
import org.jinzai.model.RegionMember;
import org.jinzai.model.Scenario;
import org.jinzai.model.Secondment;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Region Member</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.impl.RegionMemberImpl#getScenario <em>Scenario</em>}</li>
 *   <li>{@link org.jinzai.model.impl.RegionMemberImpl#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.jinzai.model.impl.RegionMemberImpl#getRequests <em>Requests</em>}</li>
 *   <li>{@link org.jinzai.model.impl.RegionMemberImpl#getCourseRequests <em>Course Requests</em>}</li>
 *   <li>{@link org.jinzai.model.impl.RegionMemberImpl#getSecondments <em>Secondments</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RegionMemberImpl extends MinimalEObjectImpl.Container implements RegionMember {
	/**
	 * The cached value of the '{@link #getScenario() <em>Scenario</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScenario()
	 * @generated
	 * @ordered
	 */
	protected Scenario scenario;

	/**
	 * The default value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected static final int PRIORITY_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected int priority = PRIORITY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRequests() <em>Requests</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequests()
	 * @generated
	 * @ordered
	 */
	protected EList<PoolRequest> requests;

	/**
	 * The cached value of the '{@link #getCourseRequests() <em>Course Requests</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCourseRequests()
	 * @generated
	 * @ordered
	 */
	protected EList<CourseRequest> courseRequests;

	/**
	 * The cached value of the '{@link #getSecondments() <em>Secondments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecondments()
	 * @generated
	 * @ordered
	 */
	protected EList<Secondment> secondments;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RegionMemberImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JinzaiPackage.Literals.REGION_MEMBER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scenario getScenario() {
		if (scenario != null && scenario.eIsProxy()) {
			InternalEObject oldScenario = (InternalEObject)scenario;
			scenario = (Scenario)eResolveProxy(oldScenario);
			if (scenario != oldScenario) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, JinzaiPackage.REGION_MEMBER__SCENARIO, oldScenario, scenario));
			}
		}
		return scenario;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Scenario basicGetScenario() {
		return scenario;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScenario(Scenario newScenario) {
		Scenario oldScenario = scenario;
		scenario = newScenario;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.REGION_MEMBER__SCENARIO, oldScenario, scenario));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPriority() {
		return priority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPriority(int newPriority) {
		int oldPriority = priority;
		priority = newPriority;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.REGION_MEMBER__PRIORITY, oldPriority, priority));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PoolRequest> getRequests() {
		if (requests == null) {
			requests = new EObjectContainmentEList<PoolRequest>(PoolRequest.class, this, JinzaiPackage.REGION_MEMBER__REQUESTS);
		}
		return requests;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CourseRequest> getCourseRequests() {
		if (courseRequests == null) {
			courseRequests = new EObjectContainmentEList<CourseRequest>(CourseRequest.class, this, JinzaiPackage.REGION_MEMBER__COURSE_REQUESTS);
		}
		return courseRequests;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Secondment> getSecondments() {
		if (secondments == null) {
			secondments = new EObjectContainmentEList<Secondment>(Secondment.class, this, JinzaiPackage.REGION_MEMBER__SECONDMENTS);
		}
		return secondments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case JinzaiPackage.REGION_MEMBER__REQUESTS:
				return ((InternalEList<?>)getRequests()).basicRemove(otherEnd, msgs);
			case JinzaiPackage.REGION_MEMBER__COURSE_REQUESTS:
				return ((InternalEList<?>)getCourseRequests()).basicRemove(otherEnd, msgs);
			case JinzaiPackage.REGION_MEMBER__SECONDMENTS:
				return ((InternalEList<?>)getSecondments()).basicRemove(otherEnd, msgs);
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
			case JinzaiPackage.REGION_MEMBER__SCENARIO:
				if (resolve) return getScenario();
				return basicGetScenario();
			case JinzaiPackage.REGION_MEMBER__PRIORITY:
				return getPriority();
			case JinzaiPackage.REGION_MEMBER__REQUESTS:
				return getRequests();
			case JinzaiPackage.REGION_MEMBER__COURSE_REQUESTS:
				return getCourseRequests();
			case JinzaiPackage.REGION_MEMBER__SECONDMENTS:
				return getSecondments();
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
			case JinzaiPackage.REGION_MEMBER__SCENARIO:
				setScenario((Scenario)newValue);
				return;
			case JinzaiPackage.REGION_MEMBER__PRIORITY:
				setPriority((Integer)newValue);
				return;
			case JinzaiPackage.REGION_MEMBER__REQUESTS:
				getRequests().clear();
				getRequests().addAll((Collection<? extends PoolRequest>)newValue);
				return;
			case JinzaiPackage.REGION_MEMBER__COURSE_REQUESTS:
				getCourseRequests().clear();
				getCourseRequests().addAll((Collection<? extends CourseRequest>)newValue);
				return;
			case JinzaiPackage.REGION_MEMBER__SECONDMENTS:
				getSecondments().clear();
				getSecondments().addAll((Collection<? extends Secondment>)newValue);
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
			case JinzaiPackage.REGION_MEMBER__SCENARIO:
				setScenario((Scenario)null);
				return;
			case JinzaiPackage.REGION_MEMBER__PRIORITY:
				setPriority(PRIORITY_EDEFAULT);
				return;
			case JinzaiPackage.REGION_MEMBER__REQUESTS:
				getRequests().clear();
				return;
			case JinzaiPackage.REGION_MEMBER__COURSE_REQUESTS:
				getCourseRequests().clear();
				return;
			case JinzaiPackage.REGION_MEMBER__SECONDMENTS:
				getSecondments().clear();
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
			case JinzaiPackage.REGION_MEMBER__SCENARIO:
				return scenario != null;
			case JinzaiPackage.REGION_MEMBER__PRIORITY:
				return priority != PRIORITY_EDEFAULT;
			case JinzaiPackage.REGION_MEMBER__REQUESTS:
				return requests != null && !requests.isEmpty();
			case JinzaiPackage.REGION_MEMBER__COURSE_REQUESTS:
				return courseRequests != null && !courseRequests.isEmpty();
			case JinzaiPackage.REGION_MEMBER__SECONDMENTS:
				return secondments != null && !secondments.isEmpty();
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
		result.append(" (priority: "); //$NON-NLS-1$
		result.append(priority);
		result.append(')');
		return result.toString();
	}

} //RegionMemberImpl
