package org.jinzai.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jinzai.engine.AnalyticEngine.Result;
import org.jinzai.engine.SimulationInput.Appointment;
import org.jinzai.engine.SimulationInput.Channel;
import org.jinzai.engine.SimulationInput.CourseRun;
import org.jinzai.engine.SimulationInput.DepartmentKind;
import org.jinzai.engine.SimulationInput.Employment;
import org.jinzai.engine.SimulationInput.Staff;
import org.jinzai.engine.SimulationInput.TargetSpec;

/**
 * The departments of one {@link AnalyticRun} part ({@link AnalyticRun#owner(int)}): the Monte Carlo engine's month loop
 * over their {@link Cohort}s, whose members are counted per {@link ExitClasses exit class} and whose progress is a
 * distribution over {@link ProgressStates} of its own. The parts run side by side and meet where a month needs the sums
 * of all departments (a course's candidates, the most vacant department for a hire, the appointment caps, each March's
 * observation); what concerns one department stays in its part.
 */
final class AnalyticPart {
    final AnalyticRun run;
    /** Which part this is: it holds the departments d with {@code run.owner(d) == part}. */
    final int part;
    final SimulationInput input;
    final Plan plan;
    final ExitClasses exits = new ExitClasses();
    final ProgressStates progress;
    final List<Cohort> groups = new ArrayList<>();
    /** The groups of each origin, by persona (+1) and department. */
    final Map<Long, Cohort[]> byOrigin = new HashMap<>();
    /** The origin looked up last and its groups (the staff are read origin by origin). */
    private long lastOrigin = Long.MIN_VALUE;
    private Cohort[] lastGroups;
    final boolean[] hasSteps;
    final int[] lastStep;
    /** Expected members appointed or returned to general staff in this part's departments in this year's April. */
    double roleChanges;
    /** Expected leavers and hires per fiscal year in this part's departments. */
    final double[] leavers;
    final double[] hired;
    /** This part's share of the counts of all departments and by skill, as the result's cells of the year observed. */
    final double[] allCounts;
    final double[] skillCounts;
    /** A course run's candidates in this part: per tier, and per persona and tier. */
    final double[] tierCount = new double[3];
    final double[][] tierByPersona;

    AnalyticPart(AnalyticRun run, int part) {
        this.run = run;
        this.part = part;
        this.input = run.input;
        this.plan = run.plan;
        this.progress = new ProgressStates(input);
        this.hasSteps = run.hasSteps;
        this.lastStep = run.lastStep;
        step1 = new double[plan.departments * plan.personas];
        leavers = new double[input.horizonYears()];
        hired = new double[input.horizonYears()];
        allCounts = new double[plan.personas * Steps.COUNT];
        skillCounts = new double[plan.personas * Steps.COUNT];
        tierByPersona = new double[plan.personas][3];
    }

    boolean owns(int department) {
        return run.owner(department) == part;
    }

    /** Clears this part's departments' cells of an array shared by the parts (one cell per department). */
    private void clearOwn(double[] perDepartment) {
        for (int d = 0; d < perDepartment.length; d++) {
            if (owns(d)) {
                perDepartment[d] = 0;
            }
        }
    }

    /** This part's staff at the start, then the months, meeting the other parts where the run needs all departments. */
    void run() {
        // each member's values, read into the same arrays (a state keeps copies)
        byte[] steps = new byte[plan.personas];
        byte[] skills = new byte[input.skillCount()];
        for (Staff s : input.staff()) {
            if (!owns(s.department())) {
                continue;
            }
            // as the Monte Carlo's staff table: a persona without steps has everyone at Step1未満
            for (int p = 0; p < plan.personas; p++) {
                steps[p] = hasSteps[p] ? (byte) s.stepByPersona()[p] : 0;
            }
            for (int k = 0; k < skills.length; k++) {
                skills[k] = (byte) s.skillLevels()[k];
            }
            long courses = 0;
            for (int course : s.coursesDone()) {
                courses |= 1L << course;
            }
            int pid = progress.intern(courses, steps, skills, s.monthsLeading(), s.projectsLed(), s.monthsMentoring(), 0);
            int eligible = eligibility(s.employment(), s.rank(), s.birthYear(), -s.monthsInPost());
            // the starting staff of a persona and department form one group (origin 0); members are counted
            // here and turned into shares once all are in
            Cohort group = group(s.persona(), s.department(), 0);
            group.append(pid, 1);
            for (int c = 0; c < group.sideDone.length; c++) {
                if ((courses & (1L << c)) != 0) {
                    // side courses: the group's share of members who completed them
                    group.sideDone[c]++;
                }
            }
            group.addClass(exits.id(plan, s.employment(), s.birthYear(), s.termEndFiscalYear(), s.fte(), s.specialist(),
                    eligible), 1);
        }
        for (Cohort group : groups) {
            group.countsToShares(progress);
        }
        settle();
        for (int m = 0; m < plan.months; m++) {
            int y = m / 12;
            if (m % 12 == 0 && m > 0) {
                retire(y);
            }
            leave(y);
            recruit(m, y);
            if (m % 12 == 0 && input.appointment() != null) {
                appoint(y);
            }
            refreshTotals();
            train(m);
            projects(m);
            mentoring();
            settle();
            if (m % 12 == 11) {
                observe(y);
            }
        }
    }

