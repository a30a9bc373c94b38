/**
 */
package org.jinzai.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Run Result</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Results of a run, saved next to the scenario.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.RunResult#getScenario <em>Scenario</em>}</li>
 *   <li>{@link org.jinzai.model.RunResult#getScenarioFile <em>Scenario File</em>}</li>
 *   <li>{@link org.jinzai.model.RunResult#getReplications <em>Replications</em>}</li>
 *   <li>{@link org.jinzai.model.RunResult#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.jinzai.model.RunResult#getInputFingerprint <em>Input Fingerprint</em>}</li>
 *   <li>{@link org.jinzai.model.RunResult#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.jinzai.model.RunResult#getEngineVersion <em>Engine Version</em>}</li>
 *   <li>{@link org.jinzai.model.RunResult#getYears <em>Years</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getRunResult()
 * @model
 * @generated
 */
public interface RunResult extends EObject {
	/**
	 * Returns the value of the '<em><b>Scenario</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scenario</em>' reference.
	 * @see #setScenario(Scenario)
	 * @see org.jinzai.model.JinzaiPackage#getRunResult_Scenario()
	 * @model
	 * @generated
	 */
	Scenario getScenario();

	/**
	 * Sets the value of the '{@link org.jinzai.model.RunResult#getScenario <em>Scenario</em>}' reference.
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
	 * @see org.jinzai.model.JinzaiPackage#getRunResult_ScenarioFile()
	 * @model
	 * @generated
	 */
	String getScenarioFile();

	/**
	 * Sets the value of the '{@link org.jinzai.model.RunResult#getScenarioFile <em>Scenario File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scenario File</em>' attribute.
	 * @see #getScenarioFile()
	 * @generated
	 */
	void setScenarioFile(String value);

	/**
	 * Returns the value of the '<em><b>Replications</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Replications</em>' attribute.
	 * @see #setReplications(int)
	 * @see org.jinzai.model.JinzaiPackage#getRunResult_Replications()
	 * @model
	 * @generated
	 */
	int getReplications();

	/**
	 * Sets the value of the '{@link org.jinzai.model.RunResult#getReplications <em>Replications</em>}' attribute.
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
	 * @see org.jinzai.model.JinzaiPackage#getRunResult_Seed()
	 * @model
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link org.jinzai.model.RunResult#getSeed <em>Seed</em>}' attribute.
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
	 * @return the value of the '<em>Input Fingerprint</em>' attribute.
	 * @see #setInputFingerprint(String)
	 * @see org.jinzai.model.JinzaiPackage#getRunResult_InputFingerprint()
	 * @model
	 * @generated
	 */
	String getInputFingerprint();

	/**
	 * Sets the value of the '{@link org.jinzai.model.RunResult#getInputFingerprint <em>Input Fingerprint</em>}' attribute.
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
	 * @see org.jinzai.model.JinzaiPackage#getRunResult_CreatedAt()
	 * @model
	 * @generated
	 */
	String getCreatedAt();

	/**
	 * Sets the value of the '{@link org.jinzai.model.RunResult#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(String value);

	/**
	 * Returns the value of the '<em><b>Engine Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Engine Version</em>' attribute.
	 * @see #setEngineVersion(String)
	 * @see org.jinzai.model.JinzaiPackage#getRunResult_EngineVersion()
	 * @model
	 * @generated
	 */
	String getEngineVersion();

	/**
	 * Sets the value of the '{@link org.jinzai.model.RunResult#getEngineVersion <em>Engine Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Engine Version</em>' attribute.
	 * @see #getEngineVersion()
	 * @generated
	 */
	void setEngineVersion(String value);

	/**
	 * Returns the value of the '<em><b>Years</b></em>' containment reference list.
	 * The list contents are of type {@link org.jinzai.model.YearResult}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Years</em>' containment reference list.
	 * @see org.jinzai.model.JinzaiPackage#getRunResult_Years()
	 * @model containment="true"
	 * @generated
	 */
	EList<YearResult> getYears();

} // RunResult
