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

import org.jinzai.model.AppointmentPolicy;
import org.jinzai.model.AttritionPolicy;
import org.jinzai.model.BacktestSummary;
import org.jinzai.model.Baseline;
import org.jinzai.model.CourseSeats;
import org.jinzai.model.DxProjectPlan;
import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.RecruitmentChannel;
import org.jinzai.model.RotationPolicy;
import org.jinzai.model.RunSettings;
import org.jinzai.model.Scenario;
import org.jinzai.model.Target;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Scenario</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.impl.ScenarioImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.jinzai.model.impl.ScenarioImpl#getModelVersion <em>Model Version</em>}</li>
 *   <li>{@link org.jinzai.model.impl.ScenarioImpl#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link org.jinzai.model.impl.ScenarioImpl#getDerivedFrom <em>Derived From</em>}</li>
 *   <li>{@link org.jinzai.model.impl.ScenarioImpl#getRunSettings <em>Run Settings</em>}</li>
 *   <li>{@link org.jinzai.model.impl.ScenarioImpl#getCourseSeats <em>Course Seats</em>}</li>
 *   <li>{@link org.jinzai.model.impl.ScenarioImpl#getProjects <em>Projects</em>}</li>
 *   <li>{@link org.jinzai.model.impl.ScenarioImpl#getAppointment <em>Appointment</em>}</li>
 *   <li>{@link org.jinzai.model.impl.ScenarioImpl#getRotation <em>Rotation</em>}</li>
 *   <li>{@link org.jinzai.model.impl.ScenarioImpl#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.jinzai.model.impl.ScenarioImpl#getAttrition <em>Attrition</em>}</li>
 *   <li>{@link org.jinzai.model.impl.ScenarioImpl#getTargets <em>Targets</em>}</li>
 *   <li>{@link org.jinzai.model.impl.ScenarioImpl#getBacktest <em>Backtest</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScenarioImpl extends NamedElementImpl implements Scenario {
	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getModelVersion() <em>Model Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String MODEL_VERSION_EDEFAULT = "1.0"; //$NON-NLS-1$

	/**
	 * The cached value of the '{@link #getModelVersion() <em>Model Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelVersion()
	 * @generated
	 * @ordered
	 */
	protected String modelVersion = MODEL_VERSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBaseline() <em>Baseline</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseline()
	 * @generated
	 * @ordered
	 */
	protected Baseline baseline;

	/**
	 * The default value of the '{@link #getDerivedFrom() <em>Derived From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDerivedFrom()
	 * @generated
	 * @ordered
	 */
	protected static final String DERIVED_FROM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDerivedFrom() <em>Derived From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDerivedFrom()
	 * @generated
	 * @ordered
	 */
	protected String derivedFrom = DERIVED_FROM_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRunSettings() <em>Run Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRunSettings()
	 * @generated
	 * @ordered
	 */
	protected RunSettings runSettings;

	/**
	 * The cached value of the '{@link #getCourseSeats() <em>Course Seats</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCourseSeats()
	 * @generated
	 * @ordered
	 */
	protected EList<CourseSeats> courseSeats;

	/**
	 * The cached value of the '{@link #getProjects() <em>Projects</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProjects()
	 * @generated
	 * @ordered
	 */
	protected EList<DxProjectPlan> projects;

	/**
	 * The cached value of the '{@link #getAppointment() <em>Appointment</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAppointment()
	 * @generated
	 * @ordered
	 */
	protected AppointmentPolicy appointment;

	/**
	 * The cached value of the '{@link #getRotation() <em>Rotation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRotation()
	 * @generated
	 * @ordered
	 */
	protected RotationPolicy rotation;

	/**
	 * The cached value of the '{@link #getChannels() <em>Channels</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannels()
	 * @generated
	 * @ordered
	 */
	protected EList<RecruitmentChannel> channels;

	/**
	 * The cached value of the '{@link #getAttrition() <em>Attrition</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttrition()
	 * @generated
	 * @ordered
	 */
	protected AttritionPolicy attrition;

	/**
	 * The cached value of the '{@link #getTargets() <em>Targets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargets()
	 * @generated
	 * @ordered
	 */
	protected EList<Target> targets;

	/**
	 * The cached value of the '{@link #getBacktest() <em>Backtest</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBacktest()
	 * @generated
	 * @ordered
	 */
	protected BacktestSummary backtest;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScenarioImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JinzaiPackage.Literals.SCENARIO;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.SCENARIO__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModelVersion() {
		return modelVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModelVersion(String newModelVersion) {
		String oldModelVersion = modelVersion;
		modelVersion = newModelVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.SCENARIO__MODEL_VERSION, oldModelVersion, modelVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Baseline getBaseline() {
		if (baseline != null && baseline.eIsProxy()) {
			InternalEObject oldBaseline = (InternalEObject)baseline;
			baseline = (Baseline)eResolveProxy(oldBaseline);
			if (baseline != oldBaseline) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, JinzaiPackage.SCENARIO__BASELINE, oldBaseline, baseline));
			}
		}
		return baseline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Baseline basicGetBaseline() {
		return baseline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseline(Baseline newBaseline) {
		Baseline oldBaseline = baseline;
		baseline = newBaseline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.SCENARIO__BASELINE, oldBaseline, baseline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDerivedFrom() {
		return derivedFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDerivedFrom(String newDerivedFrom) {
		String oldDerivedFrom = derivedFrom;
		derivedFrom = newDerivedFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.SCENARIO__DERIVED_FROM, oldDerivedFrom, derivedFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RunSettings getRunSettings() {
		return runSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRunSettings(RunSettings newRunSettings, NotificationChain msgs) {
		RunSettings oldRunSettings = runSettings;
		runSettings = newRunSettings;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, JinzaiPackage.SCENARIO__RUN_SETTINGS, oldRunSettings, newRunSettings);
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
	public void setRunSettings(RunSettings newRunSettings) {
		if (newRunSettings != runSettings) {
			NotificationChain msgs = null;
			if (runSettings != null)
				msgs = ((InternalEObject)runSettings).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - JinzaiPackage.SCENARIO__RUN_SETTINGS, null, msgs);
			if (newRunSettings != null)
				msgs = ((InternalEObject)newRunSettings).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - JinzaiPackage.SCENARIO__RUN_SETTINGS, null, msgs);
			msgs = basicSetRunSettings(newRunSettings, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.SCENARIO__RUN_SETTINGS, newRunSettings, newRunSettings));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CourseSeats> getCourseSeats() {
		if (courseSeats == null) {
			courseSeats = new EObjectContainmentEList<CourseSeats>(CourseSeats.class, this, JinzaiPackage.SCENARIO__COURSE_SEATS);
		}
		return courseSeats;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DxProjectPlan> getProjects() {
		if (projects == null) {
			projects = new EObjectContainmentEList<DxProjectPlan>(DxProjectPlan.class, this, JinzaiPackage.SCENARIO__PROJECTS);
		}
		return projects;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AppointmentPolicy getAppointment() {
		return appointment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAppointment(AppointmentPolicy newAppointment, NotificationChain msgs) {
		AppointmentPolicy oldAppointment = appointment;
		appointment = newAppointment;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, JinzaiPackage.SCENARIO__APPOINTMENT, oldAppointment, newAppointment);
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
	public void setAppointment(AppointmentPolicy newAppointment) {
		if (newAppointment != appointment) {
			NotificationChain msgs = null;
			if (appointment != null)
				msgs = ((InternalEObject)appointment).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - JinzaiPackage.SCENARIO__APPOINTMENT, null, msgs);
			if (newAppointment != null)
				msgs = ((InternalEObject)newAppointment).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - JinzaiPackage.SCENARIO__APPOINTMENT, null, msgs);
			msgs = basicSetAppointment(newAppointment, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.SCENARIO__APPOINTMENT, newAppointment, newAppointment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RotationPolicy getRotation() {
		return rotation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRotation(RotationPolicy newRotation, NotificationChain msgs) {
		RotationPolicy oldRotation = rotation;
		rotation = newRotation;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, JinzaiPackage.SCENARIO__ROTATION, oldRotation, newRotation);
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
	public void setRotation(RotationPolicy newRotation) {
		if (newRotation != rotation) {
			NotificationChain msgs = null;
			if (rotation != null)
				msgs = ((InternalEObject)rotation).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - JinzaiPackage.SCENARIO__ROTATION, null, msgs);
			if (newRotation != null)
				msgs = ((InternalEObject)newRotation).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - JinzaiPackage.SCENARIO__ROTATION, null, msgs);
			msgs = basicSetRotation(newRotation, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.SCENARIO__ROTATION, newRotation, newRotation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RecruitmentChannel> getChannels() {
		if (channels == null) {
			channels = new EObjectContainmentEList<RecruitmentChannel>(RecruitmentChannel.class, this, JinzaiPackage.SCENARIO__CHANNELS);
		}
		return channels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AttritionPolicy getAttrition() {
		return attrition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAttrition(AttritionPolicy newAttrition, NotificationChain msgs) {
		AttritionPolicy oldAttrition = attrition;
		attrition = newAttrition;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, JinzaiPackage.SCENARIO__ATTRITION, oldAttrition, newAttrition);
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
	public void setAttrition(AttritionPolicy newAttrition) {
		if (newAttrition != attrition) {
			NotificationChain msgs = null;
			if (attrition != null)
				msgs = ((InternalEObject)attrition).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - JinzaiPackage.SCENARIO__ATTRITION, null, msgs);
			if (newAttrition != null)
				msgs = ((InternalEObject)newAttrition).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - JinzaiPackage.SCENARIO__ATTRITION, null, msgs);
			msgs = basicSetAttrition(newAttrition, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.SCENARIO__ATTRITION, newAttrition, newAttrition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Target> getTargets() {
		if (targets == null) {
			targets = new EObjectContainmentEList<Target>(Target.class, this, JinzaiPackage.SCENARIO__TARGETS);
		}
		return targets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BacktestSummary getBacktest() {
		return backtest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBacktest(BacktestSummary newBacktest, NotificationChain msgs) {
		BacktestSummary oldBacktest = backtest;
		backtest = newBacktest;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, JinzaiPackage.SCENARIO__BACKTEST, oldBacktest, newBacktest);
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
	public void setBacktest(BacktestSummary newBacktest) {
		if (newBacktest != backtest) {
			NotificationChain msgs = null;
			if (backtest != null)
				msgs = ((InternalEObject)backtest).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - JinzaiPackage.SCENARIO__BACKTEST, null, msgs);
			if (newBacktest != null)
				msgs = ((InternalEObject)newBacktest).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - JinzaiPackage.SCENARIO__BACKTEST, null, msgs);
			msgs = basicSetBacktest(newBacktest, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.SCENARIO__BACKTEST, newBacktest, newBacktest));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case JinzaiPackage.SCENARIO__RUN_SETTINGS:
				return basicSetRunSettings(null, msgs);
			case JinzaiPackage.SCENARIO__COURSE_SEATS:
				return ((InternalEList<?>)getCourseSeats()).basicRemove(otherEnd, msgs);
			case JinzaiPackage.SCENARIO__PROJECTS:
				return ((InternalEList<?>)getProjects()).basicRemove(otherEnd, msgs);
			case JinzaiPackage.SCENARIO__APPOINTMENT:
				return basicSetAppointment(null, msgs);
			case JinzaiPackage.SCENARIO__ROTATION:
				return basicSetRotation(null, msgs);
			case JinzaiPackage.SCENARIO__CHANNELS:
				return ((InternalEList<?>)getChannels()).basicRemove(otherEnd, msgs);
			case JinzaiPackage.SCENARIO__ATTRITION:
				return basicSetAttrition(null, msgs);
			case JinzaiPackage.SCENARIO__TARGETS:
				return ((InternalEList<?>)getTargets()).basicRemove(otherEnd, msgs);
			case JinzaiPackage.SCENARIO__BACKTEST:
				return basicSetBacktest(null, msgs);
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
			case JinzaiPackage.SCENARIO__DESCRIPTION:
				return getDescription();
			case JinzaiPackage.SCENARIO__MODEL_VERSION:
				return getModelVersion();
			case JinzaiPackage.SCENARIO__BASELINE:
				if (resolve) return getBaseline();
				return basicGetBaseline();
			case JinzaiPackage.SCENARIO__DERIVED_FROM:
				return getDerivedFrom();
			case JinzaiPackage.SCENARIO__RUN_SETTINGS:
				return getRunSettings();
			case JinzaiPackage.SCENARIO__COURSE_SEATS:
				return getCourseSeats();
			case JinzaiPackage.SCENARIO__PROJECTS:
				return getProjects();
			case JinzaiPackage.SCENARIO__APPOINTMENT:
				return getAppointment();
			case JinzaiPackage.SCENARIO__ROTATION:
				return getRotation();
			case JinzaiPackage.SCENARIO__CHANNELS:
				return getChannels();
			case JinzaiPackage.SCENARIO__ATTRITION:
				return getAttrition();
			case JinzaiPackage.SCENARIO__TARGETS:
				return getTargets();
			case JinzaiPackage.SCENARIO__BACKTEST:
				return getBacktest();
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
			case JinzaiPackage.SCENARIO__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case JinzaiPackage.SCENARIO__MODEL_VERSION:
				setModelVersion((String)newValue);
				return;
			case JinzaiPackage.SCENARIO__BASELINE:
				setBaseline((Baseline)newValue);
				return;
			case JinzaiPackage.SCENARIO__DERIVED_FROM:
				setDerivedFrom((String)newValue);
				return;
			case JinzaiPackage.SCENARIO__RUN_SETTINGS:
				setRunSettings((RunSettings)newValue);
				return;
			case JinzaiPackage.SCENARIO__COURSE_SEATS:
				getCourseSeats().clear();
				getCourseSeats().addAll((Collection<? extends CourseSeats>)newValue);
				return;
			case JinzaiPackage.SCENARIO__PROJECTS:
				getProjects().clear();
				getProjects().addAll((Collection<? extends DxProjectPlan>)newValue);
				return;
			case JinzaiPackage.SCENARIO__APPOINTMENT:
				setAppointment((AppointmentPolicy)newValue);
				return;
			case JinzaiPackage.SCENARIO__ROTATION:
				setRotation((RotationPolicy)newValue);
				return;
			case JinzaiPackage.SCENARIO__CHANNELS:
				getChannels().clear();
				getChannels().addAll((Collection<? extends RecruitmentChannel>)newValue);
				return;
			case JinzaiPackage.SCENARIO__ATTRITION:
				setAttrition((AttritionPolicy)newValue);
				return;
			case JinzaiPackage.SCENARIO__TARGETS:
				getTargets().clear();
				getTargets().addAll((Collection<? extends Target>)newValue);
				return;
			case JinzaiPackage.SCENARIO__BACKTEST:
				setBacktest((BacktestSummary)newValue);
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
			case JinzaiPackage.SCENARIO__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case JinzaiPackage.SCENARIO__MODEL_VERSION:
				setModelVersion(MODEL_VERSION_EDEFAULT);
				return;
			case JinzaiPackage.SCENARIO__BASELINE:
				setBaseline((Baseline)null);
				return;
			case JinzaiPackage.SCENARIO__DERIVED_FROM:
				setDerivedFrom(DERIVED_FROM_EDEFAULT);
				return;
			case JinzaiPackage.SCENARIO__RUN_SETTINGS:
				setRunSettings((RunSettings)null);
				return;
			case JinzaiPackage.SCENARIO__COURSE_SEATS:
				getCourseSeats().clear();
				return;
			case JinzaiPackage.SCENARIO__PROJECTS:
				getProjects().clear();
				return;
			case JinzaiPackage.SCENARIO__APPOINTMENT:
				setAppointment((AppointmentPolicy)null);
				return;
			case JinzaiPackage.SCENARIO__ROTATION:
				setRotation((RotationPolicy)null);
				return;
			case JinzaiPackage.SCENARIO__CHANNELS:
				getChannels().clear();
				return;
			case JinzaiPackage.SCENARIO__ATTRITION:
				setAttrition((AttritionPolicy)null);
				return;
			case JinzaiPackage.SCENARIO__TARGETS:
				getTargets().clear();
				return;
			case JinzaiPackage.SCENARIO__BACKTEST:
				setBacktest((BacktestSummary)null);
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
			case JinzaiPackage.SCENARIO__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case JinzaiPackage.SCENARIO__MODEL_VERSION:
				return MODEL_VERSION_EDEFAULT == null ? modelVersion != null : !MODEL_VERSION_EDEFAULT.equals(modelVersion);
			case JinzaiPackage.SCENARIO__BASELINE:
				return baseline != null;
			case JinzaiPackage.SCENARIO__DERIVED_FROM:
				return DERIVED_FROM_EDEFAULT == null ? derivedFrom != null : !DERIVED_FROM_EDEFAULT.equals(derivedFrom);
			case JinzaiPackage.SCENARIO__RUN_SETTINGS:
				return runSettings != null;
			case JinzaiPackage.SCENARIO__COURSE_SEATS:
				return courseSeats != null && !courseSeats.isEmpty();
			case JinzaiPackage.SCENARIO__PROJECTS:
				return projects != null && !projects.isEmpty();
			case JinzaiPackage.SCENARIO__APPOINTMENT:
				return appointment != null;
			case JinzaiPackage.SCENARIO__ROTATION:
				return rotation != null;
			case JinzaiPackage.SCENARIO__CHANNELS:
				return channels != null && !channels.isEmpty();
			case JinzaiPackage.SCENARIO__ATTRITION:
				return attrition != null;
			case JinzaiPackage.SCENARIO__TARGETS:
				return targets != null && !targets.isEmpty();
			case JinzaiPackage.SCENARIO__BACKTEST:
				return backtest != null;
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
		result.append(" (description: "); //$NON-NLS-1$
		result.append(description);
		result.append(", modelVersion: "); //$NON-NLS-1$
		result.append(modelVersion);
		result.append(", derivedFrom: "); //$NON-NLS-1$
		result.append(derivedFrom);
		result.append(')');
		return result.toString();
	}

} //ScenarioImpl
