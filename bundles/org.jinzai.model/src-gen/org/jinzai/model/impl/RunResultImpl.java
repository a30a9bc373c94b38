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

import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.RunResult;
import org.jinzai.model.Scenario;
import org.jinzai.model.YearResult;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Run Result</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.impl.RunResultImpl#getScenario <em>Scenario</em>}</li>
 *   <li>{@link org.jinzai.model.impl.RunResultImpl#getScenarioFile <em>Scenario File</em>}</li>
 *   <li>{@link org.jinzai.model.impl.RunResultImpl#getReplications <em>Replications</em>}</li>
 *   <li>{@link org.jinzai.model.impl.RunResultImpl#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.jinzai.model.impl.RunResultImpl#getInputFingerprint <em>Input Fingerprint</em>}</li>
 *   <li>{@link org.jinzai.model.impl.RunResultImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.jinzai.model.impl.RunResultImpl#getEngineVersion <em>Engine Version</em>}</li>
 *   <li>{@link org.jinzai.model.impl.RunResultImpl#getYears <em>Years</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RunResultImpl extends MinimalEObjectImpl.Container implements RunResult {
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
	 * The default value of the '{@link #getScenarioFile() <em>Scenario File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScenarioFile()
	 * @generated
	 * @ordered
	 */
	protected static final String SCENARIO_FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScenarioFile() <em>Scenario File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScenarioFile()
	 * @generated
	 * @ordered
	 */
	protected String scenarioFile = SCENARIO_FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReplications() <em>Replications</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplications()
	 * @generated
	 * @ordered
	 */
	protected static final int REPLICATIONS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getReplications() <em>Replications</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplications()
	 * @generated
	 * @ordered
	 */
	protected int replications = REPLICATIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long SEED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected long seed = SEED_EDEFAULT;

	/**
	 * The default value of the '{@link #getInputFingerprint() <em>Input Fingerprint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputFingerprint()
	 * @generated
	 * @ordered
	 */
	protected static final String INPUT_FINGERPRINT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInputFingerprint() <em>Input Fingerprint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputFingerprint()
	 * @generated
	 * @ordered
	 */
	protected String inputFingerprint = INPUT_FINGERPRINT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected static final String CREATED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected String createdAt = CREATED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getEngineVersion() <em>Engine Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEngineVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String ENGINE_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEngineVersion() <em>Engine Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEngineVersion()
	 * @generated
	 * @ordered
	 */
	protected String engineVersion = ENGINE_VERSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getYears() <em>Years</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYears()
	 * @generated
	 * @ordered
	 */
	protected EList<YearResult> years;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RunResultImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JinzaiPackage.Literals.RUN_RESULT;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, JinzaiPackage.RUN_RESULT__SCENARIO, oldScenario, scenario));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.RUN_RESULT__SCENARIO, oldScenario, scenario));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScenarioFile() {
		return scenarioFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScenarioFile(String newScenarioFile) {
		String oldScenarioFile = scenarioFile;
		scenarioFile = newScenarioFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.RUN_RESULT__SCENARIO_FILE, oldScenarioFile, scenarioFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getReplications() {
		return replications;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReplications(int newReplications) {
		int oldReplications = replications;
		replications = newReplications;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.RUN_RESULT__REPLICATIONS, oldReplications, replications));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSeed() {
		return seed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeed(long newSeed) {
		long oldSeed = seed;
		seed = newSeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.RUN_RESULT__SEED, oldSeed, seed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInputFingerprint() {
		return inputFingerprint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInputFingerprint(String newInputFingerprint) {
		String oldInputFingerprint = inputFingerprint;
		inputFingerprint = newInputFingerprint;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.RUN_RESULT__INPUT_FINGERPRINT, oldInputFingerprint, inputFingerprint));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCreatedAt() {
		return createdAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedAt(String newCreatedAt) {
		String oldCreatedAt = createdAt;
		createdAt = newCreatedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.RUN_RESULT__CREATED_AT, oldCreatedAt, createdAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEngineVersion() {
		return engineVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEngineVersion(String newEngineVersion) {
		String oldEngineVersion = engineVersion;
		engineVersion = newEngineVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.RUN_RESULT__ENGINE_VERSION, oldEngineVersion, engineVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<YearResult> getYears() {
		if (years == null) {
			years = new EObjectContainmentEList<YearResult>(YearResult.class, this, JinzaiPackage.RUN_RESULT__YEARS);
		}
		return years;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case JinzaiPackage.RUN_RESULT__YEARS:
				return ((InternalEList<?>)getYears()).basicRemove(otherEnd, msgs);
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
			case JinzaiPackage.RUN_RESULT__SCENARIO:
				if (resolve) return getScenario();
				return basicGetScenario();
			case JinzaiPackage.RUN_RESULT__SCENARIO_FILE:
				return getScenarioFile();
			case JinzaiPackage.RUN_RESULT__REPLICATIONS:
				return getReplications();
			case JinzaiPackage.RUN_RESULT__SEED:
				return getSeed();
			case JinzaiPackage.RUN_RESULT__INPUT_FINGERPRINT:
				return getInputFingerprint();
			case JinzaiPackage.RUN_RESULT__CREATED_AT:
				return getCreatedAt();
			case JinzaiPackage.RUN_RESULT__ENGINE_VERSION:
				return getEngineVersion();
			case JinzaiPackage.RUN_RESULT__YEARS:
				return getYears();
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
			case JinzaiPackage.RUN_RESULT__SCENARIO:
				setScenario((Scenario)newValue);
				return;
			case JinzaiPackage.RUN_RESULT__SCENARIO_FILE:
				setScenarioFile((String)newValue);
				return;
			case JinzaiPackage.RUN_RESULT__REPLICATIONS:
				setReplications((Integer)newValue);
				return;
			case JinzaiPackage.RUN_RESULT__SEED:
				setSeed((Long)newValue);
				return;
			case JinzaiPackage.RUN_RESULT__INPUT_FINGERPRINT:
				setInputFingerprint((String)newValue);
				return;
			case JinzaiPackage.RUN_RESULT__CREATED_AT:
				setCreatedAt((String)newValue);
				return;
			case JinzaiPackage.RUN_RESULT__ENGINE_VERSION:
				setEngineVersion((String)newValue);
				return;
			case JinzaiPackage.RUN_RESULT__YEARS:
				getYears().clear();
				getYears().addAll((Collection<? extends YearResult>)newValue);
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
			case JinzaiPackage.RUN_RESULT__SCENARIO:
				setScenario((Scenario)null);
				return;
			case JinzaiPackage.RUN_RESULT__SCENARIO_FILE:
				setScenarioFile(SCENARIO_FILE_EDEFAULT);
				return;
			case JinzaiPackage.RUN_RESULT__REPLICATIONS:
				setReplications(REPLICATIONS_EDEFAULT);
				return;
			case JinzaiPackage.RUN_RESULT__SEED:
				setSeed(SEED_EDEFAULT);
				return;
			case JinzaiPackage.RUN_RESULT__INPUT_FINGERPRINT:
				setInputFingerprint(INPUT_FINGERPRINT_EDEFAULT);
				return;
			case JinzaiPackage.RUN_RESULT__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case JinzaiPackage.RUN_RESULT__ENGINE_VERSION:
				setEngineVersion(ENGINE_VERSION_EDEFAULT);
				return;
			case JinzaiPackage.RUN_RESULT__YEARS:
				getYears().clear();
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
			case JinzaiPackage.RUN_RESULT__SCENARIO:
				return scenario != null;
			case JinzaiPackage.RUN_RESULT__SCENARIO_FILE:
				return SCENARIO_FILE_EDEFAULT == null ? scenarioFile != null : !SCENARIO_FILE_EDEFAULT.equals(scenarioFile);
			case JinzaiPackage.RUN_RESULT__REPLICATIONS:
				return replications != REPLICATIONS_EDEFAULT;
			case JinzaiPackage.RUN_RESULT__SEED:
				return seed != SEED_EDEFAULT;
			case JinzaiPackage.RUN_RESULT__INPUT_FINGERPRINT:
				return INPUT_FINGERPRINT_EDEFAULT == null ? inputFingerprint != null : !INPUT_FINGERPRINT_EDEFAULT.equals(inputFingerprint);
			case JinzaiPackage.RUN_RESULT__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
			case JinzaiPackage.RUN_RESULT__ENGINE_VERSION:
				return ENGINE_VERSION_EDEFAULT == null ? engineVersion != null : !ENGINE_VERSION_EDEFAULT.equals(engineVersion);
			case JinzaiPackage.RUN_RESULT__YEARS:
				return years != null && !years.isEmpty();
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
		result.append(" (scenarioFile: "); //$NON-NLS-1$
		result.append(scenarioFile);
		result.append(", replications: "); //$NON-NLS-1$
		result.append(replications);
		result.append(", seed: "); //$NON-NLS-1$
		result.append(seed);
		result.append(", inputFingerprint: "); //$NON-NLS-1$
		result.append(inputFingerprint);
		result.append(", createdAt: "); //$NON-NLS-1$
		result.append(createdAt);
		result.append(", engineVersion: "); //$NON-NLS-1$
		result.append(engineVersion);
		result.append(')');
		return result.toString();
	}

} //RunResultImpl
