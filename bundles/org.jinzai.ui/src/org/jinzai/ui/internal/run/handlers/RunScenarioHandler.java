package org.jinzai.ui.internal.run.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;
import org.jinzai.model.io.JinzaiResourceFactory;
import org.jinzai.ui.internal.Messages;
import org.jinzai.ui.internal.run.editors.ResultsEditorIds;
import org.jinzai.ui.internal.run.jobs.Jobs;
import org.jinzai.ui.internal.run.jobs.ScenarioRunJob;
import org.jinzai.ui.internal.run.jobs.ValidScenario;

/**
 * Runs the scenario of the active editor or of the selected file (Run menu, context menu, Ctrl+R). An editor with
 * unsaved changes is saved first, after asking; the results open when the run has finished.
 */
public final class RunScenarioHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        IFile file = scenarioOf(event, Messages.Run_title);
        if (file != null) {
            schedule(file, window == null ? null : window.getActivePage(), null);
        }
        return null;
    }

    /**
     * The scenario a command is about: the selected file, else the active editor's (saved first, after asking).
     * Null, after telling the user, when there is none or they do not want to save.
     */
    static IFile scenarioOf(ExecutionEvent event, String title) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        Shell shell = window == null ? null : window.getShell();
        IFile file = null;
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        if (selection instanceof IStructuredSelection structured && !structured.isEmpty()
                && HandlerUtil.getActivePart(event) != editor) {
            file = scenario(Adapters.adapt(structured.getFirstElement(), IFile.class));
        }
        if (file == null && editor != null && editor.getEditorInput() instanceof IFileEditorInput input) {
            file = scenario(input.getFile());
            if (file != null && editor.isDirty()) {
                if (!MessageDialog.openQuestion(shell, title, NLS.bind(Messages.Run_saveFirst, file.getName()))) {
                    return null;
                }
                editor.getSite().getPage().saveEditor(editor, false);
            }
        }
        if (file == null) {
            MessageDialog.openInformation(shell, title, Messages.Run_noScenario);
        }
        return file;
    }

    private static IFile scenario(IFile file) {
        return file != null && JinzaiResourceFactory.SCENARIO_EXTENSION.equalsIgnoreCase(file.getFileExtension()) ? file : null;
    }

    /** Schedules a run; when it finishes, tells about problems or opens the results in the page. */
    public static ScenarioRunJob schedule(IFile file, IWorkbenchPage page, Integer replications) {
        ScenarioRunJob job = new ScenarioRunJob(file, replications);
        return Jobs.schedule(job, () -> finished(job, page));
    }

    private static void finished(ScenarioRunJob job, IWorkbenchPage page) {
        Shell shell = page == null ? null : page.getWorkbenchWindow().getShell();
        if (!job.problems().isEmpty()) {
            ValidScenario.tell(shell, Messages.Run_title, job.problems());
            return;
        }
        if (job.resultsFile() != null && page != null) {
            try {
                job.resultsFile().refreshLocal(IResource.DEPTH_ZERO, null);
                // results of an earlier run shown in an editor are replaced by the new ones
                IEditorPart open = page.findEditor(new FileEditorInput(job.resultsFile()));
                if (open != null) {
                    page.closeEditor(open, false);
                }
                IDE.openEditor(page, job.resultsFile(), ResultsEditorIds.RESULTS_EDITOR, true);
            } catch (CoreException e) {
                MessageDialog.openError(shell, Messages.Run_title, e.getLocalizedMessage());
            }
        }
    }
}
