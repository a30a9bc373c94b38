package org.jinzai.scenario;

import java.util.List;

import org.jinzai.engine.ProgressListener;
import org.jinzai.engine.RegionEngine;
import org.jinzai.engine.RegionInput;
import org.jinzai.engine.RegionResult;
import org.jinzai.engine.RunOptions;
import org.jinzai.model.AllocationPolicy;
import org.jinzai.model.Region;

/**
 * A region's pool size × allocation policy: every value of a lever of one pool (its staff at the start, or its hires
 * planned each year) under every policy asked, each run together with the same seed and replications (common random
 * numbers, so the grid is smooth), for a target every member has in one fiscal year. The same for the command line
 * and the workbench.
 */
public final class RegionSweep {

    /**
     * What one point gave: the probability that every member meets the target, the members meeting it (mean; NaN in a year
     * no member has a value), how many members have the target that year, the pool's use and cost.
     */
    public record Point(double everyMember, double membersMeeting, int membersWithTarget, double utilization, double cost, int replications) {
    }

    /**
     * The question: a pool (its index), the lever ({@code staff}: its staff at the start, else its hires each year), its
     * values, the policies, a target every member has and a fiscal year offset.
     */
    public record Question(int pool, boolean staff, int[] values, List<AllocationPolicy> policies, String targetId, int year) {
        public Question {
            // each value once, in order (a chart's line takes an x once)
            values = java.util.Arrays.stream(values).distinct().sorted().toArray();
            policies = List.copyOf(new java.util.LinkedHashSet<>(policies));
        }
    }

    /** The grid: {@code points[i][j]} is value i under policy j; the question's year is an offset from {@code firstFiscalYear}. */
    public record Grid(Question question, int firstFiscalYear, Point[][] points) {

        /** The smallest value with which every member meets the target with at least {@code probability} under policy j; -1 if none. */
        public int smallest(int policy, double probability) {
            int best = -1;
            for (int i = 0; i < question.values().length; i++) {
                if (points[i][policy].everyMember() >= probability - 1e-12 && (best < 0 || question.values()[i] < best)) {
                    best = question.values()[i];
                }
            }
            return best;
        }
    }

    private RegionSweep() {
    }

    /**
     * Runs the grid on a region as saved (compiled once with the run's seed).
     *
     * @throws org.jinzai.engine.CancelledException when the listener asks to stop
     */
    public static Grid run(Region region, Question question, RunOptions options, ProgressListener listener) {
        RegionInput compiled = RegionRunner.compile(region, options.seed());
        int n = options.replications();
        int total = n * question.values().length * question.policies().size();
        Point[][] points = new Point[question.values().length][question.policies().size()];
        for (int j = 0; j < question.policies().size(); j++) {
            RegionInput policy = RegionRunner.withAllocation(compiled, question.pool(), RegionInput.Allocation.valueOf(question.policies().get(j).getName()));
            for (int i = 0; i < question.values().length; i++) {
                RegionInput input = RegionRunner.lever(policy, question.pool(), question.staff()).apply(question.values()[i]);
                RegionResult result = new RegionEngine().run(input, options.seed(), options.threads(), n, false,
                        listener.part((j * question.values().length + i) * n, total));
                int y = question.year();
                double meeting = 0;
                for (int r = 0; r < result.replications(); r++) {
                    int members = result.membersMeeting(question.targetId(), r, y);
                    // -1: no member has a value of the target that year
                    meeting += members < 0 ? Double.NaN : members;
                }
                points[i][j] = new Point(result.probabilityEveryMemberMeets(question.targetId(), y), meeting / result.replications(),
                        result.membersWith(question.targetId(), y), result.utilization(question.pool(), y),
                        result.poolSummary(question.pool(), RegionResult.PoolQuantity.COST, y).mean(), result.replications());
            }
        }
        return new Grid(question, compiled.firstFiscalYear(), points);
    }
}
