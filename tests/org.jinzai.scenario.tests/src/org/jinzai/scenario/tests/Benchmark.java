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
import org.jinzai.model.GoalSeekExperiment;
import org.jinzai.model.Scenario;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.scenario.ExperimentRequest;
import org.jinzai.scenario.Experiments;
import org.jinzai.scenario.ScenarioCompiler;

/**
 * Measures the engine on a scenario, one figure a line: the run with one thread and with the threads asked for
 * (staff-months per second, the speed-up), heap in use, the analytic preview, and a goal-seek (the first target, the
 * first course's seats). Run it with {@code releng/scripts/benchmark [scenario.jzs] [replications] [threads]
 * [no-goal-seek]} (see README). A tool, not a test (its name
 * is no test's): it lives beside the tests so that no production bundle carries it.
 */
public final class Benchmark {

    private static final int PREVIEW_RUNS = 31;
    /** Runs of the preview before it is timed: on two cores the JIT needs about 100 runs to compile it. */
    private static final int PREVIEW_WARM_UP = 200;

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "examples/designated-city/status-quo.jzs");
        int replications = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        boolean goalSeek = args.length <= 3 || !"no-goal-seek".equals(args[3]);
        Scenario scenario = (Scenario) JinzaiResources.load(file).getContents().get(0);
        long compileStart = System.nanoTime();
        SimulationInput input = ScenarioCompiler.compile(scenario);
        double compileMs = (System.nanoTime() - compileStart) / 1e6;
        System.out.printf(Locale.ROOT, "scenario %s%n staff %d, departments %d, months %d, replications %d%n", file,
                input.staff().size(), input.departments().size(), input.months(), replications);
        System.out.printf(Locale.ROOT, " compile                     %8.0f ms%n", compileMs);
        // one figure a line: one thread, then the threads asked for (the speed-up between them)
        double staffMonths = (double) input.staff().size() * input.months() * replications;
        double one = run(input, replications, 1);
        // what a run of all the replications keeps in memory, measured right after it (before anything else is made)
        Runtime runtime = Runtime.getRuntime();
        double heapMb = (runtime.totalMemory() - runtime.freeMemory()) / 1e6;
        System.out.printf(Locale.ROOT, " run, 1 thread               %8.2f s  %6.1f million staff-months/s%n", one, staffMonths / one / 1e6);
        SimulationResult result = null;
        if (threads > 1) {
            double many = run(input, replications, threads);
            System.out.printf(Locale.ROOT, " run, %d threads              %8.2f s  %6.1f million staff-months/s%n", threads, many, staffMonths / many / 1e6);
            System.out.printf(Locale.ROOT, " speed-up of %d threads       %8.2f x%n", threads, one / many);
            heapMb = (runtime.totalMemory() - runtime.freeMemory()) / 1e6;
            events(lastRun, many);
        } else {
            events(lastRun, one);
        }
        System.out.printf(Locale.ROOT, " heap in use after the run   %8.0f MB%n", heapMb);
        result = new MonteCarloEngine().run(input, new RunOptions(Math.min(50, replications), 20260401L, threads), ProgressListener.NONE);
        // the preview: the median of its first runs in the JVM (the JIT still compiling it), then, after a warm-up, the
        // median of as many again
        AnalyticEngine analytic = new AnalyticEngine();
        double[] first = previewTimes(analytic, input, PREVIEW_RUNS);
        previewTimes(analytic, input, PREVIEW_WARM_UP);
        double[] warm = previewTimes(analytic, input, PREVIEW_RUNS);
        System.out.printf(Locale.ROOT, " analytic preview            %8.1f ms (median of %d after %d runs; fastest %.1f ms)%n",
                warm[PREVIEW_RUNS / 2], PREVIEW_RUNS, PREVIEW_RUNS + PREVIEW_WARM_UP, warm[0]);
        System.out.printf(Locale.ROOT, " analytic preview, first runs %7.0f ms (median of the JVM's first %d, the JIT compiling it)%n",
                first[PREVIEW_RUNS / 2], PREVIEW_RUNS);
        if (goalSeek) {
            goalSeek(scenario, replications, threads);
        }
        System.out.printf(Locale.ROOT, " (first target, last year: mean %.2f, P(met) %.3f)%n",
                result.targets() > 0 ? result.targetSummary(0, result.years() - 1).mean() : Double.NaN,
                result.targets() > 0 ? result.probabilityMet(0, result.years() - 1) : Double.NaN);
    }

    /** The result of the last measured run. */
    private static SimulationResult lastRun;

    /** Seconds of a run after a short warm-up (so that the measurement sees compiled code). */
    private static double run(SimulationInput input, int replications, int threads) {
        MonteCarloEngine engine = new MonteCarloEngine();
        engine.run(input, new RunOptions(Math.min(20, replications), 1, threads), ProgressListener.NONE);
        lastRun = null;
        System.gc();
        long start = System.nanoTime();
        lastRun = engine.run(input, new RunOptions(replications, 20260401L, threads), ProgressListener.NONE);
        return (System.nanoTime() - start) / 1e9;
    }

    /** Events a second: what happened to someone (left, hired, a course seat, moved, appointed, left the role) in a run. */
    private static void events(SimulationResult result, double seconds) {
        double events = 0;
        for (int r = 0; r < result.replications(); r++) {
            for (int y = 0; y < result.years(); y++) {
                for (SimulationResult.Flow flow : new SimulationResult.Flow[] { SimulationResult.Flow.LEAVERS, SimulationResult.Flow.HIRES,
                    SimulationResult.Flow.TRAININGS, SimulationResult.Flow.MOVES, SimulationResult.Flow.APPOINTMENTS,
                    SimulationResult.Flow.ROLE_EXITS }) {
                    events += result.flow(r, flow, y);
                }
            }
        }
        System.out.printf(Locale.ROOT, " events                      %8.1f million/s (%.0f a replication: leavers, hires, course seats, moves,"
                + " appointments, role exits)%n", events / seconds / 1e6, events / result.replications());
    }

    /**
     * The goal-seek a planner asks first: the seats a year of the scenario's first course with seats that meet the target
     * about that course (else the first target) in the last fiscal year with 90 %, searched between 0 and four times the
     * most it plans.
     */
    private static void goalSeek(Scenario scenario, int replications, int threads) {
        if (scenario.getTargets().isEmpty() || scenario.getCourseSeats().isEmpty()) {
            return;
        }
        var course = scenario.getCourseSeats().get(0).getCourse();
        int most = scenario.getCourseSeats().stream().filter(c -> c.getCourse() == course).mapToInt(c -> c.getSeats()).max().orElse(10);
        int lastYear = scenario.getRunSettings().getFirstFiscalYear() + scenario.getRunSettings().getHorizonYears() - 1;
        // the target about that course when there is one (its completion rate), else the first
        int target = Math.max(0, scenario.getTargets().indexOf(scenario.getTargets().stream().filter(t -> t.getCourse() == course).findFirst()
                .orElse(scenario.getTargets().get(0))));
        ExperimentRequest.GoalSeek request = new ExperimentRequest.GoalSeek(target, lastYear, 0.9, "seats:" + course.getId(), 0,
                4 * Math.max(1, most));
        long start = System.nanoTime();
        GoalSeekExperiment e = Experiments.goalSeek(scenario, request, new RunOptions(replications, 20260401L, threads), ProgressListener.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, " goal-seek                   %8.2f s  (%d evaluations of %d replications; %s 0..%d seats of %s for %s)%n",
                seconds, e.getEvaluations().size(), replications, e.isFeasible() ? "answer " + e.getAnswer() + " in" : "no answer in",
                4 * Math.max(1, most), course.getId(), scenario.getTargets().get(target).getId());
    }

    /** The times (ms) of repeated previews, sorted. */
    private static double[] previewTimes(AnalyticEngine analytic, SimulationInput input, int runs) {
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            analytic.run(input);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

}