    Cohort group(int persona, int department, long origin) {
        if (origin != lastOrigin) {
            lastGroups = byOrigin.computeIfAbsent(origin, o -> new Cohort[(plan.personas + 1) * plan.departments]);
            lastOrigin = origin;
        }
        int at = (persona + 1) * plan.departments + department;
        Cohort group = lastGroups[at];
        if (group == null) {
            group = new Cohort(persona, department, origin, input.courses().size(), persona >= 0 && hasSteps[persona]);
            lastGroups[at] = group;
            groups.add(group);
        }
        return group;
    }

    /** Years (bits) in whose April a member is eligible for appointment, apart from persona and department. */
    int eligibility(Employment employment, int rank, int birthYear, int postStart) {
        // by employment, rank and age as the Monte Carlo's staff table keeps them (none without a policy); then the
        // months in post from postStart
        int bits = StaffTable.appointableYears(input, employment, rank, birthYear);
        for (int y = 0; bits != 0 && y < input.horizonYears(); y++) {
            if (y * 12 - postStart < input.appointment().minMonthsInPost()) {
                bits &= ~(1 << y);
            }
        }
        return bits;
    }

    void retire(int y) {
        for (Cohort g : groups) {
            for (int i = 0; i < g.classCount; i++) {
                if (exits.exitYear[g.classes[i]] == y) {
                    leavers[y] += g.counts[i];
                    g.counts[i] = 0;
                }
            }
        }
    }

    /** One month of the constant monthly hazard of each class's yearly rate. */
    void leave(int y) {
        double left = 0;
        for (Cohort g : groups) {
            boolean specialistPersona = g.persona >= 0 && plan.itSpecialist[g.persona];
            for (int i = 0; i < g.classCount; i++) {
                int c = g.classes[i];
                boolean multiplied = specialistPersona && !exits.specialist[c];
                double stay = exits.stay[c][y * 2 + (multiplied ? 1 : 0)];
                double leaving = g.counts[i] * (1 - stay);
                g.counts[i] -= leaving;
                left += leaving;
            }
        }
        leavers[y] += left;
    }

    void recruit(int m, int y) {
        List<Plan.Hire> hires = plan.hiresByMonth.get(m);
        if (hires.isEmpty()) {
            return;
        }
        // the month's hires go to departments chosen from the members of every department
        double[] staff = run.staff;
        clearOwn(staff);
        for (Cohort g : groups) {
            staff[g.department] += g.total();
        }
        run.meeting.meet(() -> run.placeHires(hires));
        int zero = -1;
        for (int k = 0; k < hires.size(); k++) {
            int department = run.hireDepartments[k];
            if (department < 0 || !owns(department)) {
                continue;
            }
            Plan.Hire hire = hires.get(k);
            Channel channel = input.channels().get(hire.channel());
            double expected = channel.fill() * channel.passRate();
            boolean fixed = channel.termYears() > 0;
            Employment employment = channel.employment();
            int termEnd = channel.termEnd(input.firstFiscalYear() + y);
            // the hire's age is random in the Monte Carlo engine; here the middle of its range
            int birthYear = channel.birthYear(input.firstFiscalYear() + y, 0.5);
            if (zero < 0) {
                zero = progress.intern(0, new byte[plan.personas], new byte[input.skillCount()], 0, 0, 0, 0);
            }
            // one origin per channel (and fiscal year for fixed terms, which end together)
            long origin = -((fixed ? y : 99) * 1_000L + hire.channel()) - 1;
            Cohort group = group(channel.persona(), department, origin);
            // the newcomers start with no progress
            group.mix(zero, expected, progress);
            group.addClass(exits.id(plan, employment, birthYear, termEnd, channel.fte(), channel.specialist(),
                    eligibility(employment, 0, birthYear, m)), expected);
            hired[y] += expected;
            for (int t : plan.hireTargetsOf[channel.persona() + 1]) {
                run.hiresByTarget[t][department] += expected;
            }
        }
    }

