package org.jinzai.model.io;

import org.eclipse.osgi.util.NLS;

/** Messages of loading and saving (messages.properties, messages_ja.properties). */
final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.jinzai.model.io.messages"; //$NON-NLS-1$

    public static String Load_failed;
    public static String Load_failedAt;
    public static String Load_empty;
    public static String Load_unresolved;
    public static String Load_notFound;
    public static String Load_doctype;
    public static String Load_truncated;
    public static String Load_notXml;
    public static String Load_notAllowed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
