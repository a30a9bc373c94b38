package org.jinzai.model.validation;

import static org.jinzai.model.JinzaiPackage.Literals.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.jinzai.model.AttritionPolicy;
import org.jinzai.model.AttritionRate;
import org.jinzai.model.Baseline;
import org.jinzai.model.CourseRequest;
import org.jinzai.model.CoursesCompletedCriterion;
import org.jinzai.model.EmploymentType;
import org.jinzai.model.HeadcountBoundRule;
import org.jinzai.model.KindTenure;
import org.jinzai.model.NamedElement;
import org.jinzai.model.Persona;
import org.jinzai.model.PoolRequest;
import org.jinzai.model.Region;
import org.jinzai.model.RegionMember;
import org.jinzai.model.RetirementAge;
import org.jinzai.model.RotationPolicy;
import org.jinzai.model.RunSettings;
import org.jinzai.model.Scenario;
import org.jinzai.model.Secondment;
import org.jinzai.model.StaffMember;
import org.jinzai.model.StepDefinition;
import org.jinzai.model.Target;
import org.jinzai.model.TargetKind;
import org.jinzai.model.TargetScope;
import org.jinzai.model.TargetValue;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.model.io.ModelLoadException;
import org.jinzai.model.util.FiscalYears;
import org.jinzai.model.util.Targets;

/**
 * The rules every baseline, scenario and result must satisfy before it is simulated. Each problem names
 * the element (its path from the file's root), the feature and the offending value, in Japanese or English.
 *
 * <p>Diagnostics carry {@code [element, feature, value]} as data, so the workbench can select the element
 * of a Problems-view marker.</p>
 */
public final class JinzaiValidator implements EValidator {

    /** Source of the diagnostics made here. */
    public static final String DIAGNOSTIC_SOURCE = "org.jinzai.model"; //$NON-NLS-1$

    /** Codes of the rules, one per kind of problem. */
    public static final int RATE = 1, NEGATIVE = 2, RANGE = 3, DUPLICATE_ID = 4, DUPLICATE_NAME = 5, MISSING = 6,
            DANGLING = 7, FOREIGN = 8, NO_BASELINE = 9, TARGET_INCOMPLETE = 11, TARGET_YEAR = 12,
            MIN_MAX = 13, DUPLICATE_STEP = 14, TOO_MANY = 15, FIXED_TERM_END = 16, DUPLICATE_YEAR = 17,
            UNREAD = 18, DUPLICATE_KIND = 19, REGION_YEARS = 20, DUPLICATE_MEMBER = 21, OTHER_SCENARIO = 22,
            OVERLAP = 23, NO_RETIREMENT_AGE = 24, NO_ATTRITION = 25;

    public static final JinzaiValidator INSTANCE = new JinzaiValidator();

    /** Full-time equivalents: more than 0 (a person who works), at most 1. */
    private static final Set<EAttribute> FTES = Set.of(STAFF_MEMBER__FTE, RECRUITMENT_CHANNEL__FTE);

    /**
     * Attributes with a closed range, {min, max}. Every number a planner enters has one: the upper bounds are what a
     * municipality can have (a count of staff, seats or months) and what the engine can simulate in memory and time,
     * so that a mistyped value is an error with its bounds, not a run that breaks or takes hours.
     */
    private static final Map<EAttribute, double[]> RANGES = new HashMap<>();

    private static void range(double min, double max, EAttribute... attributes) {
        for (EAttribute attribute : attributes) {
            RANGES.put(attribute, new double[] { min, max });
        }
    }

