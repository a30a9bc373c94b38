package org.jinzai.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.jinzai.engine.RunOptions;
import org.jinzai.model.Scenario;
import org.jinzai.model.SweepExperiment;
import org.jinzai.model.util.FiscalYears;
import org.jinzai.scenario.Experiments;
import org.jinzai.scenario.Levers;
import org.jinzai.scenario.RunChoice;

/** {@code sweep SCENARIO}: the probability of each target over a range of one or two levers. */
final class SweepCommand extends Command {

    SweepCommand() {
        super("sweep", Messages.HelpSweep, //$NON-NLS-1$
                Set.of("--lever", "--values", "--lever2", "--values2", "--year", "--runs", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                        "--seed", "--threads", "--out", "--format", "--lang", "--target"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                Set.of());
    }

    @Override
    int run(Options options, CommandContext context) throws UsageException, InvalidInputException {
        Path file = options.oneFile();
        options.require("--lever", "--values", "--year"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (options.has("--lever2") != options.has("--values2")) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new UsageException(NLS.bind(Messages.MissingOption, options.has("--lever2") ? "--values2" : "--lever2", name)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        Set<String> formats = options.experimentFormats();
        int[] first = options.leverValues("--values"); //$NON-NLS-1$
        int[] second = options.has("--values2") ? options.leverValues("--values2") : new int[] { 0 }; //$NON-NLS-1$ //$NON-NLS-2$
        int fiscalYear = options.number("--year", 1); //$NON-NLS-1$
        // the whole command line is checked before any file is read
        RunChoice choice = options.runChoice();
        Locale locale = options.locale();
        Scenario scenario = context.loadScenario(file);
        Options.checkYear(scenario.getRunSettings(), fiscalYear);
        Levers.Lever lever = options.lever(scenario, "--lever"); //$NON-NLS-1$
        Levers.Lever lever2 = options.has("--lever2") ? options.lever(scenario, "--lever2") : null; //$NON-NLS-1$ //$NON-NLS-2$
        RunOptions run = choice.resolve(scenario.getRunSettings());
        Path outDir = options.output(Options.beside(file, "sweep"), false); //$NON-NLS-1$
        int shown = options.has("--target") ? options.target(scenario, "--target") : 0; //$NON-NLS-1$ //$NON-NLS-2$
        return context.reporting(() -> {
            SweepExperiment experiment = Experiments.sweep(scenario, shown, fiscalYear, lever, first, lever2, second, run,
                    context.progress(run.replications()));
            SweepFiles files = new SweepFiles(scenario, fiscalYear, FiscalYears.label(fiscalYear, locale), lever, lever2, run,
                    experiment.getPoints());
            context.out.print(files.grids());
            context.writeResults(outDir, true, folder -> {
                files.write(folder, "sweep", formats); //$NON-NLS-1$
                context.saveExperiment(experiment, folder, formats, options.reportLocale());
            });
            return Cli.OK;
        });
    }
}
