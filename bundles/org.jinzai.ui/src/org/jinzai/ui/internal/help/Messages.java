package org.jinzai.ui.internal.help;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the user guide's view (messages.properties, messages_ja.properties of this package). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.jinzai.ui.internal.help.messages"; //$NON-NLS-1$

    public static String Guide_title;
    public static String Guide_back;
    public static String Guide_contents;
    public static String Guide_openInBrowser;
    public static String Guide_browserFailed;
    public static String Guide_noBrowser;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
