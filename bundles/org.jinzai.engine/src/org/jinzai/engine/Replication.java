package org.jinzai.engine;

import java.util.Arrays;
import java.util.List;

import org.jinzai.engine.SimulationInput.Appointment;
import org.jinzai.engine.SimulationInput.Channel;
import org.jinzai.engine.SimulationInput.Course;
import org.jinzai.engine.SimulationInput.CourseRun;
import org.jinzai.engine.SimulationInput.Employment;
import org.jinzai.engine.SimulationInput.TargetSpec;
import org.jinzai.engine.SimulationResult.DepartmentFlow;
import org.jinzai.engine.SimulationResult.Flow;
import org.jinzai.engine.calibration.RosterRecord;
import org.jinzai.engine.internal.Rng;

/**
 * One replication: the staff as parallel arrays (structure of arrays), reused from replication to
 * replication by one worker thread. The month loop follows the order documented in the package.
 */
final class Replication {

    private static final int NONE = -1;

    private final Plan plan;
    private final SimulationInput in;
    private final SimulationResult result;
    private final long seed;
    /** The run's index of this table's first replication (replication r of the result is the run's first + r). */
    private final int first;
    private final RotationStep rotation;
    private final int skills;
    private final int personas;

    // the staff, one row per person (initial staff first, then hires): the columns every member carries, and
    // below them those of this replication only
    final StaffTable staff;
    int size;
    final boolean[] alive;
    final long[] key;
    final int[] tenureMonths;
    final int[] lastCourse;
    final int[] leaveMonth;
    final int[] leadEnd;
    final int[] channelOf;
    /** The fiscal year in which a member last left the DX-promoter role by not being re-appointed, or NONE. */
    final int[] roleEndedYear;
    final boolean[] dirty;
    /**
     * Per member, the personas (a bit each) whose steps may have changed with their history since they were last
     * computed; and the list of members with any.
     */
    private final long[] staleMask;
    private int[] staleList;
    private int staleCount;

    private int replication;
    /** The rosters kept as a history, when asked for ({@link MonteCarloEngine#pastRosters}); null in a run. */
    PastRosters history;
    /** The members of each persona who are still there (in no particular order), and each member's place in its list. */
    private final int[][] members;
    private final int[] memberCount;
    private final int[] memberSlot;

    Replication(Plan plan, SimulationResult result, long seed, int first) {
        this.plan = plan;
        this.first = first;
        this.in = plan.input;
        this.result = result;
        this.seed = seed;
        this.stayPowers = plan.stayPowers();
        this.reappointmentProbability = in.appointment() == null ? 0 : in.appointment().reappointmentProbability();
        this.skills = in.skillCount();
        this.personas = plan.personas;
        this.hasSteps = new boolean[personas];
        for (int p = 0; p < personas; p++) {
            hasSteps[p] = in.personas().get(p).hasSteps();
        }
        int n = plan.capacity;
        staff = new StaffTable(n, skills, personas, plan.departments);
        alive = new boolean[n];
        key = new long[n];
        personStream = new long[n];
        tenureMonths = new int[n];
        lastCourse = new int[n];
        leaveMonth = new int[n];
        leadEnd = new int[n];
        channelOf = new int[n];
        roleEndedYear = new int[n];
        dirty = new boolean[n];
        staleMask = new long[n];
        rotation = in.rotation() == null ? null : new RotationStep(plan, this);
        members = new int[personas][n];
        memberCount = new int[personas];
        memberSlot = new int[n];
        allocateWorkingLists(n);
    }

    /**
     * Every list a replication works with, at the most it can hold (a row each at most, the table's capacity): a list
     * that grew during the first replications of a worker had its growth compiled as never happening, and the next run's
     * new workers then threw the compiled engine away at their first month (measured: the second run of a session took
     * 3.5 s instead of 2.7 s while the compiler made it again on the cores the run needed).
     */
    private void allocateWorkingLists(int n) {
        for (int b = 0; b < 12; b++) {
            leaversByMonth[b] = new int[n];
        }
        staleList = new int[n];
        dirtyList = new int[n];
        // a year's end is that of the years before the last (the last year's is after the horizon)
        endRows = new int[Math.max(0, in.horizonYears() - 1)][n];
        endCount = new int[endRows.length];
        leading = new int[n];
        mentors = new int[n];
        candidates = new int[n + 1];
        candidateKeys = new double[n + 1];
        spare = new int[n + 1];
        spareKeys = new double[n + 1];
        candidateTiers = new int[n + 1];
        vacant = new long[plan.businessDepartments.length];
        int best = in.appointment() == null ? 1 : Math.max(1, in.appointment().perDepartment());
        bestMembers = new int[plan.departments][best];
        bestKeys = new long[plan.departments][best];
        bestCount = new int[plan.departments];
        int runs = 0;
        for (List<CourseRun> month : plan.coursesByMonth) {
            runs = Math.max(runs, month.size());
        }
        runTiers = new int[runs][personas * Steps.COUNT];
        runCandidates = new int[runs][n + 1];
        runCandidateTiers = new int[runs][n + 1];
        runCounts = new int[runs];
        runTierCounts = new int[runs][3];
        hasStep1 = new long[plan.departments];
        yearCounts = new float[result.yearCells()];
        yearSkillCounts = new float[personas * Steps.COUNT];
        int targets = in.targets().size();
        targetPart = new double[targets][plan.departments];
        targetWhole = new double[targets][plan.departments];
        departmentUnits = new long[plan.departments];
        roleUnits = new long[personas * Steps.COUNT * plan.departments];
        skillUnits = new long[personas * Steps.COUNT * plan.departments];
        courseUnits = new long[targets * plan.departments];
        missed = new boolean[plan.departments];
    }

    /** Member i took a post or had its tenure set: listed for the rotation at which its tenure is over (none without one). */
    private void listForRotation(int i) {
        if (rotation != null) {
            rotation.due(i);
        }
    }

    /** Adds member i to the list of its persona (none: nothing). */
    private void join(int i) {
        int p = staff.persona[i];
        if (p >= 0) {
            if (memberCount[p] == members[p].length) {
                members[p] = Arrays.copyOf(members[p], memberCount[p] * 2);
            }
            memberSlot[i] = memberCount[p];
            members[p][memberCount[p]++] = i;
        }
    }

    /** Takes member i out of the list of its persona: the last of the list takes its place. */
    private void part(int i) {
        int p = staff.persona[i];
        if (p >= 0) {
            int last = members[p][--memberCount[p]];
            members[p][memberSlot[i]] = last;
            memberSlot[last] = memberSlot[i];
        }
    }

    /** How many members persona p has now (those still there, not away). */
    int memberCount(int p) {
        return memberCount[p];
    }

    /** The k-th member of persona p now, in no particular order. */
    int member(int p, int k) {
        return members[p][k];
    }

    /** Gives member i another persona, in the lists too. */
    private void changePersona(int i, int persona) {
        part(i);
        staff.persona[i] = persona;
        join(i);
    }

    /** This replication's leaving (the plan's, or drawn from the posteriors) and re-appointment probability. */
    private double[][] stayPowers;
    private double reappointmentProbability;

    double uniform(long who, int kind, int time) {
        return Rng.uniform(stream, who, kind, time);
    }

    /** A draw for member i: the same number as {@code uniform(key[i], kind, time)}, with half the mixing. */
    double draw(int i, int kind, int time) {
        return Rng.draw(personStream[i], kind, time);
    }

    void run(int replicationIndex) {
        begin(replicationIndex);
        for (int m = 0; m < plan.months; m++) {
            month(m);
        }
    }

    /** Starts replication {@code replicationIndex}: its random numbers, its rates and the staff at the start. */
    void begin(int replicationIndex) {
        this.replication = replicationIndex;
        this.stream = Rng.stream(seed, first + replicationIndex);
        if (plan.drawsRates()) {
            stayPowers = plan.drawnStayPowers(stream);
            reappointmentProbability = in.appointment() == null ? 0 : plan.reappointmentProbability(stream);
        }
        reset();
        supportCount = 0;
        startedYear = NONE;
        awayCount = 0;
        vacantMonth = NONE;
    }

