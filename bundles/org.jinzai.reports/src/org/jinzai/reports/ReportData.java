package org.jinzai.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jinzai.engine.RunOptions;
import org.jinzai.engine.SimulationInput;
import org.jinzai.engine.SimulationInput.CourseRun;
import org.jinzai.engine.SimulationInput.Staff;
import org.jinzai.engine.SimulationResult;
import org.jinzai.engine.SimulationResult.DepartmentFlow;
import org.jinzai.engine.SimulationResult.Flow;
import org.jinzai.engine.Steps;
import org.jinzai.engine.Summary;
import org.jinzai.model.CountResult;
import org.jinzai.model.Department;
import org.jinzai.model.DepartmentMiss;
import org.jinzai.model.Distribution;
import org.jinzai.model.FlowResult;
import org.jinzai.model.GoalSeekExperiment;
import org.jinzai.model.Lever;
import org.jinzai.model.Persona;
import org.jinzai.model.RotationRule;
import org.jinzai.model.RunResult;
import org.jinzai.model.Scenario;
import org.jinzai.model.Target;
import org.jinzai.model.TargetResult;
import org.jinzai.model.YearResult;
import org.jinzai.model.util.FiscalYears;
import org.jinzai.scenario.Experiments;
import org.jinzai.scenario.Levers;
import org.jinzai.scenario.ScenarioRunner;

/**
 * What a report shows, taken once from a scenario and its run: the same numbers feed the workbook, the policy
 * document and their charts. Names are the planner's; fiscal years carry both 2026 and 令和8年度.
 */
public final class ReportData {

    /**
     * A target per fiscal year: the value set (NaN where none), the projection and the probability of meeting it;
     * {@code departments}: a target of every 課, whose values count the 課 that meet it; then {@code mostMissed[y]} is
     * the 課 that misses it most often in year y and {@code mostMissedProbability[y]} how often (null / 0 if none does).
     */
    public record TargetRow(String id, String name, boolean share, double[] wanted, Summary[] projected, double[] probability,
            boolean departments, String[] mostMissed, double[] mostMissedProbability, org.jinzai.model.util.Targets.Unit unit) {
    }

    /**
     * A persona's headcount (FTE) at each step: at the start, and the projected mean and range per year, of the
     * role's holders ({@code projected}) and of every member who has reached the step of its standard whatever
     * their role ({@code reached}, by skill).
     */
    public record PersonaRow(String id, String name, boolean hasSteps, double[] atStart, Summary[][] projected,
            Summary[][] reached) {
    }

    /**
     * A persona as the policy document describes it (求められる人材像, スキル基準): the skill items it needs with their
     * level, and the description of its Step1-3 (empty where the baseline gives none).
     */
    public record PersonaProfile(String name, boolean external, boolean hasSteps, List<String> skills, List<String> steps) {
    }

    /** Headcount of a persona at a step or above in a department, mean per year. */
    public record DepartmentRow(String persona, int step, String department, double[] mean) {
    }

    /** A department (課) of the organization, in the baseline's order. */
    public record DepartmentRef(String id, String name) {
    }

    /**
     * One 課 over the fiscal years, for the drill-down: its staff by persona and step, its flows per
     * {@link DepartmentFlow} ({@code flows[flow.ordinal()][y]}; null when the results were saved before flows per 課
     * were recorded) and the targets of every 課 that concern it, with how often this 課 misses each.
     */
    public record DepartmentDetail(String id, String name, List<DepartmentStaffRow> staff, Summary[][] flows,
            List<DepartmentTargetRow> targets) {
    }

    /** FTE of a persona's holders in one 課 at each step: {@code perYear[y][step]} (a persona without steps: step 0). */
    public record DepartmentStaffRow(String persona, boolean hasSteps, Summary[][] perYear) {
    }

    /**
     * A target of every 課 as one 課 sees it: per fiscal year the probability that this 課 misses it (NaN throughout
     * when the results were saved before misses per 課 were recorded).
     */
    public record DepartmentTargetRow(String target, double[] missed, double[] wanted) {
    }

    /** A planned measure per fiscal year: seats of a course, hires of a channel. */
    public record MeasureRow(String kind, String name, double[] perYear, String unit, boolean fractional) {
        /** A measure counted in people (seats, hires). */
        public MeasureRow(String kind, String name, double[] perYear) {
            this(kind, name, perYear, null, false);
        }
    }

    /** What a region's pool gives a member, as its 方針 states it: a sentence, and its rows among the measures. */
    private final List<String> poolSupport = new ArrayList<>();

    /** The sentences on the support from a region's talent pools this organization counts on (empty when none). */
    public List<String> poolSupport() {
        return poolSupport;
    }

    /**
     * Says that the numbers are those of a region's joint run (its file and seed): a member of a region draws with a seed
     * of its own made from the region's, so that its run is reproduced by running the region, not the scenario alone.
     */
    public ReportData withRegionRun(String region, String file, long seed) {
        poolSupport.add(texts.get("docx.regionRun", region, file, Long.toString(seed))); //$NON-NLS-1$
        return this;
    }

