package org.jinzai.engine;

/**
 * The expected-value engine for instant previews: a Markov cohort-flow model with the Monte Carlo engine's
 * month loop and event order, carrying expected (fractional) numbers instead of random individuals.
 *
 * <p>
 * Staff are pooled in <em>groups</em> ({@link Cohort}) of one persona and department: the starting staff form one group, the
 * hires of a channel another (one per fiscal year for fixed-term channels, whose terms end together). A group
 * holds two parts:
 * <ul>
 * <li>how many of its members are in each <em>exit class</em> (what decides leaving, retirement and eligibility
 * for appointment: employment, age, career track, term end, FTE, time in post), changed by attrition; and</li>
 * <li>the probability of each <em>progress state</em> (courses done, skill levels that some step asks for,
 * months leading and mentoring, projects led, steps reached), changed by training, projects, mentoring and
 * steps, which act alike on every exit class.</li>
 * </ul>
 * The expected number in a (class, progress) pair is taken as the product of the two. The progress states are
 * interned and shared by all groups, and each transition (a course, a month of a lead, …) is computed once.
 * Courses that no step asks for are followed as a completion share per group. A course or project with fewer
 * seats than candidates trains the same share of each tier of candidates; appointments take the same share of
 * the eligible members at each step, the highest first. Rotation is left out (moves change where staff are,
 * not how many reach a step).
 *
 * <p>
 * The departments are computed in two parts on two threads ({@link AnalyticRun}), which meet where a month needs all
 * departments; the split is the same on every machine, so the numbers are too.
 *
 * <p>
 * The counts are the exact expectations of the Monte Carlo counts when each group starts alike, no capacity
 * binds and there are no appointments or rotation (tested). Otherwise the product form is an approximation —
 * it forgets, for instance, that older staff may have done more courses — whose distance to the Monte Carlo
 * means is tested on the examples.
 */
public final class AnalyticEngine {

    /** Expected values per fiscal year. */
    public static final class Result {
        final int personas;
        final int departments;
        final double[] counts;
        final double[] skillCounts;
        final double[] targets;
        final int targetCount;
        final double[] hires;
        final double[] leavers;
        /** Per fiscal year and persona: whether its counts are only an approximation (see {@link #approximate(int, int)}). */
        final boolean[] approximate;
        /** Per fiscal year and target: whether its value is only an approximation. */
        final boolean[] approximateTargets;

        Result(int years, int personas, int departments, int targetCount) {
            this.personas = personas;
            this.departments = departments;
            this.targetCount = targetCount;
            this.counts = new double[years * personas * Steps.COUNT * (departments + 1)];
            // by skill, the whole organization only
            this.skillCounts = new double[years * personas * Steps.COUNT];
            this.targets = new double[years * Math.max(1, targetCount)];
            this.hires = new double[years];
            this.leavers = new double[years];
            this.approximate = new boolean[years * Math.max(1, personas) * Steps.COUNT];
            this.approximateTargets = new boolean[years * Math.max(1, targetCount)];
        }

        int cell(int year, int persona, int step, int department) {
            return ((year * personas + persona) * Steps.COUNT + step) * (departments + 1) + department + 1;
        }

        /** Expected FTE of a persona at exactly a step in a department (-1: all) at the end of a fiscal year. */
        public double count(int year, int persona, int step, int department) {
            return counts[cell(year, persona, step, department)];
        }

        public double countAtLeast(int year, int persona, int minimumStep, int department) {
            double sum = 0;
            for (int s = minimumStep; s <= Steps.TOP; s++) {
                sum += count(year, persona, s, department);
            }
            return sum;
        }

        int skillCell(int year, int persona, int step) {
            return (year * personas + persona) * Steps.COUNT + step;
        }

        /** Expected FTE of staff who have reached exactly a step of a persona's standard, whatever their role (all 課). */
        public double skillCount(int year, int persona, int step) {
            return skillCounts[skillCell(year, persona, step)];
        }

        /**
         * Whether the counts of a persona at a step in a fiscal year (by role and by skill, every department) are only
         * an approximation of the Monte Carlo means, because they depend on which person something happens to:
         * <ul>
         * <li>the promoter persona of an appointment (who is appointed, and who is re-appointed, depends on each
         * person's step, age and time in post), and the steps of the general persona where that year's role changes
         * (appointments and returns) outnumber the count;</li>
         * <li>personas whose steps count months leading, projects led or months mentoring (leads and mentors are
         * chosen person by person);</li>
         * <li>from the year a course's seats run out among fewer than {@value AnalyticEngine#FEW} candidates of the
         * persona (the Monte Carlo gives each seat to one whole person; the preview shares it out).</li>
         * </ul>
         * The other counts agree with the Monte Carlo means within 2 % or half a person (tested on every example).
         */
        public boolean approximate(int year, int persona, int step) {
            return approximate[(year * personas + persona) * Steps.COUNT + step];
        }

        /**
         * Whether a target's value in a fiscal year is only an approximation: a target of every department (counted
         * from expected amounts, each department's count taken as Poisson), a target of a persona whose counts are
         * approximate that year, or a share of fewer than {@value AnalyticEngine#FEW} staff (the mean of the Monte
         * Carlo's shares is not the share of the expected counts: a section of one is 100 % or empty).
         */
        public boolean approximateTarget(int target, int year) {
            return approximateTargets[year * targetCount + target];
        }

        /** The target's value computed from expected counts. */
        public double target(int target, int year) {
            return targets[year * targetCount + target];
        }

        public double hires(int year) {
            return hires[year];
        }

        public double leavers(int year) {
            return leavers[year];
        }
    }

    /** Fewer candidates of a persona than this for a course whose seats run out make its counts approximate. */
    static final int FEW = 20;

    /** ProgressStates below this probability is dropped. */
    static final double NEGLIGIBLE = 1e-13;

    /** Computes the expected values of a scenario. */
    public Result run(SimulationInput input) {
        return new AnalyticRun(input).run();
    }

}