    /** Month {@code m} (0: April of the first fiscal year) of the replication begun, in the order of the package. */
    void month(int m) {
        int y = m / 12;
        if (m % 12 == 0) {
            startYear(y);
        }
        leaveOfMonth(m, y);
        recruit(m, y);
        if (m % 12 == 0 && in.appointment() != null) {
            appoint(y);
        }
        train(m, y);
        projects(m);
        mentoring();
        updateSteps();
        if (rotation != null && m % 12 == Plan.monthIndex(0, in.rotation().moveMonth())) {
            rotation.rotate(m, y);
            updateSteps();
        }
        costs(y);
        if (m % 12 == 11) {
            observe(y);
        }
    }

    /** The fiscal year whose start was done, or NONE. */
    private int startedYear = NONE;

    /**
     * The start of fiscal year y (done once, whether a region asks for it before the pools allocate or April's month does
     * it): last year's term ends and retirements, the staff on secondment who come back and those who go, then the
     * year's leaving draws.
     */
    void startYear(int y) {
        if (startedYear == y) {
            return;
        }
        startedYear = y;
        if (y > 0) {
            endOfTermsAndRetirements(y - 1, y);
        }
        if (awayCount > 0) {
            comeBack(y);
        }
        if (!secondments.isEmpty()) {
            sendOut(y);
        }
        if (history != null) {
            history.roster(y);
        }
        drawLeavers(y, 12 * y, 0);
    }

    // secondments to a region's pools (出向): staff away for a term, not the organization's staff meanwhile
    private List<RegionInput.Secondment> secondments = List.of();
    private int[] away = new int[8];
    private int awayCount;
    private int[] awayUntil = new int[0];
    private int[] awayOf = new int[0];

    /** Sets the secondments of the runs begun from now on (none: the organization sends nobody). */
    void secondments(List<RegionInput.Secondment> list) {
        secondments = List.copyOf(list);
        if (!list.isEmpty() && awayUntil.length < staff.capacity()) {
            awayUntil = new int[staff.capacity()];
            awayOf = new int[staff.capacity()];
        }
    }

    /** How many of its staff are on secondment to pool {@code pool} now. */
    int away(int pool) {
        int n = 0;
        for (int k = 0; k < awayCount; k++) {
            n += secondments.get(awayOf[away[k]]).pool() == pool ? 1 : 0;
        }
        return n;
    }

    /** The days a week its staff on secondment to pool {@code pool} serve the members now. */
    int awayDays(int pool) {
        int days = 0;
        for (int k = 0; k < awayCount; k++) {
            RegionInput.Secondment secondment = secondments.get(awayOf[away[k]]);
            days += secondment.pool() == pool ? secondment.servingDays() : 0;
        }
        return days;
    }

    /**
     * In April of year y, each secondment's staff of the year: regular holders of its persona (in its department) who
     * will not reach retirement age before they come back, the ones with the smallest draw of their own.
     */
    private void sendOut(int y) {
        int[] ages = in.attrition().retirementAge();
        // the first secondment that sends this year draws lots by year; the others by year and secondment (with the
        // first one's lots, those it passed over would come with the larger lots again)
        boolean first = true;
        for (int j = 0; j < secondments.size(); j++) {
            RegionInput.Secondment secondment = secondments.get(j);
            int wanted = secondment.staff()[y];
            if (wanted == 0) {
                continue;
            }
            int p = secondment.persona();
            int back = y + secondment.termYears();
            int lastYear = back - 1;
            int retirementAge = ages[Math.min(lastYear, ages.length - 1)];
            int[] candidates = new int[memberCount[p]];
            int count = 0;
            for (int k = 0; k < memberCount[p]; k++) {
                int i = members[p][k];
                if (staff.employment[i] == Employment.REGULAR && (secondment.department() < 0 || staff.department[i] == secondment.department())
                        && (retirementAge <= 0 || age(i, lastYear) < retirementAge)) {
                    candidates[count++] = i;
                }
            }
            // by lot: the smallest draws (ties by row), whatever the order of the persona's list
            Integer[] order = new Integer[count];
            double[] lot = new double[count];
            long salt = first ? Rng.salt(Rng.SECOND, y) : Rng.saltAt(Rng.SECOND_SPEC, (long) y << 32 | j);
            first = false;
            for (int k = 0; k < count; k++) {
                order[k] = k;
                lot[k] = Rng.drawSalted(personStream[candidates[k]], salt);
            }
            Arrays.sort(order, (a, b) -> lot[a] != lot[b] ? Double.compare(lot[a], lot[b]) : Integer.compare(candidates[a], candidates[b]));
            for (int k = 0; k < Math.min(wanted, count); k++) {
                goAway(candidates[order[k]], j, back);
            }
        }
    }

    private void goAway(int i, int secondment, int back) {
        alive[i] = false;
        part(i);
        staff.departmentCount[staff.department[i]]--;
        leadEnd[i] = NONE;
        awayUntil[i] = back;
        awayOf[i] = secondment;
        if (awayCount == away.length) {
            away = Arrays.copyOf(away, awayCount * 2);
        }
        away[awayCount++] = i;
    }

    /** In April of year y, those whose term ends come back to their department, with at least the secondment's step. */
    private void comeBack(int y) {
        int kept = 0;
        for (int k = 0; k < awayCount; k++) {
            int i = away[k];
            if (awayUntil[i] != y) {
                away[kept++] = i;
                continue;
            }
            RegionInput.Secondment secondment = secondments.get(awayOf[i]);
            alive[i] = true;
            join(i);
            staff.departmentCount[staff.department[i]]++;
            int p = secondment.persona();
            if (hasSteps[p] && secondment.step() > staff.step[i * personas + p]) {
                staff.step[i * personas + p] = (byte) secondment.step();
            }
            staff.postStart[i] = 12 * y;
            tenureMonths[i] = drawTenure(i);
            listForRotation(i);
            // away at the end of last year (not looked at): listed again from this year
            listForEnd(i, y);
            markDirty(i, ALL);
        }
        awayCount = kept;
    }

    // support from outside (a region's pools): counted at the observation as the organization's own external experts
    private int supportCount;
    private int[] supportPersona = new int[4];
    private int[] supportStep = new int[4];
    private int[] supportDepartment = new int[4];
    private double[] supportFte = new double[4];

    /**
     * Sets the support from outside the organization that the next observations count (until set again): {@code fte}
     * full-time equivalents of a persona at a step in a department, counted in the counts by role and in the step
     * targets of that persona (by role or by skill) as a member of the staff at that step would be; not in targets over
     * everyone or of another persona, course completion rates, the headcount, the flows or the counts by skill (they are
     * not the organization's staff). Support of 0 FTE is not counted at all.
     */
    void support(int count, int[] persona, int[] step, int[] department, double[] fte) {
        if (supportPersona.length < count) {
            supportPersona = new int[count];
            supportStep = new int[count];
            supportDepartment = new int[count];
            supportFte = new double[count];
        }
        System.arraycopy(persona, 0, supportPersona, 0, count);
        System.arraycopy(step, 0, supportStep, 0, count);
        System.arraycopy(department, 0, supportDepartment, 0, count);
        System.arraycopy(fte, 0, supportFte, 0, count);
        supportCount = count;
    }

    /** Whether the staff at the start were copied in full once (their other columns are the same in every replication). */
    private boolean copied;

