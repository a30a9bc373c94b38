package org.jinzai.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.jinzai.engine.RunOptions;
import org.jinzai.model.RunSettings;
import org.jinzai.model.Scenario;
import org.jinzai.model.Target;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.model.util.FiscalYears;
import org.jinzai.reports.ComparisonDocument;
import org.jinzai.reports.ComparisonReport;
import org.jinzai.reports.ComparisonWorkbook;
import org.jinzai.scenario.RunChoice;
import org.jinzai.scenario.ScenarioComparison;
import org.jinzai.scenario.ScenarioRunner;

/**
 * {@code compare A.jzs B.jzs...}: runs the scenarios with common random numbers (the first one's seed and
 * replications) and writes their differences; with {@code --rank}, ranks them by a target in a year.
 */
final class CompareCommand extends Command {

    CompareCommand() {
        super("compare", Messages.HelpCompare, //$NON-NLS-1$
                Set.of("--runs", "--seed", "--threads", "--out", "--format", "--lang", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                        "--rank", "--year"), //$NON-NLS-1$ //$NON-NLS-2$
                Set.of());
    }

    @Override
    int run(Options options, CommandContext context) throws UsageException, InvalidInputException {
        if (options.files.size() < 2) {
            throw new UsageException(NLS.bind(Messages.NeedsFiles, name));
        }
        Set<String> formats = options.formats(List.of("csv", "json", "xlsx", "docx")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        // the whole command line is checked before any file is read
        RunChoice choice = options.runChoice();
        Locale locale = options.locale();
        List<Scenario> scenarios = new ArrayList<>();
        for (String name : options.files) {
            scenarios.add(context.loadScenario(Path.of(name)));
        }
        // common random numbers: every scenario runs with the reference's seed and replications
        RunSettings settings = scenarios.get(0).getRunSettings();
        RunOptions run = choice.resolve(settings);
        Target rankTarget = options.has("--rank") ? scenarios.get(0).getTargets().get(options.target(scenarios.get(0), "--rank")) : null; //$NON-NLS-1$ //$NON-NLS-2$
        String rankBy = rankTarget == null ? null : rankTarget.getId();
        int rankYear = options.has("--year") ? options.number("--year", 1) //$NON-NLS-1$ //$NON-NLS-2$
                : settings.getFirstFiscalYear() + settings.getHorizonYears() - 1;
        Options.checkYear(settings, rankYear);
        Path outDir = options.output(Options.beside(Path.of(options.files.get(0)), "comparison"), true); //$NON-NLS-1$
        return context.reporting(() -> {
            List<ScenarioRunner.Run> results = new ArrayList<>();
            for (Scenario scenario : scenarios) {
                results.add(ScenarioRunner.run(scenario, run, context.progress(run.replications())));
            }
            Comparison comparison = new Comparison(scenarios, results, run, locale);
            if (rankTarget != null) {
                context.out.println(NLS.bind(Messages.RankingHeader, rankTarget.getName(), FiscalYears.label(rankYear, locale)));
                for (ScenarioComparison.Rank rank : comparison.ranking(rankBy, rankYear)) {
                    context.out.println(String.format(Locale.ROOT, "  %2d. %-30s P(met) %5s   mean %10.2f", rank.place(), rank.scenario(), //$NON-NLS-1$
                            Double.isNaN(rank.probabilityMet()) ? "-" : String.format(Locale.ROOT, "%.0f%%", rank.probabilityMet() * 100), //$NON-NLS-1$ //$NON-NLS-2$
                            rank.mean()));
                }
                comparison.rankBy(rankBy, rankYear);
            }
            context.writeResults(outDir, false, folder -> {
                comparison.write(folder, "comparison", formats); //$NON-NLS-1$
                if (formats.contains("xlsx") || formats.contains("docx")) { //$NON-NLS-1$ //$NON-NLS-2$
                    ComparisonReport report = ComparisonReport.of(scenarios, results, comparison.comparison(), run, options.reportLocale(), rankBy,
                            rankYear);
                    if (formats.contains("xlsx")) { //$NON-NLS-1$
                        JinzaiResources.writeAtomically(folder.resolve("comparison.xlsx"), new ComparisonWorkbook(report).toBytes()); //$NON-NLS-1$
                    }
                    if (formats.contains("docx")) { //$NON-NLS-1$
                        JinzaiResources.writeAtomically(folder.resolve("comparison.docx"), new ComparisonDocument(report).toBytes()); //$NON-NLS-1$
                    }
                }
            });
            return Cli.OK;
        });
    }
}
