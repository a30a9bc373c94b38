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
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.jinzai.model.Course;
import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.Persona;
import org.jinzai.model.Provider;
import org.jinzai.model.SkillGrant;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Course</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.impl.CourseImpl#getProvider <em>Provider</em>}</li>
 *   <li>{@link org.jinzai.model.impl.CourseImpl#getDurationDays <em>Duration Days</em>}</li>
 *   <li>{@link org.jinzai.model.impl.CourseImpl#getCostPerSeat <em>Cost Per Seat</em>}</li>
 *   <li>{@link org.jinzai.model.impl.CourseImpl#getGrants <em>Grants</em>}</li>
 *   <li>{@link org.jinzai.model.impl.CourseImpl#getTargetPersonas <em>Target Personas</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CourseImpl extends NamedElementImpl implements Course {
	/**
	 * The default value of the '{@link #getProvider() <em>Provider</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvider()
	 * @generated
	 * @ordered
	 */
	protected static final Provider PROVIDER_EDEFAULT = Provider.MUNICIPALITY;

	/**
	 * The cached value of the '{@link #getProvider() <em>Provider</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvider()
	 * @generated
	 * @ordered
	 */
	protected Provider provider = PROVIDER_EDEFAULT;

	/**
	 * The default value of the '{@link #getDurationDays() <em>Duration Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationDays()
	 * @generated
	 * @ordered
	 */
	protected static final double DURATION_DAYS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDurationDays() <em>Duration Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationDays()
	 * @generated
	 * @ordered
	 */
	protected double durationDays = DURATION_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCostPerSeat() <em>Cost Per Seat</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCostPerSeat()
	 * @generated
	 * @ordered
	 */
	protected static final int COST_PER_SEAT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCostPerSeat() <em>Cost Per Seat</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCostPerSeat()
	 * @generated
	 * @ordered
	 */
	protected int costPerSeat = COST_PER_SEAT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getGrants() <em>Grants</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrants()
	 * @generated
	 * @ordered
	 */
	protected EList<SkillGrant> grants;

	/**
	 * The cached value of the '{@link #getTargetPersonas() <em>Target Personas</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetPersonas()
	 * @generated
	 * @ordered
	 */
	protected EList<Persona> targetPersonas;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CourseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JinzaiPackage.Literals.COURSE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Provider getProvider() {
		return provider;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProvider(Provider newProvider) {
		Provider oldProvider = provider;
		provider = newProvider == null ? PROVIDER_EDEFAULT : newProvider;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.COURSE__PROVIDER, oldProvider, provider));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDurationDays() {
		return durationDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDurationDays(double newDurationDays) {
		double oldDurationDays = durationDays;
		durationDays = newDurationDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.COURSE__DURATION_DAYS, oldDurationDays, durationDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCostPerSeat() {
		return costPerSeat;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCostPerSeat(int newCostPerSeat) {
		int oldCostPerSeat = costPerSeat;
		costPerSeat = newCostPerSeat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.COURSE__COST_PER_SEAT, oldCostPerSeat, costPerSeat));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SkillGrant> getGrants() {
		if (grants == null) {
			grants = new EObjectContainmentEList<SkillGrant>(SkillGrant.class, this, JinzaiPackage.COURSE__GRANTS);
		}
		return grants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Persona> getTargetPersonas() {
		if (targetPersonas == null) {
			targetPersonas = new EObjectResolvingEList<Persona>(Persona.class, this, JinzaiPackage.COURSE__TARGET_PERSONAS);
		}
		return targetPersonas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case JinzaiPackage.COURSE__GRANTS:
				return ((InternalEList<?>)getGrants()).basicRemove(otherEnd, msgs);
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
			case JinzaiPackage.COURSE__PROVIDER:
				return getProvider();
			case JinzaiPackage.COURSE__DURATION_DAYS:
				return getDurationDays();
			case JinzaiPackage.COURSE__COST_PER_SEAT:
				return getCostPerSeat();
			case JinzaiPackage.COURSE__GRANTS:
				return getGrants();
			case JinzaiPackage.COURSE__TARGET_PERSONAS:
				return getTargetPersonas();
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
			case JinzaiPackage.COURSE__PROVIDER:
				setProvider((Provider)newValue);
				return;
			case JinzaiPackage.COURSE__DURATION_DAYS:
				setDurationDays((Double)newValue);
				return;
			case JinzaiPackage.COURSE__COST_PER_SEAT:
				setCostPerSeat((Integer)newValue);
				return;
			case JinzaiPackage.COURSE__GRANTS:
				getGrants().clear();
				getGrants().addAll((Collection<? extends SkillGrant>)newValue);
				return;
			case JinzaiPackage.COURSE__TARGET_PERSONAS:
				getTargetPersonas().clear();
				getTargetPersonas().addAll((Collection<? extends Persona>)newValue);
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
			case JinzaiPackage.COURSE__PROVIDER:
				setProvider(PROVIDER_EDEFAULT);
				return;
			case JinzaiPackage.COURSE__DURATION_DAYS:
				setDurationDays(DURATION_DAYS_EDEFAULT);
				return;
			case JinzaiPackage.COURSE__COST_PER_SEAT:
				setCostPerSeat(COST_PER_SEAT_EDEFAULT);
				return;
			case JinzaiPackage.COURSE__GRANTS:
				getGrants().clear();
				return;
			case JinzaiPackage.COURSE__TARGET_PERSONAS:
				getTargetPersonas().clear();
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
			case JinzaiPackage.COURSE__PROVIDER:
				return provider != PROVIDER_EDEFAULT;
			case JinzaiPackage.COURSE__DURATION_DAYS:
				return durationDays != DURATION_DAYS_EDEFAULT;
			case JinzaiPackage.COURSE__COST_PER_SEAT:
				return costPerSeat != COST_PER_SEAT_EDEFAULT;
			case JinzaiPackage.COURSE__GRANTS:
				return grants != null && !grants.isEmpty();
			case JinzaiPackage.COURSE__TARGET_PERSONAS:
				return targetPersonas != null && !targetPersonas.isEmpty();
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
		result.append(" (provider: "); //$NON-NLS-1$
		result.append(provider);
		result.append(", durationDays: "); //$NON-NLS-1$
		result.append(durationDays);
		result.append(", costPerSeat: "); //$NON-NLS-1$
		result.append(costPerSeat);
		result.append(')');
		return result.toString();
	}

} //CourseImpl
