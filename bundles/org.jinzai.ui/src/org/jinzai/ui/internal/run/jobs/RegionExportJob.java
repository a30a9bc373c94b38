package org.jinzai.ui.internal.run.jobs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.jinzai.engine.CancelledException;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.reports.RegionDocuments;
import org.jinzai.reports.ReportData;
import org.jinzai.scenario.RegionRunner;
import org.jinzai.ui.internal.Messages;

/**
 * Writes the documents of a region's run shown in the workbench, the same as {@code jinzai simulate REGION.jzg --format
 * docx}: the region's document and each member's policy document, into {@code results/NAME/} beside the region. The run
 * is made again keeping the members' departments (what a policy document shows), with the same seed and replications:
 * the same numbers as shown.
 */
public final class RegionExportJob extends Job {

    private final RegionRunJob.Outcome outcome;
    private final Locale locale;
    private volatile List<IFile> written = List.of();

    public RegionExportJob(RegionRunJob.Outcome outcome, Locale locale) {
        super(NLS.bind(Messages.Region_exportJob, outcome.file().getName()));
        this.outcome = outcome;
        this.locale = locale;
        setUser(true);
        // one run at a time, and the folder the documents go into refreshed at the end
        setRule(org.eclipse.core.runtime.jobs.MultiRule.combine(ScenarioRunJob.ONE_AT_A_TIME,
                org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRuleFactory().refreshRule(outcome.file().getParent())));
    }

    /** The files written (none when it failed or was cancelled), the region's document first. */
    public List<IFile> written() {
        return written;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        IFile file = outcome.file();
        String name = file.getName().substring(0, file.getName().length() - file.getFileExtension().length() - 1);
        IFolder folder = file.getParent().getFolder(org.eclipse.core.runtime.Path.fromPortableString("results/" + name)); //$NON-NLS-1$
        int total = 2 * outcome.options().replications();
        monitor.beginTask(getName(), total);
        List<IFile> files = new ArrayList<>();
        try {
            RegionRunner.Run run = RegionRunner.run(outcome.region(), outcome.options(), true, new MonitorProgress(monitor, 0, total));
            Path target = Path.of(folder.getLocation().toOSString());
            java.nio.file.Files.createDirectories(target);
            for (Map.Entry<String, byte[]> document : RegionDocuments.of(run, outcome.options(), locale, ReportData.today()).entrySet()) {
                Path path = target.resolve(document.getKey());
                if (java.nio.file.Files.exists(path)) {
                    // a planner may have annotated the last one: it is kept beside the new one
                    JinzaiResources.backup(path, "export"); //$NON-NLS-1$
                }
                JinzaiResources.writeAtomically(path, document.getValue());
                files.add(folder.getFile(document.getKey()));
            }
            file.getParent().refreshLocal(IResource.DEPTH_INFINITE, null);
        } catch (CancelledException e) {
            return Status.CANCEL_STATUS;
        } catch (IOException | CoreException | RuntimeException e) {
            return Status.error(NLS.bind(Messages.Region_exportFailed, folder.getFullPath().makeRelative(), e.getLocalizedMessage()), e);
        } finally {
            monitor.done();
        }
        written = List.copyOf(files);
        return Status.OK_STATUS;
    }
}
