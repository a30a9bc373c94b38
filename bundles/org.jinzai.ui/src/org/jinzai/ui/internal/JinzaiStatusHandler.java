package org.jinzai.ui.internal;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.statushandlers.AbstractStatusHandler;
import org.eclipse.ui.statushandlers.StatusAdapter;
import org.eclipse.ui.statushandlers.StatusManager;
import org.jinzai.model.util.InternalErrors;
import org.jinzai.ui.JinzaiUi;

/**
 * How the workbench tells the user that something failed, as the command line does: the failure's own message in the
 * user's language, and for a failure nobody foresaw (a bug, running out of memory) one more line naming the log file
 * under {@code ~/.jinzai/logs} that holds the trace — out of memory says to raise {@code JINZAI_XMX}. Failures in jobs
 * (a run, an export) and exceptions escaping the event loop all come here; nothing fails silently into the workspace
 * log only.
 */
final class JinzaiStatusHandler extends AbstractStatusHandler {

    /** The failures shown already (a status is its own identity). */
    private final Map<IStatus, Boolean> shown = Collections.synchronizedMap(new WeakHashMap<>());

    @Override
    public void handle(StatusAdapter adapter, int style) {
        IStatus status = adapter.getStatus();
        if ((style & StatusManager.LOG) != 0) {
            // marked as logged, so that the status manager's log listener does not hand it back (style NONE)
            StatusManager.getManager().addLoggedStatus(status);
            Platform.getLog(JinzaiStatusHandler.class).log(status);
        }
        Throwable failure = failureOf(status);
        boolean unforeseen = failure != null && InternalErrors.unforeseen(failure);
        // an unforeseen failure of the product's own is shown even when only logging was asked for: it would be silent
        boolean own = status.getPlugin() != null && status.getPlugin().startsWith("org.jinzai"); //$NON-NLS-1$
        boolean show = (style & (StatusManager.SHOW | StatusManager.BLOCK)) != 0
                || (style & StatusManager.LOG) != 0 && unforeseen && own;
        if (!show) {
            return;
        }
        // the same failure may come once to be logged and once to be shown: one dialog, one log file
        if (shown.put(status, Boolean.TRUE) != null) {
            return;
        }
        String message = messageOf(status, failure, unforeseen);
        Display display = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : Display.getDefault();
        Runnable dialog = () -> {
            Shell parent = display.getActiveShell();
            MessageDialog.openError(parent, Messages.Application_title, message);
        };
        if ((style & StatusManager.BLOCK) != 0 && Display.getCurrent() == display) {
            dialog.run();
        } else {
            display.asyncExec(dialog);
        }
    }

    /** The text of the dialog: what failed, then (unforeseen) where its trace is. */
    static String messageOf(IStatus status, Throwable failure, boolean unforeseen) {
        String what = status.getMessage();
        if (!unforeseen) {
            return what;
        }
        String log = InternalErrors.log(failure);
        String line = failure instanceof OutOfMemoryError ? NLS.bind(Messages.Error_outOfMemory, log) : NLS.bind(Messages.Error_internal, log);
        // the platform's own texts for an escaped exception are English and say nothing to a planner
        boolean platformText = what == null || what.isBlank() || what.startsWith("Unhandled") || what.equals(failure.toString()) //$NON-NLS-1$
                || !JinzaiUi.PLUGIN_ID.equals(status.getPlugin()) && what.equals(failure.getMessage());
        return platformText ? line : what + "\n\n" + line; //$NON-NLS-1$
    }

    private static Throwable failureOf(IStatus status) {
        if (status.getException() != null) {
            return status.getException();
        }
        for (IStatus child : status.getChildren()) {
            Throwable found = failureOf(child);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