    private void reset() {
        StaffTable start = plan.initial;
        size = start.capacity();
        if (copied) {
            staff.copyChangingFrom(start, size);
        } else {
            staff.copyFrom(start, size);
            copied = true;
        }
        Arrays.fill(alive, false);
        Arrays.fill(alive, 0, size, true);
        Arrays.fill(dirty, false);
        Arrays.fill(staleMask, 0);
        dirtyCount = 0;
        staleCount = 0;
        leadCount = 0;
        Arrays.fill(leaversInMonth, 0);
        for (int t : plan.hireTargets) {
            Arrays.fill(targetPart[t], 0);
        }
        System.arraycopy(plan.staffKeys, 0, key, 0, size);
        Arrays.fill(lastCourse, 0, size, Integer.MIN_VALUE / 2);
        Arrays.fill(leaveMonth, 0, size, NONE);
        Arrays.fill(leadEnd, 0, size, NONE);
        Arrays.fill(channelOf, 0, size, NONE);
        Arrays.fill(roleEndedYear, 0, size, NONE);
        // the initial staff's steps of every persona come with the plan's table (settled once for all replications)
        Arrays.fill(memberCount, 0);
        if (rotation != null) {
            rotation.clear();
        }
        for (int i = 0; i < size; i++) {
            personStream[i] = Rng.person(stream, key[i]);
            tenureMonths[i] = drawTenure(i, Math.max(0, -staff.postStart[i]) / 12, true);
            join(i);
            listForRotation(i);
        }
        // the staff at the start leave at the same year's end in every replication: listed once, copied
        if (initialEndRows == null) {
            Arrays.fill(endCount, 0);
            for (int i = 0; i < size; i++) {
                listForEnd(i, 0);
            }
            initialEndRows = new int[endRows.length][];
            for (int y = 0; y < endRows.length; y++) {
                initialEndRows[y] = Arrays.copyOf(endRows[y], endCount[y]);
            }
        }
        for (int y = 0; y < endRows.length; y++) {
            System.arraycopy(initialEndRows[y], 0, endRows[y], 0, initialEndRows[y].length);
            endCount[y] = initialEndRows[y].length;
        }
    }

    /** Tenure in a post just taken, in months: whole years drawn uniformly in [min, max] of the kind of department of the post. */
    int drawTenure(int i) {
        return drawTenure(i, 0, false);
    }

    /**
     * Tenure in the current post, in months, of a member who has served {@code served} whole years in it without being
     * moved: drawn uniformly from the years of [min, max] of the post's kind not yet ruled out, at least {@code served}
     * (or {@code served + 1} for the staff at the start when their roster is after the first transfers); past the most,
     * those years: the member is due. A member who has served fewer years than the least draws what they always drew.
     */
    int drawTenure(int i, int served, boolean atStart) {
        if (in.rotation() == null) {
            return Integer.MAX_VALUE;
        }
        int d = staff.department[i];
        int least = served + (atStart && in.rotation().startsAfterTransfers() ? 1 : 0);
        if (least > plan.tenureMax[d]) {
            return 12 * least;
        }
        int min = Math.max(plan.tenureMin[d], least);
        int span = plan.tenureMax[d] - min + 1;
        return 12 * (min + (int) (draw(i, Rng.TENURE, staff.postStart[i]) * span));
    }

    int age(int i, int yearIndex) {
        return in.firstFiscalYear() + yearIndex - staff.birthYear[i];
    }

    // 1. attrition -------------------------------------------------------------------------------------

    /** In April (or on arrival), whether and in which month of the fiscal year each person leaves. */
    private void drawLeavers(int y, int month, int from) {
        for (int i = from; i < size; i++) {
            if (alive[i]) {
                drawLeaver(i, y, month);
            }
        }
    }

    private void drawLeaver(int i, int y, int month) {
        leaveMonth[i] = NONE;
        double[] byAge = in.attrition().yearlyRate()[staff.employment[i].ordinal()];
        int age = Math.max(0, Math.min(byAge.length - 1, age(i, y)));
        boolean multiplied = staff.persona[i] >= 0 && plan.itSpecialist[staff.persona[i]] && !staff.specialist[i];
        double[] stay = Plan.stayPowers(stayPowers, staff.employment[i].ordinal(), age, multiplied);
        if (stay == null) {
            return; // no leaving at that age
        }
        double u = draw(i, Rng.ATTRITION, y);
        // months survived before leaving, from the constant monthly hazard, counted from the month of arrival
        int left = 12 - month % 12;
        if (u < 1 - stay[left]) {
            int m = 0;
            while (m < left - 1 && u >= 1 - stay[m + 1]) {
                m++;
            }
            leaveMonth[i] = month + m;
            int bucket = leaveMonth[i] % 12;
            if (leaversInMonth[bucket] == leaversByMonth[bucket].length) {
                leaversByMonth[bucket] = Arrays.copyOf(leaversByMonth[bucket], leaversInMonth[bucket] * 2);
            }
            leaversByMonth[bucket][leaversInMonth[bucket]++] = i;
        }
    }

    /** Who leaves in which month of the current fiscal year (drawn in April or on arrival). */
    private final int[][] leaversByMonth = new int[12][];
    private final int[] leaversInMonth = new int[12];

    private void leaveOfMonth(int m, int y) {
        int month = m % 12;
        int[] bucket = leaversByMonth[month];
        for (int k = 0; k < leaversInMonth[month]; k++) {
            int i = bucket[k];
            if (alive[i] && leaveMonth[i] == m) {
                if (history != null) {
                    history.left(i, RosterRecord.Leaving.RESIGNATION);
                }
                leave(i, y);
            }
        }
        leaversInMonth[month] = 0;
    }

    /**
     * At the start of a fiscal year: those whose term ended, or who reached retirement age, last year. Only the members
     * listed for that year are looked at ({@link #listForEnd}), in the order of the rows, as a pass over everyone
     * would find them.
     */
    private void endOfTermsAndRetirements(int lastYear, int y) {
        int[] rows = endRows[lastYear];
        int count = endCount[lastYear];
        endCount[lastYear] = 0;
        Arrays.sort(rows, 0, count);
        for (int k = 0; k < count; k++) {
            int i = rows[k];
            if (!alive[i] || k > 0 && rows[k - 1] == i) {
                continue;
            }
            boolean termOver = termOver(i, lastYear);
            boolean retires = retires(i, lastYear);
            if (termOver || retires) {
                if (history != null) {
                    history.left(i, retires ? RosterRecord.Leaving.RETIREMENT : RosterRecord.Leaving.TERM_END);
                }
                leave(i, y);
            }
        }
    }

    /** Whether member i, not regular, had the last year of its term in year {@code lastYear} of the horizon or before. */
    private boolean termOver(int i, int lastYear) {
        int fiscalYear = in.firstFiscalYear() + lastYear;
        return staff.employment[i] != Employment.REGULAR && staff.termEnd[i] > 0 && staff.termEnd[i] <= fiscalYear;
    }

    /** Whether member i, regular, was of retirement age in year {@code lastYear} of the horizon. */
    private boolean retires(int i, int lastYear) {
        int[] ages = in.attrition().retirementAge();
        int retirementAge = ages[Math.min(lastYear, ages.length - 1)];
        return staff.employment[i] == Employment.REGULAR && retirementAge > 0 && age(i, lastYear) >= retirementAge;
    }

    /**
     * Per year of the horizon, the members whose term ends or who reach retirement age in it, first from the year they
     * joined or came back (they leave at the start of the next year, if still there); a member may be listed twice.
     */
    private int[][] endRows;
    private int[] endCount;
    /** The lists of the staff at the start (the same in every replication), made at the first. */
    private int[][] initialEndRows;

    /** Lists member i, there from year {@code from} of the horizon on, for the first year whose end it leaves at, if any. */
    private void listForEnd(int i, int from) {
        for (int lastYear = from; lastYear < endRows.length; lastYear++) {
            if (termOver(i, lastYear) || retires(i, lastYear)) {
                if (endCount[lastYear] == endRows[lastYear].length) {
                    endRows[lastYear] = Arrays.copyOf(endRows[lastYear], endCount[lastYear] * 2);
                }
                endRows[lastYear][endCount[lastYear]++] = i;
                return;
            }
        }
    }

    private void leave(int i, int y) {
        alive[i] = false;
        part(i);
        staff.departmentCount[staff.department[i]]--;
        leadEnd[i] = NONE;
        result.addFlow(replication, Flow.LEAVERS, y, 1);
        result.addDepartmentFlow(replication, DepartmentFlow.LEAVERS, y, staff.department[i]);
    }

    // 2. recruitment -----------------------------------------------------------------------------------

