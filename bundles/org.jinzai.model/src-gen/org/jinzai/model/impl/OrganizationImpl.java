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

import org.jinzai.model.Department;
import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.MunicipalityKind;
import org.jinzai.model.Organization;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Organization</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.impl.OrganizationImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.jinzai.model.impl.OrganizationImpl#getPopulation <em>Population</em>}</li>
 *   <li>{@link org.jinzai.model.impl.OrganizationImpl#getStatutoryHeadcount <em>Statutory Headcount</em>}</li>
 *   <li>{@link org.jinzai.model.impl.OrganizationImpl#getDepartments <em>Departments</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OrganizationImpl extends NamedElementImpl implements Organization {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final MunicipalityKind KIND_EDEFAULT = MunicipalityKind.SPECIAL_WARD;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected MunicipalityKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getPopulation() <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPopulation()
	 * @generated
	 * @ordered
	 */
	protected static final int POPULATION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPopulation() <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPopulation()
	 * @generated
	 * @ordered
	 */
	protected int population = POPULATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatutoryHeadcount() <em>Statutory Headcount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatutoryHeadcount()
	 * @generated
	 * @ordered
	 */
	protected static final int STATUTORY_HEADCOUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getStatutoryHeadcount() <em>Statutory Headcount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatutoryHeadcount()
	 * @generated
	 * @ordered
	 */
	protected int statutoryHeadcount = STATUTORY_HEADCOUNT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDepartments() <em>Departments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepartments()
	 * @generated
	 * @ordered
	 */
	protected EList<Department> departments;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OrganizationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JinzaiPackage.Literals.ORGANIZATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MunicipalityKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(MunicipalityKind newKind) {
		MunicipalityKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.ORGANIZATION__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPopulation() {
		return population;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPopulation(int newPopulation) {
		int oldPopulation = population;
		population = newPopulation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.ORGANIZATION__POPULATION, oldPopulation, population));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStatutoryHeadcount() {
		return statutoryHeadcount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatutoryHeadcount(int newStatutoryHeadcount) {
		int oldStatutoryHeadcount = statutoryHeadcount;
		statutoryHeadcount = newStatutoryHeadcount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.ORGANIZATION__STATUTORY_HEADCOUNT, oldStatutoryHeadcount, statutoryHeadcount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Department> getDepartments() {
		if (departments == null) {
			departments = new EObjectContainmentEList<Department>(Department.class, this, JinzaiPackage.ORGANIZATION__DEPARTMENTS);
		}
		return departments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case JinzaiPackage.ORGANIZATION__DEPARTMENTS:
				return ((InternalEList<?>)getDepartments()).basicRemove(otherEnd, msgs);
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
			case JinzaiPackage.ORGANIZATION__KIND:
				return getKind();
			case JinzaiPackage.ORGANIZATION__POPULATION:
				return getPopulation();
			case JinzaiPackage.ORGANIZATION__STATUTORY_HEADCOUNT:
				return getStatutoryHeadcount();
			case JinzaiPackage.ORGANIZATION__DEPARTMENTS:
				return getDepartments();
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
			case JinzaiPackage.ORGANIZATION__KIND:
				setKind((MunicipalityKind)newValue);
				return;
			case JinzaiPackage.ORGANIZATION__POPULATION:
				setPopulation((Integer)newValue);
				return;
			case JinzaiPackage.ORGANIZATION__STATUTORY_HEADCOUNT:
				setStatutoryHeadcount((Integer)newValue);
				return;
			case JinzaiPackage.ORGANIZATION__DEPARTMENTS:
				getDepartments().clear();
				getDepartments().addAll((Collection<? extends Department>)newValue);
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
			case JinzaiPackage.ORGANIZATION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case JinzaiPackage.ORGANIZATION__POPULATION:
				setPopulation(POPULATION_EDEFAULT);
				return;
			case JinzaiPackage.ORGANIZATION__STATUTORY_HEADCOUNT:
				setStatutoryHeadcount(STATUTORY_HEADCOUNT_EDEFAULT);
				return;
			case JinzaiPackage.ORGANIZATION__DEPARTMENTS:
				getDepartments().clear();
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
			case JinzaiPackage.ORGANIZATION__KIND:
				return kind != KIND_EDEFAULT;
			case JinzaiPackage.ORGANIZATION__POPULATION:
				return population != POPULATION_EDEFAULT;
			case JinzaiPackage.ORGANIZATION__STATUTORY_HEADCOUNT:
				return statutoryHeadcount != STATUTORY_HEADCOUNT_EDEFAULT;
			case JinzaiPackage.ORGANIZATION__DEPARTMENTS:
				return departments != null && !departments.isEmpty();
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
		result.append(" (kind: "); //$NON-NLS-1$
		result.append(kind);
		result.append(", population: "); //$NON-NLS-1$
		result.append(population);
		result.append(", statutoryHeadcount: "); //$NON-NLS-1$
		result.append(statutoryHeadcount);
		result.append(')');
		return result.toString();
	}

} //OrganizationImpl
