package org.jinzai.ui.internal.run.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;
import org.jinzai.scenario.ExperimentRequest;
import org.jinzai.ui.internal.prefs.RunPreferences;
import org.jinzai.ui.internal.run.dialogs.ExperimentDialog;
import org.jinzai.ui.internal.run.editors.ExperimentEditor;
import org.jinzai.ui.internal.run.jobs.ExperimentJob;
import org.jinzai.ui.internal.run.jobs.Jobs;
import org.jinzai.ui.internal.run.jobs.ValidScenario;

/**
 * Asks the question of an experiment on the selected scenario (or the active editor's), runs it as a background job
 * and opens the experiment when it is done. A scenario with errors is not run; the errors are listed.
 */
public abstract class ExperimentHandler extends AbstractHandler {

    private final ExperimentDialog.Kind kind;

    protected ExperimentHandler(ExperimentDialog.Kind kind) {
        this.kind = kind;
    }

    /** 目標達成に必要な量を求める（ゴールシーク）. */
    public static final class GoalSeek extends ExperimentHandler {
        public GoalSeek() {
            super(ExperimentDialog.Kind.GOAL_SEEK);
        }
    }

    /** パラメータスイープ. */
    public static final class Sweep extends ExperimentHandler {
        public Sweep() {
            super(ExperimentDialog.Kind.SWEEP);
        }
    }

    /** 感度分析. */
    public static final class Sensitivity extends ExperimentHandler {
        public Sensitivity() {
            super(ExperimentDialog.Kind.SENSITIVITY);
        }
    }

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        Shell shell = window == null ? null : window.getShell();
        String title = ExperimentJob.kindName(kind.requestKind());
        IFile file = RunScenarioHandler.scenarioOf(event, title);
        if (file == null) {
            return null;
        }
        ValidScenario[] loaded = new ValidScenario[1];
        BusyIndicator.showWhile(Display.getCurrent(), () -> loaded[0] = ValidScenario.load(file));
        if (loaded[0].scenario() == null) {
            ValidScenario.tell(shell, title, loaded[0].problems());
            return null;
        }
        int replications = RunPreferences.options(loaded[0].scenario().getRunSettings()).replications();
        ExperimentDialog dialog = new ExperimentDialog(shell, kind, loaded[0].scenario(), replications);
        if (dialog.open() != Window.OK) {
            return null;
        }
        schedule(file, dialog.request(), dialog.replications(), window == null ? null : window.getActivePage());
        return null;
    }

    /** Schedules an experiment; when it is done, tells about problems or opens it in the page. */
    public static ExperimentJob schedule(IFile file, ExperimentRequest request, int replications, IWorkbenchPage page) {
        ExperimentJob job = new ExperimentJob(file, request, replications);
        return Jobs.schedule(job, () -> finished(job, page));
    }

    private static void finished(ExperimentJob job, IWorkbenchPage page) {
        Shell shell = page == null ? null : page.getWorkbenchWindow().getShell();
        String title = job.getName();
        if (!job.problems().isEmpty()) {
            ValidScenario.tell(shell, title, job.problems());
            return;
        }
        if (job.experimentFile() != null && page != null) {
            try {
                job.experimentFile().refreshLocal(IResource.DEPTH_ZERO, null);
                IEditorPart open = page.findEditor(new FileEditorInput(job.experimentFile()));
                if (open != null) {
                    page.closeEditor(open, false);
                }
                IDE.openEditor(page, job.experimentFile(), ExperimentEditor.ID, true);
            } catch (CoreException e) {
                MessageDialog.openError(shell, title, e.getLocalizedMessage());
            }
        }
    }
}
