package org.jinzai.reports.internal;

import java.util.Hashtable;

import org.apache.logging.log4j.simple.SimpleLoggerContextFactory;
import org.apache.logging.log4j.spi.Provider;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * Gives Apache POI's logging API (Log4j 2) a provider. Log4j's own OSGi activator holds a start-up lock until
 * some bundle offers a {@link Provider} service; without one, the first POI class used on another thread waits
 * for ever. Touching {@link Provider} here starts Log4j on this thread, and the service registered below lets it
 * release the lock when this bundle has started. Messages go to the simple logger (errors only, on stderr).
 */
public final class Activator implements BundleActivator {

    private ServiceRegistration<Provider> registration;

    @Override
    public void start(BundleContext context) {
        Provider provider = new Provider(10, "2.6.0", SimpleLoggerContextFactory.class); //$NON-NLS-1$
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("APIVersion", "2.6.0"); //$NON-NLS-1$ //$NON-NLS-2$
        registration = context.registerService(Provider.class, provider, properties);
    }

    @Override
    public void stop(BundleContext context) {
        if (registration != null) {
            registration.unregister();
            registration = null;
        }
    }
}
