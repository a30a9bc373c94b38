package org.jinzai.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import org.jinzai.engine.RunOptions;
import org.jinzai.model.GoalSeekExperiment;
import org.jinzai.model.LeverEvaluation;
import org.jinzai.model.Scenario;
import org.jinzai.model.Target;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.scenario.Levers;

/**
 * Writes a goal-seek as JSON (the question, the answer with its interval, every evaluation) and as CSV (the
 * evaluations, UTF-8 with BOM). Each file is written to a temporary name and renamed when complete.
 */
final class GoalSeekFiles implements TableFiles {

    private final Scenario scenario;
    private final Target target;
    private final int fiscalYear;
    private final String yearLabel;
    private final double probability;
    private final Levers.Lever lever;
    private final int low;
    private final int high;
    private final RunOptions options;
    private final GoalSeekExperiment outcome;

    GoalSeekFiles(Scenario scenario, Target target, int fiscalYear, String yearLabel, double probability, Levers.Lever lever, int low,
            int high, RunOptions options, GoalSeekExperiment outcome) {
        this.scenario = scenario;
        this.target = target;
        this.fiscalYear = fiscalYear;
        this.yearLabel = yearLabel;
        this.probability = probability;
        this.lever = lever;
        this.low = low;
        this.high = high;
        this.options = options;
        this.outcome = outcome;
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.4f", value); //$NON-NLS-1$
    }

    @Override
    public void writeJson(Path file) throws IOException {
        StringBuilder out = new StringBuilder("{\n"); //$NON-NLS-1$
        out.append("  \"scenario\": ").append(ResultFiles.json(scenario.getName())).append(",\n"); //$NON-NLS-1$ //$NON-NLS-2$
        out.append("  \"target\": ").append(ResultFiles.json(target.getId())).append(", \"targetName\": ") //$NON-NLS-1$ //$NON-NLS-2$
                .append(ResultFiles.json(target.getName())).append(",\n"); //$NON-NLS-1$
        out.append("  \"fiscalYear\": ").append(fiscalYear).append(", \"label\": ").append(ResultFiles.json(yearLabel)) //$NON-NLS-1$ //$NON-NLS-2$
                .append(", \"probability\": ").append(n(probability)).append(",\n"); //$NON-NLS-1$ //$NON-NLS-2$
        out.append("  \"lever\": {\"kind\": ").append(ResultFiles.json(lever.kind())).append(", \"id\": ") //$NON-NLS-1$ //$NON-NLS-2$
                .append(ResultFiles.json(lever.id())).append(", \"name\": ").append(ResultFiles.json(lever.name())) //$NON-NLS-1$
                .append(", \"min\": ").append(low).append(", \"max\": ").append(high).append("},\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        out.append("  \"replications\": ").append(options.replications()).append(", \"seed\": ").append(options.seed()) //$NON-NLS-1$ //$NON-NLS-2$
                .append(",\n"); //$NON-NLS-1$
        out.append("  \"feasible\": ").append(outcome.isFeasible()).append(", \"value\": ") //$NON-NLS-1$ //$NON-NLS-2$
                .append(outcome.isFeasible() ? Integer.toString(outcome.getAnswer()) : "null") //$NON-NLS-1$
                .append(", \"probabilityReached\": ").append(n(outcome.getAchievedProbability())).append(", \"interval90\": [") //$NON-NLS-1$ //$NON-NLS-2$
                .append(n(outcome.getProbabilityLow())).append(", ").append(n(outcome.getProbabilityHigh())).append("],\n"); //$NON-NLS-1$ //$NON-NLS-2$
        out.append("  \"evaluations\": [\n"); //$NON-NLS-1$
        for (int i = 0; i < outcome.getEvaluations().size(); i++) {
            LeverEvaluation e = outcome.getEvaluations().get(i);
            out.append("    {\"value\": ").append(e.getValue()).append(", \"probability\": ").append(n(e.getProbability())) //$NON-NLS-1$ //$NON-NLS-2$
                    .append(", \"mean\": ").append(n(e.getMean())).append(", \"replications\": ").append(e.getReplications()).append('}') //$NON-NLS-1$ //$NON-NLS-2$
                    .append(i + 1 < outcome.getEvaluations().size() ? ",\n" : "\n"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        out.append("  ]\n}\n"); //$NON-NLS-1$
        JinzaiResources.writeAtomically(file, out.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void writeCsv(Path file) throws IOException {
        StringBuilder out = new StringBuilder("\uFEFFlever,lever_id,value,probability_met,target_mean,replications\r\n"); //$NON-NLS-1$
        for (LeverEvaluation e : outcome.getEvaluations()) {
            out.append(lever.kind()).append(',').append(ResultFiles.csv(lever.id())).append(',').append(e.getValue()).append(',')
                    .append(n(e.getProbability())).append(',').append(n(e.getMean())).append(',').append(e.getReplications())
                    .append("\r\n"); //$NON-NLS-1$
        }
        JinzaiResources.writeAtomically(file, out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
