package org.jinzai.scenario;

import java.util.ArrayList;
import java.util.List;

import org.jinzai.engine.AnalyticEngine;
import org.jinzai.engine.SimulationInput;
import org.jinzai.engine.TargetValues;
import org.jinzai.model.Scenario;
import org.jinzai.model.Target;
import org.jinzai.model.util.Targets;

/**
 * The analytic preview of a scenario, beside {@link ScenarioRunner}'s Monte Carlo run: each target's expected value
 * per fiscal year with the value it asks for, as the workbench's preview view and the command line's
 * {@code simulate --engine analytic} show them. In two steps, because the model may only be read on the thread that
 * edits it: {@link #prepare} reads the scenario (quickly), {@link Prepared#run} computes (on any thread).
 */
public final class ScenarioPreview {

    private ScenarioPreview() {
    }

    /**
     * One target's row: its expected values and wanted values (NaN: no value asked that year) by fiscal year, and the
     * years in which the expected value is only approximate (only a run says how many 課 meet it, or to whom an
     * appointment, a lead or a seat goes).
     */
    public record TargetRow(String id, String name, boolean share, double[] expected, double[] wanted, boolean[] approximate) {
    }

    /** A computed preview: the rows of the targets (in the scenario's order) and the engine's whole result. */
    public record Preview(int firstFiscalYear, int horizonYears, List<TargetRow> targets, AnalyticEngine.Result result,
            SimulationInput input) {
    }

    /** A scenario read for its preview, ready to be computed. */
    public static final class Prepared {
        private final SimulationInput input;
        private final List<String> ids = new ArrayList<>();
        private final List<String> names = new ArrayList<>();
        private final List<Boolean> shares = new ArrayList<>();

        private Prepared(Scenario scenario, long seed) {
            this.input = ScenarioCompiler.compile(scenario, seed);
            for (Target target : scenario.getTargets()) {
                ids.add(target.getId());
                names.add(target.getName() == null ? target.getId() : target.getName());
                shares.add(Targets.isShare(target));
            }
        }

        /** Computes the expected values. */
        public Preview run() {
            AnalyticEngine.Result result = new AnalyticEngine().run(input);
            int years = input.horizonYears();
            List<TargetRow> rows = new ArrayList<>();
            for (int t = 0; t < ids.size(); t++) {
                double[] expected = new double[years];
                double[] wanted = new double[years];
                boolean[] approximate = new boolean[years];
                for (int y = 0; y < years; y++) {
                    expected[y] = result.target(t, y);
                    wanted[y] = TargetValues.wanted(input, input.targets().get(t), y);
                    approximate[y] = result.approximateTarget(t, y);
                }
                rows.add(new TargetRow(ids.get(t), names.get(t), shares.get(t), expected, wanted, approximate));
            }
            return new Preview(input.firstFiscalYear(), years, rows, result, input);
        }
    }

    /**
     * Reads a scenario for its preview with the seed of the run it previews (it generates the staff a baseline gives
     * only as counts).
     *
     * @throws IllegalArgumentException when the scenario cannot be compiled (saying why, in the user's words)
     */
    public static Prepared prepare(Scenario scenario, long seed) {
        return new Prepared(scenario, seed);
    }
}
