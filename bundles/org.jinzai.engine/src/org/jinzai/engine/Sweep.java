package org.jinzai.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A sweep over one or two integer levers: every combination of their values runs the same replications with the
 * same seed (common random numbers), so that the surface of each target's probability of being met is smooth and
 * moves only through the levers.
 */
public final class Sweep {

    /** One point of the grid: the levers' values and, per target, the probability met and the mean in the fiscal year. */
    public record Point(int first, int second, double[] probability, double[] mean) {
    }

    private Sweep() {
    }

    /**
     * @param inputs the model for values of the first and second lever
     * @param second values of the second lever (a single value for a one-lever sweep)
     * @param year   fiscal-year offset at which targets are read
     */
    public static List<Point> run(BiFunction<Integer, Integer, SimulationInput> inputs, int[] first, int[] second, int year,
            RunOptions options, ProgressListener listener) {
        SimulationInput.require(first.length > 0 && second.length > 0, "sweep values", first.length + "x" + second.length);
        List<Point> points = new ArrayList<>();
        for (int b : second) {
            for (int a : first) {
                SimulationInput input = inputs.apply(a, b);
                SimulationInput.require(year >= 0 && year < input.horizonYears(), "fiscal year", year);
                SimulationResult result = new MonteCarloEngine().run(input, options, listener);
                double[] probability = new double[result.targets()];
                double[] mean = new double[result.targets()];
                for (int t = 0; t < result.targets(); t++) {
                    probability[t] = result.probabilityMet(t, year);
                    mean[t] = result.targetSummary(t, year).mean();
                }
                points.add(new Point(a, b, probability, mean));
            }
        }
        return points;
    }
}
