package org.jinzai.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.osgi.util.NLS;
import org.jinzai.engine.calibration.Backtest;
import org.jinzai.engine.calibration.Backtest.Kind;
import org.jinzai.engine.calibration.Backtest.Row;
import org.jinzai.engine.calibration.History;
import org.jinzai.model.BacktestSummary;
import org.jinzai.model.Scenario;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.model.util.FiscalYears;
import org.jinzai.reports.Charts;
import org.jinzai.scenario.ScenarioBacktest;
import org.jinzai.scenario.ScenarioCalibration;

/**
 * {@code backtest SCENARIO HISTORY...}: how well the scenario, with rates fitted on the past, would have projected the
 * years that followed (see {@link ScenarioBacktest}): per measure, how often the truth fell inside the projections'
 * P10-P90 and P5-P95, and the mean error; every comparison in backtest.csv, the staff still employed in backtest.png.
 */
final class BacktestCommand extends Command {

    /** Projections from each origin unless --runs says otherwise. */
    static final int DEFAULT_RUNS = 200;

    BacktestCommand() {
        super("backtest", Messages.HelpBacktest, Set.of("--encoding", "--runs", "--seed", "--out", "--lang"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                Set.of("--fixed-rates", "--record")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    int run(Options options, CommandContext context) throws UsageException, InvalidInputException {
        if (options.files.size() < 2) {
            throw new UsageException(NLS.bind(Messages.NeedsFiles, name));
        }
        Path scenarioFile = Path.of(options.files.get(0));
        int runs = options.number("--runs", DEFAULT_RUNS); //$NON-NLS-1$
        // a folder of its own, replaced as a whole like compare's: refused before the run when it holds other things or
        // results changed since they were written
        Path outDir = options.output(Options.beside(scenarioFile, name), true);
        Scenario scenario = context.loadScenario(scenarioFile);
        long seed = options.longNumber("--seed", scenario.getRunSettings().getSeed()); //$NON-NLS-1$
        if (scenario.getAttrition() == null || scenario.getAttrition().getRates().isEmpty()) {
            context.err.println(NLS.bind(Messages.CalibrateNoRates, scenario.getName()));
            return Cli.INVALID;
        }
        List<ScenarioCalibration.HistoryFile> files = CalibrateCommand.readFiles(options.files.subList(1, options.files.size()),
                ImportStaffCommand.encoding(options), context);
        if (files == null) {
            context.err.println(Messages.BacktestRefused);
            return Cli.INVALID;
        }
        History history = CalibrateCommand.history(scenario, files, context);
        if (ScenarioBacktest.origins(history).isEmpty()) {
            context.err.println(NLS.bind(Messages.BacktestTooShort, history.years().size()));
            return Cli.INVALID;
        }
        boolean uncertainty = !options.has("--fixed-rates"); //$NON-NLS-1$
        ScenarioBacktest.Settings settings = new ScenarioBacktest.Settings(runs, seed, uncertainty);
        return context.reporting(() -> {
            ScenarioBacktest.Result result;
            try {
                result = ScenarioBacktest.run(scenario, files, settings,
                        context.progress(runs * ScenarioBacktest.origins(history).size()));
            } catch (ScenarioBacktest.UnknownDepartment e) {
                // every 所属 the baseline lacks, not only the first, so that all can be put right at once
                context.err.println(NLS.bind(Messages.BacktestUnknownDepartment, new Object[] { e.file(), e.row().line(), e.row().department(),
                    e.row().id() }));
                java.util.Set<String> others = new java.util.TreeSet<>(ScenarioCalibration.unknownDepartments(scenario, files).keySet());
                others.remove(e.row().department());
                if (!others.isEmpty()) {
                    context.err.println(NLS.bind(Messages.BacktestOtherUnknownDepartments, String.join("、", others))); //$NON-NLS-1$
                }
                return Cli.INVALID;
            }
            report(scenario, history, result, runs, uncertainty, context);
            context.writeResults(outDir, false, folder -> {
                writeCsv(result, folder.resolve("backtest.csv"), options.locale()); //$NON-NLS-1$
                JinzaiResources.writeAtomically(folder.resolve("backtest.png"), //$NON-NLS-1$
                        Charts.backtestPng(result, options.reportLocale()));
            });
            if (options.has("--record")) { //$NON-NLS-1$
                // into the scenario (saved atomically, nothing else changed), for its policy document to cite
                BacktestSummary summary = ScenarioBacktest.summary(result, settings, java.time.LocalDate.now());
                scenario.setBacktest(summary);
                try {
                    JinzaiResources.save(scenario.eResource());
                } catch (IOException | RuntimeException e) {
                    context.err.println(NLS.bind(Messages.BacktestRecordFailed, scenarioFile, e.getLocalizedMessage()));
                    return Cli.FAILED;
                }
                context.err.println(NLS.bind(Messages.BacktestRecorded, scenarioFile, percent(summary.getInside80())));
            }
            return Cli.OK;
        });
    }

    private static void report(Scenario scenario, History history, ScenarioBacktest.Result result, int runs, boolean uncertainty,
            CommandContext context) {
        String origins = String.join(", ", result.origins().stream().map(String::valueOf).toList()); //$NON-NLS-1$
        context.out.println(NLS.bind(Messages.BacktestHeader, new Object[] { scenario.getName(), history.years().size(), history.firstYear(),
            history.lastYear(), origins, runs, uncertainty ? Messages.BacktestDrawn : Messages.BacktestFixed }));
        context.out.println("  " + Messages.BacktestColumns); //$NON-NLS-1$
        line(Messages.BacktestCohort, result.rows(), r -> r.measure().kind() == Kind.HEADCOUNT && r.measure().band() == null, context);
        line(Messages.BacktestByBand, result.rows(), r -> r.measure().kind() == Kind.HEADCOUNT && r.measure().band() != null, context);
        line(Messages.BacktestLeavers, result.rows(), r -> r.measure().kind() == Kind.LEAVERS, context);
        line(Messages.BacktestAll, result.rows(), r -> r.measure().kind() == Kind.HEADCOUNT || r.measure().kind() == Kind.LEAVERS, context);
        // moves: no joiners before the plan's first year, so more free posts; appointments follow rules the history does not estimate
        context.out.println("  " + Messages.BacktestReference); //$NON-NLS-1$
        line(Messages.BacktestMoves, result.rows(), r -> r.measure().kind() == Kind.MOVES, context);
        line(Messages.BacktestPromoters, result.rows(), r -> r.measure().kind() == Kind.PROMOTERS, context);
        line(Messages.BacktestStep1, result.rows(), r -> r.measure().kind() == Kind.STEP1, context);
        context.out.println(Messages.BacktestMethod);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100); //$NON-NLS-1$
    }

    private static void line(String label, List<Row> all, Predicate<Row> which, CommandContext context) {
        List<Row> rows = all.stream().filter(which).toList();
        if (rows.isEmpty()) {
            return;
        }
        double error = rows.stream().mapToDouble(Row::error).average().orElse(0);
        context.out.println("  " + CalibrateCommand.pad(label, 26) + String.format(Locale.ROOT, "%6d  %9.0f%%  %9.0f%%  %+9.1f", rows.size(), //$NON-NLS-1$ //$NON-NLS-2$
                Backtest.coverage80(rows) * 100, Backtest.coverage90(rows) * 100, error));
    }

    /** Every comparison: origin, year, measure, truth, the projections' mean and percentiles, and whether it was inside. */
    static void writeCsv(ScenarioBacktest.Result result, Path file, Locale locale) throws IOException {
        StringBuilder out = new StringBuilder("\uFEFForigin,fiscal_year,fiscal_year_label,measure,min_age,max_age,employment_type,actual,mean," //$NON-NLS-1$
                + "p5,p10,p90,p95,error,rank,inside_p10_p90,inside_p5_p95\r\n"); //$NON-NLS-1$
        for (Row r : result.rows()) {
            var band = r.measure().band();
            out.append(r.origin()).append(',').append(r.measure().fiscalYear()).append(',')
                    .append(ResultFiles.csv(FiscalYears.label(r.measure().fiscalYear(), locale))).append(',')
                    .append(r.measure().kind().name().toLowerCase(Locale.ROOT)).append(',')
                    .append(band == null ? "" : Integer.toString(band.minAge())).append(',') //$NON-NLS-1$
                    .append(band == null ? "" : Integer.toString(band.maxAge())).append(',') //$NON-NLS-1$
                    .append(band == null ? "" : band.employment().name()).append(',') //$NON-NLS-1$
                    .append(ResultFiles.csvNumber(r.actual())).append(',').append(ResultFiles.csvNumber(r.mean())).append(',')
                    .append(ResultFiles.csvNumber(r.p5())).append(',').append(ResultFiles.csvNumber(r.p10())).append(',')
                    .append(ResultFiles.csvNumber(r.p90())).append(',').append(ResultFiles.csvNumber(r.p95())).append(',')
                    .append(ResultFiles.csvNumber(r.error())).append(',').append(ResultFiles.csvNumber(r.rank())).append(',')
                    .append(r.inside80()).append(',').append(r.inside90()).append("\r\n"); //$NON-NLS-1$
        }
        JinzaiResources.writeAtomically(file, out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
