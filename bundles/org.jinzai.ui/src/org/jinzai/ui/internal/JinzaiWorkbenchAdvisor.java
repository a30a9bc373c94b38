package org.jinzai.ui.internal;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.internal.ide.IDEInternalWorkbenchImages;
import org.eclipse.ui.statushandlers.AbstractStatusHandler;
import org.eclipse.ui.statushandlers.StatusManager;
import org.jinzai.ui.JinzaiUi;
import org.osgi.framework.Bundle;

/**
 * Workbench advisor of the IDE-style workbench: the workspace is the input of the Project Explorer,
 * resources adapt to the IDE's views, and the workspace is saved when the workbench closes.
 */
@SuppressWarnings("restriction")
public final class JinzaiWorkbenchAdvisor extends WorkbenchAdvisor {

    private static final String IDE_BUNDLE = "org.eclipse.ui.ide"; //$NON-NLS-1$
    private static final String OBJ16 = "$nl$/icons/full/obj16/"; //$NON-NLS-1$

    /** How often the display is woken while the windows open (see {@link #openWindows()}). */
    private static final int OPENING_TICK_MS = 20;

    private AbstractStatusHandler errorHandler;

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(true);
        IDE.registerAdapters();
        declareIdeImages();
    }

    /**
     * The IDE's own advisor declares the images its views look up by key (project folders, problem
     * severities); an application with its own advisor must declare the ones its views use.
     */
    private void declareIdeImages() {
        Bundle ide = Platform.getBundle(IDE_BUNDLE);
        declare(ide, IDE.SharedImages.IMG_OBJ_PROJECT, OBJ16 + "prj_obj.png"); //$NON-NLS-1$
        declare(ide, IDE.SharedImages.IMG_OBJ_PROJECT_CLOSED, OBJ16 + "cprj_obj.png"); //$NON-NLS-1$
        declare(ide, IDEInternalWorkbenchImages.IMG_OBJS_ERROR_PATH, OBJ16 + "error_tsk.png"); //$NON-NLS-1$
        declare(ide, IDEInternalWorkbenchImages.IMG_OBJS_WARNING_PATH, OBJ16 + "warn_tsk.png"); //$NON-NLS-1$
        declare(ide, IDEInternalWorkbenchImages.IMG_OBJS_INFO_PATH, OBJ16 + "info_tsk.png"); //$NON-NLS-1$
    }

    private void declare(Bundle bundle, String key, String path) {
        ImageDescriptor descriptor = ImageDescriptor.createFromURLSupplier(true,
                () -> FileLocator.find(bundle, IPath.fromOSString(path)));
        getWorkbenchConfigurer().declareImage(key, descriptor, true);
    }

    /** Failures are told in the user's language, with the log file of an unforeseen one (see {@link JinzaiStatusHandler}). */
    @Override
    public synchronized AbstractStatusHandler getWorkbenchErrorHandler() {
        if (errorHandler == null) {
            errorHandler = new JinzaiStatusHandler();
        }
        return errorHandler;
    }

    /** An exception that escapes the event loop is shown, not only logged. */
    @Override
    public void eventLoopException(Throwable exception) {
        if (exception == null) {
            return;
        }
        try {
            // the platform's wording for the log; the dialog shows only the line naming the log file
            StatusManager.getManager().handle(new Status(IStatus.ERROR, JinzaiUi.PLUGIN_ID, "Unhandled event loop exception: " //$NON-NLS-1$
                    + exception.getMessage(), exception),
                    StatusManager.LOG | StatusManager.SHOW);
        } catch (RuntimeException | LinkageError e) {
            // the handler itself failed: the platform's own handling is the last resort
            super.eventLoopException(exception);
        }
    }

    /**
     * Opens the windows as the platform does, with the display woken every {@value #OPENING_TICK_MS} ms meanwhile.
     * The platform opens them from a thread of its own and, once done, sets a flag and wakes the display; SWT on GTK
     * clears its wake-up flag just before each wait, so a wake-up that arrives between the loop's look at the flag and
     * that wait is lost, and the display then sleeps until GTK's next timer (about 5.5 s on Linux: one start in five
     * took 8 s instead of 2.7 s, the window shown but answering nothing). A timer of our own bounds each wait.
     */
    @Override
    public boolean openWindows() {
        Display display = getWorkbenchConfigurer().getWorkbench().getDisplay();
        Runnable tick = new Runnable() {
            @Override
            public void run() {
                if (!display.isDisposed()) {
                    display.timerExec(OPENING_TICK_MS, this);
                }
            }
        };
        display.timerExec(OPENING_TICK_MS, tick);
        try {
            return super.openWindows();
        } finally {
            // the timer runs on this thread: cancelled here, it does not come again
            display.timerExec(-1, tick);
        }
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new JinzaiWorkbenchWindowAdvisor(configurer);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return JinzaiUi.PERSPECTIVE_ID;
    }

    @Override
    public IAdaptable getDefaultPageInput() {
        return ResourcesPlugin.getWorkspace().getRoot();
    }

    @Override
    public void postStartup() {
        ExampleProjects.installOnFirstStart();
        // the first start of a workspace opens the start page (はじめに): where to begin, on the examples
        var workbench = getWorkbenchConfigurer().getWorkbench();
        org.jinzai.ui.internal.start.StartPage.openOnFirstStart(workbench.getActiveWorkbenchWindow() != null
                ? workbench.getActiveWorkbenchWindow()
                : workbench.getWorkbenchWindowCount() > 0 ? workbench.getWorkbenchWindows()[0] : null);
        // scenarios beside a baseline that is saved are checked again (their markers say what the baseline lost)
        org.jinzai.model.editor.internal.ScenarioMarkers.install();
    }

    @Override
    public void postShutdown() {
        saveWorkspace();
    }

    /** Saves the workspace tree so that the next start does not have to recover it. */
    private static void saveWorkspace() {
        try {
            new ProgressMonitorDialog(null).run(false, false, monitor -> {
                try {
                    IStatus status = ResourcesPlugin.getWorkspace().save(true, monitor);
                    if (!status.isOK()) {
                        throw new InvocationTargetException(new CoreException(status));
                    }
                } catch (CoreException e) {
                    throw new InvocationTargetException(e);
                }
            });
        } catch (InvocationTargetException e) {
            IStatus status = e.getCause() instanceof CoreException ce ? ce.getStatus()
                    : Status.error(String.valueOf(e.getCause()), e.getCause());
            ErrorDialog.openError(null, Messages.Application_title, Messages.Application_saveWorkspaceFailed, status);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
