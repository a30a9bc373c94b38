package org.jinzai.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.jinzai.engine.RunOptions;
import org.jinzai.model.Experiment;
import org.jinzai.model.Scenario;
import org.jinzai.reports.PolicyTemplate;
import org.jinzai.scenario.ExperimentRequest;
import org.jinzai.scenario.Experiments;
import org.jinzai.scenario.RunChoice;

/**
 * A command that runs an experiment on one scenario ({@code goal-seek}, {@code sweep}, {@code sensitivity}): the
 * whole command line is checked before the scenario is read, the question becomes an {@link ExperimentRequest}
 * (the type the workbench asks with too), {@link Experiments#run} answers it, and the command tells the answer and
 * writes its tables and the experiment file ({@code .jzx}) into the output folder.
 *
 * @param <R> the request of this kind
 * @param <E> the experiment it answers with
 */
abstract class ExperimentCommand<R extends ExperimentRequest, E extends Experiment> extends Command {

    /** How to ask the question of the scenario once it is read. */
    interface Question<R> {
        R of(Scenario scenario, int fiscalYear) throws UsageException;
    }

    ExperimentCommand(String name, String help, Set<String> ownOptions) {
        super(name, help, withCommon(ownOptions), Set.of());
    }

    private static Set<String> withCommon(Set<String> own) {
        Set<String> all = new HashSet<>(own);
        all.addAll(Set.of("--year", "--runs", "--seed", "--threads", "--out", "--format", "--lang")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        return Set.copyOf(all);
    }

    /** Checks this kind's options (before any file is read) and returns how to ask the question. */
    abstract Question<R> parse(Options options) throws UsageException;

    /** The experiment on a region (.jzg): a goal-seek has one; the others say they are for a scenario. */
    int region(Path file, Options options, CommandContext context) throws UsageException, InvalidInputException {
        throw new UsageException(org.eclipse.osgi.util.NLS.bind(Messages.RegionNotFor, name));
    }

    /** Tells on standard output what the experiment found; returns its tables (JSON and CSV). */
    abstract TableFiles report(CommandContext context, Scenario scenario, R request, E experiment, RunOptions run, Locale locale);

    /** What the command does once the experiment is written (nothing, unless a kind says otherwise); the exit code. */
    int afterwards(Options options, CommandContext context, Path scenarioFile, E experiment, RunOptions run) {
        return Cli.OK;
    }

    /** The new scenario of --apply: a .jzs file beside the scenario that does not exist yet (checked before any run), or null. */
    static Path checkApply(Options options) throws UsageException {
        return newScenarioBeside(options, options.oneFile(), "--apply", Messages.ApplyNeedsScenarioFile, Messages.ApplyExists); //$NON-NLS-1$
    }

    /**
     * The new scenario file an option names (null without the option): a .jzs beside the scenario, not there yet.
     *
     * @param misplaced the message when it is not a .jzs beside the scenario ({0} the scenario, {1} the value given)
     * @param exists    the message when it exists ({0} the file)
     */
    static Path newScenarioBeside(Options options, Path scenarioFile, String option, String misplaced, String exists) throws UsageException {
        if (!options.has(option)) {
            return null;
        }
        Path scenario = scenarioFile.toAbsolutePath().normalize();
        Path named = Path.of(options.value(option, "")); //$NON-NLS-1$
        Path applied = scenario.resolveSibling(named.getFileName().toString());
        // a bare file name is beside the scenario; a path must lead there
        Path given = named.getParent() == null ? applied : named.toAbsolutePath().normalize();
        if (!given.equals(applied) || !applied.getFileName().toString().endsWith(".jzs") || applied.equals(scenario)) { //$NON-NLS-1$
            throw new UsageException(NLS.bind(misplaced, scenario.getFileName(), options.value(option, ""))); //$NON-NLS-1$
        }
        if (Files.exists(applied)) {
            throw new UsageException(NLS.bind(exists, applied));
        }
        return applied;
    }

    /** --template, for the applied plan's document: only with --apply, and read and checked before the experiment runs. */
    static void checkTemplate(Options options) throws UsageException {
        if (!options.has("--template")) { //$NON-NLS-1$
            return;
        }
        if (!options.has("--apply")) { //$NON-NLS-1$
            throw new UsageException(Messages.TemplateNeedsApply);
        }
        try {
            PolicyTemplate.read(Path.of(options.value("--template", ""))); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (PolicyTemplate.TemplateException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** What a kind of experiment writes for --apply: the new plan (and what belongs beside it); returns the line that says so. */
    interface Applying {
        String write(Path applied) throws java.io.IOException;
    }

    /**
     * --apply's course, the same for every kind: the new file checked again, written by the kind (a failure is told and
     * ends with {@link Cli#FAILED}), told, and run as simulate runs it. Without --apply: nothing, {@link Cli#OK}.
     */
    static int applyAndRun(Options options, CommandContext context, RunOptions run, Applying applying) {
        Path applied;
        try {
            applied = checkApply(options);
        } catch (UsageException e) {
            context.err.println(e.getMessage());
            return Cli.USAGE;
        }
        if (applied == null) {
            return Cli.OK;
        }
        String told;
        try {
            told = applying.write(applied);
        } catch (java.io.IOException | IllegalArgumentException e) {
            context.err.println(e.getLocalizedMessage());
            return Cli.FAILED;
        }
        context.out.println(told);
        return runApplied(options, context, applied, run);
    }

    /** Runs the applied plan as simulate runs it (the experiment's replications, seed and threads), with all the reports. */
    private static int runApplied(Options options, CommandContext context, Path applied, RunOptions run) {
        List<String> simulate = new ArrayList<>(List.of("simulate", applied.toString(), "--runs", Integer.toString(run.replications()), //$NON-NLS-1$ //$NON-NLS-2$
                "--seed", Long.toString(run.seed()), "--threads", Integer.toString(run.threads()), "--format", "csv,json,xlsx,docx")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        for (String passed : List.of("--lang", "--template")) { //$NON-NLS-1$ //$NON-NLS-2$
            if (options.has(passed)) {
                simulate.addAll(List.of(passed, options.value(passed, ""))); //$NON-NLS-1$
            }
        }
        return new Cli(context.out, context.err).run(simulate.toArray(String[]::new));
    }

    @Override
    final int run(Options options, CommandContext context) throws UsageException, InvalidInputException {
        Path file = options.oneFile();
        if (file.getFileName().toString().endsWith("." + org.jinzai.model.io.JinzaiResourceFactory.REGION_EXTENSION)) { //$NON-NLS-1$
            return region(file, options, context);
        }
        Question<R> question = parse(options);
        Set<String> formats = options.experimentFormats();
        int fiscalYear = options.number("--year", 1); //$NON-NLS-1$
        RunChoice choice = options.runChoice();
        Locale locale = options.locale();
        Scenario scenario = context.loadScenario(file);
        Options.checkYear(scenario.getRunSettings(), fiscalYear);
        R request = question.of(scenario, fiscalYear);
        RunOptions run = choice.resolve(scenario.getRunSettings());
        Path outDir = options.output(Options.beside(file, name), false);
        return context.reporting(() -> {
            @SuppressWarnings("unchecked") // the request's kind decides the experiment's (Experiments.run)
            E experiment = (E) Experiments.run(scenario, request, run, context.progress(run.replications()));
            TableFiles files = report(context, scenario, request, experiment, run, locale);
            context.writeResults(outDir, true, folder -> {
                files.write(folder, name, formats);
                context.saveExperiment(experiment, folder, formats, options.reportLocale());
            });
            return afterwards(options, context, file, experiment, run);
        });
    }
}
