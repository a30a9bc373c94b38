package org.jinzai.cli;

import static org.jinzai.cli.ResultFiles.csvNumber;
import static org.jinzai.cli.ResultFiles.number;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.eclipse.osgi.util.NLS;
import org.jinzai.engine.RunOptions;
import org.jinzai.model.Scenario;
import org.jinzai.model.SweepPoint;
import org.jinzai.model.Target;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.scenario.Levers;

/**
 * A sweep as text grids (one per target: the probability of meeting it for each value of the levers), JSON and
 * long-format CSV (UTF-8 with BOM), the files written atomically.
 */
final class SweepFiles implements TableFiles {

    private final Scenario scenario;
    private final int fiscalYear;
    private final String yearLabel;
    private final Levers.Lever first;
    private final Levers.Lever second;
    private final RunOptions options;
    private final List<SweepPoint> points;

    SweepFiles(Scenario scenario, int fiscalYear, String yearLabel, Levers.Lever first, Levers.Lever second, RunOptions options,
            List<SweepPoint> points) {
        this.scenario = scenario;
        this.fiscalYear = fiscalYear;
        this.yearLabel = yearLabel;
        this.first = first;
        this.second = second;
        this.options = options;
        this.points = points;
    }

    /** For each target with a value in that year: rows are the first lever's values, columns the second's. */
    String grids() {
        StringBuilder out = new StringBuilder();
        TreeSet<Integer> rows = new TreeSet<>();
        TreeSet<Integer> columns = new TreeSet<>();
        for (SweepPoint p : points) {
            rows.add(p.getFirst());
            columns.add(p.getSecond());
        }
        for (int t = 0; t < scenario.getTargets().size(); t++) {
            if (points.isEmpty() || Double.isNaN(points.get(0).getValues().get(t).getProbability())) {
                continue;
            }
            out.append(NLS.bind(Messages.SweepGrid, scenario.getTargets().get(t).getName(), yearLabel)).append('\n');
            out.append(String.format("%-14s", first.kind() + "\\" + (second == null ? "" : second.kind()))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            for (int c : columns) {
                out.append(String.format("%8s", second == null ? "" : Integer.toString(c))); //$NON-NLS-1$ //$NON-NLS-2$
            }
            out.append('\n');
            for (int r : rows) {
                out.append(String.format("%-14d", r)); //$NON-NLS-1$
                for (int c : columns) {
                    for (SweepPoint p : points) {
                        if (p.getFirst() == r && p.getSecond() == c) {
                            out.append(String.format(Locale.ROOT, "%7.0f%%", p.getValues().get(t).getProbability() * 100)); //$NON-NLS-1$
                        }
                    }
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    @Override
    public void writeCsv(Path file) throws IOException {
        StringBuilder out = new StringBuilder(
                "\uFEFFlever,value,lever2,value2,target_id,target_name,fiscal_year,fiscal_year_label,mean,probability_met\r\n"); //$NON-NLS-1$
        for (SweepPoint p : points) {
            for (int t = 0; t < scenario.getTargets().size(); t++) {
                Target target = scenario.getTargets().get(t);
                out.append(ResultFiles.csv(first.kind() + ":" + first.id())).append(',').append(p.getFirst()).append(',') //$NON-NLS-1$
                        .append(second == null ? "" : ResultFiles.csv(second.kind() + ":" + second.id())).append(',') //$NON-NLS-1$ //$NON-NLS-2$
                        .append(second == null ? "" : Integer.toString(p.getSecond())).append(',') //$NON-NLS-1$
                        .append(ResultFiles.csv(target.getId())).append(',').append(ResultFiles.csv(target.getName())).append(',')
                        .append(fiscalYear).append(',').append(ResultFiles.csv(yearLabel)).append(',').append(csvNumber(p.getValues().get(t).getMean()))
                        .append(',').append(csvNumber(p.getValues().get(t).getProbability())).append("\r\n"); //$NON-NLS-1$
            }
        }
        JinzaiResources.writeAtomically(file, out.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void writeJson(Path file) throws IOException {
        StringBuilder out = new StringBuilder("{\n"); //$NON-NLS-1$
        out.append("  \"scenario\": ").append(ResultFiles.json(scenario.getName())).append(",\n"); //$NON-NLS-1$ //$NON-NLS-2$
        out.append("  \"fiscalYear\": ").append(fiscalYear).append(", \"label\": ").append(ResultFiles.json(yearLabel)).append(",\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        out.append("  \"lever\": ").append(ResultFiles.json(first.kind() + ":" + first.id())).append(", \"lever2\": ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .append(second == null ? "null" : ResultFiles.json(second.kind() + ":" + second.id())).append(",\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        out.append("  \"replications\": ").append(options.replications()).append(", \"seed\": ").append(options.seed()).append(",\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        out.append("  \"points\": [\n"); //$NON-NLS-1$
        for (int i = 0; i < points.size(); i++) {
            SweepPoint p = points.get(i);
            out.append("    {\"value\": ").append(p.getFirst()).append(", \"value2\": ").append(second == null ? "null" : Integer.toString(p.getSecond())) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .append(", \"targets\": ["); //$NON-NLS-1$
            for (int t = 0; t < scenario.getTargets().size(); t++) {
                out.append(t > 0 ? ", " : "").append("{\"id\": ").append(ResultFiles.json(scenario.getTargets().get(t).getId())) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        .append(", \"mean\": ").append(number(p.getValues().get(t).getMean())).append(", \"probabilityMet\": ") //$NON-NLS-1$ //$NON-NLS-2$
                        .append(number(p.getValues().get(t).getProbability())).append('}');
            }
            out.append("]}").append(i + 1 < points.size() ? ",\n" : "\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        out.append("  ]\n}\n"); //$NON-NLS-1$
        JinzaiResources.writeAtomically(file, out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
