package org.jinzai.scenario.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jinzai.engine.ProgressListener;
import org.jinzai.engine.RegionEngine;
import org.jinzai.engine.RegionInput;
import org.jinzai.engine.RegionResult;
import org.jinzai.engine.SimulationInput;
import org.jinzai.model.Baseline;
import org.jinzai.model.Persona;
import org.jinzai.model.templates.BaselineTemplates;
import org.jinzai.model.templates.MunicipalitySize;
import org.jinzai.model.templates.ScenarioTemplates;
import org.jinzai.scenario.ScenarioCompiler;

/**
 * Measures the joint run of a large region, one figure a line: a Tokyo-sized set of members made from the templates in
 * memory (by default 10 designated-city-size, 30 special-ward-size and 20 city-size members: 60 members, about 200,000
 * staff), each asking a day a week of one pool of 20 staff, 1,000 replications of 60 months, with the threads asked for;
 * then the heap in use. Run it with {@code releng/scripts/benchmark region [replications] [threads] [designated wards
 * cities]} (see README). A tool, not a test.
 */
public final class RegionBenchmark {

    private RegionBenchmark() {
    }

    public static void main(String[] args) {
        int replications = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        int[] counts = args.length > 4 ? new int[] { Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]) }
                : new int[] { 10, 30, 20 };
        MunicipalitySize[] sizes = { MunicipalitySize.DESIGNATED_CITY, MunicipalitySize.SPECIAL_WARD, MunicipalitySize.CITY };
        long makeStart = System.nanoTime();
        List<RegionInput.Member> members = new ArrayList<>();
        long staff = 0;
        for (int kind = 0; kind < sizes.length; kind++) {
            for (int i = 0; i < counts[kind]; i++) {
                String id = sizes[kind].name().toLowerCase(Locale.ROOT) + "-" + i;
                Baseline baseline = BaselineTemplates.create(sizes[kind], "baseline-" + id, id, 2026, 1000 + members.size());
                SimulationInput input = ScenarioCompiler.compile(ScenarioTemplates.create(baseline, ScenarioTemplates.Variant.STATUS_QUO));
                int isOfficer = indexOf(baseline.getPersonas(), "persona-is-officer");
                members.add(new RegionInput.Member(id, input, 1, List.of(new RegionInput.Request(0, isOfficer, 0, new int[] { 1, 1, 1, 1, 1 }))));
                staff += input.staff().size();
            }
        }
        RegionInput.PoolSpec pool = new RegionInput.PoolSpec("pool", 20, 5, new int[] { 2, 2, 2, 2, 2 }, 4, 0.8, 5, 0.1, 9_000_000, 2,
                RegionInput.Allocation.SMALLEST_FIRST, 0.5, RegionInput.Sharing.BY_USE);
        RegionInput region = new RegionInput(members, List.of(pool));
        System.out.printf(Locale.ROOT, "region of %d members, %,d staff, %d months, %d replications, %d threads (made in %.0f s)%n", members.size(),
                staff, region.horizonYears() * 12, replications, threads, (System.nanoTime() - makeStart) / 1e9);
        // a short warm-up, so that the measurement sees compiled code
        new RegionEngine().run(region, 1, threads, Math.min(4, replications), false, ProgressListener.NONE);
        System.gc();
        long start = System.nanoTime();
        RegionResult result = new RegionEngine().run(region, 20260401L, threads, replications, false, ProgressListener.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        Runtime runtime = Runtime.getRuntime();
        double heapMb = (runtime.totalMemory() - runtime.freeMemory()) / 1e6;
        double staffMonths = (double) staff * region.horizonYears() * 12 * replications;
        System.out.printf(Locale.ROOT, " joint run                   %8.1f s  %6.1f million staff-months/s%n", seconds, staffMonths / seconds / 1e6);
        System.out.printf(Locale.ROOT, " heap in use after the run   %8.0f MB (of at most %.0f MB)%n", heapMb, runtime.maxMemory() / 1e6);
        System.out.printf(Locale.ROOT, " (the pool in the last year: %.1f staff, %.0f%% used, %.1f of %.1f days a week given)%n",
                result.poolSummary(0, RegionResult.PoolQuantity.STAFF, 4).mean(), 100 * result.utilization(0, 4),
                result.poolSummary(0, RegionResult.PoolQuantity.GIVEN, 4).mean(), result.poolSummary(0, RegionResult.PoolQuantity.ASKED, 4).mean());
    }

    private static int indexOf(List<Persona> personas, String id) {
        for (int p = 0; p < personas.size(); p++) {
            if (id.equals(personas.get(p).getId())) {
                return p;
            }
        }
        return -1;
    }
}