    void appoint(int y) {
        Appointment policy = input.appointment();
        int promoter = policy.promoterPersona();
        int general = policy.generalPersona();
        double[] promoters = run.promoters;
        clearOwn(promoters);
        double lost = 1 - policy.reappointmentProbability();
        // those not re-appointed return to general staff after this April's appointments: not candidates again now
        List<Runnable> returning = new ArrayList<>();
        roleChanges = 0;
        for (Cohort g : groups) {
            if (g.persona != promoter) {
                continue;
            }
            if (lost > 0) {
                double[] leaving = Arrays.copyOf(g.counts, g.classCount);
                for (int i = 0; i < leaving.length; i++) {
                    leaving[i] *= lost;
                    roleChanges += leaving[i];
                }
                double[] probs = Arrays.copyOf(g.probs, g.pidCount);
                int[] pids = Arrays.copyOf(g.pids, g.pidCount);
                int[] classes = Arrays.copyOf(g.classes, g.classCount);
                double[] sideDone = g.sideDone.clone();
                int department = g.department;
                long origin = g.origin;
                // without general staff (-1), to the staff without a persona
                returning.add(() -> group(general, department, origin).absorb(classes, leaving, pids, probs, sideDone,
                        progress, exits));
            }
            g.scale(1 - lost);
            promoters[g.department] += g.total();
        }
        if (general >= 0) {
            fill(policy, promoter, general, promoters, y);
        }
        returning.forEach(Runnable::run);
    }

    void fill(Appointment policy, int promoter, int general, double[] promoters, int y) {
        // fill each department's expected deficit from its eligible staff, the most trained first
        int bit = 1 << y;
        List<List<Cohort>> candidates = new ArrayList<>();
        for (int d = 0; d < plan.departments; d++) {
            candidates.add(new ArrayList<>());
        }
        for (Cohort g : groups) {
            if (g.persona == general && input.departments().get(g.department).kind() == DepartmentKind.BUSINESS
                    && eligibleCount(g, bit) > 0) {
                candidates.get(g.department).add(g);
            }
        }
        // the caps (a total stock, a yearly number of appointments) scale every department's deficit alike, as the
        // Monte Carlo serves departments in rounds by need: computed from all departments' deficits
        double[] deficits = run.deficits;
        for (int d = 0; d < plan.departments; d++) {
            if (owns(d)) {
                deficits[d] = candidates.get(d).isEmpty() ? 0
                        : Math.max(0, Math.min(policy.perDepartment() - promoters[d], available(candidates.get(d), bit)));
            }
        }
        run.meeting.meet(run::scaleAppointments);
        double scale = run.appointmentScale;
        for (int d = 0; d < plan.departments; d++) {
            double deficit = deficits[d] * scale;
            List<Cohort> here = candidates.get(d);
            if (here.isEmpty() || deficit <= 1e-12) {
                continue;
            }
            // per candidate group: its eligible members and the probabilities of their promoter steps
            double[] eligibleMembers = new double[here.size()];
            double[][] tiers = new double[here.size()][Steps.COUNT];
            for (int k = 0; k < here.size(); k++) {
                eligibleMembers[k] = eligibleCount(here.get(k), bit);
                promoterSteps(here.get(k), promoter, tiers[k]);
            }
            // the share appointed at each step, the highest first
            double[] shares = new double[Steps.COUNT];
            for (int step = Steps.TOP; step >= 0 && deficit > 1e-12; step--) {
                double eligible = 0;
                for (int k = 0; k < here.size(); k++) {
                    eligible += eligibleMembers[k] * tiers[k][step];
                }
                if (eligible > 0) {
                    shares[step] = Math.min(1, deficit / eligible);
                    deficit -= shares[step] * eligible;
                }
            }
            for (int k = 0; k < here.size(); k++) {
                Cohort g = here.get(k);
                appointFrom(g, group(promoter, d, g.origin), promoter, shares, tiers[k], bit);
            }
        }
    }