    private void recruit(int m, int y) {
        for (Plan.Hire hire : plan.hiresByMonth.get(m)) {
            Channel channel = in.channels().get(hire.channel());
            double p = channel.fill() * channel.passRate();
            if (uniform(hire.key(), Rng.RECRUIT, 0) >= p) {
                continue;
            }
            int i = size++;
            alive[i] = true;
            key[i] = hire.key();
            personStream[i] = Rng.person(stream, key[i]);
            int fiscalYear = in.firstFiscalYear() + y;
            staff.birthYear[i] = channel.birthYear(fiscalYear, uniform(hire.key(), Rng.HIRE_AGE, 0));
            staff.employment[i] = channel.employment();
            staff.termEnd[i] = channel.termEnd(fiscalYear);
            staff.fte[i] = channel.fte();
            staff.fteUnits[i] = StaffTable.units(channel.fte());
            staff.rank[i] = 0;
            staff.appointable[i] = StaffTable.appointableYears(in, channel.employment(), 0, staff.birthYear[i]);
            staff.department[i] = channel.department() >= 0 ? channel.department() : mostVacantBusinessDepartment(m);
            staff.departmentCount[staff.department[i]]++;
            staff.persona[i] = channel.persona();
            join(i);
            staff.specialist[i] = channel.specialist();
            staff.postStart[i] = m;
            tenureMonths[i] = drawTenure(i);
            listForRotation(i);
            listForEnd(i, y);
            Arrays.fill(staff.skill, i * skills, i * skills + skills, (byte) 0);
            staff.courses[i] = 0;
            lastCourse[i] = Integer.MIN_VALUE / 2;
            staff.monthsLeading[i] = 0;
            staff.projectsLed[i] = 0;
            staff.monthsMentoring[i] = 0;
            Arrays.fill(staff.step, i * personas, i * personas + personas, (byte) 0);
            leadEnd[i] = NONE;
            channelOf[i] = hire.channel();
            roleEndedYear[i] = NONE;
            markDirty(i, ALL);
            // leaving is checked from the next month on (this month's leavers have gone already)
            if (m % 12 != 11) {
                drawLeaver(i, y, m + 1);
            }
            result.addFlow(replication, Flow.HIRES, y, 1);
            result.addDepartmentFlow(replication, DepartmentFlow.HIRES, y, staff.department[i]);
            countHire(i);
        }
    }

    /** A hire counted by the new-hires targets of its persona and department (targetPart, until the year's observation). */
    private void countHire(int i) {
        for (int t : plan.hireTargetsOf[staff.persona[i] + 1]) {
            targetPart[t][staff.department[i]]++;
        }
    }

    /**
     * The business department with the most posts free (the first in the file among equals). Within a month's hires the
     * departments are kept in a heap by what they had free when last looked at: hires only fill posts, so an entry can
     * only say more than is free now, and the top is looked at again until it is up to date.
     */
    private int mostVacantBusinessDepartment(int m) {
        int[] business = plan.businessDepartments;
        if (business.length == 0) {
            return 0;
        }
        if (vacantMonth != m) {
            vacantMonth = m;
            for (int n = 0; n < business.length; n++) {
                vacant[n] = vacancyKey(business[n]);
            }
            vacantCount = business.length;
            for (int n = vacantCount / 2 - 1; n >= 0; n--) {
                siftDown(n);
            }
        }
        while (vacant[0] != vacancyKey((int) (vacant[0] & VACANT_MASK))) {
            vacant[0] = vacancyKey((int) (vacant[0] & VACANT_MASK));
            siftDown(0);
        }
        return (int) (vacant[0] & VACANT_MASK);
    }

    private static final long VACANT_MASK = (1L << 24) - 1;
    /** The heap of business departments of {@link #vacantMonth}'s hires, smallest key first; NONE: none made. */
    private long[] vacant;
    private int vacantCount;
    private int vacantMonth = NONE;

    /** A department's place in the heap: the most free posts first, then the first in the file. */
    private long vacancyKey(int d) {
        long free = plan.headcount[d] - staff.departmentCount[d];
        return (Integer.MAX_VALUE - free) << 24 | d;
    }

    private void siftDown(int n) {
        long key = vacant[n];
        while (2 * n + 1 < vacantCount) {
            int child = 2 * n + 1;
            if (child + 1 < vacantCount && vacant[child + 1] < vacant[child]) {
                child++;
            }
            if (vacant[child] >= key) {
                break;
            }
            vacant[n] = vacant[child];
            n = child;
        }
        vacant[n] = key;
    }

    // 3. appointment -----------------------------------------------------------------------------------

    private void appoint(int y) {
        Appointment policy = in.appointment();
        int promoter = policy.promoterPersona();
        refreshSkills();
        int[] perDepartment = new int[plan.departments];
        int total = 0;
        int roleExits = 0;
        int[] promoters = Arrays.copyOf(members[promoter], memberCount[promoter]);
        for (int i : promoters) {
            if (draw(i, Rng.REAPPOINT, y) < reappointmentProbability) {
                perDepartment[staff.department[i]]++;
                total++;
            } else {
                // the role ends, the skill stays: back to general staff with every step, not a candidate this April
                changePersona(i, policy.generalPersona());
                roleEndedYear[i] = y;
                roleExits++;
                markDirty(i, 0);
            }
        }
        result.addFlow(replication, Flow.ROLE_EXITS, y, roleExits);
        // one pass over the general staff: the eligible with their score, keeping the best of each department
        int[] first = bestOfEachDepartment(policy, promoter, y);
        // fair caps: rounds by need (a department with fewer promoters is served before one with more), and within a
        // round the departments in a random order of the year (the same in every scenario), never the file order
        int[] order = departmentOrder(y);
        int room = policy.total() == 0 ? Integer.MAX_VALUE : Math.max(0, policy.total() - total);
        if (policy.yearly() > 0) {
            room = Math.min(room, policy.yearly());
        }
        int appointed = 0;
        // each department's next candidate (its own cursor: moving first[d] would move the end of department d - 1's)
        int[] next = Arrays.copyOf(first, plan.departments);
        for (int level = 0; level < policy.perDepartment() && appointed < room; level++) {
            for (int n = 0; n < order.length && appointed < room; n++) {
                int d = order[n];
                if (perDepartment[d] != level || next[d] == first[d + 1]) {
                    continue;
                }
                int i = candidates[next[d]++];
                changePersona(i, promoter);
                markDirty(i, 0);
                perDepartment[d]++;
                appointed++;
            }
        }
        result.addFlow(replication, Flow.APPOINTMENTS, y, appointed);
    }

    /** The business departments in a random order of fiscal year y (a function of the department, not the run). */
    private int[] departmentOrder(int y) {
        int[] business = plan.businessDepartments;
        long[] keyed = new long[business.length];
        for (int n = 0; n < business.length; n++) {
            int d = business[n];
            keyed[n] = ((long) (uniform(plan.departmentKeys[d], Rng.APPOINT_ORDER, y) * (1L << 40)) << 20) | d;
        }
        Arrays.sort(keyed);
        int[] order = new int[business.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = (int) (keyed[k] & 0xFFFFF);
        }
        return order;
    }

    /** Per department, its best candidates for the role so far (at most the policy's per department), best first, and their keys. */
    private int[][] bestMembers;
    private long[][] bestKeys;
    private int[] bestCount;

