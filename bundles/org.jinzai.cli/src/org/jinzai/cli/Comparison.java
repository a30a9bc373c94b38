package org.jinzai.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.jinzai.engine.RunOptions;
import org.jinzai.engine.SimulationResult;
import org.jinzai.model.Scenario;
import org.jinzai.model.Target;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.model.util.FiscalYears;
import org.jinzai.scenario.ScenarioRunner;

/**
 * Scenarios compared with the first (the reference) on common random numbers: per target present in both
 * (by id) and fiscal year, the means, the mean paired difference, its 90 % interval (5th and 95th
 * percentiles of the per-replication differences) and the probability that the other scenario does better.
 */
final class Comparison {

    /** One row: a scenario against the reference for a target in a year. */
    record Row(String scenario, String targetId, String targetName, int fiscalYear, double referenceMean, double mean,
            double difference, double low, double high, double probabilityBetter, double referenceMet, double met) {
    }

    private final List<Row> rows = new java.util.ArrayList<>();
    private final Locale locale;
    private final RunOptions options;

    Comparison(List<Scenario> scenarios, List<ScenarioRunner.Run> runs, RunOptions options, Locale locale) {
        this.locale = locale;
        this.options = options;
        Scenario reference = scenarios.get(0);
        SimulationResult a = runs.get(0).result();
        for (int k = 1; k < scenarios.size(); k++) {
            Scenario other = scenarios.get(k);
            SimulationResult b = runs.get(k).result();
            for (int ta = 0; ta < reference.getTargets().size(); ta++) {
                Target target = reference.getTargets().get(ta);
                int tb = indexOf(other, target.getId());
                if (tb < 0) {
                    continue;
                }
                for (int y = 0; y < Math.min(a.years(), b.years()); y++) {
                    double[] differences = new double[a.replications()];
                    int better = 0;
                    double sumA = 0;
                    double sumB = 0;
                    for (int r = 0; r < differences.length; r++) {
                        double va = a.targetValue(r, ta, y);
                        double vb = b.targetValue(r, tb, y);
                        differences[r] = vb - va;
                        sumA += va;
                        sumB += vb;
                        better += vb > va ? 1 : 0;
                    }
                    Arrays.sort(differences);
                    Percentile percentile = new Percentile();
                    percentile.setData(differences);
                    int n = differences.length;
                    rows.add(new Row(other.getName(), target.getId(), target.getName(), a.firstFiscalYear() + y, sumA / n, sumB / n,
                            (sumB - sumA) / n, percentile.evaluate(5), percentile.evaluate(95), (double) better / n,
                            a.probabilityMet(ta, y), b.probabilityMet(tb, y)));
                }
            }
        }
    }

    private static int indexOf(Scenario scenario, String targetId) {
        for (int t = 0; t < scenario.getTargets().size(); t++) {
            if (targetId.equals(scenario.getTargets().get(t).getId())) {
                return t;
            }
        }
        return -1;
    }

    List<Row> rows() {
        return rows;
    }

    private static String n(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.4f", value); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String csv(String text) {
        return ResultFiles.csv(text);
    }

    void writeCsv(Path file) throws IOException {
        StringBuilder out = new StringBuilder("\uFEFFscenario,target_id,target_name,fiscal_year,fiscal_year_label,reference_mean,mean," //$NON-NLS-1$
                + "difference,difference_p5,difference_p95,probability_better,reference_probability_met,probability_met\r\n"); //$NON-NLS-1$
        for (Row row : rows) {
            out.append(csv(row.scenario())).append(',').append(csv(row.targetId())).append(',').append(csv(row.targetName()))
                    .append(',').append(row.fiscalYear()).append(',').append(csv(FiscalYears.label(row.fiscalYear(), locale)))
                    .append(',').append(n(row.referenceMean())).append(',').append(n(row.mean())).append(',')
                    .append(n(row.difference())).append(',').append(n(row.low())).append(',').append(n(row.high())).append(',')
                    .append(n(row.probabilityBetter())).append(',').append(n(row.referenceMet())).append(',').append(n(row.met()))
                    .append("\r\n"); //$NON-NLS-1$
        }
        JinzaiResources.writeAtomically(file, out.toString().getBytes(StandardCharsets.UTF_8));
    }

    void writeJson(Path file) throws IOException {
        StringBuilder out = new StringBuilder("{\n  \"replications\": ").append(options.replications()).append(",\n  \"seed\": ") //$NON-NLS-1$ //$NON-NLS-2$
                .append(options.seed()).append(",\n  \"rows\": [\n"); //$NON-NLS-1$
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            out.append("    {\"scenario\": \"").append(row.scenario().replace("\"", "\\\"")).append("\", \"target\": \"") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    .append(row.targetId()).append("\", \"fiscalYear\": ").append(row.fiscalYear()) //$NON-NLS-1$
                    .append(", \"referenceMean\": ").append(j(row.referenceMean())).append(", \"mean\": ").append(j(row.mean())) //$NON-NLS-1$ //$NON-NLS-2$
                    .append(", \"difference\": ").append(j(row.difference())).append(", \"differenceP5\": ").append(j(row.low())) //$NON-NLS-1$ //$NON-NLS-2$
                    .append(", \"differenceP95\": ").append(j(row.high())).append(", \"probabilityBetter\": ") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(j(row.probabilityBetter())).append(", \"referenceProbabilityMet\": ").append(j(row.referenceMet())) //$NON-NLS-1$
                    .append(", \"probabilityMet\": ").append(j(row.met())).append('}').append(i + 1 < rows.size() ? ",\n" : "\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        out.append("  ]\n}\n"); //$NON-NLS-1$
        JinzaiResources.writeAtomically(file, out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String j(double value) {
        return Double.isNaN(value) ? "null" : String.format(Locale.ROOT, "%.4f", value); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
