package org.jinzai.ui.internal.run.handlers;

import java.util.ArrayList;
import java.util.List;

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
import org.jinzai.ui.internal.run.editors.ComparisonEditor;
import org.jinzai.ui.internal.run.editors.ComparisonInput;
import org.jinzai.ui.internal.run.jobs.CompareJob;
import org.jinzai.ui.internal.run.jobs.Jobs;
import org.jinzai.ui.internal.run.jobs.ValidScenario;

/** Compares the selected scenarios (two or more .jzs, the first is the reference) on common random numbers. */
public final class CompareScenariosHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        List<IFile> files = new ArrayList<>();
        if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) {
            for (Object element : selection.toList()) {
                IFile file = Adapters.adapt(element, IFile.class);
                if (file != null && JinzaiResourceFactory.SCENARIO_EXTENSION.equalsIgnoreCase(file.getFileExtension())) {
                    files.add(file);
                }
            }
        }
        if (files.size() < 2) {
            MessageDialog.openInformation(window == null ? null : window.getShell(), Messages.Compare_title, Messages.Compare_select);
            return null;
        }
        schedule(files, window == null ? null : window.getActivePage());
        return null;
    }

    /**
     * Schedules a comparison; when it finishes, shows it in a comparison editor (the one of the same scenarios if open),
     * or tells what kept it from running.
     */
    public static CompareJob schedule(List<IFile> files, IWorkbenchPage page) {
        CompareJob job = new CompareJob(files);
        return Jobs.schedule(job, () -> finished(job, page));
    }

    private static void finished(CompareJob job, IWorkbenchPage page) {
        if (page == null) {
            return;
        }
        if (!job.problems().isEmpty()) {
            ValidScenario.tell(page.getWorkbenchWindow().getShell(), Messages.Compare_title, job.problems());
            return;
        }
        if (job.outcome() != null) {
            try {
                ComparisonInput input = new ComparisonInput(job.outcome());
                if (page.findEditor(input) instanceof ComparisonEditor open) {
                    // the same scenarios compared again: the new run replaces the one shown
                    open.show(job.outcome());
                    page.activate(open);
                } else {
                    page.openEditor(input, ComparisonEditor.ID);
                }
            } catch (PartInitException e) {
                MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.Compare_title, e.getLocalizedMessage());
            }
        }
    }
}
