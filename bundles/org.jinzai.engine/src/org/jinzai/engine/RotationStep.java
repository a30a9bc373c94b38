package org.jinzai.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.jinzai.engine.SimulationInput.DepartmentKind;
import org.jinzai.engine.SimulationInput.Employment;
import org.jinzai.engine.SimulationInput.HeadcountBound;
import org.jinzai.engine.SimulationInput.LeaveItAfterStep;
import org.jinzai.engine.SimulationInput.NoMoveAfterCourse;
import org.jinzai.engine.SimulationInput.NoMoveDuringLargeProject;
import org.jinzai.engine.SimulationInput.Rotation;
import org.jinzai.engine.SimulationInput.Rule;
import org.jinzai.engine.SimulationInput.SpecialistStaysInIt;
import org.jinzai.engine.SimulationInput.SpreadStep;
import org.jinzai.engine.SimulationInput.Step3ToLargeProjects;
import org.jinzai.engine.SimulationResult.DepartmentFlow;
import org.jinzai.engine.SimulationResult.Flow;
import org.jinzai.engine.internal.ConvexTransport;
import org.jinzai.engine.internal.Rng;

/**
 * The April rotation (人事ローテーション) of one replication. Staff whose tenure in post is over and whom no hard
 * rule holds are movers; they are grouped into classes (persona, step, specialist, where they may go) and
 * assigned to departments with free posts by a minimum-cost flow ({@link ConvexTransport}), where soft rules set
 * the costs.
 * A mover who cannot be placed stays, and is counted; a minimum-per-department rule left unmet is counted.
 */
final class RotationStep {

    /** Cost of staying in post instead of moving (larger than any rule's cost). */
    private static final long STAY_COST = 1_000_000;
    private static final double WEIGHT_SCALE = 100;
    /** Movers of a class into a department priced one by one before the cost stays flat. */
    private static final int UNIT_EDGES = 8;

    private final Plan plan;
    private final Replication r;
    private final Rotation rotation;

    /**
     * Per persona, the lowest step that a rule prices (4: none). Movers below it are one class whatever their
     * step, and are placed as if no rule were there: a rule changes only what it names.
     */
    private final int[] pricedFrom;
    /** Whether a hard maximum per department is in force. */
    private final boolean hardMaximum;
    /** Whether some transfer between kinds of department is forbidden (else the origin does not matter). */
    private final boolean transfersRestricted;

    RotationStep(Plan plan, Replication replication) {
        this.plan = plan;
        this.r = replication;
        this.rotation = plan.input.rotation();
        this.pricedFrom = new int[Math.max(1, plan.personas)];
        Arrays.fill(pricedFrom, Steps.COUNT);
        boolean hardMax = false;
        for (Rule rule : rotation.rules()) {
            switch (rule) {
                case SpreadStep s -> pricedFrom[s.persona()] = Math.min(pricedFrom[s.persona()], s.step());
                case Step3ToLargeProjects s -> pricedFrom[s.persona()] = Math.min(pricedFrom[s.persona()], Steps.TOP);
                case HeadcountBound s -> {
                    pricedFrom[s.persona()] = Math.min(pricedFrom[s.persona()], s.step());
                    hardMax |= s.hard() && s.maximum() >= 0;
                }
                // rules that price no step
                case NoMoveAfterCourse r -> {
                }
                case NoMoveDuringLargeProject r -> {
                }
                case LeaveItAfterStep r -> {
                }
                case SpecialistStaysInIt r -> {
                }
            }
        }
        this.hardMaximum = hardMax;
        int afterCourse = Integer.MIN_VALUE;
        boolean duringProject = false;
        List<int[]> leaveIt = new ArrayList<>();
        for (Rule rule : rotation.rules()) {
            if (rule instanceof NoMoveAfterCourse after) {
                afterCourse = Math.max(afterCourse, after.months());
            }
            duringProject |= rule instanceof NoMoveDuringLargeProject;
            if (rule instanceof LeaveItAfterStep leave) {
                leaveIt.add(new int[] {leave.persona(), leave.step()});
            }
        }
        this.heldAfterCourse = afterCourse;
        this.heldDuringProject = duringProject;
        this.leaveItRules = leaveIt.toArray(int[][]::new);
        this.specialistRule = rule(rotation.rules(), SpecialistStaysInIt.class);
        this.atStep = new double[plan.departments][plan.personas * Steps.COUNT];
        this.countsAtStep = rotation.rules().stream().anyMatch(rule -> rule instanceof SpreadStep || rule instanceof HeadcountBound);
        boolean restricted = false;
        for (boolean[] row : rotation.allowed()) {
            for (boolean allowed : row) {
                restricted |= !allowed;
            }
        }
        this.transfersRestricted = restricted;
        this.classIndex = new int[(plan.personas + 1) * Steps.COUNT * 2 * 2 * DepartmentKind.COUNT];
        // the lists of movers at the most they can hold (everyone): a list grown in a worker's first replications had its
        // growth compiled as never happening, and the next run's workers threw the compiled rotation away
        int capacity = replication.alive.length;
        this.moverKey = new double[capacity];
        this.byDepartment = new int[capacity];
        this.byDepartmentKey = new double[capacity];
        this.placed = new int[capacity];
        this.placedFrom = new int[capacity];
        this.moveMonth = Plan.monthIndex(0, rotation.moveMonth());
        // a year's list holds each member once or twice at most (listed again when moved or kept): room for twice everyone
        this.dueRows = new int[plan.input.horizonYears()][2 * capacity + 16];
        this.dueCount = new int[plan.input.horizonYears()];
        this.dueMark = new long[(capacity + 63) / 64];
    }

