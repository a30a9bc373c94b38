package org.jinzai.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.jinzai.model.RunSettings;
import org.jinzai.model.Scenario;
import org.jinzai.scenario.Levers;
import org.jinzai.scenario.RunChoice;

/**
 * The options and file arguments of one command, and the checks every command makes of them: each wrong value is a
 * {@link UsageException} naming the option and the value.
 */
final class Options {

    final List<String> files = new ArrayList<>();
    private final Map<String, String> values = new HashMap<>();
    /** The command whose options these are (for messages). */
    private final String command;

    private Options(String command) {
        this.command = command;
    }

    static Options parse(List<String> args, String command, Set<String> withValue, Set<String> flags) throws UsageException {
        Options options = new Options(command);
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

    String value(String option, String fallback) {
        return values.getOrDefault(option, fallback);
    }

    /** A usage error unless exactly one file is given; that file. */
    Path oneFile() throws UsageException {
        if (files.size() != 1) {
            throw new UsageException(NLS.bind(Messages.NeedsFiles, command));
        }
        return Path.of(files.get(0));
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

    /** --format of an experiment: its tables (csv, json, xlsx) and the experiment itself (jzx, to reopen in the workbench). */
    Set<String> experimentFormats() throws UsageException {
        return formats(List.of("csv", "json", "xlsx", "jzx"), "csv,json,jzx"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
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

    /** A whole number of 0 or more. */
    int wholeNumber(String option, int fallback) throws UsageException {
        return atLeast(option, fallback, 0);
    }

    /** A whole number of 1 or more. */
    int number(String option, int fallback) throws UsageException {
        return atLeast(option, fallback, 1);
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

    private int atLeast(String option, int fallback, int minimum) throws UsageException {
        long value = longNumber(option, fallback);
        if (value < minimum) {
            throw new UsageException(NLS.bind(Messages.NumberTooSmall, new Object[] { option, value, minimum }));
        }
        if (value > Integer.MAX_VALUE) {
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

    /** Values of a lever: "10,20,30" or "0..60:10" (from, to, step). */
    int[] leverValues(String option) throws UsageException {
        String text = value(option, ""); //$NON-NLS-1$
        int[] leverValues = Levers.values(text);
        if (leverValues == null) {
            throw new UsageException(NLS.bind(Messages.BadValues, option, text));
        }
        return leverValues;
    }

    /** The lever of the scenario named by an option's value ({@code seats:course-dx-basics}). */
    Levers.Lever lever(Scenario scenario, String option) throws UsageException {
        return leverOf(scenario, value(option, "")); //$NON-NLS-1$
    }

    /** The lever of the scenario by its specification; a usage error saying what is wrong with it. */
    static Levers.Lever leverOf(Scenario scenario, String specification) throws UsageException {
        try {
            return Levers.of(scenario, specification);
        } catch (IllegalArgumentException e) {
            throw new UsageException(NLS.bind(Messages.BadLever, e.getMessage()));
        }
    }

    /**
     * The output folder of a command: --out or the default, refused before the run when the run's results cannot
     * {@code replace} its contents (it holds other things than results) or cannot be added to it (it is a file).
     */
    Path output(Path defaultFolder, boolean replace) throws UsageException {
        Path folder = has("--out") ? Path.of(value("--out", "")) : defaultFolder; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        String refusal = replace ? OutputFolder.refusal(folder) : OutputFolder.notFolder(folder);
        if (refusal != null) {
            throw new UsageException(refusal);
        }
        return folder;
    }

    /** The index of a target of the scenario by its id; a usage error listing the known ids otherwise. */
    static int targetIndex(Scenario scenario, String id) throws UsageException {
        List<String> known = new ArrayList<>();
        for (int t = 0; t < scenario.getTargets().size(); t++) {
            known.add(scenario.getTargets().get(t).getId());
            if (id.equals(scenario.getTargets().get(t).getId())) {
                return t;
            }
        }
        throw new UsageException(NLS.bind(Messages.UnknownTarget, id, String.join(", ", known))); //$NON-NLS-1$
    }

    /** The index of the target an option names. */
    int target(Scenario scenario, String option) throws UsageException {
        return targetIndex(scenario, value(option, "")); //$NON-NLS-1$
    }

    /** A usage error when a fiscal year is outside the scenario's horizon. */
    static void checkYear(RunSettings settings, int fiscalYear) throws UsageException {
        int year = fiscalYear - settings.getFirstFiscalYear();
        if (year < 0 || year >= settings.getHorizonYears()) {
            throw new UsageException(NLS.bind(Messages.BadYear, fiscalYear,
                    settings.getFirstFiscalYear() + "-" + (settings.getFirstFiscalYear() + settings.getHorizonYears() - 1))); //$NON-NLS-1$
        }
    }

    /**
     * The folder for a scenario's output under {@code kind} beside it (results/status-quo/), so that the scenarios of
     * one folder do not overwrite each other's results.
     */
    static Path scenarioFolder(Path file, String kind) {
        String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", ""); //$NON-NLS-1$ //$NON-NLS-2$
        return file.toAbsolutePath().getParent().resolve(kind).resolve(stem);
    }

    /** The folder named {@code kind} beside a file (goal-seek/ beside the scenario). */
    static Path beside(Path file, String kind) {
        return file.toAbsolutePath().getParent().resolve(kind);
    }
}
