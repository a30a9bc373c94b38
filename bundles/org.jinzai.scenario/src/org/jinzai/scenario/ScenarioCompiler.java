package org.jinzai.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.jinzai.engine.SimulationInput;
import org.jinzai.engine.SimulationInput.Appointment;
import org.jinzai.engine.SimulationInput.Attrition;
import org.jinzai.engine.SimulationInput.Channel;
import org.jinzai.engine.SimulationInput.CourseRun;
import org.jinzai.engine.SimulationInput.Criterion;
import org.jinzai.engine.SimulationInput.Department;
import org.jinzai.engine.SimulationInput.Employment;
import org.jinzai.engine.SimulationInput.Posterior;
import org.jinzai.engine.SimulationInput.ProjectPlan;
import org.jinzai.engine.SimulationInput.Rotation;
import org.jinzai.engine.SimulationInput.Rule;
import org.jinzai.engine.SimulationInput.Staff;
import org.jinzai.engine.SimulationInput.TargetSpec;
import org.jinzai.engine.SimulationInput.UncertainRate;
import org.jinzai.engine.Steps;
import org.jinzai.model.AllowedTransfer;
import org.jinzai.model.AppointmentPolicy;
import org.jinzai.model.AttritionPolicy;
import org.jinzai.model.AttritionRate;
import org.jinzai.model.Baseline;
import org.jinzai.model.Course;
import org.jinzai.model.CourseSeats;
import org.jinzai.model.CoursesCompletedCriterion;
import org.jinzai.model.DepartmentKind;
import org.jinzai.model.DxProjectPlan;
import org.jinzai.model.HeadcountBoundRule;
import org.jinzai.model.LargeProject;
import org.jinzai.model.LeadMonthsCriterion;
import org.jinzai.model.LeaveItAfterStepRule;
import org.jinzai.model.MentoringCriterion;
import org.jinzai.model.NoMoveAfterCourseRule;
import org.jinzai.model.NoMoveDuringLargeProjectRule;
import org.jinzai.model.Persona;
import org.jinzai.model.PreviousStepCriterion;
import org.jinzai.model.ProjectsLedCriterion;
import org.jinzai.model.RateEstimate;
import org.jinzai.model.RecruitmentChannel;
import org.jinzai.model.RetirementAge;
import org.jinzai.model.RotationPolicy;
import org.jinzai.model.RotationRule;
import org.jinzai.model.RunSettings;
import org.jinzai.model.Scenario;
import org.jinzai.model.SkillGrant;
import org.jinzai.model.SkillLevel;
import org.jinzai.model.SkillLevelCriterion;
import org.jinzai.model.SpecialistStaysInItRule;
import org.jinzai.model.SpreadStepRule;
import org.jinzai.model.StaffMember;
import org.jinzai.model.Step3ToLargeProjectsRule;
import org.jinzai.model.StepCriterion;
import org.jinzai.model.StepDefinition;
import org.jinzai.model.StepReached;
import org.jinzai.model.Target;
import org.jinzai.model.TargetValue;
import org.jinzai.model.YearlyCount;
import org.jinzai.model.steps.StepRules;
import org.jinzai.model.templates.RosterGenerator;
import org.jinzai.model.util.Estimates;
import org.jinzai.model.validation.BaselineUses;
import org.jinzai.model.validation.ElementPaths;

/**
 * Compiles a scenario and its baseline (EMF) into the engine's input: references become indices, fiscal-year
 * lists become arrays over the horizon. Validate the scenario first; what the engine cannot use is refused
 * with the element's path, and a use of an element that the baseline no longer has with validation's message for it.
 */
public final class ScenarioCompiler {

    private final Scenario scenario;
    private final Baseline baseline;
    private final int first;
    private final int years;
    private final Map<Object, Integer> index = new IdentityHashMap<>();

    private ScenarioCompiler(Scenario scenario) {
        this.scenario = scenario;
        Baseline b = scenario.getBaseline();
        if (b == null || b.eIsProxy()) {
            throw new IllegalArgumentException(ElementPaths.of(scenario) + ": no baseline");
        }
        this.baseline = b;
        List<BaselineUses.Use> dangling = BaselineUses.dangling(scenario);
        if (!dangling.isEmpty()) {
            // what validation says of it, so that a caller that did not validate still tells the planner what to mend
            throw new IllegalArgumentException(BaselineUses.message(dangling.get(0)));
        }
        RunSettings settings = scenario.getRunSettings();
        this.first = settings.getFirstFiscalYear();
        this.years = settings.getHorizonYears();
    }

