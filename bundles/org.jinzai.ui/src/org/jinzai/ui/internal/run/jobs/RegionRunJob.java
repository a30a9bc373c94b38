package org.jinzai.ui.internal.run.jobs;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.jinzai.engine.RunOptions;
import org.jinzai.model.Region;
import org.jinzai.scenario.RegionRunner;
import org.jinzai.ui.internal.Messages;
import org.jinzai.ui.internal.prefs.RunPreferences;

/**
 * Runs a region as saved: its members alone and with the pools, on the same random numbers (the region's seed and
 * replications, or the preferences'), with progress and cancel; one run at a time with the scenarios' runs.
 */
public final class RegionRunJob extends RunJob {

    /** A finished run of a region: its file, the region and the runs, and the options they ran with. */
    public record Outcome(IFile file, Region region, RegionRunner.Run run, RunOptions options) {
    }

    private final IFile file;
    private volatile Outcome outcome;
    private volatile List<String> problems = List.of();

    public RegionRunJob(IFile file) {
        super(NLS.bind(Messages.Region_jobName, file.getName()));
        this.file = file;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** What kept the region from running (empty when it ran or was cancelled). */
    public List<String> problems() {
        return problems;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        ValidScenario.Valid<Region> loaded = ValidScenario.load(file, Region.class, Messages.Region_notARegion);
        if (loaded.element() == null) {
            problems = loaded.problems();
            return Status.info(problems.get(0));
        }
        Region region = loaded.element();
        RunOptions options = RunPreferences.options(region.getRunSettings());
        int total = 2 * options.replications();
        return running(monitor, total, file.getName(),
                () -> outcome = new Outcome(file, region, RegionRunner.run(region, options, new MonitorProgress(monitor, 0, total)), options));
    }
}
