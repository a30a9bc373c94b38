package org.jinzai.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jinzai.engine.RunOptions;
import org.jinzai.model.Scenario;
import org.jinzai.model.validation.ScenarioChanges;
import org.jinzai.scenario.ScenarioComparison;
import org.jinzai.scenario.ScenarioRunner;

/**
 * What the comparison reports (the Word document and the workbook) show, made once by the command line or the
 * workbench: the scenarios' names and what each changes against the reference (empty for the reference), their
 * report data in the report's language (for the overlaid bands), the paired differences, the run options, and the
 * target to rank by (its id, or null for no ranking) in a fiscal year.
 */
public record ComparisonReport(List<String> names, List<List<String>> changes, List<ReportData> data, ScenarioComparison comparison,
        RunOptions options, String rankTarget, int rankYear) {

    public ComparisonReport {
        names = List.copyOf(names);
        changes = List.copyOf(changes);
        data = List.copyOf(data);
    }

    /** The report of scenarios run on common random numbers (the reference first), in a language. */
    public static ComparisonReport of(List<Scenario> scenarios, List<ScenarioRunner.Run> runs, ScenarioComparison comparison, RunOptions options,
            Locale locale, String rankTarget, int rankYear) {
        List<String> names = new ArrayList<>();
        List<List<String>> changes = new ArrayList<>();
        List<ReportData> data = new ArrayList<>();
        for (int k = 0; k < scenarios.size(); k++) {
            Scenario scenario = scenarios.get(k);
            names.add(scenario.getName() == null ? "?" : scenario.getName()); //$NON-NLS-1$
            changes.add(ScenarioChanges.of(scenarios.get(0), scenario));
            data.add(ReportData.of(scenario, options, runs.get(k), locale));
        }
        return new ComparisonReport(names, changes, data, comparison, options, rankTarget, rankYear);
    }

    /** The texts in the report's language. */
    Texts texts() {
        return data.get(0).texts();
    }
}
