package org.jinzai.engine;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.jinzai.engine.SimulationInput.Channel;
import org.jinzai.engine.SimulationInput.CourseRun;
import org.jinzai.engine.SimulationInput.CoursesCompleted;
import org.jinzai.engine.SimulationInput.Criterion;
import org.jinzai.engine.SimulationInput.DepartmentKind;
import org.jinzai.engine.SimulationInput.Employment;
import org.jinzai.engine.SimulationInput.MentoringMonths;
import org.jinzai.engine.SimulationInput.Persona;
import org.jinzai.engine.SimulationInput.ProjectPlan;
import org.jinzai.engine.internal.Rng;

/** What does not change between replications, prepared once per run: events by month, lookups. */
final class Plan {

    /** A planned hire: the slot of a channel in a fiscal year, arriving in a month. */
    record Hire(int month, int channel, int yearIndex, int slot, long key) {
    }

    /** A project start in a month. */
    record ProjectStart(int month, int department, int leadSeats, int durationMonths, int ordinal) {
    }

    final SimulationInput input;
    final int months;
    final int personas;
    final int departments;
    final int capacity;
    final List<List<CourseRun>> coursesByMonth = new ArrayList<>();
    /** Per month and course run: what its seats are drawn with ({@link Rng#salt}). */
    final List<long[]> seatSalts = new ArrayList<>();
    final List<List<Hire>> hiresByMonth = new ArrayList<>();
    final List<List<ProjectStart>> projectsByMonth = new ArrayList<>();
    /** nextStepCourses[persona][step]: bitset of courses in the criteria of Step(step+1). */
    final long[][] nextStepCourses;
    /** Personas whose steps ask for mentoring. */
    final boolean[] mentors;
    /** coursesFor[course]: bitset of target personas (bit per persona, up to 64). */
    final long[] coursePersonas;
    /** Random-number keys of the staff and of the departments (their ids), made for the Monte Carlo ({@link #prepareReplications}). */
    long[] staffKeys;
    long[] departmentKeys;
    /** The business departments (事業所管部門), in the order of the input. */
    final int[] businessDepartments;
    /** Per department: whether it is a business department; its planned headcount. */
    final boolean[] business;
    final int[] headcount;
    /** Per persona: whether it is an IT specialist's (leaving multiplied without a track); whether it leads projects. */
    final boolean[] itSpecialist;
    final boolean[] leads;
    /**
     * The staff at the start, as the table every replication starts from: made by {@link #prepareReplications()} (the
     * analytic preview needs none).
     */
    StaffTable initial;

    final boolean[] largeProject;
    /** Per department and year of the horizon (department * years + year): the personas its running large projects hold. */
    private final long[] heldPersonas;
    /** The step criteria of each persona, compiled. */
    final Steps.Rules[] stepRules;
    /**
     * The targets of stocks that count over the holders of a persona, by persona + 1 (index 0: those of no persona):
     * those of that persona by role and those over everyone. A member is looked at only by the targets that can count
     * them.
     */
    final int[][] targetsOver;
    /** The new-hires targets (counted as the hires come, per department). */
    final int[] hireTargets;
    /** Per persona of a hire (+1, 0 for none): the new-hires targets that count it (of that persona or of everyone). */
    final int[][] hireTargetsOf;
    /** Per target: whether it counts a course, and then the course's bit (0 for none), for the observation's pass. */
    final boolean[] targetByCourse;
    final long[] targetCourseBit;
    /** Per persona held (index persona + 1, 0 for none): the course targets that count over its holders. */
    final int[][] courseTargetsOver;
    /**
     * Per persona held + 1: the one course target that counts its holders, -1 if none, {@link #MANY_COURSE_TARGETS} if
     * more (then {@link #courseTargetsOver}): most have one or none, and the observation's pass goes faster without a loop.
     */
    final int[] courseTargetOf;
    static final int MANY_COURSE_TARGETS = -2;
    /** Per department: its kind, and (with a rotation) the least and most years in a post of that kind. */
    final DepartmentKind[] kind;
    final int[] tenureMin;
    final int[] tenureMax;
    /** The personas with steps, in order; and those after the first four (the observation's pass takes those one by one). */
    final int[] stepPersonas;
    final int[] moreStepPersonas;
    /**
     * The personas (a bit each; all bits when there are more than 64) whose steps can change when a course is completed,
     * when someone leads a month or finishes a project, when someone mentors a month: only their steps are computed
     * again after such a change.
     */
    final long[] courseConcerns;
    final long leadingConcerns;
    final long mentoringConcerns;
    /**
     * The months leading, projects led and months mentoring (kind 0, 1, 2) at which some persona's step can change:
     * those counts grow by one, so a member's steps need computing again only when a count reaches one of them.
     */
    private final boolean[][] thresholds = new boolean[3][];
    private final double[][] stayPowers;

