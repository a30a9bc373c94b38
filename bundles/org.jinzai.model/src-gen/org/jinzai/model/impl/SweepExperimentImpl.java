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

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.Lever;
import org.jinzai.model.SweepExperiment;
import org.jinzai.model.SweepPoint;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sweep Experiment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.impl.SweepExperimentImpl#getFirst <em>First</em>}</li>
 *   <li>{@link org.jinzai.model.impl.SweepExperimentImpl#getFirstValues <em>First Values</em>}</li>
 *   <li>{@link org.jinzai.model.impl.SweepExperimentImpl#getSecond <em>Second</em>}</li>
 *   <li>{@link org.jinzai.model.impl.SweepExperimentImpl#getSecondValues <em>Second Values</em>}</li>
 *   <li>{@link org.jinzai.model.impl.SweepExperimentImpl#getPoints <em>Points</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SweepExperimentImpl extends ExperimentImpl implements SweepExperiment {
	/**
	 * The cached value of the '{@link #getFirst() <em>First</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirst()
	 * @generated
	 * @ordered
	 */
	protected Lever first;

	/**
	 * The cached value of the '{@link #getFirstValues() <em>First Values</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstValues()
	 * @generated
	 * @ordered
	 */
	protected EList<Integer> firstValues;

	/**
	 * The cached value of the '{@link #getSecond() <em>Second</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecond()
	 * @generated
	 * @ordered
	 */
	protected Lever second;

	/**
	 * The cached value of the '{@link #getSecondValues() <em>Second Values</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecondValues()
	 * @generated
	 * @ordered
	 */
	protected EList<Integer> secondValues;

	/**
	 * The cached value of the '{@link #getPoints() <em>Points</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPoints()
	 * @generated
	 * @ordered
	 */
	protected EList<SweepPoint> points;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SweepExperimentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JinzaiPackage.Literals.SWEEP_EXPERIMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Lever getFirst() {
		return first;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetFirst(Lever newFirst, NotificationChain msgs) {
		Lever oldFirst = first;
		first = newFirst;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, JinzaiPackage.SWEEP_EXPERIMENT__FIRST, oldFirst, newFirst);
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
	public void setFirst(Lever newFirst) {
		if (newFirst != first) {
			NotificationChain msgs = null;
			if (first != null)
				msgs = ((InternalEObject)first).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - JinzaiPackage.SWEEP_EXPERIMENT__FIRST, null, msgs);
			if (newFirst != null)
				msgs = ((InternalEObject)newFirst).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - JinzaiPackage.SWEEP_EXPERIMENT__FIRST, null, msgs);
			msgs = basicSetFirst(newFirst, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.SWEEP_EXPERIMENT__FIRST, newFirst, newFirst));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getFirstValues() {
		if (firstValues == null) {
			firstValues = new EDataTypeUniqueEList<Integer>(Integer.class, this, JinzaiPackage.SWEEP_EXPERIMENT__FIRST_VALUES);
		}
		return firstValues;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Lever getSecond() {
		return second;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSecond(Lever newSecond, NotificationChain msgs) {
		Lever oldSecond = second;
		second = newSecond;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, JinzaiPackage.SWEEP_EXPERIMENT__SECOND, oldSecond, newSecond);
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
	public void setSecond(Lever newSecond) {
		if (newSecond != second) {
			NotificationChain msgs = null;
			if (second != null)
				msgs = ((InternalEObject)second).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - JinzaiPackage.SWEEP_EXPERIMENT__SECOND, null, msgs);
			if (newSecond != null)
				msgs = ((InternalEObject)newSecond).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - JinzaiPackage.SWEEP_EXPERIMENT__SECOND, null, msgs);
			msgs = basicSetSecond(newSecond, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.SWEEP_EXPERIMENT__SECOND, newSecond, newSecond));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getSecondValues() {
		if (secondValues == null) {
			secondValues = new EDataTypeUniqueEList<Integer>(Integer.class, this, JinzaiPackage.SWEEP_EXPERIMENT__SECOND_VALUES);
		}
		return secondValues;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SweepPoint> getPoints() {
		if (points == null) {
			points = new EObjectContainmentEList<SweepPoint>(SweepPoint.class, this, JinzaiPackage.SWEEP_EXPERIMENT__POINTS);
		}
		return points;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case JinzaiPackage.SWEEP_EXPERIMENT__FIRST:
				return basicSetFirst(null, msgs);
			case JinzaiPackage.SWEEP_EXPERIMENT__SECOND:
				return basicSetSecond(null, msgs);
			case JinzaiPackage.SWEEP_EXPERIMENT__POINTS:
				return ((InternalEList<?>)getPoints()).basicRemove(otherEnd, msgs);
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
			case JinzaiPackage.SWEEP_EXPERIMENT__FIRST:
				return getFirst();
			case JinzaiPackage.SWEEP_EXPERIMENT__FIRST_VALUES:
				return getFirstValues();
			case JinzaiPackage.SWEEP_EXPERIMENT__SECOND:
				return getSecond();
			case JinzaiPackage.SWEEP_EXPERIMENT__SECOND_VALUES:
				return getSecondValues();
			case JinzaiPackage.SWEEP_EXPERIMENT__POINTS:
				return getPoints();
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
			case JinzaiPackage.SWEEP_EXPERIMENT__FIRST:
				setFirst((Lever)newValue);
				return;
			case JinzaiPackage.SWEEP_EXPERIMENT__FIRST_VALUES:
				getFirstValues().clear();
				getFirstValues().addAll((Collection<? extends Integer>)newValue);
				return;
			case JinzaiPackage.SWEEP_EXPERIMENT__SECOND:
				setSecond((Lever)newValue);
				return;
			case JinzaiPackage.SWEEP_EXPERIMENT__SECOND_VALUES:
				getSecondValues().clear();
				getSecondValues().addAll((Collection<? extends Integer>)newValue);
				return;
			case JinzaiPackage.SWEEP_EXPERIMENT__POINTS:
				getPoints().clear();
				getPoints().addAll((Collection<? extends SweepPoint>)newValue);
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
			case JinzaiPackage.SWEEP_EXPERIMENT__FIRST:
				setFirst((Lever)null);
				return;
			case JinzaiPackage.SWEEP_EXPERIMENT__FIRST_VALUES:
				getFirstValues().clear();
				return;
			case JinzaiPackage.SWEEP_EXPERIMENT__SECOND:
				setSecond((Lever)null);
				return;
			case JinzaiPackage.SWEEP_EXPERIMENT__SECOND_VALUES:
				getSecondValues().clear();
				return;
			case JinzaiPackage.SWEEP_EXPERIMENT__POINTS:
				getPoints().clear();
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
			case JinzaiPackage.SWEEP_EXPERIMENT__FIRST:
				return first != null;
			case JinzaiPackage.SWEEP_EXPERIMENT__FIRST_VALUES:
				return firstValues != null && !firstValues.isEmpty();
			case JinzaiPackage.SWEEP_EXPERIMENT__SECOND:
				return second != null;
			case JinzaiPackage.SWEEP_EXPERIMENT__SECOND_VALUES:
				return secondValues != null && !secondValues.isEmpty();
			case JinzaiPackage.SWEEP_EXPERIMENT__POINTS:
				return points != null && !points.isEmpty();
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
		result.append(" (firstValues: "); //$NON-NLS-1$
		result.append(firstValues);
		result.append(", secondValues: "); //$NON-NLS-1$
		result.append(secondValues);
		result.append(')');
		return result.toString();
	}

} //SweepExperimentImpl
