/**
 */
package org.jinzai.model.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.jinzai.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.jinzai.model.JinzaiPackage
 * @generated
 */
public class JinzaiSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static JinzaiPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public JinzaiSwitch() {
		if (modelPackage == null) {
			modelPackage = JinzaiPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case JinzaiPackage.NAMED_ELEMENT: {
				NamedElement namedElement = (NamedElement)theEObject;
				T result = caseNamedElement(namedElement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.BASELINE: {
				Baseline baseline = (Baseline)theEObject;
				T result = caseBaseline(baseline);
				if (result == null) result = caseNamedElement(baseline);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.ORGANIZATION: {
				Organization organization = (Organization)theEObject;
				T result = caseOrganization(organization);
				if (result == null) result = caseNamedElement(organization);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.DEPARTMENT: {
				Department department = (Department)theEObject;
				T result = caseDepartment(department);
				if (result == null) result = caseNamedElement(department);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.LARGE_PROJECT: {
				LargeProject largeProject = (LargeProject)theEObject;
				T result = caseLargeProject(largeProject);
				if (result == null) result = caseNamedElement(largeProject);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.SKILL_ITEM: {
				SkillItem skillItem = (SkillItem)theEObject;
				T result = caseSkillItem(skillItem);
				if (result == null) result = caseNamedElement(skillItem);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.PERSONA: {
				Persona persona = (Persona)theEObject;
				T result = casePersona(persona);
				if (result == null) result = caseNamedElement(persona);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.SKILL_REQUIREMENT: {
				SkillRequirement skillRequirement = (SkillRequirement)theEObject;
				T result = caseSkillRequirement(skillRequirement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.STEP_DEFINITION: {
				StepDefinition stepDefinition = (StepDefinition)theEObject;
				T result = caseStepDefinition(stepDefinition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.STEP_CRITERION: {
				StepCriterion stepCriterion = (StepCriterion)theEObject;
				T result = caseStepCriterion(stepCriterion);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.COURSES_COMPLETED_CRITERION: {
				CoursesCompletedCriterion coursesCompletedCriterion = (CoursesCompletedCriterion)theEObject;
				T result = caseCoursesCompletedCriterion(coursesCompletedCriterion);
				if (result == null) result = caseStepCriterion(coursesCompletedCriterion);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.SKILL_LEVEL_CRITERION: {
				SkillLevelCriterion skillLevelCriterion = (SkillLevelCriterion)theEObject;
				T result = caseSkillLevelCriterion(skillLevelCriterion);
				if (result == null) result = caseStepCriterion(skillLevelCriterion);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.LEAD_MONTHS_CRITERION: {
				LeadMonthsCriterion leadMonthsCriterion = (LeadMonthsCriterion)theEObject;
				T result = caseLeadMonthsCriterion(leadMonthsCriterion);
				if (result == null) result = caseStepCriterion(leadMonthsCriterion);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.PROJECTS_LED_CRITERION: {
				ProjectsLedCriterion projectsLedCriterion = (ProjectsLedCriterion)theEObject;
				T result = caseProjectsLedCriterion(projectsLedCriterion);
				if (result == null) result = caseStepCriterion(projectsLedCriterion);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.MENTORING_CRITERION: {
				MentoringCriterion mentoringCriterion = (MentoringCriterion)theEObject;
				T result = caseMentoringCriterion(mentoringCriterion);
				if (result == null) result = caseStepCriterion(mentoringCriterion);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.PREVIOUS_STEP_CRITERION: {
				PreviousStepCriterion previousStepCriterion = (PreviousStepCriterion)theEObject;
				T result = casePreviousStepCriterion(previousStepCriterion);
				if (result == null) result = caseStepCriterion(previousStepCriterion);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.COURSE: {
				Course course = (Course)theEObject;
				T result = caseCourse(course);
				if (result == null) result = caseNamedElement(course);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.SKILL_GRANT: {
				SkillGrant skillGrant = (SkillGrant)theEObject;
				T result = caseSkillGrant(skillGrant);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.STAFF_MEMBER: {
				StaffMember staffMember = (StaffMember)theEObject;
				T result = caseStaffMember(staffMember);
				if (result == null) result = caseNamedElement(staffMember);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.SKILL_LEVEL: {
				SkillLevel skillLevel = (SkillLevel)theEObject;
				T result = caseSkillLevel(skillLevel);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.STEP_REACHED: {
				StepReached stepReached = (StepReached)theEObject;
				T result = caseStepReached(stepReached);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.ROSTER_AGGREGATE: {
				RosterAggregate rosterAggregate = (RosterAggregate)theEObject;
				T result = caseRosterAggregate(rosterAggregate);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.SCENARIO: {
				Scenario scenario = (Scenario)theEObject;
				T result = caseScenario(scenario);
				if (result == null) result = caseNamedElement(scenario);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.BACKTEST_SUMMARY: {
				BacktestSummary backtestSummary = (BacktestSummary)theEObject;
				T result = caseBacktestSummary(backtestSummary);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.RUN_SETTINGS: {
				RunSettings runSettings = (RunSettings)theEObject;
				T result = caseRunSettings(runSettings);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.COURSE_SEATS: {
				CourseSeats courseSeats = (CourseSeats)theEObject;
				T result = caseCourseSeats(courseSeats);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.UPTAKE_ESTIMATE: {
				UptakeEstimate uptakeEstimate = (UptakeEstimate)theEObject;
				T result = caseUptakeEstimate(uptakeEstimate);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.DX_PROJECT_PLAN: {
				DxProjectPlan dxProjectPlan = (DxProjectPlan)theEObject;
				T result = caseDxProjectPlan(dxProjectPlan);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.APPOINTMENT_POLICY: {
				AppointmentPolicy appointmentPolicy = (AppointmentPolicy)theEObject;
				T result = caseAppointmentPolicy(appointmentPolicy);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.ROTATION_POLICY: {
				RotationPolicy rotationPolicy = (RotationPolicy)theEObject;
				T result = caseRotationPolicy(rotationPolicy);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.KIND_TENURE: {
				KindTenure kindTenure = (KindTenure)theEObject;
				T result = caseKindTenure(kindTenure);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.TENURE_ESTIMATE: {
				TenureEstimate tenureEstimate = (TenureEstimate)theEObject;
				T result = caseTenureEstimate(tenureEstimate);
				if (result == null) result = caseRateEstimate(tenureEstimate);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.ALLOWED_TRANSFER: {
				AllowedTransfer allowedTransfer = (AllowedTransfer)theEObject;
				T result = caseAllowedTransfer(allowedTransfer);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.ROTATION_RULE: {
				RotationRule rotationRule = (RotationRule)theEObject;
				T result = caseRotationRule(rotationRule);
				if (result == null) result = caseNamedElement(rotationRule);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.NO_MOVE_AFTER_COURSE_RULE: {
				NoMoveAfterCourseRule noMoveAfterCourseRule = (NoMoveAfterCourseRule)theEObject;
				T result = caseNoMoveAfterCourseRule(noMoveAfterCourseRule);
				if (result == null) result = caseRotationRule(noMoveAfterCourseRule);
				if (result == null) result = caseNamedElement(noMoveAfterCourseRule);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.NO_MOVE_DURING_LARGE_PROJECT_RULE: {
				NoMoveDuringLargeProjectRule noMoveDuringLargeProjectRule = (NoMoveDuringLargeProjectRule)theEObject;
				T result = caseNoMoveDuringLargeProjectRule(noMoveDuringLargeProjectRule);
				if (result == null) result = caseRotationRule(noMoveDuringLargeProjectRule);
				if (result == null) result = caseNamedElement(noMoveDuringLargeProjectRule);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.HEADCOUNT_BOUND_RULE: {
				HeadcountBoundRule headcountBoundRule = (HeadcountBoundRule)theEObject;
				T result = caseHeadcountBoundRule(headcountBoundRule);
				if (result == null) result = caseRotationRule(headcountBoundRule);
				if (result == null) result = caseNamedElement(headcountBoundRule);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.STEP3_TO_LARGE_PROJECTS_RULE: {
				Step3ToLargeProjectsRule step3ToLargeProjectsRule = (Step3ToLargeProjectsRule)theEObject;
				T result = caseStep3ToLargeProjectsRule(step3ToLargeProjectsRule);
				if (result == null) result = caseRotationRule(step3ToLargeProjectsRule);
				if (result == null) result = caseNamedElement(step3ToLargeProjectsRule);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.LEAVE_IT_AFTER_STEP_RULE: {
				LeaveItAfterStepRule leaveItAfterStepRule = (LeaveItAfterStepRule)theEObject;
				T result = caseLeaveItAfterStepRule(leaveItAfterStepRule);
				if (result == null) result = caseRotationRule(leaveItAfterStepRule);
				if (result == null) result = caseNamedElement(leaveItAfterStepRule);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.SPECIALIST_STAYS_IN_IT_RULE: {
				SpecialistStaysInItRule specialistStaysInItRule = (SpecialistStaysInItRule)theEObject;
				T result = caseSpecialistStaysInItRule(specialistStaysInItRule);
				if (result == null) result = caseRotationRule(specialistStaysInItRule);
				if (result == null) result = caseNamedElement(specialistStaysInItRule);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.SPREAD_STEP_RULE: {
				SpreadStepRule spreadStepRule = (SpreadStepRule)theEObject;
				T result = caseSpreadStepRule(spreadStepRule);
				if (result == null) result = caseRotationRule(spreadStepRule);
				if (result == null) result = caseNamedElement(spreadStepRule);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.RECRUITMENT_CHANNEL: {
				RecruitmentChannel recruitmentChannel = (RecruitmentChannel)theEObject;
				T result = caseRecruitmentChannel(recruitmentChannel);
				if (result == null) result = caseNamedElement(recruitmentChannel);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.YEARLY_COUNT: {
				YearlyCount yearlyCount = (YearlyCount)theEObject;
				T result = caseYearlyCount(yearlyCount);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.ATTRITION_POLICY: {
				AttritionPolicy attritionPolicy = (AttritionPolicy)theEObject;
				T result = caseAttritionPolicy(attritionPolicy);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.ATTRITION_RATE: {
				AttritionRate attritionRate = (AttritionRate)theEObject;
				T result = caseAttritionRate(attritionRate);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.RATE_ESTIMATE: {
				RateEstimate rateEstimate = (RateEstimate)theEObject;
				T result = caseRateEstimate(rateEstimate);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.RETIREMENT_AGE: {
				RetirementAge retirementAge = (RetirementAge)theEObject;
				T result = caseRetirementAge(retirementAge);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.TARGET: {
				Target target = (Target)theEObject;
				T result = caseTarget(target);
				if (result == null) result = caseNamedElement(target);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.TARGET_VALUE: {
				TargetValue targetValue = (TargetValue)theEObject;
				T result = caseTargetValue(targetValue);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.RUN_RESULT: {
				RunResult runResult = (RunResult)theEObject;
				T result = caseRunResult(runResult);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.YEAR_RESULT: {
				YearResult yearResult = (YearResult)theEObject;
				T result = caseYearResult(yearResult);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.DISTRIBUTION: {
				Distribution distribution = (Distribution)theEObject;
				T result = caseDistribution(distribution);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.TARGET_RESULT: {
				TargetResult targetResult = (TargetResult)theEObject;
				T result = caseTargetResult(targetResult);
				if (result == null) result = caseDistribution(targetResult);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.COUNT_RESULT: {
				CountResult countResult = (CountResult)theEObject;
				T result = caseCountResult(countResult);
				if (result == null) result = caseDistribution(countResult);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.FLOW_RESULT: {
				FlowResult flowResult = (FlowResult)theEObject;
				T result = caseFlowResult(flowResult);
				if (result == null) result = caseDistribution(flowResult);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.DEPARTMENT_MISS: {
				DepartmentMiss departmentMiss = (DepartmentMiss)theEObject;
				T result = caseDepartmentMiss(departmentMiss);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.EXPERIMENT: {
				Experiment experiment = (Experiment)theEObject;
				T result = caseExperiment(experiment);
				if (result == null) result = caseNamedElement(experiment);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.LEVER: {
				Lever lever = (Lever)theEObject;
				T result = caseLever(lever);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.GOAL_SEEK_EXPERIMENT: {
				GoalSeekExperiment goalSeekExperiment = (GoalSeekExperiment)theEObject;
				T result = caseGoalSeekExperiment(goalSeekExperiment);
				if (result == null) result = caseExperiment(goalSeekExperiment);
				if (result == null) result = caseNamedElement(goalSeekExperiment);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.LEVER_EVALUATION: {
				LeverEvaluation leverEvaluation = (LeverEvaluation)theEObject;
				T result = caseLeverEvaluation(leverEvaluation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.SWEEP_EXPERIMENT: {
				SweepExperiment sweepExperiment = (SweepExperiment)theEObject;
				T result = caseSweepExperiment(sweepExperiment);
				if (result == null) result = caseExperiment(sweepExperiment);
				if (result == null) result = caseNamedElement(sweepExperiment);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.SWEEP_POINT: {
				SweepPoint sweepPoint = (SweepPoint)theEObject;
				T result = caseSweepPoint(sweepPoint);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.TARGET_OUTCOME: {
				TargetOutcome targetOutcome = (TargetOutcome)theEObject;
				T result = caseTargetOutcome(targetOutcome);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.SENSITIVITY_EXPERIMENT: {
				SensitivityExperiment sensitivityExperiment = (SensitivityExperiment)theEObject;
				T result = caseSensitivityExperiment(sensitivityExperiment);
				if (result == null) result = caseExperiment(sensitivityExperiment);
				if (result == null) result = caseNamedElement(sensitivityExperiment);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.SENSITIVITY_BAR: {
				SensitivityBar sensitivityBar = (SensitivityBar)theEObject;
				T result = caseSensitivityBar(sensitivityBar);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.REGION: {
				Region region = (Region)theEObject;
				T result = caseRegion(region);
				if (result == null) result = caseNamedElement(region);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.REGION_MEMBER: {
				RegionMember regionMember = (RegionMember)theEObject;
				T result = caseRegionMember(regionMember);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.POOL_REQUEST: {
				PoolRequest poolRequest = (PoolRequest)theEObject;
				T result = casePoolRequest(poolRequest);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.POOL: {
				Pool pool = (Pool)theEObject;
				T result = casePool(pool);
				if (result == null) result = caseNamedElement(pool);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.REGION_COURSE: {
				RegionCourse regionCourse = (RegionCourse)theEObject;
				T result = caseRegionCourse(regionCourse);
				if (result == null) result = caseNamedElement(regionCourse);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.COURSE_REQUEST: {
				CourseRequest courseRequest = (CourseRequest)theEObject;
				T result = caseCourseRequest(courseRequest);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case JinzaiPackage.SECONDMENT: {
				Secondment secondment = (Secondment)theEObject;
				T result = caseSecondment(secondment);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Named Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Named Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNamedElement(NamedElement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Baseline</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Baseline</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBaseline(Baseline object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Organization</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Organization</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOrganization(Organization object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Department</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Department</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDepartment(Department object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Large Project</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Large Project</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLargeProject(LargeProject object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Skill Item</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Skill Item</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSkillItem(SkillItem object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Persona</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Persona</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePersona(Persona object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Skill Requirement</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Skill Requirement</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSkillRequirement(SkillRequirement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Step Definition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Step Definition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStepDefinition(StepDefinition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Step Criterion</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Step Criterion</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStepCriterion(StepCriterion object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Courses Completed Criterion</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Courses Completed Criterion</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCoursesCompletedCriterion(CoursesCompletedCriterion object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Skill Level Criterion</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Skill Level Criterion</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSkillLevelCriterion(SkillLevelCriterion object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Lead Months Criterion</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Lead Months Criterion</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLeadMonthsCriterion(LeadMonthsCriterion object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Projects Led Criterion</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Projects Led Criterion</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProjectsLedCriterion(ProjectsLedCriterion object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Mentoring Criterion</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Mentoring Criterion</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMentoringCriterion(MentoringCriterion object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Previous Step Criterion</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Previous Step Criterion</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePreviousStepCriterion(PreviousStepCriterion object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Course</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Course</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCourse(Course object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Skill Grant</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Skill Grant</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSkillGrant(SkillGrant object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Staff Member</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Staff Member</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStaffMember(StaffMember object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Skill Level</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Skill Level</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSkillLevel(SkillLevel object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Step Reached</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Step Reached</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStepReached(StepReached object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Roster Aggregate</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Roster Aggregate</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRosterAggregate(RosterAggregate object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Scenario</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Scenario</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseScenario(Scenario object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Backtest Summary</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Backtest Summary</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBacktestSummary(BacktestSummary object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Run Settings</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Run Settings</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRunSettings(RunSettings object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Course Seats</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Course Seats</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCourseSeats(CourseSeats object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Uptake Estimate</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Uptake Estimate</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseUptakeEstimate(UptakeEstimate object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Dx Project Plan</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Dx Project Plan</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDxProjectPlan(DxProjectPlan object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Appointment Policy</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Appointment Policy</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAppointmentPolicy(AppointmentPolicy object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Rotation Policy</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Rotation Policy</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRotationPolicy(RotationPolicy object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Kind Tenure</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Kind Tenure</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseKindTenure(KindTenure object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Tenure Estimate</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Tenure Estimate</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTenureEstimate(TenureEstimate object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Allowed Transfer</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Allowed Transfer</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAllowedTransfer(AllowedTransfer object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Rotation Rule</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Rotation Rule</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRotationRule(RotationRule object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>No Move After Course Rule</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>No Move After Course Rule</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNoMoveAfterCourseRule(NoMoveAfterCourseRule object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>No Move During Large Project Rule</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>No Move During Large Project Rule</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNoMoveDuringLargeProjectRule(NoMoveDuringLargeProjectRule object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Headcount Bound Rule</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Headcount Bound Rule</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseHeadcountBoundRule(HeadcountBoundRule object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Step3 To Large Projects Rule</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Step3 To Large Projects Rule</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStep3ToLargeProjectsRule(Step3ToLargeProjectsRule object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Leave It After Step Rule</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Leave It After Step Rule</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLeaveItAfterStepRule(LeaveItAfterStepRule object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Specialist Stays In It Rule</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Specialist Stays In It Rule</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSpecialistStaysInItRule(SpecialistStaysInItRule object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Spread Step Rule</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Spread Step Rule</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSpreadStepRule(SpreadStepRule object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Recruitment Channel</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Recruitment Channel</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRecruitmentChannel(RecruitmentChannel object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Yearly Count</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Yearly Count</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseYearlyCount(YearlyCount object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Attrition Policy</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Attrition Policy</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAttritionPolicy(AttritionPolicy object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Attrition Rate</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Attrition Rate</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAttritionRate(AttritionRate object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Rate Estimate</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Rate Estimate</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRateEstimate(RateEstimate object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Retirement Age</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Retirement Age</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRetirementAge(RetirementAge object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Target</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Target</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTarget(Target object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Target Value</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Target Value</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTargetValue(TargetValue object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Run Result</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Run Result</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRunResult(RunResult object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Year Result</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Year Result</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseYearResult(YearResult object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Distribution</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Distribution</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDistribution(Distribution object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Target Result</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Target Result</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTargetResult(TargetResult object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Count Result</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Count Result</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCountResult(CountResult object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Flow Result</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Flow Result</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFlowResult(FlowResult object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Department Miss</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Department Miss</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDepartmentMiss(DepartmentMiss object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Experiment</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Experiment</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseExperiment(Experiment object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Lever</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Lever</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLever(Lever object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Goal Seek Experiment</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Goal Seek Experiment</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGoalSeekExperiment(GoalSeekExperiment object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Lever Evaluation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Lever Evaluation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLeverEvaluation(LeverEvaluation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Sweep Experiment</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Sweep Experiment</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSweepExperiment(SweepExperiment object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Sweep Point</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Sweep Point</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSweepPoint(SweepPoint object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Target Outcome</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Target Outcome</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTargetOutcome(TargetOutcome object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Sensitivity Experiment</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Sensitivity Experiment</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSensitivityExperiment(SensitivityExperiment object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Sensitivity Bar</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Sensitivity Bar</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSensitivityBar(SensitivityBar object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Region</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Region</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRegion(Region object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Region Member</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Region Member</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRegionMember(RegionMember object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Pool Request</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Pool Request</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePoolRequest(PoolRequest object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Pool</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Pool</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePool(Pool object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Region Course</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Region Course</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRegionCourse(RegionCourse object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Course Request</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Course Request</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCourseRequest(CourseRequest object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Secondment</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Secondment</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSecondment(Secondment object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //JinzaiSwitch
