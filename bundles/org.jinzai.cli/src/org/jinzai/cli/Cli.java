package org.jinzai.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;
import org.jinzai.model.Target;
import org.jinzai.model.util.FiscalYears;
import org.jinzai.model.util.InternalErrors;
import org.jinzai.reports.ComparisonWorkbook;
import org.jinzai.reports.DocxReport;
import org.jinzai.reports.ExperimentWorkbook;
import org.jinzai.reports.ReportData;
import org.jinzai.reports.RosterFiles;
import org.jinzai.reports.XlsxReport;
import org.jinzai.engine.CancelledException;
import org.jinzai.engine.ProgressListener;
import org.jinzai.engine.RunOptions;
import org.jinzai.model.Baseline;
import org.jinzai.model.Experiment;
import org.jinzai.model.GoalSeekExperiment;
import org.jinzai.model.Lever;
import org.jinzai.model.SensitivityBar;
import org.jinzai.model.SensitivityExperiment;
import org.jinzai.model.SweepExperiment;
import org.jinzai.model.RunSettings;
import org.jinzai.model.Scenario;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.model.io.ModelLoadException;
import org.jinzai.model.io.RosterChange;
import org.jinzai.model.io.RosterImport;
import org.jinzai.model.io.StaffCsvImport;
import org.jinzai.model.validation.JinzaiValidator;
import org.jinzai.scenario.Experiments;
import org.jinzai.scenario.Levers;
import org.jinzai.scenario.ScenarioComparison;
import org.jinzai.scenario.ScenarioRunner;

/**
 * The command line: parse → validate → run → write, with documented exit codes. Messages go to the error
 * stream, results only to the output folder; nothing here needs a display.
 */
public final class Cli {

    /** Exit codes. */
    public static final int OK = 0, USAGE = 2, INVALID = 3, FAILED = 4;

    /** The product version shown by --version. */
    public static final String VERSION = "0.1.0"; //$NON-NLS-1$

    private final PrintStream out;
    private final PrintStream err;

