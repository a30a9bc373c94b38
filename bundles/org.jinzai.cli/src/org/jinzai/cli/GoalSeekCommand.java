package org.jinzai.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.jinzai.engine.GoalSeek;
import org.jinzai.engine.RegionEngine;
import org.jinzai.engine.RunOptions;
import org.jinzai.model.GoalSeekExperiment;
import org.jinzai.model.Pool;
import org.jinzai.model.Region;
import org.jinzai.model.Scenario;
import org.jinzai.model.Target;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.model.util.FiscalYears;
import org.jinzai.reports.Charts;
import org.jinzai.reports.ReportData;
import org.jinzai.scenario.ExperimentRequest;
import org.jinzai.scenario.Experiments;
import org.jinzai.scenario.Levers;
import org.jinzai.scenario.RegionRunner;
import org.jinzai.scenario.RunChoice;

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

    /**
     * On a region: the smallest staff at the start (or hires a year) of one of its pools with which every member meets a
     * target they all have in a fiscal year with at least the probability; prints it, writes region-goal-seek.csv.
     */
    @Override
    int region(Path file, Options options, CommandContext context) throws UsageException, InvalidInputException {
        options.require("--target", "--year", "--lever", "--max"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        if (options.has("--apply") || options.has("--template")) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new UsageException(Messages.RegionGoalSeekApply);
        }
        double probability = options.fraction("--probability", 0.9); //$NON-NLS-1$
        int low = options.wholeNumber("--min", 0); //$NON-NLS-1$
        int high = options.wholeNumber("--max", 0); //$NON-NLS-1$
        if (low > high) {
            throw new UsageException(NLS.bind(Messages.BadRange, low, high));
        }
        RunChoice choice = options.runChoice();
        Locale locale = options.locale();
        Region region = context.loadRegion(file);
        RegionQuestion question = RegionQuestion.of(region, options);
        Pool pool = question.pool();
        Target target = question.target();
        String targetId = question.targetId();
        int fiscalYear = question.fiscalYear();
        RunOptions run = choice.resolve(region.getRunSettings());
        Path outDir = options.output(Options.beside(file, "goal-seek"), false); //$NON-NLS-1$
        return context.reporting(() -> {
            long start = System.nanoTime();
            GoalSeek.Outcome outcome = new RegionEngine().goalSeek(question.inputs(RegionRunner.compile(region, run.seed())), targetId, question.year(),
                    probability, low, high, run, context.progress(run.replications()));
            double seconds = (System.nanoTime() - start) / 1e9;
            String percent = String.format(Locale.ROOT, "%.0f%%", probability * 100); //$NON-NLS-1$
            String reached = String.format(Locale.ROOT, "%.1f%% (%.1f-%.1f%%)", outcome.probability() * 100, outcome.low() * 100, outcome.high() * 100); //$NON-NLS-1$
            String what = question.leverName();
            String yearLabel = FiscalYears.label(fiscalYear, locale);
            if (outcome.feasible()) {
                context.out.println(NLS.bind(Messages.RegionGoalSeek, new Object[] { pool.getName(), what, outcome.value(), target.getName(), yearLabel,
                        percent, reached, outcome.evaluations().size(), String.format(Locale.ROOT, "%.1f", seconds) })); //$NON-NLS-1$
            } else {
                context.out.println(NLS.bind(Messages.RegionGoalSeekInfeasible, new Object[] { target.getName(), yearLabel, percent, pool.getName(),
                        what, high, reached }));
            }
            context.writeResults(outDir, true, folder -> {
                StringBuilder csv = new StringBuilder("\uFEFFpool_id,lever,target_id,fiscal_year,probability_wanted,value,probability_every_member," //$NON-NLS-1$
                        + "mean_members_meeting,replications\r\n"); //$NON-NLS-1$
                for (GoalSeek.Evaluation e : outcome.evaluations()) {
                    csv.append(ResultFiles.csv(pool.getId())).append(',').append(question.leverKind()).append(',').append(ResultFiles.csv(targetId)).append(',')
                            .append(fiscalYear).append(',').append(ResultFiles.csvNumber(probability)).append(',').append(e.value()).append(',')
                            .append(ResultFiles.csvNumber(e.probability())).append(',').append(ResultFiles.csvNumber(e.mean())).append(',')
                            .append(e.replications()).append("\r\n"); //$NON-NLS-1$
                }
                JinzaiResources.writeAtomically(folder.resolve("region-goal-seek.csv"), csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)); //$NON-NLS-1$
            });
            return Cli.OK;
        });
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
