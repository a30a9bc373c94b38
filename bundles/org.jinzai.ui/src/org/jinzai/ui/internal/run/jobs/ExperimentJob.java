package org.jinzai.ui.internal.run.jobs;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.jinzai.engine.CancelledException;
import org.jinzai.engine.ProgressListener;
import org.jinzai.engine.RunOptions;
import org.jinzai.model.Experiment;
import org.jinzai.model.Scenario;
import org.jinzai.scenario.ExperimentRequest;
import org.jinzai.scenario.Experiments;
import org.jinzai.ui.internal.Messages;
import org.jinzai.ui.internal.prefs.RunPreferences;

/**
 * Runs an experiment on a scenario in the background: progress over all its runs (run k of at most n, replications
 * done), Cancel between replications (nothing is written then); the experiment is saved beside the scenario as
 * {@code NAME-KIND-….jzx}.
 */
public final class ExperimentJob extends ScenarioJob {

    private final ExperimentRequest request;
    private final int replications;
    private IFile experimentFile;

    public ExperimentJob(IFile scenarioFile, ExperimentRequest request, int replications) {
        super(NLS.bind(Messages.Experiment_jobName, kindName(request.kind()), scenarioFile.getName()), scenarioFile);
        this.request = request;
        this.replications = replications;
    }

    /** The title of a kind of experiment as {@link ExperimentRequest#kind()} names it. */
    public static String kindName(String kind) {
        return switch (kind) {
            case "goal-seek" -> Messages.Experiment_goalSeekTitle; //$NON-NLS-1$
            case "sweep" -> Messages.Experiment_sweepTitle; //$NON-NLS-1$
            case "sensitivity" -> Messages.Experiment_sensitivityTitle; //$NON-NLS-1$
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** The experiment file once finished, else null. */
    public IFile experimentFile() {
        return experimentFile;
    }

    @Override
    protected IStatus run(Scenario scenario, IProgressMonitor monitor) {
        RunOptions options = RunPreferences.choice().withReplications(replications).resolve(scenario.getRunSettings());
        int runs = request.runsAtMost();
        monitor.beginTask(getName(), runs * replications);
        ProgressListener progress = new RunsProgress(monitor, runs, replications);
        try {
            Experiment experiment = Experiments.run(scenario, request, options, progress);
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
