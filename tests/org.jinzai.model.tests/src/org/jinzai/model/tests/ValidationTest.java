package org.jinzai.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.jinzai.model.AttritionPolicy;
import org.jinzai.model.AttritionRate;
import org.jinzai.model.Baseline;
import org.jinzai.model.Course;
import org.jinzai.model.CoursesCompletedCriterion;
import org.jinzai.model.EmploymentType;
import org.jinzai.model.HeadcountBoundRule;
import org.jinzai.model.JinzaiFactory;
import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.Persona;
import org.jinzai.model.RotationPolicy;
import org.jinzai.model.Scenario;
import org.jinzai.model.SkillItem;
import org.jinzai.model.SkillLevelCriterion;
import org.jinzai.model.StaffMember;
import org.jinzai.model.StepDefinition;
import org.jinzai.model.Target;
import org.jinzai.model.TargetKind;
import org.jinzai.model.TargetScope;
import org.jinzai.model.TargetValue;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.model.util.FiscalYears;
import org.jinzai.model.validation.ElementNames;
import org.jinzai.model.validation.JinzaiValidator;
import org.junit.jupiter.api.Test;

/** Each validation rule, shown on a model broken in exactly one way; the message says what, where and which value. */
class ValidationTest {

    private static final JinzaiFactory F = JinzaiFactory.eINSTANCE;

    private final Baseline baseline = TestModels.smallBaseline();
    private final Scenario scenario = TestModels.scenarioOf(baseline);

    ValidationTest() {
        ResourceSet set = JinzaiResources.newResourceSet();
        set.createResource(URI.createFileURI("/tmp/validation/town.jzb")).getContents().add(baseline);
        set.createResource(URI.createFileURI("/tmp/validation/plan.jzs")).getContents().add(scenario);
    }

    private List<Diagnostic> problems() {
        List<Diagnostic> all = new java.util.ArrayList<>();
        all.addAll(JinzaiValidator.validate(baseline.eResource()).getChildren());
        all.addAll(JinzaiValidator.validate(scenario.eResource()).getChildren());
        return all;
    }

    /** Exactly one problem, with this code, on this element, mentioning these texts. */
    private Diagnostic assertOneProblem(int code, Object element, String... texts) {
        List<Diagnostic> problems = problems();
        assertEquals(1, problems.size(), () -> "problems: " + problems.stream().map(Diagnostic::getMessage).toList());
        Diagnostic problem = problems.get(0);
        assertEquals(Diagnostic.ERROR, problem.getSeverity());
        assertEquals(code, problem.getCode(), problem.getMessage());
        assertSame(element, problem.getData().get(0), "the diagnostic points at the element");
        for (String text : texts) {
            // a field is named as the form names it (再任確率 / Re-appointment Probability), never by its feature name
            String shown = text;
            if (element instanceof org.eclipse.emf.ecore.EObject object && object.eClass().getEStructuralFeature(text) != null) {
                shown = org.jinzai.model.validation.ElementNames.feature(object.eClass().getEStructuralFeature(text));
                assertFalse(problem.getMessage().contains(text + " "), "no feature name in: " + problem.getMessage());
            }
            assertTrue(problem.getMessage().contains(shown), "'" + shown + "' in: " + problem.getMessage());
        }
        return problem;
    }

    @Test
    void theTestModelsAreValid() {
        assertEquals(List.of(), problems().stream().map(Diagnostic::getMessage).toList());
    }

    /** The test scenario's attrition policy: the law's retirement age of 2025 and nothing else wrong. */
    private AttritionPolicy attrition() {
        return scenario.getAttrition();
    }

    private AttritionRate band(AttritionPolicy attrition, EmploymentType type, int minAge, int maxAge) {
        AttritionRate rate = F.createAttritionRate();
        rate.setEmploymentType(type);
        rate.setMinAge(minAge);
        rate.setMaxAge(maxAge);
        rate.setYearlyRate(0.02);
        attrition.getRates().add(rate);
        return rate;
    }

    @Test
    void twoBandsThatShareAnAge() {
        AttritionPolicy attrition = attrition();
        band(attrition, EmploymentType.REGULAR, 18, 29);
        band(attrition, EmploymentType.FIXED_TERM, 18, 75); // another employment type: its own bands
        AttritionRate second = band(attrition, EmploymentType.REGULAR, 25, 39);
        band(attrition, EmploymentType.REGULAR, 40, 75); // meets the band before without overlapping
        assertOneProblem(JinzaiValidator.OVERLAP, second, "25", "39", "18", "29",
                ElementNames.literal(EmploymentType.REGULAR));
    }