    double available(List<Cohort> here, int bit) {
        double sum = 0;
        for (Cohort g : here) {
            sum += eligibleCount(g, bit);
        }
        return sum;
    }

    /** The probability of each step of another persona among a group's members. */
    void promoterSteps(Cohort g, int persona, double[] into) {
        Arrays.fill(into, 0);
        for (int i = 0; i < g.pidCount; i++) {
            into[progress.step(g.pids[i], persona)] += g.probs[i];
        }
    }

    double eligibleCount(Cohort g, int yearBit) {
        double sum = 0;
        for (int i = 0; i < g.classCount; i++) {
            if ((exits.eligible[g.classes[i]] & yearBit) != 0) {
                sum += g.counts[i];
            }
        }
        return sum;
    }

    /**
     * Appoints a share of a group's eligible members at each step. The appointed have the eligible classes and
     * the steps' progress; what stays keeps its numbers per class and per progress state (their product is then
     * an approximation when eligibility and progress differ between classes).
     */
    void appointFrom(Cohort g, Cohort to, int promoter, double[] shares, double[] tiers, int yearBit) {
        double fraction = 0;
        for (int step = 0; step < Steps.COUNT; step++) {
            fraction += tiers[step] * shares[step];
        }
        if (fraction <= 0) {
            return;
        }
        double total = g.total();
        double[] movedCounts = new double[g.classCount];
        double moved = 0;
        for (int i = 0; i < g.classCount; i++) {
            if ((exits.eligible[g.classes[i]] & yearBit) != 0) {
                movedCounts[i] = g.counts[i] * fraction;
                moved += movedCounts[i];
            }
        }
        if (moved <= 0) {
            return;
        }
        double[] movedProbs = new double[g.pidCount];
        for (int i = 0; i < g.pidCount; i++) {
            movedProbs[i] = g.probs[i] * shares[progress.step(g.pids[i], promoter)] / fraction;
        }
        to.absorb(g, movedCounts, movedProbs, progress, exits);
        roleChanges += moved;
        for (int i = 0; i < g.classCount; i++) {
            g.counts[i] -= movedCounts[i];
        }
        double rest = total - moved;
        for (int i = 0; i < g.pidCount; i++) {
            g.probs[i] = rest <= 1e-12 ? 0 : Math.max(0, (total * g.probs[i] - moved * movedProbs[i]) / rest);
        }
        g.refreshSteps(progress);
    }

    /** Members per group, for the phases of a month that move progress only. */
    void refreshTotals() {
        for (Cohort g : groups) {
            g.cachedTotal = g.total();
        }
    }

