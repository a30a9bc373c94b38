package org.jinzai.cli;

import static org.jinzai.cli.ResultFiles.csvNumber;
import static org.jinzai.cli.ResultFiles.number;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.jinzai.engine.RunOptions;
import org.jinzai.model.Scenario;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.model.util.FiscalYears;
import org.jinzai.scenario.ScenarioComparison;
import org.jinzai.scenario.ScenarioRunner;

/**
 * Writes a {@link ScenarioComparison} as CSV and JSON: per target present in the reference and another scenario,
 * and fiscal year, the means, the mean paired difference, its 90 % interval and the probability of doing better.
 */
final class Comparison implements TableFiles {

    private final ScenarioComparison comparison;
    private final Locale locale;
    private final RunOptions options;

    Comparison(List<Scenario> scenarios, List<ScenarioRunner.Run> runs, RunOptions options, Locale locale) {
        this.comparison = new ScenarioComparison(scenarios, runs);
        this.locale = locale;
        this.options = options;
    }

    private String rankBy;
    private int rankYear;

    /** The ranking by a target in a fiscal year, in the order most likely to meet it first. */
    List<ScenarioComparison.Rank> ranking(String targetId, int fiscalYear) {
        return comparison.ranking(targetId, fiscalYear);
    }

    /** Adds the ranking by a target in a fiscal year to the JSON. */
    void rankBy(String targetId, int fiscalYear) {
        this.rankBy = targetId;
        this.rankYear = fiscalYear;
    }

    ScenarioComparison comparison() {
        return comparison;
    }

    List<ScenarioComparison.Row> rows() {
        return comparison.rows();
    }

    private static String csv(String text) {
        return ResultFiles.csv(text);
    }

    @Override
    public void writeCsv(Path file) throws IOException {
        StringBuilder out = new StringBuilder("\uFEFFscenario,target_id,target_name,fiscal_year,fiscal_year_label,reference_mean,mean," //$NON-NLS-1$
                + "difference,difference_p5,difference_p95,probability_better,reference_probability_met,probability_met,probability_same,probability_worse\r\n"); //$NON-NLS-1$
        for (ScenarioComparison.Row row : rows()) {
            out.append(csv(row.scenario())).append(',').append(csv(row.targetId())).append(',').append(csv(row.targetName()))
                    .append(',').append(row.fiscalYear()).append(',').append(csv(FiscalYears.label(row.fiscalYear(), locale)))
                    .append(',').append(csvNumber(row.referenceMean())).append(',').append(csvNumber(row.mean())).append(',')
                    .append(csvNumber(row.difference())).append(',').append(csvNumber(row.low())).append(',').append(csvNumber(row.high())).append(',')
                    .append(csvNumber(row.probabilityBetter())).append(',').append(csvNumber(row.referenceMet())).append(',').append(csvNumber(row.met()))
                    .append(',').append(csvNumber(row.probabilityTie())).append(',').append(csvNumber(row.probabilityWorse())).append("\r\n"); //$NON-NLS-1$
        }
        JinzaiResources.writeAtomically(file, out.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void writeJson(Path file) throws IOException {
        StringBuilder out = new StringBuilder("{\n  \"replications\": ").append(options.replications()).append(",\n  \"seed\": ") //$NON-NLS-1$ //$NON-NLS-2$
                .append(options.seed()).append(",\n  \"rows\": [\n"); //$NON-NLS-1$
        List<ScenarioComparison.Row> rows = rows();
        for (int i = 0; i < rows.size(); i++) {
            ScenarioComparison.Row row = rows.get(i);
            out.append("    {\"scenario\": ").append(ResultFiles.json(row.scenario())).append(", \"target\": ") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(ResultFiles.json(row.targetId())).append(", \"fiscalYear\": ").append(row.fiscalYear()) //$NON-NLS-1$
                    .append(", \"referenceMean\": ").append(number(row.referenceMean())).append(", \"mean\": ").append(number(row.mean())) //$NON-NLS-1$ //$NON-NLS-2$
                    .append(", \"difference\": ").append(number(row.difference())).append(", \"differenceP5\": ").append(number(row.low())) //$NON-NLS-1$ //$NON-NLS-2$
                    .append(", \"differenceP95\": ").append(number(row.high())).append(", \"probabilityBetter\": ") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(number(row.probabilityBetter())).append(", \"referenceProbabilityMet\": ").append(number(row.referenceMet())) //$NON-NLS-1$
                    .append(", \"probabilityMet\": ").append(number(row.met())).append(", \"probabilitySame\": ").append(number(row.probabilityTie())) //$NON-NLS-1$ //$NON-NLS-2$
                    .append(", \"probabilityWorse\": ").append(number(row.probabilityWorse())).append('}').append(i + 1 < rows.size() ? ",\n" : "\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        out.append("  ]"); //$NON-NLS-1$
        if (rankBy != null) {
            out.append(",\n  \"ranking\": {\"target\": ").append(ResultFiles.json(rankBy)).append(", \"fiscalYear\": ").append(rankYear) //$NON-NLS-1$ //$NON-NLS-2$
                    .append(", \"scenarios\": ["); //$NON-NLS-1$
            List<ScenarioComparison.Rank> ranks = ranking(rankBy, rankYear);
            for (int i = 0; i < ranks.size(); i++) {
                ScenarioComparison.Rank rank = ranks.get(i);
                out.append(i > 0 ? ", " : "").append("{\"place\": ").append(rank.place()).append(", \"scenario\": ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                        .append(ResultFiles.json(rank.scenario())).append(", \"probabilityMet\": ").append(number(rank.probabilityMet())) //$NON-NLS-1$
                        .append(", \"mean\": ").append(number(rank.mean())).append('}'); //$NON-NLS-1$
            }
            out.append("]}"); //$NON-NLS-1$
        }
        out.append("\n}\n"); //$NON-NLS-1$
        JinzaiResources.writeAtomically(file, out.toString().getBytes(StandardCharsets.UTF_8));
    }

}
