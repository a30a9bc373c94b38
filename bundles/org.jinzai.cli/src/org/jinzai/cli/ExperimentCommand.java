package org.jinzai.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.jinzai.engine.RunOptions;
import org.jinzai.model.Experiment;
import org.jinzai.model.Scenario;
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

    /** Tells on standard output what the experiment found; returns its tables (JSON and CSV). */
    abstract TableFiles report(CommandContext context, Scenario scenario, R request, E experiment, RunOptions run, Locale locale);

    /** What the command does once the experiment is written (nothing, unless a kind says otherwise); the exit code. */
    int afterwards(Options options, CommandContext context, Path scenarioFile, E experiment, RunOptions run) {
        return Cli.OK;
    }

    @Override
    final int run(Options options, CommandContext context) throws UsageException, InvalidInputException {
        Path file = options.oneFile();
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
