package org.jinzai.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.jinzai.engine.RunOptions;
import org.jinzai.model.Region;
import org.jinzai.model.RunSettings;
import org.jinzai.model.Scenario;
import org.jinzai.model.Target;
import org.jinzai.model.io.JinzaiResourceFactory;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.model.util.FiscalYears;
import org.jinzai.reports.ComparisonDocument;
import org.jinzai.reports.ComparisonReport;
import org.jinzai.reports.ComparisonWorkbook;
import org.jinzai.scenario.RegionComparison;
import org.jinzai.scenario.RunChoice;
import org.jinzai.scenario.ScenarioComparison;
import org.jinzai.scenario.ScenarioRunner;

/**
 * {@code compare A.jzs B.jzs...}: runs the scenarios with common random numbers (the first one's seed and
 * replications) and writes their differences; with {@code --rank}, ranks them by a target in a year. {@code compare
 * A.jzg B.jzg...}: designs of a region, the same way.
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
        long regions = options.files.stream().filter(CompareCommand::isRegion).count();
        if (regions == options.files.size()) {
            return regions(options, context);
        } else if (regions > 0) {
            throw new UsageException(Messages.CompareMixed);
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

    private static boolean isRegion(String file) {
        return file.endsWith("." + JinzaiResourceFactory.REGION_EXTENSION); //$NON-NLS-1$
    }

    /**
     * {@code compare A.jzg B.jzg...}: designs of a region run with the pools on the first one's seed and replications;
     * prints, per fiscal year, the probability that every member meets each target the first design's members all have,
     * and the pools' cost; writes region-comparison.csv.
     */
    private int regions(Options options, CommandContext context) throws UsageException, InvalidInputException {
        if (options.has("--rank") || options.has("--year")) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new UsageException(Messages.CompareRegionOptions);
        }
        options.formats(List.of("csv"), "csv"); //$NON-NLS-1$ //$NON-NLS-2$
        RunChoice choice = options.runChoice();
        Locale locale = options.locale();
        List<Region> regions = new ArrayList<>();
        for (String file : options.files) {
            regions.add(context.loadRegion(Path.of(file)));
        }
        RunOptions run = choice.resolve(regions.get(0).getRunSettings());
        Path outDir = options.output(Options.beside(Path.of(options.files.get(0)), "comparison"), true); //$NON-NLS-1$
        return context.reporting(() -> {
            RegionComparison comparison = RegionComparison.run(regions, run, context.progress(run.replications() * regions.size()));
            List<RegionComparison.Design> designs = comparison.designs();
            context.out.println(NLS.bind(Messages.CompareRegionHeader, String.format(Locale.ROOT, "%,d", run.replications()))); //$NON-NLS-1$
            for (int d = 0; d < designs.size(); d++) {
                context.out.println(String.format(Locale.ROOT, "  %s  %s (%s)", letter(d), designs.get(d).region().getName(), //$NON-NLS-1$
                        Path.of(options.files.get(d)).getFileName()));
            }
            StringBuilder columns = new StringBuilder("  ").append(CalibrateCommand.pad(Messages.RegionYear, 26)); //$NON-NLS-1$
            for (int d = 0; d < designs.size(); d++) {
                columns.append(String.format(Locale.ROOT, "%8s", letter(d))); //$NON-NLS-1$
            }
            StringBuilder csv = new StringBuilder("\uFEFFdesign,region,file,target_id,fiscal_year,fiscal_year_label,probability_every_member," //$NON-NLS-1$
                    + "pools_cost_yen,prefecture_cost_yen\r\n"); //$NON-NLS-1$
            for (Map.Entry<String, Target> target : comparison.targets().entrySet()) {
                context.out.println();
                context.out.println(NLS.bind(Messages.CompareRegionTarget, target.getValue().getName()));
                context.out.println(columns);
                for (int y = 0; y < comparison.years(); y++) {
                    StringBuilder line = new StringBuilder("  ").append(CalibrateCommand.pad(FiscalYears.label(comparison.firstFiscalYear() + y, //$NON-NLS-1$
                            locale), 26));
                    boolean any = false;
                    for (int d = 0; d < designs.size(); d++) {
                        double p = comparison.everyMember(d, target.getKey(), y);
                        any |= Double.isFinite(p);
                        line.append(String.format(Locale.ROOT, "%8s", Double.isFinite(p) ? String.format(Locale.ROOT, "%.0f%%", 100 * p) : "-")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        double[] cost = designs.get(d).cost(y);
                        csv.append(letter(d)).append(',').append(ResultFiles.csv(designs.get(d).region().getName())).append(',')
                                .append(ResultFiles.csv(Path.of(options.files.get(d)).getFileName().toString())).append(',')
                                .append(ResultFiles.csv(target.getKey())).append(',').append(comparison.firstFiscalYear() + y).append(',')
                                .append(ResultFiles.csv(FiscalYears.label(comparison.firstFiscalYear() + y, locale))).append(',')
                                .append(ResultFiles.csvNumber(p)).append(',').append(ResultFiles.csvNumber(cost[0])).append(',')
                                .append(ResultFiles.csvNumber(cost[1])).append("\r\n"); //$NON-NLS-1$
                    }
                    if (any) {
                        context.out.println(line);
                    }
                }
            }
            context.out.println();
            context.out.println(Messages.CompareRegionCost);
            StringBuilder costColumns = new StringBuilder("  ").append(CalibrateCommand.pad(Messages.RegionYear, 26)); //$NON-NLS-1$
            for (int d = 0; d < designs.size(); d++) {
                costColumns.append(String.format(Locale.ROOT, "%16s", letter(d))); //$NON-NLS-1$
            }
            context.out.println(costColumns);
            for (int y = 0; y < comparison.years(); y++) {
                StringBuilder line = new StringBuilder("  ").append(CalibrateCommand.pad(FiscalYears.label(comparison.firstFiscalYear() + y, locale), 26)); //$NON-NLS-1$
                for (RegionComparison.Design design : designs) {
                    line.append(String.format(Locale.ROOT, "%16s", String.format(Locale.ROOT, "%,.0f", design.cost(y)[0]))); //$NON-NLS-1$ //$NON-NLS-2$
                }
                context.out.println(line);
            }
            context.writeResults(outDir, false, folder -> JinzaiResources.writeAtomically(folder.resolve("region-comparison.csv"), //$NON-NLS-1$
                    csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            return Cli.OK;
        });
    }

    /** A design's letter: A, B, C… */
    private static String letter(int d) {
        return String.valueOf((char) ('A' + d));
    }
}
