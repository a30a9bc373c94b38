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
 */
public final class GoalSeek {

    /** One evaluation: the lever's value and the probability of meeting the target with it. */
    public record Evaluation(int value, double probability, double mean) {
    }

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
        SimulationInput.require(low <= high, "lever range", low + ".." + high);
        SimulationInput.require(probability > 0 && probability <= 1, "probability (0 < p <= 1)", probability);
        List<Evaluation> evaluations = new ArrayList<>();
        Evaluation top = evaluate(inputs, high, target, year, options, listener, evaluations);
        if (top.probability() < probability) {
            Evaluation best = Collections.max(evaluations, (a, b) -> Double.compare(a.probability(), b.probability()));
            return outcome(null, best, options, evaluations);
        }
        Evaluation bottom = evaluate(inputs, low, target, year, options, listener, evaluations);
        if (bottom.probability() >= probability) {
            return outcome(low, bottom, options, evaluations);
        }
        int fails = low;
        int meets = high;
        Evaluation found = top;
        while (meets - fails > 1) {
            int middle = fails + (meets - fails) / 2;
            Evaluation e = evaluate(inputs, middle, target, year, options, listener, evaluations);
            if (e.probability() >= probability) {
                meets = middle;
                found = e;
            } else {
                fails = middle;
            }
        }
        return outcome(meets, found, options, evaluations);
    }

    private static Evaluation evaluate(IntFunction<SimulationInput> inputs, int value, int target, int year, RunOptions options,
            ProgressListener listener, List<Evaluation> evaluations) {
        SimulationInput input = inputs.apply(value);
        SimulationInput.require(target >= 0 && target < input.targets().size(), "target", target);
        SimulationInput.require(year >= 0 && year < input.horizonYears(), "fiscal year", year);
        SimulationResult result = new MonteCarloEngine().run(input, options, listener);
        double p = result.probabilityMet(target, year);
        SimulationInput.require(!Double.isNaN(p), "target value in that fiscal year", "none");
        Evaluation evaluation = new Evaluation(value, p, result.targetSummary(target, year).mean());
        evaluations.add(evaluation);
        return evaluation;
    }

    private static Outcome outcome(Integer value, Evaluation at, RunOptions options, List<Evaluation> evaluations) {
        double[] interval = wilson(at.probability(), options.replications());
        return new Outcome(value, at.probability(), interval[0], interval[1], options.replications(), List.copyOf(evaluations));
    }

    /** The Wilson score interval of a proportion at 90 % (z = 1.645). */
    static double[] wilson(double p, int n) {
        double z = 1.6448536269514722;
        double denominator = 1 + z * z / n;
        double centre = (p + z * z / (2 * n)) / denominator;
        double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / denominator;
        return new double[] { Math.max(0, centre - half), Math.min(1, centre + half) };
    }
}