    void train(int m) {
        List<CourseRun> runs = plan.coursesByMonth.get(m);
        for (CourseRun courseRun : runs) {
            int course = courseRun.course();
            long bit = 1L << course;
            boolean side = (progress.relevant & bit) == 0;
            // the tier of each persona and step: 0 needs it for the next step, 1 priority persona, 2 target persona
            int[][] tiers = new int[plan.personas][Steps.COUNT];
            boolean[] candidates = new boolean[plan.personas];
            for (int p = 0; p < plan.personas; p++) {
                boolean priority = p == courseRun.priorityPersona();
                boolean target = (plan.coursePersonas[course] & (1L << p)) != 0;
                for (int s = 0; s <= Steps.TOP; s++) {
                    boolean needed = s < Steps.TOP && (plan.nextStepCourses[p][s] & bit) != 0;
                    tiers[p][s] = needed ? 0 : priority ? 1 : target ? 2 : -1;
                    candidates[p] |= tiers[p][s] >= 0;
                }
            }
            // this part's candidates; the seats are shared out over those of all parts
            double[] tierCount = this.tierCount;
            double[][] tierByPersona = this.tierByPersona;
            Arrays.fill(tierCount, 0);
            for (double[] each : tierByPersona) {
                Arrays.fill(each, 0);
            }
            for (Cohort g : groups) {
                if (g.persona < 0) {
                    continue;
                }
                if (side) {
                    // a side course's tier does not depend on the step
                    int tier = tiers[g.persona][0];
                    if (tier >= 0) {
                        tierCount[tier] += g.cachedTotal * (1 - g.sideDone[course]);
                    }
                    continue;
                }
                if (!candidates[g.persona]) {
                    continue;
                }
                byte[] tierOf = candidateTiers(courseRun, g.persona);
                int[] ofStep = tiers[g.persona];
                // the group's share in each tier, in plain variables (adding to array elements waits for the add before)
                double first = 0;
                double second = 0;
                double third = 0;
                for (int i = 0; i < g.pidCount; i++) {
                    int pid = g.pids[i];
                    int tier = tierOf[pid];
                    if (tier == 0) {
                        tier = tierOf[pid] = candidateTier(ofStep, pid, g.persona, bit);
                    }
                    double prob = g.probs[i];
                    first += tier == 2 ? prob : 0;
                    second += tier == 3 ? prob : 0;
                    third += tier == 4 ? prob : 0;
                }
                double total = g.cachedTotal;
                double[] byTier = tierByPersona[g.persona];
                byTier[0] += total * first;
                byTier[1] += total * second;
                byTier[2] += total * third;
            }
            for (double[] byTier : tierByPersona) {
                for (int t = 0; t < 3; t++) {
                    tierCount[t] += byTier[t];
                }
            }
            run.meeting.meet(() -> run.shareSeats(courseRun));
            double[] share = run.seatShares;
            if (share[0] <= 0 && share[1] <= 0 && share[2] <= 0) {
                continue;
            }
            for (Cohort g : groups) {
                if (g.persona < 0) {
                    continue;
                }
                if (side) {
                    int tier = tiers[g.persona][0];
                    if (tier >= 0 && share[tier] > 0) {
                        g.sideDone[course] += (1 - g.sideDone[course]) * Math.min(1, share[tier]);
                    }
                    continue;
                }
                if (!candidates[g.persona]) {
                    continue;
                }
                int n = g.pidCount;
                byte[] tierOf = candidateTiers(courseRun, g.persona);
                for (int i = 0; i < n; i++) {
                    // every state was looked at by the count above
                    int tier = tierOf[g.pids[i]];
                    if (tier > 1 && share[tier - 2] > 0) {
                        g.move(i, share[tier - 2], progress.afterCourse(g.pids[i], course));
                    }
                }
            }
        }
    }

    /**
     * Per course, priority persona and candidate persona: each progress state's tier as a candidate of the course's
     * runs ({@link #candidateTier}), 0 where not yet known. A state's tier never changes, so it is kept for the run.
     */
    private byte[][] tierByState;

    private byte[] candidateTiers(CourseRun courseRun, int persona) {
        if (tierByState == null) {
            tierByState = new byte[input.courses().size() * (plan.personas + 1) * plan.personas][0];
        }
        int at = (courseRun.course() * (plan.personas + 1) + courseRun.priorityPersona() + 1) * plan.personas + persona;
        if (tierByState[at].length < progress.size) {
            tierByState[at] = Arrays.copyOf(tierByState[at], progress.size * 2);
        }
        return tierByState[at];
    }

    /** 1 when a state is no candidate of a course run (done, or no tier at its step), else its tier + 2. */
    private byte candidateTier(int[] tierOfStep, int pid, int persona, long courseBit) {
        int tier = tierOfStep[progress.step(pid, persona)];
        return (byte) (tier >= 0 && (progress.courses[pid] & courseBit) == 0 ? tier + 2 : 1);
    }

    void projects(int m) {
        List<Plan.ProjectStart> starts = plan.projectsByMonth.get(m);
        List<List<Cohort>> byDepartment = null;
        for (Plan.ProjectStart start : starts) {
            if (!owns(start.department())) {
                continue;
            }
            if (byDepartment == null) {
                byDepartment = new ArrayList<>();
                for (int d = 0; d < plan.departments; d++) {
                    byDepartment.add(new ArrayList<>());
                }
                for (Cohort g : groups) {
                    if (g.persona >= 0 && plan.leads[g.persona]) {
                        byDepartment.get(g.department).add(g);
                    }
                }
            }
            List<Cohort> here = byDepartment.get(start.department());
            double eligible = 0;
            for (Cohort g : here) {
                double total = g.cachedTotal;
                for (int i = 0; i < g.pidCount; i++) {
                    int pid = g.pids[i];
                    if (progress.leadLeft[pid] == 0 && progress.step(pid, g.persona) >= 1) {
                        eligible += total * g.probs[i];
                    }
                }
            }
            if (eligible <= 0) {
                continue;
            }
            double share = Math.min(1, start.leadSeats() / eligible);
            int leadStart = progress.leadStart(start.durationMonths());
            for (Cohort g : here) {
                int n = g.pidCount;
                for (int i = 0; i < n; i++) {
                    int pid = g.pids[i];
                    if (progress.leadLeft[pid] == 0 && progress.step(pid, g.persona) >= 1) {
                        g.move(i, share, progress.afterLeadStart(pid, leadStart));
                        g.leading = true;
                    }
                }
            }
        }
        for (Cohort g : groups) {
            if (!g.leading) {
                continue;
            }
            int[] known = progress.memo[progress.tick];
            for (int i = 0; i < g.pidCount; i++) {
                int pid = g.pids[i];
                if (progress.leadLeft[pid] > 0) {
                    int next = pid < known.length ? known[pid] : -1;
                    if (next < 0) {
                        next = progress.afterTick(pid);
                        known = progress.memo[progress.tick];
                    }
                    g.pids[i] = next;
                    g.touch(i);
                }
            }
        }
    }

