/**
 */
package org.jinzai.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.jinzai.model.Experiment;
import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.Scenario;
import org.jinzai.model.Target;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Experiment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.impl.ExperimentImpl#getScenario <em>Scenario</em>}</li>
 *   <li>{@link org.jinzai.model.impl.ExperimentImpl#getScenarioFile <em>Scenario File</em>}</li>
 *   <li>{@link org.jinzai.model.impl.ExperimentImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.jinzai.model.impl.ExperimentImpl#getTargetName <em>Target Name</em>}</li>
 *   <li>{@link org.jinzai.model.impl.ExperimentImpl#getFiscalYear <em>Fiscal Year</em>}</li>
 *   <li>{@link org.jinzai.model.impl.ExperimentImpl#getReplications <em>Replications</em>}</li>
 *   <li>{@link org.jinzai.model.impl.ExperimentImpl#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.jinzai.model.impl.ExperimentImpl#getInputFingerprint <em>Input Fingerprint</em>}</li>
 *   <li>{@link org.jinzai.model.impl.ExperimentImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.jinzai.model.impl.ExperimentImpl#getElapsedSeconds <em>Elapsed Seconds</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class ExperimentImpl extends NamedElementImpl implements Experiment {
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
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected Target target;

	/**
	 * The default value of the '{@link #getTargetName() <em>Target Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetName()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGET_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetName() <em>Target Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetName()
	 * @generated
	 * @ordered
	 */
	protected String targetName = TARGET_NAME_EDEFAULT;

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
	 * The default value of the '{@link #getElapsedSeconds() <em>Elapsed Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElapsedSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final double ELAPSED_SECONDS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getElapsedSeconds() <em>Elapsed Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElapsedSeconds()
	 * @generated
	 * @ordered
	 */
	protected double elapsedSeconds = ELAPSED_SECONDS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ExperimentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JinzaiPackage.Literals.EXPERIMENT;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, JinzaiPackage.EXPERIMENT__SCENARIO, oldScenario, scenario));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.EXPERIMENT__SCENARIO, oldScenario, scenario));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.EXPERIMENT__SCENARIO_FILE, oldScenarioFile, scenarioFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Target getTarget() {
		if (target != null && target.eIsProxy()) {
			InternalEObject oldTarget = (InternalEObject)target;
			target = (Target)eResolveProxy(oldTarget);
			if (target != oldTarget) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, JinzaiPackage.EXPERIMENT__TARGET, oldTarget, target));
			}
		}
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Target basicGetTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(Target newTarget) {
		Target oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.EXPERIMENT__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTargetName() {
		return targetName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetName(String newTargetName) {
		String oldTargetName = targetName;
		targetName = newTargetName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.EXPERIMENT__TARGET_NAME, oldTargetName, targetName));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.EXPERIMENT__FISCAL_YEAR, oldFiscalYear, fiscalYear));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.EXPERIMENT__REPLICATIONS, oldReplications, replications));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.EXPERIMENT__SEED, oldSeed, seed));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.EXPERIMENT__INPUT_FINGERPRINT, oldInputFingerprint, inputFingerprint));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.EXPERIMENT__CREATED_AT, oldCreatedAt, createdAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getElapsedSeconds() {
		return elapsedSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setElapsedSeconds(double newElapsedSeconds) {
		double oldElapsedSeconds = elapsedSeconds;
		elapsedSeconds = newElapsedSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JinzaiPackage.EXPERIMENT__ELAPSED_SECONDS, oldElapsedSeconds, elapsedSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case JinzaiPackage.EXPERIMENT__SCENARIO:
				if (resolve) return getScenario();
				return basicGetScenario();
			case JinzaiPackage.EXPERIMENT__SCENARIO_FILE:
				return getScenarioFile();
			case JinzaiPackage.EXPERIMENT__TARGET:
				if (resolve) return getTarget();
				return basicGetTarget();
			case JinzaiPackage.EXPERIMENT__TARGET_NAME:
				return getTargetName();
			case JinzaiPackage.EXPERIMENT__FISCAL_YEAR:
				return getFiscalYear();
			case JinzaiPackage.EXPERIMENT__REPLICATIONS:
				return getReplications();
			case JinzaiPackage.EXPERIMENT__SEED:
				return getSeed();
			case JinzaiPackage.EXPERIMENT__INPUT_FINGERPRINT:
				return getInputFingerprint();
			case JinzaiPackage.EXPERIMENT__CREATED_AT:
				return getCreatedAt();
			case JinzaiPackage.EXPERIMENT__ELAPSED_SECONDS:
				return getElapsedSeconds();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case JinzaiPackage.EXPERIMENT__SCENARIO:
				setScenario((Scenario)newValue);
				return;
			case JinzaiPackage.EXPERIMENT__SCENARIO_FILE:
				setScenarioFile((String)newValue);
				return;
			case JinzaiPackage.EXPERIMENT__TARGET:
				setTarget((Target)newValue);
				return;
			case JinzaiPackage.EXPERIMENT__TARGET_NAME:
				setTargetName((String)newValue);
				return;
			case JinzaiPackage.EXPERIMENT__FISCAL_YEAR:
				setFiscalYear((Integer)newValue);
				return;
			case JinzaiPackage.EXPERIMENT__REPLICATIONS:
				setReplications((Integer)newValue);
				return;
			case JinzaiPackage.EXPERIMENT__SEED:
				setSeed((Long)newValue);
				return;
			case JinzaiPackage.EXPERIMENT__INPUT_FINGERPRINT:
				setInputFingerprint((String)newValue);
				return;
			case JinzaiPackage.EXPERIMENT__CREATED_AT:
				setCreatedAt((String)newValue);
				return;
			case JinzaiPackage.EXPERIMENT__ELAPSED_SECONDS:
				setElapsedSeconds((Double)newValue);
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
			case JinzaiPackage.EXPERIMENT__SCENARIO:
				setScenario((Scenario)null);
				return;
			case JinzaiPackage.EXPERIMENT__SCENARIO_FILE:
				setScenarioFile(SCENARIO_FILE_EDEFAULT);
				return;
			case JinzaiPackage.EXPERIMENT__TARGET:
				setTarget((Target)null);
				return;
			case JinzaiPackage.EXPERIMENT__TARGET_NAME:
				setTargetName(TARGET_NAME_EDEFAULT);
				return;
			case JinzaiPackage.EXPERIMENT__FISCAL_YEAR:
				setFiscalYear(FISCAL_YEAR_EDEFAULT);
				return;
			case JinzaiPackage.EXPERIMENT__REPLICATIONS:
				setReplications(REPLICATIONS_EDEFAULT);
				return;
			case JinzaiPackage.EXPERIMENT__SEED:
				setSeed(SEED_EDEFAULT);
				return;
			case JinzaiPackage.EXPERIMENT__INPUT_FINGERPRINT:
				setInputFingerprint(INPUT_FINGERPRINT_EDEFAULT);
				return;
			case JinzaiPackage.EXPERIMENT__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case JinzaiPackage.EXPERIMENT__ELAPSED_SECONDS:
				setElapsedSeconds(ELAPSED_SECONDS_EDEFAULT);
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
			case JinzaiPackage.EXPERIMENT__SCENARIO:
				return scenario != null;
			case JinzaiPackage.EXPERIMENT__SCENARIO_FILE:
				return SCENARIO_FILE_EDEFAULT == null ? scenarioFile != null : !SCENARIO_FILE_EDEFAULT.equals(scenarioFile);
			case JinzaiPackage.EXPERIMENT__TARGET:
				return target != null;
			case JinzaiPackage.EXPERIMENT__TARGET_NAME:
				return TARGET_NAME_EDEFAULT == null ? targetName != null : !TARGET_NAME_EDEFAULT.equals(targetName);
			case JinzaiPackage.EXPERIMENT__FISCAL_YEAR:
				return fiscalYear != FISCAL_YEAR_EDEFAULT;
			case JinzaiPackage.EXPERIMENT__REPLICATIONS:
				return replications != REPLICATIONS_EDEFAULT;
			case JinzaiPackage.EXPERIMENT__SEED:
				return seed != SEED_EDEFAULT;
			case JinzaiPackage.EXPERIMENT__INPUT_FINGERPRINT:
				return INPUT_FINGERPRINT_EDEFAULT == null ? inputFingerprint != null : !INPUT_FINGERPRINT_EDEFAULT.equals(inputFingerprint);
			case JinzaiPackage.EXPERIMENT__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
			case JinzaiPackage.EXPERIMENT__ELAPSED_SECONDS:
				return elapsedSeconds != ELAPSED_SECONDS_EDEFAULT;
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
		result.append(", targetName: "); //$NON-NLS-1$
		result.append(targetName);
		result.append(", fiscalYear: "); //$NON-NLS-1$
		result.append(fiscalYear);
		result.append(", replications: "); //$NON-NLS-1$
		result.append(replications);
		result.append(", seed: "); //$NON-NLS-1$
		result.append(seed);
		result.append(", inputFingerprint: "); //$NON-NLS-1$
		result.append(inputFingerprint);
		result.append(", createdAt: "); //$NON-NLS-1$
		result.append(createdAt);
		result.append(", elapsedSeconds: "); //$NON-NLS-1$
		result.append(elapsedSeconds);
		result.append(')');
		return result.toString();
	}

} //ExperimentImpl