    /**
     * Adds the support a member of a region counts on from one of the region's pools: a sentence (the region, the pool,
     * what it asks and when) and, among the measures, the days a week it receives (the mean) and its share of the pool's
     * cost (given in yen, shown in thousands as the plan's own cost; the mean) in each fiscal year.
     */
    public ReportData withPoolSupport(String region, String pool, int daysAsked, String whenShortOf, double[] received, double[] costShare) {
        poolSupport.add(whenShortOf == null ? texts.get("docx.poolSupport", region, pool, daysAsked) //$NON-NLS-1$
                : texts.get("docx.poolSupportWhenShort", region, pool, daysAsked, whenShortOf)); //$NON-NLS-1$
        measures.add(new MeasureRow(texts.get("measure.pool"), pool, received.clone(), texts.get("docx.unitDays"), true)); //$NON-NLS-1$ //$NON-NLS-2$
        double[] thousands = new double[costShare.length];
        for (int y = 0; y < thousands.length; y++) {
            thousands[y] = costShare[y] / 1000; // in thousands of yen, as the plan's own cost
        }
        measures.add(new MeasureRow(texts.get("measure.poolCost"), pool, thousands, texts.get("docx.unitYen"), false)); //$NON-NLS-1$ //$NON-NLS-2$
        return this;
    }

    /**
     * Adds the staff a member of a region sends to one of its pools (人材交流): a sentence with the persona, the staff sent
     * each fiscal year ({@code sent[y]} in {@code firstFiscalYear + y}), the years away and the step they come back with
     * (0: none).
     */
    public ReportData withSecondment(String region, String pool, String persona, int firstFiscalYear, int[] sent, int termYears, int step) {
        List<String> years = new ArrayList<>();
        for (int y = 0; y < sent.length; y++) {
            if (sent[y] > 0) {
                years.add(texts.get("docx.secondmentYear", org.jinzai.model.util.FiscalYears.label(firstFiscalYear + y, texts.locale()), //$NON-NLS-1$
                        Integer.toString(sent[y])));
            }
        }
        if (!years.isEmpty()) {
            String when = String.join(texts.get("docx.secondmentSeparator"), years); //$NON-NLS-1$
            poolSupport.add(step > 0 ? texts.get("docx.secondment", region, pool, persona, when, Integer.toString(termYears), Integer.toString(step)) //$NON-NLS-1$
                    : texts.get("docx.secondmentNoStep", region, pool, persona, when, Integer.toString(termYears))); //$NON-NLS-1$
        }
        return this;
    }

    private final Texts texts;
    private final String scenarioName;
    private final String baselineName;
    private final String organizationName;
    private final int replications;
    private final long seed;
    private final String fingerprint;
    /** What the footnote says of the rates estimated from the history ("" when none is). */
    private final String calibration;
    private final LocalDate date;
    private final int[] fiscalYears;
    private final List<TargetRow> targets = new ArrayList<>();
    private final List<PersonaRow> personas = new ArrayList<>();
    private final List<DepartmentRow> departments = new ArrayList<>();
    private final List<MeasureRow> measures = new ArrayList<>();
    private final List<String> rules = new ArrayList<>();
    private String appointment;
    private final Summary[][] flows;
    private final List<String> goalSeeks = new ArrayList<>();
    private final List<PersonaProfile> profiles = new ArrayList<>();
    private final List<String> goalSeeksNeeded = new ArrayList<>();
    private final List<DepartmentRef> departmentRefs = new ArrayList<>();
    /** Makes the drill-down of a 課 by its index in {@link #departmentRefs}, when asked (see {@link #departmentDetail}). */
    private java.util.function.IntFunction<DepartmentDetail> detailOf = d -> null;
    private final Map<String, DepartmentDetail> details = new HashMap<>();