    /** Per department and persona: the expected members at Step1, gathered by {@link #mentoring()}. */
    private final double[] step1;

    void mentoring() {
        boolean any = false;
        Arrays.fill(step1, 0);
        for (Cohort g : groups) {
            if (g.persona >= 0 && plan.mentors[g.persona]) {
                any = true;
                step1[g.department * plan.personas + g.persona] += g.cachedTotal * g.stepProb[1];
            }
        }
        if (!any) {
            return;
        }
        for (Cohort g : groups) {
            if (g.persona < 0 || !plan.mentors[g.persona] || step1[g.department * plan.personas + g.persona] <= 1e-9) {
                continue;
            }
            int last = lastStep[g.persona];
            double mentoring = 0;
            for (int s = 2; s < last; s++) {
                mentoring += g.stepProb[s];
            }
            if (mentoring <= 0) {
                continue;
            }
            int[] known = progress.memo[progress.mentor];
            for (int i = 0; i < g.pidCount; i++) {
                int pid = g.pids[i];
                int step = progress.step(pid, g.persona);
                // months mentoring no longer matter once the persona's last step is reached
                if (step >= 2 && step < last) {
                    int next = pid < known.length ? known[pid] : -1;
                    if (next < 0) {
                        next = progress.afterMentoring(pid);
                        known = progress.memo[progress.mentor];
                    }
                    if (next != pid) {
                        g.pids[i] = next;
                        g.touch(i);
                    }
                }
            }
        }
    }

    void settle() {
        for (Cohort g : groups) {
            g.settle(progress);
        }
    }

    /** Amounts by (persona whose steps are settled + 1, progress state), gathered by {@link #observe}; zero in between. */
    private double[] amountByState = new double[0];

    void observe(int y) {
        // by skill, the amounts are gathered per progress state and per persona whose steps a group settles, so that
        // each state's steps are looked up once
        if (amountByState.length < progress.size * (plan.personas + 1)) {
            amountByState = new double[progress.size * (plan.personas + 1) * 2];
        }
        Result result = run.result;
        Arrays.fill(allCounts, 0);
        Arrays.fill(skillCounts, 0);
        int states = progress.size;
        int words = startTargets();
        // one pass over each group's states: its counts by step, the amounts by state (for the counts by skill) and
        // what its targets count
        for (Cohort g : groups) {
            double fte = g.fteTotal(exits);
            int settledFor = g.persona >= 0 && hasSteps[g.persona] ? g.persona + 1 : 0;
            int at = settledFor * states;
            int[] over = plan.targetsOver[g.persona + 1];
            long[] counted = over.length == 0 ? null : groupTargets(g, over, fte, words);
            double[] byStep = stepAmount;
            Arrays.fill(byStep, 0);
            double whole = 0;
            for (int i = 0; i < g.pidCount; i++) {
                int pid = g.pids[i];
                double amount = fte * g.probs[i];
                byStep[settledFor == 0 ? 0 : progress.step(pid, g.persona)] += amount;
                amountByState[at + pid] += amount;
                if (counted != null) {
                    whole += amount;
                    for (int w = 0, from = pid * words; w < words; w++) {
                        for (long bits = counted[from + w]; bits != 0; bits &= bits - 1) {
                            groupPart[w * 64 + Long.numberOfTrailingZeros(bits)] += amount;
                        }
                    }
                }
            }
            if (g.persona >= 0) {
                // this part's departments' own cells; its share of all departments' is added to the others' after
                for (int s = 0; s < Steps.COUNT; s++) {
                    result.counts[result.cell(y, g.persona, s, g.department)] += byStep[s];
                    allCounts[g.persona * Steps.COUNT + s] += byStep[s];
                }
            }
            if (counted != null) {
                for (int t : over) {
                    if (!bySideCourse[t]) {
                        run.targetWhole[t][g.department] += whole;
                        run.targetPart[t][g.department] += groupPart[t];
                    }
                }
            }
        }
        // the step of every persona's standard, whatever the group's persona; a group settles only its own persona's
        // steps, so the others are brought up to date here (as the Monte Carlo does)
        for (int own = 0; own <= plan.personas; own++) {
            for (int pid = 0; pid < states; pid++) {
                double amount = amountByState[own * states + pid];
                if (amount == 0) {
                    continue;
                }
                amountByState[own * states + pid] = 0;
                for (int p = 0; p < plan.personas; p++) {
                    if (hasSteps[p]) {
                        int settled = p == own - 1 ? pid : progress.settled(pid, p);
                        skillCounts[p * Steps.COUNT + progress.step(settled, p)] += amount;
                    }
                }
            }
        }
        run.meeting.meet(() -> run.observed(y));
    }

