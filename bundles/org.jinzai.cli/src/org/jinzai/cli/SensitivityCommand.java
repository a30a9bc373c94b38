package org.jinzai.cli;

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
import org.jinzai.reports.Charts;
import org.jinzai.scenario.ExperimentRequest;

/** {@code sensitivity SCENARIO}: how much each lever, moved down and up by a share, moves a target (a tornado). */
final class SensitivityCommand extends ExperimentCommand<ExperimentRequest.Sensitivity, SensitivityExperiment> {

    SensitivityCommand() {
        super("sensitivity", Messages.HelpSensitivity, Set.of("--target", "--levers", "--change")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    @Override
    Question<ExperimentRequest.Sensitivity> parse(Options options) throws UsageException {
        options.require("--target", "--year", "--levers"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        int change = options.number("--change", 20); //$NON-NLS-1$
        if (change >= 100) {
            throw new UsageException(NLS.bind(Messages.BadNumber, "--change", change)); //$NON-NLS-1$
        }
        return (scenario, fiscalYear) -> {
            int target = options.target(scenario, "--target"); //$NON-NLS-1$
            List<String> levers = new ArrayList<>();
            for (String specification : options.value("--levers", "").split(",")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                levers.add(Options.leverOf(scenario, specification.trim()).specification());
            }
            return new ExperimentRequest.Sensitivity(target, fiscalYear, levers, change);
        };
    }

    @Override
    TableFiles report(CommandContext context, Scenario scenario, ExperimentRequest.Sensitivity request, SensitivityExperiment outcome,
            RunOptions run, Locale locale) {
        context.out.println(NLS.bind(Messages.SensitivityHeader, new Object[] { scenario.getTargets().get(request.target()).getName(),
                FiscalYears.label(request.fiscalYear(), locale), (int) request.percent(),
                String.format(Locale.ROOT, "%.2f", outcome.getBaseMean()) })); //$NON-NLS-1$
        for (SensitivityBar bar : outcome.getBars()) {
            Lever lever = bar.getLever();
            String leverName = Charts.elementName(lever) + " (" + lever.getKind() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
            context.out.println(String.format(Locale.ROOT, "  %-40s %10.2f .. %-10.2f %+9.2f   P(met) %3.0f%% .. %3.0f%%", leverName, //$NON-NLS-1$
                    bar.getLowMean(), bar.getHighMean(), bar.getHighMean() - bar.getLowMean(), bar.getLowProbability() * 100,
                    bar.getHighProbability() * 100));
        }
        return new SensitivityFiles(outcome, locale);
    }
}