    /**
     * The rules that hold or limit a mover, as plain values for the pass over everyone: the most months after a course
     * in which nobody moves (none: the least int), whether a large project holds its personas, and per
     * {@link LeaveItAfterStep} its persona and step.
     */
    private final int heldAfterCourse;
    private final boolean heldDuringProject;
    private final int[][] leaveItRules;
    private final boolean specialistRule;
    /** Per department, the staff who stay by persona and step (for the soft rules), gathered every April. */
    private final double[][] atStep;
    /** Whether a rule reads {@link #atStep} (a spread or a headcount bound). */
    private final boolean countsAtStep;

    /** The member list of each class (by its index of the April), kept from April to April. */
    private final List<IntList> classLists = new ArrayList<>();

    /** Class index by class code, reset every April. */
    private final int[] classIndex;
    /** Random order of the movers of this April. */
    private final double[] moverKey;

    /** A class of movers that may be assigned alike. */
    private record MoverClass(int persona, int step, boolean specialist, boolean itOnly, DepartmentKind from) {
    }

    void rotate(int m, int y) {
        int departments = plan.departments;
        List<Rule> rules = rotation.rules();
        int[] staying = r.staff.departmentCount.clone();
        // classes found by an integer code instead of hashing records: this runs every April of every replication
        Arrays.fill(classIndex, -1);
        List<MoverClass> order = new ArrayList<>();
        List<IntList> members = new ArrayList<>();
        // headcount per department that stays, by persona and step, for the soft rules (gathered in the same pass)
        for (int d = 0; d < departments && countsAtStep; d++) {
            Arrays.fill(atStep[d], 0);
        }
        rotatedThrough = y;
        if (countsAtStep) {
            // the soft rules count everyone who stays: a pass over everyone
            for (int i = 0; i < r.size; i++) {
                if (!r.alive[i]) {
                    continue;
                }
                if (r.staff.employment[i] != Employment.REGULAR || m - r.staff.postStart[i] < r.tenureMonths[i] || held(i, m, y)) {
                    int p = r.staff.persona[i];
                    if (p >= 0) {
                        atStep[r.staff.department[i]][p * Steps.COUNT + r.staff.step[i * plan.personas + p]]++;
                    }
                    continue;
                }
                addMover(i, m, order, members, staying);
            }
        } else {
            // only those whose tenure is over by now, in the order of the rows (as a pass over everyone would find them)
            int[] due = dueRows[Math.min(y, dueRows.length - 1)];
            for (int k = 0, n = y < dueRows.length ? dueCount[y] : 0; k < n; k++) {
                int i = due[k];
                if (r.alive[i] && m - r.staff.postStart[i] >= r.tenureMonths[i]) {
                    dueMark[i >>> 6] |= 1L << i;
                }
            }
            for (int w = 0; w < dueMark.length; w++) {
                long bits = dueMark[w];
                dueMark[w] = 0;
                while (bits != 0) {
                    int i = (w << 6) + Long.numberOfTrailingZeros(bits);
                    bits &= bits - 1;
                    if (held(i, m, y)) {
                        // still due next year
                        due(i, y + 1);
                        continue;
                    }
                    addMover(i, m, order, members, staying);
                }
            }
        }
        if (order.isEmpty()) {
            return;
        }

        int[] free = new int[departments];
        for (int d = 0; d < departments; d++) {
            free[d] = Math.max(0, plan.input.departments().get(d).headcount() - staying[d]);
        }
        // classes whose placement matters (a rule prices it, or they may only go to some departments) are
        // assigned by the minimum-cost flow; the others, indifferent, share the posts left in proportion
        int[][] quotas = new int[order.size()][];
        List<Integer> priced = new ArrayList<>();
        for (int k = 0; k < order.size(); k++) {
            if (matters(order.get(k))) {
                priced.add(k);
            }
        }
        if (!priced.isEmpty()) {
            solveFlow(order, members, priced, free, y, rules, quotas);
            if (hardMaximum) {
                enforceMaximum(order, priced, free, rules, quotas);
            }
        }
        for (int k = 0; k < order.size(); k++) {
            if (quotas[k] == null) {
                IntList classMembers = members.get(k);
                quotas[k] = share(classMembers.size(), free, postsFromElsewhere(classMembers));
            }
        }

        int moved = 0;
        int blocked = 0;
        // per department, the range of byDepartment its movers of the class take (empty for the others: 0, 0)
        int[] start = new int[departments];
        int[] end = new int[departments];
        long[] sortKeys = new long[departments];
        int[] sources = new int[departments];
        for (int k = 0; k < order.size(); k++) {
            int[] quota = quotas[k];
            // members by the department they leave (counting sort over the departments they leave, not all), each
            // department's in random order
            IntList classMembers = members.get(k);
            int count = classMembers.size();
            int sourceCount = 0;
            for (int n = 0; n < count; n++) {
                int d = r.staff.department[classMembers.get(n)];
                if (end[d]++ == 0) {
                    sources[sourceCount++] = d;
                }
            }
            for (int q = 0, at = 0; q < sourceCount; q++) {
                int d = sources[q];
                start[d] = at;
                at += end[d];
                end[d] = start[d];
            }
            for (int n = 0; n < count; n++) {
                int i = classMembers.get(n);
                int at = end[r.staff.department[i]]++;
                byDepartment[at] = i;
                byDepartmentKey[at] = moverKey[i];
            }
            for (int q = 0; q < sourceCount; q++) {
                sortByMoverKey(start[sources[q]], end[sources[q]]);
            }
            // the most constrained destinations first (quota plus own leavers), each filled from the largest other
            // sources: nobody is "moved" to their own post; ties in department order
            int destinationCount = 0;
            for (int d = 0; d < departments; d++) {
                if (quota[d] > 0) {
                    sortKeys[destinationCount++] = descending(quota[d] + end[d] - start[d], d);
                }
            }
            Arrays.sort(sortKeys, 0, destinationCount);
            int[] destinations = new int[destinationCount];
            for (int n = 0; n < destinationCount; n++) {
                destinations[n] = (int) (sortKeys[n] & DEPARTMENT_MASK);
            }
            // the sources not yet emptied, the largest first
            int openCount = 0;
            for (int q = 0; q < sourceCount; q++) {
                int d = sources[q];
                sortKeys[openCount++] = descending(end[d] - start[d], d);
            }
            Arrays.sort(sortKeys, 0, openCount);
            int[] open = new int[openCount];
            for (int n = 0; n < openCount; n++) {
                open[n] = (int) (sortKeys[n] & DEPARTMENT_MASK);
            }
            // the open sources as a ring through nextOpen (openCount: its start and end), so that an emptied source
            // leaves it at once (a shift of the array was quadratic in the departments)
            int[] nextOpen = new int[openCount + 1];
            for (int n = 0; n <= openCount; n++) {
                nextOpen[n] = n == openCount ? 0 : n + 1;
            }
            int placedCount = 0;
            for (int to : destinations) {
                for (int before = openCount, k2 = nextOpen[before]; k2 != openCount && quota[to] > 0; k2 = nextOpen[before]) {
                    int source = open[k2];
                    if (source == to) {
                        before = k2;
                        continue;
                    }
                    // the largest keys leave first
                    int take = Math.min(quota[to], end[source] - start[source]);
                    for (int t = 0; t < take; t++) {
                        int i = byDepartment[--end[source]];
                        move(i, to, m, y);
                        placed[placedCount] = i;
                        placedFrom[placedCount++] = source;
                    }
                    quota[to] -= take;
                    moved += take;
                    if (end[source] == start[source]) {
                        nextOpen[before] = nextOpen[k2];
                    } else {
                        before = k2;
                    }
                }
            }
            moved += swapIntoOwnDepartments(quota, start, end, placedCount, m, y);
            for (int q = 0; q < sourceCount; q++) {
                int d = sources[q];
                for (int n = start[d]; n < end[d]; n++) {
                    // no free post elsewhere: stays another year
                    r.tenureMonths[byDepartment[n]] += 12;
                    due(byDepartment[n]);
                    blocked++;
                }
                start[d] = 0;
                end[d] = 0;
            }
        }
        r.result().addFlow(r.replication(), Flow.MOVES, y, moved);
        r.result().addFlow(r.replication(), Flow.BLOCKED_MOVES, y, blocked);
        countUnsatisfied(y, rules);
    }