    private ReportData(Scenario scenario, RunOptions options, ScenarioRunner.Run run, Locale locale, LocalDate date) {
        this.texts = new Texts(locale);
        SimulationInput input = run.input();
        SimulationResult result = run.result();
        this.scenarioName = scenario.getName();
        this.baselineName = scenario.getBaseline().getName();
        profiles.addAll(profilesOf(scenario));
        this.organizationName = scenario.getBaseline().getOrganization() == null ? baselineName
                : scenario.getBaseline().getOrganization().getName();
        this.replications = options.replications();
        this.seed = options.seed();
        this.fingerprint = run.model() == null ? "" : run.model().getInputFingerprint(); //$NON-NLS-1$
        this.date = date;
        this.calibration = calibration(scenario, texts);
        int years = result.years();
        this.fiscalYears = new int[years];
        for (int y = 0; y < years; y++) {
            fiscalYears[y] = result.firstFiscalYear() + y;
        }
        for (int t = 0; t < result.targets(); t++) {
            Target target = scenario.getTargets().get(t);
            Summary[] projected = new Summary[years];
            double[] probability = new double[years];
            for (int y = 0; y < years; y++) {
                projected[y] = result.targetSummary(t, y);
                probability[y] = result.probabilityMet(t, y);
            }
            boolean share = Formats.isShare(target);
            double[] wanted = new double[years];
            for (int y = 0; y < years; y++) {
                // a target of every department counts the departments that meet it
                wanted[y] = org.jinzai.engine.TargetValues.wanted(input, input.targets().get(t), y);
            }
            String[] missed = new String[years];
            double[] missedProbability = new double[years];
            var departmentList = scenario.getBaseline().getOrganization().getDepartments();
            for (int y = 0; y < years && result.departmentsInScope(t) > 0; y++) {
                int worst = result.mostMissedDepartment(t, y);
                if (worst >= 0) {
                    missed[y] = name(departmentList.get(worst).getName(), departmentList.get(worst).getId());
                    missedProbability[y] = result.probabilityDepartmentMisses(t, y, worst);
                }
            }
            targets.add(new TargetRow(target.getId(), name(target.getName(), target.getId()), share, wanted, projected,
                    probability, result.departmentsInScope(t) > 0, missed, missedProbability, org.jinzai.model.util.Targets.unit(target)));
        }
        List<Persona> personaModels = scenario.getBaseline().getPersonas();
        double[][] start = new double[personaModels.size()][Steps.COUNT];
        for (Staff s : input.staff()) {
            if (s.persona() >= 0) {
                start[s.persona()][input.personas().get(s.persona()).hasSteps() ? s.stepByPersona()[s.persona()] : 0] += s.fte();
            }
        }
        List<Department> departmentModels = scenario.getBaseline().getOrganization().getDepartments();
        for (int p = 0; p < personaModels.size(); p++) {
            Summary[][] projected = new Summary[years][Steps.COUNT];
            Summary[][] reached = new Summary[years][Steps.COUNT];
            boolean hasSteps = input.personas().get(p).hasSteps();
            for (int y = 0; y < years; y++) {
                for (int s = 0; s <= Steps.TOP; s++) {
                    projected[y][s] = result.countSummary(y, p, s, -1);
                    reached[y][s] = hasSteps ? result.skillCountSummary(y, p, s, -1) : Summary.ZERO;
                }
            }
            Persona persona = personaModels.get(p);
            personas.add(new PersonaRow(persona.getId(), name(persona.getName(), persona.getId()), hasSteps, start[p], projected,
                    reached));
            for (int s = 1; hasSteps && s <= Steps.TOP; s++) {
                for (int d = 0; d < departmentModels.size(); d++) {
                    double[] mean = new double[years];
                    boolean any = false;
                    for (int y = 0; y < years; y++) {
                        for (int k = s; k <= Steps.TOP; k++) {
                            mean[y] += result.countSummary(y, p, k, d).mean();
                        }
                        any |= mean[y] > 0;
                    }
                    if (any) {
                        Department department = departmentModels.get(d);
                        departments.add(new DepartmentRow(personas.get(p).name(), s, name(department.getName(), department.getId()), mean));
                    }
                }
            }
        }
        for (int c = 0; c < input.courses().size(); c++) {
            double[] seats = new double[years];
            boolean any = false;
            for (CourseRun courseRun : input.courseRuns()) {
                int y = courseRun.fiscalYear() - result.firstFiscalYear();
                if (courseRun.course() == c && y >= 0 && y < years) {
                    seats[y] += courseRun.seats();
                    any |= courseRun.seats() > 0;
                }
            }
            if (any) {
                var course = scenario.getBaseline().getCourses().get(c);
                measures.add(new MeasureRow(texts.get("measure.seats"), name(course.getName(), course.getId()), seats)); //$NON-NLS-1$
            }
        }
        for (int c = 0; c < input.channels().size(); c++) {
            double[] hires = new double[years];
            boolean any = false;
            for (int y = 0; y < years; y++) {
                hires[y] = input.channels().get(c).planned()[y];
                any |= hires[y] > 0;
            }
            if (any) {
                var channel = scenario.getChannels().get(c);
                measures.add(new MeasureRow(texts.get("measure.hires"), name(channel.getName(), channel.getId()), hires)); //$NON-NLS-1$
            }
        }
        org.jinzai.model.AppointmentPolicy policy = scenario.getAppointment();
        if (policy != null && policy.getPersona() != null) {
            appointment = texts.get("docx.appointmentPolicy", name(policy.getPersona().getName(), policy.getPersona().getId()), //$NON-NLS-1$
                    policy.getPerDepartment(), policy.getTotal() > 0 ? Integer.toString(policy.getTotal()) : "-", //$NON-NLS-1$
                    policy.getYearlyAppointments() > 0 ? Integer.toString(policy.getYearlyAppointments()) : "-", //$NON-NLS-1$
                    Formats.probability(policy.getReappointmentProbability()));
        }
        if (scenario.getRotation() != null) {
            for (RotationRule rule : scenario.getRotation().getRules()) {
                if (rule.isEnabled()) {
                    rules.add(name(rule.getName(), rule.getId()) + (rule.isHard() ? texts.get("rule.hard") : "")); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
        }
        this.flows = new Summary[Flow.values().length][years];
        for (Flow flow : Flow.values()) {
            for (int y = 0; y < years; y++) {
                flows[flow.ordinal()][y] = result.flowSummary(flow, y);
            }
        }
        for (Department department : departmentModels) {
            departmentRefs.add(new DepartmentRef(department.getId(), name(department.getName(), department.getId())));
        }
        // the drill-down of a 課 summarizes every replication: made when asked
        this.detailOf = d -> {
            List<DepartmentStaffRow> staff = new ArrayList<>();
            for (int p = 0; p < personaModels.size(); p++) {
                boolean hasSteps = input.personas().get(p).hasSteps();
                Summary[][] perYear = new Summary[years][Steps.COUNT];
                boolean any = false;
                for (int y = 0; y < years; y++) {
                    for (int s = 0; s <= Steps.TOP; s++) {
                        perYear[y][s] = result.countSummary(y, p, s, d);
                        any |= perYear[y][s].mean() != 0;
                    }
                }
                if (hasSteps || any) {
                    staff.add(new DepartmentStaffRow(personas.get(p).name(), hasSteps, perYear));
                }
            }
            Summary[][] departmentFlows = new Summary[DepartmentFlow.values().length][years];
            for (DepartmentFlow flow : DepartmentFlow.values()) {
                for (int y = 0; y < years; y++) {
                    departmentFlows[flow.ordinal()][y] = result.departmentFlowSummary(flow, y, d);
                }
            }
            List<DepartmentTargetRow> misses = new ArrayList<>();
            for (int t = 0; t < result.targets(); t++) {
                if (result.departmentsInScope(t) > 0 && result.departmentInScope(t, d)) {
                    double[] missed = new double[years];
                    for (int y = 0; y < years; y++) {
                        missed[y] = result.probabilityDepartmentMisses(t, y, d);
                    }
                    misses.add(new DepartmentTargetRow(targets.get(t).name(), missed, targets.get(t).wanted()));
                }
            }
            DepartmentRef ref = departmentRefs.get(d);
            return new DepartmentDetail(ref.id(), ref.name(), staff, departmentFlows, misses);
        };
    }

    /**
     * The report data of saved results (a {@code .jzr} reopened in the workbench): targets, counts by persona and
     * step, flows; the measures and the state at the start are not in the results and stay empty.
     */
    private ReportData(RunResult run, Locale locale) {
        this.texts = new Texts(locale);
        Scenario scenario = run.getScenario();
        this.scenarioName = scenario == null || scenario.eIsProxy() ? String.valueOf(run.getScenarioFile()) : scenario.getName();
        this.baselineName = scenario == null || scenario.eIsProxy() || scenario.getBaseline() == null ? "" //$NON-NLS-1$
                : scenario.getBaseline().getName();
        this.organizationName = baselineName;
        if (scenario != null && !scenario.eIsProxy() && scenario.getBaseline() != null) {
            profiles.addAll(profilesOf(scenario));
        }
        this.replications = run.getReplications();
        this.seed = run.getSeed();
        this.fingerprint = run.getInputFingerprint() == null ? "" : run.getInputFingerprint(); //$NON-NLS-1$
        this.date = today();
        this.calibration = calibration(scenario, texts);
        List<YearResult> yearResults = run.getYears();
        int years = yearResults.size();
        this.fiscalYears = new int[years];
        for (int y = 0; y < years; y++) {
            fiscalYears[y] = yearResults.get(y).getFiscalYear();
        }
        int targetCount = years == 0 ? 0 : yearResults.get(0).getTargets().size();
        for (int t = 0; t < targetCount; t++) {
            TargetResult first = yearResults.get(0).getTargets().get(t);
            Target target = first.getTarget() == null || first.getTarget().eIsProxy() ? null : first.getTarget();
            Summary[] projected = new Summary[years];
            double[] probability = new double[years];
            double[] wanted = new double[years];
            java.util.Arrays.fill(wanted, Double.NaN);
            String[] missed = new String[years];
            double[] missedProbability = new double[years];
            for (int y = 0; y < years; y++) {
                TargetResult result = yearResults.get(y).getTargets().get(t);
                if (result.getMostMissedDepartmentId() != null) {
                    missed[y] = departmentName(scenario, result.getMostMissedDepartmentId());
                    missedProbability[y] = result.getMostMissedProbability();
                }
                projected[y] = summary(result);
                probability[y] = result.getProbabilityMet() < 0 ? Double.NaN : result.getProbabilityMet();
                if (target != null) {
                    for (var value : target.getValues()) {
                        if (value.getFiscalYear() == fiscalYears[y]) {
                            // a target of every department is met when all its departments are: its value counts them
                            wanted[y] = result.getDepartmentsInScope() > 0 ? result.getDepartmentsInScope() : value.getValue();
                        }
                    }
                }
            }
            boolean share = Formats.isShare(target);
            targets.add(new TargetRow(target == null ? "" : target.getId(), name(first.getTargetName(), "?"), share, wanted, projected, //$NON-NLS-1$ //$NON-NLS-2$
                    probability, first.getDepartmentsInScope() > 0, missed, missedProbability,
                    first.getDepartmentsInScope() > 0 ? org.jinzai.model.util.Targets.Unit.DEPARTMENTS : org.jinzai.model.util.Targets.unit(target)));
        }
        if (scenario != null && !scenario.eIsProxy() && scenario.getBaseline() != null) {
            // the counts of each year indexed once: by persona and step (whole organization), and Step1+ by department
            List<Map<String, Summary>> byStep = new ArrayList<>();
            List<Map<String, Summary>> reachedByStep = new ArrayList<>();
            List<Map<String, Double>> step1ByDepartment = new ArrayList<>();
            // and each count of a persona at a step in a 課, for the drill-down
            List<Map<String, Summary>> byDepartment = new ArrayList<>();
            for (YearResult year : yearResults) {
                Map<String, Summary> departmentSteps = new HashMap<>();
                byDepartment.add(departmentSteps);
                Map<String, Summary> steps = new HashMap<>();
                Map<String, Summary> reachedSteps = new HashMap<>();
                Map<String, Double> departmentsStep1 = new HashMap<>();
                reachedByStep.add(reachedSteps);
                for (CountResult count : year.getCounts()) {
                    if (count.isBySkill()) {
                        // by skill (any role): the persona's "reached" rows, organization-wide
                        if (count.getDepartmentId() == null) {
                            reachedSteps.put(count.getPersonaId() + "\n" + count.getStep(), summary(count)); //$NON-NLS-1$
                        }
                        continue;
                    }
                    if (count.getDepartmentId() == null) {
                        steps.put(count.getPersonaId() + "\n" + count.getStep(), summary(count)); //$NON-NLS-1$
                    } else {
                        departmentSteps.put(count.getPersonaId() + "\n" + count.getStep() + "\n" + count.getDepartmentId(), summary(count)); //$NON-NLS-1$ //$NON-NLS-2$
                    }
                    if (count.getDepartmentId() != null && count.getStep() >= 1) {
                        departmentsStep1.merge(count.getPersonaId() + "\n" + count.getDepartmentId(), count.getMean(), Double::sum); //$NON-NLS-1$
                    }
                }
                byStep.add(steps);
                step1ByDepartment.add(departmentsStep1);
            }
            for (Persona persona : scenario.getBaseline().getPersonas()) {
                Summary[][] projected = new Summary[years][Steps.COUNT];
                Summary[][] reached = new Summary[years][Steps.COUNT];
                for (int y = 0; y < years; y++) {
                    for (int step = 0; step <= Steps.TOP; step++) {
                        projected[y][step] = byStep.get(y).getOrDefault(persona.getId() + "\n" + step, Summary.ZERO); //$NON-NLS-1$
                        reached[y][step] = reachedByStep.get(y).getOrDefault(persona.getId() + "\n" + step, Summary.ZERO); //$NON-NLS-1$
                    }
                }
                boolean hasSteps = persona.isHasSteps() && !persona.getSteps().isEmpty();
                personas.add(new PersonaRow(persona.getId(), name(persona.getName(), persona.getId()), hasSteps, new double[4], projected,
                        reached));
                if (!hasSteps) {
                    continue;
                }
                // Step1 or above per department, for the heat map
                for (Department department : scenario.getBaseline().getOrganization().getDepartments()) {
                    double[] mean = new double[years];
                    boolean any = false;
                    for (int y = 0; y < years; y++) {
                        mean[y] = step1ByDepartment.get(y).getOrDefault(persona.getId() + "\n" + department.getId(), 0.0); //$NON-NLS-1$
                        any |= mean[y] > 0;
                    }
                    if (any) {
                        departments.add(new DepartmentRow(name(persona.getName(), persona.getId()), 1,
                                name(department.getName(), department.getId()), mean));
                    }
                }
            }
            savedDepartments(scenario, yearResults, byDepartment);
        }
        this.flows = new Summary[Flow.values().length][years];
        for (Flow flow : Flow.values()) {
            for (int y = 0; y < years; y++) {
                flows[flow.ordinal()][y] = Summary.ZERO;
                for (FlowResult result : yearResults.get(y).getFlows()) {
                    // the organization's; a flow of one 課 names it
                    if (result.getDepartmentId() == null && result.getMeasure().equalsIgnoreCase(flow.name())) {
                        flows[flow.ordinal()][y] = summary(result);
                    }
                }
            }
        }
    }

    /**
     * The drill-down by 課 of saved results: the counts per 課 (saved since the first version), the flows per 課 and
     * the misses per 課 of targets of every 課 (saved since they were recorded; older results have neither).
     */
    private void savedDepartments(Scenario scenario, List<YearResult> yearResults, List<Map<String, Summary>> byDepartment) {
        int years = yearResults.size();
        for (Department department : scenario.getBaseline().getOrganization().getDepartments()) {
            departmentRefs.add(new DepartmentRef(department.getId(), name(department.getName(), department.getId())));
        }
        List<Map<String, Summary>> flowsByDepartment = new ArrayList<>();
        boolean flowsRecorded = false;
        for (YearResult year : yearResults) {
            Map<String, Summary> flowsOfYear = new HashMap<>();
            for (FlowResult result : year.getFlows()) {
                if (result.getDepartmentId() != null) {
                    flowsOfYear.put(result.getMeasure().toUpperCase(Locale.ROOT) + "\n" + result.getDepartmentId(), summary(result)); //$NON-NLS-1$
                    flowsRecorded = true;
                }
            }
            flowsByDepartment.add(flowsOfYear);
        }
        boolean withFlows = flowsRecorded;
        List<Persona> personaModels = scenario.getBaseline().getPersonas();
        this.detailOf = d -> {
            DepartmentRef ref = departmentRefs.get(d);
            List<DepartmentStaffRow> staff = new ArrayList<>();
            for (Persona persona : personaModels) {
                boolean hasSteps = persona.isHasSteps() && !persona.getSteps().isEmpty();
                Summary[][] perYear = new Summary[years][Steps.COUNT];
                boolean any = false;
                for (int y = 0; y < years; y++) {
                    for (int step = 0; step <= Steps.TOP; step++) {
                        perYear[y][step] = byDepartment.get(y).getOrDefault(persona.getId() + "\n" + step + "\n" + ref.id(), Summary.ZERO); //$NON-NLS-1$ //$NON-NLS-2$
                        any |= perYear[y][step].mean() != 0;
                    }
                }
                if (hasSteps || any) {
                    staff.add(new DepartmentStaffRow(name(persona.getName(), persona.getId()), hasSteps, perYear));
                }
            }
            Summary[][] departmentFlows = null;
            if (withFlows) {
                departmentFlows = new Summary[DepartmentFlow.values().length][years];
                for (DepartmentFlow flow : DepartmentFlow.values()) {
                    for (int y = 0; y < years; y++) {
                        departmentFlows[flow.ordinal()][y] = flowsByDepartment.get(y).getOrDefault(flow.name() + "\n" + ref.id(), Summary.ZERO); //$NON-NLS-1$
                    }
                }
            }
            List<DepartmentTargetRow> misses = new ArrayList<>();
            int targetCount = years == 0 ? 0 : yearResults.get(0).getTargets().size();
            for (int t = 0; t < targetCount; t++) {
                if (yearResults.get(0).getTargets().get(t).getDepartmentsInScope() <= 0) {
                    continue;
                }
                double[] missed = new double[years];
                java.util.Arrays.fill(missed, Double.NaN);
                boolean recorded = false;
                boolean concerns = false;
                for (int y = 0; y < years; y++) {
                    for (DepartmentMiss miss : yearResults.get(y).getTargets().get(t).getDepartmentMisses()) {
                        recorded = true;
                        if (ref.id().equals(miss.getDepartmentId())) {
                            missed[y] = miss.getProbability();
                            concerns = true;
                        }
                    }
                }
                // results saved before misses per 課 were recorded cannot say whether the target concerns this 課
                if (concerns || !recorded) {
                    misses.add(new DepartmentTargetRow(targets.get(t).name(), missed, targets.get(t).wanted()));
                }
            }
            return new DepartmentDetail(ref.id(), ref.name(), staff, departmentFlows, misses);
        };
    }

    private static Summary summary(Distribution d) {
        return new Summary(d.getMean(), 0, d.getP10(), d.getP50(), d.getP90());
    }

    /** The report data of saved results, in a language. */
    public static ReportData of(RunResult run, Locale locale) {
        return new ReportData(run, locale);
    }

    /** The report data of a run, in a language, dated today (see {@link #today()}). */
    public static ReportData of(Scenario scenario, RunOptions options, ScenarioRunner.Run run, Locale locale) {
        return new ReportData(scenario, options, run, locale, today());
    }

    /**
     * The date a report carries (its 作成日): today, or — for reproducible files — the day given by the system property
     * {@code jinzai.reportDate} (2026-12-01) or by the environment variable {@code SOURCE_DATE_EPOCH} (seconds since
     * 1970, the reproducible-builds convention), in UTC.
     */
    public static LocalDate today() {
        String day = System.getProperty("jinzai.reportDate"); //$NON-NLS-1$
        if (day != null && !day.isBlank()) {
            return LocalDate.parse(day.strip());
        }
        String epoch = System.getenv("SOURCE_DATE_EPOCH"); //$NON-NLS-1$
        if (epoch != null && epoch.strip().matches("\\d+")) { //$NON-NLS-1$
            return java.time.Instant.ofEpochSecond(Long.parseLong(epoch.strip())).atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        return LocalDate.now();
    }

    /** The same with a given date (reproducible documents, tests). */
    public static ReportData of(Scenario scenario, RunOptions options, ScenarioRunner.Run run, Locale locale, LocalDate date) {
        return new ReportData(scenario, options, run, locale, date);
    }

    /**
     * The sentence saying which rates were estimated from the municipality's rosters (and still hold the estimate),
     * from which years, and whether their uncertainty is in the bands; "" when none was.
     */
    private static String calibration(Scenario scenario, Texts texts) {
        if (scenario == null || scenario.eIsProxy()) {
            return ""; //$NON-NLS-1$
        }
        String estimated = estimated(scenario, texts);
        org.jinzai.model.BacktestSummary checked = scenario.getBacktest();
        if (checked == null || checked.getComparisons() == 0) {
            return estimated;
        }
        // how the scenario fared against the municipality's own past (backtest --record)
        String backtest = texts.get("docx.backtest", new Object[] { String.valueOf(checked.getFirstOrigin()), //$NON-NLS-1$
            String.valueOf(checked.getLastOrigin()), String.valueOf(checked.getLastYear()), checked.getComparisons(),
            Math.round(checked.getInside80() * 100) + "%", Math.round(checked.getInside90() * 100) + "%", date(checked.getDate(), texts) }); //$NON-NLS-1$ //$NON-NLS-2$
        return estimated.isEmpty() ? backtest : estimated + texts.get("docx.sentenceGap") + backtest; //$NON-NLS-1$
    }

    /** A recorded day (YYYY-MM-DD) as the document's language writes it (2026年12月2日); as recorded when it is no date. */
    private static String date(String recorded, Texts texts) {
        try {
            java.time.LocalDate day = java.time.LocalDate.parse(recorded);
            return java.time.format.DateTimeFormatter.ofPattern(texts.get("docx.dayPattern"), texts.locale()).format(day); //$NON-NLS-1$
        } catch (java.time.format.DateTimeParseException | NullPointerException e) {
            return recorded == null ? "" : recorded; //$NON-NLS-1$
        }
    }

    /** Which rates were estimated from the rosters (and still hold the estimate), from which years, drawn or not; "" when none was. */
    private static String estimated(Scenario scenario, Texts texts) {
        int bands = 0;
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        List<org.jinzai.model.RateEstimate> estimates = new ArrayList<>();
        if (scenario.getAttrition() != null) {
            for (org.jinzai.model.AttritionRate rate : scenario.getAttrition().getRates()) {
                org.jinzai.model.RateEstimate e = org.jinzai.model.util.Estimates.inForce(rate);
                if (e != null) {
                    bands++;
                    estimates.add(e);
                }
            }
        }
        org.jinzai.model.RateEstimate kept = scenario.getAppointment() == null ? null : org.jinzai.model.util.Estimates.inForce(scenario.getAppointment());
        if (kept != null) {
            estimates.add(kept);
        }
        // the tenures by kind of department fitted to the rosters' moves (kept at their fit: not drawn), named by kind
        List<org.jinzai.model.KindTenure> tenures = scenario.getRotation() == null ? List.of()
                : scenario.getRotation().getTenures().stream().filter(t -> org.jinzai.model.util.Estimates.inForce(t) != null).toList();
        for (org.jinzai.model.KindTenure t : tenures) {
            first = Math.min(first, t.getEstimate().getFirstYear());
            last = Math.max(last, t.getEstimate().getLastYear());
        }
        String kinds = String.join(texts.get("docx.listSeparator"), tenures.stream() //$NON-NLS-1$
                .map(t -> org.jinzai.model.validation.ElementNames.literal(t.getKind(), texts.locale())).toList());
        if (estimates.isEmpty()) {
            return tenures.isEmpty() ? "" //$NON-NLS-1$
                    : texts.get("docx.calibratedTenureOnly", kinds, String.valueOf(first), String.valueOf(last)); //$NON-NLS-1$
        }
        for (org.jinzai.model.RateEstimate e : estimates) {
            first = Math.min(first, e.getFirstYear());
            last = Math.max(last, e.getLastYear());
        }
        String tenure = tenures.isEmpty() ? "" : texts.get("docx.calibratedTenure", kinds); //$NON-NLS-1$ //$NON-NLS-2$
        // seats the plan did not record, from the completions on the rosters
        long seats = scenario.getCourseSeats().stream().filter(cs -> org.jinzai.model.util.Estimates.inForce(cs) != null).count();
        tenure += seats == 0 ? "" : texts.get("docx.calibratedSeats", seats); //$NON-NLS-1$ //$NON-NLS-2$
        String what = bands > 0 && kept != null ? texts.get("docx.calibratedBoth", bands) //$NON-NLS-1$
                : bands > 0 ? texts.get("docx.calibratedRates", bands) : texts.get("docx.calibratedReappointment"); //$NON-NLS-1$ //$NON-NLS-2$
        // drawn only when the run draws (the option on) and every estimate has a posterior to draw from
        boolean drawn = (scenario.getRunSettings() == null || scenario.getRunSettings().isRateUncertainty())
                && estimates.stream().allMatch(org.jinzai.model.util.Estimates::drawable);
        return texts.get("docx.calibrated", what, String.valueOf(first), String.valueOf(last), //$NON-NLS-1$
                texts.get(drawn ? "docx.calibratedDrawn" : "docx.calibratedFixed")) + tenure; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Which rates were estimated from the municipality's rosters, for the policy document ("" when none was). */
    public String calibration() {
        return calibration;
    }

    private static String name(String name, String id) {
        return name == null || name.isBlank() ? id : name;
    }

    Texts texts() {
        return texts;
    }

    public String scenarioName() {
        return scenarioName;
    }

    public String baselineName() {
        return baselineName;
    }

    public String organizationName() {
        return organizationName;
    }

    public int replications() {
        return replications;
    }

    public long seed() {
        return seed;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public LocalDate date() {
        return date;
    }

    public int years() {
        return fiscalYears.length;
    }

    public int fiscalYear(int y) {
        return fiscalYears[y];
    }

    /** "2026年度（令和8年度）" or "FY2026 (Reiwa 8)". */
    public String yearLabel(int y) {
        return FiscalYears.label(fiscalYears[y], texts.locale());
    }

    /** Short form for chart axes and narrow columns: "2026 (R8)". */
    public String shortYearLabel(int y) {
        int fy = fiscalYears[y];
        return fy > 2018 ? fy + " (R" + FiscalYears.reiwa(fy) + ")" : Integer.toString(fy); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * Adds the answers of goal-seeks, in the order given: those the plan applies (its tables show the lever at the
     * answer) as measures of the plan ("to meet target X with 90 % the plan sets Y seats a year"), the others apart as
     * what would be needed, with what the plan has instead, so that the document never states a measure its own tables
     * contradict.
     */
    public ReportData withGoalSeeks(List<GoalSeekExperiment> experiments, Scenario plan) {
        for (GoalSeekExperiment e : experiments) {
            Lever lever = e.getLever();
            if (lever == null) {
                continue;
            }
            String what = Charts.elementName(lever);
            String target = e.getTarget() == null ? e.getTargetName() : e.getTarget().getName();
            String year = FiscalYears.label(e.getFiscalYear(), texts.locale());
            String wanted = Formats.probability(e.getProbability());
            String reached = Formats.probability(e.getAchievedProbability());
            String interval = Formats.probability(e.getProbabilityLow()) + "–" + Formats.probability(e.getProbabilityHigh()); //$NON-NLS-1$
            boolean seats = "seats".equals(lever.getKind()); //$NON-NLS-1$
            // the replications the answer was decided on (files written before each evaluation had its own: the run's)
            int replications = e.getEvaluations().stream().filter(v -> v.getValue() == e.getAnswer() && v.getReplications() > 0)
                    .mapToInt(v -> v.getReplications()).findFirst().orElse(e.getReplications());
            if (!e.isFeasible()) {
                goalSeeksNeeded.add(texts.get("docx.goalSeekInfeasible", target, year, wanted, what, Integer.toString(e.getMaximum()), reached)); //$NON-NLS-1$
            } else if (plan != null && Experiments.appliedIn(e, plan)) {
                goalSeeks.add(texts.get(seats ? "docx.goalSeekSeats" : "docx.goalSeekHires", target, year, //$NON-NLS-1$ //$NON-NLS-2$
                        wanted, what, Integer.toString(e.getAnswer()), reached, interval, replications, e.getEvaluations().size()));
            } else {
                String planned = plannedText(plan, lever);
                goalSeeksNeeded.add(texts.get(seats ? "docx.goalSeekNeededSeats" : "docx.goalSeekNeededHires", target, year, //$NON-NLS-1$ //$NON-NLS-2$
                        wanted, what, Integer.toString(e.getAnswer()), reached, interval, replications, e.getEvaluations().size(), planned));
            }
        }
        return this;
    }

    private List<PersonaProfile> profilesOf(Scenario scenario) {
        List<PersonaProfile> list = new ArrayList<>();
        for (Persona persona : scenario.getBaseline().getPersonas()) {
            List<String> skills = new ArrayList<>();
            for (org.jinzai.model.SkillRequirement requirement : persona.getRequiredSkills()) {
                if (requirement.getSkill() != null) {
                    skills.add(texts.get("docx.skillLevel", requirement.getSkill().getName(), requirement.getLevel())); //$NON-NLS-1$
                }
            }
            List<String> steps = new ArrayList<>(List.of("", "", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            for (org.jinzai.model.StepDefinition step : persona.getSteps()) {
                if (step.getStep() >= 1 && step.getStep() <= Steps.TOP && step.getDescription() != null) {
                    steps.set(step.getStep() - 1, step.getDescription());
                }
            }
            list.add(new PersonaProfile(name(persona.getName(), persona.getId()), persona.isExternal(), persona.isHasSteps(), skills, steps));
        }
        return list;
    }

    /** The personas of the baseline as the policy document describes them (empty for results whose baseline is gone). */
    public List<PersonaProfile> profiles() {
        return profiles;
    }

    /**
     * The name of a plan that applies a goal-seek's answer, in the reports' language (「現状維持（DX基礎研修 定員 年19人）」),
     * for the scenario {@code Experiments.apply} writes.
     */
    public static String appliedPlanName(GoalSeekExperiment e, Locale locale) {
        Texts texts = new Texts(locale);
        return texts.get("plan.applied", original(e), measure(texts, e.getLever(), e.getAnswer())); //$NON-NLS-1$
    }

    /** The name of a plan a sweep point was applied to: 「現状維持（DX基礎研修 定員 年20人、新卒採用 採用 年3人）」. */
    public static String appliedPlanName(org.jinzai.model.SweepExperiment e, int first, int second, Locale locale) {
        Texts texts = new Texts(locale);
        String measures = measure(texts, e.getFirst(), first)
                + (e.getSecond() == null ? "" : texts.get("plan.measuresSeparator") + measure(texts, e.getSecond(), second)); //$NON-NLS-1$ //$NON-NLS-2$
        return texts.get("plan.applied", original(e), measures); //$NON-NLS-1$
    }

    private static String original(org.jinzai.model.Experiment e) {
        return e.getScenario() == null ? e.getName() : e.getScenario().getName();
    }

    /** A lever at a value, as a plan's name says it: 「DX基礎研修 定員 年19人」. */
    private static String measure(Texts texts, Lever lever, int value) {
        return texts.get("seats".equals(lever.getKind()) ? "plan.measureSeats" : "plan.measureHires", Charts.elementName(lever), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                Integer.toString(value));
    }

    /** What a plan has of a lever each fiscal year (14・16・14…), or - when it has no such course or channel. */
    private String plannedText(Scenario plan, Lever lever) {
        if (plan == null) {
            return "-"; //$NON-NLS-1$
        }
        try {
            return java.util.Arrays.stream(Levers.plannedByYear(Levers.of(plan, Experiments.specification(lever))))
                    .mapToObj(Integer::toString).collect(java.util.stream.Collectors.joining(texts.get("docx.yearsSeparator"))); //$NON-NLS-1$
        } catch (IllegalArgumentException gone) {
            return "-"; //$NON-NLS-1$
        }
    }

    /** The sentences of the goal-seeks that are not measures of this plan: what the targets would need instead. */
    public List<String> goalSeeksNeeded() {
        return goalSeeksNeeded;
    }

    /** The sentences of the goal-seeks the plan applies, for the policy document's measures. */
    public List<String> goalSeeks() {
        return goalSeeks;
    }

    public List<TargetRow> targets() {
        return targets;
    }

    public List<PersonaRow> personas() {
        return personas;
    }

    public List<DepartmentRow> departments() {
        return departments;
    }

    /** The 課 of the organization, in the baseline's order (empty when the results' scenario cannot be read). */
    public List<DepartmentRef> departmentList() {
        return departmentRefs;
    }

    /** The drill-down of a 課 by its id, made once when first asked; null for an unknown id. */
    public DepartmentDetail departmentDetail(String id) {
        for (int d = 0; d < departmentRefs.size(); d++) {
            if (departmentRefs.get(d).id().equals(id)) {
                int index = d;
                return details.computeIfAbsent(id, key -> detailOf.apply(index));
            }
        }
        return null;
    }

    public List<MeasureRow> measures() {
        return measures;
    }

    /** The name of a department of the scenario's baseline by id (the id itself when it cannot be found). */
    private static String departmentName(Scenario scenario, String id) {
        if (scenario != null && !scenario.eIsProxy() && scenario.getBaseline() != null) {
            for (Department d : scenario.getBaseline().getOrganization().getDepartments()) {
                if (id.equals(d.getId())) {
                    return name(d.getName(), id);
                }
            }
        }
        return id;
    }

    public List<String> rules() {
        return rules;
    }

    /** The scenario's appointment of DX promoters as a sentence, or null when it has none. */
    public String appointment() {
        return appointment;
    }

    public Summary flow(Flow flow, int y) {
        return flows[flow.ordinal()][y];
    }

    /** Whether the flows of every fiscal year are known (results saved before flows were kept have none). */
    public boolean hasFlows() {
        return years() > 0 && java.util.Arrays.stream(flows).allMatch(perYear -> java.util.Arrays.stream(perYear).allMatch(java.util.Objects::nonNull));
    }
}