    @Test
    void twoRetirementAgesForOneYear() {
        AttritionPolicy attrition = attrition();
        org.jinzai.model.RetirementAge again = F.createRetirementAge();
        again.setFiscalYear(2025);
        again.setAge(61);
        attrition.getRetirementAges().add(again);
        assertOneProblem(JinzaiValidator.DUPLICATE_YEAR, again, FiscalYears.label(2025));
    }

    @Test
    void noRetirementAgeIsAWarning() {
        AttritionPolicy attrition = attrition();
        band(attrition, EmploymentType.REGULAR, 18, 75);
        attrition.getRetirementAges().clear();
        List<Diagnostic> problems = problems();
        assertEquals(1, problems.size(), () -> "problems: " + problems.stream().map(Diagnostic::getMessage).toList());
        Diagnostic problem = problems.get(0);
        assertEquals(Diagnostic.WARNING, problem.getSeverity(), "the projection still runs");
        assertEquals(JinzaiValidator.NO_RETIREMENT_AGE, problem.getCode());
        assertSame(attrition, problem.getData().get(0));
        assertSame(JinzaiPackage.Literals.ATTRITION_POLICY__RETIREMENT_AGES, problem.getData().get(1));
        assertTrue(problem.getMessage().contains("never to retire") && problem.getMessage().contains("65"), problem.getMessage());
    }

    @Test
    void noAttritionIsAWarning() {
        scenario.setAttrition(null);
        List<Diagnostic> problems = problems();
        assertEquals(1, problems.size(), () -> "problems: " + problems.stream().map(Diagnostic::getMessage).toList());
        assertEquals(Diagnostic.WARNING, problems.get(0).getSeverity(), "the projection still runs");
        assertEquals(JinzaiValidator.NO_ATTRITION, problems.get(0).getCode());
        assertSame(scenario, problems.get(0).getData().get(0));
        assertTrue(problems.get(0).getMessage().contains("nobody leave or retire"), problems.get(0).getMessage());
    }

    @Test
    void rateOutsideZeroToOne() {
        AttritionPolicy attrition = attrition();
        AttritionRate rate = F.createAttritionRate();
        rate.setMinAge(20);
        rate.setMaxAge(29);
        rate.setYearlyRate(1.5);
        attrition.getRates().add(rate);
        scenario.setAttrition(attrition);
        assertOneProblem(JinzaiValidator.RATE, rate, "yearlyRate", "150%", "from 0 to 100%", "Attrition › Attrition Rate (1)");
    }

    @Test
    void shareTargetAboveOne() {
        Target target = scenario.getTargets().get(0);
        target.setKind(TargetKind.SHARE_AT_STEP);
        target.getValues().get(0).setValue(12.5);
        assertOneProblem(JinzaiValidator.RATE, target.getValues().get(0), "value", "1250%");
    }

    @Test
    void negativeSeatsOrHeadcount() {
        baseline.getOrganization().getDepartments().get(1).setHeadcount(-3);
        assertOneProblem(JinzaiValidator.RANGE, baseline.getOrganization().getDepartments().get(1), "headcount", "-3",
                "Department「税務課」", "between 0 and 1,000,000");
    }

