package org.jinzai.ui.internal.run.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.jinzai.model.io.JinzaiResourceFactory;
import org.jinzai.ui.internal.Messages;
import org.jinzai.ui.internal.run.editors.RegionResultsEditor;
import org.jinzai.ui.internal.run.editors.RegionResultsInput;
import org.jinzai.ui.internal.run.jobs.Jobs;
import org.jinzai.ui.internal.run.jobs.RegionRunJob;
import org.jinzai.ui.internal.run.jobs.ValidScenario;

/** Runs the selected region (.jzg), alone and with its pools, and shows the result in the editor area. */
public final class RunRegionHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        IFile file = selectedRegion(event);
        if (file != null) {
            schedule(file, window == null ? null : window.getActivePage());
        }
        return null;
    }

    /** The region file (.jzg) selected when a command ran; null, having said so, when the selection is not one. */
    static IFile selectedRegion(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        IFile file = null;
        if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) {
            file = Adapters.adapt(selection.getFirstElement(), IFile.class);
        }
        if (file == null || !JinzaiResourceFactory.REGION_EXTENSION.equalsIgnoreCase(file.getFileExtension())) {
            MessageDialog.openInformation(window == null ? null : window.getShell(), Messages.Region_title, Messages.Region_select);
            return null;
        }
        return file;
    }

    /** Schedules a region's run; when it finishes, shows it (in the editor of the same region if open), or tells what kept it from running. */
    public static RegionRunJob schedule(IFile file, IWorkbenchPage page) {
        RegionRunJob job = new RegionRunJob(file);
        return Jobs.schedule(job, () -> finished(job, page));
    }

    private static void finished(RegionRunJob job, IWorkbenchPage page) {
        if (page == null) {
            return;
        }
        if (!job.problems().isEmpty()) {
            ValidScenario.tell(page.getWorkbenchWindow().getShell(), Messages.Region_title, job.problems());
            return;
        }
        if (job.outcome() != null) {
            try {
                RegionResultsInput input = new RegionResultsInput(job.outcome());
                if (page.findEditor(input) instanceof RegionResultsEditor open) {
                    open.show(job.outcome());
                    page.activate(open);
                } else {
                    page.openEditor(input, RegionResultsEditor.ID);
                }
            } catch (PartInitException e) {
                MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.Region_title, e.getLocalizedMessage());
            }
        }
    }
}