    /** Mover i of this April: into its class (a new one the first time its kind is seen), with its own draw. */
    private void addMover(int i, int m, List<MoverClass> order, List<IntList> members, int[] staying) {
        int d = r.staff.department[i];
        DepartmentKind from = transfersRestricted ? plan.kind[d] : DepartmentKind.BUSINESS;
        int p = r.staff.persona[i];
        int step = p >= 0 ? r.staff.step[i * plan.personas + p] : 0;
        int s = p >= 0 && step >= pricedFrom[p] ? step : 0;
        boolean specialist = r.staff.specialist[i] && specialistRule;
        boolean itOnly = leaveItRules.length > 0 && itLocked(i, plan.kind[d]);
        int code = ((((p + 1) * Steps.COUNT + s) * 2 + (specialist ? 1 : 0)) * 2 + (itOnly ? 1 : 0)) * DepartmentKind.COUNT + from.ordinal();
        int k = classIndex[code];
        if (k < 0) {
            k = order.size();
            classIndex[code] = k;
            order.add(new MoverClass(p, s, specialist, itOnly, from));
            // the lists of earlier Aprils, emptied: grown once, not every April of every replication
            if (k == classLists.size()) {
                classLists.add(new IntList());
            }
            IntList list = classLists.get(k);
            list.clear();
            members.add(list);
        }
        members.get(k).add(i);
        moverKey[i] = r.draw(i, Rng.ROTATE, m);
        staying[d]--;
    }

