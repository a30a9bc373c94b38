package org.jinzai.ui.internal;

import java.io.IOException;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * Starts the workbench on the workspace given with {@code -data} (the launch scripts pass one under the
 * user's home), after making sure no other Jinzai Workbench is using that workspace.
 */
public final class JinzaiApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        // charts are drawn off-screen with Java2D and shown as SWT images: AWT must not open its own toolkit
        System.setProperty("java.awt.headless", "true"); //$NON-NLS-1$ //$NON-NLS-2$
        Display display = PlatformUI.createDisplay();
        Location workspace = Platform.getInstanceLocation();
        boolean locked = false;
        try {
            locked = lockWorkspace(workspace);
            if (!locked) {
                return EXIT_OK;
            }
            context.applicationRunning();
            int code = PlatformUI.createAndRunWorkbench(display, new JinzaiWorkbenchAdvisor());
            return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
        } finally {
            if (locked) {
                workspace.release();
            }
            display.dispose();
        }
    }

    /** Returns false (after telling the user why) when the workspace is missing or in use. */
    private static boolean lockWorkspace(Location workspace) {
        if (workspace == null || !workspace.isSet()) {
            MessageDialog.openError(null, Messages.Application_title, Messages.Application_noWorkspace);
            return false;
        }
        String where = workspace.getURL() == null ? "" : workspace.getURL().getFile(); //$NON-NLS-1$
        try {
            if (workspace.lock()) {
                return true;
            }
            MessageDialog.openError(null, Messages.Application_title,
                    NLS.bind(Messages.Application_workspaceInUse, where));
        } catch (IOException e) {
            MessageDialog.openError(null, Messages.Application_title,
                    NLS.bind(Messages.Application_workspaceNotWritable, where, e.getLocalizedMessage()));
        }
        return false;
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
