package org.jinzai.ui.internal.run.jobs;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.osgi.util.NLS;
import org.jinzai.engine.RunOptions;
import org.jinzai.model.Region;
import org.jinzai.scenario.RegionSweep;
import org.jinzai.ui.internal.Messages;

/** Runs a region's pool size × allocation (every point on the same random numbers), with progress and cancel; one run at a time. */
public final class RegionSweepJob extends RunJob {

    /** A finished sweep: the region's file and the region, the grid, the probability wanted and the options it ran with. */
    public record Outcome(IFile file, Region region, RegionSweep.Grid grid, double wanted, RunOptions options) {
    }

    private final IFile file;
    private final Region region;
    private final RegionSweep.Question question;
    private final double wanted;
    private final RunOptions options;
    private volatile Outcome outcome;

    public RegionSweepJob(IFile file, Region region, RegionSweep.Question question, double wanted, RunOptions options) {
        super(NLS.bind(Messages.RegionSweep_jobName, region.getName()));
        this.file = file;
        this.region = region;
        this.question = question;
        this.wanted = wanted;
        this.options = options;
    }

    public Outcome outcome() {
        return outcome;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        int total = options.replications() * question.values().length * question.policies().size();
        return running(monitor, total, file.getName(), () -> outcome = new Outcome(file, region,
                RegionSweep.run(region, question, options, new MonitorProgress(monitor, 0, total)), wanted, options));
    }
}