    /**
     * The candidates for the DX-promoter role this April, each department's best first (those already trained for the
     * role, then at random), in {@link #candidates}: department d's in [first[d], first[d + 1]), returned. Only the
     * policy's number per department can be appointed there, so only those are kept. A candidate's key is its
     * department's 8 plus the steps it lacks plus its own draw, compared in steps of 2^-22, ties by row: the order a sort
     * of every candidate by key would give.
     */
    private int[] bestOfEachDepartment(Appointment policy, int promoter, int y) {
        int best = policy.perDepartment();
        Arrays.fill(bestCount, 0);
        int general = policy.generalPersona();
        int month = y * 12;
        int yearBit = 1 << y;
        // without general staff (-1) nobody is appointed
        for (int k = 0, n = best > 0 && general >= 0 ? memberCount[general] : 0; k < n; k++) {
            int i = members[general][k];
            if ((staff.appointable[i] & yearBit) == 0) {
                continue;
            }
            int d = staff.department[i];
            if (!plan.business[d] || month - staff.postStart[i] < policy.minMonthsInPost() || roleEndedYear[i] == y) {
                continue;
            }
            double key = d * 8.0 + (Steps.TOP - staff.step[i * personas + promoter]) + draw(i, Rng.APPOINT, y);
            keepIfBest(d, (long) (key * (1L << 22)), i, best);
        }
        int[] first = new int[plan.departments + 1];
        for (int d = 0; d < plan.departments; d++) {
            first[d + 1] = first[d] + bestCount[d];
        }
        if (candidates.length < first[plan.departments]) {
            candidates = new int[first[plan.departments]];
        }
        for (int d = 0; d < plan.departments; d++) {
            System.arraycopy(bestMembers[d], 0, candidates, first[d], bestCount[d]);
        }
        return first;
    }

    /** Keeps member i with key q among department d's best {@code best}, in order of key then row. */
    private void keepIfBest(int d, long q, int i, int best) {
        int count = bestCount[d];
        long[] keys = bestKeys[d];
        int[] rows = bestMembers[d];
        if (count == best && (q > keys[count - 1] || q == keys[count - 1] && i > rows[count - 1])) {
            return;
        }
        if (count < best) {
            if (count == keys.length) {
                keys = bestKeys[d] = Arrays.copyOf(keys, Math.min(best, count * 2));
                rows = bestMembers[d] = Arrays.copyOf(rows, keys.length);
            }
            count++;
            bestCount[d] = count;
        }
        int at = count - 1;
        while (at > 0 && (keys[at - 1] > q || keys[at - 1] == q && rows[at - 1] > i)) {
            keys[at] = keys[at - 1];
            rows[at] = rows[at - 1];
            at--;
        }
        keys[at] = q;
        rows[at] = i;
    }

    // 4. training --------------------------------------------------------------------------------------

    private int[] candidates;
    private double[] candidateKeys;

    /** Per course run of the month: its tier table, candidates and their tiers (one scan serves all runs). */
    private int[][] runTiers;
    private int[][] runCandidates;
    private int[][] runCandidateTiers;
    private int[] runCounts;
    private int[][] runTierCounts;

    private void train(int m, int y) {
        List<CourseRun> runs = plan.coursesByMonth.get(m);
        int n = runs.size();
        if (n == 0) {
            return;
        }
        // the tier of each persona and step: 0 needs the course for the next step, 1 priority, 2 target, -1 none
        long[] bits = new long[n];
        boolean any = false;
        for (int r = 0; r < n; r++) {
            CourseRun run = runs.get(r);
            bits[r] = 1L << run.course();
            long forPersonas = plan.coursePersonas[run.course()];
            boolean anyCandidate = false;
            for (int p = 0; p < personas; p++) {
                boolean priority = p == run.priorityPersona();
                boolean target = (forPersonas & (1L << p)) != 0;
                for (int next = 0; next < Steps.COUNT; next++) {
                    boolean needed = next < Steps.TOP && (plan.nextStepCourses[p][next] & bits[r]) != 0;
                    runTiers[r][p * Steps.COUNT + next] = needed ? 0 : priority ? 1 : target ? 2 : -1;
                    anyCandidate |= runTiers[r][p * Steps.COUNT + next] >= 0;
                }
            }
            // a run nobody may take is skipped by the scan
            bits[r] = anyCandidate ? bits[r] : -1L;
            any |= anyCandidate;
            runCounts[r] = 0;
            Arrays.fill(runTierCounts[r], 0);
        }
        if (!any) {
            return;
        }
        // steps change only at the end of the month, so one scan finds the candidates of every run; the lists
        // have room for everyone (and one more), and each person is written and kept or not without a branch
        for (int r = 0; r < n; r++) {
            if (bits[r] != -1L) {
                scanCandidates(r, bits[r]);
            }
        }
        for (int r = 0; r < n; r++) {
            CourseRun run = runs.get(r);
            int c = run.course();
            long bit = 1L << c;
            // the run's candidate list becomes the working list (the arrays are exchanged, not copied)
            int[] swap = candidates;
            candidates = runCandidates[r];
            runCandidates[r] = swap;
            swap = candidateTiers;
            candidateTiers = runCandidateTiers[r];
            runCandidateTiers[r] = swap;
            int count = runCounts[r];
            int[] tierCount = runTierCounts[r];
            if (r > 0) {
                // one course at a time: after the earlier runs of this month, a candidate is kept only if they still
                // need the course, at the tier their step now gives (a course already taken, or a step reached by an
                // earlier course that makes this one unnecessary, moves them down or out)
                int[] tiers = runTiers[r];
                int kept = 0;
                Arrays.fill(tierCount, 0);
                for (int k = 0; k < count; k++) {
                    int i = candidates[k];
                    if ((staff.courses[i] & bit) != 0) {
                        continue;
                    }
                    int tier = dirty[i] ? tiers[staff.persona[i] * Steps.COUNT + currentStep(i)] : candidateTiers[k];
                    if (tier >= 0) {
                        candidates[kept] = i;
                        candidateTiers[kept] = tier;
                        tierCount[tier]++;
                        kept++;
                    }
                }
                count = kept;
            }
            int seats = Math.min(run.seats(), count);
            if (seats < count) {
                chooseSeats(count, seats, tierCount, plan.seatSalts.get(m)[r]);
            }
            Course course = in.courses().get(c);
            for (int k = 0; k < seats; k++) {
                int i = candidates[k];
                staff.courses[i] |= bit;
                lastCourse[i] = m;
                for (int g = 0; g < course.grantedSkills().length; g++) {
                    int index = i * skills + course.grantedSkills()[g];
                    staff.skill[index] = (byte) Math.max(staff.skill[index], course.grantedLevels()[g]);
                }
                markDirty(i, plan.courseConcerns[c]);
            }
            result.addFlow(replication, Flow.TRAININGS, y, seats);
            result.addFlow(replication, Flow.COST, y, (double) seats * course.costPerSeat());
        }
    }

    private int[] candidateTiers;

    /**
     * The candidates of course run r (course bit {@code bit}) and their tiers, with the count per tier: the members of
     * the personas the run may take. Their order does not matter: seats go by tier, then by each one's own draw.
     */
    private void scanCandidates(int r, long bit) {
        int[] tiers = runTiers[r];
        int[] list = runCandidates[r];
        int[] listTiers = runCandidateTiers[r];
        int[] tierCount = runTierCounts[r];
        int count = 0;
        for (int p = 0; p < personas; p++) {
            int base = p * Steps.COUNT;
            if (tiers[base] < 0 && tiers[base + 1] < 0 && tiers[base + 2] < 0 && tiers[base + 3] < 0) {
                continue;
            }
            int[] of = members[p];
            for (int k = 0, n = memberCount[p]; k < n; k++) {
                int i = of[k];
                int tier = tiers[base + staff.step[i * personas + p]];
                list[count] = i;
                listTiers[count] = tier;
                count += (staff.courses[i] & bit) == 0 & tier >= 0 ? 1 : 0;
            }
        }
        runCounts[r] = count;
        // counted in plain variables: an increment of the same element of an array for every candidate waited for the
        // one before it
        int first = 0;
        int second = 0;
        for (int k = 0; k < count; k++) {
            int tier = listTiers[k];
            first += tier == 0 ? 1 : 0;
            second += tier == 1 ? 1 : 0;
        }
        tierCount[0] += first;
        tierCount[1] += second;
        tierCount[2] += count - first - second;
    }

