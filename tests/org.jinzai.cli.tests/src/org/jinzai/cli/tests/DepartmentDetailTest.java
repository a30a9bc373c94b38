package org.jinzai.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.jinzai.engine.ProgressListener;
import org.jinzai.engine.RunOptions;
import org.jinzai.engine.SimulationResult.DepartmentFlow;
import org.jinzai.engine.SimulationResult.Flow;
import org.jinzai.engine.Summary;
import org.jinzai.model.RunResult;
import org.jinzai.model.Scenario;
import org.jinzai.model.TargetResult;
import org.jinzai.model.YearResult;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.reports.ReportData;
import org.jinzai.scenario.ScenarioRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drill-down by 課 of the report data: the same from saved results ({@code .jzr}) as from the run itself, and
 * results saved before flows and misses per 課 were recorded still read (without them).
 */
class DepartmentDetailTest {

    @TempDir
    Path temp;

    private Scenario scenario;
    private ScenarioRunner.Run run;
    private final RunOptions options = new RunOptions(40, 5, 2);

    /** Runs the town's status quo and saves its results beside it; returns them as read back from the file. */
    private RunResult runAndReopen() throws IOException {
        Path folder = CliSession.copyExample(temp, "town");
        scenario = (Scenario) JinzaiResources.load(folder.resolve("status-quo.jzs")).getContents().get(0);
        run = ScenarioRunner.run(scenario, options, ProgressListener.NONE);
        Resource results = scenario.eResource().getResourceSet().createResource(URI.createFileURI(folder.resolve("status-quo.jzr").toString()));
        results.getContents().add(run.model());
        JinzaiResources.save(results);
        return (RunResult) JinzaiResources.load(folder.resolve("status-quo.jzr")).getContents().get(0);
    }

    @Test
    void savedResultsGiveTheDrillDownOfTheRun() throws IOException {
        RunResult saved = runAndReopen();
        ReportData live = ReportData.of(scenario, options, run, Locale.JAPANESE);
        ReportData reopened = ReportData.of(saved, Locale.JAPANESE);
        assertEquals(live.departmentList(), reopened.departmentList());
        assertEquals(22, reopened.departmentList().size(), "the town's 課");
        int years = live.years();
        double[] movesIn = new double[years];
        double[] movesOut = new double[years];
        double[] staff = new double[years];
        boolean missedSomewhere = false;
        for (ReportData.DepartmentRef ref : live.departmentList()) {
            ReportData.DepartmentDetail a = live.departmentDetail(ref.id());
            ReportData.DepartmentDetail b = reopened.departmentDetail(ref.id());
            assertEquals(ref.name(), b.name());
            assertEquals(a.staff().size(), b.staff().size(), ref.name());
            for (int p = 0; p < a.staff().size(); p++) {
                assertEquals(a.staff().get(p).persona(), b.staff().get(p).persona());
                for (int y = 0; y < years; y++) {
                    for (int s = 0; s <= 3; s++) {
                        same(a.staff().get(p).perYear()[y][s], b.staff().get(p).perYear()[y][s], ref.name() + " " + a.staff().get(p).persona());
                    }
                }
            }
            assertNotNull(b.flows(), "flows per 課 are saved");
            for (DepartmentFlow flow : DepartmentFlow.values()) {
                for (int y = 0; y < years; y++) {
                    same(a.flows()[flow.ordinal()][y], b.flows()[flow.ordinal()][y], ref.name() + " " + flow);
                }
            }
            for (int y = 0; y < years; y++) {
                movesIn[y] += b.flows()[DepartmentFlow.MOVES_IN.ordinal()][y].mean();
                movesOut[y] += b.flows()[DepartmentFlow.MOVES_OUT.ordinal()][y].mean();
                staff[y] += b.flows()[DepartmentFlow.HEADCOUNT.ordinal()][y].mean();
            }
            assertEquals(a.targets().size(), b.targets().size());
            for (int t = 0; t < a.targets().size(); t++) {
                assertEquals(a.targets().get(t).target(), b.targets().get(t).target());
                for (int y = 0; y < years; y++) {
                    assertEquals(a.targets().get(t).missed()[y], b.targets().get(t).missed()[y], 0.0);
                    missedSomewhere |= b.targets().get(t).missed()[y] > 0;
                }
            }
        }
        assertTrue(missedSomewhere, "the town's 各課に1名 is missed in some 課");
        // the 各課に1名 target concerns the town's business 課, not the information-systems section
        assertEquals(1, reopened.departmentDetail("dept-001").targets().size());
        assertTrue(reopened.departmentDetail("dept-is").targets().isEmpty());
        for (int y = 0; y < years; y++) {
            assertEquals(live.flow(Flow.MOVES, y).mean(), movesIn[y], 1e-9, "moves in over all 課");
            assertEquals(live.flow(Flow.MOVES, y).mean(), movesOut[y], 1e-9, "moves out over all 課");
            assertEquals(live.flow(Flow.HEADCOUNT, y).mean(), staff[y], 1e-9, "staff over all 課");
            // the organization's flows are not taken for the flows of a 課 saved beside them
            for (Flow flow : Flow.values()) {
                same(live.flow(flow, y), reopened.flow(flow, y), flow.name());
            }
        }
        assertTrue(movesIn[1] > 0, "the town's rotation moves staff");
        assertNull(reopened.departmentDetail("no-such-department"));
    }

    @Test
    void resultsSavedBeforeFlowsAndMissesPerDepartmentStillRead() throws IOException {
        RunResult saved = runAndReopen();
        // as a .jzr of the version before: no flow of a 課, no misses per 課
        for (YearResult year : saved.getYears()) {
            year.getFlows().removeIf(f -> f.getDepartmentId() != null);
            for (TargetResult target : year.getTargets()) {
                target.getDepartmentMisses().clear();
            }
        }
        ReportData old = ReportData.of(saved, Locale.JAPANESE);
        ReportData live = ReportData.of(scenario, options, run, Locale.JAPANESE);
        ReportData.DepartmentDetail detail = old.departmentDetail("dept-001");
        assertNull(detail.flows(), "not recorded: shown as unknown, not as 0");
        assertFalse(detail.staff().isEmpty(), "the staff per 課 were saved from the start");
        assertEquals(1, detail.targets().size(), "the target of every 課, its misses unknown");
        for (double p : detail.targets().get(0).missed()) {
            assertTrue(Double.isNaN(p));
        }
        for (int y = 0; y < live.years(); y++) {
            same(live.flow(Flow.HIRES, y), old.flow(Flow.HIRES, y), "hires");
        }
    }

    private static void same(Summary expected, Summary actual, String what) {
        assertEquals(expected.mean(), actual.mean(), 1e-12, what + " mean");
        assertEquals(expected.p10(), actual.p10(), 1e-12, what + " P10");
        assertEquals(expected.p50(), actual.p50(), 1e-12, what + " P50");
        assertEquals(expected.p90(), actual.p90(), 1e-12, what + " P90");
    }
}
