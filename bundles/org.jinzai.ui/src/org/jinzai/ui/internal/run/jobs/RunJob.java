package org.jinzai.ui.internal.run.jobs;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.jinzai.engine.CancelledException;
import org.jinzai.ui.internal.Messages;

/**
 * A job of the family of runs (a scenario's run, an experiment, a comparison, a region's run or sweep): shown to the
 * user with its progress, found by {@link ScenarioRunJob#FAMILY}, and by default one at a time with the others.
 */
public abstract class RunJob extends Job {

    /** A job run one at a time with the scenarios' runs. */
    protected RunJob(String name) {
        this(name, ScenarioRunJob.ONE_AT_A_TIME);
    }

    /** A job with its own scheduling rule (null: none). */
    protected RunJob(String name, ISchedulingRule rule) {
        super(name);
        setUser(true);
        setRule(rule);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == ScenarioRunJob.FAMILY;
    }

    /**
     * Runs an engine's work of {@code total} units on the monitor: OK once done, CANCEL when the user stopped it, else an
     * error naming the file it ran on; the monitor is done in every case.
     */
    protected final IStatus running(IProgressMonitor monitor, int total, String fileName, Runnable work) {
        monitor.beginTask(getName(), total);
        try {
            work.run();
            return Status.OK_STATUS;
        } catch (CancelledException e) {
            return Status.CANCEL_STATUS;
        } catch (RuntimeException e) {
            return Status.error(NLS.bind(Messages.Run_failed, fileName, e.getLocalizedMessage()), e);
        } finally {
            monitor.done();
        }
    }
}