    /** The engine input of a scenario, for a run with the scenario's own seed. */
    public static SimulationInput compile(Scenario scenario) {
        return compile(scenario, scenario.getRunSettings().getSeed());
    }

    /**
     * The engine input of a scenario for a run with this seed: a baseline given only as counts is expanded into staff
     * with it, so that the run's seed (the scenario's, --seed or the preference) decides everything random in a run.
     */
    public static SimulationInput compile(Scenario scenario, long seed) {
        ScenarioCompiler compiler = new ScenarioCompiler(scenario);
        compiler.rosterSeed = seed;
        return compiler.compile();
    }

    /** The seed of the staff generated from a baseline's counts. */
    private long rosterSeed;

    private <T> void number(List<T> elements) {
        for (int i = 0; i < elements.size(); i++) {
            index.put(elements.get(i), i);
        }
    }

    private int indexOf(Object element) {
        if (element == null) {
            return -1;
        }
        Integer i = index.get(element);
        if (i == null) {
            throw new IllegalArgumentException("not in the baseline: " + ElementPaths.of((org.eclipse.emf.ecore.EObject) element));
        }
        return i;
    }

    private SimulationInput compile() {
        List<org.jinzai.model.Department> departments = baseline.getOrganization().getDepartments();
        number(departments);
        number(baseline.getSkillItems());
        number(baseline.getCourses());
        number(baseline.getPersonas());

        List<Department> engineDepartments = new ArrayList<>();
        for (org.jinzai.model.Department d : departments) {
            // each project holds its own personas in its own years
            List<SimulationInput.LargeProject> projects = new ArrayList<>();
            for (LargeProject project : d.getLargeProjects()) {
                projects.add(new SimulationInput.LargeProject(project.getFirstFiscalYear(), project.getLastFiscalYear(),
                        project.getHeldPersonas().stream().map(this::indexOf).toList()));
            }
            engineDepartments.add(new Department(d.getId(), kind(d.getKind()), d.getHeadcount(), projects));
        }
        List<SimulationInput.Course> courses = new ArrayList<>();
        for (Course c : baseline.getCourses()) {
            int[] skills = c.getGrants().stream().mapToInt(g -> indexOf(g.getSkill())).toArray();
            int[] levels = c.getGrants().stream().mapToInt(SkillGrant::getLevel).toArray();
            int[] targets = c.getTargetPersonas().stream().mapToInt(this::indexOf).toArray();
            courses.add(new SimulationInput.Course(c.getId(), skills, levels, c.getCostPerSeat(), targets));
        }
        List<SimulationInput.Persona> personas = new ArrayList<>();
        for (Persona p : baseline.getPersonas()) {
            personas.add(persona(p));
        }
        List<Staff> staff = new ArrayList<>();
        Baseline roster = baseline;
        if (baseline.getStaff().isEmpty() && !baseline.getRosterAggregates().isEmpty()) {
            // only counts: expand them (deterministically for the run's seed) on a copy
            roster = EcoreUtil.copy(baseline);
            RosterGenerator.expand(roster, first, rosterSeed);
            Map<String, Object> byId = new HashMap<>();
            baseline.eAllContents().forEachRemaining(o -> {
                if (o instanceof org.jinzai.model.NamedElement n && n.getId() != null) {
                    byId.put(n.getId(), o);
                }
            });
            for (StaffMember s : roster.getStaff()) {
                staff.add(staff(s, byId));
            }
        } else {
            for (StaffMember s : baseline.getStaff()) {
                staff.add(staff(s, null));
            }
        }
        List<CourseRun> runs = new ArrayList<>();
        for (CourseSeats seats : scenario.getCourseSeats()) {
            runs.add(new CourseRun(indexOf(seats.getCourse()), seats.getFiscalYear(), seats.getMonth(), seats.getSeats(),
                    indexOf(seats.getPriorityPersona())));
        }
        List<ProjectPlan> projects = new ArrayList<>();
        for (DxProjectPlan plan : scenario.getProjects()) {
            projects.add(new ProjectPlan(indexOf(plan.getDepartment()), plan.getFiscalYear(), plan.getCount(),
                    plan.getDurationMonths(), plan.getLeadSeats(), plan.getStartMonth()));
        }
        List<Channel> channels = new ArrayList<>();
        int general = generalPersona(staff);
        for (RecruitmentChannel c : scenario.getChannels()) {
            int[] planned = new int[years];
            for (YearlyCount count : c.getPlan()) {
                int y = count.getFiscalYear() - first;
                if (y >= 0 && y < years) {
                    planned[y] += count.getCount();
                }
            }
            channels.add(Channel.builder(c.getId(), SimulationInput.ChannelKind.valueOf(c.getKind().getName()),
                    c.getPersona() == null ? general : indexOf(c.getPersona()), indexOf(c.getDepartment())).month(c.getMonth())
                    .fill(c.getFillProbability()).passRate(c.getPassRate()).leadTimeMonths(c.getLeadTimeMonths())
                    .costPerYear(c.getCostPerYear()).fte(c.getFte()).termYears(c.getTermYears()).planned(planned)
                    .specialist(c.getKind() == org.jinzai.model.ChannelKind.ICT_SLOT).build());
        }
        List<TargetSpec> targets = new ArrayList<>();
        for (Target t : scenario.getTargets()) {
            double[] values = new double[years];
            Arrays.fill(values, Double.NaN);
            for (TargetValue v : t.getValues()) {
                int y = v.getFiscalYear() - first;
                if (y >= 0 && y < years) {
                    values[y] = v.getValue();
                }
            }
            SimulationInput.TargetScope scope = SimulationInput.TargetScope.valueOf(t.getScope().getName());
            boolean byKind = scope == SimulationInput.TargetScope.EACH_DEPARTMENT || scope == SimulationInput.TargetScope.DEPARTMENT_KIND;
            boolean bySkill = t.getCountBy() == org.jinzai.model.CountBasis.SKILL && t.getPersona() != null;
            // by role, a persona without steps counts its holders; by skill, its standard has no step to reach
            int minimumStep = bySkill ? t.getMinimumStep() : stepOf(personas, t.getPersona(), t.getMinimumStep());
            targets.add(new TargetSpec(t.getId(), SimulationInput.TargetKind.valueOf(t.getKind().getName()), indexOf(t.getPersona()),
                    minimumStep, scope, indexOf(t.getDepartment()), byKind ? kind(t.getDepartmentKind()) : null,
                    indexOf(t.getCourse()), values, bySkill));
        }
        return new SimulationInput(first, years, engineDepartments, baseline.getSkillItems().size(), courses, personas, staff,
                runs, projects, appointment(general), rotation(personas), channels, attrition(), targets);
    }