    Plan(SimulationInput input) {
        this.input = input;
        this.months = input.months();
        this.personas = input.personas().size();
        this.departments = input.departments().size();
        businessDepartments = java.util.stream.IntStream.range(0, departments)
                .filter(d -> input.departments().get(d).kind() == DepartmentKind.BUSINESS).toArray();
        business = new boolean[departments];
        headcount = new int[departments];
        for (int d = 0; d < departments; d++) {
            business[d] = input.departments().get(d).kind() == DepartmentKind.BUSINESS;
            headcount[d] = input.departments().get(d).headcount();
        }
        itSpecialist = new boolean[personas];
        leads = new boolean[personas];
        for (int p = 0; p < personas; p++) {
            itSpecialist[p] = input.personas().get(p).itSpecialist();
            leads[p] = input.personas().get(p).leads();
        }
        for (int m = 0; m < months; m++) {
            coursesByMonth.add(new ArrayList<>());
            hiresByMonth.add(new ArrayList<>());
            projectsByMonth.add(new ArrayList<>());
        }
        int first = input.firstFiscalYear();
        for (CourseRun run : input.courseRuns()) {
            int month = monthIndex(run.fiscalYear() - first, run.month());
            if (month >= 0 && month < months) {
                coursesByMonth.get(month).add(run);
            }
        }
        // the numbers the seats of each run are drawn with: a course's first run of a fiscal year by course and year,
        // a later run of it that year by month, course and how many came before (a run drawing the first run's numbers
        // again would pass over those the first one passed over)
        int[][] before = new int[input.courses().size()][months / 12 + 1];
        for (int m = 0; m < months; m++) {
            List<CourseRun> runs = coursesByMonth.get(m);
            long[] salts = new long[runs.size()];
            for (int r = 0; r < runs.size(); r++) {
                int c = runs.get(r).course();
                int repeat = before[c][m / 12]++;
                salts[r] = repeat == 0 ? Rng.salt(Rng.COURSE, c * 16 + m / 12)
                        : Rng.saltAt(Rng.COURSE_RUN, (long) m << 40 | (long) c << 20 | repeat);
            }
            seatSalts.add(salts);
        }
        int planned = 0;
        for (int c = 0; c < input.channels().size(); c++) {
            Channel channel = input.channels().get(c);
            long channelKey = Rng.key(channel.key());
            for (int y = 0; y < input.horizonYears(); y++) {
                int month = monthIndex(y, channel.month()) + channel.leadTimeMonths();
                for (int slot = 0; slot < channel.planned()[y]; slot++) {
                    if (month < months) {
                        hiresByMonth.get(month).add(new Hire(month, c, y, slot, Rng.mix(channelKey ^ (y * 1_000_003L + slot))));
                        planned++;
                    }
                }
            }
        }
        this.capacity = input.staff().size() + planned;
        SimulationInput.require(capacity < (1 << 20), "staff and planned hires (at most 1,048,575)", capacity);
        for (ProjectPlan project : input.projects()) {
            int month = monthIndex(project.fiscalYear() - first, project.startMonth());
            if (month < 0 || month >= months) {
                continue;
            }
            List<Integer> targets = new ArrayList<>();
            if (project.department() >= 0) {
                targets.add(project.department());
            } else {
                for (int d : businessDepartments) {
                    targets.add(d);
                }
            }
            for (int d : targets) {
                for (int i = 0; i < project.count(); i++) {
                    SimulationInput.require(projectsByMonth.get(month).size() < (1 << 20), "project starts in a month (at most 1,048,575)",
                            projectsByMonth.get(month).size());
                    projectsByMonth.get(month).add(new ProjectStart(month, d, project.leadSeats(), project.durationMonths(),
                            projectsByMonth.get(month).size()));
                }
            }
        }
        nextStepCourses = new long[personas][Steps.TOP];
        mentors = new boolean[personas];
        for (int p = 0; p < personas; p++) {
            Persona persona = input.personas().get(p);
            for (int s = 0; s < persona.steps().size(); s++) {
                for (Criterion criterion : persona.steps().get(s)) {
                    if (criterion instanceof CoursesCompleted courses) {
                        for (int course : courses.courses()) {
                            nextStepCourses[p][s] |= 1L << course;
                        }
                    } else if (criterion instanceof MentoringMonths) {
                        mentors[p] = true;
                    }
                }
            }
        }
        coursePersonas = new long[input.courses().size()];
        for (int c = 0; c < coursePersonas.length; c++) {
            for (int p : input.courses().get(c).targetPersonas()) {
                coursePersonas[c] |= 1L << p;
            }
        }
        stayPowers = stayPowers(input.attrition().yearlyRate());
        List<SimulationInput.UncertainRate> uncertain = input.attrition().uncertain();
        hazardPosteriors = new GammaDistribution[uncertain.size()];
        hazardKeys = new long[uncertain.size()];
        for (int k = 0; k < uncertain.size(); k++) {
            SimulationInput.UncertainRate band = uncertain.get(k);
            // no random generator of its own: only the inverse distribution function is used, with the replication's numbers
            hazardPosteriors[k] = new GammaDistribution(null, band.hazard().alpha(), 1 / band.hazard().beta(),
                    GammaDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
            hazardKeys[k] = Rng.key("leaving " + band.employment() + " " + band.minAge() + "-" + band.maxAge()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        SimulationInput.Posterior kept = input.appointment() == null ? null : input.appointment().reappointmentPosterior();
        reappointmentPosterior = kept == null ? null : new BetaDistribution(null, kept.alpha(), kept.beta(),
                BetaDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
        stepRules = input.personas().stream().map(Steps.Rules::new).toArray(Steps.Rules[]::new);
        courseConcerns = new long[input.courses().size()];
        long leadingBits = 0;
        long mentoringBits = 0;
        for (int p = 0; p < personas; p++) {
            long bit = personas > 64 ? -1L : 1L << p;
            for (int c = 0; c < courseConcerns.length; c++) {
                courseConcerns[c] |= stepRules[p].concerns(c, input.courses().get(c).grantedSkills()) ? bit : 0;
            }
            leadingBits |= stepRules[p].countsLeading() ? bit : 0;
            mentoringBits |= stepRules[p].countsMentoring() ? bit : 0;
        }
        for (int kind = 0; kind < thresholds.length; kind++) {
            int most = 0;
            for (Steps.Rules rules : stepRules) {
                for (int value : rules.thresholds(kind)) {
                    most = Math.max(most, value);
                }
            }
            thresholds[kind] = new boolean[most + 1];
            for (Steps.Rules rules : stepRules) {
                for (int value : rules.thresholds(kind)) {
                    thresholds[kind][Math.max(0, value)] = value > 0;
                }
            }
        }
        leadingConcerns = leadingBits;
        mentoringConcerns = mentoringBits;
        targetsOver = new int[personas + 1][];
        for (int own = -1; own < personas; own++) {
            int holder = own;
            targetsOver[own + 1] = java.util.stream.IntStream.range(0, input.targets().size())
                    .filter(t -> input.targets().get(t).kind().counted() != SimulationInput.Counted.HIRES
                            && TargetValues.countsOver(input.targets().get(t), holder))
                    .toArray();
        }
        hireTargets = java.util.stream.IntStream.range(0, input.targets().size())
                .filter(t -> input.targets().get(t).kind().counted() == SimulationInput.Counted.HIRES).toArray();
        hireTargetsOf = new int[personas + 1][];
        for (int own = -1; own < personas; own++) {
            int hired = own;
            hireTargetsOf[own + 1] = java.util.Arrays.stream(hireTargets).filter(t -> input.targets().get(t).persona() < 0
                    || input.targets().get(t).persona() == hired).toArray();
        }
        int targets = input.targets().size();
        targetByCourse = new boolean[targets];
        targetCourseBit = new long[targets];
        for (int t = 0; t < targets; t++) {
            SimulationInput.TargetSpec target = input.targets().get(t);
            targetByCourse[t] = target.kind().counted() == SimulationInput.Counted.COURSE;
            targetCourseBit[t] = target.course() >= 0 ? 1L << target.course() : 0;
        }
        courseTargetsOver = new int[personas + 1][];
        for (int own = 0; own <= personas; own++) {
            courseTargetsOver[own] = java.util.Arrays.stream(targetsOver[own]).filter(t -> targetByCourse[t]).toArray();
        }
        courseTargetOf = new int[personas + 1];
        for (int own = 0; own <= personas; own++) {
            int[] over = courseTargetsOver[own];
            courseTargetOf[own] = over.length == 0 ? -1 : over.length == 1 ? over[0] : MANY_COURSE_TARGETS;
        }
        kind = new DepartmentKind[departments];
        tenureMin = new int[departments];
        tenureMax = new int[departments];
        for (int d = 0; d < departments; d++) {
            kind[d] = input.departments().get(d).kind();
            if (input.rotation() != null) {
                tenureMin[d] = input.rotation().tenure()[kind[d].ordinal()][0];
                tenureMax[d] = input.rotation().tenure()[kind[d].ordinal()][1];
            }
        }
        stepPersonas = java.util.stream.IntStream.range(0, personas).filter(p -> input.personas().get(p).hasSteps()).toArray();
        moreStepPersonas = java.util.Arrays.copyOfRange(stepPersonas, Math.min(4, stepPersonas.length), stepPersonas.length);
        largeProject = new boolean[departments * input.horizonYears()];
        heldPersonas = new long[departments * input.horizonYears()];
        for (int d = 0; d < departments; d++) {
            for (SimulationInput.LargeProject project : input.departments().get(d).largeProjects()) {
                long held = 0;
                for (int p : project.heldPersonas()) {
                    held |= 1L << p;
                }
                // its years within the horizon
                int from = Math.max(0, project.firstFiscalYear() - first);
                int to = Math.min(input.horizonYears() - 1, project.lastFiscalYear() - first);
                for (int y = from; y <= to; y++) {
                    largeProject[d * input.horizonYears() + y] = true;
                    heldPersonas[d * input.horizonYears() + y] |= held;
                }
            }
        }
    }

    /**
     * {@code (1 - h)^k} for k = 0..12 months, where {@code h} is the monthly hazard of the yearly rate of an
     * employment type and age (times the multiplier for IT specialists without a track); null if the rate is 0.
     */
    static double[] stayPowers(double[][] table, int type, int age, boolean multiplied) {
        return table[((type * 100) + age) * 2 + (multiplied ? 1 : 0)];
    }

    /** The powers of the monthly stay of every employment type, age and multiplier: the replications' table when no rate is drawn. */
    double[][] stayPowers() {
        return stayPowers;
    }

    /** Whether a count of kind 0 (months leading), 1 (projects led) or 2 (months mentoring) that has just become {@code value} can change a step. */
    boolean stepMayChange(int kind, int value) {
        boolean[] at = thresholds[kind];
        return value < at.length && at[value];
    }

    /** Whether each replication draws its own rates (parameter uncertainty). */
    boolean drawsRates() {
        return hazardPosteriors.length > 0 || reappointmentPosterior != null;
    }

    /**
     * The stay powers of a replication whose leaving rates are drawn from their posteriors with its own numbers: the
     * band's key and the replication's stream only, so two scenarios with the same estimated bands draw the same
     * rates in the same replication (common random numbers), and the staff's own draws are untouched.
     */
    double[][] drawnStayPowers(long stream) {
        if (hazardPosteriors.length == 0) {
            return stayPowers;
        }
        double[][] rates = java.util.Arrays.stream(input.attrition().yearlyRate()).map(double[]::clone).toArray(double[][]::new);
        List<SimulationInput.UncertainRate> uncertain = input.attrition().uncertain();
        for (int k = 0; k < hazardKeys.length; k++) {
            SimulationInput.UncertainRate band = uncertain.get(k);
            double hazard = hazardPosteriors[k].inverseCumulativeProbability(Rng.uniform(stream, hazardKeys[k], Rng.PARAMETER, 0));
            double yearly = Math.min(1, 1 - StrictMath.exp(-12 * hazard));
            java.util.Arrays.fill(rates[band.employment().ordinal()], band.minAge(), band.maxAge() + 1, yearly);
        }
        return stayPowers(rates);
    }

    /** The re-appointment probability of a replication: drawn from its posterior with the replication's numbers, or the policy's. */
    double reappointmentProbability(long stream) {
        return reappointmentPosterior == null ? input.appointment().reappointmentProbability()
                : reappointmentPosterior.inverseCumulativeProbability(Rng.uniform(stream, REAPPOINTMENT_KEY, Rng.PARAMETER, 0));
    }

    private static final long REAPPOINTMENT_KEY = Rng.key("re-appointment"); //$NON-NLS-1$
    private final GammaDistribution[] hazardPosteriors;
    private final long[] hazardKeys;
    private final BetaDistribution reappointmentPosterior;

    private double[][] stayPowers(double[][] rates) {
        double[][] table = new double[Employment.COUNT * 100 * 2][];
        for (int type = 0; type < Employment.COUNT; type++) {
            for (int age = 0; age < 100; age++) {
                for (int multiplied = 0; multiplied < 2; multiplied++) {
                    double rate = age < rates[type].length ? rates[type][age] : 0;
                    if (multiplied == 1) {
                        rate = Math.min(1, rate * input.attrition().specialistWithoutTrackMultiplier());
                    }
                    if (rate <= 0) {
                        continue;
                    }
                    double monthlyStay = StrictMath.pow(1 - rate, 1.0 / 12);
                    double[] powers = new double[13];
                    powers[0] = 1;
                    for (int k = 1; k <= 12; k++) {
                        powers[k] = k == 12 ? 1 - rate : powers[k - 1] * monthlyStay;
                    }
                    table[((type * 100) + age) * 2 + multiplied] = powers;
                }
            }
        }
        return table;
    }

    /** Whether {@link #prepareReplications} was done. */
    private boolean initialSettled;

    /**
     * What the Monte Carlo's replications start from, the same in every replication, so made once (the analytic preview
     * needs none of it): the staff's and the departments' random-number keys, and the initial staff's step of every
     * persona's standard brought up to what their history gives (never below the roster's). Called from one thread,
     * before the workers start.
     */
    void prepareReplications() {
        if (initialSettled) {
            return;
        }
        initialSettled = true;
        initial = StaffTable.of(input);
        staffKeys = input.staff().stream().mapToLong(s -> Rng.key(s.key())).toArray();
        departmentKeys = input.departments().stream().mapToLong(d -> Rng.key("department:" + d.id())).toArray();
        StaffTable t = initial;
        for (int i = 0; i < t.capacity(); i++) {
            for (int p = 0; p < personas; p++) {
                if (input.personas().get(p).hasSteps()) {
                    t.step[i * personas + p] = (byte) t.stepNow(i, p, stepRules[p]);
                }
            }
        }
    }

    /** Month index of a calendar month (4 = April) in a fiscal-year offset. */
    static int monthIndex(int yearIndex, int calendarMonth) {
        return yearIndex * 12 + (calendarMonth + 8) % 12;
    }

    boolean hasLargeProject(int department, int yearIndex) {
        return yearIndex >= 0 && yearIndex < input.horizonYears() && largeProject[department * input.horizonYears() + yearIndex];
    }

    /** The personas (a bit each) the large projects of a department running in a year hold there (none: 0). */
    long heldPersonas(int department, int yearIndex) {
        return yearIndex >= 0 && yearIndex < input.horizonYears() ? heldPersonas[department * input.horizonYears() + yearIndex] : 0;
    }
}
