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

import org.jinzai.model.CountResult;
import org.jinzai.model.FlowResult;
import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.TargetResult;
import org.jinzai.model.YearResult;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Year Result</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.impl.YearResultImpl#getFiscalYear <em>Fiscal Year</em>}</li>
 *   <li>{@link org.jinzai.model.impl.YearResultImpl#getTargets <em>Targets</em>}</li>
 *   <li>{@link org.jinzai.model.impl.YearResultImpl#getCounts <em>Counts</em>}</li>
 *   <li>{@link org.jinzai.model.impl.YearResultImpl#getFlows <em>Flows</em>}</li>
 * </ul>
 *
 * @generated
 */
public class YearResultImpl extends MinimalEObjectImpl.Container implements YearResult {
	/**
	 * The default value of the '{@link #getFiscalYear() <em>Fiscal Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFiscalYear()
	 * @generated
	 * @ordered
	 */
	protected static final int FISCAL_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFiscalYear() <em>Fiscal Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFiscalYear()
	 * @generated
	 * @ordered
	 */
	protected int fiscalYear = FISCAL_YEAR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTargets() <em>Targets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargets()
	 * @generated
	 * @ordered
	 */
	protected EList<TargetResult> targets;

	/**
	 * The cached value of the '{@link #getCounts() <em>Counts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCounts()
	 * @generated
	 * @ordered
	 */
	protected EList<CountResult> counts;

	/**
	 * The cached value of the '{@link #getFlows() <em>Flows</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlows()
	 * @generated
	 * @ordered
	 */
	protected EList<FlowResult> flows;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected YearResultImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JinzaiPackage.Literals.YEAR_RESULT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFiscalYear() {
		return fiscalYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFiscalYear(int newFiscalYear) {
		int oldFiscalYear = fiscalYear;
		fiscalYear = newFiscalYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.YEAR_RESULT__FISCAL_YEAR, oldFiscalYear, fiscalYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TargetResult> getTargets() {
		if (targets == null) {
			targets = new EObjectContainmentEList<TargetResult>(TargetResult.class, this, JinzaiPackage.YEAR_RESULT__TARGETS);
		}
		return targets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CountResult> getCounts() {
		if (counts == null) {
			counts = new EObjectContainmentEList<CountResult>(CountResult.class, this, JinzaiPackage.YEAR_RESULT__COUNTS);
		}
		return counts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FlowResult> getFlows() {
		if (flows == null) {
			flows = new EObjectContainmentEList<FlowResult>(FlowResult.class, this, JinzaiPackage.YEAR_RESULT__FLOWS);
		}
		return flows;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case JinzaiPackage.YEAR_RESULT__TARGETS:
				return ((InternalEList<?>)getTargets()).basicRemove(otherEnd, msgs);
			case JinzaiPackage.YEAR_RESULT__COUNTS:
				return ((InternalEList<?>)getCounts()).basicRemove(otherEnd, msgs);
			case JinzaiPackage.YEAR_RESULT__FLOWS:
				return ((InternalEList<?>)getFlows()).basicRemove(otherEnd, msgs);
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
			case JinzaiPackage.YEAR_RESULT__FISCAL_YEAR:
				return getFiscalYear();
			case JinzaiPackage.YEAR_RESULT__TARGETS:
				return getTargets();
			case JinzaiPackage.YEAR_RESULT__COUNTS:
				return getCounts();
			case JinzaiPackage.YEAR_RESULT__FLOWS:
				return getFlows();
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
			case JinzaiPackage.YEAR_RESULT__FISCAL_YEAR:
				setFiscalYear((Integer)newValue);
				return;
			case JinzaiPackage.YEAR_RESULT__TARGETS:
				getTargets().clear();
				getTargets().addAll((Collection<? extends TargetResult>)newValue);
				return;
			case JinzaiPackage.YEAR_RESULT__COUNTS:
				getCounts().clear();
				getCounts().addAll((Collection<? extends CountResult>)newValue);
				return;
			case JinzaiPackage.YEAR_RESULT__FLOWS:
				getFlows().clear();
				getFlows().addAll((Collection<? extends FlowResult>)newValue);
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
			case JinzaiPackage.YEAR_RESULT__FISCAL_YEAR:
				setFiscalYear(FISCAL_YEAR_EDEFAULT);
				return;
			case JinzaiPackage.YEAR_RESULT__TARGETS:
				getTargets().clear();
				return;
			case JinzaiPackage.YEAR_RESULT__COUNTS:
				getCounts().clear();
				return;
			case JinzaiPackage.YEAR_RESULT__FLOWS:
				getFlows().clear();
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
			case JinzaiPackage.YEAR_RESULT__FISCAL_YEAR:
				return fiscalYear != FISCAL_YEAR_EDEFAULT;
			case JinzaiPackage.YEAR_RESULT__TARGETS:
				return targets != null && !targets.isEmpty();
			case JinzaiPackage.YEAR_RESULT__COUNTS:
				return counts != null && !counts.isEmpty();
			case JinzaiPackage.YEAR_RESULT__FLOWS:
				return flows != null && !flows.isEmpty();
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
		result.append(" (fiscalYear: "); //$NON-NLS-1$
		result.append(fiscalYear);
		result.append(')');
		return result.toString();
	}

} //YearResultImpl