    public Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs a command and returns its exit code. */
    public int run(String... args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            out.println(Messages.Help);
            return OK;
        }
        if (args[0].equals("--version")) { //$NON-NLS-1$
            out.println(NLS.bind(Messages.Version, VERSION));
            return OK;
        }
        List<String> rest = List.of(args).subList(1, args.length);
        boolean help = rest.contains("--help") || rest.contains("-h"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            return switch (args[0]) {
                case "validate" -> help ? help(Messages.HelpValidate) : validate(rest); //$NON-NLS-1$
                case "simulate" -> help ? help(Messages.HelpSimulate) : simulate(rest); //$NON-NLS-1$
                case "import-staff" -> help ? help(Messages.HelpImportStaff) : importStaff(rest); //$NON-NLS-1$
                case "compare" -> help ? help(Messages.HelpCompare) : compare(rest); //$NON-NLS-1$
                case "goal-seek" -> help ? help(Messages.HelpGoalSeek) : goalSeek(rest); //$NON-NLS-1$
                case "sweep" -> help ? help(Messages.HelpSweep) : sweep(rest); //$NON-NLS-1$
                case "sensitivity" -> help ? help(Messages.HelpSensitivity) : sensitivity(rest); //$NON-NLS-1$
                default -> usage(NLS.bind(Messages.UnknownCommand, args[0]));
            };
        } catch (UsageException e) {
            return usage(e.getMessage());
        } catch (RuntimeException | Error e) {
            return unexpected(e);
        }
    }

    /**
     * Anything unforeseen — a defect, running out of memory — ends with FAILED and one line that names the log file
     * holding the whole trace (never silently, never with exit 0). Running out of memory says how to give more.
     */
    public int unexpected(Throwable e) {
        String log = InternalErrors.log(e);
        if (e instanceof OutOfMemoryError) {
            err.println(NLS.bind(Messages.OutOfMemory, log));
        } else {
            err.println(NLS.bind(Messages.InternalError, log));
        }
        return FAILED;
    }

    private int help(String text) {
        out.println(text);
        return OK;
    }

    private int usage(String message) {
        err.println(message);
        return USAGE;
    }

    /** A wrong command line. */
    private static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    // validate ---------------------------------------------------------------------------------------

    private int validate(List<String> files) throws UsageException {
        if (files.isEmpty()) {
            throw new UsageException(NLS.bind(Messages.NeedsFiles, "validate")); //$NON-NLS-1$
        }
        int errors = 0;
        int warnings = 0;
        for (String name : files) {
            if (name.startsWith("-")) { //$NON-NLS-1$
                throw new UsageException(NLS.bind(Messages.UnknownOption, name, "validate")); //$NON-NLS-1$
            }
            Resource resource;
            try {
                resource = JinzaiResources.load(Path.of(name));
            } catch (ModelLoadException e) {
                err.println(e.getMessage());
                errors++;
                continue;
            } catch (RuntimeException | StackOverflowError e) {
                // each file of a batch on its own: the others are still checked
                err.println(name + ": " + NLS.bind(Messages.InternalError, InternalErrors.log(e))); //$NON-NLS-1$
                errors++;
                continue;
            }
            int before = errors + warnings;
            // the file and what it refers to (a scenario's baseline)
            for (Diagnostic problem : JinzaiValidator.validateWithReferences(resource).getChildren()) {
                out.println(problem.getMessage());
                if (problem.getSeverity() >= Diagnostic.ERROR) {
                    errors++;
                } else {
                    warnings++;
                }
            }
            if (errors + warnings == before) {
                err.println(NLS.bind(Messages.NoProblems, name));
            }
        }
        if (errors + warnings > 0) {
            err.println(NLS.bind(Messages.ProblemCount, errors, warnings));
        }
        return errors > 0 ? INVALID : OK;
    }

    // simulate ---------------------------------------------------------------------------------------

    private int simulate(List<String> args) throws UsageException {
        Options options = Options.parse(args, "simulate", Set.of("--runs", "--seed", "--threads", "--out", "--format", "--lang", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                "--experiments", "--engine"), Set.of()); //$NON-NLS-1$ //$NON-NLS-2$
        options.requireOneFile();
        String engine = options.value("--engine", "montecarlo"); //$NON-NLS-1$ //$NON-NLS-2$
        if (!engine.equals("montecarlo") && !engine.equals("analytic")) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new UsageException(NLS.bind(Messages.BadEngine, engine));
        }
        if (engine.equals("analytic")) { //$NON-NLS-1$
            return preview(options);
        }
        Set<String> formats = options.formats(List.of("csv", "json", "xlsx", "docx")); //$NON-NLS-1$
        Path file = Path.of(options.files.get(0));
        Locale locale = options.locale();
        // the whole command line is checked before any file is read
        RunChoice choice = options.runChoice();
        Scenario scenario = loadScenario(file);
        if (scenario == null) {
            return INVALID;
        }
        var settings = scenario.getRunSettings();
        RunOptions run = choice.options(settings);
        Path outDir = output(options, scenarioFolder(file, "results"), true); //$NON-NLS-1$
        return reporting(() -> {
            ScenarioRunner.Run result = ScenarioRunner.run(scenario, run, progress(run.replications()));
            ResultFiles files = new ResultFiles(scenario, run, result, locale);
            writeResults(outDir, false, folder -> {
                if (formats.contains("json")) { //$NON-NLS-1$
                    files.writeJson(folder);
                }
                if (formats.contains("csv")) { //$NON-NLS-1$
                    files.writeCsv(folder);
                }
                if (formats.contains("xlsx") || formats.contains("docx")) { //$NON-NLS-1$ //$NON-NLS-2$
                    // the reports are in Japanese unless another language is asked for: they go into the 方針
                    Locale reportLocale = options.reportLocale();
                    ReportData data = ReportData.of(scenario, run, result, reportLocale).withGoalSeeks(goalSeeks(scenario, options));
                    if (formats.contains("xlsx")) { //$NON-NLS-1$
                        JinzaiResources.writeAtomically(folder.resolve("results.xlsx"), new XlsxReport(data).toBytes()); //$NON-NLS-1$
                    }
                    if (formats.contains("docx")) { //$NON-NLS-1$
                        JinzaiResources.writeAtomically(folder.resolve("policy-section.docx"), new DocxReport(data).toBytes()); //$NON-NLS-1$
                    }
                }
            });
            return OK;
        });
    }

    /** The analytic preview's expected values (what the workbench's preview shows), written as preview.csv. */
    private int preview(Options options) throws UsageException {
        Path file = Path.of(options.files.get(0));
        Locale locale = options.locale();
        Scenario scenario = loadScenario(file);
        if (scenario == null) {
            return INVALID;
        }
        Path outDir = output(options, scenarioFolder(file, "results"), false); //$NON-NLS-1$
        return reporting(() -> {
            writeResults(outDir, true, folder -> PreviewFile.write(scenario, locale, folder));
            return OK;
        });
    }

    /** Loads and validates a scenario with its baseline; prints what is wrong and returns null when it cannot be run. */
    private Scenario loadScenario(Path file) {
        Resource resource;
        try {
            resource = JinzaiResources.load(file);
        } catch (ModelLoadException e) {
            err.println(e.getMessage());
            return null;
        }
        if (!(resource.getContents().get(0) instanceof Scenario scenario)) {
            err.println(NLS.bind(Messages.NotAScenario, file));
            return null;
        }
        Diagnostic problems = JinzaiValidator.validateWithReferences(resource);
        for (Diagnostic problem : problems.getChildren()) {
            err.println(problem.getMessage());
        }
        return problems.getSeverity() >= Diagnostic.ERROR ? null : scenario;
    }

    /** Progress on the error stream, only when it is a terminal. */
    private ProgressListener progress(int total) {
        if (System.console() == null) {
            return ProgressListener.NONE;
        }
        long start = System.nanoTime();
        return (done, all) -> {
            if (done % Math.max(1, all / 50) == 0 || done == all) {
                double elapsed = (System.nanoTime() - start) / 1e9;
                long left = Math.round(elapsed / done * (all - done));
                synchronized (err) {
                    err.print("\r" + NLS.bind(Messages.Progress, new Object[] { done, all, left }) + "   "); //$NON-NLS-1$ //$NON-NLS-2$
                    if (done == all) {
                        err.println();
                    }
                }
            }
        };
    }

    // compare --------------------------------------------------------------------------------------------

    private int compare(List<String> args) throws UsageException {
        Options options = Options.parse(args, "compare", Set.of("--runs", "--seed", "--threads", "--out", "--format", "--lang", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                "--rank", "--year"), Set.of()); //$NON-NLS-1$ //$NON-NLS-2$
        if (options.files.size() < 2) {
            throw new UsageException(NLS.bind(Messages.NeedsFiles, "compare")); //$NON-NLS-1$
        }
        Set<String> formats = options.formats(List.of("csv", "json", "xlsx")); //$NON-NLS-1$
        // the whole command line is checked before any file is read
        RunChoice choice = options.runChoice();
        Locale locale = options.locale();
        List<Scenario> scenarios = new ArrayList<>();
        for (String name : options.files) {
            Scenario scenario = loadScenario(Path.of(name));
            if (scenario == null) {
                return INVALID;
            }
            scenarios.add(scenario);
        }
        // common random numbers: every scenario runs with the reference's seed and replications
        var settings = scenarios.get(0).getRunSettings();
        RunOptions run = choice.options(settings);
        Target rankTarget = options.has("--rank") //$NON-NLS-1$
                ? scenarios.get(0).getTargets().get(targetIndex(scenarios.get(0), options.value("--rank", ""))) : null; //$NON-NLS-1$ //$NON-NLS-2$
        String rankBy = rankTarget == null ? null : rankTarget.getId();
        int rankYear = options.has("--year") ? options.number("--year", 1) : settings.getFirstFiscalYear() + settings.getHorizonYears() - 1; //$NON-NLS-1$ //$NON-NLS-2$
        yearOffset(settings, rankYear);
        Path outDir = output(options, Path.of(options.files.get(0)).toAbsolutePath().getParent().resolve("comparison"), true); //$NON-NLS-1$
        return reporting(() -> {
            List<ScenarioRunner.Run> results = new ArrayList<>();
            for (Scenario scenario : scenarios) {
                results.add(ScenarioRunner.run(scenario, run, progress(run.replications())));
            }
            Comparison comparison = new Comparison(scenarios, results, run, locale);
            if (rankTarget != null) {
                out.println(NLS.bind(Messages.RankingHeader, rankTarget.getName(), FiscalYears.label(rankYear, locale)));
                for (ScenarioComparison.Rank rank : comparison.ranking(rankBy, rankYear)) {
                    out.println(String.format(Locale.ROOT, "  %2d. %-30s P(met) %5s   mean %10.2f", rank.place(), rank.scenario(), //$NON-NLS-1$
                            Double.isNaN(rank.probabilityMet()) ? "-" : String.format(Locale.ROOT, "%.0f%%", rank.probabilityMet() * 100), //$NON-NLS-1$ //$NON-NLS-2$
                            rank.mean()));
                }
                comparison.rankBy(rankBy, rankYear);
            }
            writeResults(outDir, false, folder -> {
                comparison.write(folder, "comparison", formats); //$NON-NLS-1$
                if (formats.contains("xlsx")) { //$NON-NLS-1$
                    JinzaiResources.writeAtomically(folder.resolve("comparison.xlsx"), //$NON-NLS-1$
                            new ComparisonWorkbook(comparison.comparison(), run, options.reportLocale(), rankBy, rankYear).toBytes());
                }
            });
            return OK;
        });
    }

    // goal-seek --------------------------------------------------------------------------------------

    private int goalSeek(List<String> args) throws UsageException {
        Options options = Options.parse(args, "goal-seek", Set.of("--target", "--year", "--probability", "--lever", "--min", "--max", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                "--runs", "--seed", "--threads", "--out", "--format", "--lang"), Set.of()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        options.requireOneFile();
        options.require("--target", "--year", "--lever", "--max"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        Set<String> formats = options.formats(List.of("csv", "json", "xlsx", "jzx"), "csv,json,jzx"); //$NON-NLS-1$ //$NON-NLS-2$
        int fiscalYear = options.number("--year", 1); //$NON-NLS-1$
        double probability = options.fraction("--probability", 0.9); //$NON-NLS-1$
        int low = options.wholeNumber("--min", 0); //$NON-NLS-1$
        int high = options.wholeNumber("--max", 0); //$NON-NLS-1$
        if (low > high) {
            throw new UsageException(NLS.bind(Messages.BadRange, low, high));
        }
        // the whole command line is checked before any file is read
        RunChoice choice = options.runChoice();
        Locale locale = options.locale();
        Path file = Path.of(options.files.get(0));
        Scenario scenario = loadScenario(file);
        if (scenario == null) {
            return INVALID;
        }
        int target = targetIndex(scenario, options.value("--target", "")); //$NON-NLS-1$ //$NON-NLS-2$
        var settings = scenario.getRunSettings();
        yearOffset(settings, fiscalYear);
        Levers.Lever lever;
        try {
            lever = Levers.of(scenario, options.value("--lever", "")); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (IllegalArgumentException e) {
            throw new UsageException(NLS.bind(Messages.BadLever, e.getMessage()));
        }
        RunOptions run = choice.options(settings);
        Path outDir = output(options, file.toAbsolutePath().getParent().resolve("goal-seek"), false); //$NON-NLS-1$
        return reporting(() -> {
            GoalSeekExperiment outcome = Experiments.goalSeek(
                    new Experiments.GoalSeekQuestion(scenario, target, fiscalYear, probability, lever, low, high), run,
                    progress(run.replications()));
            double seconds = outcome.getElapsedSeconds();
            Target goal = scenario.getTargets().get(target);
            String yearLabel = FiscalYears.label(fiscalYear, locale);
            String leverName = lever.name() == null ? lever.id() : lever.name();
            String percent = String.format(Locale.ROOT, "%.0f%%", probability * 100); //$NON-NLS-1$
            String reached = String.format(Locale.ROOT, "%.1f%% (%.1f-%.1f%%)", outcome.getAchievedProbability() * 100, //$NON-NLS-1$
                    outcome.getProbabilityLow() * 100, outcome.getProbabilityHigh() * 100);
            if (outcome.isFeasible()) {
                out.println(NLS.bind(lever.kind().equals("seats") ? Messages.GoalSeekSeats : Messages.GoalSeekHires, //$NON-NLS-1$
                        new Object[] { leverName, outcome.getAnswer(), goal.getName(), yearLabel, percent, reached,
                                outcome.getEvaluations().size(), String.format(Locale.ROOT, "%.1f", seconds) })); //$NON-NLS-1$
            } else {
                out.println(NLS.bind(Messages.GoalSeekInfeasible, new Object[] { goal.getName(), yearLabel, percent, leverName, high,
                        reached, outcome.getEvaluations().size() }));
            }
            GoalSeekFiles files = new GoalSeekFiles(scenario, goal, fiscalYear, yearLabel, probability, lever, low, high, run, outcome);
            writeResults(outDir, true, folder -> {
                files.write(folder, "goal-seek", formats); //$NON-NLS-1$
                saveExperiment(outcome, folder, formats, options.reportLocale());
            });
            return OK;
        });
    }

    // sweep ----------------------------------------------------------------------------------------------

    private int sweep(List<String> args) throws UsageException {
        Options options = Options.parse(args, "sweep", Set.of("--lever", "--values", "--lever2", "--values2", "--year", "--runs", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                "--seed", "--threads", "--out", "--format", "--lang", "--target"), Set.of()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        options.requireOneFile();
        options.require("--lever", "--values", "--year"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (options.has("--lever2") != options.has("--values2")) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new UsageException(NLS.bind(Messages.MissingOption, options.has("--lever2") ? "--values2" : "--lever2", "sweep")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        Set<String> formats = options.formats(List.of("csv", "json", "xlsx", "jzx"), "csv,json,jzx"); //$NON-NLS-1$ //$NON-NLS-2$
        int[] first = values(options, "--values"); //$NON-NLS-1$
        int[] second = options.has("--values2") ? values(options, "--values2") : new int[] { 0 }; //$NON-NLS-1$ //$NON-NLS-2$
        int fiscalYear = options.number("--year", 1); //$NON-NLS-1$
        // the whole command line is checked before any file is read
        RunChoice choice = options.runChoice();
        Locale locale = options.locale();
        Path file = Path.of(options.files.get(0));
        Scenario scenario = loadScenario(file);
        if (scenario == null) {
            return INVALID;
        }
        var settings = scenario.getRunSettings();
        yearOffset(settings, fiscalYear);
        Levers.Lever lever;
        Levers.Lever lever2;
        try {
            lever = Levers.of(scenario, options.value("--lever", "")); //$NON-NLS-1$ //$NON-NLS-2$
            lever2 = options.has("--lever2") ? Levers.of(scenario, options.value("--lever2", "")) : null; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        } catch (IllegalArgumentException e) {
            throw new UsageException(NLS.bind(Messages.BadLever, e.getMessage()));
        }
        RunOptions run = choice.options(settings);
        Path outDir = output(options, file.toAbsolutePath().getParent().resolve("sweep"), false); //$NON-NLS-1$
        int shown = options.has("--target") ? targetIndex(scenario, options.value("--target", "")) : 0; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return reporting(() -> {
            SweepExperiment experiment = Experiments.sweep(scenario, shown, fiscalYear, lever, first, lever2, second, run,
                    progress(run.replications()));
            SweepFiles files = new SweepFiles(scenario, fiscalYear, FiscalYears.label(fiscalYear, locale), lever, lever2, run,
                    experiment.getPoints());
            out.print(files.grids());
            writeResults(outDir, true, folder -> {
                files.write(folder, "sweep", formats); //$NON-NLS-1$
                saveExperiment(experiment, folder, formats, options.reportLocale());
            });
            return OK;
        });
    }

    // sensitivity ------------------------------------------------------------------------------------

    private int sensitivity(List<String> args) throws UsageException {
        Options options = Options.parse(args, "sensitivity", Set.of("--target", "--year", "--levers", "--change", "--runs", "--seed", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                "--threads", "--lang", "--out", "--format"), Set.of()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        options.requireOneFile();
        options.require("--target", "--year", "--levers"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        int change = options.number("--change", 20); //$NON-NLS-1$
        if (change >= 100) {
            throw new UsageException(NLS.bind(Messages.BadNumber, "--change", change)); //$NON-NLS-1$
        }
        int fiscalYear = options.number("--year", 1); //$NON-NLS-1$
        Set<String> formats = options.formats(List.of("csv", "json", "xlsx", "jzx"), "csv,json,jzx"); //$NON-NLS-1$ //$NON-NLS-2$
        // the whole command line is checked before any file is read
        RunChoice choice = options.runChoice();
        Locale locale = options.locale();
        Path file = Path.of(options.files.get(0));
        Scenario scenario = loadScenario(file);
        if (scenario == null) {
            return INVALID;
        }
        int target = targetIndex(scenario, options.value("--target", "")); //$NON-NLS-1$ //$NON-NLS-2$
        var settings = scenario.getRunSettings();
        yearOffset(settings, fiscalYear);
        List<Levers.Lever> levers = new ArrayList<>();
        try {
            for (String specification : options.value("--levers", "").split(",")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                levers.add(Levers.of(scenario, specification.trim()));
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(NLS.bind(Messages.BadLever, e.getMessage()));
        }
        RunOptions run = choice.options(settings);
        Path outDir = output(options, file.toAbsolutePath().getParent().resolve("sensitivity"), false); //$NON-NLS-1$
        return reporting(() -> {
            SensitivityExperiment outcome = Experiments.sensitivity(scenario, target, fiscalYear, levers, change, run,
                    progress(run.replications()));
            out.println(NLS.bind(Messages.SensitivityHeader, new Object[] { scenario.getTargets().get(target).getName(),
                    FiscalYears.label(fiscalYear, locale), change, String.format(Locale.ROOT, "%.2f", outcome.getBaseMean()) })); //$NON-NLS-1$
            for (SensitivityBar bar : outcome.getBars()) {
                Lever lever = bar.getLever();
                String name = (lever.getElementName() == null ? lever.getElementId() : lever.getElementName()) + " (" + lever.getKind() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
                out.println(String.format(Locale.ROOT, "  %-40s %10.2f .. %-10.2f %+9.2f   P(met) %3.0f%% .. %3.0f%%", name, //$NON-NLS-1$
                        bar.getLowMean(), bar.getHighMean(), bar.getHighMean() - bar.getLowMean(), bar.getLowProbability() * 100,
                        bar.getHighProbability() * 100));
            }
            SensitivityFiles files = new SensitivityFiles(outcome, locale);
            writeResults(outDir, true, folder -> {
                files.write(folder, "sensitivity", formats); //$NON-NLS-1$
                saveExperiment(outcome, folder, formats, options.reportLocale());
            });
            return OK;
        });
    }

    /**
     * The goal-seeks quoted in the policy section: those saved beside the scenario for it, then those named by
     * --experiments; one that is stale (the scenario changed since) or for another scenario is left out with a line.
     */
    private List<GoalSeekExperiment> goalSeeks(Scenario scenario, Options options) {
        List<GoalSeekExperiment> found = new ArrayList<>(Experiments.currentGoalSeeks(scenario));
        String named = options.value("--experiments", ""); //$NON-NLS-1$ //$NON-NLS-2$
        for (String name : named.isBlank() ? new String[0] : named.split(",")) { //$NON-NLS-1$
            Path file = Path.of(name.trim()).toAbsolutePath();
            try {
                Resource resource = JinzaiResources.load(scenario.eResource().getResourceSet(), URI.createFileURI(file.toString()));
                if (resource.getContents().get(0) instanceof GoalSeekExperiment e && e.getScenario() == scenario && !Experiments.stale(e)) {
                    if (!found.contains(e)) {
                        found.add(e);
                    }
                } else {
                    err.println(NLS.bind(Messages.ExperimentLeftOut, file.getFileName()));
                }
            } catch (ModelLoadException | RuntimeException e) {
                err.println(NLS.bind(Messages.ExperimentLeftOut, file.getFileName()) + " " + e.getLocalizedMessage()); //$NON-NLS-1$
            }
        }
        return found;
    }

    /** The work of a command once its command line is checked: an exit code, or the failure it stops with. */
    private interface Work {
        int run() throws IOException;
    }

    /** Does the work; a cancellation exits with 130, a failure is said in one line and exits with FAILED. */
    private int reporting(Work work) {
        try {
            return work.run();
        } catch (CancelledException e) {
            return 130;
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            err.println(NLS.bind(Messages.RunFailed, e.getLocalizedMessage()));
            return FAILED;
        }
    }

    /** Saves an experiment (.jzx, to reopen in the workbench) into the output folder when that format is asked for. */
    private void saveExperiment(Experiment experiment, Path outDir, Set<String> formats, Locale reportLocale) throws IOException {
        if (formats.contains("xlsx")) { //$NON-NLS-1$
            // in Japanese, like the other reports, unless another language is asked for
            Path workbook = outDir.resolve(Experiments.fileName(experiment.getScenario(), experiment).replaceAll("\\.jzx$", ".xlsx")); //$NON-NLS-1$ //$NON-NLS-2$
            JinzaiResources.writeAtomically(workbook, new ExperimentWorkbook(experiment, reportLocale).toBytes());
        }
        if (formats.contains("jzx")) { //$NON-NLS-1$
            Experiments.save(experiment, outDir.resolve(Experiments.fileName(experiment.getScenario(), experiment)));
        }
    }

    /** Writes a command's files into its output folder as a unit (see {@link OutputFolder}) and says where. */
    private void writeResults(Path outDir, boolean keepOthers, Writing writing) throws IOException {
        try (OutputFolder folder = OutputFolder.open(outDir, keepOthers)) {
            writing.into(folder.staging());
            folder.commit();
        }
        err.println(NLS.bind(Messages.Written, outDir.toAbsolutePath().normalize()));
    }

    /** What a command writes into the (staging) folder it is given. */
    private interface Writing {
        void into(Path folder) throws IOException;
    }

    /**
     * The folder for a scenario's output under {@code kind} beside it (results/status-quo/), so that the scenarios of
     * one folder do not overwrite each other's results.
     */
    private static Path scenarioFolder(Path file, String kind) {
        String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", ""); //$NON-NLS-1$ //$NON-NLS-2$
        return file.toAbsolutePath().getParent().resolve(kind).resolve(stem);
    }

    /**
     * The output folder of a command: --out or the default, refused before the run when the run's results cannot
     * {@code replace} its contents (it holds other things than results) or cannot be added to it (it is a file).
     */
    private static Path output(Options options, Path defaultFolder, boolean replace) throws UsageException {
        Path folder = options.has("--out") ? Path.of(options.value("--out", "")) : defaultFolder; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        String refusal = replace ? OutputFolder.refusal(folder) : OutputFolder.notFolder(folder);
        if (refusal != null) {
            throw new UsageException(refusal);
        }
        return folder;
    }

    /** The index of a target of the scenario by its id; a usage error listing the known ids otherwise. */
    private static int targetIndex(Scenario scenario, String id) throws UsageException {
        List<String> known = new ArrayList<>();
        for (int t = 0; t < scenario.getTargets().size(); t++) {
            known.add(scenario.getTargets().get(t).getId());
            if (id.equals(scenario.getTargets().get(t).getId())) {
                return t;
            }
        }
        throw new UsageException(NLS.bind(Messages.UnknownTarget, id, String.join(", ", known))); //$NON-NLS-1$
    }

    /** The offset of a fiscal year in the scenario's horizon; a usage error outside it. */
    private static int yearOffset(RunSettings settings, int fiscalYear) throws UsageException {
        int year = fiscalYear - settings.getFirstFiscalYear();
        if (year < 0 || year >= settings.getHorizonYears()) {
            throw new UsageException(NLS.bind(Messages.BadYear, fiscalYear,
                    settings.getFirstFiscalYear() + "-" + (settings.getFirstFiscalYear() + settings.getHorizonYears() - 1))); //$NON-NLS-1$
        }
        return year;
    }

    /** --runs, --seed and --threads as given; the scenario's run settings fill in what is not. */
    private record RunChoice(Integer runs, Long seed, int threads) {
        RunOptions options(RunSettings settings) {
            return new RunOptions(runs != null ? runs : settings.getReplications(), seed != null ? seed : settings.getSeed(), threads);
        }
    }

    /** Values of a lever: "10,20,30" or "0..60:10" (from, to, step). */
    private static int[] values(Options options, String option) throws UsageException {
        String text = options.value(option, ""); //$NON-NLS-1$
        int[] values = Levers.values(text);
        if (values == null) {
            throw new UsageException(NLS.bind(Messages.BadValues, option, text));
        }
        return values;
    }

    // import-staff -----------------------------------------------------------------------------------

    private int importStaff(List<String> args) throws UsageException {
        Options options = Options.parse(args, "import-staff", Set.of("--encoding", "--sheet"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                Set.of("--append", "--replace")); //$NON-NLS-1$ //$NON-NLS-2$
        if (options.files.size() != 2) {
            throw new UsageException(NLS.bind(Messages.NeedsFiles, "import-staff")); //$NON-NLS-1$
        }
        boolean replace = options.has("--replace"); //$NON-NLS-1$
        if (replace && options.has("--append")) { //$NON-NLS-1$
            // --append (add, the earlier default's opposite) is what happens without --replace now
            throw new UsageException(Messages.ImportReplaceAndAppend);
        }
        Charset charset = null;
        if (options.has("--encoding")) { //$NON-NLS-1$
            String name = options.value("--encoding", "").toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
            if (name.equals("cp932") || name.equals("shift_jis") || name.equals("sjis")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                charset = StaffCsvImport.CP932;
            } else if (name.equals("utf-8") || name.equals("utf8")) { //$NON-NLS-1$ //$NON-NLS-2$
                charset = StandardCharsets.UTF_8;
            } else {
                throw new UsageException(NLS.bind(Messages.BadEncoding, options.value("--encoding", ""))); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        Path baselineFile = Path.of(options.files.get(0));
        Path rosterFile = Path.of(options.files.get(1));
        Resource resource;
        try {
            resource = JinzaiResources.load(baselineFile);
        } catch (ModelLoadException e) {
            err.println(e.getMessage());
            return INVALID;
        }
        if (!(resource.getContents().get(0) instanceof Baseline baseline)) {
            err.println(NLS.bind(Messages.NotABaseline, baselineFile));
            return INVALID;
        }
        if (!Files.isRegularFile(rosterFile)) {
            err.println(NLS.bind(Messages.ImportNoFile, rosterFile));
            return INVALID;
        }
        try {
            RosterFiles.Format format = RosterFiles.format(rosterFile);
            if (format == RosterFiles.Format.CSV && options.has("--sheet")) { //$NON-NLS-1$
                throw new UsageException(NLS.bind(Messages.ImportSheetNotWorkbook, rosterFile));
            }
            if (format == RosterFiles.Format.XLSX && charset != null) {
                throw new UsageException(NLS.bind(Messages.ImportEncodingNotCsv, rosterFile));
            }
            RosterImport.Result result = RosterFiles.read(baseline, rosterFile, charset, options.value("--sheet", null)); //$NON-NLS-1$
            for (RosterImport.LineError error : result.errors()) {
                err.println(rosterFile + ": " + error); //$NON-NLS-1$
            }
            err.println(result.summary());
            if (!result.isOk()) {
                return INVALID;
            }
            RosterChange change = result.changes(replace);
            if (change.isEmpty()) {
                out.println(change.summary());
                err.println(NLS.bind(Messages.ImportNothingChanged, baselineFile));
                return OK;
            }
            Path backup = JinzaiResources.backup(baselineFile, "import"); //$NON-NLS-1$
            err.println(NLS.bind(Messages.ImportBackup, backup));
            change.apply();
            JinzaiResources.save(resource);
            out.println(change.summary());
            err.println(NLS.bind(Messages.Imported, baselineFile));
            return OK;
        } catch (IOException e) {
            err.println(NLS.bind(Messages.ImportFailed, e.getLocalizedMessage()));
            return FAILED;
        }
    }

    /** Options and file arguments of a command. */
    private static final class Options {
        final List<String> files = new ArrayList<>();
        private final java.util.Map<String, String> values = new java.util.HashMap<>();

        static Options parse(List<String> args, String command, Set<String> withValue, Set<String> flags)
                throws UsageException {
            Options options = new Options();
            options.command = command;
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if (withValue.contains(arg)) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException(NLS.bind(Messages.MissingValue, arg));
                    }
                    options.values.put(arg, args.get(++i));
                } else if (flags.contains(arg)) {
                    options.values.put(arg, "true"); //$NON-NLS-1$
                } else if (arg.startsWith("-")) { //$NON-NLS-1$
                    throw new UsageException(NLS.bind(Messages.UnknownOption, arg, command));
                } else {
                    options.files.add(arg);
                }
            }
            return options;
        }

        boolean has(String option) {
            return values.containsKey(option);
        }

        /** The command whose options these are (for messages). */
        private String command;

        /** A usage error unless exactly one file is given. */
        void requireOneFile() throws UsageException {
            if (files.size() != 1) {
                throw new UsageException(NLS.bind(Messages.NeedsFiles, command));
            }
        }

        /** A usage error naming the first of these options that is missing. */
        void require(String... required) throws UsageException {
            for (String option : required) {
                if (!has(option)) {
                    throw new UsageException(NLS.bind(Messages.MissingOption, option, command));
                }
            }
        }

        /** --format as a set, each one of the allowed formats (default csv,json). */
        Set<String> formats(List<String> allowed) throws UsageException {
            return formats(allowed, "csv,json"); //$NON-NLS-1$
        }

        /** --format as a set, each one of the allowed formats (else the given default). */
        Set<String> formats(List<String> allowed, String fallback) throws UsageException {
            Set<String> formats = new LinkedHashSet<>(List.of(value("--format", fallback).split(","))); //$NON-NLS-1$ //$NON-NLS-2$
            for (String format : formats) {
                if (!allowed.contains(format)) {
                    throw new UsageException(NLS.bind(Messages.BadFormat, format, String.join(", ", allowed))); //$NON-NLS-1$
                }
            }
            return formats;
        }

        /** The language of the reports: that of --lang, else Japanese (they go into the 方針). */
        Locale reportLocale() {
            return has("--lang") ? locale() : Locale.JAPANESE; //$NON-NLS-1$
        }

        /** The language of --lang, else the locale. */
        Locale locale() {
            return has("--lang") ? Locale.forLanguageTag(value("--lang", "en")) : Locale.getDefault(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }

        /** --runs, --seed and --threads, checked now. */
        RunChoice runChoice() throws UsageException {
            int runs = number("--runs", 1); //$NON-NLS-1$
            long seed = longNumber("--seed", 0); //$NON-NLS-1$
            int threads = number("--threads", Runtime.getRuntime().availableProcessors()); //$NON-NLS-1$
            return new RunChoice(has("--runs") ? runs : null, has("--seed") ? seed : null, threads); //$NON-NLS-1$ //$NON-NLS-2$
        }

        String value(String option, String fallback) {
            return values.getOrDefault(option, fallback);
        }

        /** A whole number of 0 or more. */
        int wholeNumber(String option, int fallback) throws UsageException {
            return atLeast(option, fallback, 0);
        }

        /** A probability in (0, 1]. */
        double fraction(String option, double fallback) throws UsageException {
            if (!has(option)) {
                return fallback;
            }
            try {
                double value = Double.parseDouble(values.get(option));
                if (value > 0 && value <= 1) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // told below
            }
            throw new UsageException(NLS.bind(Messages.BadProbability, option, values.get(option)));
        }

        /** A whole number of 1 or more. */
        int number(String option, int fallback) throws UsageException {
            return atLeast(option, fallback, 1);
        }

        private int atLeast(String option, int fallback, int minimum) throws UsageException {
            long value = longNumber(option, fallback);
            if (value < minimum || value > Integer.MAX_VALUE) {
                throw new UsageException(NLS.bind(Messages.BadNumber, option, value));
            }
            return (int) value;
        }

        long longNumber(String option, long fallback) throws UsageException {
            if (!has(option)) {
                return fallback;
            }
            try {
                return Long.parseLong(values.get(option));
            } catch (NumberFormatException e) {
                throw new UsageException(NLS.bind(Messages.BadNumber, option, values.get(option)));
            }
        }
    }
}