    /**
     * Moves the {@code seats} chosen of the first {@code count} candidates to the front: whole tiers first; in
     * the tier where the seats run out, those with the smallest draws. The draws below a threshold a little
     * above the expected cut are gathered first, so that the selection looks at a few more than it needs
     * instead of the whole tier; the chosen set is the same either way. One pass writes those of the whole tiers and
     * those below the threshold to the spare list, which then becomes the candidate list.
     */
    private void chooseSeats(int count, int seats, int[] tierCount, long salt) {
        int tier = 0;
        int taken = 0;
        while (taken + tierCount[tier] <= seats) {
            taken += tierCount[tier];
            tier++;
        }
        int need = seats - taken;
        double threshold = (need + 4 * Math.sqrt(need) + 8) / tierCount[tier];
        int end = gatherSeats(count, tier, taken, threshold, salt);
        if (end - taken < need) {
            // fewer below the threshold than seats (rare): the whole tier
            end = gatherSeats(count, tier, taken, 2, salt);
        }
        int[] list = candidates;
        candidates = spare;
        spare = list;
        double[] keys = candidateKeys;
        candidateKeys = spareKeys;
        spareKeys = keys;
        select(taken, end, need);
    }

    /**
     * Writes the first {@code count} candidates of the tiers before {@code tier} to the front of the spare list (there
     * are {@code taken}), then those of tier {@code tier} whose draw is below {@code threshold}, with their draws;
     * returns the end.
     */
    private int gatherSeats(int count, int tier, int taken, double threshold, long salt) {
        int[] out = spare;
        double[] keys = spareKeys;
        int front = 0;
        int end = taken;
        for (int k = 0; k < count; k++) {
            int t = candidateTiers[k];
            int i = candidates[k];
            if (t < tier) {
                out[front++] = i;
            } else if (t == tier) {
                double key = Rng.drawSalted(personStream[i], salt);
                if (key < threshold) {
                    out[end] = i;
                    keys[end] = key;
                    end++;
                }
            }
        }
        return end;
    }

    /** The list {@link #chooseSeats} writes to, then exchanges with the candidates (and their draws). */
    private int[] spare;
    private double[] spareKeys;
    private float[] yearCounts;
    /** The organization's counts by skill of the year observed, per persona and step (personas without steps: 0). */
    private float[] yearSkillCounts;
    private final boolean[] hasSteps;
    /** {@link Rng#person(long, long)} of each member in the current replication. */
    final long[] personStream;
    /** {@link Rng#stream(long, int)} of the current replication. */
    private long stream;

    private void swapCandidates(int a, int b) {
        int i = candidates[a];
        candidates[a] = candidates[b];
        candidates[b] = i;
        double key = candidateKeys[a];
        candidateKeys[a] = candidateKeys[b];
        candidateKeys[b] = key;
    }