    /**
     * Every number a planner can enter in a baseline or scenario is bounded by what the engine can do: the largest
     * integer, infinity and NaN are each an error naming the value (the classes of results and experiments, which the
     * product writes, are left out; so is the seed, where any number is a seed).
     */
    @Test
    void everyNumberAPlannerEntersIsBounded() {
        Set<String> written = Set.of("RunResult", "YearResult", "Distribution", "TargetResult", "CountResult", "DepartmentMiss", "Experiment",
                "GoalSeekExperiment", "SweepExperiment", "SensitivityExperiment", "LeverEvaluation", "SweepPoint", "TargetOutcome",
                "SensitivityBar");
        int checked = 0;
        for (EClassifier classifier : JinzaiPackage.eINSTANCE.getEClassifiers()) {
            if (!(classifier instanceof EClass type) || type.isAbstract() || written.contains(type.getName())
                    || type.getEAllSuperTypes().stream().anyMatch(t -> written.contains(t.getName()))) {
                continue;
            }
            for (EAttribute attribute : type.getEAllAttributes()) {
                Class<?> kind = attribute.getEType().getInstanceClass();
                if (attribute == JinzaiPackage.Literals.RUN_SETTINGS__SEED || !(kind == int.class || kind == double.class)) {
                    continue;
                }
                List<Object> extremes = kind == int.class ? List.of(Integer.MAX_VALUE, Integer.MIN_VALUE)
                        : List.of(Double.POSITIVE_INFINITY, Double.NaN, 1e300, -1.0);
                for (Object extreme : extremes) {
                    EObject object = JinzaiFactory.eINSTANCE.create(type);
                    object.eSet(attribute, extreme);
                    BasicDiagnostic chain = new BasicDiagnostic();
                    JinzaiValidator.INSTANCE.validate(type, object, chain, new java.util.HashMap<>());
                    assertTrue(chain.getChildren().stream().anyMatch(d -> d.getData().size() > 1 && d.getData().get(1) == attribute
                            && d.getMessage().contains(org.jinzai.model.validation.ElementNames.feature(attribute))),
                            () -> type.getName() + "." + attribute.getName() + " = " + extreme + " is not refused: "
                                    + chain.getChildren().stream().map(Diagnostic::getMessage).toList());
                    checked++;
                }
            }
        }
        assertTrue(checked > 100, "attributes checked: " + checked);
    }

    @Test
    void aFullTimeEquivalentIsMoreThanZero() {
        for (double fte : new double[] { 0.0, -0.0 }) {
            StaffMember staff = baseline.getStaff().get(0);
            staff.setFte(fte);
            assertOneProblem(JinzaiValidator.RANGE, staff, "fte", "more than 0");
        }
    }

    /** The simulation sums FTE exactly in ten-thousandths: a fifth decimal is refused, four are not. */
    @Test
    void aFullTimeEquivalentHasAtMostFourDecimals() {
        StaffMember staff = baseline.getStaff().get(0);
        staff.setFte(0.33333);
        assertOneProblem(JinzaiValidator.RANGE, staff, "fte", "four decimals");
        for (double fte : new double[] { 0.3333, 0.6, 0.0001, 1.0 }) {
            staff.setFte(fte);
            assertEquals(List.of(), problems().stream().map(Diagnostic::getMessage).toList(), "fte " + fte);
        }
    }

    @Test
    void valueOutsideItsRange() {
        SkillItem skill = skill("sk1", "クラウドサービス活用");
        Persona persona = baseline.getPersonas().get(0);
        StepDefinition step = F.createStepDefinition();
        step.setStep(1);
        SkillLevelCriterion criterion = F.createSkillLevelCriterion();
        criterion.setSkill(skill);
        criterion.setMinimumLevel(4);
        step.getCriteria().add(criterion);
        persona.getSteps().add(step);
        assertOneProblem(JinzaiValidator.RANGE, criterion, "minimumLevel", "4", "between 0 and 3");
    }

    @Test
    void horizonOfElevenYears() {
        scenario.getRunSettings().setHorizonYears(11);
        scenario.getTargets().clear();
        assertOneProblem(JinzaiValidator.RANGE, scenario.getRunSettings(), "horizonYears", "11", "between 1 and 10");
    }

    @Test
    void duplicateId() {
        baseline.getOrganization().getDepartments().get(1).setId("d-it");
        assertOneProblem(JinzaiValidator.DUPLICATE_ID, baseline.getOrganization().getDepartments().get(1), "d-it",
                "総務課情報係");
    }

    @Test
    void duplicateName() {
        baseline.getOrganization().getDepartments().get(1).setName("総務課情報係");
        assertOneProblem(JinzaiValidator.DUPLICATE_NAME, baseline.getOrganization().getDepartments().get(1), "総務課情報係",
                "Departments");
    }

    @Test
    void missingRequiredReference() {
        baseline.getStaff().get(1).setDepartment(null);
        assertOneProblem(JinzaiValidator.MISSING, baseline.getStaff().get(1), "department", "Staff Member (s2)");
    }

