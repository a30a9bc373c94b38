package org.jinzai.ui.startup.internal;

import org.eclipse.osgi.util.NLS;

/** The application's name for the window system, in the user's language (as the product's name). */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.jinzai.ui.startup.internal.messages"; //$NON-NLS-1$

    public static String appName;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