    private static SimulationInput.DepartmentKind kind(DepartmentKind kind) {
        return SimulationInput.DepartmentKind.valueOf(kind.getName());
    }

    private SimulationInput.Persona persona(Persona p) {
        List<List<Criterion>> steps = new ArrayList<>();
        boolean leads = false;
        boolean it = false;
        for (int number = 1; number <= Steps.TOP && p.isHasSteps(); number++) {
            StepDefinition definition = StepRules.definition(p, number);
            if (definition == null) {
                break;
            }
            List<Criterion> criteria = new ArrayList<>();
            for (StepCriterion criterion : definition.getCriteria()) {
                switch (criterion) {
                    case CoursesCompletedCriterion c -> criteria.add(new SimulationInput.CoursesCompleted(
                            c.getCourses().stream().mapToInt(this::indexOf).toArray(), c.getMinimumCount()));
                    case SkillLevelCriterion s -> {
                        criteria.add(new SimulationInput.SkillAtLeast(indexOf(s.getSkill()), s.getMinimumLevel()));
                        it |= !s.getSkill().isTool();
                    }
                    case LeadMonthsCriterion l -> {
                        criteria.add(new SimulationInput.LeadMonths(l.getMinimumMonths()));
                        leads = true;
                    }
                    case ProjectsLedCriterion l -> {
                        // a persona whose steps count projects led leads them (as one that counts months leading)
                        criteria.add(new SimulationInput.ProjectsLed(l.getMinimumProjects()));
                        leads = true;
                    }
                    case MentoringCriterion m -> criteria.add(new SimulationInput.MentoringMonths(m.getMinimumMonths()));
                    case PreviousStepCriterion previous -> {
                        // steps are cumulative in the engine
                    }
                    default -> throw new IllegalArgumentException(ElementPaths.of(criterion) + ": unsupported criterion");
                }
            }
            steps.add(criteria);
        }
        return new SimulationInput.Persona(p.getId(), p.isHasSteps() && !steps.isEmpty(), steps, leads, it);
    }

