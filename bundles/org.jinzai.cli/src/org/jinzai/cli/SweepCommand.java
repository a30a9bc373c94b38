package org.jinzai.cli;

import java.util.Locale;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.jinzai.engine.RunOptions;
import org.jinzai.model.Scenario;
import org.jinzai.model.SweepExperiment;
import org.jinzai.model.util.FiscalYears;
import org.jinzai.scenario.ExperimentRequest;
import org.jinzai.scenario.Levers;

/** {@code sweep SCENARIO}: the probability of each target over a range of one or two levers. */
final class SweepCommand extends ExperimentCommand<ExperimentRequest.Sweep, SweepExperiment> {

    SweepCommand() {
        super("sweep", Messages.HelpSweep, Set.of("--lever", "--values", "--lever2", "--values2", "--target")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    }

    @Override
    Question<ExperimentRequest.Sweep> parse(Options options) throws UsageException {
        options.require("--lever", "--values", "--year"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        boolean two = options.has("--lever2"); //$NON-NLS-1$
        if (two != options.has("--values2")) { //$NON-NLS-1$
            throw new UsageException(NLS.bind(Messages.MissingOption, two ? "--values2" : "--lever2", name)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        int[] first = options.leverValues("--values"); //$NON-NLS-1$
        int[] second = two ? options.leverValues("--values2") : null; //$NON-NLS-1$
        return (scenario, fiscalYear) -> new ExperimentRequest.Sweep(
                options.has("--target") ? options.target(scenario, "--target") : 0, fiscalYear, //$NON-NLS-1$ //$NON-NLS-2$
                options.lever(scenario, "--lever").specification(), first, //$NON-NLS-1$
                two ? options.lever(scenario, "--lever2").specification() : null, second); //$NON-NLS-1$
    }

    @Override
    TableFiles report(CommandContext context, Scenario scenario, ExperimentRequest.Sweep request, SweepExperiment experiment,
            RunOptions run, Locale locale) {
        SweepFiles files = new SweepFiles(scenario, request.fiscalYear(), FiscalYears.label(request.fiscalYear(), locale),
                Levers.of(scenario, request.lever()), request.lever2() == null ? null : Levers.of(scenario, request.lever2()), run,
                experiment.getPoints());
        context.out.print(files.grids());
        return files;
    }
}
