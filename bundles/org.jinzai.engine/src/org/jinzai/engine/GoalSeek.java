package org.jinzai.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Goal-seek: the smallest value of an integer lever (seats of a course a year, hires of a channel a year, …) for
 * which a target is met with at least a given probability in a fiscal year.
 *
 * <p>
 * Every evaluation runs the same replications with the same seed (common random numbers), so the probability of
 * meeting the target moves only through the lever and, for levers that only add capacity, does not go down as the
 * lever goes up. The search checks the top of the range first (infeasible: says so and gives the best probability
 * reached), then the bottom, then halves the interval between a value that fails and one that meets the target:
 * about log2(range) + 2 evaluations.
 *
 * <p>
 * An evaluation stops as soon as its answer is decided: it runs an eighth of the replications first (at least
 * {@value #FIRST_STAGE}), and doubles them only while the 99 % interval of the probability still holds the wanted one.
 * A value far from the answer is decided on the first eighth; those near it run all the replications. The
 * replications added are the run's next ones (the same numbers as in a run of all), so a value that runs all of them
 * gives exactly the probability of a run of all.
 */
public final class GoalSeek {

    /** One evaluation: the lever's value, the probability of meeting the target with it, and on how many replications. */
    public record Evaluation(int value, double probability, double mean, int replications) {
    }

    /** The fewest replications an evaluation decides on. */
    static final int FIRST_STAGE = 64;
    /** z of the two-sided 99 % interval within which an evaluation is not yet decided. */
    private static final double DECIDING_Z = 2.5758293035489004;

    /**
     * The outcome.
     *
     * @param value       the smallest value that meets the goal, or null when none in the range does
     * @param probability the probability reached at that value (or the best reached, when infeasible)
     * @param low         lower end of a 90 % interval of that probability (Wilson)
     * @param high        upper end of it
     */
    public record Outcome(Integer value, double probability, double low, double high, int replications,
            List<Evaluation> evaluations) {
        public boolean feasible() {
            return value != null;
        }
    }

    private GoalSeek() {
    }

    /**
     * @param inputs      the model for each value of the lever
     * @param target      index of the target
     * @param year        fiscal-year offset
     * @param probability wanted probability of meeting the target, in (0, 1]
     * @param low         smallest value of the lever to consider
     * @param high        largest value
     */
    public static Outcome seek(IntFunction<SimulationInput> inputs, int target, int year, double probability, int low, int high,
            RunOptions options, ProgressListener listener) {
        // the plan of the value asked last, kept for its further stages
        Plan[] plan = new Plan[1];
        int[] planned = { Integer.MIN_VALUE };
        Stages stages = (value, from, to, stage) -> {
            if (plan[0] == null || planned[0] != value) {
                SimulationInput input = inputs.apply(value);
                SimulationInput.require(target >= 0 && target < input.targets().size(), "target", target);
                SimulationInput.require(year >= 0 && year < input.horizonYears(), "fiscal year", year);
                plan[0] = new Plan(input);
                planned[0] = value;
            }
            SimulationResult part = new MonteCarloEngine().run(plan[0], options.seed(), options.threads(), from, to, stage);
            int met = 0;
            double sum = 0;
            for (int r = 0; r < part.replications(); r++) {
                int flag = part.targetMet(r, target, year);
                SimulationInput.require(flag >= 0, "target value in that fiscal year", "none");
                met += flag;
                sum += part.targetValue(r, target, year);
            }
            return new Tally(met, sum);
        };
        return seek(stages, probability, low, high, options.replications(), listener);
    }

    /**
     * Replications {@code from} to {@code to} (exclusive) of a run with a lever's value, as in a run of all of them: in
     * how many the goal is met, and the sum of what is measured (the target's value, or how many members meet it).
     */
    public interface Stages {
        Tally run(int value, int from, int to, ProgressListener listener);
    }

    /** What some replications gave: how many met the goal, and the sum of the measured values. */
    public record Tally(int met, double sum) {
    }

    /**
     * The search on any goal whose replications {@code stages} runs (a scenario's target, every member of a region
     * meeting one): the smallest value in [low, high] that meets it with at least {@code probability} on
     * {@code replications}, each evaluation decided as early as it can be.
     */
    public static Outcome seek(Stages stages, double probability, int low, int high, int replications, ProgressListener listener) {
        SimulationInput.require(low <= high, "lever range", low + ".." + high);
        SimulationInput.require(probability > 0 && probability <= 1, "probability (0 < p <= 1)", probability);
        List<Evaluation> evaluations = new ArrayList<>();
        Evaluation top = evaluate(stages, high, replications, listener, evaluations, probability);
        if (top.probability() < probability) {
            Evaluation best = Collections.max(evaluations, (a, b) -> Double.compare(a.probability(), b.probability()));
            return outcome(null, best, evaluations);
        }
        Evaluation bottom = evaluate(stages, low, replications, listener, evaluations, probability);
        if (bottom.probability() >= probability) {
            return outcome(low, bottom, evaluations);
        }
        int fails = low;
        int meets = high;
        Evaluation found = top;
        while (meets - fails > 1) {
            int middle = fails + (meets - fails) / 2;
            Evaluation e = evaluate(stages, middle, replications, listener, evaluations, probability);
            if (e.probability() >= probability) {
                meets = middle;
                found = e;
            } else {
                fails = middle;
            }
        }
        return outcome(meets, found, evaluations);
    }

    private static Evaluation evaluate(Stages stages, int value, int all, ProgressListener listener, List<Evaluation> evaluations,
            double wanted) {
        int done = 0;
        int met = 0;
        double sum = 0;
        int next = Math.min(all, Math.max(FIRST_STAGE, all / 8));
        while (true) {
            // progress counts on from the replications already done: one evaluation, however many stages
            ProgressListener stage = listener.part(done, all);
            Tally part = stages.run(value, done, next, stage);
            met += part.met();
            sum += part.sum();
            done = next;
            double p = (double) met / done;
            if (done == all || decided(p, done, wanted)) {
                Evaluation evaluation = new Evaluation(value, p, sum / done, done);
                evaluations.add(evaluation);
                return evaluation;
            }
            next = Math.min(all, done * 2);
        }
    }

    /**
     * Whether a probability estimated on n replications is surely (99 %) on the side of the wanted one it is on: a
     * value that meets it so far, surely above it (never, for a wanted probability of 1: one failure in the rest would
     * change the answer); one that fails so far, surely below it.
     */
    static boolean decided(double p, int n, double wanted) {
        double[] interval = wilson(p, n, DECIDING_Z);
        return p >= wanted ? interval[0] > wanted : interval[1] < wanted;
    }

    private static Outcome outcome(Integer value, Evaluation at, List<Evaluation> evaluations) {
        double[] interval = wilson(at.probability(), at.replications());
        return new Outcome(value, at.probability(), interval[0], interval[1], at.replications(), List.copyOf(evaluations));
    }

    /** The Wilson score interval of a proportion at 90 % (z = 1.645). */
    static double[] wilson(double p, int n) {
        return wilson(p, n, 1.6448536269514722);
    }

    private static double[] wilson(double p, int n, double z) {
        double denominator = 1 + z * z / n;
        double centre = (p + z * z / (2 * n)) / denominator;
        double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / denominator;
        return new double[] { Math.max(0, centre - half), Math.min(1, centre + half) };
    }
}