    /**
     * Per year of the horizon, the members whose tenure may be over at that year's rotation (a member whose post or
     * tenure changed since may still be listed: checked when the year comes), so that a rotation without soft rules
     * visits those due, not everyone.
     */
    private final int[][] dueRows;
    private final int[] dueCount;
    /** The rows due this year (a bit each), to visit them in the order of the rows. */
    private final long[] dueMark;
    /** The last year whose rotation ran (or runs now); -1 before the first. */
    private int rotatedThrough = -1;
    /** The month of the year (0: April) in which the rotation runs. */
    private final int moveMonth;

    /** A new replication: nobody listed yet. */
    void clear() {
        Arrays.fill(dueCount, 0);
        rotatedThrough = -1;
    }

    /** Member i took a post or had its tenure set: listed for the first rotation still to come at which its tenure is over. */
    void due(int i) {
        if (r.staff.employment[i] != Employment.REGULAR) {
            return;
        }
        due(i, Math.ceilDiv(r.staff.postStart[i] + r.tenureMonths[i] - moveMonth, 12));
    }

    private void due(int i, int year) {
        int y = Math.max(year, rotatedThrough + 1);
        if (countsAtStep || y >= dueRows.length) {
            return;
        }
        if (dueCount[y] == dueRows[y].length) {
            dueRows[y] = Arrays.copyOf(dueRows[y], dueCount[y] * 2);
        }
        dueRows[y][dueCount[y]++] = i;
    }

    private static final long DEPARTMENT_MASK = (1L << 24) - 1;

    /** The members of a class placed this April, and the department each came from. */
    private final int[] placed;
    private final int[] placedFrom;

