package org.jinzai.ui.internal.run.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.jinzai.engine.CancelledException;
import org.jinzai.engine.RunOptions;
import org.jinzai.model.Scenario;
import org.jinzai.model.validation.ScenarioChanges;
import org.jinzai.reports.ReportData;
import org.jinzai.scenario.ScenarioComparison;
import org.jinzai.scenario.ScenarioRunner;
import org.jinzai.ui.internal.Messages;
import org.jinzai.ui.internal.prefs.RunPreferences;

/**
 * Runs two or more scenarios with the first one's seed and replications (common random numbers: the same people
 * leave, the same hires succeed), and compares each with the first: the paired differences per target and year.
 */
public final class CompareJob extends RunJob {

    /**
     * What a finished comparison shows: the scenarios' names, files and report data (the reference first), the paired
     * differences, the run options, and what each scenario changes against the reference (empty for the reference).
     */
    public record Outcome(List<String> names, List<IFile> files, List<ReportData> data, ScenarioComparison comparison, RunOptions options,
            List<List<String>> changes) {
    }

    private final List<IFile> files;
    private volatile Outcome outcome;
    private volatile List<String> problems = List.of();

    public CompareJob(List<IFile> files) {
        super(NLS.bind(Messages.Compare_jobName, files.size()));
        this.files = List.copyOf(files);
    }

    public Outcome outcome() {
        return outcome;
    }

    public List<String> problems() {
        return problems;
    }

    /**
     * Puts first the scenario that the others were copied from (their 複製元 names its file), the natural reference: the
     * one most others derive from; when none does, the first selected stays the reference.
     */
    static void referenceFirst(List<IFile> files, List<Scenario> scenarios) {
        int best = 0;
        int bestCount = 0;
        for (int k = 0; k < files.size(); k++) {
            int count = 0;
            for (int o = 0; o < files.size(); o++) {
                // 複製元 names a file beside the copy
                String from = scenarios.get(o).getDerivedFrom();
                count += from != null && !from.isBlank() && files.get(o).getParent().getFile(new org.eclipse.core.runtime.Path(from))
                        .equals(files.get(k)) ? 1 : 0;
            }
            if (count > bestCount) {
                best = k;
                bestCount = count;
            }
        }
        files.add(0, files.remove(best));
        scenarios.add(0, scenarios.remove(best));
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        List<Scenario> scenarios = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (IFile file : files) {
            ValidScenario loaded = ValidScenario.load(file);
            errors.addAll(loaded.problems());
            scenarios.add(loaded.scenario());
        }
        if (!errors.isEmpty()) {
            problems = errors;
            return Status.info(errors.get(0));
        }
        List<IFile> files = new ArrayList<>(this.files);
        referenceFirst(files, scenarios);
        // fiscal year by fiscal year: the scenarios must cover the same years
        var first = scenarios.get(0).getRunSettings();
        for (Scenario other : scenarios.subList(1, scenarios.size())) {
            var settings = other.getRunSettings();
            if (settings.getFirstFiscalYear() != first.getFirstFiscalYear() || settings.getHorizonYears() != first.getHorizonYears()) {
                problems = List.of(NLS.bind(Messages.Compare_horizon, new Object[] { scenarios.get(0).getName(),
                        Integer.toString(first.getFirstFiscalYear()), Integer.toString(first.getFirstFiscalYear() + first.getHorizonYears() - 1),
                        other.getName(), Integer.toString(settings.getFirstFiscalYear()),
                        Integer.toString(settings.getFirstFiscalYear() + settings.getHorizonYears() - 1) }));
                return Status.info(problems.get(0));
            }
        }
        var settings = scenarios.get(0).getRunSettings();
        RunOptions options = RunPreferences.options(settings);
        int total = options.replications() * scenarios.size();
        monitor.beginTask(getName(), total);
        List<ScenarioRunner.Run> runs = new ArrayList<>();
        List<ReportData> data = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try {
            for (int k = 0; k < scenarios.size(); k++) {
                Scenario scenario = scenarios.get(k);
                ScenarioRunner.Run run = ScenarioRunner.run(scenario, options,
                        new MonitorProgress(monitor, k * options.replications(), total));
                runs.add(run);
                data.add(ReportData.of(scenario, options, run, Locale.getDefault()));
                names.add(scenario.getName() == null ? files.get(k).getName() : scenario.getName());
            }
        } catch (CancelledException e) {
            return Status.CANCEL_STATUS;
        } catch (RuntimeException e) {
            return Status.error(NLS.bind(Messages.Run_failed, files.get(runs.size()).getName(), e.getLocalizedMessage()), e);
        } finally {
            monitor.done();
        }
        List<List<String>> changes = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            changes.add(ScenarioChanges.of(scenarios.get(0), scenario));
        }
        outcome = new Outcome(names, files, data, new ScenarioComparison(scenarios, runs), options, changes);
        return Status.OK_STATUS;
    }
}
