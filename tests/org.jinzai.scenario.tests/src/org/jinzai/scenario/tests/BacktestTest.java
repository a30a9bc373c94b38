package org.jinzai.scenario.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jinzai.engine.MonteCarloEngine;
import org.jinzai.engine.ProgressListener;
import org.jinzai.engine.calibration.Backtest;
import org.jinzai.engine.calibration.Backtest.Kind;
import org.jinzai.engine.calibration.Backtest.Row;
import org.jinzai.engine.calibration.RosterRecord;
import org.jinzai.model.EmploymentType;
import org.jinzai.model.Scenario;
import org.jinzai.model.io.HistoryImport;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.scenario.ScenarioBacktest;
import org.jinzai.scenario.ScenarioCalibration;
import org.jinzai.scenario.ScenarioCompiler;
import org.junit.jupiter.api.Test;

/**
 * The rolling-origin backtest on histories the engine wrote itself with known rates (the city example's, 781 staff):
 * with the estimated rates drawn from their posterior, the truth falls inside P10-P90 about 8 times in 10; with the
 * rates fixed at their estimates from a short history, measurably less often (they are too sure).
 */
class BacktestTest {

    /** Synthetic histories, each backtested; the coverages of the two are paired (the same histories), their difference known to about ±3 points. */
    private static final int HISTORIES = 50;
    private static final int RUNS = 100;

    /** The rows of a replication's rosters, as a history file gives them. */
    private static ScenarioCalibration.HistoryFile file(List<RosterRecord> records, String promoter) {
        List<HistoryImport.Row> rows = new ArrayList<>();
        for (RosterRecord r : records) {
            HistoryImport.Leaving why = switch (r.leaving()) {
                case RETIREMENT -> HistoryImport.Leaving.RETIREMENT;
                case TERM_END -> HistoryImport.Leaving.TERM_END;
                case RESIGNATION -> HistoryImport.Leaving.RESIGNATION;
                case UNKNOWN -> HistoryImport.Leaving.NOT_SAID;
            };
            rows.add(new HistoryImport.Row(r.id(), r.fiscalYear(), r.birthYear(), EmploymentType.valueOf(r.employment().name()), r.department(),
                    r.promoter() ? promoter : "", why, r.line()));
        }
        return new ScenarioCalibration.HistoryFile("history.csv", rows);
    }

    /** The rows of the measures leaving concerns (headcounts and leavers), of every history, backtested. */
    private static List<Row> backtest(boolean uncertainty) throws IOException {
        Scenario scenario = (Scenario) JinzaiResources.load(Examples.FOLDER.resolve("city/status-quo.jzs")).getContents().get(0);
        // three rosters: one year to fit on, the origin, one year to compare with (the short history of the lesson)
        scenario.getRunSettings().setHorizonYears(3);
        String promoter = scenario.getAppointment().getPersona().getName();
        MonteCarloEngine engine = new MonteCarloEngine();
        var truth = ScenarioCompiler.compile(scenario);
        List<Row> rows = new ArrayList<>();
        for (int h = 0; h < HISTORIES; h++) {
            ScenarioCalibration.HistoryFile history = file(engine.pastRosters(truth, 9000 + h, 0), promoter);
            ScenarioBacktest.Result result = ScenarioBacktest.run(scenario, List.of(history), new ScenarioBacktest.Settings(RUNS, 17 + h, uncertainty),
                    ProgressListener.NONE);
            assertEquals(List.of(2027), result.origins());
            result.rows().stream().filter(r -> r.measure().kind() == Kind.HEADCOUNT || r.measure().kind() == Kind.LEAVERS).forEach(rows::add);
        }
        return rows;
    }

    @Test
    void drawnRatesCoverTheTruthAboutEightTimesInTenAndFixedOnesLessOften() throws IOException {
        List<Row> drawn = backtest(true);
        List<Row> fixed = backtest(false);
        double on = Backtest.coverage80(drawn);
        double off = Backtest.coverage80(fixed);
        String said = "P10-P90 coverage with the rates drawn " + on + ", fixed " + off + "; by measure, drawn: " + byMeasure(drawn);
        assertEquals(0.80, on, 0.08, said);
        assertTrue(off < on - 0.08, said);
        assertTrue(Backtest.coverage90(drawn) > 0.84, said);
    }

    private static Map<String, Double> byMeasure(List<Row> rows) {
        return rows.stream().collect(Collectors.groupingBy(r -> r.measure().kind() + " " + r.measure().band(),
                Collectors.averagingDouble(r -> r.inside80() ? 1 : 0)));
    }

    @Test
    void aMeasureNobodyIsInOnEitherSideIsNotCompared() {
        Backtest.Measure empty = new Backtest.Measure(Kind.HEADCOUNT, null, 2027);
        Backtest.Measure some = new Backtest.Measure(Kind.LEAVERS, null, 2027);
        List<Row> rows = Backtest.compare(2026, Map.of(empty, 0.0, some, 3.0), List.of(Map.of(empty, 0.0, some, 2.0), Map.of(empty, 0.0, some, 4.0)));
        assertEquals(1, rows.size());
        assertEquals(some, rows.get(0).measure());
        // the truth between the two projections: at the middle of their ranks
        assertEquals(0.5, rows.get(0).rank(), 1e-12);
        assertEquals(3.0, rows.get(0).actual());
    }
}
