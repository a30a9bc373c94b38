/**
 */
package org.jinzai.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.jinzai.model.AllocationPolicy;
import org.jinzai.model.AllowedTransfer;
import org.jinzai.model.AppointmentPolicy;
import org.jinzai.model.AttritionPolicy;
import org.jinzai.model.AttritionRate;
import org.jinzai.model.BacktestSummary;
import org.jinzai.model.Baseline;
import org.jinzai.model.ChannelKind;
import org.jinzai.model.CostSharing;
import org.jinzai.model.CountBasis;
import org.jinzai.model.CountResult;
import org.jinzai.model.Course;
import org.jinzai.model.CourseRequest;
import org.jinzai.model.CourseSeats;
import org.jinzai.model.CoursesCompletedCriterion;
import org.jinzai.model.Department;
import org.jinzai.model.DepartmentKind;
import org.jinzai.model.DepartmentMiss;
import org.jinzai.model.Distribution;
import org.jinzai.model.DxProjectPlan;
import org.jinzai.model.EmploymentType;
import org.jinzai.model.Experiment;
import org.jinzai.model.FlowResult;
import org.jinzai.model.GoalSeekExperiment;
import org.jinzai.model.HeadcountBoundRule;
import org.jinzai.model.JinzaiFactory;
import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.KindTenure;
import org.jinzai.model.LargeProject;
import org.jinzai.model.LeadMonthsCriterion;
import org.jinzai.model.LeaveItAfterStepRule;
import org.jinzai.model.Lever;
import org.jinzai.model.LeverEvaluation;
import org.jinzai.model.MentoringCriterion;
import org.jinzai.model.MunicipalityKind;
import org.jinzai.model.NamedElement;
import org.jinzai.model.NoMoveAfterCourseRule;
import org.jinzai.model.NoMoveDuringLargeProjectRule;
import org.jinzai.model.Organization;
import org.jinzai.model.Persona;
import org.jinzai.model.Pool;
import org.jinzai.model.PoolRequest;
import org.jinzai.model.PreviousStepCriterion;
import org.jinzai.model.ProjectsLedCriterion;
import org.jinzai.model.Provider;
import org.jinzai.model.Rank;
import org.jinzai.model.RateEstimate;
import org.jinzai.model.RecruitmentChannel;
import org.jinzai.model.Region;
import org.jinzai.model.RegionCourse;
import org.jinzai.model.RegionMember;
import org.jinzai.model.RetirementAge;
import org.jinzai.model.RosterAggregate;
import org.jinzai.model.RotationPolicy;
import org.jinzai.model.RotationRule;
import org.jinzai.model.RunResult;
import org.jinzai.model.RunSettings;
import org.jinzai.model.Scenario;
import org.jinzai.model.Secondment;
import org.jinzai.model.SensitivityBar;
import org.jinzai.model.SensitivityExperiment;
import org.jinzai.model.SkillGrant;
import org.jinzai.model.SkillItem;
import org.jinzai.model.SkillLevel;
import org.jinzai.model.SkillLevelCriterion;
import org.jinzai.model.SkillRequirement;
import org.jinzai.model.SpecialistStaysInItRule;
import org.jinzai.model.SpreadStepRule;
import org.jinzai.model.StaffMember;
import org.jinzai.model.Step3ToLargeProjectsRule;
import org.jinzai.model.StepCriterion;
import org.jinzai.model.StepDefinition;
import org.jinzai.model.StepReached;
import org.jinzai.model.SweepExperiment;
import org.jinzai.model.SweepPoint;
import org.jinzai.model.Target;
import org.jinzai.model.TargetKind;
import org.jinzai.model.TargetOutcome;
import org.jinzai.model.TargetResult;
import org.jinzai.model.TargetScope;
import org.jinzai.model.TargetValue;
import org.jinzai.model.TenureEstimate;
import org.jinzai.model.UptakeEstimate;
import org.jinzai.model.YearResult;
import org.jinzai.model.YearlyCount;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class JinzaiPackageImpl extends EPackageImpl implements JinzaiPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass namedElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass baselineEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass organizationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass departmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass largeProjectEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass skillItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass personaEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass skillRequirementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stepDefinitionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stepCriterionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass coursesCompletedCriterionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass skillLevelCriterionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass leadMonthsCriterionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass projectsLedCriterionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass mentoringCriterionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass previousStepCriterionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass courseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass skillGrantEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass staffMemberEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass skillLevelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stepReachedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass rosterAggregateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scenarioEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass backtestSummaryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass runSettingsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass courseSeatsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass uptakeEstimateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dxProjectPlanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass appointmentPolicyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass rotationPolicyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass kindTenureEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass tenureEstimateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass allowedTransferEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass rotationRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass noMoveAfterCourseRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass noMoveDuringLargeProjectRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass headcountBoundRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass step3ToLargeProjectsRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass leaveItAfterStepRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass specialistStaysInItRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass spreadStepRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass recruitmentChannelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass yearlyCountEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass attritionPolicyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass attritionRateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass rateEstimateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass retirementAgeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass targetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass targetValueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass runResultEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass yearResultEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass distributionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass targetResultEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass countResultEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass flowResultEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass departmentMissEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass experimentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass leverEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass goalSeekExperimentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass leverEvaluationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sweepExperimentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sweepPointEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass targetOutcomeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sensitivityExperimentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sensitivityBarEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass regionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass regionMemberEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass poolRequestEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass poolEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass regionCourseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass courseRequestEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass secondmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum municipalityKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum departmentKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum employmentTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum rankEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum providerEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum channelKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum targetKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum targetScopeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum countBasisEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum allocationPolicyEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum costSharingEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.jinzai.model.JinzaiPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private JinzaiPackageImpl() {
		super(eNS_URI, JinzaiFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link JinzaiPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static JinzaiPackage init() {
		if (isInited) return (JinzaiPackage)EPackage.Registry.INSTANCE.getEPackage(JinzaiPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredJinzaiPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		JinzaiPackageImpl theJinzaiPackage = registeredJinzaiPackage instanceof JinzaiPackageImpl ? (JinzaiPackageImpl)registeredJinzaiPackage : new JinzaiPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theJinzaiPackage.createPackageContents();

		// Initialize created meta-data
		theJinzaiPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theJinzaiPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(JinzaiPackage.eNS_URI, theJinzaiPackage);
		return theJinzaiPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNamedElement() {
		return namedElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_Id() {
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_Name() {
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBaseline() {
		return baselineEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBaseline_Description() {
		return (EAttribute)baselineEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBaseline_ModelVersion() {
		return (EAttribute)baselineEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBaseline_Organization() {
		return (EReference)baselineEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBaseline_SkillItems() {
		return (EReference)baselineEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBaseline_Personas() {
		return (EReference)baselineEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBaseline_Courses() {
		return (EReference)baselineEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBaseline_Staff() {
		return (EReference)baselineEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBaseline_RosterAggregates() {
		return (EReference)baselineEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOrganization() {
		return organizationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganization_Kind() {
		return (EAttribute)organizationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganization_Population() {
		return (EAttribute)organizationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganization_StatutoryHeadcount() {
		return (EAttribute)organizationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOrganization_Departments() {
		return (EReference)organizationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDepartment() {
		return departmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDepartment_Kind() {
		return (EAttribute)departmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDepartment_Headcount() {
		return (EAttribute)departmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDepartment_LargeProjects() {
		return (EReference)departmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLargeProject() {
		return largeProjectEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLargeProject_FirstFiscalYear() {
		return (EAttribute)largeProjectEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLargeProject_LastFiscalYear() {
		return (EAttribute)largeProjectEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLargeProject_HeldPersonas() {
		return (EReference)largeProjectEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSkillItem() {
		return skillItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSkillItem_Group() {
		return (EAttribute)skillItemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSkillItem_Tool() {
		return (EAttribute)skillItemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPersona() {
		return personaEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersona_ShortName() {
		return (EAttribute)personaEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersona_External() {
		return (EAttribute)personaEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersona_HasSteps() {
		return (EAttribute)personaEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersona_RequiredSkills() {
		return (EReference)personaEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersona_Steps() {
		return (EReference)personaEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSkillRequirement() {
		return skillRequirementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSkillRequirement_Skill() {
		return (EReference)skillRequirementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSkillRequirement_Level() {
		return (EAttribute)skillRequirementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStepDefinition() {
		return stepDefinitionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStepDefinition_Step() {
		return (EAttribute)stepDefinitionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStepDefinition_Description() {
		return (EAttribute)stepDefinitionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStepDefinition_Criteria() {
		return (EReference)stepDefinitionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStepCriterion() {
		return stepCriterionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCoursesCompletedCriterion() {
		return coursesCompletedCriterionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCoursesCompletedCriterion_Courses() {
		return (EReference)coursesCompletedCriterionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCoursesCompletedCriterion_MinimumCount() {
		return (EAttribute)coursesCompletedCriterionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSkillLevelCriterion() {
		return skillLevelCriterionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSkillLevelCriterion_Skill() {
		return (EReference)skillLevelCriterionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSkillLevelCriterion_MinimumLevel() {
		return (EAttribute)skillLevelCriterionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLeadMonthsCriterion() {
		return leadMonthsCriterionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLeadMonthsCriterion_MinimumMonths() {
		return (EAttribute)leadMonthsCriterionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProjectsLedCriterion() {
		return projectsLedCriterionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProjectsLedCriterion_MinimumProjects() {
		return (EAttribute)projectsLedCriterionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMentoringCriterion() {
		return mentoringCriterionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMentoringCriterion_MinimumMonths() {
		return (EAttribute)mentoringCriterionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPreviousStepCriterion() {
		return previousStepCriterionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCourse() {
		return courseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCourse_Provider() {
		return (EAttribute)courseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCourse_DurationDays() {
		return (EAttribute)courseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCourse_CostPerSeat() {
		return (EAttribute)courseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCourse_Grants() {
		return (EReference)courseEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCourse_TargetPersonas() {
		return (EReference)courseEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSkillGrant() {
		return skillGrantEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSkillGrant_Skill() {
		return (EReference)skillGrantEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSkillGrant_Level() {
		return (EAttribute)skillGrantEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStaffMember() {
		return staffMemberEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaffMember_BirthYear() {
		return (EAttribute)staffMemberEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaffMember_HireFiscalYear() {
		return (EAttribute)staffMemberEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaffMember_EmploymentType() {
		return (EAttribute)staffMemberEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaffMember_TermEndFiscalYear() {
		return (EAttribute)staffMemberEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaffMember_Fte() {
		return (EAttribute)staffMemberEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaffMember_Rank() {
		return (EAttribute)staffMemberEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStaffMember_Department() {
		return (EReference)staffMemberEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStaffMember_Persona() {
		return (EReference)staffMemberEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaffMember_SpecialistTrack() {
		return (EAttribute)staffMemberEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaffMember_MonthsInPost() {
		return (EAttribute)staffMemberEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStaffMember_SkillLevels() {
		return (EReference)staffMemberEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStaffMember_CoursesCompleted() {
		return (EReference)staffMemberEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaffMember_MonthsLeading() {
		return (EAttribute)staffMemberEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaffMember_ProjectsLed() {
		return (EAttribute)staffMemberEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaffMember_MonthsMentoring() {
		return (EAttribute)staffMemberEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStaffMember_StepsReached() {
		return (EReference)staffMemberEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSkillLevel() {
		return skillLevelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSkillLevel_Skill() {
		return (EReference)skillLevelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSkillLevel_Level() {
		return (EAttribute)skillLevelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStepReached() {
		return stepReachedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStepReached_Persona() {
		return (EReference)stepReachedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStepReached_Step() {
		return (EAttribute)stepReachedEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRosterAggregate() {
		return rosterAggregateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRosterAggregate_Department() {
		return (EReference)rosterAggregateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRosterAggregate_MinAge() {
		return (EAttribute)rosterAggregateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRosterAggregate_MaxAge() {
		return (EAttribute)rosterAggregateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRosterAggregate_Rank() {
		return (EAttribute)rosterAggregateEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRosterAggregate_Persona() {
		return (EReference)rosterAggregateEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRosterAggregate_Count() {
		return (EAttribute)rosterAggregateEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRosterAggregate_EmploymentType() {
		return (EAttribute)rosterAggregateEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScenario() {
		return scenarioEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_Description() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_ModelVersion() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Baseline() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_DerivedFrom() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_RunSettings() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_CourseSeats() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Projects() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Appointment() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Rotation() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Channels() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Attrition() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Targets() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Backtest() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBacktestSummary() {
		return backtestSummaryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBacktestSummary_FirstOrigin() {
		return (EAttribute)backtestSummaryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBacktestSummary_LastOrigin() {
		return (EAttribute)backtestSummaryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBacktestSummary_LastYear() {
		return (EAttribute)backtestSummaryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBacktestSummary_Comparisons() {
		return (EAttribute)backtestSummaryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBacktestSummary_Inside80() {
		return (EAttribute)backtestSummaryEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBacktestSummary_Inside90() {
		return (EAttribute)backtestSummaryEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBacktestSummary_Runs() {
		return (EAttribute)backtestSummaryEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBacktestSummary_RatesDrawn() {
		return (EAttribute)backtestSummaryEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBacktestSummary_Date() {
		return (EAttribute)backtestSummaryEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRunSettings() {
		return runSettingsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunSettings_FirstFiscalYear() {
		return (EAttribute)runSettingsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunSettings_HorizonYears() {
		return (EAttribute)runSettingsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunSettings_Replications() {
		return (EAttribute)runSettingsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunSettings_Seed() {
		return (EAttribute)runSettingsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunSettings_RateUncertainty() {
		return (EAttribute)runSettingsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCourseSeats() {
		return courseSeatsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCourseSeats_Course() {
		return (EReference)courseSeatsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCourseSeats_FiscalYear() {
		return (EAttribute)courseSeatsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCourseSeats_Seats() {
		return (EAttribute)courseSeatsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCourseSeats_Month() {
		return (EAttribute)courseSeatsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCourseSeats_PriorityPersona() {
		return (EReference)courseSeatsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCourseSeats_Estimate() {
		return (EReference)courseSeatsEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUptakeEstimate() {
		return uptakeEstimateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUptakeEstimate_PerYear() {
		return (EAttribute)uptakeEstimateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUptakeEstimate_Low() {
		return (EAttribute)uptakeEstimateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUptakeEstimate_High() {
		return (EAttribute)uptakeEstimateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUptakeEstimate_Completions() {
		return (EAttribute)uptakeEstimateEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUptakeEstimate_FirstYear() {
		return (EAttribute)uptakeEstimateEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUptakeEstimate_LastYear() {
		return (EAttribute)uptakeEstimateEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDxProjectPlan() {
		return dxProjectPlanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDxProjectPlan_Department() {
		return (EReference)dxProjectPlanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDxProjectPlan_FiscalYear() {
		return (EAttribute)dxProjectPlanEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDxProjectPlan_Count() {
		return (EAttribute)dxProjectPlanEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDxProjectPlan_DurationMonths() {
		return (EAttribute)dxProjectPlanEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDxProjectPlan_LeadSeats() {
		return (EAttribute)dxProjectPlanEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDxProjectPlan_StartMonth() {
		return (EAttribute)dxProjectPlanEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAppointmentPolicy() {
		return appointmentPolicyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAppointmentPolicy_Persona() {
		return (EReference)appointmentPolicyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAppointmentPolicy_PerDepartment() {
		return (EAttribute)appointmentPolicyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAppointmentPolicy_Total() {
		return (EAttribute)appointmentPolicyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAppointmentPolicy_YearlyAppointments() {
		return (EAttribute)appointmentPolicyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAppointmentPolicy_MinAge() {
		return (EAttribute)appointmentPolicyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAppointmentPolicy_MaxAge() {
		return (EAttribute)appointmentPolicyEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAppointmentPolicy_MinMonthsInPost() {
		return (EAttribute)appointmentPolicyEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAppointmentPolicy_ReappointmentProbability() {
		return (EAttribute)appointmentPolicyEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAppointmentPolicy_ReappointmentEstimate() {
		return (EReference)appointmentPolicyEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRotationPolicy() {
		return rotationPolicyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRotationPolicy_MinTenureYears() {
		return (EAttribute)rotationPolicyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRotationPolicy_MaxTenureYears() {
		return (EAttribute)rotationPolicyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRotationPolicy_MoveMonth() {
		return (EAttribute)rotationPolicyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRotationPolicy_AllowedTransfers() {
		return (EReference)rotationPolicyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRotationPolicy_Rules() {
		return (EReference)rotationPolicyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRotationPolicy_Tenures() {
		return (EReference)rotationPolicyEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKindTenure() {
		return kindTenureEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKindTenure_Kind() {
		return (EAttribute)kindTenureEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKindTenure_MinTenureYears() {
		return (EAttribute)kindTenureEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKindTenure_MaxTenureYears() {
		return (EAttribute)kindTenureEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKindTenure_Estimate() {
		return (EReference)kindTenureEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTenureEstimate() {
		return tenureEstimateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTenureEstimate_FittedMinYears() {
		return (EAttribute)tenureEstimateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTenureEstimate_FittedMaxYears() {
		return (EAttribute)tenureEstimateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAllowedTransfer() {
		return allowedTransferEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAllowedTransfer_From() {
		return (EAttribute)allowedTransferEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAllowedTransfer_To() {
		return (EAttribute)allowedTransferEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRotationRule() {
		return rotationRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRotationRule_Enabled() {
		return (EAttribute)rotationRuleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRotationRule_Hard() {
		return (EAttribute)rotationRuleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRotationRule_Weight() {
		return (EAttribute)rotationRuleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNoMoveAfterCourseRule() {
		return noMoveAfterCourseRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNoMoveAfterCourseRule_Months() {
		return (EAttribute)noMoveAfterCourseRuleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNoMoveDuringLargeProjectRule() {
		return noMoveDuringLargeProjectRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHeadcountBoundRule() {
		return headcountBoundRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHeadcountBoundRule_Persona() {
		return (EReference)headcountBoundRuleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHeadcountBoundRule_MinimumStep() {
		return (EAttribute)headcountBoundRuleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHeadcountBoundRule_Minimum() {
		return (EAttribute)headcountBoundRuleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHeadcountBoundRule_Maximum() {
		return (EAttribute)headcountBoundRuleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHeadcountBoundRule_DepartmentKind() {
		return (EAttribute)headcountBoundRuleEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStep3ToLargeProjectsRule() {
		return step3ToLargeProjectsRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStep3ToLargeProjectsRule_Persona() {
		return (EReference)step3ToLargeProjectsRuleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLeaveItAfterStepRule() {
		return leaveItAfterStepRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLeaveItAfterStepRule_Persona() {
		return (EReference)leaveItAfterStepRuleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLeaveItAfterStepRule_Step() {
		return (EAttribute)leaveItAfterStepRuleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSpecialistStaysInItRule() {
		return specialistStaysInItRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSpreadStepRule() {
		return spreadStepRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSpreadStepRule_Persona() {
		return (EReference)spreadStepRuleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpreadStepRule_Step() {
		return (EAttribute)spreadStepRuleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRecruitmentChannel() {
		return recruitmentChannelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecruitmentChannel_Kind() {
		return (EAttribute)recruitmentChannelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRecruitmentChannel_Persona() {
		return (EReference)recruitmentChannelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRecruitmentChannel_Department() {
		return (EReference)recruitmentChannelEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRecruitmentChannel_Plan() {
		return (EReference)recruitmentChannelEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecruitmentChannel_Month() {
		return (EAttribute)recruitmentChannelEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecruitmentChannel_FillProbability() {
		return (EAttribute)recruitmentChannelEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecruitmentChannel_PassRate() {
		return (EAttribute)recruitmentChannelEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecruitmentChannel_LeadTimeMonths() {
		return (EAttribute)recruitmentChannelEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecruitmentChannel_CostPerYear() {
		return (EAttribute)recruitmentChannelEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecruitmentChannel_Fte() {
		return (EAttribute)recruitmentChannelEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecruitmentChannel_TermYears() {
		return (EAttribute)recruitmentChannelEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getYearlyCount() {
		return yearlyCountEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getYearlyCount_FiscalYear() {
		return (EAttribute)yearlyCountEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getYearlyCount_Count() {
		return (EAttribute)yearlyCountEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAttritionPolicy() {
		return attritionPolicyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAttritionPolicy_Rates() {
		return (EReference)attritionPolicyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttritionPolicy_SpecialistWithoutTrackMultiplier() {
		return (EAttribute)attritionPolicyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAttritionPolicy_RetirementAges() {
		return (EReference)attritionPolicyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAttritionRate() {
		return attritionRateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttritionRate_MinAge() {
		return (EAttribute)attritionRateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttritionRate_MaxAge() {
		return (EAttribute)attritionRateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttritionRate_EmploymentType() {
		return (EAttribute)attritionRateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttritionRate_YearlyRate() {
		return (EAttribute)attritionRateEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAttritionRate_Estimate() {
		return (EReference)attritionRateEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRateEstimate() {
		return rateEstimateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRateEstimate_Estimated() {
		return (EAttribute)rateEstimateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRateEstimate_Low() {
		return (EAttribute)rateEstimateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRateEstimate_High() {
		return (EAttribute)rateEstimateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRateEstimate_Events() {
		return (EAttribute)rateEstimateEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRateEstimate_Exposure() {
		return (EAttribute)rateEstimateEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRateEstimate_FirstYear() {
		return (EAttribute)rateEstimateEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRateEstimate_LastYear() {
		return (EAttribute)rateEstimateEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRateEstimate_Alpha() {
		return (EAttribute)rateEstimateEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRateEstimate_Beta() {
		return (EAttribute)rateEstimateEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRetirementAge() {
		return retirementAgeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetirementAge_FiscalYear() {
		return (EAttribute)retirementAgeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetirementAge_Age() {
		return (EAttribute)retirementAgeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTarget() {
		return targetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTarget_Kind() {
		return (EAttribute)targetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTarget_Persona() {
		return (EReference)targetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTarget_MinimumStep() {
		return (EAttribute)targetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTarget_CountBy() {
		return (EAttribute)targetEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTarget_Scope() {
		return (EAttribute)targetEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTarget_Department() {
		return (EReference)targetEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTarget_DepartmentKind() {
		return (EAttribute)targetEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTarget_Course() {
		return (EReference)targetEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTarget_Values() {
		return (EReference)targetEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTargetValue() {
		return targetValueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTargetValue_FiscalYear() {
		return (EAttribute)targetValueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTargetValue_Value() {
		return (EAttribute)targetValueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRunResult() {
		return runResultEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRunResult_Scenario() {
		return (EReference)runResultEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunResult_ScenarioFile() {
		return (EAttribute)runResultEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunResult_Replications() {
		return (EAttribute)runResultEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunResult_Seed() {
		return (EAttribute)runResultEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunResult_InputFingerprint() {
		return (EAttribute)runResultEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunResult_CreatedAt() {
		return (EAttribute)runResultEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunResult_EngineVersion() {
		return (EAttribute)runResultEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRunResult_Years() {
		return (EReference)runResultEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getYearResult() {
		return yearResultEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getYearResult_FiscalYear() {
		return (EAttribute)yearResultEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getYearResult_Targets() {
		return (EReference)yearResultEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getYearResult_Counts() {
		return (EReference)yearResultEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getYearResult_Flows() {
		return (EReference)yearResultEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDistribution() {
		return distributionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDistribution_Mean() {
		return (EAttribute)distributionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDistribution_P10() {
		return (EAttribute)distributionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDistribution_P50() {
		return (EAttribute)distributionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDistribution_P90() {
		return (EAttribute)distributionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTargetResult() {
		return targetResultEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTargetResult_Target() {
		return (EReference)targetResultEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTargetResult_TargetName() {
		return (EAttribute)targetResultEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTargetResult_ProbabilityMet() {
		return (EAttribute)targetResultEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTargetResult_DepartmentsInScope() {
		return (EAttribute)targetResultEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTargetResult_MostMissedDepartmentId() {
		return (EAttribute)targetResultEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTargetResult_MostMissedProbability() {
		return (EAttribute)targetResultEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTargetResult_DepartmentMisses() {
		return (EReference)targetResultEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCountResult() {
		return countResultEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCountResult_PersonaId() {
		return (EAttribute)countResultEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCountResult_Step() {
		return (EAttribute)countResultEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCountResult_BySkill() {
		return (EAttribute)countResultEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCountResult_DepartmentId() {
		return (EAttribute)countResultEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFlowResult() {
		return flowResultEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFlowResult_Measure() {
		return (EAttribute)flowResultEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFlowResult_DepartmentId() {
		return (EAttribute)flowResultEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDepartmentMiss() {
		return departmentMissEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDepartmentMiss_DepartmentId() {
		return (EAttribute)departmentMissEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDepartmentMiss_Probability() {
		return (EAttribute)departmentMissEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExperiment() {
		return experimentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Scenario() {
		return (EReference)experimentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_ScenarioFile() {
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Target() {
		return (EReference)experimentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_TargetName() {
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_FiscalYear() {
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_Replications() {
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_Seed() {
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_InputFingerprint() {
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_CreatedAt() {
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_ElapsedSeconds() {
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLever() {
		return leverEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLever_Kind() {
		return (EAttribute)leverEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLever_ElementId() {
		return (EAttribute)leverEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLever_ElementName() {
		return (EAttribute)leverEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGoalSeekExperiment() {
		return goalSeekExperimentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGoalSeekExperiment_Lever() {
		return (EReference)goalSeekExperimentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGoalSeekExperiment_Probability() {
		return (EAttribute)goalSeekExperimentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGoalSeekExperiment_Minimum() {
		return (EAttribute)goalSeekExperimentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGoalSeekExperiment_Maximum() {
		return (EAttribute)goalSeekExperimentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGoalSeekExperiment_Feasible() {
		return (EAttribute)goalSeekExperimentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGoalSeekExperiment_Answer() {
		return (EAttribute)goalSeekExperimentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGoalSeekExperiment_AchievedProbability() {
		return (EAttribute)goalSeekExperimentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGoalSeekExperiment_ProbabilityLow() {
		return (EAttribute)goalSeekExperimentEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGoalSeekExperiment_ProbabilityHigh() {
		return (EAttribute)goalSeekExperimentEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGoalSeekExperiment_Evaluations() {
		return (EReference)goalSeekExperimentEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLeverEvaluation() {
		return leverEvaluationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLeverEvaluation_Value() {
		return (EAttribute)leverEvaluationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLeverEvaluation_Probability() {
		return (EAttribute)leverEvaluationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLeverEvaluation_Mean() {
		return (EAttribute)leverEvaluationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLeverEvaluation_Replications() {
		return (EAttribute)leverEvaluationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSweepExperiment() {
		return sweepExperimentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSweepExperiment_First() {
		return (EReference)sweepExperimentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSweepExperiment_FirstValues() {
		return (EAttribute)sweepExperimentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSweepExperiment_Second() {
		return (EReference)sweepExperimentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSweepExperiment_SecondValues() {
		return (EAttribute)sweepExperimentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSweepExperiment_Points() {
		return (EReference)sweepExperimentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSweepPoint() {
		return sweepPointEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSweepPoint_First() {
		return (EAttribute)sweepPointEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSweepPoint_Second() {
		return (EAttribute)sweepPointEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSweepPoint_Values() {
		return (EReference)sweepPointEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTargetOutcome() {
		return targetOutcomeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTargetOutcome_Target() {
		return (EReference)targetOutcomeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTargetOutcome_TargetName() {
		return (EAttribute)targetOutcomeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTargetOutcome_Probability() {
		return (EAttribute)targetOutcomeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTargetOutcome_Mean() {
		return (EAttribute)targetOutcomeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSensitivityExperiment() {
		return sensitivityExperimentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSensitivityExperiment_Percent() {
		return (EAttribute)sensitivityExperimentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSensitivityExperiment_BaseMean() {
		return (EAttribute)sensitivityExperimentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSensitivityExperiment_BaseProbability() {
		return (EAttribute)sensitivityExperimentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSensitivityExperiment_Bars() {
		return (EReference)sensitivityExperimentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSensitivityBar() {
		return sensitivityBarEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSensitivityBar_Lever() {
		return (EReference)sensitivityBarEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSensitivityBar_LowValue() {
		return (EAttribute)sensitivityBarEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSensitivityBar_HighValue() {
		return (EAttribute)sensitivityBarEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSensitivityBar_LowMean() {
		return (EAttribute)sensitivityBarEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSensitivityBar_HighMean() {
		return (EAttribute)sensitivityBarEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSensitivityBar_LowProbability() {
		return (EAttribute)sensitivityBarEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSensitivityBar_HighProbability() {
		return (EAttribute)sensitivityBarEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRegion() {
		return regionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegion_Description() {
		return (EAttribute)regionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRegion_RunSettings() {
		return (EReference)regionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRegion_Members() {
		return (EReference)regionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRegion_Pools() {
		return (EReference)regionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRegion_Courses() {
		return (EReference)regionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRegionMember() {
		return regionMemberEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRegionMember_Scenario() {
		return (EReference)regionMemberEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegionMember_Priority() {
		return (EAttribute)regionMemberEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRegionMember_Requests() {
		return (EReference)regionMemberEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRegionMember_CourseRequests() {
		return (EReference)regionMemberEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRegionMember_Secondments() {
		return (EReference)regionMemberEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPoolRequest() {
		return poolRequestEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPoolRequest_Pool() {
		return (EReference)poolRequestEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPoolRequest_Persona() {
		return (EReference)poolRequestEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPoolRequest_Department() {
		return (EReference)poolRequestEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPoolRequest_Days() {
		return (EReference)poolRequestEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPoolRequest_WhenShortOf() {
		return (EReference)poolRequestEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPool() {
		return poolEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPool_InitialStaff() {
		return (EAttribute)poolEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPool_DaysPerWeek() {
		return (EAttribute)poolEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPool_Hires() {
		return (EReference)poolEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPool_HireMonth() {
		return (EAttribute)poolEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPool_FillProbability() {
		return (EAttribute)poolEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPool_TermYears() {
		return (EAttribute)poolEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPool_YearlyAttrition() {
		return (EAttribute)poolEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPool_CostPerPersonYear() {
		return (EAttribute)poolEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPool_Step() {
		return (EAttribute)poolEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPool_Allocation() {
		return (EAttribute)poolEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPool_PrefectureShare() {
		return (EAttribute)poolEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPool_MemberSharing() {
		return (EAttribute)poolEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRegionCourse() {
		return regionCourseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegionCourse_CourseId() {
		return (EAttribute)regionCourseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRegionCourse_Seats() {
		return (EReference)regionCourseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegionCourse_Month() {
		return (EAttribute)regionCourseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegionCourse_Allocation() {
		return (EAttribute)regionCourseEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCourseRequest() {
		return courseRequestEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCourseRequest_Course() {
		return (EReference)courseRequestEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCourseRequest_Seats() {
		return (EReference)courseRequestEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSecondment() {
		return secondmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSecondment_Pool() {
		return (EReference)secondmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSecondment_Persona() {
		return (EReference)secondmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSecondment_Department() {
		return (EReference)secondmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSecondment_Staff() {
		return (EReference)secondmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSecondment_TermYears() {
		return (EAttribute)secondmentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSecondment_StepOnReturn() {
		return (EAttribute)secondmentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSecondment_ServingDays() {
		return (EAttribute)secondmentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMunicipalityKind() {
		return municipalityKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDepartmentKind() {
		return departmentKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEmploymentType() {
		return employmentTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRank() {
		return rankEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProvider() {
		return providerEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getChannelKind() {
		return channelKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTargetKind() {
		return targetKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTargetScope() {
		return targetScopeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCountBasis() {
		return countBasisEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAllocationPolicy() {
		return allocationPolicyEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCostSharing() {
		return costSharingEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JinzaiFactory getJinzaiFactory() {
		return (JinzaiFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		namedElementEClass = createEClass(NAMED_ELEMENT);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__ID);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__NAME);

		baselineEClass = createEClass(BASELINE);
		createEAttribute(baselineEClass, BASELINE__DESCRIPTION);
		createEAttribute(baselineEClass, BASELINE__MODEL_VERSION);
		createEReference(baselineEClass, BASELINE__ORGANIZATION);
		createEReference(baselineEClass, BASELINE__SKILL_ITEMS);
		createEReference(baselineEClass, BASELINE__PERSONAS);
		createEReference(baselineEClass, BASELINE__COURSES);
		createEReference(baselineEClass, BASELINE__STAFF);
		createEReference(baselineEClass, BASELINE__ROSTER_AGGREGATES);

		organizationEClass = createEClass(ORGANIZATION);
		createEAttribute(organizationEClass, ORGANIZATION__KIND);
		createEAttribute(organizationEClass, ORGANIZATION__POPULATION);
		createEAttribute(organizationEClass, ORGANIZATION__STATUTORY_HEADCOUNT);
		createEReference(organizationEClass, ORGANIZATION__DEPARTMENTS);

		departmentEClass = createEClass(DEPARTMENT);
		createEAttribute(departmentEClass, DEPARTMENT__KIND);
		createEAttribute(departmentEClass, DEPARTMENT__HEADCOUNT);
		createEReference(departmentEClass, DEPARTMENT__LARGE_PROJECTS);

		largeProjectEClass = createEClass(LARGE_PROJECT);
		createEAttribute(largeProjectEClass, LARGE_PROJECT__FIRST_FISCAL_YEAR);
		createEAttribute(largeProjectEClass, LARGE_PROJECT__LAST_FISCAL_YEAR);
		createEReference(largeProjectEClass, LARGE_PROJECT__HELD_PERSONAS);

		skillItemEClass = createEClass(SKILL_ITEM);
		createEAttribute(skillItemEClass, SKILL_ITEM__GROUP);
		createEAttribute(skillItemEClass, SKILL_ITEM__TOOL);

		personaEClass = createEClass(PERSONA);
		createEAttribute(personaEClass, PERSONA__SHORT_NAME);
		createEAttribute(personaEClass, PERSONA__EXTERNAL);
		createEAttribute(personaEClass, PERSONA__HAS_STEPS);
		createEReference(personaEClass, PERSONA__REQUIRED_SKILLS);
		createEReference(personaEClass, PERSONA__STEPS);

		skillRequirementEClass = createEClass(SKILL_REQUIREMENT);
		createEReference(skillRequirementEClass, SKILL_REQUIREMENT__SKILL);
		createEAttribute(skillRequirementEClass, SKILL_REQUIREMENT__LEVEL);

		stepDefinitionEClass = createEClass(STEP_DEFINITION);
		createEAttribute(stepDefinitionEClass, STEP_DEFINITION__STEP);
		createEAttribute(stepDefinitionEClass, STEP_DEFINITION__DESCRIPTION);
		createEReference(stepDefinitionEClass, STEP_DEFINITION__CRITERIA);

		stepCriterionEClass = createEClass(STEP_CRITERION);

		coursesCompletedCriterionEClass = createEClass(COURSES_COMPLETED_CRITERION);
		createEReference(coursesCompletedCriterionEClass, COURSES_COMPLETED_CRITERION__COURSES);
		createEAttribute(coursesCompletedCriterionEClass, COURSES_COMPLETED_CRITERION__MINIMUM_COUNT);

		skillLevelCriterionEClass = createEClass(SKILL_LEVEL_CRITERION);
		createEReference(skillLevelCriterionEClass, SKILL_LEVEL_CRITERION__SKILL);
		createEAttribute(skillLevelCriterionEClass, SKILL_LEVEL_CRITERION__MINIMUM_LEVEL);

		leadMonthsCriterionEClass = createEClass(LEAD_MONTHS_CRITERION);
		createEAttribute(leadMonthsCriterionEClass, LEAD_MONTHS_CRITERION__MINIMUM_MONTHS);

		projectsLedCriterionEClass = createEClass(PROJECTS_LED_CRITERION);
		createEAttribute(projectsLedCriterionEClass, PROJECTS_LED_CRITERION__MINIMUM_PROJECTS);

		mentoringCriterionEClass = createEClass(MENTORING_CRITERION);
		createEAttribute(mentoringCriterionEClass, MENTORING_CRITERION__MINIMUM_MONTHS);

		previousStepCriterionEClass = createEClass(PREVIOUS_STEP_CRITERION);

		courseEClass = createEClass(COURSE);
		createEAttribute(courseEClass, COURSE__PROVIDER);
		createEAttribute(courseEClass, COURSE__DURATION_DAYS);
		createEAttribute(courseEClass, COURSE__COST_PER_SEAT);
		createEReference(courseEClass, COURSE__GRANTS);
		createEReference(courseEClass, COURSE__TARGET_PERSONAS);

		skillGrantEClass = createEClass(SKILL_GRANT);
		createEReference(skillGrantEClass, SKILL_GRANT__SKILL);
		createEAttribute(skillGrantEClass, SKILL_GRANT__LEVEL);

		staffMemberEClass = createEClass(STAFF_MEMBER);
		createEAttribute(staffMemberEClass, STAFF_MEMBER__BIRTH_YEAR);
		createEAttribute(staffMemberEClass, STAFF_MEMBER__HIRE_FISCAL_YEAR);
		createEAttribute(staffMemberEClass, STAFF_MEMBER__EMPLOYMENT_TYPE);
		createEAttribute(staffMemberEClass, STAFF_MEMBER__TERM_END_FISCAL_YEAR);
		createEAttribute(staffMemberEClass, STAFF_MEMBER__FTE);
		createEAttribute(staffMemberEClass, STAFF_MEMBER__RANK);
		createEReference(staffMemberEClass, STAFF_MEMBER__DEPARTMENT);
		createEReference(staffMemberEClass, STAFF_MEMBER__PERSONA);
		createEAttribute(staffMemberEClass, STAFF_MEMBER__SPECIALIST_TRACK);
		createEAttribute(staffMemberEClass, STAFF_MEMBER__MONTHS_IN_POST);
		createEReference(staffMemberEClass, STAFF_MEMBER__SKILL_LEVELS);
		createEReference(staffMemberEClass, STAFF_MEMBER__COURSES_COMPLETED);
		createEAttribute(staffMemberEClass, STAFF_MEMBER__MONTHS_LEADING);
		createEAttribute(staffMemberEClass, STAFF_MEMBER__PROJECTS_LED);
		createEAttribute(staffMemberEClass, STAFF_MEMBER__MONTHS_MENTORING);
		createEReference(staffMemberEClass, STAFF_MEMBER__STEPS_REACHED);

		skillLevelEClass = createEClass(SKILL_LEVEL);
		createEReference(skillLevelEClass, SKILL_LEVEL__SKILL);
		createEAttribute(skillLevelEClass, SKILL_LEVEL__LEVEL);

		stepReachedEClass = createEClass(STEP_REACHED);
		createEReference(stepReachedEClass, STEP_REACHED__PERSONA);
		createEAttribute(stepReachedEClass, STEP_REACHED__STEP);

		rosterAggregateEClass = createEClass(ROSTER_AGGREGATE);
		createEReference(rosterAggregateEClass, ROSTER_AGGREGATE__DEPARTMENT);
		createEAttribute(rosterAggregateEClass, ROSTER_AGGREGATE__MIN_AGE);
		createEAttribute(rosterAggregateEClass, ROSTER_AGGREGATE__MAX_AGE);
		createEAttribute(rosterAggregateEClass, ROSTER_AGGREGATE__RANK);
		createEReference(rosterAggregateEClass, ROSTER_AGGREGATE__PERSONA);
		createEAttribute(rosterAggregateEClass, ROSTER_AGGREGATE__COUNT);
		createEAttribute(rosterAggregateEClass, ROSTER_AGGREGATE__EMPLOYMENT_TYPE);

		scenarioEClass = createEClass(SCENARIO);
		createEAttribute(scenarioEClass, SCENARIO__DESCRIPTION);
		createEAttribute(scenarioEClass, SCENARIO__MODEL_VERSION);
		createEReference(scenarioEClass, SCENARIO__BASELINE);
		createEAttribute(scenarioEClass, SCENARIO__DERIVED_FROM);
		createEReference(scenarioEClass, SCENARIO__RUN_SETTINGS);
		createEReference(scenarioEClass, SCENARIO__COURSE_SEATS);
		createEReference(scenarioEClass, SCENARIO__PROJECTS);
		createEReference(scenarioEClass, SCENARIO__APPOINTMENT);
		createEReference(scenarioEClass, SCENARIO__ROTATION);
		createEReference(scenarioEClass, SCENARIO__CHANNELS);
		createEReference(scenarioEClass, SCENARIO__ATTRITION);
		createEReference(scenarioEClass, SCENARIO__TARGETS);
		createEReference(scenarioEClass, SCENARIO__BACKTEST);

		backtestSummaryEClass = createEClass(BACKTEST_SUMMARY);
		createEAttribute(backtestSummaryEClass, BACKTEST_SUMMARY__FIRST_ORIGIN);
		createEAttribute(backtestSummaryEClass, BACKTEST_SUMMARY__LAST_ORIGIN);
		createEAttribute(backtestSummaryEClass, BACKTEST_SUMMARY__LAST_YEAR);
		createEAttribute(backtestSummaryEClass, BACKTEST_SUMMARY__COMPARISONS);
		createEAttribute(backtestSummaryEClass, BACKTEST_SUMMARY__INSIDE80);
		createEAttribute(backtestSummaryEClass, BACKTEST_SUMMARY__INSIDE90);
		createEAttribute(backtestSummaryEClass, BACKTEST_SUMMARY__RUNS);
		createEAttribute(backtestSummaryEClass, BACKTEST_SUMMARY__RATES_DRAWN);
		createEAttribute(backtestSummaryEClass, BACKTEST_SUMMARY__DATE);

		runSettingsEClass = createEClass(RUN_SETTINGS);
		createEAttribute(runSettingsEClass, RUN_SETTINGS__FIRST_FISCAL_YEAR);
		createEAttribute(runSettingsEClass, RUN_SETTINGS__HORIZON_YEARS);
		createEAttribute(runSettingsEClass, RUN_SETTINGS__REPLICATIONS);
		createEAttribute(runSettingsEClass, RUN_SETTINGS__SEED);
		createEAttribute(runSettingsEClass, RUN_SETTINGS__RATE_UNCERTAINTY);

		courseSeatsEClass = createEClass(COURSE_SEATS);
		createEReference(courseSeatsEClass, COURSE_SEATS__COURSE);
		createEAttribute(courseSeatsEClass, COURSE_SEATS__FISCAL_YEAR);
		createEAttribute(courseSeatsEClass, COURSE_SEATS__SEATS);
		createEAttribute(courseSeatsEClass, COURSE_SEATS__MONTH);
		createEReference(courseSeatsEClass, COURSE_SEATS__PRIORITY_PERSONA);
		createEReference(courseSeatsEClass, COURSE_SEATS__ESTIMATE);

		uptakeEstimateEClass = createEClass(UPTAKE_ESTIMATE);
		createEAttribute(uptakeEstimateEClass, UPTAKE_ESTIMATE__PER_YEAR);
		createEAttribute(uptakeEstimateEClass, UPTAKE_ESTIMATE__LOW);
		createEAttribute(uptakeEstimateEClass, UPTAKE_ESTIMATE__HIGH);
		createEAttribute(uptakeEstimateEClass, UPTAKE_ESTIMATE__COMPLETIONS);
		createEAttribute(uptakeEstimateEClass, UPTAKE_ESTIMATE__FIRST_YEAR);
		createEAttribute(uptakeEstimateEClass, UPTAKE_ESTIMATE__LAST_YEAR);

		dxProjectPlanEClass = createEClass(DX_PROJECT_PLAN);
		createEReference(dxProjectPlanEClass, DX_PROJECT_PLAN__DEPARTMENT);
		createEAttribute(dxProjectPlanEClass, DX_PROJECT_PLAN__FISCAL_YEAR);
		createEAttribute(dxProjectPlanEClass, DX_PROJECT_PLAN__COUNT);
		createEAttribute(dxProjectPlanEClass, DX_PROJECT_PLAN__DURATION_MONTHS);
		createEAttribute(dxProjectPlanEClass, DX_PROJECT_PLAN__LEAD_SEATS);
		createEAttribute(dxProjectPlanEClass, DX_PROJECT_PLAN__START_MONTH);

		appointmentPolicyEClass = createEClass(APPOINTMENT_POLICY);
		createEReference(appointmentPolicyEClass, APPOINTMENT_POLICY__PERSONA);
		createEAttribute(appointmentPolicyEClass, APPOINTMENT_POLICY__PER_DEPARTMENT);
		createEAttribute(appointmentPolicyEClass, APPOINTMENT_POLICY__TOTAL);
		createEAttribute(appointmentPolicyEClass, APPOINTMENT_POLICY__YEARLY_APPOINTMENTS);
		createEAttribute(appointmentPolicyEClass, APPOINTMENT_POLICY__MIN_AGE);
		createEAttribute(appointmentPolicyEClass, APPOINTMENT_POLICY__MAX_AGE);
		createEAttribute(appointmentPolicyEClass, APPOINTMENT_POLICY__MIN_MONTHS_IN_POST);
		createEAttribute(appointmentPolicyEClass, APPOINTMENT_POLICY__REAPPOINTMENT_PROBABILITY);
		createEReference(appointmentPolicyEClass, APPOINTMENT_POLICY__REAPPOINTMENT_ESTIMATE);

		rotationPolicyEClass = createEClass(ROTATION_POLICY);
		createEAttribute(rotationPolicyEClass, ROTATION_POLICY__MIN_TENURE_YEARS);
		createEAttribute(rotationPolicyEClass, ROTATION_POLICY__MAX_TENURE_YEARS);
		createEAttribute(rotationPolicyEClass, ROTATION_POLICY__MOVE_MONTH);
		createEReference(rotationPolicyEClass, ROTATION_POLICY__ALLOWED_TRANSFERS);
		createEReference(rotationPolicyEClass, ROTATION_POLICY__RULES);
		createEReference(rotationPolicyEClass, ROTATION_POLICY__TENURES);

		kindTenureEClass = createEClass(KIND_TENURE);
		createEAttribute(kindTenureEClass, KIND_TENURE__KIND);
		createEAttribute(kindTenureEClass, KIND_TENURE__MIN_TENURE_YEARS);
		createEAttribute(kindTenureEClass, KIND_TENURE__MAX_TENURE_YEARS);
		createEReference(kindTenureEClass, KIND_TENURE__ESTIMATE);

		tenureEstimateEClass = createEClass(TENURE_ESTIMATE);
		createEAttribute(tenureEstimateEClass, TENURE_ESTIMATE__FITTED_MIN_YEARS);
		createEAttribute(tenureEstimateEClass, TENURE_ESTIMATE__FITTED_MAX_YEARS);

		allowedTransferEClass = createEClass(ALLOWED_TRANSFER);
		createEAttribute(allowedTransferEClass, ALLOWED_TRANSFER__FROM);
		createEAttribute(allowedTransferEClass, ALLOWED_TRANSFER__TO);

		rotationRuleEClass = createEClass(ROTATION_RULE);
		createEAttribute(rotationRuleEClass, ROTATION_RULE__ENABLED);
		createEAttribute(rotationRuleEClass, ROTATION_RULE__HARD);
		createEAttribute(rotationRuleEClass, ROTATION_RULE__WEIGHT);

		noMoveAfterCourseRuleEClass = createEClass(NO_MOVE_AFTER_COURSE_RULE);
		createEAttribute(noMoveAfterCourseRuleEClass, NO_MOVE_AFTER_COURSE_RULE__MONTHS);

		noMoveDuringLargeProjectRuleEClass = createEClass(NO_MOVE_DURING_LARGE_PROJECT_RULE);

		headcountBoundRuleEClass = createEClass(HEADCOUNT_BOUND_RULE);
		createEReference(headcountBoundRuleEClass, HEADCOUNT_BOUND_RULE__PERSONA);
		createEAttribute(headcountBoundRuleEClass, HEADCOUNT_BOUND_RULE__MINIMUM_STEP);
		createEAttribute(headcountBoundRuleEClass, HEADCOUNT_BOUND_RULE__MINIMUM);
		createEAttribute(headcountBoundRuleEClass, HEADCOUNT_BOUND_RULE__MAXIMUM);
		createEAttribute(headcountBoundRuleEClass, HEADCOUNT_BOUND_RULE__DEPARTMENT_KIND);

		step3ToLargeProjectsRuleEClass = createEClass(STEP3_TO_LARGE_PROJECTS_RULE);
		createEReference(step3ToLargeProjectsRuleEClass, STEP3_TO_LARGE_PROJECTS_RULE__PERSONA);

		leaveItAfterStepRuleEClass = createEClass(LEAVE_IT_AFTER_STEP_RULE);
		createEReference(leaveItAfterStepRuleEClass, LEAVE_IT_AFTER_STEP_RULE__PERSONA);
		createEAttribute(leaveItAfterStepRuleEClass, LEAVE_IT_AFTER_STEP_RULE__STEP);

		specialistStaysInItRuleEClass = createEClass(SPECIALIST_STAYS_IN_IT_RULE);

		spreadStepRuleEClass = createEClass(SPREAD_STEP_RULE);
		createEReference(spreadStepRuleEClass, SPREAD_STEP_RULE__PERSONA);
		createEAttribute(spreadStepRuleEClass, SPREAD_STEP_RULE__STEP);

		recruitmentChannelEClass = createEClass(RECRUITMENT_CHANNEL);
		createEAttribute(recruitmentChannelEClass, RECRUITMENT_CHANNEL__KIND);
		createEReference(recruitmentChannelEClass, RECRUITMENT_CHANNEL__PERSONA);
		createEReference(recruitmentChannelEClass, RECRUITMENT_CHANNEL__DEPARTMENT);
		createEReference(recruitmentChannelEClass, RECRUITMENT_CHANNEL__PLAN);
		createEAttribute(recruitmentChannelEClass, RECRUITMENT_CHANNEL__MONTH);
		createEAttribute(recruitmentChannelEClass, RECRUITMENT_CHANNEL__FILL_PROBABILITY);
		createEAttribute(recruitmentChannelEClass, RECRUITMENT_CHANNEL__PASS_RATE);
		createEAttribute(recruitmentChannelEClass, RECRUITMENT_CHANNEL__LEAD_TIME_MONTHS);
		createEAttribute(recruitmentChannelEClass, RECRUITMENT_CHANNEL__COST_PER_YEAR);
		createEAttribute(recruitmentChannelEClass, RECRUITMENT_CHANNEL__FTE);
		createEAttribute(recruitmentChannelEClass, RECRUITMENT_CHANNEL__TERM_YEARS);

		yearlyCountEClass = createEClass(YEARLY_COUNT);
		createEAttribute(yearlyCountEClass, YEARLY_COUNT__FISCAL_YEAR);
		createEAttribute(yearlyCountEClass, YEARLY_COUNT__COUNT);

		attritionPolicyEClass = createEClass(ATTRITION_POLICY);
		createEReference(attritionPolicyEClass, ATTRITION_POLICY__RATES);
		createEAttribute(attritionPolicyEClass, ATTRITION_POLICY__SPECIALIST_WITHOUT_TRACK_MULTIPLIER);
		createEReference(attritionPolicyEClass, ATTRITION_POLICY__RETIREMENT_AGES);

		attritionRateEClass = createEClass(ATTRITION_RATE);
		createEAttribute(attritionRateEClass, ATTRITION_RATE__MIN_AGE);
		createEAttribute(attritionRateEClass, ATTRITION_RATE__MAX_AGE);
		createEAttribute(attritionRateEClass, ATTRITION_RATE__EMPLOYMENT_TYPE);
		createEAttribute(attritionRateEClass, ATTRITION_RATE__YEARLY_RATE);
		createEReference(attritionRateEClass, ATTRITION_RATE__ESTIMATE);

		rateEstimateEClass = createEClass(RATE_ESTIMATE);
		createEAttribute(rateEstimateEClass, RATE_ESTIMATE__ESTIMATED);
		createEAttribute(rateEstimateEClass, RATE_ESTIMATE__LOW);
		createEAttribute(rateEstimateEClass, RATE_ESTIMATE__HIGH);
		createEAttribute(rateEstimateEClass, RATE_ESTIMATE__EVENTS);
		createEAttribute(rateEstimateEClass, RATE_ESTIMATE__EXPOSURE);
		createEAttribute(rateEstimateEClass, RATE_ESTIMATE__FIRST_YEAR);
		createEAttribute(rateEstimateEClass, RATE_ESTIMATE__LAST_YEAR);
		createEAttribute(rateEstimateEClass, RATE_ESTIMATE__ALPHA);
		createEAttribute(rateEstimateEClass, RATE_ESTIMATE__BETA);

		retirementAgeEClass = createEClass(RETIREMENT_AGE);
		createEAttribute(retirementAgeEClass, RETIREMENT_AGE__FISCAL_YEAR);
		createEAttribute(retirementAgeEClass, RETIREMENT_AGE__AGE);

		targetEClass = createEClass(TARGET);
		createEAttribute(targetEClass, TARGET__KIND);
		createEReference(targetEClass, TARGET__PERSONA);
		createEAttribute(targetEClass, TARGET__MINIMUM_STEP);
		createEAttribute(targetEClass, TARGET__COUNT_BY);
		createEAttribute(targetEClass, TARGET__SCOPE);
		createEReference(targetEClass, TARGET__DEPARTMENT);
		createEAttribute(targetEClass, TARGET__DEPARTMENT_KIND);
		createEReference(targetEClass, TARGET__COURSE);
		createEReference(targetEClass, TARGET__VALUES);

		targetValueEClass = createEClass(TARGET_VALUE);
		createEAttribute(targetValueEClass, TARGET_VALUE__FISCAL_YEAR);
		createEAttribute(targetValueEClass, TARGET_VALUE__VALUE);

		runResultEClass = createEClass(RUN_RESULT);
		createEReference(runResultEClass, RUN_RESULT__SCENARIO);
		createEAttribute(runResultEClass, RUN_RESULT__SCENARIO_FILE);
		createEAttribute(runResultEClass, RUN_RESULT__REPLICATIONS);
		createEAttribute(runResultEClass, RUN_RESULT__SEED);
		createEAttribute(runResultEClass, RUN_RESULT__INPUT_FINGERPRINT);
		createEAttribute(runResultEClass, RUN_RESULT__CREATED_AT);
		createEAttribute(runResultEClass, RUN_RESULT__ENGINE_VERSION);
		createEReference(runResultEClass, RUN_RESULT__YEARS);

		yearResultEClass = createEClass(YEAR_RESULT);
		createEAttribute(yearResultEClass, YEAR_RESULT__FISCAL_YEAR);
		createEReference(yearResultEClass, YEAR_RESULT__TARGETS);
		createEReference(yearResultEClass, YEAR_RESULT__COUNTS);
		createEReference(yearResultEClass, YEAR_RESULT__FLOWS);

		distributionEClass = createEClass(DISTRIBUTION);
		createEAttribute(distributionEClass, DISTRIBUTION__MEAN);
		createEAttribute(distributionEClass, DISTRIBUTION__P10);
		createEAttribute(distributionEClass, DISTRIBUTION__P50);
		createEAttribute(distributionEClass, DISTRIBUTION__P90);

		targetResultEClass = createEClass(TARGET_RESULT);
		createEReference(targetResultEClass, TARGET_RESULT__TARGET);
		createEAttribute(targetResultEClass, TARGET_RESULT__TARGET_NAME);
		createEAttribute(targetResultEClass, TARGET_RESULT__PROBABILITY_MET);
		createEAttribute(targetResultEClass, TARGET_RESULT__DEPARTMENTS_IN_SCOPE);
		createEAttribute(targetResultEClass, TARGET_RESULT__MOST_MISSED_DEPARTMENT_ID);
		createEAttribute(targetResultEClass, TARGET_RESULT__MOST_MISSED_PROBABILITY);
		createEReference(targetResultEClass, TARGET_RESULT__DEPARTMENT_MISSES);

		countResultEClass = createEClass(COUNT_RESULT);
		createEAttribute(countResultEClass, COUNT_RESULT__PERSONA_ID);
		createEAttribute(countResultEClass, COUNT_RESULT__STEP);
		createEAttribute(countResultEClass, COUNT_RESULT__BY_SKILL);
		createEAttribute(countResultEClass, COUNT_RESULT__DEPARTMENT_ID);

		flowResultEClass = createEClass(FLOW_RESULT);
		createEAttribute(flowResultEClass, FLOW_RESULT__MEASURE);
		createEAttribute(flowResultEClass, FLOW_RESULT__DEPARTMENT_ID);

		departmentMissEClass = createEClass(DEPARTMENT_MISS);
		createEAttribute(departmentMissEClass, DEPARTMENT_MISS__DEPARTMENT_ID);
		createEAttribute(departmentMissEClass, DEPARTMENT_MISS__PROBABILITY);

		experimentEClass = createEClass(EXPERIMENT);
		createEReference(experimentEClass, EXPERIMENT__SCENARIO);
		createEAttribute(experimentEClass, EXPERIMENT__SCENARIO_FILE);
		createEReference(experimentEClass, EXPERIMENT__TARGET);
		createEAttribute(experimentEClass, EXPERIMENT__TARGET_NAME);
		createEAttribute(experimentEClass, EXPERIMENT__FISCAL_YEAR);
		createEAttribute(experimentEClass, EXPERIMENT__REPLICATIONS);
		createEAttribute(experimentEClass, EXPERIMENT__SEED);
		createEAttribute(experimentEClass, EXPERIMENT__INPUT_FINGERPRINT);
		createEAttribute(experimentEClass, EXPERIMENT__CREATED_AT);
		createEAttribute(experimentEClass, EXPERIMENT__ELAPSED_SECONDS);

		leverEClass = createEClass(LEVER);
		createEAttribute(leverEClass, LEVER__KIND);
		createEAttribute(leverEClass, LEVER__ELEMENT_ID);
		createEAttribute(leverEClass, LEVER__ELEMENT_NAME);

		goalSeekExperimentEClass = createEClass(GOAL_SEEK_EXPERIMENT);
		createEReference(goalSeekExperimentEClass, GOAL_SEEK_EXPERIMENT__LEVER);
		createEAttribute(goalSeekExperimentEClass, GOAL_SEEK_EXPERIMENT__PROBABILITY);
		createEAttribute(goalSeekExperimentEClass, GOAL_SEEK_EXPERIMENT__MINIMUM);
		createEAttribute(goalSeekExperimentEClass, GOAL_SEEK_EXPERIMENT__MAXIMUM);
		createEAttribute(goalSeekExperimentEClass, GOAL_SEEK_EXPERIMENT__FEASIBLE);
		createEAttribute(goalSeekExperimentEClass, GOAL_SEEK_EXPERIMENT__ANSWER);
		createEAttribute(goalSeekExperimentEClass, GOAL_SEEK_EXPERIMENT__ACHIEVED_PROBABILITY);
		createEAttribute(goalSeekExperimentEClass, GOAL_SEEK_EXPERIMENT__PROBABILITY_LOW);
		createEAttribute(goalSeekExperimentEClass, GOAL_SEEK_EXPERIMENT__PROBABILITY_HIGH);
		createEReference(goalSeekExperimentEClass, GOAL_SEEK_EXPERIMENT__EVALUATIONS);

		leverEvaluationEClass = createEClass(LEVER_EVALUATION);
		createEAttribute(leverEvaluationEClass, LEVER_EVALUATION__VALUE);
		createEAttribute(leverEvaluationEClass, LEVER_EVALUATION__PROBABILITY);
		createEAttribute(leverEvaluationEClass, LEVER_EVALUATION__MEAN);
		createEAttribute(leverEvaluationEClass, LEVER_EVALUATION__REPLICATIONS);

		sweepExperimentEClass = createEClass(SWEEP_EXPERIMENT);
		createEReference(sweepExperimentEClass, SWEEP_EXPERIMENT__FIRST);
		createEAttribute(sweepExperimentEClass, SWEEP_EXPERIMENT__FIRST_VALUES);
		createEReference(sweepExperimentEClass, SWEEP_EXPERIMENT__SECOND);
		createEAttribute(sweepExperimentEClass, SWEEP_EXPERIMENT__SECOND_VALUES);
		createEReference(sweepExperimentEClass, SWEEP_EXPERIMENT__POINTS);

		sweepPointEClass = createEClass(SWEEP_POINT);
		createEAttribute(sweepPointEClass, SWEEP_POINT__FIRST);
		createEAttribute(sweepPointEClass, SWEEP_POINT__SECOND);
		createEReference(sweepPointEClass, SWEEP_POINT__VALUES);

		targetOutcomeEClass = createEClass(TARGET_OUTCOME);
		createEReference(targetOutcomeEClass, TARGET_OUTCOME__TARGET);
		createEAttribute(targetOutcomeEClass, TARGET_OUTCOME__TARGET_NAME);
		createEAttribute(targetOutcomeEClass, TARGET_OUTCOME__PROBABILITY);
		createEAttribute(targetOutcomeEClass, TARGET_OUTCOME__MEAN);

		sensitivityExperimentEClass = createEClass(SENSITIVITY_EXPERIMENT);
		createEAttribute(sensitivityExperimentEClass, SENSITIVITY_EXPERIMENT__PERCENT);
		createEAttribute(sensitivityExperimentEClass, SENSITIVITY_EXPERIMENT__BASE_MEAN);
		createEAttribute(sensitivityExperimentEClass, SENSITIVITY_EXPERIMENT__BASE_PROBABILITY);
		createEReference(sensitivityExperimentEClass, SENSITIVITY_EXPERIMENT__BARS);

		sensitivityBarEClass = createEClass(SENSITIVITY_BAR);
		createEReference(sensitivityBarEClass, SENSITIVITY_BAR__LEVER);
		createEAttribute(sensitivityBarEClass, SENSITIVITY_BAR__LOW_VALUE);
		createEAttribute(sensitivityBarEClass, SENSITIVITY_BAR__HIGH_VALUE);
		createEAttribute(sensitivityBarEClass, SENSITIVITY_BAR__LOW_MEAN);
		createEAttribute(sensitivityBarEClass, SENSITIVITY_BAR__HIGH_MEAN);
		createEAttribute(sensitivityBarEClass, SENSITIVITY_BAR__LOW_PROBABILITY);
		createEAttribute(sensitivityBarEClass, SENSITIVITY_BAR__HIGH_PROBABILITY);

		regionEClass = createEClass(REGION);
		createEAttribute(regionEClass, REGION__DESCRIPTION);
		createEReference(regionEClass, REGION__RUN_SETTINGS);
		createEReference(regionEClass, REGION__MEMBERS);
		createEReference(regionEClass, REGION__POOLS);
		createEReference(regionEClass, REGION__COURSES);

		regionMemberEClass = createEClass(REGION_MEMBER);
		createEReference(regionMemberEClass, REGION_MEMBER__SCENARIO);
		createEAttribute(regionMemberEClass, REGION_MEMBER__PRIORITY);
		createEReference(regionMemberEClass, REGION_MEMBER__REQUESTS);
		createEReference(regionMemberEClass, REGION_MEMBER__COURSE_REQUESTS);
		createEReference(regionMemberEClass, REGION_MEMBER__SECONDMENTS);

		poolRequestEClass = createEClass(POOL_REQUEST);
		createEReference(poolRequestEClass, POOL_REQUEST__POOL);
		createEReference(poolRequestEClass, POOL_REQUEST__PERSONA);
		createEReference(poolRequestEClass, POOL_REQUEST__DEPARTMENT);
		createEReference(poolRequestEClass, POOL_REQUEST__DAYS);
		createEReference(poolRequestEClass, POOL_REQUEST__WHEN_SHORT_OF);

		poolEClass = createEClass(POOL);
		createEAttribute(poolEClass, POOL__INITIAL_STAFF);
		createEAttribute(poolEClass, POOL__DAYS_PER_WEEK);
		createEReference(poolEClass, POOL__HIRES);
		createEAttribute(poolEClass, POOL__HIRE_MONTH);
		createEAttribute(poolEClass, POOL__FILL_PROBABILITY);
		createEAttribute(poolEClass, POOL__TERM_YEARS);
		createEAttribute(poolEClass, POOL__YEARLY_ATTRITION);
		createEAttribute(poolEClass, POOL__COST_PER_PERSON_YEAR);
		createEAttribute(poolEClass, POOL__STEP);
		createEAttribute(poolEClass, POOL__ALLOCATION);
		createEAttribute(poolEClass, POOL__PREFECTURE_SHARE);
		createEAttribute(poolEClass, POOL__MEMBER_SHARING);

		regionCourseEClass = createEClass(REGION_COURSE);
		createEAttribute(regionCourseEClass, REGION_COURSE__COURSE_ID);
		createEReference(regionCourseEClass, REGION_COURSE__SEATS);
		createEAttribute(regionCourseEClass, REGION_COURSE__MONTH);
		createEAttribute(regionCourseEClass, REGION_COURSE__ALLOCATION);

		courseRequestEClass = createEClass(COURSE_REQUEST);
		createEReference(courseRequestEClass, COURSE_REQUEST__COURSE);
		createEReference(courseRequestEClass, COURSE_REQUEST__SEATS);

		secondmentEClass = createEClass(SECONDMENT);
		createEReference(secondmentEClass, SECONDMENT__POOL);
		createEReference(secondmentEClass, SECONDMENT__PERSONA);
		createEReference(secondmentEClass, SECONDMENT__DEPARTMENT);
		createEReference(secondmentEClass, SECONDMENT__STAFF);
		createEAttribute(secondmentEClass, SECONDMENT__TERM_YEARS);
		createEAttribute(secondmentEClass, SECONDMENT__STEP_ON_RETURN);
		createEAttribute(secondmentEClass, SECONDMENT__SERVING_DAYS);

		// Create enums
		municipalityKindEEnum = createEEnum(MUNICIPALITY_KIND);
		departmentKindEEnum = createEEnum(DEPARTMENT_KIND);
		employmentTypeEEnum = createEEnum(EMPLOYMENT_TYPE);
		rankEEnum = createEEnum(RANK);
		providerEEnum = createEEnum(PROVIDER);
		channelKindEEnum = createEEnum(CHANNEL_KIND);
		targetKindEEnum = createEEnum(TARGET_KIND);
		targetScopeEEnum = createEEnum(TARGET_SCOPE);
		countBasisEEnum = createEEnum(COUNT_BASIS);
		allocationPolicyEEnum = createEEnum(ALLOCATION_POLICY);
		costSharingEEnum = createEEnum(COST_SHARING);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		baselineEClass.getESuperTypes().add(this.getNamedElement());
		organizationEClass.getESuperTypes().add(this.getNamedElement());
		departmentEClass.getESuperTypes().add(this.getNamedElement());
		largeProjectEClass.getESuperTypes().add(this.getNamedElement());
		skillItemEClass.getESuperTypes().add(this.getNamedElement());
		personaEClass.getESuperTypes().add(this.getNamedElement());
		coursesCompletedCriterionEClass.getESuperTypes().add(this.getStepCriterion());
		skillLevelCriterionEClass.getESuperTypes().add(this.getStepCriterion());
		leadMonthsCriterionEClass.getESuperTypes().add(this.getStepCriterion());
		projectsLedCriterionEClass.getESuperTypes().add(this.getStepCriterion());
		mentoringCriterionEClass.getESuperTypes().add(this.getStepCriterion());
		previousStepCriterionEClass.getESuperTypes().add(this.getStepCriterion());
		courseEClass.getESuperTypes().add(this.getNamedElement());
		staffMemberEClass.getESuperTypes().add(this.getNamedElement());
		scenarioEClass.getESuperTypes().add(this.getNamedElement());
		tenureEstimateEClass.getESuperTypes().add(this.getRateEstimate());
		rotationRuleEClass.getESuperTypes().add(this.getNamedElement());
		noMoveAfterCourseRuleEClass.getESuperTypes().add(this.getRotationRule());
		noMoveDuringLargeProjectRuleEClass.getESuperTypes().add(this.getRotationRule());
		headcountBoundRuleEClass.getESuperTypes().add(this.getRotationRule());
		step3ToLargeProjectsRuleEClass.getESuperTypes().add(this.getRotationRule());
		leaveItAfterStepRuleEClass.getESuperTypes().add(this.getRotationRule());
		specialistStaysInItRuleEClass.getESuperTypes().add(this.getRotationRule());
		spreadStepRuleEClass.getESuperTypes().add(this.getRotationRule());
		recruitmentChannelEClass.getESuperTypes().add(this.getNamedElement());
		targetEClass.getESuperTypes().add(this.getNamedElement());
		targetResultEClass.getESuperTypes().add(this.getDistribution());
		countResultEClass.getESuperTypes().add(this.getDistribution());
		flowResultEClass.getESuperTypes().add(this.getDistribution());
		experimentEClass.getESuperTypes().add(this.getNamedElement());
		goalSeekExperimentEClass.getESuperTypes().add(this.getExperiment());
		sweepExperimentEClass.getESuperTypes().add(this.getExperiment());
		sensitivityExperimentEClass.getESuperTypes().add(this.getExperiment());
		regionEClass.getESuperTypes().add(this.getNamedElement());
		poolEClass.getESuperTypes().add(this.getNamedElement());
		regionCourseEClass.getESuperTypes().add(this.getNamedElement());

		// Initialize classes, features, and operations; add parameters
		initEClass(namedElementEClass, NamedElement.class, "NamedElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getNamedElement_Id(), ecorePackage.getEString(), "id", null, 1, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getNamedElement_Name(), ecorePackage.getEString(), "name", null, 0, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(baselineEClass, Baseline.class, "Baseline", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getBaseline_Description(), ecorePackage.getEString(), "description", null, 0, 1, Baseline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBaseline_ModelVersion(), ecorePackage.getEString(), "modelVersion", "1.0", 0, 1, Baseline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEReference(getBaseline_Organization(), this.getOrganization(), null, "organization", null, 1, 1, Baseline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getBaseline_SkillItems(), this.getSkillItem(), null, "skillItems", null, 0, -1, Baseline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getBaseline_Personas(), this.getPersona(), null, "personas", null, 0, -1, Baseline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getBaseline_Courses(), this.getCourse(), null, "courses", null, 0, -1, Baseline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getBaseline_Staff(), this.getStaffMember(), null, "staff", null, 0, -1, Baseline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getBaseline_RosterAggregates(), this.getRosterAggregate(), null, "rosterAggregates", null, 0, -1, Baseline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(organizationEClass, Organization.class, "Organization", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getOrganization_Kind(), this.getMunicipalityKind(), "kind", null, 0, 1, Organization.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getOrganization_Population(), ecorePackage.getEInt(), "population", null, 0, 1, Organization.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getOrganization_StatutoryHeadcount(), ecorePackage.getEInt(), "statutoryHeadcount", null, 0, 1, Organization.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getOrganization_Departments(), this.getDepartment(), null, "departments", null, 0, -1, Organization.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(departmentEClass, Department.class, "Department", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getDepartment_Kind(), this.getDepartmentKind(), "kind", null, 0, 1, Department.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDepartment_Headcount(), ecorePackage.getEInt(), "headcount", null, 0, 1, Department.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getDepartment_LargeProjects(), this.getLargeProject(), null, "largeProjects", null, 0, -1, Department.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(largeProjectEClass, LargeProject.class, "LargeProject", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getLargeProject_FirstFiscalYear(), ecorePackage.getEInt(), "firstFiscalYear", null, 0, 1, LargeProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLargeProject_LastFiscalYear(), ecorePackage.getEInt(), "lastFiscalYear", null, 0, 1, LargeProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getLargeProject_HeldPersonas(), this.getPersona(), null, "heldPersonas", null, 0, -1, LargeProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(skillItemEClass, SkillItem.class, "SkillItem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getSkillItem_Group(), ecorePackage.getEString(), "group", null, 0, 1, SkillItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getSkillItem_Tool(), ecorePackage.getEBoolean(), "tool", null, 0, 1, SkillItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(personaEClass, Persona.class, "Persona", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getPersona_ShortName(), ecorePackage.getEString(), "shortName", null, 0, 1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPersona_External(), ecorePackage.getEBoolean(), "external", null, 0, 1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPersona_HasSteps(), ecorePackage.getEBoolean(), "hasSteps", "true", 0, 1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEReference(getPersona_RequiredSkills(), this.getSkillRequirement(), null, "requiredSkills", null, 0, -1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPersona_Steps(), this.getStepDefinition(), null, "steps", null, 0, -1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(skillRequirementEClass, SkillRequirement.class, "SkillRequirement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getSkillRequirement_Skill(), this.getSkillItem(), null, "skill", null, 1, 1, SkillRequirement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getSkillRequirement_Level(), ecorePackage.getEInt(), "level", "1", 0, 1, SkillRequirement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$

		initEClass(stepDefinitionEClass, StepDefinition.class, "StepDefinition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getStepDefinition_Step(), ecorePackage.getEInt(), "step", "1", 0, 1, StepDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getStepDefinition_Description(), ecorePackage.getEString(), "description", null, 0, 1, StepDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getStepDefinition_Criteria(), this.getStepCriterion(), null, "criteria", null, 0, -1, StepDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(stepCriterionEClass, StepCriterion.class, "StepCriterion", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$

		initEClass(coursesCompletedCriterionEClass, CoursesCompletedCriterion.class, "CoursesCompletedCriterion", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getCoursesCompletedCriterion_Courses(), this.getCourse(), null, "courses", null, 1, -1, CoursesCompletedCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCoursesCompletedCriterion_MinimumCount(), ecorePackage.getEInt(), "minimumCount", null, 0, 1, CoursesCompletedCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(skillLevelCriterionEClass, SkillLevelCriterion.class, "SkillLevelCriterion", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getSkillLevelCriterion_Skill(), this.getSkillItem(), null, "skill", null, 1, 1, SkillLevelCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getSkillLevelCriterion_MinimumLevel(), ecorePackage.getEInt(), "minimumLevel", "1", 0, 1, SkillLevelCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$

		initEClass(leadMonthsCriterionEClass, LeadMonthsCriterion.class, "LeadMonthsCriterion", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getLeadMonthsCriterion_MinimumMonths(), ecorePackage.getEInt(), "minimumMonths", "12", 0, 1, LeadMonthsCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$

		initEClass(projectsLedCriterionEClass, ProjectsLedCriterion.class, "ProjectsLedCriterion", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getProjectsLedCriterion_MinimumProjects(), ecorePackage.getEInt(), "minimumProjects", "2", 0, 1, ProjectsLedCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$

		initEClass(mentoringCriterionEClass, MentoringCriterion.class, "MentoringCriterion", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getMentoringCriterion_MinimumMonths(), ecorePackage.getEInt(), "minimumMonths", "12", 0, 1, MentoringCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$

		initEClass(previousStepCriterionEClass, PreviousStepCriterion.class, "PreviousStepCriterion", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$

		initEClass(courseEClass, Course.class, "Course", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getCourse_Provider(), this.getProvider(), "provider", null, 0, 1, Course.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCourse_DurationDays(), ecorePackage.getEDouble(), "durationDays", null, 0, 1, Course.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCourse_CostPerSeat(), ecorePackage.getEInt(), "costPerSeat", null, 0, 1, Course.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getCourse_Grants(), this.getSkillGrant(), null, "grants", null, 0, -1, Course.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getCourse_TargetPersonas(), this.getPersona(), null, "targetPersonas", null, 0, -1, Course.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(skillGrantEClass, SkillGrant.class, "SkillGrant", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getSkillGrant_Skill(), this.getSkillItem(), null, "skill", null, 1, 1, SkillGrant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getSkillGrant_Level(), ecorePackage.getEInt(), "level", "1", 0, 1, SkillGrant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$

		initEClass(staffMemberEClass, StaffMember.class, "StaffMember", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getStaffMember_BirthYear(), ecorePackage.getEInt(), "birthYear", null, 0, 1, StaffMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getStaffMember_HireFiscalYear(), ecorePackage.getEInt(), "hireFiscalYear", null, 0, 1, StaffMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getStaffMember_EmploymentType(), this.getEmploymentType(), "employmentType", null, 0, 1, StaffMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getStaffMember_TermEndFiscalYear(), ecorePackage.getEInt(), "termEndFiscalYear", null, 0, 1, StaffMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getStaffMember_Fte(), ecorePackage.getEDouble(), "fte", "1.0", 0, 1, StaffMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getStaffMember_Rank(), this.getRank(), "rank", null, 0, 1, StaffMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getStaffMember_Department(), this.getDepartment(), null, "department", null, 1, 1, StaffMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getStaffMember_Persona(), this.getPersona(), null, "persona", null, 0, 1, StaffMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getStaffMember_SpecialistTrack(), ecorePackage.getEBoolean(), "specialistTrack", null, 0, 1, StaffMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getStaffMember_MonthsInPost(), ecorePackage.getEInt(), "monthsInPost", null, 0, 1, StaffMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getStaffMember_SkillLevels(), this.getSkillLevel(), null, "skillLevels", null, 0, -1, StaffMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getStaffMember_CoursesCompleted(), this.getCourse(), null, "coursesCompleted", null, 0, -1, StaffMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getStaffMember_MonthsLeading(), ecorePackage.getEInt(), "monthsLeading", null, 0, 1, StaffMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getStaffMember_ProjectsLed(), ecorePackage.getEInt(), "projectsLed", null, 0, 1, StaffMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getStaffMember_MonthsMentoring(), ecorePackage.getEInt(), "monthsMentoring", null, 0, 1, StaffMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getStaffMember_StepsReached(), this.getStepReached(), null, "stepsReached", null, 0, -1, StaffMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(skillLevelEClass, SkillLevel.class, "SkillLevel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getSkillLevel_Skill(), this.getSkillItem(), null, "skill", null, 1, 1, SkillLevel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getSkillLevel_Level(), ecorePackage.getEInt(), "level", null, 0, 1, SkillLevel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(stepReachedEClass, StepReached.class, "StepReached", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getStepReached_Persona(), this.getPersona(), null, "persona", null, 1, 1, StepReached.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getStepReached_Step(), ecorePackage.getEInt(), "step", null, 0, 1, StepReached.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(rosterAggregateEClass, RosterAggregate.class, "RosterAggregate", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getRosterAggregate_Department(), this.getDepartment(), null, "department", null, 1, 1, RosterAggregate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRosterAggregate_MinAge(), ecorePackage.getEInt(), "minAge", null, 0, 1, RosterAggregate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRosterAggregate_MaxAge(), ecorePackage.getEInt(), "maxAge", null, 0, 1, RosterAggregate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRosterAggregate_Rank(), this.getRank(), "rank", null, 0, 1, RosterAggregate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getRosterAggregate_Persona(), this.getPersona(), null, "persona", null, 0, 1, RosterAggregate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRosterAggregate_Count(), ecorePackage.getEInt(), "count", null, 0, 1, RosterAggregate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRosterAggregate_EmploymentType(), this.getEmploymentType(), "employmentType", null, 0, 1, RosterAggregate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(scenarioEClass, Scenario.class, "Scenario", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getScenario_Description(), ecorePackage.getEString(), "description", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getScenario_ModelVersion(), ecorePackage.getEString(), "modelVersion", "1.0", 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEReference(getScenario_Baseline(), this.getBaseline(), null, "baseline", null, 1, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getScenario_DerivedFrom(), ecorePackage.getEString(), "derivedFrom", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getScenario_RunSettings(), this.getRunSettings(), null, "runSettings", null, 1, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getScenario_CourseSeats(), this.getCourseSeats(), null, "courseSeats", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getScenario_Projects(), this.getDxProjectPlan(), null, "projects", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getScenario_Appointment(), this.getAppointmentPolicy(), null, "appointment", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getScenario_Rotation(), this.getRotationPolicy(), null, "rotation", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getScenario_Channels(), this.getRecruitmentChannel(), null, "channels", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getScenario_Attrition(), this.getAttritionPolicy(), null, "attrition", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getScenario_Targets(), this.getTarget(), null, "targets", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getScenario_Backtest(), this.getBacktestSummary(), null, "backtest", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(backtestSummaryEClass, BacktestSummary.class, "BacktestSummary", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getBacktestSummary_FirstOrigin(), ecorePackage.getEInt(), "firstOrigin", null, 0, 1, BacktestSummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBacktestSummary_LastOrigin(), ecorePackage.getEInt(), "lastOrigin", null, 0, 1, BacktestSummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBacktestSummary_LastYear(), ecorePackage.getEInt(), "lastYear", null, 0, 1, BacktestSummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBacktestSummary_Comparisons(), ecorePackage.getEInt(), "comparisons", null, 0, 1, BacktestSummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBacktestSummary_Inside80(), ecorePackage.getEDouble(), "inside80", null, 0, 1, BacktestSummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBacktestSummary_Inside90(), ecorePackage.getEDouble(), "inside90", null, 0, 1, BacktestSummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBacktestSummary_Runs(), ecorePackage.getEInt(), "runs", null, 0, 1, BacktestSummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBacktestSummary_RatesDrawn(), ecorePackage.getEBoolean(), "ratesDrawn", null, 0, 1, BacktestSummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBacktestSummary_Date(), ecorePackage.getEString(), "date", null, 0, 1, BacktestSummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(runSettingsEClass, RunSettings.class, "RunSettings", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getRunSettings_FirstFiscalYear(), ecorePackage.getEInt(), "firstFiscalYear", "2026", 0, 1, RunSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getRunSettings_HorizonYears(), ecorePackage.getEInt(), "horizonYears", "5", 0, 1, RunSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getRunSettings_Replications(), ecorePackage.getEInt(), "replications", "1000", 0, 1, RunSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getRunSettings_Seed(), ecorePackage.getELong(), "seed", "20260401", 0, 1, RunSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getRunSettings_RateUncertainty(), ecorePackage.getEBoolean(), "rateUncertainty", "true", 0, 1, RunSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$

		initEClass(courseSeatsEClass, CourseSeats.class, "CourseSeats", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getCourseSeats_Course(), this.getCourse(), null, "course", null, 1, 1, CourseSeats.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCourseSeats_FiscalYear(), ecorePackage.getEInt(), "fiscalYear", null, 0, 1, CourseSeats.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCourseSeats_Seats(), ecorePackage.getEInt(), "seats", null, 0, 1, CourseSeats.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCourseSeats_Month(), ecorePackage.getEInt(), "month", "6", 0, 1, CourseSeats.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEReference(getCourseSeats_PriorityPersona(), this.getPersona(), null, "priorityPersona", null, 0, 1, CourseSeats.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getCourseSeats_Estimate(), this.getUptakeEstimate(), null, "estimate", null, 0, 1, CourseSeats.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(uptakeEstimateEClass, UptakeEstimate.class, "UptakeEstimate", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getUptakeEstimate_PerYear(), ecorePackage.getEDouble(), "perYear", null, 0, 1, UptakeEstimate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getUptakeEstimate_Low(), ecorePackage.getEDouble(), "low", null, 0, 1, UptakeEstimate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getUptakeEstimate_High(), ecorePackage.getEDouble(), "high", null, 0, 1, UptakeEstimate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getUptakeEstimate_Completions(), ecorePackage.getEInt(), "completions", null, 0, 1, UptakeEstimate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getUptakeEstimate_FirstYear(), ecorePackage.getEInt(), "firstYear", null, 0, 1, UptakeEstimate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getUptakeEstimate_LastYear(), ecorePackage.getEInt(), "lastYear", null, 0, 1, UptakeEstimate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(dxProjectPlanEClass, DxProjectPlan.class, "DxProjectPlan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getDxProjectPlan_Department(), this.getDepartment(), null, "department", null, 0, 1, DxProjectPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDxProjectPlan_FiscalYear(), ecorePackage.getEInt(), "fiscalYear", null, 0, 1, DxProjectPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDxProjectPlan_Count(), ecorePackage.getEInt(), "count", "1", 0, 1, DxProjectPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getDxProjectPlan_DurationMonths(), ecorePackage.getEInt(), "durationMonths", "12", 0, 1, DxProjectPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getDxProjectPlan_LeadSeats(), ecorePackage.getEInt(), "leadSeats", "1", 0, 1, DxProjectPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getDxProjectPlan_StartMonth(), ecorePackage.getEInt(), "startMonth", "4", 0, 1, DxProjectPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$

		initEClass(appointmentPolicyEClass, AppointmentPolicy.class, "AppointmentPolicy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getAppointmentPolicy_Persona(), this.getPersona(), null, "persona", null, 1, 1, AppointmentPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAppointmentPolicy_PerDepartment(), ecorePackage.getEInt(), "perDepartment", "1", 0, 1, AppointmentPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getAppointmentPolicy_Total(), ecorePackage.getEInt(), "total", null, 0, 1, AppointmentPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAppointmentPolicy_YearlyAppointments(), ecorePackage.getEInt(), "yearlyAppointments", null, 0, 1, AppointmentPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAppointmentPolicy_MinAge(), ecorePackage.getEInt(), "minAge", "25", 0, 1, AppointmentPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getAppointmentPolicy_MaxAge(), ecorePackage.getEInt(), "maxAge", "55", 0, 1, AppointmentPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getAppointmentPolicy_MinMonthsInPost(), ecorePackage.getEInt(), "minMonthsInPost", "12", 0, 1, AppointmentPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getAppointmentPolicy_ReappointmentProbability(), ecorePackage.getEDouble(), "reappointmentProbability", "0.3", 0, 1, AppointmentPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEReference(getAppointmentPolicy_ReappointmentEstimate(), this.getRateEstimate(), null, "reappointmentEstimate", null, 0, 1, AppointmentPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(rotationPolicyEClass, RotationPolicy.class, "RotationPolicy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getRotationPolicy_MinTenureYears(), ecorePackage.getEInt(), "minTenureYears", "3", 0, 1, RotationPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getRotationPolicy_MaxTenureYears(), ecorePackage.getEInt(), "maxTenureYears", "5", 0, 1, RotationPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getRotationPolicy_MoveMonth(), ecorePackage.getEInt(), "moveMonth", "4", 0, 1, RotationPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEReference(getRotationPolicy_AllowedTransfers(), this.getAllowedTransfer(), null, "allowedTransfers", null, 0, -1, RotationPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getRotationPolicy_Rules(), this.getRotationRule(), null, "rules", null, 0, -1, RotationPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getRotationPolicy_Tenures(), this.getKindTenure(), null, "tenures", null, 0, -1, RotationPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(kindTenureEClass, KindTenure.class, "KindTenure", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getKindTenure_Kind(), this.getDepartmentKind(), "kind", null, 0, 1, KindTenure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getKindTenure_MinTenureYears(), ecorePackage.getEInt(), "minTenureYears", "3", 0, 1, KindTenure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getKindTenure_MaxTenureYears(), ecorePackage.getEInt(), "maxTenureYears", "5", 0, 1, KindTenure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEReference(getKindTenure_Estimate(), this.getTenureEstimate(), null, "estimate", null, 0, 1, KindTenure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(tenureEstimateEClass, TenureEstimate.class, "TenureEstimate", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getTenureEstimate_FittedMinYears(), ecorePackage.getEInt(), "fittedMinYears", null, 0, 1, TenureEstimate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTenureEstimate_FittedMaxYears(), ecorePackage.getEInt(), "fittedMaxYears", null, 0, 1, TenureEstimate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(allowedTransferEClass, AllowedTransfer.class, "AllowedTransfer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getAllowedTransfer_From(), this.getDepartmentKind(), "from", null, 0, 1, AllowedTransfer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAllowedTransfer_To(), this.getDepartmentKind(), "to", null, 0, 1, AllowedTransfer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(rotationRuleEClass, RotationRule.class, "RotationRule", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getRotationRule_Enabled(), ecorePackage.getEBoolean(), "enabled", "true", 0, 1, RotationRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getRotationRule_Hard(), ecorePackage.getEBoolean(), "hard", "true", 0, 1, RotationRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getRotationRule_Weight(), ecorePackage.getEDouble(), "weight", "1.0", 0, 1, RotationRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$

		initEClass(noMoveAfterCourseRuleEClass, NoMoveAfterCourseRule.class, "NoMoveAfterCourseRule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getNoMoveAfterCourseRule_Months(), ecorePackage.getEInt(), "months", "12", 0, 1, NoMoveAfterCourseRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$

		initEClass(noMoveDuringLargeProjectRuleEClass, NoMoveDuringLargeProjectRule.class, "NoMoveDuringLargeProjectRule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$

		initEClass(headcountBoundRuleEClass, HeadcountBoundRule.class, "HeadcountBoundRule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getHeadcountBoundRule_Persona(), this.getPersona(), null, "persona", null, 1, 1, HeadcountBoundRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getHeadcountBoundRule_MinimumStep(), ecorePackage.getEInt(), "minimumStep", "1", 0, 1, HeadcountBoundRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getHeadcountBoundRule_Minimum(), ecorePackage.getEInt(), "minimum", null, 0, 1, HeadcountBoundRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getHeadcountBoundRule_Maximum(), ecorePackage.getEInt(), "maximum", "-1", 0, 1, HeadcountBoundRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getHeadcountBoundRule_DepartmentKind(), this.getDepartmentKind(), "departmentKind", null, 0, 1, HeadcountBoundRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(step3ToLargeProjectsRuleEClass, Step3ToLargeProjectsRule.class, "Step3ToLargeProjectsRule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getStep3ToLargeProjectsRule_Persona(), this.getPersona(), null, "persona", null, 1, 1, Step3ToLargeProjectsRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(leaveItAfterStepRuleEClass, LeaveItAfterStepRule.class, "LeaveItAfterStepRule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getLeaveItAfterStepRule_Persona(), this.getPersona(), null, "persona", null, 1, 1, LeaveItAfterStepRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLeaveItAfterStepRule_Step(), ecorePackage.getEInt(), "step", "2", 0, 1, LeaveItAfterStepRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$

		initEClass(specialistStaysInItRuleEClass, SpecialistStaysInItRule.class, "SpecialistStaysInItRule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$

		initEClass(spreadStepRuleEClass, SpreadStepRule.class, "SpreadStepRule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getSpreadStepRule_Persona(), this.getPersona(), null, "persona", null, 1, 1, SpreadStepRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getSpreadStepRule_Step(), ecorePackage.getEInt(), "step", "2", 0, 1, SpreadStepRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$

		initEClass(recruitmentChannelEClass, RecruitmentChannel.class, "RecruitmentChannel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getRecruitmentChannel_Kind(), this.getChannelKind(), "kind", null, 0, 1, RecruitmentChannel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getRecruitmentChannel_Persona(), this.getPersona(), null, "persona", null, 0, 1, RecruitmentChannel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getRecruitmentChannel_Department(), this.getDepartment(), null, "department", null, 0, 1, RecruitmentChannel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getRecruitmentChannel_Plan(), this.getYearlyCount(), null, "plan", null, 0, -1, RecruitmentChannel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRecruitmentChannel_Month(), ecorePackage.getEInt(), "month", "4", 0, 1, RecruitmentChannel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getRecruitmentChannel_FillProbability(), ecorePackage.getEDouble(), "fillProbability", "1.0", 0, 1, RecruitmentChannel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getRecruitmentChannel_PassRate(), ecorePackage.getEDouble(), "passRate", "1.0", 0, 1, RecruitmentChannel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getRecruitmentChannel_LeadTimeMonths(), ecorePackage.getEInt(), "leadTimeMonths", null, 0, 1, RecruitmentChannel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRecruitmentChannel_CostPerYear(), ecorePackage.getEInt(), "costPerYear", null, 0, 1, RecruitmentChannel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRecruitmentChannel_Fte(), ecorePackage.getEDouble(), "fte", "1.0", 0, 1, RecruitmentChannel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getRecruitmentChannel_TermYears(), ecorePackage.getEInt(), "termYears", null, 0, 1, RecruitmentChannel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(yearlyCountEClass, YearlyCount.class, "YearlyCount", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getYearlyCount_FiscalYear(), ecorePackage.getEInt(), "fiscalYear", null, 0, 1, YearlyCount.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getYearlyCount_Count(), ecorePackage.getEInt(), "count", null, 0, 1, YearlyCount.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(attritionPolicyEClass, AttritionPolicy.class, "AttritionPolicy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getAttritionPolicy_Rates(), this.getAttritionRate(), null, "rates", null, 0, -1, AttritionPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAttritionPolicy_SpecialistWithoutTrackMultiplier(), ecorePackage.getEDouble(), "specialistWithoutTrackMultiplier", "1.5", 0, 1, AttritionPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEReference(getAttritionPolicy_RetirementAges(), this.getRetirementAge(), null, "retirementAges", null, 0, -1, AttritionPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(attritionRateEClass, AttritionRate.class, "AttritionRate", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getAttritionRate_MinAge(), ecorePackage.getEInt(), "minAge", null, 0, 1, AttritionRate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAttritionRate_MaxAge(), ecorePackage.getEInt(), "maxAge", null, 0, 1, AttritionRate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAttritionRate_EmploymentType(), this.getEmploymentType(), "employmentType", null, 0, 1, AttritionRate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAttritionRate_YearlyRate(), ecorePackage.getEDouble(), "yearlyRate", null, 0, 1, AttritionRate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAttritionRate_Estimate(), this.getRateEstimate(), null, "estimate", null, 0, 1, AttritionRate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(rateEstimateEClass, RateEstimate.class, "RateEstimate", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getRateEstimate_Estimated(), ecorePackage.getEDouble(), "estimated", null, 0, 1, RateEstimate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRateEstimate_Low(), ecorePackage.getEDouble(), "low", null, 0, 1, RateEstimate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRateEstimate_High(), ecorePackage.getEDouble(), "high", null, 0, 1, RateEstimate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRateEstimate_Events(), ecorePackage.getEDouble(), "events", null, 0, 1, RateEstimate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRateEstimate_Exposure(), ecorePackage.getEDouble(), "exposure", null, 0, 1, RateEstimate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRateEstimate_FirstYear(), ecorePackage.getEInt(), "firstYear", null, 0, 1, RateEstimate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRateEstimate_LastYear(), ecorePackage.getEInt(), "lastYear", null, 0, 1, RateEstimate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRateEstimate_Alpha(), ecorePackage.getEDouble(), "alpha", null, 0, 1, RateEstimate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRateEstimate_Beta(), ecorePackage.getEDouble(), "beta", null, 0, 1, RateEstimate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(retirementAgeEClass, RetirementAge.class, "RetirementAge", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getRetirementAge_FiscalYear(), ecorePackage.getEInt(), "fiscalYear", null, 0, 1, RetirementAge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRetirementAge_Age(), ecorePackage.getEInt(), "age", null, 0, 1, RetirementAge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(targetEClass, Target.class, "Target", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getTarget_Kind(), this.getTargetKind(), "kind", null, 0, 1, Target.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getTarget_Persona(), this.getPersona(), null, "persona", null, 0, 1, Target.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTarget_MinimumStep(), ecorePackage.getEInt(), "minimumStep", "1", 0, 1, Target.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getTarget_CountBy(), this.getCountBasis(), "countBy", null, 0, 1, Target.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTarget_Scope(), this.getTargetScope(), "scope", null, 0, 1, Target.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getTarget_Department(), this.getDepartment(), null, "department", null, 0, 1, Target.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTarget_DepartmentKind(), this.getDepartmentKind(), "departmentKind", null, 0, 1, Target.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getTarget_Course(), this.getCourse(), null, "course", null, 0, 1, Target.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getTarget_Values(), this.getTargetValue(), null, "values", null, 1, -1, Target.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(targetValueEClass, TargetValue.class, "TargetValue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getTargetValue_FiscalYear(), ecorePackage.getEInt(), "fiscalYear", null, 0, 1, TargetValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTargetValue_Value(), ecorePackage.getEDouble(), "value", null, 0, 1, TargetValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(runResultEClass, RunResult.class, "RunResult", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getRunResult_Scenario(), this.getScenario(), null, "scenario", null, 0, 1, RunResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRunResult_ScenarioFile(), ecorePackage.getEString(), "scenarioFile", null, 0, 1, RunResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRunResult_Replications(), ecorePackage.getEInt(), "replications", null, 0, 1, RunResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRunResult_Seed(), ecorePackage.getELong(), "seed", null, 0, 1, RunResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRunResult_InputFingerprint(), ecorePackage.getEString(), "inputFingerprint", null, 0, 1, RunResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRunResult_CreatedAt(), ecorePackage.getEString(), "createdAt", null, 0, 1, RunResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRunResult_EngineVersion(), ecorePackage.getEString(), "engineVersion", null, 0, 1, RunResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getRunResult_Years(), this.getYearResult(), null, "years", null, 0, -1, RunResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(yearResultEClass, YearResult.class, "YearResult", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getYearResult_FiscalYear(), ecorePackage.getEInt(), "fiscalYear", null, 0, 1, YearResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getYearResult_Targets(), this.getTargetResult(), null, "targets", null, 0, -1, YearResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getYearResult_Counts(), this.getCountResult(), null, "counts", null, 0, -1, YearResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getYearResult_Flows(), this.getFlowResult(), null, "flows", null, 0, -1, YearResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(distributionEClass, Distribution.class, "Distribution", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getDistribution_Mean(), ecorePackage.getEDouble(), "mean", null, 0, 1, Distribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDistribution_P10(), ecorePackage.getEDouble(), "p10", null, 0, 1, Distribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDistribution_P50(), ecorePackage.getEDouble(), "p50", null, 0, 1, Distribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDistribution_P90(), ecorePackage.getEDouble(), "p90", null, 0, 1, Distribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(targetResultEClass, TargetResult.class, "TargetResult", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getTargetResult_Target(), this.getTarget(), null, "target", null, 0, 1, TargetResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTargetResult_TargetName(), ecorePackage.getEString(), "targetName", null, 0, 1, TargetResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTargetResult_ProbabilityMet(), ecorePackage.getEDouble(), "probabilityMet", null, 0, 1, TargetResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTargetResult_DepartmentsInScope(), ecorePackage.getEInt(), "departmentsInScope", null, 0, 1, TargetResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTargetResult_MostMissedDepartmentId(), ecorePackage.getEString(), "mostMissedDepartmentId", null, 0, 1, TargetResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTargetResult_MostMissedProbability(), ecorePackage.getEDouble(), "mostMissedProbability", null, 0, 1, TargetResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getTargetResult_DepartmentMisses(), this.getDepartmentMiss(), null, "departmentMisses", null, 0, -1, TargetResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(countResultEClass, CountResult.class, "CountResult", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getCountResult_PersonaId(), ecorePackage.getEString(), "personaId", null, 0, 1, CountResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCountResult_Step(), ecorePackage.getEInt(), "step", null, 0, 1, CountResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCountResult_BySkill(), ecorePackage.getEBoolean(), "bySkill", null, 0, 1, CountResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCountResult_DepartmentId(), ecorePackage.getEString(), "departmentId", null, 0, 1, CountResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(flowResultEClass, FlowResult.class, "FlowResult", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getFlowResult_Measure(), ecorePackage.getEString(), "measure", null, 0, 1, FlowResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getFlowResult_DepartmentId(), ecorePackage.getEString(), "departmentId", null, 0, 1, FlowResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(departmentMissEClass, DepartmentMiss.class, "DepartmentMiss", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getDepartmentMiss_DepartmentId(), ecorePackage.getEString(), "departmentId", null, 0, 1, DepartmentMiss.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDepartmentMiss_Probability(), ecorePackage.getEDouble(), "probability", null, 0, 1, DepartmentMiss.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(experimentEClass, Experiment.class, "Experiment", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getExperiment_Scenario(), this.getScenario(), null, "scenario", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getExperiment_ScenarioFile(), ecorePackage.getEString(), "scenarioFile", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getExperiment_Target(), this.getTarget(), null, "target", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getExperiment_TargetName(), ecorePackage.getEString(), "targetName", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getExperiment_FiscalYear(), ecorePackage.getEInt(), "fiscalYear", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getExperiment_Replications(), ecorePackage.getEInt(), "replications", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getExperiment_Seed(), ecorePackage.getELong(), "seed", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getExperiment_InputFingerprint(), ecorePackage.getEString(), "inputFingerprint", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getExperiment_CreatedAt(), ecorePackage.getEString(), "createdAt", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getExperiment_ElapsedSeconds(), ecorePackage.getEDouble(), "elapsedSeconds", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(leverEClass, Lever.class, "Lever", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getLever_Kind(), ecorePackage.getEString(), "kind", null, 0, 1, Lever.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLever_ElementId(), ecorePackage.getEString(), "elementId", null, 0, 1, Lever.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLever_ElementName(), ecorePackage.getEString(), "elementName", null, 0, 1, Lever.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(goalSeekExperimentEClass, GoalSeekExperiment.class, "GoalSeekExperiment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getGoalSeekExperiment_Lever(), this.getLever(), null, "lever", null, 0, 1, GoalSeekExperiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getGoalSeekExperiment_Probability(), ecorePackage.getEDouble(), "probability", null, 0, 1, GoalSeekExperiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getGoalSeekExperiment_Minimum(), ecorePackage.getEInt(), "minimum", null, 0, 1, GoalSeekExperiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getGoalSeekExperiment_Maximum(), ecorePackage.getEInt(), "maximum", null, 0, 1, GoalSeekExperiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getGoalSeekExperiment_Feasible(), ecorePackage.getEBoolean(), "feasible", null, 0, 1, GoalSeekExperiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getGoalSeekExperiment_Answer(), ecorePackage.getEInt(), "answer", null, 0, 1, GoalSeekExperiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getGoalSeekExperiment_AchievedProbability(), ecorePackage.getEDouble(), "achievedProbability", null, 0, 1, GoalSeekExperiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getGoalSeekExperiment_ProbabilityLow(), ecorePackage.getEDouble(), "probabilityLow", null, 0, 1, GoalSeekExperiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getGoalSeekExperiment_ProbabilityHigh(), ecorePackage.getEDouble(), "probabilityHigh", null, 0, 1, GoalSeekExperiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getGoalSeekExperiment_Evaluations(), this.getLeverEvaluation(), null, "evaluations", null, 0, -1, GoalSeekExperiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(leverEvaluationEClass, LeverEvaluation.class, "LeverEvaluation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getLeverEvaluation_Value(), ecorePackage.getEInt(), "value", null, 0, 1, LeverEvaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLeverEvaluation_Probability(), ecorePackage.getEDouble(), "probability", null, 0, 1, LeverEvaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLeverEvaluation_Mean(), ecorePackage.getEDouble(), "mean", null, 0, 1, LeverEvaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLeverEvaluation_Replications(), ecorePackage.getEInt(), "replications", null, 0, 1, LeverEvaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(sweepExperimentEClass, SweepExperiment.class, "SweepExperiment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getSweepExperiment_First(), this.getLever(), null, "first", null, 0, 1, SweepExperiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getSweepExperiment_FirstValues(), ecorePackage.getEInt(), "firstValues", null, 0, -1, SweepExperiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getSweepExperiment_Second(), this.getLever(), null, "second", null, 0, 1, SweepExperiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getSweepExperiment_SecondValues(), ecorePackage.getEInt(), "secondValues", null, 0, -1, SweepExperiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getSweepExperiment_Points(), this.getSweepPoint(), null, "points", null, 0, -1, SweepExperiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(sweepPointEClass, SweepPoint.class, "SweepPoint", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getSweepPoint_First(), ecorePackage.getEInt(), "first", null, 0, 1, SweepPoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getSweepPoint_Second(), ecorePackage.getEInt(), "second", null, 0, 1, SweepPoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getSweepPoint_Values(), this.getTargetOutcome(), null, "values", null, 0, -1, SweepPoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(targetOutcomeEClass, TargetOutcome.class, "TargetOutcome", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getTargetOutcome_Target(), this.getTarget(), null, "target", null, 0, 1, TargetOutcome.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTargetOutcome_TargetName(), ecorePackage.getEString(), "targetName", null, 0, 1, TargetOutcome.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTargetOutcome_Probability(), ecorePackage.getEDouble(), "probability", null, 0, 1, TargetOutcome.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTargetOutcome_Mean(), ecorePackage.getEDouble(), "mean", null, 0, 1, TargetOutcome.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(sensitivityExperimentEClass, SensitivityExperiment.class, "SensitivityExperiment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getSensitivityExperiment_Percent(), ecorePackage.getEDouble(), "percent", null, 0, 1, SensitivityExperiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getSensitivityExperiment_BaseMean(), ecorePackage.getEDouble(), "baseMean", null, 0, 1, SensitivityExperiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getSensitivityExperiment_BaseProbability(), ecorePackage.getEDouble(), "baseProbability", null, 0, 1, SensitivityExperiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getSensitivityExperiment_Bars(), this.getSensitivityBar(), null, "bars", null, 0, -1, SensitivityExperiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(sensitivityBarEClass, SensitivityBar.class, "SensitivityBar", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getSensitivityBar_Lever(), this.getLever(), null, "lever", null, 0, 1, SensitivityBar.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getSensitivityBar_LowValue(), ecorePackage.getEDouble(), "lowValue", null, 0, 1, SensitivityBar.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getSensitivityBar_HighValue(), ecorePackage.getEDouble(), "highValue", null, 0, 1, SensitivityBar.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getSensitivityBar_LowMean(), ecorePackage.getEDouble(), "lowMean", null, 0, 1, SensitivityBar.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getSensitivityBar_HighMean(), ecorePackage.getEDouble(), "highMean", null, 0, 1, SensitivityBar.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getSensitivityBar_LowProbability(), ecorePackage.getEDouble(), "lowProbability", null, 0, 1, SensitivityBar.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getSensitivityBar_HighProbability(), ecorePackage.getEDouble(), "highProbability", null, 0, 1, SensitivityBar.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(regionEClass, Region.class, "Region", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getRegion_Description(), ecorePackage.getEString(), "description", null, 0, 1, Region.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getRegion_RunSettings(), this.getRunSettings(), null, "runSettings", null, 1, 1, Region.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getRegion_Members(), this.getRegionMember(), null, "members", null, 0, -1, Region.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getRegion_Pools(), this.getPool(), null, "pools", null, 0, -1, Region.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getRegion_Courses(), this.getRegionCourse(), null, "courses", null, 0, -1, Region.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(regionMemberEClass, RegionMember.class, "RegionMember", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getRegionMember_Scenario(), this.getScenario(), null, "scenario", null, 1, 1, RegionMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRegionMember_Priority(), ecorePackage.getEInt(), "priority", "1", 0, 1, RegionMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEReference(getRegionMember_Requests(), this.getPoolRequest(), null, "requests", null, 0, -1, RegionMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getRegionMember_CourseRequests(), this.getCourseRequest(), null, "courseRequests", null, 0, -1, RegionMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getRegionMember_Secondments(), this.getSecondment(), null, "secondments", null, 0, -1, RegionMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(poolRequestEClass, PoolRequest.class, "PoolRequest", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getPoolRequest_Pool(), this.getPool(), null, "pool", null, 1, 1, PoolRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPoolRequest_Persona(), this.getPersona(), null, "persona", null, 0, 1, PoolRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPoolRequest_Department(), this.getDepartment(), null, "department", null, 0, 1, PoolRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPoolRequest_Days(), this.getYearlyCount(), null, "days", null, 0, -1, PoolRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPoolRequest_WhenShortOf(), this.getTarget(), null, "whenShortOf", null, 0, 1, PoolRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(poolEClass, Pool.class, "Pool", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getPool_InitialStaff(), ecorePackage.getEInt(), "initialStaff", null, 0, 1, Pool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPool_DaysPerWeek(), ecorePackage.getEInt(), "daysPerWeek", "5", 0, 1, Pool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEReference(getPool_Hires(), this.getYearlyCount(), null, "hires", null, 0, -1, Pool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPool_HireMonth(), ecorePackage.getEInt(), "hireMonth", "4", 0, 1, Pool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getPool_FillProbability(), ecorePackage.getEDouble(), "fillProbability", "1.0", 0, 1, Pool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getPool_TermYears(), ecorePackage.getEInt(), "termYears", null, 0, 1, Pool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPool_YearlyAttrition(), ecorePackage.getEDouble(), "yearlyAttrition", null, 0, 1, Pool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPool_CostPerPersonYear(), ecorePackage.getEInt(), "costPerPersonYear", null, 0, 1, Pool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPool_Step(), ecorePackage.getEInt(), "step", null, 0, 1, Pool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPool_Allocation(), this.getAllocationPolicy(), "allocation", null, 0, 1, Pool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPool_PrefectureShare(), ecorePackage.getEDouble(), "prefectureShare", null, 0, 1, Pool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPool_MemberSharing(), this.getCostSharing(), "memberSharing", null, 0, 1, Pool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(regionCourseEClass, RegionCourse.class, "RegionCourse", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getRegionCourse_CourseId(), ecorePackage.getEString(), "courseId", null, 0, 1, RegionCourse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getRegionCourse_Seats(), this.getYearlyCount(), null, "seats", null, 0, -1, RegionCourse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRegionCourse_Month(), ecorePackage.getEInt(), "month", "5", 0, 1, RegionCourse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getRegionCourse_Allocation(), this.getAllocationPolicy(), "allocation", null, 0, 1, RegionCourse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(courseRequestEClass, CourseRequest.class, "CourseRequest", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getCourseRequest_Course(), this.getRegionCourse(), null, "course", null, 1, 1, CourseRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getCourseRequest_Seats(), this.getYearlyCount(), null, "seats", null, 0, -1, CourseRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(secondmentEClass, Secondment.class, "Secondment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getSecondment_Pool(), this.getPool(), null, "pool", null, 1, 1, Secondment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getSecondment_Persona(), this.getPersona(), null, "persona", null, 1, 1, Secondment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getSecondment_Department(), this.getDepartment(), null, "department", null, 0, 1, Secondment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getSecondment_Staff(), this.getYearlyCount(), null, "staff", null, 0, -1, Secondment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getSecondment_TermYears(), ecorePackage.getEInt(), "termYears", "2", 0, 1, Secondment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getSecondment_StepOnReturn(), ecorePackage.getEInt(), "stepOnReturn", "2", 0, 1, Secondment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getSecondment_ServingDays(), ecorePackage.getEInt(), "servingDays", null, 0, 1, Secondment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		// Initialize enums and add enum literals
		initEEnum(municipalityKindEEnum, MunicipalityKind.class, "MunicipalityKind"); //$NON-NLS-1$
		addEEnumLiteral(municipalityKindEEnum, MunicipalityKind.SPECIAL_WARD);
		addEEnumLiteral(municipalityKindEEnum, MunicipalityKind.CITY);
		addEEnumLiteral(municipalityKindEEnum, MunicipalityKind.DESIGNATED_CITY);
		addEEnumLiteral(municipalityKindEEnum, MunicipalityKind.TOWN);
		addEEnumLiteral(municipalityKindEEnum, MunicipalityKind.VILLAGE);
		addEEnumLiteral(municipalityKindEEnum, MunicipalityKind.PREFECTURE);

		initEEnum(departmentKindEEnum, DepartmentKind.class, "DepartmentKind"); //$NON-NLS-1$
		addEEnumLiteral(departmentKindEEnum, DepartmentKind.BUSINESS);
		addEEnumLiteral(departmentKindEEnum, DepartmentKind.DX_PROMOTION);
		addEEnumLiteral(departmentKindEEnum, DepartmentKind.INFORMATION_SYSTEMS);
		addEEnumLiteral(departmentKindEEnum, DepartmentKind.HR);
		addEEnumLiteral(departmentKindEEnum, DepartmentKind.OTHER);

		initEEnum(employmentTypeEEnum, EmploymentType.class, "EmploymentType"); //$NON-NLS-1$
		addEEnumLiteral(employmentTypeEEnum, EmploymentType.REGULAR);
		addEEnumLiteral(employmentTypeEEnum, EmploymentType.FIXED_TERM);
		addEEnumLiteral(employmentTypeEEnum, EmploymentType.PART_TIME);
		addEEnumLiteral(employmentTypeEEnum, EmploymentType.OUTSOURCED);

		initEEnum(rankEEnum, Rank.class, "Rank"); //$NON-NLS-1$
		addEEnumLiteral(rankEEnum, Rank.SHUJI);
		addEEnumLiteral(rankEEnum, Rank.SHUNIN);
		addEEnumLiteral(rankEEnum, Rank.KAKARICHO);
		addEEnumLiteral(rankEEnum, Rank.KACHO_HOSA);
		addEEnumLiteral(rankEEnum, Rank.KACHO);
		addEEnumLiteral(rankEEnum, Rank.BUCHO);

		initEEnum(providerEEnum, Provider.class, "Provider"); //$NON-NLS-1$
		addEEnumLiteral(providerEEnum, Provider.MUNICIPALITY);
		addEEnumLiteral(providerEEnum, Provider.TRAINING_INSTITUTE);
		addEEnumLiteral(providerEEnum, Provider.JLIS);
		addEEnumLiteral(providerEEnum, Provider.TOKYO_GTT);
		addEEnumLiteral(providerEEnum, Provider.EXTERNAL);

		initEEnum(channelKindEEnum, ChannelKind.class, "ChannelKind"); //$NON-NLS-1$
		addEEnumLiteral(channelKindEEnum, ChannelKind.NEW_GRADUATE);
		addEEnumLiteral(channelKindEEnum, ChannelKind.ICT_SLOT);
		addEEnumLiteral(channelKindEEnum, ChannelKind.MID_CAREER);
		addEEnumLiteral(channelKindEEnum, ChannelKind.FIXED_TERM);
		addEEnumLiteral(channelKindEEnum, ChannelKind.EXTERNAL_EXPERT);
		addEEnumLiteral(channelKindEEnum, ChannelKind.SHARED_EXPERT);

		initEEnum(targetKindEEnum, TargetKind.class, "TargetKind"); //$NON-NLS-1$
		addEEnumLiteral(targetKindEEnum, TargetKind.HEADCOUNT_AT_STEP);
		addEEnumLiteral(targetKindEEnum, TargetKind.SHARE_AT_STEP);
		addEEnumLiteral(targetKindEEnum, TargetKind.NEW_HIRES);
		addEEnumLiteral(targetKindEEnum, TargetKind.COURSE_COMPLETION_RATE);

		initEEnum(targetScopeEEnum, TargetScope.class, "TargetScope"); //$NON-NLS-1$
		addEEnumLiteral(targetScopeEEnum, TargetScope.ORGANIZATION);
		addEEnumLiteral(targetScopeEEnum, TargetScope.EACH_DEPARTMENT);
		addEEnumLiteral(targetScopeEEnum, TargetScope.DEPARTMENT);
		addEEnumLiteral(targetScopeEEnum, TargetScope.DEPARTMENT_KIND);

		initEEnum(countBasisEEnum, CountBasis.class, "CountBasis"); //$NON-NLS-1$
		addEEnumLiteral(countBasisEEnum, CountBasis.ROLE);
		addEEnumLiteral(countBasisEEnum, CountBasis.SKILL);

		initEEnum(allocationPolicyEEnum, AllocationPolicy.class, "AllocationPolicy"); //$NON-NLS-1$
		addEEnumLiteral(allocationPolicyEEnum, AllocationPolicy.PRIORITY);
		addEEnumLiteral(allocationPolicyEEnum, AllocationPolicy.PROPORTIONAL);
		addEEnumLiteral(allocationPolicyEEnum, AllocationPolicy.SMALLEST_FIRST);
		addEEnumLiteral(allocationPolicyEEnum, AllocationPolicy.FIRST_COME);

		initEEnum(costSharingEEnum, CostSharing.class, "CostSharing"); //$NON-NLS-1$
		addEEnumLiteral(costSharingEEnum, CostSharing.BY_USE);
		addEEnumLiteral(costSharingEEnum, CostSharing.EQUAL);

		// Create resource
		createResource(eNS_URI);
	}

} //JinzaiPackageImpl
