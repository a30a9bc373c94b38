/**
 */
package org.jinzai.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Experiment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An experiment on a scenario (goal-seek, sweep, sensitivity): its question and its answer, saved next to the scenario.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.Experiment#getScenario <em>Scenario</em>}</li>
 *   <li>{@link org.jinzai.model.Experiment#getScenarioFile <em>Scenario File</em>}</li>
 *   <li>{@link org.jinzai.model.Experiment#getTarget <em>Target</em>}</li>
 *   <li>{@link org.jinzai.model.Experiment#getTargetName <em>Target Name</em>}</li>
 *   <li>{@link org.jinzai.model.Experiment#getFiscalYear <em>Fiscal Year</em>}</li>
 *   <li>{@link org.jinzai.model.Experiment#getReplications <em>Replications</em>}</li>
 *   <li>{@link org.jinzai.model.Experiment#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.jinzai.model.Experiment#getInputFingerprint <em>Input Fingerprint</em>}</li>
 *   <li>{@link org.jinzai.model.Experiment#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.jinzai.model.Experiment#getElapsedSeconds <em>Elapsed Seconds</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getExperiment()
 * @model abstract="true"
 * @generated
 */
public interface Experiment extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Scenario</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scenario</em>' reference.
	 * @see #setScenario(Scenario)
	 * @see org.jinzai.model.JinzaiPackage#getExperiment_Scenario()
	 * @model
	 * @generated
	 */
	Scenario getScenario();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Experiment#getScenario <em>Scenario</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scenario</em>' reference.
	 * @see #getScenario()
	 * @generated
	 */
	void setScenario(Scenario value);

	/**
	 * Returns the value of the '<em><b>Scenario File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scenario File</em>' attribute.
	 * @see #setScenarioFile(String)
	 * @see org.jinzai.model.JinzaiPackage#getExperiment_ScenarioFile()
	 * @model
	 * @generated
	 */
	String getScenarioFile();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Experiment#getScenarioFile <em>Scenario File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scenario File</em>' attribute.
	 * @see #getScenarioFile()
	 * @generated
	 */
	void setScenarioFile(String value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Target)
	 * @see org.jinzai.model.JinzaiPackage#getExperiment_Target()
	 * @model
	 * @generated
	 */
	Target getTarget();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Experiment#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Target value);

	/**
	 * Returns the value of the '<em><b>Target Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Name</em>' attribute.
	 * @see #setTargetName(String)
	 * @see org.jinzai.model.JinzaiPackage#getExperiment_TargetName()
	 * @model
	 * @generated
	 */
	String getTargetName();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Experiment#getTargetName <em>Target Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Name</em>' attribute.
	 * @see #getTargetName()
	 * @generated
	 */
	void setTargetName(String value);

	/**
	 * Returns the value of the '<em><b>Fiscal Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fiscal year at which the target is read.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fiscal Year</em>' attribute.
	 * @see #setFiscalYear(int)
	 * @see org.jinzai.model.JinzaiPackage#getExperiment_FiscalYear()
	 * @model
	 * @generated
	 */
	int getFiscalYear();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Experiment#getFiscalYear <em>Fiscal Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fiscal Year</em>' attribute.
	 * @see #getFiscalYear()
	 * @generated
	 */
	void setFiscalYear(int value);

	/**
	 * Returns the value of the '<em><b>Replications</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Replications</em>' attribute.
	 * @see #setReplications(int)
	 * @see org.jinzai.model.JinzaiPackage#getExperiment_Replications()
	 * @model
	 * @generated
	 */
	int getReplications();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Experiment#getReplications <em>Replications</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Replications</em>' attribute.
	 * @see #getReplications()
	 * @generated
	 */
	void setReplications(int value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see org.jinzai.model.JinzaiPackage#getExperiment_Seed()
	 * @model
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Experiment#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

	/**
	 * Returns the value of the '<em><b>Input Fingerprint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fingerprint of the scenario and baseline when the experiment ran.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Input Fingerprint</em>' attribute.
	 * @see #setInputFingerprint(String)
	 * @see org.jinzai.model.JinzaiPackage#getExperiment_InputFingerprint()
	 * @model
	 * @generated
	 */
	String getInputFingerprint();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Experiment#getInputFingerprint <em>Input Fingerprint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Input Fingerprint</em>' attribute.
	 * @see #getInputFingerprint()
	 * @generated
	 */
	void setInputFingerprint(String value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(String)
	 * @see org.jinzai.model.JinzaiPackage#getExperiment_CreatedAt()
	 * @model
	 * @generated
	 */
	String getCreatedAt();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Experiment#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(String value);

	/**
	 * Returns the value of the '<em><b>Elapsed Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Elapsed Seconds</em>' attribute.
	 * @see #setElapsedSeconds(double)
	 * @see org.jinzai.model.JinzaiPackage#getExperiment_ElapsedSeconds()
	 * @model
	 * @generated
	 */
	double getElapsedSeconds();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Experiment#getElapsedSeconds <em>Elapsed Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Elapsed Seconds</em>' attribute.
	 * @see #getElapsedSeconds()
	 * @generated
	 */
	void setElapsedSeconds(double value);

} // Experiment