    /**
     * A department whose posts for the class are still free while only its own movers are left (the others were placed
     * elsewhere first): each such mover takes the post of one placed from a third department, who takes the free post
     * instead, so no one stays for want of a post while posts elsewhere are free. The class's count per destination is
     * unchanged. Returns how many more moved.
     */
    private int swapIntoOwnDepartments(int[] quota, int[] start, int[] end, int placedCount, int m, int y) {
        int more = 0;
        for (int d = 0; d < quota.length; d++) {
            while (quota[d] > 0 && end[d] > start[d]) {
                int swap = placedCount - 1;
                while (swap >= 0 && (placedFrom[swap] == d || r.staff.department[placed[swap]] == d)) {
                    swap--;
                }
                if (swap < 0) {
                    break;
                }
                int j = placed[swap];
                int post = r.staff.department[j];
                relocate(j, d, m, y);
                int i = byDepartment[--end[d]];
                move(i, post, m, y);
                placed[swap] = i;
                placedFrom[swap] = d;
                quota[d]--;
                more++;
            }
        }
        return more;
    }

    /** A member moved this month goes to another department instead: counted as arriving there, not where first placed. */
    private void relocate(int j, int d, int m, int y) {
        int first = r.staff.department[j];
        r.result().addDepartmentFlow(r.replication(), DepartmentFlow.MOVES_IN, y, first, -1);
        r.result().addDepartmentFlow(r.replication(), DepartmentFlow.MOVES_IN, y, d);
        r.staff.departmentCount[first]--;
        r.staff.department[j] = d;
        r.staff.departmentCount[d]++;
        r.tenureMonths[j] = r.drawTenure(j);
        due(j);
        if (r.history != null) {
            r.history.moved(j, m);
        }
    }

    /** Movers of one class grouped by department, and beside each its {@link #moverKey}. */
    private final int[] byDepartment;
    private final double[] byDepartmentKey;

    /** A sort key putting larger values first and, among equal ones, lower department numbers first. */
    private static long descending(int value, int d) {
        return ((long) (Integer.MAX_VALUE - value) << 24) | d;
    }

    /** Sorts byDepartment[from, to) by mover key (insertion sort: a department has few movers of a class). */
    private void sortByMoverKey(int from, int to) {
        for (int n = from + 1; n < to; n++) {
            int i = byDepartment[n];
            double key = byDepartmentKey[n];
            int k = n - 1;
            while (k >= from && byDepartmentKey[k] > key) {
                byDepartment[k + 1] = byDepartment[k];
                byDepartmentKey[k + 1] = byDepartmentKey[k];
                k--;
            }
            byDepartment[k + 1] = i;
            byDepartmentKey[k + 1] = key;
        }
    }

    /** Whether a class must go through the flow: a rule prices its placement or limits where it may go. */
    private boolean matters(MoverClass c) {
        if (c.specialist() || c.itOnly() || transfersRestricted) {
            return true;
        }
        return c.persona() >= 0 && c.step() >= pricedFrom[c.persona()];
    }

    /**
     * Quotas by department for an indifferent class: the free posts shared in proportion (largest remainder),
     * at most {@code cap[d]} in department d.
     */
    private static int[] share(int movers, int[] free, int[] cap) {
        int[] room = new int[free.length];
        int total = 0;
        int totalFree = 0;
        for (int d = 0; d < free.length; d++) {
            room[d] = Math.min(free[d], cap[d]);
            total += room[d];
            totalFree += free[d];
        }
        int[] quota = new int[free.length];
        if (total == 0) {
            return quota;
        }
        int placed = Math.min(movers, total);
        double[] remainder = new double[free.length];
        int assigned = 0;
        for (int d = 0; d < free.length; d++) {
            double exact = (double) placed * free[d] / totalFree;
            quota[d] = Math.min(room[d], (int) Math.floor(exact));
            remainder[d] = exact - quota[d];
            assigned += quota[d];
        }
        // one more post each to the largest remainders (the first department among equals), as long as there is room
        int[] byRemainder = new int[free.length];
        int open = 0;
        for (int d = 0; d < free.length; d++) {
            if (quota[d] < room[d]) {
                byRemainder[open++] = d;
            }
        }
        int more = Math.max(0, Math.min(open, placed - assigned));
        selectByRemainder(byRemainder, open, more, remainder);
        for (int n = 0; n < more; n++) {
            int d = byRemainder[n];
            quota[d]++;
            remainder[d] = -1;
            assigned++;
        }
        // then, if posts are still to be placed (the room of many departments is smaller than their share), again
        while (assigned < placed) {
            int best = -1;
            for (int d = 0; d < free.length; d++) {
                if (quota[d] < room[d] && (best < 0 || remainder[d] > remainder[best])) {
                    best = d;
                }
            }
            quota[best]++;
            remainder[best] = -1;
            assigned++;
        }
        for (int d = 0; d < free.length; d++) {
            free[d] -= quota[d];
        }
        return quota;
    }