    /** Moves the {@code k} smallest keys of [from, to) to its front (quickselect), in linear expected time. */
    private void select(int from, int to, int k) {
        if (k <= 0 || k >= to - from) {
            return;
        }
        int lo = from;
        int hi = to - 1;
        int target = from + k - 1;
        while (lo < hi) {
            double pivot = candidateKeys[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (candidateKeys[i] < pivot) {
                    i++;
                }
                while (candidateKeys[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swapCandidates(i, j);
                    i++;
                    j--;
                }
            }
            if (target <= j) {
                hi = j;
            } else if (target >= i) {
                lo = i;
            } else {
                break;
            }
        }
    }

    // 5. OJT -------------------------------------------------------------------------------------------

    private void projects(int m) {
        List<Plan.ProjectStart> starts = plan.projectsByMonth.get(m);
        if (!starts.isEmpty()) {
            // staff who may lead, grouped by department (counting sort)
            int[] first = new int[plan.departments + 1];
            int count = 0;
            for (int p = 0; p < personas; p++) {
                for (int k = 0; k < memberCount[p] && plan.leads[p]; k++) {
                    int i = members[p][k];
                    if (mayLead(i, m)) {
                        first[staff.department[i] + 1]++;
                        count++;
                    }
                }
            }
            for (int d = 0; d < plan.departments; d++) {
                first[d + 1] += first[d];
            }
            int[] next = first.clone();
            int[] leads = new int[count];
            for (int p = 0; p < personas; p++) {
                for (int k = 0; k < memberCount[p] && plan.leads[p]; k++) {
                    int i = members[p][k];
                    if (mayLead(i, m)) {
                        leads[next[staff.department[i]]++] = i;
                    }
                }
            }
            for (Plan.ProjectStart start : starts) {
                int d = start.department();
                // seats beyond the department's staff who may lead find nobody
                int seats = Math.min(start.leadSeats(), first[d + 1] - first[d]);
                for (int seat = 0; seat < seats; seat++) {
                    int best = NONE;
                    double bestKey = Double.MAX_VALUE;
                    for (int k = first[d]; k < first[d + 1]; k++) {
                        int i = leads[k];
                        if (leadEnd[i] >= m) {
                            continue;
                        }
                        double u = leadDraw(i, m, start.ordinal(), seat);
                        if (u < bestKey) {
                            bestKey = u;
                            best = i;
                        }
                    }
                    if (best != NONE) {
                        leadEnd[best] = m + start.durationMonths() - 1;
                        if (leadCount == leading.length) {
                            leading = Arrays.copyOf(leading, leadCount * 2);
                        }
                        leading[leadCount++] = best;
                    }
                }
            }
        }
        // those leading: count the month, and a finished project; drop who finished, left or moved
        int kept = 0;
        for (int k = 0; k < leadCount; k++) {
            int i = leading[k];
            if (alive[i] && leadEnd[i] >= m) {
                staff.monthsLeading[i]++;
                boolean changes = plan.stepMayChange(0, staff.monthsLeading[i]);
                if (leadEnd[i] == m) {
                    staff.projectsLed[i]++;
                    changes |= plan.stepMayChange(1, staff.projectsLed[i]);
                } else {
                    leading[kept++] = i;
                }
                if (changes) {
                    markDirty(i, plan.leadingConcerns);
                }
            }
        }
        leadCount = kept;
    }

    private int[] leading;
    private int leadCount;

    private boolean mayLead(int i, int m) {
        int p = staff.persona[i];
        return alive[i] && p >= 0 && leadEnd[i] < m && plan.leads[p] && staff.step[i * personas + p] >= 1;
    }

    /**
     * Member i's number for a seat of a month's project start: a key of its own for every (month, start, seat). The
     * first 16 starts of a month with up to 4 seats keep their first key (month × 64 + start × 4 + seat); beyond, that key
     * was another start's or the next month's, so that the same members were drawn first again.
     */
    private double leadDraw(int i, int m, int ordinal, int seat) {
        if (seat < 4 && ordinal < 16) {
            return draw(i, Rng.LEAD, m * 64 + ordinal * 4 + seat);
        }
        return Rng.drawAt(personStream[i], Rng.LEAD_SEAT, (long) m << 40 | (long) ordinal << 20 | seat);
    }

    /** Step2+ staff of a mentoring persona mentor when their department has Step1 staff of that persona. */
    private void mentoring() {
        boolean any = false;
        for (boolean mentor : plan.mentors) {
            any |= mentor;
        }
        if (!any) {
            return;
        }
        Arrays.fill(hasStep1, 0);
        int mentorCount = 0;
        for (int p = 0; p < Math.min(personas, 64); p++) {
            if (!plan.mentors[p]) {
                continue;
            }
            for (int k = 0; k < memberCount[p]; k++) {
                int i = members[p][k];
                int s = staff.step[i * personas + p];
                if (s == 1) {
                    hasStep1[staff.department[i]] |= 1L << p;
                } else if (s >= 2) {
                    if (mentorCount == mentors.length) {
                        mentors = Arrays.copyOf(mentors, mentorCount * 2);
                    }
                    mentors[mentorCount++] = i;
                }
            }
        }
        for (int k = 0; k < mentorCount; k++) {
            int i = mentors[k];
            if ((hasStep1[staff.department[i]] & (1L << staff.persona[i])) != 0) {
                staff.monthsMentoring[i]++;
                if (plan.stepMayChange(2, staff.monthsMentoring[i])) {
                    markDirty(i, plan.mentoringConcerns);
                }
            }
        }
    }

    private int[] mentors;
    /** Per department, the mentoring personas with Step1 staff there this month (a bit per persona). */
    private long[] hasStep1;

    // 6. steps -----------------------------------------------------------------------------------------

    private int[] dirtyList;
    private int dirtyCount;

    /** Every persona, as a set of personas. */
    private static final long ALL = -1L;

    /**
     * Marks a person whose history or role changed: the step of their role is recomputed at the end of the month, those
     * of the personas {@code concerned} (a bit each: those whose criteria count what changed) when they are next read
     * ({@link #refreshSkills}).
     */
    void markDirty(int i, long concerned) {
        if (!dirty[i]) {
            dirty[i] = true;
            if (dirtyCount == dirtyList.length) {
                dirtyList = Arrays.copyOf(dirtyList, dirtyCount * 2);
            }
            dirtyList[dirtyCount++] = i;
        }
        if (concerned == 0) {
            return;
        }
        if (staleMask[i] == 0) {
            if (staleCount == staleList.length) {
                staleList = Arrays.copyOf(staleList, staleCount * 2);
            }
            staleList[staleCount++] = i;
        }
        staleMask[i] |= concerned;
    }

    void updateSteps() {
        int count = dirtyCount;
        dirtyCount = 0;
        for (int k = 0; k < count; k++) {
            int i = dirtyList[k];
            dirty[i] = false;
            int p = staff.persona[i];
            if (alive[i] && p >= 0 && hasSteps[p]) {
                staff.step[i * personas + p] = (byte) stepNow(i, p);
                // the role's step is up to date: the next refresh need not compute it again (unless it is the only
                // one to refresh: a member stays listed while any is)
                long others = staleMask[i] & ~(1L << p);
                if (others != 0) {
                    staleMask[i] = others;
                }
            }
        }
    }

    /** The step of a member's persona including what changed this month (steps are stored at the month's end). */
    int currentStep(int i) {
        int p = staff.persona[i];
        return hasSteps[p] ? stepNow(i, p) : staff.step[i * personas + p];
    }

    /** The step of persona p's standard that member i has reached now: steps are never lost, history only grows. */
    private int stepNow(int i, int p) {
        return staff.stepNow(i, p, plan.stepRules[p]);
    }

    /**
     * The steps of every persona's standard, not only the current role's (the skill stays with the person when the
     * role changes), for everyone whose history changed since they were last computed. Done when they are read
     * (April's appointment, the year's observation) rather than every month: a step reached only grows with the
     * history, so the step then is the same as if it had been kept up month by month (and computing it again for an
     * unchanged history changes nothing).
     */
    private void refreshSkills() {
        for (int k = 0; k < staleCount; k++) {
            int i = staleList[k];
            long concerned = staleMask[i];
            staleMask[i] = 0;
            if (alive[i]) {
                for (int p = 0; p < personas; p++) {
                    if (hasSteps[p] && (concerned & (1L << p)) != 0) {
                        staff.step[i * personas + p] = (byte) stepNow(i, p);
                    }
                }
            }
        }
        staleCount = 0;
    }

    // cost and 8. observation ------------------------------------------------------------------------

    private void costs(int y) {
        // only hires have a channel (and its yearly cost)
        for (int i = in.staff().size(); i < size; i++) {
            if (alive[i] && channelOf[i] >= 0) {
                cost(i, y);
            }
        }
        // a hire on secondment is still paid by the organization
        for (int k = 0; k < awayCount; k++) {
            if (away[k] >= in.staff().size() && channelOf[away[k]] >= 0) {
                cost(away[k], y);
            }
        }
    }

    private void cost(int i, int y) {
        int yearly = in.channels().get(channelOf[i]).costPerYear();
        if (yearly > 0) {
            result.addFlow(replication, Flow.COST, y, yearly / 12.0);
        }
    }

    private void observe(int y) {
        refreshSkills();
        // gathered here, then written at once: the result keeps replications side by side (every cell is set below, the
        // support from outside added after)
        List<TargetSpec> targets = in.targets();
        int persons = 0;
        long totalUnits = 0;
        int departments = plan.departments;
        Arrays.fill(departmentUnits, 0);
        Arrays.fill(roleUnits, 0);
        Arrays.fill(skillUnits, 0);
        Arrays.fill(courseUnits, 0);
        int[] stepPersonas = plan.stepPersonas;
        // one pass over the staff, in exact units of FTE (so that no sum depends on the order of the staff): each
        // department's staff, the holders of each persona at their step, everyone at their step of each persona's
        // standard and those with the course of each course target
        int[] persona = staff.persona;
        int[] department = staff.department;
        byte[] step = staff.step;
        long[] courses = staff.courses;
        long[] fteUnits = staff.fteUnits;
        int[][] courseTargetsOver = plan.courseTargetsOver;
        // the first four personas with steps in plain variables, the others (rare) in a loop: a loop over all of them
        // made the pass half as slow again
        int n = stepPersonas.length;
        int p0 = n > 0 ? stepPersonas[0] : -1;
        int p1 = n > 1 ? stepPersonas[1] : -1;
        int p2 = n > 2 ? stepPersonas[2] : -1;
        int p3 = n > 3 ? stepPersonas[3] : -1;
        int[] more = plan.moreStepPersonas;
        for (int i = 0; i < size; i++) {
            if (!alive[i]) {
                continue;
            }
            persons++;
            long units = fteUnits[i];
            totalUnits += units;
            int own = persona[i];
            int d = department[i];
            int row = i * personas;
            departmentUnits[d] += units;
            if (own >= 0) {
                int s = hasSteps[own] ? step[row + own] : 0;
                roleUnits[(own * Steps.COUNT + s) * departments + d] += units;
            }
            int s0 = p0 >= 0 ? step[row + p0] : 0;
            if (s0 != 0) {
                skillUnits[(p0 * Steps.COUNT + s0) * departments + d] += units;
            }
            int s1 = p1 >= 0 ? step[row + p1] : 0;
            if (s1 != 0) {
                skillUnits[(p1 * Steps.COUNT + s1) * departments + d] += units;
            }
            int s2 = p2 >= 0 ? step[row + p2] : 0;
            if (s2 != 0) {
                skillUnits[(p2 * Steps.COUNT + s2) * departments + d] += units;
            }
            int s3 = p3 >= 0 ? step[row + p3] : 0;
            if (s3 != 0) {
                skillUnits[(p3 * Steps.COUNT + s3) * departments + d] += units;
            }
            for (int p : more) {
                int s = step[row + p];
                if (s != 0) {
                    skillUnits[(p * Steps.COUNT + s) * departments + d] += units;
                }
            }
            int t = plan.courseTargetOf[own + 1];
            if (t >= 0) {
                if ((courses[i] & plan.targetCourseBit[t]) != 0) {
                    courseUnits[t * departments + d] += units;
                }
            } else if (t == Plan.MANY_COURSE_TARGETS) {
                for (int each : courseTargetsOver[own + 1]) {
                    if ((courses[i] & plan.targetCourseBit[each]) != 0) {
                        courseUnits[each * departments + d] += units;
                    }
                }
            }
        }
        // most of the staff are at step 0 of most standards: their units are the department's less those above
        for (int p : stepPersonas) {
            int base = p * Steps.COUNT * departments;
            for (int d = 0; d < departments; d++) {
                long above = 0;
                for (int s = 1; s < Steps.COUNT; s++) {
                    above += skillUnits[base + s * departments + d];
                }
                skillUnits[base + d] = departmentUnits[d] - above;
            }
        }
        countsFromUnits();
        for (int t = 0; t < targets.size(); t++) {
            if (targets.get(t).kind().counted() != SimulationInput.Counted.HIRES) {
                targetFromUnits(t);
            }
        }
        double totalFte = (double) totalUnits / FTE_UNITS;
        countSupport(targets);
        for (int d = 0; d < plan.departments; d++) {
            result.addDepartmentFlow(replication, DepartmentFlow.HEADCOUNT, y, d, staff.departmentCount[d]);
        }
        result.addFlow(replication, Flow.HEADCOUNT, y, persons);
        result.addFlow(replication, Flow.HEADCOUNT_FTE, y, totalFte);
        result.addCounts(replication, y, yearCounts);
        result.addSkillCounts(replication, y, yearSkillCounts);
        for (int t = 0; t < targets.size(); t++) {
            TargetSpec target = targets.get(t);
            double value = evaluate(t, y);
            double wanted = TargetValues.wanted(target, y, result.departmentsInScope(t));
            int met = Double.isNaN(wanted) ? -1 : value >= wanted - 1e-9 ? 1 : 0;
            result.setTarget(replication, t, y, value, met);
            if (target.scope() == SimulationInput.TargetScope.EACH_DEPARTMENT) {
                result.setDepartmentsMissed(replication, t, y, missed);
            }
        }
        for (int t : plan.hireTargets) {
            Arrays.fill(targetPart[t], 0);
        }
    }

    /**
     * The unit in which the observation sums FTE: a ten-thousandth of one, so that every sum is exact (an FTE given with
     * up to four decimals) and the same in whatever order the staff are counted.
     */
    static final int FTE_UNITS = 10_000;

    /**
     * Gathered by the observation's pass, in {@link #FTE_UNITS}: per department; per persona, step and department (by
     * role; by skill); per course target and department.
     */
    private long[] departmentUnits;
    private long[] roleUnits;
    private long[] skillUnits;
    private long[] courseUnits;

    private static float fte(long units) {
        return (float) ((double) units / FTE_UNITS);
    }

    /** The year's counts by role and by skill (each department's and the organization's) from the units gathered. */
    private void countsFromUnits() {
        int departments = plan.departments;
        int cells = departments + 1;
        for (int p = 0; p < personas; p++) {
            for (int s = 0; s < Steps.COUNT; s++) {
                int from = (p * Steps.COUNT + s) * departments;
                int to = (p * Steps.COUNT + s) * cells;
                long organization = 0;
                for (int d = 0; d < departments; d++) {
                    organization += roleUnits[from + d];
                    yearCounts[to + d + 1] = fte(roleUnits[from + d]);
                }
                yearCounts[to] = fte(organization);
            }
        }
        long[] organization = new long[Steps.COUNT];
        for (int p : plan.stepPersonas) {
            Arrays.fill(organization, 0);
            // the result keeps the organization's counts by skill only
            for (int d = 0; d < departments; d++) {
                for (int s = 0; s < Steps.COUNT; s++) {
                    organization[s] += skillAt(p, s, d);
                }
            }
            for (int s = 0; s < Steps.COUNT; s++) {
                yearSkillCounts[p * Steps.COUNT + s] = fte(organization[s]);
            }
        }
    }

    /** The staff of department d at exactly step s of persona p's standard, whatever their role (a persona without steps: all at 0). */
    private long skillAt(int p, int s, int d) {
        if (!hasSteps[p]) {
            return s == 0 ? departmentUnits[d] : 0;
        }
        return skillUnits[(p * Steps.COUNT + s) * plan.departments + d];
    }

    /** The holders of persona p (all personas: -1) in department d at step {@code from} or above. */
    private long roleAtLeast(int p, int from, int d) {
        int departments = plan.departments;
        long units = 0;
        for (int own = p < 0 ? 0 : p; own < (p < 0 ? personas : p + 1); own++) {
            for (int s = Math.max(0, from); s < Steps.COUNT; s++) {
                units += roleUnits[(own * Steps.COUNT + s) * departments + d];
            }
        }
        return units;
    }

    /** What target t counts, and over whom, in each department (FTE), from the units gathered (as {@link TargetValues#counted}). */
    private void targetFromUnits(int t) {
        TargetSpec target = in.targets().get(t);
        int departments = plan.departments;
        boolean overEveryone = target.bySkill() || target.persona() < 0;
        for (int d = 0; d < departments; d++) {
            long whole = overEveryone ? departmentUnits[d] : roleAtLeast(target.persona(), 0, d);
            long part;
            if (plan.targetByCourse[t]) {
                part = courseUnits[t * departments + d];
            } else if (target.bySkill()) {
                part = 0;
                for (int s = Math.max(0, target.minimumStep()); s < Steps.COUNT; s++) {
                    part += skillAt(target.persona(), s, d);
                }
            } else {
                part = roleAtLeast(target.persona(), target.minimumStep(), d);
            }
            targetWhole[t][d] = (double) whole / FTE_UNITS;
            targetPart[t][d] = (double) part / FTE_UNITS;
        }
    }

    private double[] ownPart;
    private double[] ownWhole;

    /**
     * Whether the organization's own staff (without support from outside) fall short of target t now, against its value
     * of fiscal year y (or, in a year without one, the next year's, else the last before): the need a region's request
     * may follow. Reads only: a step whose history changed since it was stored is computed, not stored, so the run
     * goes on exactly as without the question.
     */
    boolean shortOf(int t, int y) {
        TargetSpec target = in.targets().get(t);
        int years = target.values().length;
        int at = y;
        while (at < years && Double.isNaN(target.values()[at])) {
            at++;
        }
        if (at >= years) {
            at = y;
            while (at >= 0 && Double.isNaN(target.values()[at])) {
                at--;
            }
        }
        if (at < 0) {
            return false;
        }
        if (ownPart == null) {
            ownPart = new double[plan.departments];
            ownWhole = new double[plan.departments];
        }
        Arrays.fill(ownPart, 0);
        Arrays.fill(ownWhole, 0);
        for (int i = 0; i < size; i++) {
            if (!alive[i] || !countsIn(t, staff.persona[i])) {
                continue;
            }
            int p = TargetValues.stepPersona(target, staff.persona[i]);
            int step = p < 0 ? -1 : hasSteps[p] && (staleMask[i] & 1L << p) != 0 ? stepNow(i, p) : staff.step[i * personas + p];
            int d = staff.department[i];
            ownWhole[d] += staff.fte[i];
            if (TargetValues.counted(target, step, staff.courses[i])) {
                ownPart[d] += staff.fte[i];
            }
        }
        double value = TargetValues.aggregate(in, target, at, ownPart, ownWhole, target.kind().share(), null);
        return value < TargetValues.wanted(target, at, result.departmentsInScope(t)) - 1e-9;
    }

    private boolean countsIn(int t, int persona) {
        for (int each : plan.targetsOver[persona + 1]) {
            if (each == t) {
                return true;
            }
        }
        return false;
    }

    /** The support from outside, after the staff: in the counts by role and the targets that count its persona. */
    private void countSupport(List<TargetSpec> targets) {
        for (int k = 0; k < supportCount; k++) {
            double fte = supportFte[k];
            int own = supportPersona[k];
            if (!(fte > 0) || own < 0) {
                continue;
            }
            int s = hasSteps[own] ? supportStep[k] : 0;
            int d = supportDepartment[k];
            yearCounts[result.yearCell(own, s, d)] += (float) fte;
            yearCounts[result.yearCell(own, s, -1)] += (float) fte;
            for (int t : plan.targetsOver[own + 1]) {
                TargetSpec target = targets.get(t);
                // only in the step targets of the persona it serves as (by role or by skill): it is not the
                // organization's staff in a target over everyone, and takes none of its courses
                if (target.kind().counted() != SimulationInput.Counted.STEP || target.persona() != own) {
                    continue;
                }
                targetWhole[t][d] += fte;
                if (TargetValues.counted(target, s, 0)) {
                    targetPart[t][d] += fte;
                }
            }
        }
    }

    /** The departments that miss the EACH_DEPARTMENT target just evaluated. */
    private boolean[] missed;

    /** Per target and department, what the target counts and what it counts over (fte), gathered by {@link #observe}. */
    private double[][] targetPart;
    private double[][] targetWhole;

    private double evaluate(int t, int y) {
        TargetSpec target = in.targets().get(t);
        Arrays.fill(missed, false);
        // a new-hires target: the year's hires of its persona per department, as counted when they came
        return TargetValues.aggregate(in, target, y, targetPart[t], targetWhole[t], target.kind().share(), missed);
    }

    int replication() {
        return replication;
    }

    SimulationResult result() {
        return result;
    }
}
