package org.jinzai.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the workbench application (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.jinzai.ui.internal.messages"; //$NON-NLS-1$

    public static String Application_title;
    public static String Application_noWorkspace;
    public static String Application_workspaceInUse;
    public static String Application_workspaceNotWritable;
    public static String Application_saveWorkspaceFailed;
    public static String Window_title;
    public static String Menu_file;
    public static String Menu_new;
    public static String Menu_edit;
    public static String Menu_window;
    public static String Menu_openPerspective;
    public static String Menu_showView;
    public static String Menu_help;
    public static String Examples_installing;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
