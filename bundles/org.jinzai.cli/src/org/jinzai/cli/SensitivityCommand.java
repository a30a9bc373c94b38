package org.jinzai.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.jinzai.engine.RunOptions;
import org.jinzai.model.Lever;
import org.jinzai.model.Scenario;
import org.jinzai.model.SensitivityBar;
import org.jinzai.model.SensitivityExperiment;
import org.jinzai.model.util.FiscalYears;
import org.jinzai.scenario.Experiments;
import org.jinzai.scenario.Levers;
import org.jinzai.scenario.RunChoice;

/** {@code sensitivity SCENARIO}: how much each lever, moved down and up by a share, moves a target (a tornado). */
final class SensitivityCommand extends Command {

    SensitivityCommand() {
        super("sensitivity", Messages.HelpSensitivity, //$NON-NLS-1$
                Set.of("--target", "--year", "--levers", "--change", "--runs", "--seed", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                        "--threads", "--lang", "--out", "--format"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                Set.of());
    }

    @Override
    int run(Options options, CommandContext context) throws UsageException, InvalidInputException {
        Path file = options.oneFile();
        options.require("--target", "--year", "--levers"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        int change = options.number("--change", 20); //$NON-NLS-1$
        if (change >= 100) {
            throw new UsageException(NLS.bind(Messages.BadNumber, "--change", change)); //$NON-NLS-1$
        }
        int fiscalYear = options.number("--year", 1); //$NON-NLS-1$
        Set<String> formats = options.experimentFormats();
        // the whole command line is checked before any file is read
        RunChoice choice = options.runChoice();
        Locale locale = options.locale();
        Scenario scenario = context.loadScenario(file);
        int target = options.target(scenario, "--target"); //$NON-NLS-1$
        Options.checkYear(scenario.getRunSettings(), fiscalYear);
        List<Levers.Lever> levers = new ArrayList<>();
        for (String specification : options.value("--levers", "").split(",")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            levers.add(Options.leverOf(scenario, specification.trim()));
        }
        RunOptions run = choice.resolve(scenario.getRunSettings());
        Path outDir = options.output(Options.beside(file, "sensitivity"), false); //$NON-NLS-1$
        return context.reporting(() -> {
            SensitivityExperiment outcome = Experiments.sensitivity(scenario, target, fiscalYear, levers, change, run,
                    context.progress(run.replications()));
            context.out.println(NLS.bind(Messages.SensitivityHeader, new Object[] { scenario.getTargets().get(target).getName(),
                    FiscalYears.label(fiscalYear, locale), change, String.format(Locale.ROOT, "%.2f", outcome.getBaseMean()) })); //$NON-NLS-1$
            for (SensitivityBar bar : outcome.getBars()) {
                Lever lever = bar.getLever();
                String leverName = (lever.getElementName() == null ? lever.getElementId() : lever.getElementName()) + " (" + lever.getKind() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
                context.out.println(String.format(Locale.ROOT, "  %-40s %10.2f .. %-10.2f %+9.2f   P(met) %3.0f%% .. %3.0f%%", leverName, //$NON-NLS-1$
                        bar.getLowMean(), bar.getHighMean(), bar.getHighMean() - bar.getLowMean(), bar.getLowProbability() * 100,
                        bar.getHighProbability() * 100));
            }
            SensitivityFiles files = new SensitivityFiles(outcome, locale);
            context.writeResults(outDir, true, folder -> {
                files.write(folder, "sensitivity", formats); //$NON-NLS-1$
                context.saveExperiment(outcome, folder, formats, options.reportLocale());
            });
            return Cli.OK;
        });
    }
}
