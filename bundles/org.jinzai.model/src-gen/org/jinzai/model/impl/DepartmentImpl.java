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
import org.jinzai.model.DepartmentKind;
import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.LargeProject;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Department</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.impl.DepartmentImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.jinzai.model.impl.DepartmentImpl#getHeadcount <em>Headcount</em>}</li>
 *   <li>{@link org.jinzai.model.impl.DepartmentImpl#getLargeProjects <em>Large Projects</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DepartmentImpl extends NamedElementImpl implements Department {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final DepartmentKind KIND_EDEFAULT = DepartmentKind.BUSINESS;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected DepartmentKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getHeadcount() <em>Headcount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeadcount()
	 * @generated
	 * @ordered
	 */
	protected static final int HEADCOUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getHeadcount() <em>Headcount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeadcount()
	 * @generated
	 * @ordered
	 */
	protected int headcount = HEADCOUNT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLargeProjects() <em>Large Projects</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLargeProjects()
	 * @generated
	 * @ordered
	 */
	protected EList<LargeProject> largeProjects;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DepartmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JinzaiPackage.Literals.DEPARTMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DepartmentKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(DepartmentKind newKind) {
		DepartmentKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.DEPARTMENT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHeadcount() {
		return headcount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeadcount(int newHeadcount) {
		int oldHeadcount = headcount;
		headcount = newHeadcount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.DEPARTMENT__HEADCOUNT, oldHeadcount, headcount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LargeProject> getLargeProjects() {
		if (largeProjects == null) {
			largeProjects = new EObjectContainmentEList<LargeProject>(LargeProject.class, this, JinzaiPackage.DEPARTMENT__LARGE_PROJECTS);
		}
		return largeProjects;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case JinzaiPackage.DEPARTMENT__LARGE_PROJECTS:
				return ((InternalEList<?>)getLargeProjects()).basicRemove(otherEnd, msgs);
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
			case JinzaiPackage.DEPARTMENT__KIND:
				return getKind();
			case JinzaiPackage.DEPARTMENT__HEADCOUNT:
				return getHeadcount();
			case JinzaiPackage.DEPARTMENT__LARGE_PROJECTS:
				return getLargeProjects();
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
			case JinzaiPackage.DEPARTMENT__KIND:
				setKind((DepartmentKind)newValue);
				return;
			case JinzaiPackage.DEPARTMENT__HEADCOUNT:
				setHeadcount((Integer)newValue);
				return;
			case JinzaiPackage.DEPARTMENT__LARGE_PROJECTS:
				getLargeProjects().clear();
				getLargeProjects().addAll((Collection<? extends LargeProject>)newValue);
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
			case JinzaiPackage.DEPARTMENT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case JinzaiPackage.DEPARTMENT__HEADCOUNT:
				setHeadcount(HEADCOUNT_EDEFAULT);
				return;
			case JinzaiPackage.DEPARTMENT__LARGE_PROJECTS:
				getLargeProjects().clear();
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
			case JinzaiPackage.DEPARTMENT__KIND:
				return kind != KIND_EDEFAULT;
			case JinzaiPackage.DEPARTMENT__HEADCOUNT:
				return headcount != HEADCOUNT_EDEFAULT;
			case JinzaiPackage.DEPARTMENT__LARGE_PROJECTS:
				return largeProjects != null && !largeProjects.isEmpty();
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
		result.append(", headcount: "); //$NON-NLS-1$
		result.append(headcount);
		result.append(')');
		return result.toString();
	}

} //DepartmentImpl
