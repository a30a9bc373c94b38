package org.jinzai.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Sensitivity (a tornado): each factor moved to a low and a high setting, everything else as in the base; the
 * change of a target's mean (and probability of being met) in a fiscal year, the widest swing first. Every run
 * uses the same seed and replications (common random numbers), so the swings are the factors' effects.
 */
public final class Sensitivity {

    /** A factor: its name and the model with it at its low and its high setting. */
    public record Factor(String name, SimulationInput low, SimulationInput high) {
    }

    /** A bar of the tornado. */
    public record Bar(String name, double lowMean, double highMean, double lowProbability, double highProbability) {
        /** How far the target's mean moves between the factor's settings (high minus low; negative: it goes down). */
        public double swing() {
            return highMean - lowMean;
        }
    }

    /** The base and the bars, the widest swing first. */
    public record Outcome(double baseMean, double baseProbability, List<Bar> bars) {
    }

    private Sensitivity() {
    }

    public static Outcome run(SimulationInput base, List<Factor> factors, int target, int year, RunOptions options,
            ProgressListener listener) {
        SimulationInput.require(target >= 0 && target < base.targets().size(), "target", target);
        SimulationInput.require(year >= 0 && year < base.horizonYears(), "fiscal year", year);
        SimulationResult baseResult = new MonteCarloEngine().run(base, options, listener);
        List<Bar> bars = new ArrayList<>();
        for (Factor factor : factors) {
            SimulationResult low = new MonteCarloEngine().run(factor.low(), options, listener);
            SimulationResult high = new MonteCarloEngine().run(factor.high(), options, listener);
            bars.add(new Bar(factor.name(), low.targetSummary(target, year).mean(), high.targetSummary(target, year).mean(),
                    low.probabilityMet(target, year), high.probabilityMet(target, year)));
        }
        bars.sort(Comparator.comparingDouble((Bar bar) -> -Math.abs(bar.swing())));
        return new Outcome(baseResult.targetSummary(target, year).mean(), baseResult.probabilityMet(target, year), List.copyOf(bars));
    }
}