    /**
     * The least step a target or rule of a persona counts: as given, but 0 (every holder) for a persona without steps,
     * whose holders are all at 0 (a headcount of CIO補佐官 or 高度専門人材 counted nobody at Step1).
     */
    private int stepOf(List<SimulationInput.Persona> personas, Persona persona, int minimumStep) {
        return persona != null && !personas.get(indexOf(persona)).hasSteps() ? 0 : minimumStep;
    }

    private Staff staff(StaffMember s, Map<String, Object> byId) {
        int[] levels = new int[baseline.getSkillItems().size()];
        for (SkillLevel level : s.getSkillLevels()) {
            levels[indexOf(resolve(level.getSkill(), byId))] = level.getLevel();
        }
        int[] done = s.getCoursesCompleted().stream().mapToInt(c -> indexOf(resolve(c, byId))).toArray();
        int[] steps = new int[baseline.getPersonas().size()];
        for (StepReached reached : s.getStepsReached()) {
            steps[indexOf(resolve(reached.getPersona(), byId))] = reached.getStep();
        }
        return new Staff(s.getId(), s.getBirthYear(), s.getHireFiscalYear(), Employment.valueOf(s.getEmploymentType().getName()),
                s.getTermEndFiscalYear(), s.getFte(), s.getRank().getValue(), indexOf(resolve(s.getDepartment(), byId)),
                s.getPersona() == null ? -1 : indexOf(resolve(s.getPersona(), byId)), s.isSpecialistTrack(), s.getMonthsInPost(),
                levels, done, s.getMonthsLeading(), s.getProjectsLed(), s.getMonthsMentoring(), steps);
    }

    /** Elements of a generated copy of the baseline are matched to the original by id. */
    private static Object resolve(org.jinzai.model.NamedElement element, Map<String, Object> byId) {
        return byId == null ? element : byId.get(element.getId());
    }

    /**
     * The persona most staff of business departments have (DX promoters not re-appointed return to it), counted over the
     * staff the run starts with (a roster given as counts: the members made from them).
     */
    private int generalPersona(List<Staff> staff) {
        int[] counts = new int[baseline.getPersonas().size()];
        AppointmentPolicy policy = scenario.getAppointment();
        int promoter = policy == null ? -1 : indexOf(policy.getPersona());
        for (Staff s : staff) {
            if (s.persona() >= 0 && s.persona() != promoter && s.department() >= 0
                    && baseline.getOrganization().getDepartments().get(s.department()).getKind() == DepartmentKind.BUSINESS) {
                counts[s.persona()]++;
            }
        }
        // none (-1) when no member of a business department has another persona: nobody to appoint, and promoters who
        // are not re-appointed keep no persona (never the promoter persona itself)
        int best = -1;
        for (int p = 0; p < counts.length; p++) {
            if (counts[p] > 0 && (best < 0 || counts[p] > counts[best])) {
                best = p;
            }
        }
        return best;
    }

    private Appointment appointment(int general) {
        AppointmentPolicy a = scenario.getAppointment();
        if (a == null || a.getPersona() == null) {
            return null;
        }
        Appointment appointment = new Appointment(indexOf(a.getPersona()), general, a.getPerDepartment(), a.getTotal(), a.getYearlyAppointments(),
                a.getMinAge(), a.getMaxAge(), a.getMinMonthsInPost(), a.getReappointmentProbability());
        RateEstimate estimated = drawsEstimates() ? Estimates.inForce(a) : null;
        return estimated == null || !Estimates.drawable(estimated) ? appointment : appointment.withPosterior(estimated.getAlpha(), estimated.getBeta());
    }

    /** Whether the run draws the rates estimated from the history (and not typed over since) from their posterior. */
    private boolean drawsEstimates() {
        return scenario.getRunSettings() == null || scenario.getRunSettings().isRateUncertainty();
    }

    /** A tenure (years) longer than any run: the posts of a kind whose tenure is 0. */
    private static final int NEVER_MOVES = 99;

