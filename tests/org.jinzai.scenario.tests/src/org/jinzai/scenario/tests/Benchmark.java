package org.jinzai.scenario.tests;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.jinzai.engine.AnalyticEngine;
import org.jinzai.engine.MonteCarloEngine;
import org.jinzai.engine.ProgressListener;
import org.jinzai.engine.RunOptions;
import org.jinzai.engine.SimulationInput;
import org.jinzai.engine.SimulationResult;
import org.jinzai.model.Scenario;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.scenario.ScenarioCompiler;

/**
 * Measures the engine on a scenario: wall time, staff-months per second and memory. Run it with
 * {@code releng/scripts/benchmark [scenario.jzs] [replications] [threads]} (see README). A tool, not a test (its name
 * is no test's): it lives beside the tests so that no production bundle carries it.
 */
public final class Benchmark {

    private static final int PREVIEW_RUNS = 31;

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "examples/designated-city/status-quo.jzs");
        int replications = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        Scenario scenario = (Scenario) JinzaiResources.load(file).getContents().get(0);
        long compileStart = System.nanoTime();
        SimulationInput input = ScenarioCompiler.compile(scenario);
        double compileMs = (System.nanoTime() - compileStart) / 1e6;
        MonteCarloEngine engine = new MonteCarloEngine();
        // warm-up: a few replications so that the measurement sees compiled code
        engine.run(input, new RunOptions(Math.min(20, replications), 1, threads), ProgressListener.NONE);
        System.gc();
        long start = System.nanoTime();
        SimulationResult result = engine.run(input, new RunOptions(replications, 20260401L, threads), ProgressListener.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        Runtime runtime = Runtime.getRuntime();
        double usedMb = (runtime.totalMemory() - runtime.freeMemory()) / 1e6;
        double staffMonths = (double) input.staff().size() * input.months() * replications;
        System.out.printf(Locale.ROOT, "scenario %s%n staff %d, departments %d, months %d, replications %d, threads %d%n", file,
                input.staff().size(), input.departments().size(), input.months(), replications, threads);
        System.out.printf(Locale.ROOT, " compile %.0f ms, run %.2f s, %.1f million staff-months/s, heap in use %.0f MB%n",
                compileMs, seconds, staffMonths / seconds / 1e6, usedMb);
        // the preview: the median of repeated runs, after a warm-up
        AnalyticEngine analytic = new AnalyticEngine();
        double[] previewMs = new double[PREVIEW_RUNS];
        for (int i = -PREVIEW_RUNS; i < PREVIEW_RUNS; i++) {
            long analyticStart = System.nanoTime();
            analytic.run(input);
            if (i >= 0) {
                previewMs[i] = (System.nanoTime() - analyticStart) / 1e6;
            }
        }
        Arrays.sort(previewMs);
        System.out.printf(Locale.ROOT, " analytic preview %.0f ms (median of %d; fastest %.0f ms)%n", previewMs[PREVIEW_RUNS / 2],
                PREVIEW_RUNS, previewMs[0]);
        System.out.printf(Locale.ROOT, " (first target, last year: mean %.2f, P(met) %.3f)%n",
                result.targets() > 0 ? result.targetSummary(0, result.years() - 1).mean() : Double.NaN,
                result.targets() > 0 ? result.probabilityMet(0, result.years() - 1) : Double.NaN);
    }
}
