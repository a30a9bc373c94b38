package org.jinzai.ui.internal.run.jobs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.reports.ComparisonDocument;
import org.jinzai.reports.ComparisonReport;
import org.jinzai.reports.ComparisonWorkbook;
import org.jinzai.ui.internal.Messages;

/**
 * Writes a comparison shown in the workbench as the comparison report (Word) and workbook (Excel), the same as
 * {@code jinzai compare --format docx,xlsx}, beside the reference scenario: {@code NAME-comparison.docx/.xlsx}.
 */
public final class ComparisonExportJob extends Job {

    private final ComparisonReport report;
    private final IFile reference;
    private volatile List<IFile> written = List.of();

    public ComparisonExportJob(ComparisonReport report, IFile reference) {
        super(NLS.bind(Messages.Compare_exportJob, reference.getName()));
        this.report = report;
        this.reference = reference;
        setUser(true);
    }

    /** The files written (none when it failed). */
    public List<IFile> written() {
        return written;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        IContainer folder = reference.getParent();
        String name = reference.getName();
        String base = name.endsWith(".jzs") ? name.substring(0, name.length() - 4) : name; //$NON-NLS-1$
        List<IFile> files = new ArrayList<>();
        try {
            IFile docx = folder.getFile(org.eclipse.core.runtime.Path.fromPortableString(base + "-comparison.docx")); //$NON-NLS-1$
            Path target = Path.of(docx.getLocation().toOSString());
            byte[] bytes = new ComparisonDocument(report).toBytes();
            if (java.nio.file.Files.exists(target)) {
                // an adviser may have annotated the last one: it is kept beside the new one
                JinzaiResources.backup(target, "export"); //$NON-NLS-1$
            }
            JinzaiResources.writeAtomically(target, bytes);
            files.add(docx);
            IFile xlsx = folder.getFile(org.eclipse.core.runtime.Path.fromPortableString(base + "-comparison.xlsx")); //$NON-NLS-1$
            JinzaiResources.writeAtomically(Path.of(xlsx.getLocation().toOSString()), new ComparisonWorkbook(report).toBytes());
            files.add(xlsx);
            folder.refreshLocal(IResource.DEPTH_ONE, monitor);
        } catch (IOException | CoreException | RuntimeException e) {
            return Status.error(NLS.bind(Messages.Compare_exportFailed, folder.getFullPath().makeRelative(), e.getLocalizedMessage()), e);
        }
        written = List.copyOf(files);
        return Status.OK_STATUS;
    }
}