    /**
     * Moves the {@code k} departments of {@code ds[0, n)} that come first (the largest remainder, the first department
     * among equals) to its front, in any order (quickselect: only which ones get a post more matters, and this runs for
     * every class of movers every April, where sorting them all cost a fifth of the rotation).
     */
    private static void selectByRemainder(int[] ds, int n, int k, double[] remainder) {
        if (k <= 0 || k >= n) {
            return;
        }
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            int pivot = ds[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (after(pivot, ds[i], remainder)) {
                    i++;
                }
                while (after(ds[j], pivot, remainder)) {
                    j--;
                }
                if (i <= j) {
                    int d = ds[i];
                    ds[i] = ds[j];
                    ds[j] = d;
                    i++;
                    j--;
                }
            }
            if (k - 1 <= j) {
                hi = j;
            } else if (k - 1 >= i) {
                lo = i;
            } else {
                break;
            }
        }
    }

    /**
     * Per department, the most of a class's members it can take: nobody is placed in the post they leave, so a
     * department takes at most the members from elsewhere.
     */
    private int[] postsFromElsewhere(IntList classMembers) {
        int[] limit = new int[plan.departments];
        Arrays.fill(limit, classMembers.size());
        for (int n = 0; n < classMembers.size(); n++) {
            limit[r.staff.department[classMembers.get(n)]]--;
        }
        return limit;
    }

    /** Whether department a comes after department b: a smaller remainder, or the same and a later department. */
    private static boolean after(int a, int b, double[] remainder) {
        int c = Double.compare(remainder[a], remainder[b]);
        return c < 0 || c == 0 && a > b;
    }

    /**
     * The minimum-cost assignment of the priced classes, one class after another; uses up their posts in {@code free}.
     * Each class sees the movers placed before it where a rule counts staff: a minimum's gap is filled once whatever
     * the steps of those who fill it, a spread counts them (priced together, each class saw only the staff who stay, so
     * movers at Step1, Step2 and Step3 were each rewarded for the same gap and could all go to one 課). First the classes
     * a hard minimum concerns, then those that can go to the fewest departments (allowed, with a free post, not only
     * their own), then the highest steps, so that the others take the posts left. One after another is not the joint
     * optimum: a class placed early takes a post whatever a later one would have gained from it.
     */
    private void solveFlow(List<MoverClass> order, List<IntList> members, List<Integer> priced, int[] free,
            int y, List<Rule> rules, int[][] quotas) {
        int departments = plan.departments;
        List<Integer> sequence = new ArrayList<>(priced);
        int[] reach = new int[order.size()];
        boolean[] hard = new boolean[order.size()];
        int[][] limits = new int[order.size()][];
        for (int k : sequence) {
            MoverClass c = order.get(k);
            int[] limit = postsFromElsewhere(members.get(k));
            limits[k] = limit;
            // departments it may go to with a free post, other than where all its members are
            for (int d = 0; d < departments; d++) {
                reach[k] += allowed(c, d) && free[d] > 0 && limit[d] > 0 ? 1 : 0;
            }
            for (Rule rule : rules) {
                hard[k] |= rule instanceof HeadcountBound bound && bound.hard() && bound.minimum() > 0 && c.persona() == bound.persona()
                        && c.step() >= bound.step();
            }
        }
        sequence.sort(Comparator.<Integer, Boolean>comparing(k -> !hard[k]).thenComparingInt(k -> reach[k])
                .thenComparingInt(k -> -order.get(k).step()));
        double[] marginal = new double[0];
        for (int k : sequence) {
            MoverClass c = order.get(k);
            IntList classMembers = members.get(k);
            int supply = classMembers.size();
            long[][] costs = new long[departments][];
            int[] limit = limits[k];
            for (int d = 0; d < departments; d++) {
                if (free[d] == 0 || limit[d] == 0 || !allowed(c, d)) {
                    continue;
                }
                // convex costs: the j-th mover of the class into d costs marginal(j), the last for all further ones
                if (marginal.length < supply + 1) {
                    marginal = new double[supply + 1];
                }
                int units = marginalCosts(c, d, y, rules, supply, marginal);
                long[] unitCosts = new long[units];
                for (int j = 0; j < units; j++) {
                    unitCosts[j] = Math.round(marginal[j] * WEIGHT_SCALE);
                }
                costs[d] = unitCosts;
            }
            int[] flow = new ConvexTransport(new int[] { supply }, free.clone(), new long[][][] { costs }, new int[][] { limit }, STAY_COST)
                    .solve()[0];
            quotas[k] = flow;
            for (int d = 0; d < departments; d++) {
                free[d] -= flow[d];
                if (c.persona() >= 0) {
                    atStep[d][c.persona() * Steps.COUNT + c.step()] += flow[d];
                }
            }
        }
        // the counts are of the staff who stay again (the maximum's limit reads them so)
        for (int k : sequence) {
            MoverClass c = order.get(k);
            for (int d = 0; d < departments && c.persona() >= 0; d++) {
                atStep[d][c.persona() * Steps.COUNT + c.step()] -= quotas[k][d];
            }
        }
    }

    /**
     * A hard maximum is a limit: where the flow's arrivals (of every class the rule counts) would take a
     * department above it, the excess arrivals are cancelled and those movers stay, counted as blocked.
     */
    private void enforceMaximum(List<MoverClass> order, List<Integer> priced, int[] free, List<Rule> rules,
            int[][] quotas) {
        for (Rule rule : rules) {
            if (!(rule instanceof HeadcountBound bound) || !bound.hard() || bound.maximum() < 0) {
                continue;
            }
            for (int d = 0; d < plan.departments; d++) {
                if (!concerns(bound, d)) {
                    continue;
                }
                int room = (int) Math.max(0, bound.maximum() - atLeast(d, bound.persona(), bound.step()));
                for (int k : priced) {
                    MoverClass c = order.get(k);
                    if (c.persona() != bound.persona() || c.step() < bound.step()) {
                        continue;
                    }
                    int keep = Math.min(quotas[k][d], room);
                    free[d] += quotas[k][d] - keep;
                    quotas[k][d] = keep;
                    room -= keep;
                }
            }
        }
    }

    private void move(int i, int d, int m, int y) {
        r.result().addDepartmentFlow(r.replication(), DepartmentFlow.MOVES_OUT, y, r.staff.department[i]);
        r.result().addDepartmentFlow(r.replication(), DepartmentFlow.MOVES_IN, y, d);
        r.staff.departmentCount[r.staff.department[i]]--;
        r.staff.department[i] = d;
        r.staff.departmentCount[d]++;
        r.staff.postStart[i] = m;
        r.tenureMonths[i] = r.drawTenure(i);
        due(i);
        r.leadEnd[i] = -1;
        if (r.history != null) {
            r.history.moved(i, m);
        }
        // a move changes no history, so no step: nothing to recompute
    }

    /** Whether a constraint rule of a type is in force (constraints apply whatever their hard/soft flag). */
    private static boolean rule(List<Rule> rules, Class<? extends Rule> type) {
        for (Rule rule : rules) {
            if (type.isInstance(rule)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a rule keeps a person in post this year. Holding rules are constraints by nature (the issue's
     * "hard rules"): they apply whatever their hard/soft flag says.
     */
    private boolean held(int i, int m, int y) {
        if (m - r.lastCourse[i] < heldAfterCourse) {
            return true;
        }
        int p = r.staff.persona[i];
        return heldDuringProject && p >= 0 && (plan.heldPersonas(r.staff.department[i], y) & (1L << p)) != 0;
    }

    /** An IT officer below the step of a {@link LeaveItAfterStep} rule may only move within IT (a constraint). */
    private boolean itLocked(int i, DepartmentKind from) {
        for (int[] leave : leaveItRules) {
            if (r.staff.persona[i] == leave[0] && from.itRelated() && r.staff.step[i * plan.personas + leave[0]] < leave[1]) {
                return true;
            }
        }
        return false;
    }

    private boolean allowed(MoverClass c, int d) {
        DepartmentKind to = plan.kind[d];
        if (!rotation.allowed()[c.from().ordinal()][to.ordinal()]) {
            return false;
        }
        return !(c.specialist() || c.itOnly()) || to.itRelated();
    }

    /**
     * Soft rules as marginal costs (negative = preferred) of the first, second, … mover of a class into a
     * department: spreading a step costs more for each one already there or arriving; a minimum per
     * department rewards only the movers that fill its gap; Step3 is rewarded where a large project runs.
     * The costs never decrease, so the minimum-cost flow takes the cheap units first.
     *
     * @return how many entries of {@code marginal} are used (the last one for all further movers)
     */
    private int marginalCosts(MoverClass c, int d, int y, List<Rule> rules, int size, double[] marginal) {
        double base = 0;
        double spread = 0;
        double already = 0;
        double fillBonus = 0;
        int gap = 0;
        int overFrom = Integer.MAX_VALUE;
        double overPenalty = 0;
        for (Rule rule : rules) {
            double w = rule.weight();
            switch (rule) {
                case SpreadStep s when c.persona() == s.persona() && c.step() >= s.step() -> {
                    spread += w;
                    already += atLeast(d, s.persona(), s.step());
                }
                case Step3ToLargeProjects s when c.persona() == s.persona() && c.step() >= Steps.TOP
                        && (plan.hasLargeProject(d, y) || plan.hasLargeProject(d, y + 1)) -> base -= w;
                case HeadcountBound bound when c.persona() == bound.persona() && c.step() >= bound.step()
                        && concerns(bound, d) -> {
                    double have = atLeast(d, bound.persona(), bound.step());
                    if (bound.minimum() > 0) {
                        gap = Math.max(gap, (int) Math.max(0, bound.minimum() - have));
                        fillBonus += w * (rule.hard() ? 100 : 1);
                    }
                    if (bound.maximum() >= 0) {
                        int room = (int) Math.max(0, bound.maximum() - have);
                        // a hard maximum costs more than staying, so the flow leaves such movers where they are
                        double penalty = rule.hard() ? 2.0 * STAY_COST / WEIGHT_SCALE : w;
                        if (room < overFrom) {
                            overFrom = room;
                            overPenalty = 0;
                        }
                        if (room == overFrom) {
                            overPenalty += penalty;
                        }
                    }
                }
                // rules that do not concern this class here, or that are kept as constraints, not costs
                case SpreadStep s -> {
                }
                case Step3ToLargeProjects s -> {
                }
                case HeadcountBound bound -> {
                }
                case NoMoveAfterCourse r -> {
                }
                case NoMoveDuringLargeProject r -> {
                }
                case LeaveItAfterStep r -> {
                }
                case SpecialistStaysInIt r -> {
                }
            }
        }
        if (spread == 0 && gap == 0 && overFrom == Integer.MAX_VALUE) {
            marginal[0] = base;
            return 1;
        }
        // enough units that the last one (which prices every further mover) is past the gap and the maximum
        int units = Math.min(size, Math.max(UNIT_EDGES, overFrom == Integer.MAX_VALUE ? 0 : overFrom) + 1);
        for (int j = 0; j < units; j++) {
            marginal[j] = base + spread * (already + j) - (j < gap ? fillBonus : 0) + (j >= overFrom ? overPenalty : 0);
        }
        return units;
    }

    /** Whether a headcount bound concerns department d (its kind of department, or every kind). */
    private boolean concerns(HeadcountBound bound, int d) {
        return bound.kind() == null || plan.kind[d] == bound.kind();
    }

    /** Staff of a persona at or above a step in department d, from the counts by persona and step. */
    private double atLeast(int d, int persona, int step) {
        double have = 0;
        for (int k = step; k <= Steps.TOP; k++) {
            have += atStep[d][persona * Steps.COUNT + k];
        }
        return have;
    }

    /** After the moves: departments below a bound's minimum or above its maximum count as unsatisfied. */
    private void countUnsatisfied(int y, List<Rule> rules) {
        for (int k = 0; k < rules.size(); k++) {
            if (!(rules.get(k) instanceof HeadcountBound min)) {
                continue;
            }
            // a count of persons: the order the holders are visited in does not matter
            int[] have = new int[plan.departments];
            int p = min.persona();
            for (int k2 = 0, n = r.memberCount(p); k2 < n; k2++) {
                int i = r.member(p, k2);
                if (r.staff.step[i * plan.personas + p] >= min.step()) {
                    have[r.staff.department[i]]++;
                }
            }
            int unmet = 0;
            for (int d = 0; d < plan.departments; d++) {
                if (concerns(min, d) && (have[d] < min.minimum() || min.maximum() >= 0 && have[d] > min.maximum())) {
                    unmet++;
                }
            }
            r.result().addRuleUnsatisfied(r.replication(), k, y, unmet);
        }
    }
}