    static {
        range(0, 3, SKILL_REQUIREMENT__LEVEL, SKILL_GRANT__LEVEL, SKILL_LEVEL__LEVEL, SKILL_LEVEL_CRITERION__MINIMUM_LEVEL,
                STEP_REACHED__STEP);
        range(1, 3, STEP_DEFINITION__STEP, HEADCOUNT_BOUND_RULE__MINIMUM_STEP, TARGET__MINIMUM_STEP, LEAVE_IT_AFTER_STEP_RULE__STEP,
                SPREAD_STEP_RULE__STEP);
        range(1, 12, COURSE_SEATS__MONTH, DX_PROJECT_PLAN__START_MONTH, RECRUITMENT_CHANNEL__MONTH, ROTATION_POLICY__MOVE_MONTH);
        range(1, 10, RUN_SETTINGS__HORIZON_YEARS);
        range(1, 1_000_000, RUN_SETTINGS__REPLICATIONS);
        range(2000, 2100, RUN_SETTINGS__FIRST_FISCAL_YEAR, LARGE_PROJECT__FIRST_FISCAL_YEAR, LARGE_PROJECT__LAST_FISCAL_YEAR,
                COURSE_SEATS__FISCAL_YEAR, DX_PROJECT_PLAN__FISCAL_YEAR, YEARLY_COUNT__FISCAL_YEAR, RETIREMENT_AGE__FISCAL_YEAR,
                TARGET_VALUE__FISCAL_YEAR);
        range(55, 75, RETIREMENT_AGE__AGE);
        // people
        range(0, 20_000_000, ORGANIZATION__POPULATION);
        // a prefecture such as Tokyo has some 170,000 posts
        range(0, 1_000_000, ORGANIZATION__STATUTORY_HEADCOUNT, DEPARTMENT__HEADCOUNT);
        range(0, 100_000, ROSTER_AGGREGATE__COUNT, COURSE_SEATS__SEATS,
                APPOINTMENT_POLICY__TOTAL, APPOINTMENT_POLICY__YEARLY_APPOINTMENTS, HEADCOUNT_BOUND_RULE__MINIMUM);
        range(-1, 100_000, HEADCOUNT_BOUND_RULE__MAXIMUM); // -1: no maximum
        range(0, 10_000, YEARLY_COUNT__COUNT);
        range(0, 1_000, DX_PROJECT_PLAN__COUNT, PROJECTS_LED_CRITERION__MINIMUM_PROJECTS, STAFF_MEMBER__PROJECTS_LED,
                COURSES_COMPLETED_CRITERION__MINIMUM_COUNT);
        range(0, 100, DX_PROJECT_PLAN__LEAD_SEATS, APPOINTMENT_POLICY__PER_DEPARTMENT);
        range(0, 100, ATTRITION_RATE__MIN_AGE, ATTRITION_RATE__MAX_AGE, ROSTER_AGGREGATE__MIN_AGE, ROSTER_AGGREGATE__MAX_AGE,
                APPOINTMENT_POLICY__MIN_AGE, APPOINTMENT_POLICY__MAX_AGE);
        range(0, 2100, STAFF_MEMBER__BIRTH_YEAR, STAFF_MEMBER__HIRE_FISCAL_YEAR, STAFF_MEMBER__TERM_END_FISCAL_YEAR);
        // time
        range(1, 120, DX_PROJECT_PLAN__DURATION_MONTHS);
        range(0, 120, RECRUITMENT_CHANNEL__LEAD_TIME_MONTHS, NO_MOVE_AFTER_COURSE_RULE__MONTHS);
        range(0, 600, LEAD_MONTHS_CRITERION__MINIMUM_MONTHS, MENTORING_CRITERION__MINIMUM_MONTHS, STAFF_MEMBER__MONTHS_IN_POST,
                STAFF_MEMBER__MONTHS_LEADING, STAFF_MEMBER__MONTHS_MENTORING, APPOINTMENT_POLICY__MIN_MONTHS_IN_POST);
        range(0, 40, ROTATION_POLICY__MIN_TENURE_YEARS, ROTATION_POLICY__MAX_TENURE_YEARS, RECRUITMENT_CHANNEL__TERM_YEARS,
                TENURE_ESTIMATE__FITTED_MIN_YEARS, TENURE_ESTIMATE__FITTED_MAX_YEARS);
        range(1, 40, KIND_TENURE__MIN_TENURE_YEARS, KIND_TENURE__MAX_TENURE_YEARS);
        range(0, 1_095, COURSE__DURATION_DAYS); // secondments (派遣研修) of up to three years
        // money (yen) and weights
        range(0, 1_000_000_000, COURSE__COST_PER_SEAT, RECRUITMENT_CHANNEL__COST_PER_YEAR);
        range(0, 1_000, ROTATION_RULE__WEIGHT);
        range(0, 100, ATTRITION_POLICY__SPECIALIST_WITHOUT_TRACK_MULTIPLIER);
        range(0, 1_000_000, TARGET_VALUE__VALUE);
        // what an estimate from the history rests on (written by calibrate, shown, not typed)
        range(0, 1_000_000_000, RATE_ESTIMATE__EVENTS, RATE_ESTIMATE__EXPOSURE, RATE_ESTIMATE__ALPHA, RATE_ESTIMATE__BETA);
        range(0, 2100, RATE_ESTIMATE__FIRST_YEAR, RATE_ESTIMATE__LAST_YEAR);
        // what a backtest recorded (written by backtest --record, shown, not typed)
        range(0, 2100, BACKTEST_SUMMARY__FIRST_ORIGIN, BACKTEST_SUMMARY__LAST_ORIGIN, BACKTEST_SUMMARY__LAST_YEAR);
        range(0, 100_000_000, BACKTEST_SUMMARY__COMPARISONS, BACKTEST_SUMMARY__RUNS, UPTAKE_ESTIMATE__COMPLETIONS);
        range(0, 100_000, UPTAKE_ESTIMATE__PER_YEAR, UPTAKE_ESTIMATE__LOW, UPTAKE_ESTIMATE__HIGH);
        range(0, 2100, UPTAKE_ESTIMATE__FIRST_YEAR, UPTAKE_ESTIMATE__LAST_YEAR);
        // regions and their pools
        range(1, 1_000, REGION_MEMBER__PRIORITY);
        range(0, 10_000, POOL__INITIAL_STAFF);
        range(1, 5, POOL__DAYS_PER_WEEK);
        range(1, 12, POOL__HIRE_MONTH, REGION_COURSE__MONTH);
        range(0, 40, POOL__TERM_YEARS);
        range(0, 3, POOL__STEP, SECONDMENT__STEP_ON_RETURN);
        range(1, 10, SECONDMENT__TERM_YEARS);
        range(0, 5, SECONDMENT__SERVING_DAYS);
        range(0, 1_000_000_000, POOL__COST_PER_PERSON_YEAR);
    }

