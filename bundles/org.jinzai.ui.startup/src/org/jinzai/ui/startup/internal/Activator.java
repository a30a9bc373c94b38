package org.jinzai.ui.startup.internal;

import org.eclipse.osgi.service.runnable.StartupMonitor;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * Offers the framework a {@link StartupMonitor} while the workbench starts (see {@link EarlyDisplay}). Started at
 * start level 1 by the product's configuration, so that it is there before the framework starts the other bundles.
 */
public final class Activator implements BundleActivator {

    /** The application whose display may be made early; the command-line application never gets one. */
    static final String WORKBENCH_APPLICATION = "org.jinzai.ui.application"; //$NON-NLS-1$

    private ServiceRegistration<StartupMonitor> registration;

    @Override
    public void start(BundleContext context) {
        if (WORKBENCH_APPLICATION.equals(context.getProperty("eclipse.application"))) { //$NON-NLS-1$
            registration = context.registerService(StartupMonitor.class, new EarlyDisplay(), null);
        }
    }

    @Override
    public void stop(BundleContext context) {
        if (registration != null) {
            registration.unregister();
            registration = null;
        }
    }
}
