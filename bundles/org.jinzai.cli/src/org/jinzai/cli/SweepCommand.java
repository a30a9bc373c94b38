package org.jinzai.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.jinzai.engine.RunOptions;
import org.jinzai.model.Scenario;
import org.jinzai.model.SweepExperiment;
import org.jinzai.model.util.FiscalYears;
import org.jinzai.reports.Charts;
import org.jinzai.reports.ReportData;
import org.jinzai.scenario.ExperimentRequest;
import org.jinzai.scenario.Experiments;
import org.jinzai.scenario.Levers;

/** {@code sweep SCENARIO}: the probability of each target over a range of one or two levers. */
final class SweepCommand extends ExperimentCommand<ExperimentRequest.Sweep, SweepExperiment> {

    SweepCommand() {
        super("sweep", Messages.HelpSweep, Set.of("--lever", "--values", "--lever2", "--values2", "--target", "--apply", "--at", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                "--template")); //$NON-NLS-1$
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
        checkApply(options);
        at(options, first, second);
        checkTemplate(options);
        return (scenario, fiscalYear) -> new ExperimentRequest.Sweep(
                options.has("--target") ? options.target(scenario, "--target") : 0, fiscalYear, //$NON-NLS-1$ //$NON-NLS-2$
                options.lever(scenario, "--lever").specification(), first, //$NON-NLS-1$
                two ? options.lever(scenario, "--lever2").specification() : null, second); //$NON-NLS-1$
    }

    /**
     * The point of --at that --apply puts into the plan ({@code V}, or {@code V,W} for two levers), one of the swept
     * values; null without --apply.
     */
    private static int[] at(Options options, int[] first, int[] second) throws UsageException {
        if (!options.has("--apply")) { //$NON-NLS-1$
            if (options.has("--at")) { //$NON-NLS-1$
                throw new UsageException(NLS.bind(Messages.MissingOption, "--apply", "sweep")); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return null;
        }
        options.require("--at"); //$NON-NLS-1$
        String text = options.value("--at", ""); //$NON-NLS-1$ //$NON-NLS-2$
        String[] parts = text.split(",", -1); //$NON-NLS-1$
        if (parts.length != (second == null ? 1 : 2)) {
            throw new UsageException(NLS.bind(Messages.BadPoint, text));
        }
        int[] point = new int[parts.length];
        for (int k = 0; k < parts.length; k++) {
            int[] swept = k == 0 ? first : second;
            try {
                point[k] = Integer.parseInt(parts[k].strip());
            } catch (NumberFormatException e) {
                throw new UsageException(NLS.bind(Messages.BadPoint, text));
            }
            int value = point[k];
            if (java.util.Arrays.stream(swept).noneMatch(v -> v == value)) {
                throw new UsageException(NLS.bind(Messages.BadPoint, text));
            }
        }
        return point;
    }

    /** With --apply: the plan with the lever(s) at the point of --at, written beside the scenario and run as simulate runs it. */
    @Override
    int afterwards(Options options, CommandContext context, Path scenarioFile, SweepExperiment sweep, RunOptions run) {
        return applyAndRun(options, context, run, applied -> {
            int[] point;
            try {
                point = at(options, sweep.getFirstValues().stream().mapToInt(Integer::intValue).toArray(),
                        sweep.getSecond() == null ? null : sweep.getSecondValues().stream().mapToInt(Integer::intValue).toArray());
            } catch (UsageException e) {
                // checked before the sweep ran: not reached
                throw new IllegalArgumentException(e.getMessage(), e);
            }
            int second = point.length > 1 ? point[1] : 0;
            Experiments.apply(sweep, point[0], second, applied, ReportData.appliedPlanName(sweep, point[0], second, options.reportLocale()));
            String levers = Charts.elementName(sweep.getFirst()) + (sweep.getSecond() == null ? "" : "・" + Charts.elementName(sweep.getSecond())); //$NON-NLS-1$ //$NON-NLS-2$
            String values = point[0] + (point.length > 1 ? "・" + point[1] : ""); //$NON-NLS-1$ //$NON-NLS-2$
            return NLS.bind(Messages.AppliedPoint, new Object[] { applied.getFileName(), scenarioFile.getFileName(), levers, values });
        });
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