    private JinzaiValidator() {
    }

    /** The closed range {min, max} the validator holds an attribute to, or null (rates: see {@link Rates}). */
    public static double[] range(EAttribute attribute) {
        double[] range = RANGES.get(attribute);
        return range == null ? null : range.clone();
    }

    /** Whether an attribute is a full-time equivalent (more than 0, at most 1). */
    public static boolean isFullTimeEquivalent(EAttribute attribute) {
        return FTES.contains(attribute);
    }

    /** Validates everything in a resource (the roots and all their contents). */
    public static Diagnostic validate(Resource resource) {
        BasicDiagnostic result = new BasicDiagnostic(DIAGNOSTIC_SOURCE, 0,
                NLS.bind(Messages.Validation_of, ElementPaths.file(resource)), new Object[] { resource });
        Map<Object, Object> context = new HashMap<>();
        for (EObject root : resource.getContents()) {
            INSTANCE.validateTree(root, result, context);
        }
        return result;
    }

    /**
     * Validates a file together with the files it refers to (a scenario's baseline; a result's scenario and its
     * baseline), so that a baseline is held to the same rules whether it is opened alone or through a scenario. This is
     * what the command line and the workbench check before they run, compare, export, experiment on or preview a
     * scenario.
     *
     * <p>Each problem's message begins with its file, then the element as in {@link #validate(Resource)}
     * ({@code …/yamanami-cho.jzb: Baseline「やまなみ町」(…)/Persona「…」/…: …}); its data are those of
     * {@link #validate(Resource)}. A file that was loaded with errors (an element of an unknown type, a reference to an
     * id that does not exist) has an error with the line and column of the first such problem: the parser left that part
     * out, so the file is refused when opened alone, and a scenario must not run on what was left of it.</p>
     */
    public static Diagnostic validateWithReferences(Resource resource) {
        BasicDiagnostic result = new BasicDiagnostic(DIAGNOSTIC_SOURCE, 0,
                NLS.bind(Messages.Validation_of, ElementPaths.file(resource)), new Object[] { resource });
        List<Resource> files = new ArrayList<>(List.of(resource));
        for (int i = 0; i < files.size(); i++) {
            Resource file = files.get(i);
            String name = ElementPaths.file(file) + ": "; //$NON-NLS-1$
            if (!file.getErrors().isEmpty()) {
                // the first, as when the file is opened alone: the parser's later errors often follow from it
                Resource.Diagnostic error = file.getErrors().get(0);
                String reason = JinzaiResources.reasonOf(error);
                String message = error.getLine() > 0 ? NLS.bind(Messages.Validation_unreadAt,
                        new Object[] { error.getLine(), error.getColumn(), reason }) : NLS.bind(Messages.Validation_unread, reason);
                result.add(new BasicDiagnostic(Diagnostic.ERROR, DIAGNOSTIC_SOURCE, UNREAD, name + message,
                        new Object[] { file, null, error.getLine() }));
            }
            try {
                // before anything follows a reference: where it leads, and to what kind of element
                JinzaiResources.checkReferences(file);
            } catch (ModelLoadException e) {
                result.add(new BasicDiagnostic(Diagnostic.ERROR, DIAGNOSTIC_SOURCE, UNREAD, e.getMessage(),
                        new Object[] { file, null, e.getLine() }));
                continue;
            }
            for (Diagnostic problem : validate(file).getChildren()) {
                result.add(new BasicDiagnostic(problem.getSeverity(), problem.getSource(), problem.getCode(),
                        name + problem.getMessage(), problem.getData().toArray()));
            }
            if (file.getContents().isEmpty() || file.getContents().get(0) instanceof Baseline) {
                continue; // a baseline refers to no other file: no need to walk its (many) references
            }
            for (EObject referenced : EcoreUtil.ExternalCrossReferencer.find(file).keySet()) {
                Resource other = referenced.eResource();
                if (other != null && !files.contains(other)) {
                    files.add(other); // one that cannot be found is a dangling reference of the file that has it
                }
            }
        }
        return result;
    }

