package org.jinzai.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;
import org.jinzai.engine.CancelledException;
import org.jinzai.engine.ProgressListener;
import org.jinzai.model.Baseline;
import org.jinzai.model.Experiment;
import org.jinzai.model.Region;
import org.jinzai.model.Scenario;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.model.io.ModelLoadException;
import org.jinzai.model.validation.JinzaiValidator;
import org.jinzai.reports.ExperimentWorkbook;
import org.jinzai.scenario.Experiments;

/**
 * What every command shares: the output stream (what the user asked for: tables, rankings, problems), the error
 * stream (everything else: progress, where files went, what went wrong), reading a scenario, doing the work and
 * writing its files as a unit.
 */
final class CommandContext {

    final PrintStream out;
    final PrintStream err;

    CommandContext(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Loads and validates a scenario with its baseline; prints what is wrong and throws when it cannot be run. */
    Scenario loadScenario(Path file) throws InvalidInputException {
        return load(file, Scenario.class, Messages.NotAScenario);
    }

    /** Loads and validates a region with its members' scenarios and baselines; prints what is wrong and throws when it is not valid. */
    Region loadRegion(Path file) throws InvalidInputException {
        return load(file, Region.class, Messages.NotARegion);
    }

    /**
     * A new status-quo scenario of a baseline (as the new-baseline wizard makes one), in no file yet; prints what is
     * wrong and throws when the baseline cannot be read or is not valid.
     */
    Scenario newScenario(Path baselineFile) throws InvalidInputException {
        return Experiments.newStatusQuo(load(baselineFile, Baseline.class, Messages.NotABaseline));
    }

    /** Loads a file whose first element is of a type and validates it; prints what is wrong and throws when it is not so. */
    private <T> T load(Path file, Class<T> type, String notOfType) throws InvalidInputException {
        Resource resource;
        try {
            resource = JinzaiResources.load(file);
        } catch (ModelLoadException e) {
            err.println(e.getMessage());
            throw new InvalidInputException();
        }
        if (!type.isInstance(resource.getContents().get(0))) {
            err.println(NLS.bind(notOfType, file));
            throw new InvalidInputException();
        }
        Diagnostic problems = JinzaiValidator.validateWithReferences(resource);
        for (Diagnostic problem : problems.getChildren()) {
            err.println(problem.getMessage());
        }
        if (problems.getSeverity() >= Diagnostic.ERROR) {
            throw new InvalidInputException();
        }
        return type.cast(resource.getContents().get(0));
    }

    /** Progress on the error stream, only when it is a terminal. */
    ProgressListener progress(int total) {
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

    /** The work of a command once its command line is checked: an exit code, or the failure it stops with. */
    interface Work {
        int run() throws IOException;
    }

    /** Does the work; a cancellation exits with 130, a failure is said in one line and exits with FAILED. */
    int reporting(Work work) {
        try {
            return work.run();
        } catch (CancelledException e) {
            return 130;
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            err.println(NLS.bind(Messages.RunFailed, e.getLocalizedMessage()));
            return Cli.FAILED;
        }
    }

    /** What a command writes into the (staging) folder it is given. */
    interface Writing {
        void into(Path folder) throws IOException;
    }

    /** Writes a command's files into its output folder as a unit (see {@link OutputFolder}) and says where. */
    void writeResults(Path outDir, boolean keepOthers, Writing writing) throws IOException {
        try (OutputFolder folder = OutputFolder.open(outDir, keepOthers)) {
            writing.into(folder.staging());
            folder.commit();
        }
        err.println(NLS.bind(Messages.Written, outDir.toAbsolutePath().normalize()));
    }

    /** Saves an experiment (.jzx, to reopen in the workbench; .xlsx) into the output folder when those formats are asked for. */
    void saveExperiment(Experiment experiment, Path outDir, Set<String> formats, Locale reportLocale) throws IOException {
        if (formats.contains("xlsx")) { //$NON-NLS-1$
            // in Japanese, like the other reports, unless another language is asked for
            Path workbook = outDir.resolve(Experiments.fileName(experiment.getScenario(), experiment).replaceAll("\\.jzx$", ".xlsx")); //$NON-NLS-1$ //$NON-NLS-2$
            JinzaiResources.writeAtomically(workbook, new ExperimentWorkbook(experiment, reportLocale).toBytes());
        }
        if (formats.contains("jzx")) { //$NON-NLS-1$
            Experiments.save(experiment, outDir.resolve(Experiments.fileName(experiment.getScenario(), experiment)));
        }
    }
}
