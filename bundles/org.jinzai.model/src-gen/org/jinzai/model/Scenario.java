/**
 */
package org.jinzai.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scenario</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * シナリオ: the policies a planner tries on one baseline.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.Scenario#getDescription <em>Description</em>}</li>
 *   <li>{@link org.jinzai.model.Scenario#getModelVersion <em>Model Version</em>}</li>
 *   <li>{@link org.jinzai.model.Scenario#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link org.jinzai.model.Scenario#getDerivedFrom <em>Derived From</em>}</li>
 *   <li>{@link org.jinzai.model.Scenario#getRunSettings <em>Run Settings</em>}</li>
 *   <li>{@link org.jinzai.model.Scenario#getCourseSeats <em>Course Seats</em>}</li>
 *   <li>{@link org.jinzai.model.Scenario#getProjects <em>Projects</em>}</li>
 *   <li>{@link org.jinzai.model.Scenario#getAppointment <em>Appointment</em>}</li>
 *   <li>{@link org.jinzai.model.Scenario#getRotation <em>Rotation</em>}</li>
 *   <li>{@link org.jinzai.model.Scenario#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.jinzai.model.Scenario#getAttrition <em>Attrition</em>}</li>
 *   <li>{@link org.jinzai.model.Scenario#getTargets <em>Targets</em>}</li>
 *   <li>{@link org.jinzai.model.Scenario#getBacktest <em>Backtest</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getScenario()
 * @model
 * @generated
 */
public interface Scenario extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.jinzai.model.JinzaiPackage#getScenario_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Scenario#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Model Version</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Model Version</em>' attribute.
	 * @see #setModelVersion(String)
	 * @see org.jinzai.model.JinzaiPackage#getScenario_ModelVersion()
	 * @model default="1.0"
	 * @generated
	 */
	String getModelVersion();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Scenario#getModelVersion <em>Model Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model Version</em>' attribute.
	 * @see #getModelVersion()
	 * @generated
	 */
	void setModelVersion(String value);

	/**
	 * Returns the value of the '<em><b>Baseline</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Baseline</em>' reference.
	 * @see #setBaseline(Baseline)
	 * @see org.jinzai.model.JinzaiPackage#getScenario_Baseline()
	 * @model required="true"
	 * @generated
	 */
	Baseline getBaseline();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Scenario#getBaseline <em>Baseline</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline</em>' reference.
	 * @see #getBaseline()
	 * @generated
	 */
	void setBaseline(Baseline value);

	/**
	 * Returns the value of the '<em><b>Derived From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Scenario this one was copied from (file name).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Derived From</em>' attribute.
	 * @see #setDerivedFrom(String)
	 * @see org.jinzai.model.JinzaiPackage#getScenario_DerivedFrom()
	 * @model
	 * @generated
	 */
	String getDerivedFrom();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Scenario#getDerivedFrom <em>Derived From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Derived From</em>' attribute.
	 * @see #getDerivedFrom()
	 * @generated
	 */
	void setDerivedFrom(String value);

	/**
	 * Returns the value of the '<em><b>Run Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Run Settings</em>' containment reference.
	 * @see #setRunSettings(RunSettings)
	 * @see org.jinzai.model.JinzaiPackage#getScenario_RunSettings()
	 * @model containment="true" required="true"
	 * @generated
	 */
	RunSettings getRunSettings();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Scenario#getRunSettings <em>Run Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Run Settings</em>' containment reference.
	 * @see #getRunSettings()
	 * @generated
	 */
	void setRunSettings(RunSettings value);

	/**
	 * Returns the value of the '<em><b>Course Seats</b></em>' containment reference list.
	 * The list contents are of type {@link org.jinzai.model.CourseSeats}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Course Seats</em>' containment reference list.
	 * @see org.jinzai.model.JinzaiPackage#getScenario_CourseSeats()
	 * @model containment="true"
	 * @generated
	 */
	EList<CourseSeats> getCourseSeats();

	/**
	 * Returns the value of the '<em><b>Projects</b></em>' containment reference list.
	 * The list contents are of type {@link org.jinzai.model.DxProjectPlan}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Projects</em>' containment reference list.
	 * @see org.jinzai.model.JinzaiPackage#getScenario_Projects()
	 * @model containment="true"
	 * @generated
	 */
	EList<DxProjectPlan> getProjects();

	/**
	 * Returns the value of the '<em><b>Appointment</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Appointment</em>' containment reference.
	 * @see #setAppointment(AppointmentPolicy)
	 * @see org.jinzai.model.JinzaiPackage#getScenario_Appointment()
	 * @model containment="true"
	 * @generated
	 */
	AppointmentPolicy getAppointment();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Scenario#getAppointment <em>Appointment</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Appointment</em>' containment reference.
	 * @see #getAppointment()
	 * @generated
	 */
	void setAppointment(AppointmentPolicy value);

	/**
	 * Returns the value of the '<em><b>Rotation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rotation</em>' containment reference.
	 * @see #setRotation(RotationPolicy)
	 * @see org.jinzai.model.JinzaiPackage#getScenario_Rotation()
	 * @model containment="true"
	 * @generated
	 */
	RotationPolicy getRotation();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Scenario#getRotation <em>Rotation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rotation</em>' containment reference.
	 * @see #getRotation()
	 * @generated
	 */
	void setRotation(RotationPolicy value);

	/**
	 * Returns the value of the '<em><b>Channels</b></em>' containment reference list.
	 * The list contents are of type {@link org.jinzai.model.RecruitmentChannel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channels</em>' containment reference list.
	 * @see org.jinzai.model.JinzaiPackage#getScenario_Channels()
	 * @model containment="true"
	 * @generated
	 */
	EList<RecruitmentChannel> getChannels();

	/**
	 * Returns the value of the '<em><b>Attrition</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attrition</em>' containment reference.
	 * @see #setAttrition(AttritionPolicy)
	 * @see org.jinzai.model.JinzaiPackage#getScenario_Attrition()
	 * @model containment="true"
	 * @generated
	 */
	AttritionPolicy getAttrition();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Scenario#getAttrition <em>Attrition</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attrition</em>' containment reference.
	 * @see #getAttrition()
	 * @generated
	 */
	void setAttrition(AttritionPolicy value);

	/**
	 * Returns the value of the '<em><b>Targets</b></em>' containment reference list.
	 * The list contents are of type {@link org.jinzai.model.Target}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Targets</em>' containment reference list.
	 * @see org.jinzai.model.JinzaiPackage#getScenario_Targets()
	 * @model containment="true"
	 * @generated
	 */
	EList<Target> getTargets();

	/**
	 * Returns the value of the '<em><b>Backtest</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 過去の実績による検証: what the last backtest recorded (jinzai backtest --record), for the policy document to cite.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Backtest</em>' containment reference.
	 * @see #setBacktest(BacktestSummary)
	 * @see org.jinzai.model.JinzaiPackage#getScenario_Backtest()
	 * @model containment="true"
	 * @generated
	 */
	BacktestSummary getBacktest();

	/**
	 * Sets the value of the '{@link org.jinzai.model.Scenario#getBacktest <em>Backtest</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Backtest</em>' containment reference.
	 * @see #getBacktest()
	 * @generated
	 */
	void setBacktest(BacktestSummary value);

} // Scenario
