package org.jinzai.ui.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PerspectiveAdapter;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Window size, bars and title of a Jinzai Workbench window. */
final class JinzaiWorkbenchWindowAdvisor extends WorkbenchWindowAdvisor {

    JinzaiWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new JinzaiActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(new Point(1280, 800));
        configurer.setShowCoolBar(true);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        // one perspective: no perspective bar to switch (and no "Open Perspective" button)
        configurer.setShowPerspectiveBar(false);
        configurer.setTitle(Messages.Window_title);
    }

    /**
     * Action sets of the IDE that a planner does not need: the key-binding pop-up, opening a loose file, and the text
     * editor's navigation in the toolbar (next/previous annotation, last edit location, presentation).
     */
    private static final String[] PROGRAMMER_ACTION_SETS = { "org.eclipse.ui.actionSet.keyBindings", //$NON-NLS-1$
            "org.eclipse.ui.actionSet.openFiles", "org.eclipse.ui.edit.text.actionSet.annotationNavigation", //$NON-NLS-1$ //$NON-NLS-2$
            "org.eclipse.ui.edit.text.actionSet.navigation", "org.eclipse.ui.edit.text.actionSet.presentation", //$NON-NLS-1$ //$NON-NLS-2$
            "org.eclipse.ui.edit.text.actionSet.convertLineDelimitersTo" }; //$NON-NLS-1$

    @Override
    public void postWindowOpen() {
        IWorkbenchWindow window = getWindowConfigurer().getWindow();
        hideProgrammerActionSets(window.getActivePage());
        // again whenever a perspective is opened or reset
        window.addPerspectiveListener(new PerspectiveAdapter() {
            @Override
            public void perspectiveActivated(IWorkbenchPage page, IPerspectiveDescriptor perspective) {
                hideProgrammerActionSets(page);
            }

            @Override
            public void perspectiveChanged(IWorkbenchPage page, IPerspectiveDescriptor perspective, String changeId) {
                if (IWorkbenchPage.CHANGE_RESET_COMPLETE.equals(changeId)) {
                    hideProgrammerActionSets(page);
                }
            }
        });
    }

    private static void hideProgrammerActionSets(IWorkbenchPage page) {
        if (page != null) {
            for (String id : PROGRAMMER_ACTION_SETS) {
                page.hideActionSet(id);
            }
        }
    }
}
