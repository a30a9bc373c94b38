package org.jinzai.ui.internal;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartConstants;
import org.eclipse.ui.IWorkbenchPartReference;
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
        showTheActiveEditorInTheTitle(window);
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

    /**
     * The window's title names the file being edited and whether it has unsaved changes, as a desktop program's does:
     * 「*現状維持.jzs - 人材ワークベンチ」; the product's name alone when no editor is open.
     */
    private void showTheActiveEditorInTheTitle(IWorkbenchWindow window) {
        IPropertyListener dirtyOrRenamed = (source, property) -> {
            if (property == IEditorPart.PROP_DIRTY || property == IWorkbenchPartConstants.PROP_TITLE) {
                updateTitle(window);
            }
        };
        window.getPartService().addPartListener(new IPartListener2() {
            @Override
            public void partOpened(IWorkbenchPartReference reference) {
                if (reference instanceof IEditorReference) {
                    reference.addPropertyListener(dirtyOrRenamed);
                }
                updateTitle(window);
            }

            @Override
            public void partClosed(IWorkbenchPartReference reference) {
                reference.removePropertyListener(dirtyOrRenamed);
                updateTitle(window);
            }

            @Override
            public void partActivated(IWorkbenchPartReference reference) {
                updateTitle(window);
            }

            @Override
            public void partBroughtToTop(IWorkbenchPartReference reference) {
                updateTitle(window);
            }

            @Override
            public void partInputChanged(IWorkbenchPartReference reference) {
                updateTitle(window);
            }
        });
        // editors restored from the last session were opened before the listener
        IWorkbenchPage page = window.getActivePage();
        if (page != null) {
            for (IEditorReference editor : page.getEditorReferences()) {
                editor.addPropertyListener(dirtyOrRenamed);
            }
        }
        updateTitle(window);
    }

    private void updateTitle(IWorkbenchWindow window) {
        IWorkbenchPage page = window.getActivePage();
        IEditorPart editor = page == null ? null : page.getActiveEditor();
        String title = editor == null ? Messages.Window_title
                : NLS.bind(Messages.Window_titleWithEditor, (editor.isDirty() ? "*" : "") + editor.getTitle(), Messages.Window_title); //$NON-NLS-1$ //$NON-NLS-2$
        if (!title.equals(getWindowConfigurer().getTitle())) {
            getWindowConfigurer().setTitle(title);
        }
    }

    private static void hideProgrammerActionSets(IWorkbenchPage page) {
        if (page != null) {
            for (String id : PROGRAMMER_ACTION_SETS) {
                page.hideActionSet(id);
            }
        }
    }
}
