/**
 */
package org.jinzai.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.jinzai.model.JinzaiPackage
 * @generated
 */
public interface JinzaiFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	JinzaiFactory eINSTANCE = org.jinzai.model.impl.JinzaiFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Baseline</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Baseline</em>'.
	 * @generated
	 */
	Baseline createBaseline();

	/**
	 * Returns a new object of class '<em>Organization</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Organization</em>'.
	 * @generated
	 */
	Organization createOrganization();

	/**
	 * Returns a new object of class '<em>Department</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Department</em>'.
	 * @generated
	 */
	Department createDepartment();

	/**
	 * Returns a new object of class '<em>Large Project</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Large Project</em>'.
	 * @generated
	 */
	LargeProject createLargeProject();

	/**
	 * Returns a new object of class '<em>Skill Item</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Skill Item</em>'.
	 * @generated
	 */
	SkillItem createSkillItem();

	/**
	 * Returns a new object of class '<em>Persona</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Persona</em>'.
	 * @generated
	 */
	Persona createPersona();

	/**
	 * Returns a new object of class '<em>Skill Requirement</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Skill Requirement</em>'.
	 * @generated
	 */
	SkillRequirement createSkillRequirement();

	/**
	 * Returns a new object of class '<em>Step Definition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Step Definition</em>'.
	 * @generated
	 */
	StepDefinition createStepDefinition();

	/**
	 * Returns a new object of class '<em>Courses Completed Criterion</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Courses Completed Criterion</em>'.
	 * @generated
	 */
	CoursesCompletedCriterion createCoursesCompletedCriterion();

	/**
	 * Returns a new object of class '<em>Skill Level Criterion</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Skill Level Criterion</em>'.
	 * @generated
	 */
	SkillLevelCriterion createSkillLevelCriterion();

	/**
	 * Returns a new object of class '<em>Lead Months Criterion</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Lead Months Criterion</em>'.
	 * @generated
	 */
	LeadMonthsCriterion createLeadMonthsCriterion();

	/**
	 * Returns a new object of class '<em>Projects Led Criterion</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Projects Led Criterion</em>'.
	 * @generated
	 */
	ProjectsLedCriterion createProjectsLedCriterion();

	/**
	 * Returns a new object of class '<em>Mentoring Criterion</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Mentoring Criterion</em>'.
	 * @generated
	 */
	MentoringCriterion createMentoringCriterion();

	/**
	 * Returns a new object of class '<em>Previous Step Criterion</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Previous Step Criterion</em>'.
	 * @generated
	 */
	PreviousStepCriterion createPreviousStepCriterion();

	/**
	 * Returns a new object of class '<em>Course</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Course</em>'.
	 * @generated
	 */
	Course createCourse();

	/**
	 * Returns a new object of class '<em>Skill Grant</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Skill Grant</em>'.
	 * @generated
	 */
	SkillGrant createSkillGrant();

	/**
	 * Returns a new object of class '<em>Staff Member</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Staff Member</em>'.
	 * @generated
	 */
	StaffMember createStaffMember();

	/**
	 * Returns a new object of class '<em>Skill Level</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Skill Level</em>'.
	 * @generated
	 */
	SkillLevel createSkillLevel();

	/**
	 * Returns a new object of class '<em>Step Reached</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Step Reached</em>'.
	 * @generated
	 */
	StepReached createStepReached();

	/**
	 * Returns a new object of class '<em>Roster Aggregate</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Roster Aggregate</em>'.
	 * @generated
	 */
	RosterAggregate createRosterAggregate();

	/**
	 * Returns a new object of class '<em>Scenario</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Scenario</em>'.
	 * @generated
	 */
	Scenario createScenario();

	/**
	 * Returns a new object of class '<em>Backtest Summary</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Backtest Summary</em>'.
	 * @generated
	 */
	BacktestSummary createBacktestSummary();

	/**
	 * Returns a new object of class '<em>Run Settings</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Run Settings</em>'.
	 * @generated
	 */
	RunSettings createRunSettings();

	/**
	 * Returns a new object of class '<em>Course Seats</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Course Seats</em>'.
	 * @generated
	 */
	CourseSeats createCourseSeats();

	/**
	 * Returns a new object of class '<em>Uptake Estimate</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Uptake Estimate</em>'.
	 * @generated
	 */
	UptakeEstimate createUptakeEstimate();

	/**
	 * Returns a new object of class '<em>Dx Project Plan</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Dx Project Plan</em>'.
	 * @generated
	 */
	DxProjectPlan createDxProjectPlan();

	/**
	 * Returns a new object of class '<em>Appointment Policy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Appointment Policy</em>'.
	 * @generated
	 */
	AppointmentPolicy createAppointmentPolicy();

	/**
	 * Returns a new object of class '<em>Rotation Policy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Rotation Policy</em>'.
	 * @generated
	 */
	RotationPolicy createRotationPolicy();

	/**
	 * Returns a new object of class '<em>Kind Tenure</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Kind Tenure</em>'.
	 * @generated
	 */
	KindTenure createKindTenure();

	/**
	 * Returns a new object of class '<em>Tenure Estimate</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Tenure Estimate</em>'.
	 * @generated
	 */
	TenureEstimate createTenureEstimate();

	/**
	 * Returns a new object of class '<em>Allowed Transfer</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Allowed Transfer</em>'.
	 * @generated
	 */
	AllowedTransfer createAllowedTransfer();

	/**
	 * Returns a new object of class '<em>No Move After Course Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>No Move After Course Rule</em>'.
	 * @generated
	 */
	NoMoveAfterCourseRule createNoMoveAfterCourseRule();

	/**
	 * Returns a new object of class '<em>No Move During Large Project Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>No Move During Large Project Rule</em>'.
	 * @generated
	 */
	NoMoveDuringLargeProjectRule createNoMoveDuringLargeProjectRule();

	/**
	 * Returns a new object of class '<em>Headcount Bound Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Headcount Bound Rule</em>'.
	 * @generated
	 */
	HeadcountBoundRule createHeadcountBoundRule();

	/**
	 * Returns a new object of class '<em>Step3 To Large Projects Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Step3 To Large Projects Rule</em>'.
	 * @generated
	 */
	Step3ToLargeProjectsRule createStep3ToLargeProjectsRule();

	/**
	 * Returns a new object of class '<em>Leave It After Step Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Leave It After Step Rule</em>'.
	 * @generated
	 */
	LeaveItAfterStepRule createLeaveItAfterStepRule();

	/**
	 * Returns a new object of class '<em>Specialist Stays In It Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Specialist Stays In It Rule</em>'.
	 * @generated
	 */
	SpecialistStaysInItRule createSpecialistStaysInItRule();

	/**
	 * Returns a new object of class '<em>Spread Step Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Spread Step Rule</em>'.
	 * @generated
	 */
	SpreadStepRule createSpreadStepRule();

	/**
	 * Returns a new object of class '<em>Recruitment Channel</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Recruitment Channel</em>'.
	 * @generated
	 */
	RecruitmentChannel createRecruitmentChannel();

	/**
	 * Returns a new object of class '<em>Yearly Count</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Yearly Count</em>'.
	 * @generated
	 */
	YearlyCount createYearlyCount();

	/**
	 * Returns a new object of class '<em>Attrition Policy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Attrition Policy</em>'.
	 * @generated
	 */
	AttritionPolicy createAttritionPolicy();

	/**
	 * Returns a new object of class '<em>Attrition Rate</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Attrition Rate</em>'.
	 * @generated
	 */
	AttritionRate createAttritionRate();

	/**
	 * Returns a new object of class '<em>Rate Estimate</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Rate Estimate</em>'.
	 * @generated
	 */
	RateEstimate createRateEstimate();

	/**
	 * Returns a new object of class '<em>Retirement Age</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Retirement Age</em>'.
	 * @generated
	 */
	RetirementAge createRetirementAge();

	/**
	 * Returns a new object of class '<em>Target</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Target</em>'.
	 * @generated
	 */
	Target createTarget();

	/**
	 * Returns a new object of class '<em>Target Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Target Value</em>'.
	 * @generated
	 */
	TargetValue createTargetValue();

	/**
	 * Returns a new object of class '<em>Run Result</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Run Result</em>'.
	 * @generated
	 */
	RunResult createRunResult();

	/**
	 * Returns a new object of class '<em>Year Result</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Year Result</em>'.
	 * @generated
	 */
	YearResult createYearResult();

	/**
	 * Returns a new object of class '<em>Target Result</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Target Result</em>'.
	 * @generated
	 */
	TargetResult createTargetResult();

	/**
	 * Returns a new object of class '<em>Count Result</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Count Result</em>'.
	 * @generated
	 */
	CountResult createCountResult();

	/**
	 * Returns a new object of class '<em>Flow Result</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Flow Result</em>'.
	 * @generated
	 */
	FlowResult createFlowResult();

	/**
	 * Returns a new object of class '<em>Department Miss</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Department Miss</em>'.
	 * @generated
	 */
	DepartmentMiss createDepartmentMiss();

	/**
	 * Returns a new object of class '<em>Lever</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Lever</em>'.
	 * @generated
	 */
	Lever createLever();

	/**
	 * Returns a new object of class '<em>Goal Seek Experiment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Goal Seek Experiment</em>'.
	 * @generated
	 */
	GoalSeekExperiment createGoalSeekExperiment();

	/**
	 * Returns a new object of class '<em>Lever Evaluation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Lever Evaluation</em>'.
	 * @generated
	 */
	LeverEvaluation createLeverEvaluation();

	/**
	 * Returns a new object of class '<em>Sweep Experiment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Sweep Experiment</em>'.
	 * @generated
	 */
	SweepExperiment createSweepExperiment();

	/**
	 * Returns a new object of class '<em>Sweep Point</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Sweep Point</em>'.
	 * @generated
	 */
	SweepPoint createSweepPoint();

	/**
	 * Returns a new object of class '<em>Target Outcome</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Target Outcome</em>'.
	 * @generated
	 */
	TargetOutcome createTargetOutcome();

	/**
	 * Returns a new object of class '<em>Sensitivity Experiment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Sensitivity Experiment</em>'.
	 * @generated
	 */
	SensitivityExperiment createSensitivityExperiment();

	/**
	 * Returns a new object of class '<em>Sensitivity Bar</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Sensitivity Bar</em>'.
	 * @generated
	 */
	SensitivityBar createSensitivityBar();

	/**
	 * Returns a new object of class '<em>Region</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Region</em>'.
	 * @generated
	 */
	Region createRegion();

	/**
	 * Returns a new object of class '<em>Region Member</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Region Member</em>'.
	 * @generated
	 */
	RegionMember createRegionMember();

	/**
	 * Returns a new object of class '<em>Pool Request</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pool Request</em>'.
	 * @generated
	 */
	PoolRequest createPoolRequest();

	/**
	 * Returns a new object of class '<em>Pool</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pool</em>'.
	 * @generated
	 */
	Pool createPool();

	/**
	 * Returns a new object of class '<em>Region Course</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Region Course</em>'.
	 * @generated
	 */
	RegionCourse createRegionCourse();

	/**
	 * Returns a new object of class '<em>Course Request</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Course Request</em>'.
	 * @generated
	 */
	CourseRequest createCourseRequest();

	/**
	 * Returns a new object of class '<em>Secondment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Secondment</em>'.
	 * @generated
	 */
	Secondment createSecondment();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	JinzaiPackage getJinzaiPackage();

} //JinzaiFactory
