package org.jinzai.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.jinzai.engine.RunOptions;
import org.jinzai.model.GoalSeekExperiment;
import org.jinzai.model.Scenario;
import org.jinzai.model.Target;
import org.jinzai.model.util.FiscalYears;
import org.jinzai.reports.Charts;
import org.jinzai.reports.ReportData;
import org.jinzai.scenario.ExperimentRequest;
import org.jinzai.scenario.Experiments;
import org.jinzai.scenario.Levers;

/**
 * {@code goal-seek SCENARIO}: the smallest value of a lever (seats or hires a year) with which a target is met in a
 * fiscal year with at least the asked probability.
 */
final class GoalSeekCommand extends ExperimentCommand<ExperimentRequest.GoalSeek, GoalSeekExperiment> {

    GoalSeekCommand() {
        super("goal-seek", Messages.HelpGoalSeek, Set.of("--target", "--probability", "--lever", "--min", "--max", "--apply", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                "--template")); //$NON-NLS-1$
    }

    @Override
    Question<ExperimentRequest.GoalSeek> parse(Options options) throws UsageException {
        options.require("--target", "--year", "--lever", "--max"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        double probability = options.fraction("--probability", 0.9); //$NON-NLS-1$
        int low = options.wholeNumber("--min", 0); //$NON-NLS-1$
        int high = options.wholeNumber("--max", 0); //$NON-NLS-1$
        if (low > high) {
            throw new UsageException(NLS.bind(Messages.BadRange, low, high));
        }
        checkApply(options);
        checkTemplate(options);
        return (scenario, fiscalYear) -> new ExperimentRequest.GoalSeek(options.target(scenario, "--target"), fiscalYear, probability, //$NON-NLS-1$
                options.lever(scenario, "--lever").specification(), low, high); //$NON-NLS-1$
    }

    /** With --apply: the plan with the answer, written beside the scenario and run as simulate runs it. */
    @Override
    int afterwards(Options options, CommandContext context, Path scenarioFile, GoalSeekExperiment outcome, RunOptions run) {
        return applyAndRun(options, context, run, applied -> {
            if (!outcome.isFeasible()) {
                // the goal-seek's files are written; the plan asked for is not, and a script must be able to tell
                throw new IllegalArgumentException(Messages.ApplyNothing);
            }
            Experiments.apply(outcome, applied, ReportData.appliedPlanName(outcome, options.reportLocale()));
            // the goal-seek beside the scenario too, where the new plan's policy document finds the measure it applies
            Experiments.saveBeside(outcome, applied.getParent());
            return NLS.bind(Messages.Applied, new Object[] { applied.getFileName(), scenarioFile.getFileName(),
                    Charts.elementName(outcome.getLever()), outcome.getAnswer() });
        });
    }

    @Override
    TableFiles report(CommandContext context, Scenario scenario, ExperimentRequest.GoalSeek request, GoalSeekExperiment outcome,
            RunOptions run, Locale locale) {
        Target goal = scenario.getTargets().get(request.target());
        Levers.Lever lever = Levers.of(scenario, request.lever());
        String yearLabel = FiscalYears.label(request.fiscalYear(), locale);
        String leverName = lever.name() == null ? lever.id() : lever.name();
        String percent = String.format(Locale.ROOT, "%.0f%%", request.probability() * 100); //$NON-NLS-1$
        String reached = String.format(Locale.ROOT, "%.1f%% (%.1f-%.1f%%)", outcome.getAchievedProbability() * 100, //$NON-NLS-1$
                outcome.getProbabilityLow() * 100, outcome.getProbabilityHigh() * 100);
        if (outcome.isFeasible()) {
            context.out.println(NLS.bind(lever.kind().equals("seats") ? Messages.GoalSeekSeats : Messages.GoalSeekHires, //$NON-NLS-1$
                    new Object[] { leverName, outcome.getAnswer(), goal.getName(), yearLabel, percent, reached,
                            outcome.getEvaluations().size(), String.format(Locale.ROOT, "%.1f", outcome.getElapsedSeconds()) })); //$NON-NLS-1$
        } else {
            context.out.println(NLS.bind(Messages.GoalSeekInfeasible, new Object[] { goal.getName(), yearLabel, percent, leverName,
                    request.maximum(), reached, outcome.getEvaluations().size() }));
        }
        int used = outcome.getEvaluations().stream().mapToInt(e -> e.getReplications()).sum();
        int full = outcome.getEvaluations().size() * run.replications();
        if (used < full) {
            context.out.println(NLS.bind(Messages.GoalSeekReplications, new Object[] { outcome.getEvaluations().size(), used, full, percent }));
        }
        return new GoalSeekFiles(scenario, goal, request.fiscalYear(), yearLabel, request.probability(), lever, request.minimum(),
                request.maximum(), run, outcome);
    }
}
