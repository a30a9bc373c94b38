package org.jinzai.engine;

import java.util.Arrays;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * The outcome of a run, per replication and summarized. Counts are full-time equivalents (FTE: external and
 * shared experts count with their FTE) of staff by fiscal year, persona, step and department, observed on 31
 * March, in two ways: by role ({@link #count}: the holders of a persona at the step of that persona) and by skill
 * ({@link #skillCount}: every member who has reached a step of a persona's standard, whatever their current role; for
 * the organization only).
 * Flows are per fiscal year and count persons (cost: yen), organization-wide ({@link #flow}) and, for those that
 * happen to one department, per department ({@link #departmentFlow}); targets are evaluated per fiscal year and
 * replication.
 */
public final class SimulationResult {

    /** Flows of a fiscal year. */
    public enum Flow {
        HIRES, LEAVERS, TRAININGS, COST, MOVES, BLOCKED_MOVES,
        /** New DX-promoter appointments (persons). */
        APPOINTMENTS,
        /** DX promoters not re-appointed, who return to general staff keeping their skills (persons). */
        ROLE_EXITS,
        /**
         * Staff on the roster at the end of the fiscal year, in persons: a stock, written beside the flows. From one
         * year to the next it changes by exactly the hires less the leavers.
         */
        HEADCOUNT,
        /** The same staff in full-time equivalents (a part-timer counts by FTE): the unit of every persona count. */
        HEADCOUNT_FTE;

        /** The unit: yen for the cost, FTE for the FTE headcount, persons for the others. */
        public String unit() {
            return switch (this) {
                case COST -> "yen";
                case HEADCOUNT_FTE -> "fte";
                case HIRES, LEAVERS, TRAININGS, MOVES, BLOCKED_MOVES, APPOINTMENTS, ROLE_EXITS, HEADCOUNT -> "persons";
            };
        }
    }

    /**
     * Flows of a fiscal year into and out of one department (課), and its staff at the year's end, in persons. Summed
     * over the departments, each equals its organization-wide flow ({@link #total()}): moves in and moves out both
     * equal {@link Flow#MOVES}, hires {@link Flow#HIRES}, leavers {@link Flow#LEAVERS}, staff {@link Flow#HEADCOUNT}.
     */
    public enum DepartmentFlow {
        /** Arrivals by the rotation (異動で転入). */
        MOVES_IN,
        /** Departures by the rotation (異動で転出). */
        MOVES_OUT,
        /** Hires placed in the department (採用). */
        HIRES,
        /** Leavers from the department: resignation, retirement, end of term (離職). */
        LEAVERS,
        /**
         * Staff of the department at the end of the fiscal year, in persons: a stock, written beside the flows. From
         * one year to the next it changes by exactly the hires and moves in less the moves out and leavers.
         */
        HEADCOUNT;

        /** The organization-wide flow that this flow sums to over the departments. */
        public Flow total() {
            return switch (this) {
                case MOVES_IN, MOVES_OUT -> Flow.MOVES;
                case HIRES -> Flow.HIRES;
                case LEAVERS -> Flow.LEAVERS;
                case HEADCOUNT -> Flow.HEADCOUNT;
            };
        }
    }

    private final int firstFiscalYear;
    private final int years;
    private final int personas;
    private final int departments;
    private final int replications;
    private final int countCells;
    private final int targetCells;
    private final int flowCells;
    private final int ruleCells;
    private final float[] counts;
    private final float[] skillCounts;
    /** Cells of the counts by skill of one replication: the organization's, per year, persona and step. */
    private final int skillCells;
    /** Per EACH_DEPARTMENT target: how many departments it concerns (0 for other targets). */
    private final int[] departmentsInScope;
    /** Per EACH_DEPARTMENT target and department: whether the target concerns the department. */
    private final boolean[] departmentInScope;
    private final int departmentFlowCells;
    /** Per replication, department flow, year and department: persons. */
    private final int[] departmentFlows;
    /** Per replication, target, year and department: 1 where an EACH_DEPARTMENT target is missed there. */
    private final byte[] departmentMissed;
    private final double[] targetValues;
    private final byte[] targetMet;
    private final double[] flows;
    private final double[] ruleUnsatisfied;
    private final int targets;
    private final int rules;
    /** Whether counts and flows are kept by department too (else for the whole organization only). */
    private final boolean byDepartment;
    /** Cells a count has per persona and step: the organization and each department, or the organization. */
    private final int cellDepartments;

    SimulationResult(int firstFiscalYear, int years, int personas, int departments, int targets, int rules,
            int replications, boolean[][] departmentInScope) {
        this(firstFiscalYear, years, personas, departments, targets, rules, replications, departmentInScope, true);
    }

    /**
     * A result that keeps the counts by role and the department flows for each department ({@code byDepartment}) or, to
     * fit many organizations in memory (a region's members), for the whole organization only: then a count or department
     * flow of one department is refused. Counts by skill are kept for the whole organization in either case.
     */
    SimulationResult(int firstFiscalYear, int years, int personas, int departments, int targets, int rules,
            int replications, boolean[][] departmentInScope, boolean byDepartment) {
        this.byDepartment = byDepartment;
        this.cellDepartments = byDepartment ? departments + 1 : 1;
        this.firstFiscalYear = firstFiscalYear;
        this.years = years;
        this.personas = personas;
        this.departments = departments;
        this.targets = targets;
        this.rules = rules;
        this.replications = replications;
        // replication by replication, so that threads running neighbouring replications write apart
        this.countCells = years * personas * Steps.COUNT * cellDepartments;
        this.targetCells = targets * years;
        this.flowCells = Flow.values().length * years;
        this.ruleCells = Math.max(1, rules) * years;
        this.counts = new float[countCells * replications];
        // by skill the organization's counts only: what every table, chart and target by skill reads
        this.skillCells = years * personas * Steps.COUNT;
        this.skillCounts = new float[skillCells * replications];
        // per target: null, or which departments a target of every department concerns
        this.departmentsInScope = new int[targets];
        this.departmentInScope = new boolean[targets * departments];
        boolean anyEach = false;
        for (int t = 0; t < targets; t++) {
            for (int d = 0; departmentInScope[t] != null && d < departments; d++) {
                this.departmentInScope[t * departments + d] = departmentInScope[t][d];
                departmentsInScope[t] += departmentInScope[t][d] ? 1 : 0;
            }
            anyEach |= departmentsInScope[t] > 0;
        }
        this.departmentFlowCells = byDepartment ? DepartmentFlow.values().length * years * departments : 0;
        this.departmentFlows = new int[departmentFlowCells * replications];
        this.departmentMissed = new byte[anyEach ? targetCells * departments * replications : 0];
        this.targetValues = new double[targetCells * replications];
        this.targetMet = new byte[targetCells * replications];
        this.flows = new double[flowCells * replications];
        this.ruleUnsatisfied = new double[ruleCells * replications];
    }

    public int firstFiscalYear() {
        return firstFiscalYear;
    }

    public int years() {
        return years;
    }

    public int replications() {
        return replications;
    }

    public int personas() {
        return personas;
    }

    public int departments() {
        return departments;
    }

    public int targets() {
        return targets;
    }

    public int rules() {
        return rules;
    }

    private int cell(int year, int persona, int step, int department) {
        if (department >= 0 && !byDepartment) {
            throw new IllegalArgumentException("counts are kept for the whole organization only"); //$NON-NLS-1$
        }
        return ((year * personas + persona) * Steps.COUNT + step) * cellDepartments + (byDepartment ? department + 1 : 0);
    }

    /** The size of one year's counts of one replication, for {@link #addCounts}. */
    int yearCells() {
        return personas * Steps.COUNT * (departments + 1);
    }

    /** The index of a count within one year's counts. */
    int yearCell(int persona, int step, int department) {
        return (persona * Steps.COUNT + step) * (departments + 1) + department + 1;
    }

    /** Records one year's counts of a replication (used by the engine), gathered in {@code yearCounts}. */
    void addCounts(int replication, int year, float[] yearCounts) {
        add(counts, replication, year, yearCounts);
    }

    /** Records one year's counts by skill of a replication: the organization's, per persona and step (persona * 4 + step). */
    void addSkillCounts(int replication, int year, float[] organization) {
        int base = replication * skillCells + year * personas * Steps.COUNT;
        for (int k = 0; k < personas * Steps.COUNT; k++) {
            skillCounts[base + k] += organization[k];
        }
    }

    private void add(float[] into, int replication, int year, float[] yearCounts) {
        if (!byDepartment) {
            // the organization's cell of each persona and step only
            int base = replication * countCells + year * personas * Steps.COUNT;
            for (int k = 0; k < personas * Steps.COUNT; k++) {
                into[base + k] += yearCounts[k * (departments + 1)];
            }
            return;
        }
        int base = replication * countCells + year * yearCells();
        for (int k = 0; k < yearCounts.length; k++) {
            if (yearCounts[k] != 0) {
                into[base + k] += yearCounts[k];
            }
        }
    }

    /** Records the departments that miss an EACH_DEPARTMENT target in a year of a replication. */
    void setDepartmentsMissed(int replication, int target, int year, boolean[] missed) {
        int base = ((replication * targets + target) * years + year) * departments;
        for (int d = 0; d < departments; d++) {
            departmentMissed[base + d] = (byte) (missed[d] ? 1 : 0);
        }
    }

    void setTarget(int replication, int target, int year, double value, int met) {
        int index = replication * targetCells + target * years + year;
        targetValues[index] = value;
        targetMet[index] = (byte) met;
    }

    void addFlow(int replication, Flow flow, int year, double amount) {
        flows[replication * flowCells + flow.ordinal() * years + year] += amount;
    }

    /** Counts one person of a department flow of a replication (used by the engine). */
    void addDepartmentFlow(int replication, DepartmentFlow flow, int year, int department) {
        if (!byDepartment) {
            return;
        }
        departmentFlows[departmentFlowIndex(replication, flow, year, department)]++;
    }

    /** Counts {@code persons} of a department flow of a replication at once. */
    void addDepartmentFlow(int replication, DepartmentFlow flow, int year, int department, int persons) {
        if (!byDepartment) {
            return;
        }
        departmentFlows[departmentFlowIndex(replication, flow, year, department)] += persons;
    }

    private int departmentFlowIndex(int replication, DepartmentFlow flow, int year, int department) {
        return replication * departmentFlowCells + (flow.ordinal() * years + year) * departments + department;
    }

    void addRuleUnsatisfied(int replication, int rule, int year, double amount) {
        ruleUnsatisfied[replication * ruleCells + rule * years + year] += amount;
    }

    /** FTE of a persona at exactly a step (0-3) in a department (-1: all) at the end of a fiscal year. */
    public double count(int replication, int year, int persona, int step, int department) {
        return counts[replication * countCells + cell(year, persona, step, department)];
    }

    /** FTE of a persona at or above a step in a department (-1: all). */
    public double countAtLeast(int replication, int year, int persona, int minimumStep, int department) {
        return atLeast(replication, year, persona, minimumStep, department);
    }

    private double atLeast(int replication, int year, int persona, int minimumStep, int department) {
        double sum = 0;
        for (int step = minimumStep; step <= Steps.TOP; step++) {
            sum += counts[replication * countCells + cell(year, persona, step, department)];
        }
        return sum;
    }

    /**
     * FTE of staff who have reached exactly a step (0-3) of a persona's standard, whatever their current role, in the
     * organization ({@code department} -1; they are kept for the organization only) at the end of a fiscal year.
     */
    public double skillCount(int replication, int year, int persona, int step, int department) {
        if (department >= 0) {
            throw new IllegalArgumentException("counts by skill are kept for the whole organization only"); //$NON-NLS-1$
        }
        return skillCounts[replication * skillCells + (year * personas + persona) * Steps.COUNT + step];
    }

    /** FTE of staff at or above a step of a persona's standard, whatever their role, in the organization (-1). */
    public double skillCountAtLeast(int replication, int year, int persona, int minimumStep, int department) {
        double sum = 0;
        for (int step = minimumStep; step <= Steps.TOP; step++) {
            sum += skillCount(replication, year, persona, step, department);
        }
        return sum;
    }

    public Summary skillCountSummary(int year, int persona, int step, int department) {
        return summarize(r -> skillCount(r, year, persona, step, department));
    }

    /**
     * For a target of every department (EACH_DEPARTMENT): how many departments it concerns; its value is how many
     * of them meet it, and it is met when all do. 0 for other targets.
     */
    public int departmentsInScope(int target) {
        return departmentsInScope[target];
    }

    /** For an EACH_DEPARTMENT target: whether it concerns department d (false for other targets). */
    public boolean departmentInScope(int target, int department) {
        return departmentInScope[target * departments + department];
    }

    /** For an EACH_DEPARTMENT target: the probability over replications that department d misses it in a year. */
    public double probabilityDepartmentMisses(int target, int year, int department) {
        if (departmentsInScope[target] == 0) {
            return 0;
        }
        int missed = 0;
        for (int r = 0; r < replications; r++) {
            missed += departmentMissed[((r * targets + target) * years + year) * departments + department];
        }
        return (double) missed / replications;
    }

    /** For an EACH_DEPARTMENT target: the department that misses it in the most replications of a year, or -1. */
    public int mostMissedDepartment(int target, int year) {
        int worst = -1;
        double most = 0;
        for (int d = 0; d < departments; d++) {
            double p = probabilityDepartmentMisses(target, year, d);
            if (p > most) {
                most = p;
                worst = d;
            }
        }
        return worst;
    }

    /** The value of a target in a replication (a count, a share, a number of hires, or of departments meeting it). */
    public double targetValue(int replication, int target, int year) {
        return targetValues[replication * targetCells + target * years + year];
    }

    /** 1 if the target is met, 0 if not, -1 if it has no value for that year. */
    public int targetMet(int replication, int target, int year) {
        return targetMet[replication * targetCells + target * years + year];
    }

    public double flow(int replication, Flow flow, int year) {
        return flows[replication * flowCells + flow.ordinal() * years + year];
    }

    /** Persons of a flow into or out of a department in a fiscal year of a replication. */
    public double departmentFlow(int replication, DepartmentFlow flow, int year, int department) {
        if (!byDepartment) {
            throw new IllegalArgumentException("department flows are not kept"); //$NON-NLS-1$
        }
        return departmentFlows[departmentFlowIndex(replication, flow, year, department)];
    }

    /** How often a rotation rule could not be satisfied in a fiscal year of a replication. */
    public double ruleUnsatisfied(int replication, int rule, int year) {
        return ruleUnsatisfied[replication * ruleCells + rule * years + year];
    }

    /** Probability over replications that a target is met in a fiscal year, NaN if it has no value then. */
    public double probabilityMet(int target, int year) {
        int met = 0;
        for (int r = 0; r < replications; r++) {
            int flag = targetMet(r, target, year);
            if (flag < 0) {
                return Double.NaN;
            }
            met += flag;
        }
        return (double) met / replications;
    }

    public Summary countSummary(int year, int persona, int step, int department) {
        return summarize(r -> count(r, year, persona, step, department));
    }

    public Summary countAtLeastSummary(int year, int persona, int minimumStep, int department) {
        return summarize(r -> countAtLeast(r, year, persona, minimumStep, department));
    }

    public Summary targetSummary(int target, int year) {
        return summarize(r -> targetValue(r, target, year));
    }

    public Summary flowSummary(Flow flow, int year) {
        return summarize(r -> flow(r, flow, year));
    }

    public Summary departmentFlowSummary(DepartmentFlow flow, int year, int department) {
        return summarize(r -> departmentFlow(r, flow, year, department));
    }

    public Summary ruleSummary(int rule, int year) {
        return summarize(r -> ruleUnsatisfied(r, rule, year));
    }

    /** Summary of any per-replication quantity. */
    public Summary summarize(java.util.function.IntToDoubleFunction perReplication) {
        double[] values = new double[replications];
        double sum = 0;
        boolean allZero = true;
        for (int r = 0; r < replications; r++) {
            values[r] = perReplication.applyAsDouble(r);
            sum += values[r];
            allZero &= values[r] == 0;
        }
        if (allZero) {
            return Summary.ZERO;
        }
        double mean = sum / replications;
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        double standardError = replications > 1 ? Math.sqrt(squares / (replications - 1) / replications) : 0;
        Arrays.sort(values);
        Percentile percentile = new Percentile();
        percentile.setData(values);
        return new Summary(mean, standardError, percentile.evaluate(10), percentile.evaluate(50), percentile.evaluate(90));
    }
}
