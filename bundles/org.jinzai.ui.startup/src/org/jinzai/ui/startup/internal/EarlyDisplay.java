package org.jinzai.ui.startup.internal;

import org.eclipse.osgi.service.runnable.StartupMonitor;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.widgets.Display;

/**
 * Opens the connection to the window system while the framework is still starting bundles. The framework calls
 * {@link #update()} on the main thread about every 50 ms until all bundles have started; the main thread has
 * nothing else to do then. Making the {@link Display} there (about a second of GTK's start-up on the build
 * machine) lets it overlap the bundles' start instead of following it; the workbench then takes this display
 * ({@code PlatformUI.createDisplay()} returns the thread's current one). When it cannot be made here (no
 * display), nothing is lost: the workbench tries again and reports the problem as it always did.
 */
final class EarlyDisplay implements StartupMonitor {

    private boolean tried;

    @Override
    public void update() {
        if (tried) {
            return;
        }
        tried = true;
        if (Display.getCurrent() != null) {
            return;
        }
        // the name the window system knows the application by, as the workbench would set it before its display
        Display.setAppName(Messages.appName);
        try {
            new Display();
        } catch (SWTError e) {
            // no window system here: the workbench makes its own display and says why it cannot
        }
    }

    @Override
    public void applicationRunning() {
        // nothing to close: there is no splash screen
    }
}
