/**
 */
package org.jinzai.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.LargeProject;
import org.jinzai.model.Persona;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Large Project</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.impl.LargeProjectImpl#getFirstFiscalYear <em>First Fiscal Year</em>}</li>
 *   <li>{@link org.jinzai.model.impl.LargeProjectImpl#getLastFiscalYear <em>Last Fiscal Year</em>}</li>
 *   <li>{@link org.jinzai.model.impl.LargeProjectImpl#getHeldPersonas <em>Held Personas</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LargeProjectImpl extends NamedElementImpl implements LargeProject {
	/**
	 * The default value of the '{@link #getFirstFiscalYear() <em>First Fiscal Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstFiscalYear()
	 * @generated
	 * @ordered
	 */
	protected static final int FIRST_FISCAL_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFirstFiscalYear() <em>First Fiscal Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstFiscalYear()
	 * @generated
	 * @ordered
	 */
	protected int firstFiscalYear = FIRST_FISCAL_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastFiscalYear() <em>Last Fiscal Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastFiscalYear()
	 * @generated
	 * @ordered
	 */
	protected static final int LAST_FISCAL_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLastFiscalYear() <em>Last Fiscal Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastFiscalYear()
	 * @generated
	 * @ordered
	 */
	protected int lastFiscalYear = LAST_FISCAL_YEAR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getHeldPersonas() <em>Held Personas</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeldPersonas()
	 * @generated
	 * @ordered
	 */
	protected EList<Persona> heldPersonas;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LargeProjectImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JinzaiPackage.Literals.LARGE_PROJECT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFirstFiscalYear() {
		return firstFiscalYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirstFiscalYear(int newFirstFiscalYear) {
		int oldFirstFiscalYear = firstFiscalYear;
		firstFiscalYear = newFirstFiscalYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.LARGE_PROJECT__FIRST_FISCAL_YEAR, oldFirstFiscalYear, firstFiscalYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLastFiscalYear() {
		return lastFiscalYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastFiscalYear(int newLastFiscalYear) {
		int oldLastFiscalYear = lastFiscalYear;
		lastFiscalYear = newLastFiscalYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.LARGE_PROJECT__LAST_FISCAL_YEAR, oldLastFiscalYear, lastFiscalYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Persona> getHeldPersonas() {
		if (heldPersonas == null) {
			heldPersonas = new EObjectResolvingEList<Persona>(Persona.class, this, JinzaiPackage.LARGE_PROJECT__HELD_PERSONAS);
		}
		return heldPersonas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case JinzaiPackage.LARGE_PROJECT__FIRST_FISCAL_YEAR:
				return getFirstFiscalYear();
			case JinzaiPackage.LARGE_PROJECT__LAST_FISCAL_YEAR:
				return getLastFiscalYear();
			case JinzaiPackage.LARGE_PROJECT__HELD_PERSONAS:
				return getHeldPersonas();
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
			case JinzaiPackage.LARGE_PROJECT__FIRST_FISCAL_YEAR:
				setFirstFiscalYear((Integer)newValue);
				return;
			case JinzaiPackage.LARGE_PROJECT__LAST_FISCAL_YEAR:
				setLastFiscalYear((Integer)newValue);
				return;
			case JinzaiPackage.LARGE_PROJECT__HELD_PERSONAS:
				getHeldPersonas().clear();
				getHeldPersonas().addAll((Collection<? extends Persona>)newValue);
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
			case JinzaiPackage.LARGE_PROJECT__FIRST_FISCAL_YEAR:
				setFirstFiscalYear(FIRST_FISCAL_YEAR_EDEFAULT);
				return;
			case JinzaiPackage.LARGE_PROJECT__LAST_FISCAL_YEAR:
				setLastFiscalYear(LAST_FISCAL_YEAR_EDEFAULT);
				return;
			case JinzaiPackage.LARGE_PROJECT__HELD_PERSONAS:
				getHeldPersonas().clear();
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
			case JinzaiPackage.LARGE_PROJECT__FIRST_FISCAL_YEAR:
				return firstFiscalYear != FIRST_FISCAL_YEAR_EDEFAULT;
			case JinzaiPackage.LARGE_PROJECT__LAST_FISCAL_YEAR:
				return lastFiscalYear != LAST_FISCAL_YEAR_EDEFAULT;
			case JinzaiPackage.LARGE_PROJECT__HELD_PERSONAS:
				return heldPersonas != null && !heldPersonas.isEmpty();
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
		result.append(" (firstFiscalYear: "); //$NON-NLS-1$
		result.append(firstFiscalYear);
		result.append(", lastFiscalYear: "); //$NON-NLS-1$
		result.append(lastFiscalYear);
		result.append(')');
		return result.toString();
	}

} //LargeProjectImpl
