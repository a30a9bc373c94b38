package org.jinzai.ui.internal.run.jobs;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.jinzai.engine.ProgressListener;
import org.jinzai.ui.internal.Messages;

/**
 * Replications done as work done on a progress monitor, with the time left; cancellation from the monitor. Several
 * runs can share a monitor: each counts from its offset within the total.
 */
public final class MonitorProgress implements ProgressListener {

    private final IProgressMonitor monitor;
    private final int offset;
    private final int total;
    private final long start = System.nanoTime();
    private int reported;

    public MonitorProgress(IProgressMonitor monitor, int offset, int total) {
        this.monitor = monitor;
        this.offset = offset;
        this.total = total;
    }

    @Override
    public synchronized void replicationsDone(int done, int ofThisRun) {
        if (done <= reported) {
            return;
        }
        monitor.worked(done - reported);
        reported = done;
        double elapsed = (System.nanoTime() - start) / 1e9;
        long left = Math.round(elapsed / done * (total - offset - done));
        monitor.subTask(NLS.bind(Messages.Run_progress, new Object[] { offset + done, total, left }));
    }

    @Override
    public boolean isCancelled() {
        return monitor.isCanceled();
    }
}
