package org.jinzai.scenario.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.jinzai.engine.ProgressListener;
import org.jinzai.engine.RunOptions;
import org.jinzai.engine.SimulationInput;
import org.jinzai.engine.SimulationResult;
import org.jinzai.engine.SimulationResult.Flow;
import org.jinzai.engine.Summary;
import org.jinzai.model.RunResult;
import org.jinzai.model.Scenario;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.scenario.ScenarioCompiler;
import org.jinzai.scenario.ScenarioRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example scenarios compile and run; their outputs with fixed seeds match the committed golden files. */
class ExampleRunsTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("jinzai.examples", "../../examples"));
    private static final Path GOLDEN = Path.of(System.getProperty("jinzai.golden", "golden"));

    @TempDir
    Path temp;

    private static Scenario load(String file) throws IOException {
        return (Scenario) JinzaiResources.load(EXAMPLES.resolve(file)).getContents().get(0);
    }

    /** The numbers a planner reads, at organization level, with fixed formatting. */
    private static String summary(Scenario scenario, SimulationInput input, SimulationResult result) {
        StringBuilder out = new StringBuilder("kind,name,step,fiscal_year,mean,p10,p50,p90,probability_met\n");
        for (int y = 0; y < result.years(); y++) {
            int fy = result.firstFiscalYear() + y;
            for (int t = 0; t < result.targets(); t++) {
                Summary s = result.targetSummary(t, y);
                line(out, "target", input.targets().get(t).id(), "", fy, s, result.probabilityMet(t, y));
            }
            for (int p = 0; p < result.personas(); p++) {
                for (int step = 0; step <= 3; step++) {
                    Summary s = result.countSummary(y, p, step, -1);
                    if (s.mean() != 0) {
                        line(out, "count", input.personas().get(p).id(), Integer.toString(step), fy, s, Double.NaN);
                    }
                }
            }
            for (Flow flow : Flow.values()) {
                line(out, "flow", flow.name().toLowerCase(), "", fy, result.flowSummary(flow, y), Double.NaN);
            }
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String kind, String name, String step, int year, Summary s, double p) {
        out.append(String.format(Locale.ROOT, "%s,%s,%s,%d,%.4f,%.4f,%.4f,%.4f,%s%n", kind, name, step, year, s.mean(), s.p10(),
                s.p50(), s.p90(), Double.isNaN(p) ? "" : String.format(Locale.ROOT, "%.4f", p)));
    }

    private static void checkGolden(String example, String scenarioFile, int replications) throws IOException {
        Scenario scenario = load(example + "/" + scenarioFile);
        RunOptions options = new RunOptions(replications, 20260401L, 2);
        ScenarioRunner.Run run = ScenarioRunner.run(scenario, options, ProgressListener.NONE);
        String actual = summary(scenario, run.input(), run.result());
        Path golden = GOLDEN.resolve(example + "-" + scenarioFile.replace(".jzs", ".csv"));
        if (Boolean.getBoolean("jinzai.golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
                golden + " differs; if the change is intended, rerun with -Djinzai.golden.update=true and review the diff");
    }

    @Test
    void townScenariosMatchTheirGoldenOutputs() throws IOException {
        for (String scenario : List.of("status-quo.jzs", "ict-hiring.jzs", "rotation-rules.jzs")) {
            checkGolden("town", scenario, 200);
        }
    }

    @Test
    void cityScenariosMatchTheirGoldenOutputs() throws IOException {
        for (String scenario : List.of("status-quo.jzs", "more-training.jzs", "ict-hiring.jzs")) {
            checkGolden("city", scenario, 50);
        }
    }

    @Test
    void specialWardScenariosMatchTheirGoldenOutputs() throws IOException {
        for (String scenario : List.of("status-quo.jzs", "more-training.jzs", "rotation-rules.jzs")) {
            checkGolden("special-ward", scenario, 10);
        }
    }

    @Test
    void moreTrainingSeatsGiveMoreStep1PromotersThanTheStatusQuo() throws IOException {
        RunOptions options = new RunOptions(30, 7, 2);
        var quo = ScenarioRunner.run(load("city/status-quo.jzs"), options, ProgressListener.NONE);
        var more = ScenarioRunner.run(load("city/more-training.jzs"), options, ProgressListener.NONE);
        int promoter = indexOf(quo.input(), "persona-dx-promoter");
        double a = quo.result().countAtLeastSummary(4, promoter, 1, -1).mean();
        double b = more.result().countAtLeastSummary(4, promoter, 1, -1).mean();
        assertTrue(b > a, "Step1+ promoters in FY2030: " + b + " with more seats vs " + a);
        // common random numbers: the same people leave in both scenarios
        for (int r = 0; r < 30; r++) {
            assertEquals(quo.result().flow(r, Flow.LEAVERS, 0), more.result().flow(r, Flow.LEAVERS, 0));
        }
    }

    @Test
    void aComparisonPairsEveryCountAndFlowNotOnlyTheTargets() throws IOException {
        RunOptions options = new RunOptions(30, 7, 2);
        Scenario quo = load("city/status-quo.jzs");
        Scenario more = load("city/more-training.jzs");
        var comparison = new org.jinzai.scenario.ScenarioComparison(List.of(quo, more, quo),
                List.of(ScenarioRunner.run(quo, options, ProgressListener.NONE), ScenarioRunner.run(more, options, ProgressListener.NONE),
                        ScenarioRunner.run(quo, options, ProgressListener.NONE)));
        var rows = comparison.rows();
        for (String id : List.of("flow:hires", "flow:leavers", "flow:trainings", "flow:appointments", "flow:role_exits",
                "count:persona-dx-promoter:1", "skill:persona-dx-promoter:1", "target-promoter-each")) {
            assertTrue(rows.stream().anyMatch(r -> r.targetId().equals(id)), id);
        }
        // more seats: more trainings, paired replication by replication; the same scenario: no difference at all
        assertTrue(rows.stream().anyMatch(r -> r.scenario().equals(more.getName()) && r.targetId().equals("flow:trainings")
                && r.difference() > 0 && r.low() > 0), "more trainings in every replication of some year");
        assertTrue(rows.stream().filter(r -> r.scenario().equals(quo.getName())).allMatch(r -> r.difference() == 0 && r.low() == 0
                && r.high() == 0), "a scenario against itself");
        assertTrue(rows.stream().filter(r -> r.scenario().equals(quo.getName())).count() > 100);
        // above, the same, below: shares of the replications that add up; a scenario against itself is the same in all
        for (var row : rows) {
            assertEquals(1.0, row.probabilityBetter() + row.probabilityTie() + row.probabilityWorse(), 1e-9, row.toString());
        }
        assertTrue(rows.stream().filter(r -> r.scenario().equals(quo.getName())).allMatch(r -> r.probabilityTie() == 1.0));
        assertTrue(rows.stream().anyMatch(r -> r.scenario().equals(more.getName()) && r.targetId().equals("flow:trainings")
                && r.probabilityBetter() == 1.0 && r.probabilityWorse() == 0), "more trainings in every replication of some year");
        // the reference and its twin cannot be told apart: they share a place, whatever the order they were given in
        for (int year = 2026; year <= 2030; year++) {
            var ranks = comparison.ranking("target-promoter-each", year);
            assertEquals(3, ranks.size());
            for (var rank : ranks) {
                if (rank.scenario().equals(quo.getName())) {
                    int place = rank.place();
                    assertEquals(2, ranks.stream().filter(r -> r.scenario().equals(quo.getName()) && r.place() == place).count(),
                            "tied: " + ranks);
                }
            }
        }
    }

    private static int indexOf(SimulationInput input, String persona) {
        for (int p = 0; p < input.personas().size(); p++) {
            if (input.personas().get(p).id().equals(persona)) {
                return p;
            }
        }
        throw new AssertionError(persona);
    }

    @Test
    void resultsAreSavedAsAModelAndReopen() throws IOException {
        Scenario scenario = load("town/status-quo.jzs");
        ScenarioRunner.Run run = ScenarioRunner.run(scenario, new RunOptions(20, 1, 2), ProgressListener.NONE);
        RunResult model = run.model();
        assertEquals(5, model.getYears().size());
        assertEquals(scenario.getTargets().size(), model.getYears().get(0).getTargets().size());
        ResourceSet set = scenario.eResource().getResourceSet();
        Path target = temp.resolve("status-quo.jzr");
        // the scenario reference is written relative to the scenario's own folder: save beside a copy of it
        Resource results = set.createResource(URI.createFileURI(target.toString()));
        results.getContents().add(model);
        JinzaiResources.save(results);
        String xml = Files.readString(target, StandardCharsets.UTF_8);
        assertTrue(xml.contains("inputFingerprint=\"" + ScenarioRunner.fingerprint(scenario) + "\""));
        assertTrue(xml.contains("probabilityMet"), "target results saved");
    }

    @Test
    void fingerprintFollowsTheInputs() throws IOException {
        Scenario scenario = load("town/status-quo.jzs");
        String before = ScenarioRunner.fingerprint(scenario);
        assertEquals(before, ScenarioRunner.fingerprint(scenario), "stable");
        scenario.getCourseSeats().get(0).setSeats(scenario.getCourseSeats().get(0).getSeats() + 1);
        assertNotEquals(before, ScenarioRunner.fingerprint(scenario), "changes with a seat count");
    }

    @Test
    void everyExampleScenarioCompiles() throws IOException {
        try (var files = Files.walk(EXAMPLES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".jzs")).toList()) {
                Scenario scenario = (Scenario) JinzaiResources.load(file).getContents().get(0);
                SimulationInput input = ScenarioCompiler.compile(scenario);
                assertEquals(scenario.getBaseline().getStaff().size(), input.staff().size(), file.toString());
                assertFalse(input.courseRuns().isEmpty());
            }
        }
    }
}