    @Test
    void danglingReferenceToADeletedDepartment() {
        Target target = scenario.getTargets().get(0);
        target.setScope(TargetScope.DEPARTMENT);
        target.setDepartment(baseline.getOrganization().getDepartments().get(1));
        // the department is deleted from the baseline, as if by another planner: the reference becomes a proxy
        org.eclipse.emf.ecore.util.EcoreUtil.delete(baseline.getOrganization().getDepartments().get(1));
        baseline.getStaff().removeIf(s -> s.getDepartment() == null || s.getDepartment().eContainer() == null);
        org.eclipse.emf.ecore.InternalEObject proxy = (org.eclipse.emf.ecore.InternalEObject) F.createDepartment();
        proxy.eSetProxyURI(baseline.eResource().getURI().appendFragment("d-tax"));
        target.setDepartment((org.jinzai.model.Department) proxy);
        // named as the forms name it: the target by its name, the reference by its label, the baseline by its name
        assertOneProblem(JinzaiValidator.DANGLING, target, "The Department of Numeric Target \"DX推進員 Step1 各課1名\"",
                "is not in the baseline \"テスト町\" (d-tax)");
    }

    @Test
    void stepCriterionRefersToACourseOfAnotherBaseline() {
        Baseline other = TestModels.smallBaseline();
        Course foreign = F.createCourse();
        foreign.setId("c-x");
        foreign.setName("他自治体の研修");
        other.getCourses().add(foreign);
        baseline.eResource().getResourceSet().createResource(URI.createFileURI("/tmp/validation/other.jzb"))
                .getContents().add(other);
        StepDefinition step = F.createStepDefinition();
        CoursesCompletedCriterion criterion = F.createCoursesCompletedCriterion();
        criterion.getCourses().add(foreign);
        step.getCriteria().add(criterion);
        baseline.getPersonas().get(0).getSteps().add(step);
        assertOneProblem(JinzaiValidator.FOREIGN, criterion, "courses", "他自治体の研修", "another baseline");
    }

    @Test
    void rotationRuleRefersToAPersonaOfAnotherBaseline() {
        Baseline other = TestModels.smallBaseline();
        baseline.eResource().getResourceSet().createResource(URI.createFileURI("/tmp/validation/other.jzb"))
                .getContents().add(other);
        RotationPolicy rotation = F.createRotationPolicy();
        HeadcountBoundRule rule = F.createHeadcountBoundRule();
        rule.setId("r1");
        rule.setName("各課にStep1以上1名");
        rule.setPersona(other.getPersonas().get(0));
        rule.setMinimum(1);
        rotation.getRules().add(rule);
        scenario.setRotation(rotation);
        assertOneProblem(JinzaiValidator.FOREIGN, rule, "persona", "another baseline");
    }

    @Test
    void aKindOfDepartmentWithTwoTenures() {
        RotationPolicy rotation = F.createRotationPolicy();
        for (int k = 0; k < 2; k++) {
            org.jinzai.model.KindTenure tenure = F.createKindTenure();
            tenure.setKind(org.jinzai.model.DepartmentKind.INFORMATION_SYSTEMS);
            rotation.getTenures().add(tenure);
        }
        scenario.setRotation(rotation);
        // the second is the one said (the first is the one a run would use)
        assertOneProblem(JinzaiValidator.DUPLICATE_KIND, rotation.getTenures().get(1), "twice");
    }

    @Test
    void aTenureOfAKindWhoseLeastExceedsItsMost() {
        RotationPolicy rotation = F.createRotationPolicy();
        org.jinzai.model.KindTenure tenure = F.createKindTenure();
        tenure.setMinTenureYears(6);
        tenure.setMaxTenureYears(4);
        rotation.getTenures().add(tenure);
        scenario.setRotation(rotation);
        assertOneProblem(JinzaiValidator.MIN_MAX, tenure, "minTenureYears", "6", "maxTenureYears", "4");
    }

    @Test
    void scenarioWithoutBaseline() {
        scenario.setBaseline(null);
        scenario.getTargets().get(0).setPersona(null);
        scenario.getTargets().get(0).setKind(TargetKind.NEW_HIRES);
        assertOneProblem(JinzaiValidator.NO_BASELINE, scenario, "no baseline");
    }

    @Test
    void scenarioWhoseBaselineFileIsMissing() {
        org.eclipse.emf.ecore.InternalEObject proxy = (org.eclipse.emf.ecore.InternalEObject) F.createBaseline();
        proxy.eSetProxyURI(URI.createFileURI("/tmp/validation/gone.jzb").appendFragment("b1"));
        scenario.setBaseline((Baseline) proxy);
        scenario.getTargets().clear();
        assertOneProblem(JinzaiValidator.NO_BASELINE, scenario, "gone.jzb", "cannot be found");
    }

