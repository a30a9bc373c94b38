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
import org.jinzai.scenario.Experiments;
import org.jinzai.scenario.Levers;
import org.jinzai.scenario.RunChoice;

/**
 * {@code goal-seek SCENARIO}: the smallest value of a lever (seats or hires a year) with which a target is met in a
 * fiscal year with at least the asked probability.
 */
final class GoalSeekCommand extends Command {

    GoalSeekCommand() {
        super("goal-seek", Messages.HelpGoalSeek, //$NON-NLS-1$
                Set.of("--target", "--year", "--probability", "--lever", "--min", "--max", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                        "--runs", "--seed", "--threads", "--out", "--format", "--lang"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                Set.of());
    }

    @Override
    int run(Options options, CommandContext context) throws UsageException, InvalidInputException {
        Path file = options.oneFile();
        options.require("--target", "--year", "--lever", "--max"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        Set<String> formats = options.experimentFormats();
        int fiscalYear = options.number("--year", 1); //$NON-NLS-1$
        double probability = options.fraction("--probability", 0.9); //$NON-NLS-1$
        int low = options.wholeNumber("--min", 0); //$NON-NLS-1$
        int high = options.wholeNumber("--max", 0); //$NON-NLS-1$
        if (low > high) {
            throw new UsageException(NLS.bind(Messages.BadRange, low, high));
        }
        // the whole command line is checked before any file is read
        RunChoice choice = options.runChoice();
        Locale locale = options.locale();
        Scenario scenario = context.loadScenario(file);
        int target = options.target(scenario, "--target"); //$NON-NLS-1$
        Options.checkYear(scenario.getRunSettings(), fiscalYear);
        Levers.Lever lever = options.lever(scenario, "--lever"); //$NON-NLS-1$
        RunOptions run = choice.resolve(scenario.getRunSettings());
        Path outDir = options.output(Options.beside(file, "goal-seek"), false); //$NON-NLS-1$
        return context.reporting(() -> {
            GoalSeekExperiment outcome = Experiments.goalSeek(
                    new Experiments.GoalSeekQuestion(scenario, target, fiscalYear, probability, lever, low, high), run,
                    context.progress(run.replications()));
            Target goal = scenario.getTargets().get(target);
            String yearLabel = FiscalYears.label(fiscalYear, locale);
            String leverName = lever.name() == null ? lever.id() : lever.name();
            String percent = String.format(Locale.ROOT, "%.0f%%", probability * 100); //$NON-NLS-1$
            String reached = String.format(Locale.ROOT, "%.1f%% (%.1f-%.1f%%)", outcome.getAchievedProbability() * 100, //$NON-NLS-1$
                    outcome.getProbabilityLow() * 100, outcome.getProbabilityHigh() * 100);
            if (outcome.isFeasible()) {
                context.out.println(NLS.bind(lever.kind().equals("seats") ? Messages.GoalSeekSeats : Messages.GoalSeekHires, //$NON-NLS-1$
                        new Object[] { leverName, outcome.getAnswer(), goal.getName(), yearLabel, percent, reached,
                                outcome.getEvaluations().size(), String.format(Locale.ROOT, "%.1f", outcome.getElapsedSeconds()) })); //$NON-NLS-1$
            } else {
                context.out.println(NLS.bind(Messages.GoalSeekInfeasible, new Object[] { goal.getName(), yearLabel, percent, leverName,
                        high, reached, outcome.getEvaluations().size() }));
            }
            GoalSeekFiles files = new GoalSeekFiles(scenario, goal, fiscalYear, yearLabel, probability, lever, low, high, run, outcome);
            context.writeResults(outDir, true, folder -> {
                files.write(folder, "goal-seek", formats); //$NON-NLS-1$
                context.saveExperiment(outcome, folder, formats, options.reportLocale());
            });
            return Cli.OK;
        });
    }
}
