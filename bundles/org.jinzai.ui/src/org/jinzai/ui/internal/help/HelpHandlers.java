package org.jinzai.ui.internal.help;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Our handlers of the platform's help commands, which without the platform's help system (not on Maven Central) do
 * nothing: Help ▸ Contents ({@code org.eclipse.ui.help.helpContents}) opens the guide at its start, F1
 * ({@code org.eclipse.ui.help.dynamicHelp}) at the page about the part or dialog that has the focus.
 */
public final class HelpHandlers {

    private HelpHandlers() {
    }

    /** Help ▸ Contents. */
    public static final class Contents extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) throws ExecutionException {
            show(HandlerUtil.getActiveWorkbenchWindowChecked(event), Guide.START);
            return null;
        }
    }

    /** F1: the page about what has the focus. */
    public static final class Context extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) throws ExecutionException {
            Shell shell = HandlerUtil.getActiveShell(event);
            // a dialog just closed may still be the context's active shell for a moment: then the workbench window is
            if (shell != null && !shell.isDisposed() && !(shell.getData() instanceof IWorkbenchWindow)) {
                // a dialog blocks the workbench window: the guide opens in a window of the dialog's own
                String topic = HelpTopics.ofShell(shell);
                GuideWindow.open(shell, topic == null ? Guide.START : topic);
                return null;
            }
            IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
            IWorkbenchPart part = HandlerUtil.getActivePart(event);
            if (part instanceof GuideView) {
                return null;
            }
            show(window, HelpTopics.ofPart(part));
            return null;
        }
    }

    /** Shows the guide's view on a topic, without taking the focus from the part the user works in. */
    static GuideView show(IWorkbenchWindow window, String topic) throws ExecutionException {
        IWorkbenchPage page = window.getActivePage();
        if (page == null) {
            return null;
        }
        try {
            boolean opened = page.findView(GuideView.ID) == null;
            GuideView view = (GuideView) page.showView(GuideView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
            view.browser().show(topic);
            if (opened) {
                // the start page the new view showed first is no page to go back to
                view.browser().clearHistory();
            }
            return view;
        } catch (PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
    }
}
