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

import org.jinzai.model.CountBasis;
import org.jinzai.model.Course;
import org.jinzai.model.Department;
import org.jinzai.model.DepartmentKind;
import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.Persona;
import org.jinzai.model.Target;
import org.jinzai.model.TargetKind;
import org.jinzai.model.TargetScope;
import org.jinzai.model.TargetValue;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Target</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.impl.TargetImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.jinzai.model.impl.TargetImpl#getPersona <em>Persona</em>}</li>
 *   <li>{@link org.jinzai.model.impl.TargetImpl#getMinimumStep <em>Minimum Step</em>}</li>
 *   <li>{@link org.jinzai.model.impl.TargetImpl#getCountBy <em>Count By</em>}</li>
 *   <li>{@link org.jinzai.model.impl.TargetImpl#getScope <em>Scope</em>}</li>
 *   <li>{@link org.jinzai.model.impl.TargetImpl#getDepartment <em>Department</em>}</li>
 *   <li>{@link org.jinzai.model.impl.TargetImpl#getDepartmentKind <em>Department Kind</em>}</li>
 *   <li>{@link org.jinzai.model.impl.TargetImpl#getCourse <em>Course</em>}</li>
 *   <li>{@link org.jinzai.model.impl.TargetImpl#getValues <em>Values</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TargetImpl extends NamedElementImpl implements Target {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final TargetKind KIND_EDEFAULT = TargetKind.HEADCOUNT_AT_STEP;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected TargetKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPersona() <em>Persona</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersona()
	 * @generated
	 * @ordered
	 */
	protected Persona persona;

	/**
	 * The default value of the '{@link #getMinimumStep() <em>Minimum Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumStep()
	 * @generated
	 * @ordered
	 */
	protected static final int MINIMUM_STEP_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getMinimumStep() <em>Minimum Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumStep()
	 * @generated
	 * @ordered
	 */
	protected int minimumStep = MINIMUM_STEP_EDEFAULT;

	/**
	 * The default value of the '{@link #getCountBy() <em>Count By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountBy()
	 * @generated
	 * @ordered
	 */
	protected static final CountBasis COUNT_BY_EDEFAULT = CountBasis.ROLE;

	/**
	 * The cached value of the '{@link #getCountBy() <em>Count By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountBy()
	 * @generated
	 * @ordered
	 */
	protected CountBasis countBy = COUNT_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected static final TargetScope SCOPE_EDEFAULT = TargetScope.ORGANIZATION;

	/**
	 * The cached value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected TargetScope scope = SCOPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDepartment() <em>Department</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepartment()
	 * @generated
	 * @ordered
	 */
	protected Department department;

	/**
	 * The default value of the '{@link #getDepartmentKind() <em>Department Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepartmentKind()
	 * @generated
	 * @ordered
	 */
	protected static final DepartmentKind DEPARTMENT_KIND_EDEFAULT = DepartmentKind.BUSINESS;

	/**
	 * The cached value of the '{@link #getDepartmentKind() <em>Department Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepartmentKind()
	 * @generated
	 * @ordered
	 */
	protected DepartmentKind departmentKind = DEPARTMENT_KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCourse() <em>Course</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCourse()
	 * @generated
	 * @ordered
	 */
	protected Course course;

	/**
	 * The cached value of the '{@link #getValues() <em>Values</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValues()
	 * @generated
	 * @ordered
	 */
	protected EList<TargetValue> values;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TargetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JinzaiPackage.Literals.TARGET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TargetKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(TargetKind newKind) {
		TargetKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.TARGET__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Persona getPersona() {
		if (persona != null && persona.eIsProxy()) {
			InternalEObject oldPersona = (InternalEObject)persona;
			persona = (Persona)eResolveProxy(oldPersona);
			if (persona != oldPersona) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, JinzaiPackage.TARGET__PERSONA, oldPersona, persona));
			}
		}
		return persona;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Persona basicGetPersona() {
		return persona;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPersona(Persona newPersona) {
		Persona oldPersona = persona;
		persona = newPersona;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.TARGET__PERSONA, oldPersona, persona));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinimumStep() {
		return minimumStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinimumStep(int newMinimumStep) {
		int oldMinimumStep = minimumStep;
		minimumStep = newMinimumStep;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.TARGET__MINIMUM_STEP, oldMinimumStep, minimumStep));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CountBasis getCountBy() {
		return countBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCountBy(CountBasis newCountBy) {
		CountBasis oldCountBy = countBy;
		countBy = newCountBy == null ? COUNT_BY_EDEFAULT : newCountBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.TARGET__COUNT_BY, oldCountBy, countBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TargetScope getScope() {
		return scope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScope(TargetScope newScope) {
		TargetScope oldScope = scope;
		scope = newScope == null ? SCOPE_EDEFAULT : newScope;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.TARGET__SCOPE, oldScope, scope));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Department getDepartment() {
		if (department != null && department.eIsProxy()) {
			InternalEObject oldDepartment = (InternalEObject)department;
			department = (Department)eResolveProxy(oldDepartment);
			if (department != oldDepartment) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, JinzaiPackage.TARGET__DEPARTMENT, oldDepartment, department));
			}
		}
		return department;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Department basicGetDepartment() {
		return department;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDepartment(Department newDepartment) {
		Department oldDepartment = department;
		department = newDepartment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.TARGET__DEPARTMENT, oldDepartment, department));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DepartmentKind getDepartmentKind() {
		return departmentKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDepartmentKind(DepartmentKind newDepartmentKind) {
		DepartmentKind oldDepartmentKind = departmentKind;
		departmentKind = newDepartmentKind == null ? DEPARTMENT_KIND_EDEFAULT : newDepartmentKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.TARGET__DEPARTMENT_KIND, oldDepartmentKind, departmentKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Course getCourse() {
		if (course != null && course.eIsProxy()) {
			InternalEObject oldCourse = (InternalEObject)course;
			course = (Course)eResolveProxy(oldCourse);
			if (course != oldCourse) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, JinzaiPackage.TARGET__COURSE, oldCourse, course));
			}
		}
		return course;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Course basicGetCourse() {
		return course;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCourse(Course newCourse) {
		Course oldCourse = course;
		course = newCourse;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.TARGET__COURSE, oldCourse, course));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TargetValue> getValues() {
		if (values == null) {
			values = new EObjectContainmentEList<TargetValue>(TargetValue.class, this, JinzaiPackage.TARGET__VALUES);
		}
		return values;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case JinzaiPackage.TARGET__VALUES:
				return ((InternalEList<?>)getValues()).basicRemove(otherEnd, msgs);
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
			case JinzaiPackage.TARGET__KIND:
				return getKind();
			case JinzaiPackage.TARGET__PERSONA:
				if (resolve) return getPersona();
				return basicGetPersona();
			case JinzaiPackage.TARGET__MINIMUM_STEP:
				return getMinimumStep();
			case JinzaiPackage.TARGET__COUNT_BY:
				return getCountBy();
			case JinzaiPackage.TARGET__SCOPE:
				return getScope();
			case JinzaiPackage.TARGET__DEPARTMENT:
				if (resolve) return getDepartment();
				return basicGetDepartment();
			case JinzaiPackage.TARGET__DEPARTMENT_KIND:
				return getDepartmentKind();
			case JinzaiPackage.TARGET__COURSE:
				if (resolve) return getCourse();
				return basicGetCourse();
			case JinzaiPackage.TARGET__VALUES:
				return getValues();
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
			case JinzaiPackage.TARGET__KIND:
				setKind((TargetKind)newValue);
				return;
			case JinzaiPackage.TARGET__PERSONA:
				setPersona((Persona)newValue);
				return;
			case JinzaiPackage.TARGET__MINIMUM_STEP:
				setMinimumStep((Integer)newValue);
				return;
			case JinzaiPackage.TARGET__COUNT_BY:
				setCountBy((CountBasis)newValue);
				return;
			case JinzaiPackage.TARGET__SCOPE:
				setScope((TargetScope)newValue);
				return;
			case JinzaiPackage.TARGET__DEPARTMENT:
				setDepartment((Department)newValue);
				return;
			case JinzaiPackage.TARGET__DEPARTMENT_KIND:
				setDepartmentKind((DepartmentKind)newValue);
				return;
			case JinzaiPackage.TARGET__COURSE:
				setCourse((Course)newValue);
				return;
			case JinzaiPackage.TARGET__VALUES:
				getValues().clear();
				getValues().addAll((Collection<? extends TargetValue>)newValue);
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
			case JinzaiPackage.TARGET__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case JinzaiPackage.TARGET__PERSONA:
				setPersona((Persona)null);
				return;
			case JinzaiPackage.TARGET__MINIMUM_STEP:
				setMinimumStep(MINIMUM_STEP_EDEFAULT);
				return;
			case JinzaiPackage.TARGET__COUNT_BY:
				setCountBy(COUNT_BY_EDEFAULT);
				return;
			case JinzaiPackage.TARGET__SCOPE:
				setScope(SCOPE_EDEFAULT);
				return;
			case JinzaiPackage.TARGET__DEPARTMENT:
				setDepartment((Department)null);
				return;
			case JinzaiPackage.TARGET__DEPARTMENT_KIND:
				setDepartmentKind(DEPARTMENT_KIND_EDEFAULT);
				return;
			case JinzaiPackage.TARGET__COURSE:
				setCourse((Course)null);
				return;
			case JinzaiPackage.TARGET__VALUES:
				getValues().clear();
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
			case JinzaiPackage.TARGET__KIND:
				return kind != KIND_EDEFAULT;
			case JinzaiPackage.TARGET__PERSONA:
				return persona != null;
			case JinzaiPackage.TARGET__MINIMUM_STEP:
				return minimumStep != MINIMUM_STEP_EDEFAULT;
			case JinzaiPackage.TARGET__COUNT_BY:
				return countBy != COUNT_BY_EDEFAULT;
			case JinzaiPackage.TARGET__SCOPE:
				return scope != SCOPE_EDEFAULT;
			case JinzaiPackage.TARGET__DEPARTMENT:
				return department != null;
			case JinzaiPackage.TARGET__DEPARTMENT_KIND:
				return departmentKind != DEPARTMENT_KIND_EDEFAULT;
			case JinzaiPackage.TARGET__COURSE:
				return course != null;
			case JinzaiPackage.TARGET__VALUES:
				return values != null && !values.isEmpty();
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
		result.append(", minimumStep: "); //$NON-NLS-1$
		result.append(minimumStep);
		result.append(", countBy: "); //$NON-NLS-1$
		result.append(countBy);
		result.append(", scope: "); //$NON-NLS-1$
		result.append(scope);
		result.append(", departmentKind: "); //$NON-NLS-1$
		result.append(departmentKind);
		result.append(')');
		return result.toString();
	}

} //TargetImpl