    @Test
    void targetThatCannotBeEvaluated() {
        Target target = scenario.getTargets().get(0);
        target.setPersona(null);
        assertOneProblem(JinzaiValidator.TARGET_INCOMPLETE, target,
                org.jinzai.model.validation.ElementNames.literal(org.jinzai.model.TargetKind.HEADCOUNT_AT_STEP), "persona");
    }

    @Test
    void targetForAYearOutsideTheHorizon() {
        TargetValue value = scenario.getTargets().get(0).getValues().get(0);
        value.setFiscalYear(2035);
        assertOneProblem(JinzaiValidator.TARGET_YEAR, value, FiscalYears.label(2035), FiscalYears.label(2026),
                FiscalYears.label(2030));
    }

    @Test
    void twoValuesForOneYear() {
        TargetValue second = F.createTargetValue();
        second.setFiscalYear(2030);
        second.setValue(2);
        scenario.getTargets().get(0).getValues().add(second);
        assertOneProblem(JinzaiValidator.DUPLICATE_YEAR, second, "2030");
    }

    @Test
    void minimumAboveMaximum() {
        RotationPolicy rotation = F.createRotationPolicy();
        rotation.setMinTenureYears(6);
        rotation.setMaxTenureYears(4);
        scenario.setRotation(rotation);
        assertOneProblem(JinzaiValidator.MIN_MAX, rotation, "minTenureYears", "6", "maxTenureYears", "4");
    }

    @Test
    void stepDefinedTwice() {
        Persona persona = baseline.getPersonas().get(0);
        for (int i = 0; i < 2; i++) {
            StepDefinition step = F.createStepDefinition();
            step.setStep(2);
            step.getCriteria().add(F.createLeadMonthsCriterion());
            persona.getSteps().add(step);
        }
        assertOneProblem(JinzaiValidator.DUPLICATE_STEP, persona.getSteps().get(1), "Step2");
    }

    @Test
    void moreRequiredCoursesThanListed() {
        Course course = F.createCourse();
        course.setId("c1");
        course.setName("DX基礎");
        baseline.getCourses().add(course);
        StepDefinition step = F.createStepDefinition();
        CoursesCompletedCriterion criterion = F.createCoursesCompletedCriterion();
        criterion.getCourses().add(course);
        criterion.setMinimumCount(3);
        step.getCriteria().add(criterion);
        baseline.getPersonas().get(0).getSteps().add(step);
        assertOneProblem(JinzaiValidator.TOO_MANY, criterion, "3", "1");
    }

    @Test
    void fixedTermWithoutEnd() {
        baseline.getStaff().get(2).setEmploymentType(EmploymentType.FIXED_TERM);
        assertOneProblem(JinzaiValidator.FIXED_TERM_END, baseline.getStaff().get(2), "termEndFiscalYear");
    }

    @Test
    void messagesAreJapaneseUnderAJapaneseLocale() throws Exception {
        // the NLS class is loaded once per locale; read the Japanese file directly to check it is complete
        java.util.Properties en = new java.util.Properties();
        java.util.Properties ja = new java.util.Properties();
        try (var in = JinzaiValidator.class.getResourceAsStream("messages.properties");
                var inJa = JinzaiValidator.class.getResourceAsStream("messages_ja.properties")) {
            en.load(in);
            ja.load(inJa);
        }
        assertEquals(en.keySet(), ja.keySet());
        assertTrue(ja.getProperty("Validation_rate").contains("率"));
    }

    private SkillItem skill(String id, String name) {
        SkillItem skill = F.createSkillItem();
        skill.setId(id);
        skill.setName(name);
        baseline.getSkillItems().add(skill);
        return skill;
    }

    /**
     * A course's seats are named as the scenario's form names them (研修定員: its undo label says 「研修定員を変更」, its
     * problems name it so), while the seats of a region's course keep the general label (枠数).
     */
    @Test
    void aCoursesSeatsAreNamedAsTheFormNamesThem() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.JAPANESE);
            assertEquals("研修定員", ElementNames.feature(JinzaiPackage.Literals.COURSE_SEATS__SEATS));
            assertEquals("枠数", ElementNames.feature(JinzaiPackage.Literals.REGION_COURSE__SEATS));
            java.util.Locale.setDefault(java.util.Locale.ENGLISH);
            assertEquals("Training Seats", ElementNames.feature(JinzaiPackage.Literals.COURSE_SEATS__SEATS));
            assertEquals("Seats", ElementNames.feature(JinzaiPackage.Literals.REGION_COURSE__SEATS));
        } finally {
            java.util.Locale.setDefault(before);
        }
    }
}