    /** Per target: a course target whose course moves no step (followed per group, not per progress state). */
    private boolean[] bySideCourse;
    /** Per target: the amount of the group being gathered that it counts. */
    private double[] groupPart;
    /** The amount of the group being gathered at each step of its persona. */
    private final double[] stepAmount = new double[Steps.COUNT];

    /** Clears what the targets count in this part's departments before a year's observation; returns the words per state. */
    private int startTargets() {
        int targets = input.targets().size();
        if (groupPart == null) {
            groupPart = new double[targets];
            bySideCourse = new boolean[targets];
            for (int t = 0; t < targets; t++) {
                TargetSpec target = input.targets().get(t);
                bySideCourse[t] = target.kind().counted() == SimulationInput.Counted.COURSE && target.course() >= 0
                        && (progress.relevant & 1L << target.course()) == 0;
            }
        }
        for (int t = 0; t < targets; t++) {
            clearOwn(run.targetPart[t]);
            clearOwn(run.targetWhole[t]);
        }
        return (targets + 63) / 64;
    }

    /**
     * What the targets that can count a group's members ({@link Plan#targetsOver}) count of it: a course that moves no
     * step from the group's share that did it; the others, which count progress states, are cleared for the pass over
     * the group's states, whose bits of counting targets are returned (null: none counts progress).
     */
    private long[] groupTargets(Cohort g, int[] over, double fte, int words) {
        int d = g.department;
        boolean byProgress = false;
        for (int t : over) {
            if (bySideCourse[t]) {
                // a course that moves no step is followed per group, not per progress
                run.targetWhole[t][d] += fte;
                run.targetPart[t][d] += fte * g.sideDone[input.targets().get(t).course()];
            } else {
                byProgress = true;
                groupPart[t] = 0;
            }
        }
        return byProgress ? countedStates(g.persona, over, words) : null;
    }

    /** Per persona of a group (+1): the targets counting each progress state (bits, words per state), and which are known. */
    private long[][] countedByState;
    private int[] countedKnown;

    /** The targets that count each progress state among a persona's groups (see {@link #countedByState}), all states known. */
    private long[] countedStates(int persona, int[] over, int words) {
        if (countedByState == null) {
            countedByState = new long[plan.personas + 1][0];
            countedKnown = new int[plan.personas + 1];
        }
        int at = persona + 1;
        int states = progress.size;
        if (countedKnown[at] < states) {
            long[] counted = Arrays.copyOf(countedByState[at], states * words);
            for (int pid = countedKnown[at]; pid < states; pid++) {
                for (int t : over) {
                    if (bySideCourse[t]) {
                        continue;
                    }
                    TargetSpec target = input.targets().get(t);
                    // another persona's steps are brought up to date first, as for the counts by skill
                    int stepPersona = TargetValues.stepPersona(target, persona);
                    int settled = stepPersona >= 0 && stepPersona != persona ? progress.settled(pid, stepPersona) : pid;
                    if (TargetValues.counted(target, stepPersona >= 0 ? progress.step(settled, stepPersona) : -1,
                            progress.courses[settled])) {
                        counted[pid * words + t / 64] |= 1L << (t % 64);
                    }
                }
            }
            countedByState[at] = counted;
            countedKnown[at] = states;
        }
        return countedByState[at];
    }
}