    /** Validates an element and everything it contains. */
    public void validateTree(EObject root, DiagnosticChain diagnostics, Map<Object, Object> context) {
        validate(root.eClass(), root, diagnostics, context);
        for (var it = root.eAllContents(); it.hasNext();) {
            EObject child = it.next();
            validate(child.eClass(), child, diagnostics, context);
        }
    }

    @Override
    public boolean validate(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate(object.eClass(), object, diagnostics, context);
    }

    @Override
    public boolean validate(EDataType type, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return true;
    }

    @Override
    public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Problems problems = new Problems(object, diagnostics);
        checkNumbers(object, problems);
        checkReferences(object, problems);
        checkUniqueness(object, problems, context);
        if (object instanceof Scenario scenario) {
            checkScenario(scenario, problems);
        } else if (object instanceof Region region) {
            checkRegion(region, problems);
        } else if (object instanceof PoolRequest request && request.getWhenShortOf() != null && !request.getWhenShortOf().eIsProxy()) {
            checkNeed(request, problems);
        } else if (object instanceof CourseRequest request && request.getCourse() != null && request.eContainer() instanceof RegionMember member
                && member.getScenario() != null && !member.getScenario().eIsProxy() && member.getScenario().getBaseline() != null
                && member.getScenario().getBaseline().getCourses().stream().noneMatch(c -> c.getId().equals(request.getCourse().getCourseId()))) {
            // the member's seats are runs of its own course of that id
            problems.error(OTHER_SCENARIO, COURSE_REQUEST__COURSE, request.getCourse().getCourseId(), NLS.bind(Messages.Validation_courseNotInBaseline,
                    request.getCourse().getName(), request.getCourse().getCourseId()));
        } else if (object instanceof Target target) {
            checkTarget(target, problems);
        } else if (object instanceof AttritionPolicy policy) {
            checkAttrition(policy, problems);
        } else if (object instanceof Persona persona) {
            checkSteps(persona, problems);
        } else if (object instanceof KindTenure tenure && tenure.eContainer() instanceof RotationPolicy policy
                && org.jinzai.model.util.Tenures.own(policy, tenure.getKind()) != tenure) {
            // one tenure per kind of department: the first would be used, the second silently ignored
            problems.error(DUPLICATE_KIND, KIND_TENURE__KIND, tenure.getKind(),
                    NLS.bind(Messages.Validation_duplicateKind, ElementNames.literal(tenure.getKind())));
        } else if (object instanceof CoursesCompletedCriterion criterion) {
            if (criterion.getMinimumCount() > criterion.getCourses().size()) {
                problems.error(TOO_MANY, COURSES_COMPLETED_CRITERION__MINIMUM_COUNT, criterion.getMinimumCount(),
                        NLS.bind(Messages.Validation_tooMany, criterion.getMinimumCount(), criterion.getCourses().size()));
            }
        } else if (object instanceof StaffMember staff && staff.getEmploymentType() == EmploymentType.FIXED_TERM
                && staff.getTermEndFiscalYear() <= 0) {
            problems.error(FIXED_TERM_END, STAFF_MEMBER__TERM_END_FISCAL_YEAR, staff.getTermEndFiscalYear(),
                    NLS.bind(Messages.Validation_fixedTermEnd, ElementNames.feature(STAFF_MEMBER__TERM_END_FISCAL_YEAR)));
        }
        checkMinMax(object, problems);
        return problems.clean;
    }

    private static void checkNumbers(EObject object, Problems problems) {
        for (EAttribute attribute : object.eClass().getEAllAttributes()) {
            Object value = object.eGet(attribute);
            if (!(value instanceof Number number)) {
                continue;
            }
            double x = number.doubleValue();
            double[] range = RANGES.get(attribute);
            if (Rates.isRate(attribute)) {
                if (!(x >= 0 && x <= 1)) {
                    problems.error(RATE, attribute, value, NLS.bind(Messages.Validation_rate, ElementNames.feature(attribute), Rates.percent(x)));
                }
            } else if (FTES.contains(attribute)) {
                // in steps of a ten-thousandth: the simulation sums FTE exactly in those units
                if (!(x > 0 && x <= 1) || Math.abs(x * 10_000 - Math.rint(x * 10_000)) > 1e-6) {
                    problems.error(RANGE, attribute, value, NLS.bind(Messages.Validation_fte, ElementNames.feature(attribute), value));
                }
            } else if (range != null) {
                if (!(x >= range[0] && x <= range[1])) {
                    problems.error(RANGE, attribute, value, NLS.bind(Messages.Validation_range,
                            new Object[] { ElementNames.feature(attribute), value, bound(range[0]), bound(range[1]) }));
                }
            } else if (!(x >= 0) || Double.isInfinite(x)) {
                problems.error(NEGATIVE, attribute, value, NLS.bind(Messages.Validation_negative, ElementNames.feature(attribute), value));
            }
        }
        if (object instanceof TargetValue value && Rates.isRate(value, TARGET_VALUE__VALUE)
                && !(value.getValue() >= 0 && value.getValue() <= 1)) {
            problems.error(RATE, TARGET_VALUE__VALUE, value.getValue(),
                    NLS.bind(Messages.Validation_rate, ElementNames.feature(TARGET_VALUE__VALUE), Rates.percent(value.getValue())));
        }
    }

    /** A bound as the user reads it: 100,000 rather than 100000.0. */
    public static String bound(double value) {
        // years and small numbers as they are (2100), larger ones grouped (100,000)
        return value != Math.rint(value) ? Double.toString(value)
                : String.format(java.util.Locale.ROOT, Math.abs(value) >= 10_000 ? "%,d" : "%d", (long) value); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static void checkReferences(EObject object, Problems problems) {
        for (EReference reference : object.eClass().getEAllReferences()) {
            if (reference.isContainer() || reference.isDerived()) {
                continue;
            }
            if (reference.isMany()) {
                List<?> values = (List<?>) object.eGet(reference, false);
                if (values.size() < reference.getLowerBound()) {
                    problems.error(MISSING, reference, null, NLS.bind(Messages.Validation_missing, ElementNames.feature(reference)));
                }
                for (Object value : values) {
                    checkTargetOf(object, reference, (EObject) value, problems);
                }
            } else {
                EObject value = (EObject) object.eGet(reference, false);
                if (value == null) {
                    if (reference.getLowerBound() > 0 && reference != SCENARIO__BASELINE) {
                        problems.error(MISSING, reference, null, NLS.bind(Messages.Validation_missing, ElementNames.feature(reference)));
                    }
                } else {
                    checkTargetOf(object, reference, value, problems);
                }
            }
        }
    }

    private static void checkTargetOf(EObject object, EReference reference, EObject value, Problems problems) {
        if (reference.isContainment()) {
            return;
        }
        EObject resolved = value.eIsProxy() ? EcoreUtil.resolve(value, object) : value;
        if (resolved.eIsProxy()) {
            BaselineUses.Use use = BaselineUses.danglingUse(object, reference, value);
            if (use != null) {
                // a scenario's use of what its baseline no longer has: named as the forms name it
                problems.errorInWords(DANGLING, reference, use.id(), BaselineUses.message(use));
            } else if (reference != SCENARIO__BASELINE) {
                problems.error(DANGLING, reference, EcoreUtil.getURI(value).fragment(),
                        NLS.bind(Messages.Validation_dangling, ElementNames.feature(reference), EcoreUtil.getURI(value).fragment()));
            }
            return;
        }
        Baseline expected = baselineOf(object);
        Baseline actual = baselineOf(resolved);
        if (expected != null && actual != null && actual != expected && reference != SCENARIO__BASELINE) {
            problems.error(FOREIGN, reference, ElementPaths.of(resolved),
                    NLS.bind(Messages.Validation_foreign, ElementNames.feature(reference), ElementPaths.of(resolved)));
        }
    }

    /**
     * The baseline an element belongs to: its own root, or the baseline of its scenario; in a region, the baseline of the
     * member it is part of (none for the region and its pools).
     */
    static Baseline baselineOf(EObject object) {
        EObject root = EcoreUtil.getRootContainer(object);
        if (root instanceof Region) {
            for (EObject at = object; at != null; at = at.eContainer()) {
                if (at instanceof RegionMember member) {
                    Scenario scenario = (Scenario) member.eGet(REGION_MEMBER__SCENARIO, true);
                    return scenario == null || scenario.eIsProxy() ? null : baselineOf(scenario);
                }
            }
            return null;
        }
        if (root instanceof Baseline baseline) {
            return baseline;
        }
        if (root instanceof Scenario scenario) {
            Baseline baseline = (Baseline) scenario.eGet(SCENARIO__BASELINE, true);
            return baseline == null || baseline.eIsProxy() ? null : baseline;
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static void checkUniqueness(EObject object, Problems problems, Map<Object, Object> context) {
        if (object instanceof NamedElement named && named.getId() != null && object.eResource() != null) {
            Map<String, EObject> ids = (Map<String, EObject>) context.computeIfAbsent(object.eResource(), r -> new HashMap<>());
            EObject first = ids.putIfAbsent(named.getId(), object);
            if (first != null && first != object) {
                problems.error(DUPLICATE_ID, NAMED_ELEMENT__ID, named.getId(),
                        NLS.bind(Messages.Validation_duplicateId, named.getId(), ElementPaths.of(first)));
            }
        }
        if (object instanceof NamedElement named && named.getId() == null) {
            problems.error(MISSING, NAMED_ELEMENT__ID, null, NLS.bind(Messages.Validation_missing, ElementNames.feature(NAMED_ELEMENT__ID)));
        }
        for (EReference containment : object.eClass().getEAllContainments()) {
            if (!containment.isMany() || !NAMED_ELEMENT.isSuperTypeOf(containment.getEReferenceType())
                    || containment == BASELINE__STAFF) {
                continue;
            }
            Set<String> names = new HashSet<>();
            for (Object child : (List<?>) object.eGet(containment)) {
                String name = ((NamedElement) child).getName();
                if (name != null && !name.isBlank() && !names.add(name)) {
                    new Problems((EObject) child, problems.chain).error(DUPLICATE_NAME, NAMED_ELEMENT__NAME, name,
                            NLS.bind(Messages.Validation_duplicateName, name, ElementNames.feature(containment)));
                }
            }
        }
    }

    private static void checkScenario(Scenario scenario, Problems problems) {
        Object baseline = scenario.eGet(SCENARIO__BASELINE, false);
        if (baseline == null) {
            problems.error(NO_BASELINE, SCENARIO__BASELINE, null, Messages.Validation_noBaseline);
        } else if (((EObject) baseline).eIsProxy() && EcoreUtil.resolve((EObject) baseline, scenario).eIsProxy()) {
            // the file as the user knows it (a workspace path or a file name), not an encoded URI
            String where = org.jinzai.model.io.JinzaiResources.display(EcoreUtil.getURI((EObject) baseline).trimFragment());
            problems.error(NO_BASELINE, SCENARIO__BASELINE, where, NLS.bind(Messages.Validation_baselineMissing, where));
        }
        if (scenario.getAttrition() == null) {
            // runs, but rarely what was meant: nobody leaves (a scenario made by the workbench has the usual rates)
            problems.warning(NO_ATTRITION, SCENARIO__ATTRITION, null, Messages.Validation_noAttrition);
        }
    }

    /** Every member plans the region's years, and is a member once. */
    private static void checkRegion(Region region, Problems problems) {
        RunSettings settings = region.getRunSettings();
        if (region.getMembers().isEmpty()) {
            problems.error(MISSING, REGION__MEMBERS, null, NLS.bind(Messages.Validation_missing, ElementNames.feature(REGION__MEMBERS)));
        }
        for (RegionMember member : region.getMembers()) {
            // what a member asks must be of this region: a pool or joint course of another is not run with it
            for (PoolRequest request : member.getRequests()) {
                if (request.getPool() != null && !request.getPool().eIsProxy() && request.getPool().eContainer() != region) {
                    new Problems(request, problems.chain).error(OTHER_SCENARIO, POOL_REQUEST__POOL, request.getPool().getName(),
                            NLS.bind(Messages.Validation_otherRegion, request.getPool().getName()));
                }
            }
            for (Secondment secondment : member.getSecondments()) {
                // (its persona and department: of the member's baseline, as any reference of the member's, see checkTargetOf)
                if (secondment.getPool() != null && !secondment.getPool().eIsProxy() && secondment.getPool().eContainer() != region) {
                    new Problems(secondment, problems.chain).error(OTHER_SCENARIO, SECONDMENT__POOL, secondment.getPool().getName(),
                            NLS.bind(Messages.Validation_otherRegion, secondment.getPool().getName()));
                }
            }
            for (CourseRequest request : member.getCourseRequests()) {
                if (request.getCourse() != null && !request.getCourse().eIsProxy() && request.getCourse().eContainer() != region) {
                    new Problems(request, problems.chain).error(OTHER_SCENARIO, COURSE_REQUEST__COURSE, request.getCourse().getName(),
                            NLS.bind(Messages.Validation_otherRegion, request.getCourse().getName()));
                }
            }
        }
        Set<Scenario> seen = new HashSet<>();
        for (RegionMember member : region.getMembers()) {
            Scenario scenario = (Scenario) member.eGet(REGION_MEMBER__SCENARIO, true);
            if (scenario == null || scenario.eIsProxy()) {
                continue; // said as a missing or dangling reference
            }
            Problems at = new Problems(member, problems.chain);
            if (!seen.add(scenario)) {
                at.error(DUPLICATE_MEMBER, REGION_MEMBER__SCENARIO, scenario.getName(),
                        NLS.bind(Messages.Validation_duplicateMember, scenario.getName()));
            }
            RunSettings own = scenario.getRunSettings();
            if (settings != null && own != null && (own.getFirstFiscalYear() != settings.getFirstFiscalYear()
                    || own.getHorizonYears() != settings.getHorizonYears())) {
                at.error(REGION_YEARS, REGION_MEMBER__SCENARIO, scenario.getName(), NLS.bind(Messages.Validation_regionYears,
                        new Object[] { scenario.getName(), years(own), years(settings) }));
            }
        }
    }

    /** A request asked when the member falls short of a target: a target of the member's own scenario that counts staff. */
    private static void checkNeed(PoolRequest request, Problems problems) {
        Target target = request.getWhenShortOf();
        if (request.eContainer() instanceof RegionMember member && target.eContainer() != member.getScenario()) {
            problems.error(OTHER_SCENARIO, POOL_REQUEST__WHEN_SHORT_OF, target.getName(), NLS.bind(Messages.Validation_otherScenario,
                    target.getName(), member.getScenario() == null ? "" : member.getScenario().getName())); //$NON-NLS-1$
        } else if (target.getKind() == TargetKind.NEW_HIRES) {
            problems.error(OTHER_SCENARIO, POOL_REQUEST__WHEN_SHORT_OF, target.getName(),
                    NLS.bind(Messages.Validation_needOfHires, target.getName()));
        }
    }

    /** The fiscal years a run covers, as the user reads them (2026年度～2030年度). */
    private static String years(RunSettings settings) {
        int first = settings.getFirstFiscalYear();
        return NLS.bind(Messages.Validation_years, FiscalYears.label(first), FiscalYears.label(first + settings.getHorizonYears() - 1));
    }

    private static void checkTarget(Target target, Problems problems) {
        TargetKind kind = target.getKind();
        if (Targets.needs(kind) == Targets.Needs.PERSONA && target.getPersona() == null) {
            problems.error(TARGET_INCOMPLETE, TARGET__PERSONA, null,
                    NLS.bind(Messages.Validation_targetNeeds, ElementNames.literal(kind), ElementNames.feature(TARGET__PERSONA)));
        }
        if (Targets.needs(kind) == Targets.Needs.COURSE && target.getCourse() == null) {
            problems.error(TARGET_INCOMPLETE, TARGET__COURSE, null,
                    NLS.bind(Messages.Validation_targetNeeds, ElementNames.literal(kind), ElementNames.feature(TARGET__COURSE)));
        }
        if (target.getScope() == TargetScope.DEPARTMENT && target.getDepartment() == null) {
            problems.error(TARGET_INCOMPLETE, TARGET__DEPARTMENT, null,
                    NLS.bind(Messages.Validation_targetNeeds, ElementNames.literal(TargetScope.DEPARTMENT), ElementNames.feature(TARGET__DEPARTMENT)));
        }
        RunSettings settings = target.eContainer() instanceof Scenario scenario ? scenario.getRunSettings() : null;
        Set<Integer> years = new HashSet<>();
        for (TargetValue value : target.getValues()) {
            Problems at = new Problems(value, problems.chain);
            if (!years.add(value.getFiscalYear())) {
                at.error(DUPLICATE_YEAR, TARGET_VALUE__FISCAL_YEAR, value.getFiscalYear(),
                        NLS.bind(Messages.Validation_duplicateYear, FiscalYears.label(value.getFiscalYear())));
            }
            if (settings != null) {
                int first = settings.getFirstFiscalYear();
                int last = first + settings.getHorizonYears() - 1;
                if (value.getFiscalYear() < first || value.getFiscalYear() > last) {
                    at.error(TARGET_YEAR, TARGET_VALUE__FISCAL_YEAR, value.getFiscalYear(),
                            NLS.bind(Messages.Validation_targetYear,
                            new Object[] { FiscalYears.label(value.getFiscalYear()), FiscalYears.label(first), FiscalYears.label(last) }));
                }
            }
        }
    }

    /**
     * Each age has one leaving rate per employment type (a run would take one band's rate for the table and the other's
     * for its drawn rates); each fiscal year one retirement age; and regular staff retire: without a retirement age
     * nobody does (a warning: the projection runs, but it is rarely what was meant).
     */
    private static void checkAttrition(AttritionPolicy policy, Problems problems) {
        List<AttritionRate> rates = policy.getRates();
        for (int k = 1; k < rates.size(); k++) {
            AttritionRate rate = rates.get(k);
            for (AttritionRate earlier : rates.subList(0, k)) {
                if (earlier.getEmploymentType() == rate.getEmploymentType() && Math.max(earlier.getMinAge(), rate.getMinAge())
                        <= Math.min(earlier.getMaxAge(), rate.getMaxAge())) {
                    new Problems(rate, problems.chain).error(OVERLAP, ATTRITION_RATE__MIN_AGE, rate.getMinAge(),
                            NLS.bind(Messages.Validation_overlap, new Object[] { ElementNames.literal(rate.getEmploymentType()),
                                    rate.getMinAge(), rate.getMaxAge(), earlier.getMinAge(), earlier.getMaxAge() }));
                    break;
                }
            }
        }
        Set<Integer> years = new HashSet<>();
        for (RetirementAge age : policy.getRetirementAges()) {
            if (!years.add(age.getFiscalYear())) {
                new Problems(age, problems.chain).error(DUPLICATE_YEAR, RETIREMENT_AGE__FISCAL_YEAR, age.getFiscalYear(),
                        NLS.bind(Messages.Validation_duplicateYear, FiscalYears.label(age.getFiscalYear())));
            }
        }
        if (policy.getRetirementAges().isEmpty()) {
            problems.warning(NO_RETIREMENT_AGE, ATTRITION_POLICY__RETIREMENT_AGES, null, Messages.Validation_noRetirementAge);
        }
    }

    private static void checkSteps(Persona persona, Problems problems) {
        Set<Integer> steps = new HashSet<>();
        for (StepDefinition step : persona.getSteps()) {
            if (!steps.add(step.getStep())) {
                new Problems(step, problems.chain).error(DUPLICATE_STEP, STEP_DEFINITION__STEP, step.getStep(),
                        NLS.bind(Messages.Validation_duplicateStep, step.getStep()));
            }
        }
    }

    /** Pairs of attributes where the first must not exceed the second. */
    private static final EAttribute[][] ORDERED_PAIRS = {
            { ATTRITION_RATE__MIN_AGE, ATTRITION_RATE__MAX_AGE }, { ROSTER_AGGREGATE__MIN_AGE, ROSTER_AGGREGATE__MAX_AGE },
            { APPOINTMENT_POLICY__MIN_AGE, APPOINTMENT_POLICY__MAX_AGE },
            { ROTATION_POLICY__MIN_TENURE_YEARS, ROTATION_POLICY__MAX_TENURE_YEARS }, { KIND_TENURE__MIN_TENURE_YEARS, KIND_TENURE__MAX_TENURE_YEARS },
            { LARGE_PROJECT__FIRST_FISCAL_YEAR, LARGE_PROJECT__LAST_FISCAL_YEAR } };

    private static void checkMinMax(EObject object, Problems problems) {
        for (EAttribute[] pair : ORDERED_PAIRS) {
            if (pair[0].getEContainingClass().isInstance(object)) {
                int low = (Integer) object.eGet(pair[0]);
                int high = (Integer) object.eGet(pair[1]);
                if (low > high) {
                    problems.error(MIN_MAX, pair[0], low,
                            NLS.bind(Messages.Validation_minMax, new Object[] { ElementNames.feature(pair[0]), low, ElementNames.feature(pair[1]), high }));
                }
            }
        }
        if (object instanceof HeadcountBoundRule rule && rule.getMaximum() >= 0 && rule.getMinimum() > rule.getMaximum()) {
            problems.error(MIN_MAX, HEADCOUNT_BOUND_RULE__MINIMUM, rule.getMinimum(), NLS.bind(Messages.Validation_minMax,
                    new Object[] { ElementNames.feature(HEADCOUNT_BOUND_RULE__MINIMUM), rule.getMinimum(),
                            ElementNames.feature(HEADCOUNT_BOUND_RULE__MAXIMUM), rule.getMaximum() }));
        }
    }

    /** Adds diagnostics about one element. */
    private static final class Problems {
        final EObject object;
        final DiagnosticChain chain;
        boolean clean = true;

        Problems(EObject object, DiagnosticChain chain) {
            this.object = object;
            this.chain = chain;
        }

        /** A problem whose message names the element itself, in the planner's words (no element path before it). */
        void errorInWords(int code, EStructuralFeature feature, Object value, String message) {
            clean = false;
            if (chain != null) {
                chain.add(new BasicDiagnostic(Diagnostic.ERROR, DIAGNOSTIC_SOURCE, code, message, new Object[] { object, feature, value }));
            }
        }

        void error(int code, EStructuralFeature feature, Object value, String message) {
            clean = false;
            add(Diagnostic.ERROR, code, feature, value, message);
        }

        /** A problem that does not stop a run: what it projects is rarely what was meant. */
        void warning(int code, EStructuralFeature feature, Object value, String message) {
            add(Diagnostic.WARNING, code, feature, value, message);
        }

        private void add(int severity, int code, EStructuralFeature feature, Object value, String message) {
            if (chain != null) {
                chain.add(new BasicDiagnostic(severity, DIAGNOSTIC_SOURCE, code,
                        ElementPaths.of(object) + ": " + message, new Object[] { object, feature, value })); //$NON-NLS-1$
            }
        }
    }
}
