package org.jinzai.ui.internal.start;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** ヘルプ ▸ はじめに (Help ▸ Getting Started): opens the start page, or brings it to the front. */
public final class ShowStartPageHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        if (window != null && window.getActivePage() != null) {
            StartPage.open(window.getActivePage());
        }
        return null;
    }
}
