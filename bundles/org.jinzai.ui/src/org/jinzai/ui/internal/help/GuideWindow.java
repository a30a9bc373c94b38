package org.jinzai.ui.internal.help;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;

/**
 * The guide in a window of its own, for F1 in a dialog: a modal dialog blocks the workbench window and so the guide's
 * view, but not a window opened from the dialog itself.
 */
public final class GuideWindow {

    private static GuideBrowser last;

    private GuideWindow() {
    }

    /** Opens the guide on a topic in a window that belongs to {@code owner}. */
    static GuideBrowser open(Shell owner, String topic) {
        Shell shell = new Shell(owner, SWT.SHELL_TRIM | SWT.MODELESS);
        shell.setText(Messages.Guide_title);
        shell.setLayout(new FillLayout());
        GuideBrowser browser = new GuideBrowser(shell, Guide.current());
        browser.show(topic);
        shell.setSize(900, 640);
        shell.open();
        last = browser;
        shell.addListener(SWT.Dispose, e -> {
            if (last == browser) {
                last = null;
            }
        });
        return browser;
    }

    /** The guide window opened last and still open (for tests), or null. */
    public static GuideBrowser last() {
        return last;
    }
}
