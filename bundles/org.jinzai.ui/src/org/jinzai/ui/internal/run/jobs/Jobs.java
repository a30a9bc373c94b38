package org.jinzai.ui.internal.run.jobs;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Display;

/** Background jobs whose end is shown in the workbench. */
public final class Jobs {

    private Jobs() {
    }

    /**
     * Schedules a job; when it is done, runs {@code finished} on the display of the calling (UI) thread, unless that
     * display is gone by then.
     */
    public static <J extends Job> J schedule(J job, Runnable finished) {
        Display display = Display.getCurrent();
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (display != null && !display.isDisposed()) {
                    display.asyncExec(finished);
                }
            }
        });
        job.schedule();
        return job;
    }
}
