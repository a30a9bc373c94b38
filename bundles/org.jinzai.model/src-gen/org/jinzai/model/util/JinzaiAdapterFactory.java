/**
 */
package org.jinzai.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.jinzai.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.jinzai.model.JinzaiPackage
 * @generated
 */
public class JinzaiAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static JinzaiPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public JinzaiAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = JinzaiPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected JinzaiSwitch<Adapter> modelSwitch =
		new JinzaiSwitch<Adapter>() {
			@Override
			public Adapter caseNamedElement(NamedElement object) {
				return createNamedElementAdapter();
			}
			@Override
			public Adapter caseBaseline(Baseline object) {
				return createBaselineAdapter();
			}
			@Override
			public Adapter caseOrganization(Organization object) {
				return createOrganizationAdapter();
			}
			@Override
			public Adapter caseDepartment(Department object) {
				return createDepartmentAdapter();
			}
			@Override
			public Adapter caseLargeProject(LargeProject object) {
				return createLargeProjectAdapter();
			}
			@Override
			public Adapter caseSkillItem(SkillItem object) {
				return createSkillItemAdapter();
			}
			@Override
			public Adapter casePersona(Persona object) {
				return createPersonaAdapter();
			}
			@Override
			public Adapter caseSkillRequirement(SkillRequirement object) {
				return createSkillRequirementAdapter();
			}
			@Override
			public Adapter caseStepDefinition(StepDefinition object) {
				return createStepDefinitionAdapter();
			}
			@Override
			public Adapter caseStepCriterion(StepCriterion object) {
				return createStepCriterionAdapter();
			}
			@Override
			public Adapter caseCoursesCompletedCriterion(CoursesCompletedCriterion object) {
				return createCoursesCompletedCriterionAdapter();
			}
			@Override
			public Adapter caseSkillLevelCriterion(SkillLevelCriterion object) {
				return createSkillLevelCriterionAdapter();
			}
			@Override
			public Adapter caseLeadMonthsCriterion(LeadMonthsCriterion object) {
				return createLeadMonthsCriterionAdapter();
			}
			@Override
			public Adapter caseProjectsLedCriterion(ProjectsLedCriterion object) {
				return createProjectsLedCriterionAdapter();
			}
			@Override
			public Adapter caseMentoringCriterion(MentoringCriterion object) {
				return createMentoringCriterionAdapter();
			}
			@Override
			public Adapter casePreviousStepCriterion(PreviousStepCriterion object) {
				return createPreviousStepCriterionAdapter();
			}
			@Override
			public Adapter caseCourse(Course object) {
				return createCourseAdapter();
			}
			@Override
			public Adapter caseSkillGrant(SkillGrant object) {
				return createSkillGrantAdapter();
			}
			@Override
			public Adapter caseStaffMember(StaffMember object) {
				return createStaffMemberAdapter();
			}
			@Override
			public Adapter caseSkillLevel(SkillLevel object) {
				return createSkillLevelAdapter();
			}
			@Override
			public Adapter caseStepReached(StepReached object) {
				return createStepReachedAdapter();
			}
			@Override
			public Adapter caseRosterAggregate(RosterAggregate object) {
				return createRosterAggregateAdapter();
			}
			@Override
			public Adapter caseScenario(Scenario object) {
				return createScenarioAdapter();
			}
			@Override
			public Adapter caseBacktestSummary(BacktestSummary object) {
				return createBacktestSummaryAdapter();
			}
			@Override
			public Adapter caseRunSettings(RunSettings object) {
				return createRunSettingsAdapter();
			}
			@Override
			public Adapter caseCourseSeats(CourseSeats object) {
				return createCourseSeatsAdapter();
			}
			@Override
			public Adapter caseUptakeEstimate(UptakeEstimate object) {
				return createUptakeEstimateAdapter();
			}
			@Override
			public Adapter caseDxProjectPlan(DxProjectPlan object) {
				return createDxProjectPlanAdapter();
			}
			@Override
			public Adapter caseAppointmentPolicy(AppointmentPolicy object) {
				return createAppointmentPolicyAdapter();
			}
			@Override
			public Adapter caseRotationPolicy(RotationPolicy object) {
				return createRotationPolicyAdapter();
			}
			@Override
			public Adapter caseKindTenure(KindTenure object) {
				return createKindTenureAdapter();
			}
			@Override
			public Adapter caseTenureEstimate(TenureEstimate object) {
				return createTenureEstimateAdapter();
			}
			@Override
			public Adapter caseAllowedTransfer(AllowedTransfer object) {
				return createAllowedTransferAdapter();
			}
			@Override
			public Adapter caseRotationRule(RotationRule object) {
				return createRotationRuleAdapter();
			}
			@Override
			public Adapter caseNoMoveAfterCourseRule(NoMoveAfterCourseRule object) {
				return createNoMoveAfterCourseRuleAdapter();
			}
			@Override
			public Adapter caseNoMoveDuringLargeProjectRule(NoMoveDuringLargeProjectRule object) {
				return createNoMoveDuringLargeProjectRuleAdapter();
			}
			@Override
			public Adapter caseHeadcountBoundRule(HeadcountBoundRule object) {
				return createHeadcountBoundRuleAdapter();
			}
			@Override
			public Adapter caseStep3ToLargeProjectsRule(Step3ToLargeProjectsRule object) {
				return createStep3ToLargeProjectsRuleAdapter();
			}
			@Override
			public Adapter caseLeaveItAfterStepRule(LeaveItAfterStepRule object) {
				return createLeaveItAfterStepRuleAdapter();
			}
			@Override
			public Adapter caseSpecialistStaysInItRule(SpecialistStaysInItRule object) {
				return createSpecialistStaysInItRuleAdapter();
			}
			@Override
			public Adapter caseSpreadStepRule(SpreadStepRule object) {
				return createSpreadStepRuleAdapter();
			}
			@Override
			public Adapter caseRecruitmentChannel(RecruitmentChannel object) {
				return createRecruitmentChannelAdapter();
			}
			@Override
			public Adapter caseYearlyCount(YearlyCount object) {
				return createYearlyCountAdapter();
			}
			@Override
			public Adapter caseAttritionPolicy(AttritionPolicy object) {
				return createAttritionPolicyAdapter();
			}
			@Override
			public Adapter caseAttritionRate(AttritionRate object) {
				return createAttritionRateAdapter();
			}
			@Override
			public Adapter caseRateEstimate(RateEstimate object) {
				return createRateEstimateAdapter();
			}
			@Override
			public Adapter caseRetirementAge(RetirementAge object) {
				return createRetirementAgeAdapter();
			}
			@Override
			public Adapter caseTarget(Target object) {
				return createTargetAdapter();
			}
			@Override
			public Adapter caseTargetValue(TargetValue object) {
				return createTargetValueAdapter();
			}
			@Override
			public Adapter caseRunResult(RunResult object) {
				return createRunResultAdapter();
			}
			@Override
			public Adapter caseYearResult(YearResult object) {
				return createYearResultAdapter();
			}
			@Override
			public Adapter caseDistribution(Distribution object) {
				return createDistributionAdapter();
			}
			@Override
			public Adapter caseTargetResult(TargetResult object) {
				return createTargetResultAdapter();
			}
			@Override
			public Adapter caseCountResult(CountResult object) {
				return createCountResultAdapter();
			}
			@Override
			public Adapter caseFlowResult(FlowResult object) {
				return createFlowResultAdapter();
			}
			@Override
			public Adapter caseDepartmentMiss(DepartmentMiss object) {
				return createDepartmentMissAdapter();
			}
			@Override
			public Adapter caseExperiment(Experiment object) {
				return createExperimentAdapter();
			}
			@Override
			public Adapter caseLever(Lever object) {
				return createLeverAdapter();
			}
			@Override
			public Adapter caseGoalSeekExperiment(GoalSeekExperiment object) {
				return createGoalSeekExperimentAdapter();
			}
			@Override
			public Adapter caseLeverEvaluation(LeverEvaluation object) {
				return createLeverEvaluationAdapter();
			}
			@Override
			public Adapter caseSweepExperiment(SweepExperiment object) {
				return createSweepExperimentAdapter();
			}
			@Override
			public Adapter caseSweepPoint(SweepPoint object) {
				return createSweepPointAdapter();
			}
			@Override
			public Adapter caseTargetOutcome(TargetOutcome object) {
				return createTargetOutcomeAdapter();
			}
			@Override
			public Adapter caseSensitivityExperiment(SensitivityExperiment object) {
				return createSensitivityExperimentAdapter();
			}
			@Override
			public Adapter caseSensitivityBar(SensitivityBar object) {
				return createSensitivityBarAdapter();
			}
			@Override
			public Adapter caseRegion(Region object) {
				return createRegionAdapter();
			}
			@Override
			public Adapter caseRegionMember(RegionMember object) {
				return createRegionMemberAdapter();
			}
			@Override
			public Adapter casePoolRequest(PoolRequest object) {
				return createPoolRequestAdapter();
			}
			@Override
			public Adapter casePool(Pool object) {
				return createPoolAdapter();
			}
			@Override
			public Adapter caseRegionCourse(RegionCourse object) {
				return createRegionCourseAdapter();
			}
			@Override
			public Adapter caseCourseRequest(CourseRequest object) {
				return createCourseRequestAdapter();
			}
			@Override
			public Adapter caseSecondment(Secondment object) {
				return createSecondmentAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.NamedElement
	 * @generated
	 */
	public Adapter createNamedElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.Baseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.Baseline
	 * @generated
	 */
	public Adapter createBaselineAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.Organization <em>Organization</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.Organization
	 * @generated
	 */
	public Adapter createOrganizationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.Department <em>Department</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.Department
	 * @generated
	 */
	public Adapter createDepartmentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.LargeProject <em>Large Project</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.LargeProject
	 * @generated
	 */
	public Adapter createLargeProjectAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.SkillItem <em>Skill Item</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.SkillItem
	 * @generated
	 */
	public Adapter createSkillItemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.Persona <em>Persona</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.Persona
	 * @generated
	 */
	public Adapter createPersonaAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.SkillRequirement <em>Skill Requirement</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.SkillRequirement
	 * @generated
	 */
	public Adapter createSkillRequirementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.StepDefinition <em>Step Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.StepDefinition
	 * @generated
	 */
	public Adapter createStepDefinitionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.StepCriterion <em>Step Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.StepCriterion
	 * @generated
	 */
	public Adapter createStepCriterionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.CoursesCompletedCriterion <em>Courses Completed Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.CoursesCompletedCriterion
	 * @generated
	 */
	public Adapter createCoursesCompletedCriterionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.SkillLevelCriterion <em>Skill Level Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.SkillLevelCriterion
	 * @generated
	 */
	public Adapter createSkillLevelCriterionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.LeadMonthsCriterion <em>Lead Months Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.LeadMonthsCriterion
	 * @generated
	 */
	public Adapter createLeadMonthsCriterionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.ProjectsLedCriterion <em>Projects Led Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.ProjectsLedCriterion
	 * @generated
	 */
	public Adapter createProjectsLedCriterionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.MentoringCriterion <em>Mentoring Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.MentoringCriterion
	 * @generated
	 */
	public Adapter createMentoringCriterionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.PreviousStepCriterion <em>Previous Step Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.PreviousStepCriterion
	 * @generated
	 */
	public Adapter createPreviousStepCriterionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.Course <em>Course</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.Course
	 * @generated
	 */
	public Adapter createCourseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.SkillGrant <em>Skill Grant</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.SkillGrant
	 * @generated
	 */
	public Adapter createSkillGrantAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.StaffMember <em>Staff Member</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.StaffMember
	 * @generated
	 */
	public Adapter createStaffMemberAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.SkillLevel <em>Skill Level</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.SkillLevel
	 * @generated
	 */
	public Adapter createSkillLevelAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.StepReached <em>Step Reached</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.StepReached
	 * @generated
	 */
	public Adapter createStepReachedAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.RosterAggregate <em>Roster Aggregate</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.RosterAggregate
	 * @generated
	 */
	public Adapter createRosterAggregateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.Scenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.Scenario
	 * @generated
	 */
	public Adapter createScenarioAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.BacktestSummary <em>Backtest Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.BacktestSummary
	 * @generated
	 */
	public Adapter createBacktestSummaryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.RunSettings <em>Run Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.RunSettings
	 * @generated
	 */
	public Adapter createRunSettingsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.CourseSeats <em>Course Seats</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.CourseSeats
	 * @generated
	 */
	public Adapter createCourseSeatsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.UptakeEstimate <em>Uptake Estimate</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.UptakeEstimate
	 * @generated
	 */
	public Adapter createUptakeEstimateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.DxProjectPlan <em>Dx Project Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.DxProjectPlan
	 * @generated
	 */
	public Adapter createDxProjectPlanAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.AppointmentPolicy <em>Appointment Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.AppointmentPolicy
	 * @generated
	 */
	public Adapter createAppointmentPolicyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.RotationPolicy <em>Rotation Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.RotationPolicy
	 * @generated
	 */
	public Adapter createRotationPolicyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.KindTenure <em>Kind Tenure</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.KindTenure
	 * @generated
	 */
	public Adapter createKindTenureAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.TenureEstimate <em>Tenure Estimate</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.TenureEstimate
	 * @generated
	 */
	public Adapter createTenureEstimateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.AllowedTransfer <em>Allowed Transfer</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.AllowedTransfer
	 * @generated
	 */
	public Adapter createAllowedTransferAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.RotationRule <em>Rotation Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.RotationRule
	 * @generated
	 */
	public Adapter createRotationRuleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.NoMoveAfterCourseRule <em>No Move After Course Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.NoMoveAfterCourseRule
	 * @generated
	 */
	public Adapter createNoMoveAfterCourseRuleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.NoMoveDuringLargeProjectRule <em>No Move During Large Project Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.NoMoveDuringLargeProjectRule
	 * @generated
	 */
	public Adapter createNoMoveDuringLargeProjectRuleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.HeadcountBoundRule <em>Headcount Bound Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.HeadcountBoundRule
	 * @generated
	 */
	public Adapter createHeadcountBoundRuleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.Step3ToLargeProjectsRule <em>Step3 To Large Projects Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.Step3ToLargeProjectsRule
	 * @generated
	 */
	public Adapter createStep3ToLargeProjectsRuleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.LeaveItAfterStepRule <em>Leave It After Step Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.LeaveItAfterStepRule
	 * @generated
	 */
	public Adapter createLeaveItAfterStepRuleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.SpecialistStaysInItRule <em>Specialist Stays In It Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.SpecialistStaysInItRule
	 * @generated
	 */
	public Adapter createSpecialistStaysInItRuleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.SpreadStepRule <em>Spread Step Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.SpreadStepRule
	 * @generated
	 */
	public Adapter createSpreadStepRuleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.RecruitmentChannel <em>Recruitment Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.RecruitmentChannel
	 * @generated
	 */
	public Adapter createRecruitmentChannelAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.YearlyCount <em>Yearly Count</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.YearlyCount
	 * @generated
	 */
	public Adapter createYearlyCountAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.AttritionPolicy <em>Attrition Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.AttritionPolicy
	 * @generated
	 */
	public Adapter createAttritionPolicyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.AttritionRate <em>Attrition Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.AttritionRate
	 * @generated
	 */
	public Adapter createAttritionRateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.RateEstimate <em>Rate Estimate</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.RateEstimate
	 * @generated
	 */
	public Adapter createRateEstimateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.RetirementAge <em>Retirement Age</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.RetirementAge
	 * @generated
	 */
	public Adapter createRetirementAgeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.Target <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.Target
	 * @generated
	 */
	public Adapter createTargetAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.TargetValue <em>Target Value</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.TargetValue
	 * @generated
	 */
	public Adapter createTargetValueAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.RunResult <em>Run Result</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.RunResult
	 * @generated
	 */
	public Adapter createRunResultAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.YearResult <em>Year Result</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.YearResult
	 * @generated
	 */
	public Adapter createYearResultAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.Distribution <em>Distribution</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.Distribution
	 * @generated
	 */
	public Adapter createDistributionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.TargetResult <em>Target Result</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.TargetResult
	 * @generated
	 */
	public Adapter createTargetResultAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.CountResult <em>Count Result</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.CountResult
	 * @generated
	 */
	public Adapter createCountResultAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.FlowResult <em>Flow Result</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.FlowResult
	 * @generated
	 */
	public Adapter createFlowResultAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.DepartmentMiss <em>Department Miss</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.DepartmentMiss
	 * @generated
	 */
	public Adapter createDepartmentMissAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.Experiment <em>Experiment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.Experiment
	 * @generated
	 */
	public Adapter createExperimentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.Lever <em>Lever</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.Lever
	 * @generated
	 */
	public Adapter createLeverAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.GoalSeekExperiment <em>Goal Seek Experiment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.GoalSeekExperiment
	 * @generated
	 */
	public Adapter createGoalSeekExperimentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.LeverEvaluation <em>Lever Evaluation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.LeverEvaluation
	 * @generated
	 */
	public Adapter createLeverEvaluationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.SweepExperiment <em>Sweep Experiment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.SweepExperiment
	 * @generated
	 */
	public Adapter createSweepExperimentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.SweepPoint <em>Sweep Point</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.SweepPoint
	 * @generated
	 */
	public Adapter createSweepPointAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.TargetOutcome <em>Target Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.TargetOutcome
	 * @generated
	 */
	public Adapter createTargetOutcomeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.SensitivityExperiment <em>Sensitivity Experiment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.SensitivityExperiment
	 * @generated
	 */
	public Adapter createSensitivityExperimentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.SensitivityBar <em>Sensitivity Bar</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.SensitivityBar
	 * @generated
	 */
	public Adapter createSensitivityBarAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.Region <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.Region
	 * @generated
	 */
	public Adapter createRegionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.RegionMember <em>Region Member</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.RegionMember
	 * @generated
	 */
	public Adapter createRegionMemberAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.PoolRequest <em>Pool Request</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.PoolRequest
	 * @generated
	 */
	public Adapter createPoolRequestAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.Pool <em>Pool</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.Pool
	 * @generated
	 */
	public Adapter createPoolAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.RegionCourse <em>Region Course</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.RegionCourse
	 * @generated
	 */
	public Adapter createRegionCourseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.CourseRequest <em>Course Request</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.CourseRequest
	 * @generated
	 */
	public Adapter createCourseRequestAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jinzai.model.Secondment <em>Secondment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jinzai.model.Secondment
	 * @generated
	 */
	public Adapter createSecondmentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //JinzaiAdapterFactory
