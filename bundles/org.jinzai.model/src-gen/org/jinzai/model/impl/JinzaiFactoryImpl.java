/**
 */
package org.jinzai.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.jinzai.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class JinzaiFactoryImpl extends EFactoryImpl implements JinzaiFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static JinzaiFactory init() {
		try {
			JinzaiFactory theJinzaiFactory = (JinzaiFactory)EPackage.Registry.INSTANCE.getEFactory(JinzaiPackage.eNS_URI);
			if (theJinzaiFactory != null) {
				return theJinzaiFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new JinzaiFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public JinzaiFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case JinzaiPackage.BASELINE: return createBaseline();
			case JinzaiPackage.ORGANIZATION: return createOrganization();
			case JinzaiPackage.DEPARTMENT: return createDepartment();
			case JinzaiPackage.LARGE_PROJECT: return createLargeProject();
			case JinzaiPackage.SKILL_ITEM: return createSkillItem();
			case JinzaiPackage.PERSONA: return createPersona();
			case JinzaiPackage.SKILL_REQUIREMENT: return createSkillRequirement();
			case JinzaiPackage.STEP_DEFINITION: return createStepDefinition();
			case JinzaiPackage.COURSES_COMPLETED_CRITERION: return createCoursesCompletedCriterion();
			case JinzaiPackage.SKILL_LEVEL_CRITERION: return createSkillLevelCriterion();
			case JinzaiPackage.LEAD_MONTHS_CRITERION: return createLeadMonthsCriterion();
			case JinzaiPackage.PROJECTS_LED_CRITERION: return createProjectsLedCriterion();
			case JinzaiPackage.MENTORING_CRITERION: return createMentoringCriterion();
			case JinzaiPackage.PREVIOUS_STEP_CRITERION: return createPreviousStepCriterion();
			case JinzaiPackage.COURSE: return createCourse();
			case JinzaiPackage.SKILL_GRANT: return createSkillGrant();
			case JinzaiPackage.STAFF_MEMBER: return createStaffMember();
			case JinzaiPackage.SKILL_LEVEL: return createSkillLevel();
			case JinzaiPackage.STEP_REACHED: return createStepReached();
			case JinzaiPackage.ROSTER_AGGREGATE: return createRosterAggregate();
			case JinzaiPackage.SCENARIO: return createScenario();
			case JinzaiPackage.BACKTEST_SUMMARY: return createBacktestSummary();
			case JinzaiPackage.RUN_SETTINGS: return createRunSettings();
			case JinzaiPackage.COURSE_SEATS: return createCourseSeats();
			case JinzaiPackage.UPTAKE_ESTIMATE: return createUptakeEstimate();
			case JinzaiPackage.DX_PROJECT_PLAN: return createDxProjectPlan();
			case JinzaiPackage.APPOINTMENT_POLICY: return createAppointmentPolicy();
			case JinzaiPackage.ROTATION_POLICY: return createRotationPolicy();
			case JinzaiPackage.KIND_TENURE: return createKindTenure();
			case JinzaiPackage.TENURE_ESTIMATE: return createTenureEstimate();
			case JinzaiPackage.ALLOWED_TRANSFER: return createAllowedTransfer();
			case JinzaiPackage.NO_MOVE_AFTER_COURSE_RULE: return createNoMoveAfterCourseRule();
			case JinzaiPackage.NO_MOVE_DURING_LARGE_PROJECT_RULE: return createNoMoveDuringLargeProjectRule();
			case JinzaiPackage.HEADCOUNT_BOUND_RULE: return createHeadcountBoundRule();
			case JinzaiPackage.STEP3_TO_LARGE_PROJECTS_RULE: return createStep3ToLargeProjectsRule();
			case JinzaiPackage.LEAVE_IT_AFTER_STEP_RULE: return createLeaveItAfterStepRule();
			case JinzaiPackage.SPECIALIST_STAYS_IN_IT_RULE: return createSpecialistStaysInItRule();
			case JinzaiPackage.SPREAD_STEP_RULE: return createSpreadStepRule();
			case JinzaiPackage.RECRUITMENT_CHANNEL: return createRecruitmentChannel();
			case JinzaiPackage.YEARLY_COUNT: return createYearlyCount();
			case JinzaiPackage.ATTRITION_POLICY: return createAttritionPolicy();
			case JinzaiPackage.ATTRITION_RATE: return createAttritionRate();
			case JinzaiPackage.RATE_ESTIMATE: return createRateEstimate();
			case JinzaiPackage.RETIREMENT_AGE: return createRetirementAge();
			case JinzaiPackage.TARGET: return createTarget();
			case JinzaiPackage.TARGET_VALUE: return createTargetValue();
			case JinzaiPackage.RUN_RESULT: return createRunResult();
			case JinzaiPackage.YEAR_RESULT: return createYearResult();
			case JinzaiPackage.TARGET_RESULT: return createTargetResult();
			case JinzaiPackage.COUNT_RESULT: return createCountResult();
			case JinzaiPackage.FLOW_RESULT: return createFlowResult();
			case JinzaiPackage.DEPARTMENT_MISS: return createDepartmentMiss();
			case JinzaiPackage.LEVER: return createLever();
			case JinzaiPackage.GOAL_SEEK_EXPERIMENT: return createGoalSeekExperiment();
			case JinzaiPackage.LEVER_EVALUATION: return createLeverEvaluation();
			case JinzaiPackage.SWEEP_EXPERIMENT: return createSweepExperiment();
			case JinzaiPackage.SWEEP_POINT: return createSweepPoint();
			case JinzaiPackage.TARGET_OUTCOME: return createTargetOutcome();
			case JinzaiPackage.SENSITIVITY_EXPERIMENT: return createSensitivityExperiment();
			case JinzaiPackage.SENSITIVITY_BAR: return createSensitivityBar();
			case JinzaiPackage.REGION: return createRegion();
			case JinzaiPackage.REGION_MEMBER: return createRegionMember();
			case JinzaiPackage.POOL_REQUEST: return createPoolRequest();
			case JinzaiPackage.POOL: return createPool();
			case JinzaiPackage.REGION_COURSE: return createRegionCourse();
			case JinzaiPackage.COURSE_REQUEST: return createCourseRequest();
			case JinzaiPackage.SECONDMENT: return createSecondment();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case JinzaiPackage.MUNICIPALITY_KIND:
				return createMunicipalityKindFromString(eDataType, initialValue);
			case JinzaiPackage.DEPARTMENT_KIND:
				return createDepartmentKindFromString(eDataType, initialValue);
			case JinzaiPackage.EMPLOYMENT_TYPE:
				return createEmploymentTypeFromString(eDataType, initialValue);
			case JinzaiPackage.RANK:
				return createRankFromString(eDataType, initialValue);
			case JinzaiPackage.PROVIDER:
				return createProviderFromString(eDataType, initialValue);
			case JinzaiPackage.CHANNEL_KIND:
				return createChannelKindFromString(eDataType, initialValue);
			case JinzaiPackage.TARGET_KIND:
				return createTargetKindFromString(eDataType, initialValue);
			case JinzaiPackage.TARGET_SCOPE:
				return createTargetScopeFromString(eDataType, initialValue);
			case JinzaiPackage.COUNT_BASIS:
				return createCountBasisFromString(eDataType, initialValue);
			case JinzaiPackage.ALLOCATION_POLICY:
				return createAllocationPolicyFromString(eDataType, initialValue);
			case JinzaiPackage.COST_SHARING:
				return createCostSharingFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case JinzaiPackage.MUNICIPALITY_KIND:
				return convertMunicipalityKindToString(eDataType, instanceValue);
			case JinzaiPackage.DEPARTMENT_KIND:
				return convertDepartmentKindToString(eDataType, instanceValue);
			case JinzaiPackage.EMPLOYMENT_TYPE:
				return convertEmploymentTypeToString(eDataType, instanceValue);
			case JinzaiPackage.RANK:
				return convertRankToString(eDataType, instanceValue);
			case JinzaiPackage.PROVIDER:
				return convertProviderToString(eDataType, instanceValue);
			case JinzaiPackage.CHANNEL_KIND:
				return convertChannelKindToString(eDataType, instanceValue);
			case JinzaiPackage.TARGET_KIND:
				return convertTargetKindToString(eDataType, instanceValue);
			case JinzaiPackage.TARGET_SCOPE:
				return convertTargetScopeToString(eDataType, instanceValue);
			case JinzaiPackage.COUNT_BASIS:
				return convertCountBasisToString(eDataType, instanceValue);
			case JinzaiPackage.ALLOCATION_POLICY:
				return convertAllocationPolicyToString(eDataType, instanceValue);
			case JinzaiPackage.COST_SHARING:
				return convertCostSharingToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Baseline createBaseline() {
		BaselineImpl baseline = new BaselineImpl();
		return baseline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organization createOrganization() {
		OrganizationImpl organization = new OrganizationImpl();
		return organization;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Department createDepartment() {
		DepartmentImpl department = new DepartmentImpl();
		return department;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LargeProject createLargeProject() {
		LargeProjectImpl largeProject = new LargeProjectImpl();
		return largeProject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SkillItem createSkillItem() {
		SkillItemImpl skillItem = new SkillItemImpl();
		return skillItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Persona createPersona() {
		PersonaImpl persona = new PersonaImpl();
		return persona;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SkillRequirement createSkillRequirement() {
		SkillRequirementImpl skillRequirement = new SkillRequirementImpl();
		return skillRequirement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StepDefinition createStepDefinition() {
		StepDefinitionImpl stepDefinition = new StepDefinitionImpl();
		return stepDefinition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CoursesCompletedCriterion createCoursesCompletedCriterion() {
		CoursesCompletedCriterionImpl coursesCompletedCriterion = new CoursesCompletedCriterionImpl();
		return coursesCompletedCriterion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SkillLevelCriterion createSkillLevelCriterion() {
		SkillLevelCriterionImpl skillLevelCriterion = new SkillLevelCriterionImpl();
		return skillLevelCriterion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LeadMonthsCriterion createLeadMonthsCriterion() {
		LeadMonthsCriterionImpl leadMonthsCriterion = new LeadMonthsCriterionImpl();
		return leadMonthsCriterion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProjectsLedCriterion createProjectsLedCriterion() {
		ProjectsLedCriterionImpl projectsLedCriterion = new ProjectsLedCriterionImpl();
		return projectsLedCriterion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MentoringCriterion createMentoringCriterion() {
		MentoringCriterionImpl mentoringCriterion = new MentoringCriterionImpl();
		return mentoringCriterion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PreviousStepCriterion createPreviousStepCriterion() {
		PreviousStepCriterionImpl previousStepCriterion = new PreviousStepCriterionImpl();
		return previousStepCriterion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Course createCourse() {
		CourseImpl course = new CourseImpl();
		return course;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SkillGrant createSkillGrant() {
		SkillGrantImpl skillGrant = new SkillGrantImpl();
		return skillGrant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StaffMember createStaffMember() {
		StaffMemberImpl staffMember = new StaffMemberImpl();
		return staffMember;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SkillLevel createSkillLevel() {
		SkillLevelImpl skillLevel = new SkillLevelImpl();
		return skillLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StepReached createStepReached() {
		StepReachedImpl stepReached = new StepReachedImpl();
		return stepReached;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RosterAggregate createRosterAggregate() {
		RosterAggregateImpl rosterAggregate = new RosterAggregateImpl();
		return rosterAggregate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scenario createScenario() {
		ScenarioImpl scenario = new ScenarioImpl();
		return scenario;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BacktestSummary createBacktestSummary() {
		BacktestSummaryImpl backtestSummary = new BacktestSummaryImpl();
		return backtestSummary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RunSettings createRunSettings() {
		RunSettingsImpl runSettings = new RunSettingsImpl();
		return runSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CourseSeats createCourseSeats() {
		CourseSeatsImpl courseSeats = new CourseSeatsImpl();
		return courseSeats;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UptakeEstimate createUptakeEstimate() {
		UptakeEstimateImpl uptakeEstimate = new UptakeEstimateImpl();
		return uptakeEstimate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DxProjectPlan createDxProjectPlan() {
		DxProjectPlanImpl dxProjectPlan = new DxProjectPlanImpl();
		return dxProjectPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AppointmentPolicy createAppointmentPolicy() {
		AppointmentPolicyImpl appointmentPolicy = new AppointmentPolicyImpl();
		return appointmentPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RotationPolicy createRotationPolicy() {
		RotationPolicyImpl rotationPolicy = new RotationPolicyImpl();
		return rotationPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KindTenure createKindTenure() {
		KindTenureImpl kindTenure = new KindTenureImpl();
		return kindTenure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TenureEstimate createTenureEstimate() {
		TenureEstimateImpl tenureEstimate = new TenureEstimateImpl();
		return tenureEstimate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AllowedTransfer createAllowedTransfer() {
		AllowedTransferImpl allowedTransfer = new AllowedTransferImpl();
		return allowedTransfer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NoMoveAfterCourseRule createNoMoveAfterCourseRule() {
		NoMoveAfterCourseRuleImpl noMoveAfterCourseRule = new NoMoveAfterCourseRuleImpl();
		return noMoveAfterCourseRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NoMoveDuringLargeProjectRule createNoMoveDuringLargeProjectRule() {
		NoMoveDuringLargeProjectRuleImpl noMoveDuringLargeProjectRule = new NoMoveDuringLargeProjectRuleImpl();
		return noMoveDuringLargeProjectRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HeadcountBoundRule createHeadcountBoundRule() {
		HeadcountBoundRuleImpl headcountBoundRule = new HeadcountBoundRuleImpl();
		return headcountBoundRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Step3ToLargeProjectsRule createStep3ToLargeProjectsRule() {
		Step3ToLargeProjectsRuleImpl step3ToLargeProjectsRule = new Step3ToLargeProjectsRuleImpl();
		return step3ToLargeProjectsRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LeaveItAfterStepRule createLeaveItAfterStepRule() {
		LeaveItAfterStepRuleImpl leaveItAfterStepRule = new LeaveItAfterStepRuleImpl();
		return leaveItAfterStepRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SpecialistStaysInItRule createSpecialistStaysInItRule() {
		SpecialistStaysInItRuleImpl specialistStaysInItRule = new SpecialistStaysInItRuleImpl();
		return specialistStaysInItRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SpreadStepRule createSpreadStepRule() {
		SpreadStepRuleImpl spreadStepRule = new SpreadStepRuleImpl();
		return spreadStepRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RecruitmentChannel createRecruitmentChannel() {
		RecruitmentChannelImpl recruitmentChannel = new RecruitmentChannelImpl();
		return recruitmentChannel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearlyCount createYearlyCount() {
		YearlyCountImpl yearlyCount = new YearlyCountImpl();
		return yearlyCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AttritionPolicy createAttritionPolicy() {
		AttritionPolicyImpl attritionPolicy = new AttritionPolicyImpl();
		return attritionPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AttritionRate createAttritionRate() {
		AttritionRateImpl attritionRate = new AttritionRateImpl();
		return attritionRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RateEstimate createRateEstimate() {
		RateEstimateImpl rateEstimate = new RateEstimateImpl();
		return rateEstimate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RetirementAge createRetirementAge() {
		RetirementAgeImpl retirementAge = new RetirementAgeImpl();
		return retirementAge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Target createTarget() {
		TargetImpl target = new TargetImpl();
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TargetValue createTargetValue() {
		TargetValueImpl targetValue = new TargetValueImpl();
		return targetValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RunResult createRunResult() {
		RunResultImpl runResult = new RunResultImpl();
		return runResult;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearResult createYearResult() {
		YearResultImpl yearResult = new YearResultImpl();
		return yearResult;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TargetResult createTargetResult() {
		TargetResultImpl targetResult = new TargetResultImpl();
		return targetResult;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CountResult createCountResult() {
		CountResultImpl countResult = new CountResultImpl();
		return countResult;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FlowResult createFlowResult() {
		FlowResultImpl flowResult = new FlowResultImpl();
		return flowResult;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DepartmentMiss createDepartmentMiss() {
		DepartmentMissImpl departmentMiss = new DepartmentMissImpl();
		return departmentMiss;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Lever createLever() {
		LeverImpl lever = new LeverImpl();
		return lever;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GoalSeekExperiment createGoalSeekExperiment() {
		GoalSeekExperimentImpl goalSeekExperiment = new GoalSeekExperimentImpl();
		return goalSeekExperiment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LeverEvaluation createLeverEvaluation() {
		LeverEvaluationImpl leverEvaluation = new LeverEvaluationImpl();
		return leverEvaluation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SweepExperiment createSweepExperiment() {
		SweepExperimentImpl sweepExperiment = new SweepExperimentImpl();
		return sweepExperiment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SweepPoint createSweepPoint() {
		SweepPointImpl sweepPoint = new SweepPointImpl();
		return sweepPoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TargetOutcome createTargetOutcome() {
		TargetOutcomeImpl targetOutcome = new TargetOutcomeImpl();
		return targetOutcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SensitivityExperiment createSensitivityExperiment() {
		SensitivityExperimentImpl sensitivityExperiment = new SensitivityExperimentImpl();
		return sensitivityExperiment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SensitivityBar createSensitivityBar() {
		SensitivityBarImpl sensitivityBar = new SensitivityBarImpl();
		return sensitivityBar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Region createRegion() {
		RegionImpl region = new RegionImpl();
		return region;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RegionMember createRegionMember() {
		RegionMemberImpl regionMember = new RegionMemberImpl();
		return regionMember;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PoolRequest createPoolRequest() {
		PoolRequestImpl poolRequest = new PoolRequestImpl();
		return poolRequest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Pool createPool() {
		PoolImpl pool = new PoolImpl();
		return pool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RegionCourse createRegionCourse() {
		RegionCourseImpl regionCourse = new RegionCourseImpl();
		return regionCourse;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CourseRequest createCourseRequest() {
		CourseRequestImpl courseRequest = new CourseRequestImpl();
		return courseRequest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Secondment createSecondment() {
		SecondmentImpl secondment = new SecondmentImpl();
		return secondment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MunicipalityKind createMunicipalityKindFromString(EDataType eDataType, String initialValue) {
		MunicipalityKind result = MunicipalityKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMunicipalityKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DepartmentKind createDepartmentKindFromString(EDataType eDataType, String initialValue) {
		DepartmentKind result = DepartmentKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDepartmentKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EmploymentType createEmploymentTypeFromString(EDataType eDataType, String initialValue) {
		EmploymentType result = EmploymentType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEmploymentTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Rank createRankFromString(EDataType eDataType, String initialValue) {
		Rank result = Rank.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRankToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Provider createProviderFromString(EDataType eDataType, String initialValue) {
		Provider result = Provider.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProviderToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ChannelKind createChannelKindFromString(EDataType eDataType, String initialValue) {
		ChannelKind result = ChannelKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertChannelKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TargetKind createTargetKindFromString(EDataType eDataType, String initialValue) {
		TargetKind result = TargetKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTargetKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TargetScope createTargetScopeFromString(EDataType eDataType, String initialValue) {
		TargetScope result = TargetScope.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTargetScopeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CountBasis createCountBasisFromString(EDataType eDataType, String initialValue) {
		CountBasis result = CountBasis.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCountBasisToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AllocationPolicy createAllocationPolicyFromString(EDataType eDataType, String initialValue) {
		AllocationPolicy result = AllocationPolicy.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAllocationPolicyToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CostSharing createCostSharingFromString(EDataType eDataType, String initialValue) {
		CostSharing result = CostSharing.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCostSharingToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JinzaiPackage getJinzaiPackage() {
		return (JinzaiPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static JinzaiPackage getPackage() {
		return JinzaiPackage.eINSTANCE;
	}

} //JinzaiFactoryImpl