    private Rotation rotation(List<SimulationInput.Persona> personas) {
        RotationPolicy policy = scenario.getRotation();
        if (policy == null) {
            return null;
        }
        boolean[][] allowed = new boolean[5][5];
        if (policy.getAllowedTransfers().isEmpty()) {
            for (boolean[] row : allowed) {
                Arrays.fill(row, true);
            }
        }
        for (AllowedTransfer transfer : policy.getAllowedTransfers()) {
            allowed[kind(transfer.getFrom()).ordinal()][kind(transfer.getTo()).ordinal()] = true;
        }
        List<Rule> rules = new ArrayList<>();
        for (RotationRule rule : policy.getRules()) {
            if (!rule.isEnabled()) {
                continue;
            }
            String name = rule.getName() == null ? rule.getId() : rule.getName();
            boolean hard = rule.isHard();
            double w = rule.getWeight();
            rules.add(switch (rule) {
                case NoMoveAfterCourseRule r -> new SimulationInput.NoMoveAfterCourse(name, r.getMonths(), hard, w);
                case NoMoveDuringLargeProjectRule r -> new SimulationInput.NoMoveDuringLargeProject(name, hard, w);
                case LeaveItAfterStepRule r -> new SimulationInput.LeaveItAfterStep(name, indexOf(r.getPersona()), r.getStep(), hard, w);
                case SpecialistStaysInItRule r -> new SimulationInput.SpecialistStaysInIt(name, hard, w);
                case SpreadStepRule r -> new SimulationInput.SpreadStep(name, indexOf(r.getPersona()), r.getStep(), hard, w);
                case Step3ToLargeProjectsRule r -> new SimulationInput.Step3ToLargeProjects(name, indexOf(r.getPersona()), hard, w);
                case HeadcountBoundRule r -> new SimulationInput.HeadcountBound(name, indexOf(r.getPersona()),
                        stepOf(personas, r.getPersona(), r.getMinimumStep()), r.getMinimum(), r.getMaximum(), kind(r.getDepartmentKind()), hard, w);
                default -> throw new IllegalArgumentException(ElementPaths.of(rule) + ": unsupported rule");
            });
        }
        // the policy's tenure, but where a kind of department has its own
        int[][] tenure = new int[SimulationInput.DepartmentKind.COUNT][];
        for (DepartmentKind k : DepartmentKind.values()) {
            int[] years = org.jinzai.model.util.Tenures.of(policy, k);
            // a tenure of 0 years moves no one (as calibration reads it): longer than any run; at least a year else
            tenure[kind(k).ordinal()] = years[1] <= 0 ? new int[] { NEVER_MOVES, NEVER_MOVES } : new int[] { Math.max(1, years[0]), years[1] };
        }
        return new Rotation(tenure, policy.getMoveMonth(), allowed, rules);
    }

    private Attrition attrition() {
        AttritionPolicy policy = scenario.getAttrition();
        double[][] rates = new double[Employment.COUNT][100];
        double multiplier = 1;
        int[] retirement = new int[years];
        List<UncertainRate> uncertain = new ArrayList<>();
        if (policy != null) {
            for (AttritionRate rate : policy.getRates()) {
                Employment employment = Employment.valueOf(rate.getEmploymentType().getName());
                int from = Math.max(0, rate.getMinAge());
                int to = Math.min(99, rate.getMaxAge());
                for (int age = from; age <= to; age++) {
                    rates[employment.ordinal()][age] = rate.getYearlyRate();
                }
                RateEstimate estimated = drawsEstimates() ? Estimates.inForce(rate) : null;
                if (estimated != null && Estimates.drawable(estimated) && from <= to) {
                    uncertain.add(new UncertainRate(employment, from, to, new Posterior(estimated.getAlpha(), estimated.getBeta())));
                }
            }
            multiplier = policy.getSpecialistWithoutTrackMultiplier();
            for (int y = 0; y < years; y++) {
                retirement[y] = retirementAge(policy, first + y);
            }
        }
        return new Attrition(rates, multiplier, retirement, uncertain);
    }

    /**
     * The retirement age in force in a fiscal year: the latest set at or before it; before the first one set, that
     * first one (a table that starts with the law's next step still retires people before it); 0 when none is set.
     */
    public static int retirementAge(AttritionPolicy policy, int fiscalYear) {
        List<RetirementAge> ages = new ArrayList<>(policy.getRetirementAges());
        ages.sort((a, b) -> Integer.compare(a.getFiscalYear(), b.getFiscalYear()));
        int age = ages.isEmpty() ? 0 : ages.get(0).getAge();
        for (RetirementAge a : ages) {
            if (a.getFiscalYear() <= fiscalYear) {
                age = a.getAge();
            }
        }
        return age;
    }
}
