package org.jinzai.ui.internal.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.jinzai.engine.CancelledException;
import org.jinzai.engine.ProgressListener;
import org.jinzai.engine.RunOptions;
import org.jinzai.model.Experiment;
import org.jinzai.model.Scenario;
import org.jinzai.scenario.Experiments;
import org.jinzai.scenario.Levers;
import org.jinzai.ui.internal.Messages;
import org.jinzai.ui.internal.prefs.RunPreferences;

/**
 * Runs an experiment on a scenario in the background: progress over all its runs (run k of at most n, replications
 * done), Cancel between replications (nothing is written then); the experiment is saved beside the scenario as
 * {@code NAME-KIND-….jzx}.
 */
public final class ExperimentJob extends Job {

    private final IFile scenarioFile;
    private final ExperimentDialog.Request request;
    private IFile experimentFile;
    private List<String> problems = List.of();

    public ExperimentJob(IFile scenarioFile, ExperimentDialog.Request request) {
        super(NLS.bind(Messages.Experiment_jobName, kindName(request.kind()), scenarioFile.getName()));
        this.scenarioFile = scenarioFile;
        this.request = request;
        setUser(true);
    }

    static String kindName(ExperimentDialog.Kind kind) {
        return switch (kind) {
            case GOAL_SEEK -> Messages.Experiment_goalSeekTitle;
            case SWEEP -> Messages.Experiment_sweepTitle;
            case SENSITIVITY -> Messages.Experiment_sensitivityTitle;
        };
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == ScenarioRunJob.FAMILY;
    }

    /** The experiment file once finished, else null. */
    public IFile experimentFile() {
        return experimentFile;
    }

    /** What kept the scenario from running, if anything. */
    public List<String> problems() {
        return problems;
    }

    /** How many runs the experiment makes at most. */
    private int runs() {
        ExperimentDialog.Request r = request;
        return switch (r.kind()) {
            case GOAL_SEEK -> Experiments.goalSeekRunsAtMost(r.minimum(), r.maximum());
            case SWEEP -> r.values().length * (r.values2() == null ? 1 : r.values2().length);
            case SENSITIVITY -> 1 + 2 * r.levers().size();
        };
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        ValidScenario loaded = ValidScenario.load(scenarioFile);
        if (loaded.scenario() == null) {
            problems = loaded.problems();
            return Status.info(NLS.bind(Messages.Run_invalid, scenarioFile.getName(), problems.size()));
        }
        Scenario scenario = loaded.scenario();
        RunOptions options = RunPreferences.choice().withReplications(request.replications()).resolve(scenario.getRunSettings());
        int runs = runs();
        monitor.beginTask(getName(), runs * request.replications());
        ProgressListener progress = new RunsProgress(monitor, runs, request.replications());
        try {
            ExperimentDialog.Request r = request;
            Experiment experiment = switch (r.kind()) {
                case GOAL_SEEK -> Experiments.goalSeek(new Experiments.GoalSeekQuestion(scenario, r.target(), r.fiscalYear(), r.probability(),
                        Levers.of(scenario, r.lever()), r.minimum(), r.maximum()), options, progress);
                case SWEEP -> Experiments.sweep(scenario, r.target(), r.fiscalYear(), Levers.of(scenario, r.lever()), r.values(),
                        r.lever2() == null ? null : Levers.of(scenario, r.lever2()), r.values2(), options, progress);
                case SENSITIVITY -> {
                    List<Levers.Lever> levers = new ArrayList<>();
                    r.levers().forEach(spec -> levers.add(Levers.of(scenario, spec)));
                    yield Experiments.sensitivity(scenario, r.target(), r.fiscalYear(), levers, r.percent(), options, progress);
                }
            };
            String name = Experiments.fileName(scenario, experiment);
            Path file = scenarioFile.getLocation().toFile().toPath().resolveSibling(name);
            Experiments.save(experiment, file);
            experimentFile = scenarioFile.getParent().getFile(org.eclipse.core.runtime.Path.fromPortableString(name));
            return Status.OK_STATUS;
        } catch (CancelledException e) {
            return Status.CANCEL_STATUS;
        } catch (IOException | RuntimeException e) {
            return Status.error(NLS.bind(Messages.Experiment_failed, scenarioFile.getName(), e.getLocalizedMessage()), e);
        } finally {
            monitor.done();
        }
    }

    /** Replications over several runs: a run whose count starts again is the next one. */
    private static final class RunsProgress implements ProgressListener {
        private final IProgressMonitor monitor;
        private final int runs;
        private final int replications;
        private int run = 1;
        private int last;

        RunsProgress(IProgressMonitor monitor, int runs, int replications) {
            this.monitor = monitor;
            this.runs = runs;
            this.replications = replications;
        }

        @Override
        public synchronized void replicationsDone(int done, int total) {
            if (done < last) {
                run++;
                last = 0;
            }
            if (done > last) {
                monitor.worked(done - last);
                last = done;
                monitor.subTask(NLS.bind(Messages.Experiment_progress, new Object[] { run, runs, done, replications }));
            }
        }

        @Override
        public boolean isCancelled() {
            return monitor.isCanceled();
        }
    }
}
