package org.jinzai.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.internal.WorkbenchWindow;
import org.eclipse.ui.progress.IProgressConstants;
import org.jinzai.ui.JinzaiUi;
import org.jinzai.ui.internal.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Starts the real Jinzai Workbench (UI harness) and checks what a user sees first. */
@SuppressWarnings("restriction")
class WorkbenchStartupTest {

    private IWorkbenchWindow window;

    @BeforeEach
    void activeWindow() {
        assertTrue(PlatformUI.isWorkbenchRunning(), "the workbench is running");
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "a workbench window is open");
    }

    @Test
    void opensInTheTalentPlanningPerspective() {
        IWorkbenchPage page = window.getActivePage();
        assertNotNull(page.getPerspective(), "a perspective is open");
        assertEquals(JinzaiUi.PERSPECTIVE_ID, page.getPerspective().getId());
        String title = window.getShell().getText();
        assertTrue(title.endsWith(Messages.Window_title), "window title: " + title);
    }

    @Test
    void perspectiveShowsTheStandardViews() {
        IWorkbenchPage page = window.getActivePage();
        for (String id : List.of(JinzaiUi.PROJECT_EXPLORER_ID, IPageLayout.ID_PROBLEM_VIEW, IPageLayout.ID_PROP_SHEET,
                org.jinzai.ui.internal.preview.PreviewView.ID, IProgressConstants.PROGRESS_VIEW_ID)) {
            assertNotNull(page.findViewReference(id), "view in the perspective: " + id);
        }
    }

    @Test
    void projectExplorerShowsTheWorkspace() throws Exception {
        IWorkbenchPage page = window.getActivePage();
        assertNotNull(page.showView(JinzaiUi.PROJECT_EXPLORER_ID), "Project Explorer opens");
        assertEquals(ResourcesPlugin.getWorkspace().getRoot(), page.getInput());
    }

    @Test
    void menuBarHasFileEditWindowHelpInThatOrder() {
        Menu bar = window.getShell().getMenuBar();
        assertNotNull(bar, "the window has a menu bar");
        List<String> labels = new ArrayList<>();
        for (MenuItem item : bar.getItems()) {
            labels.add(item.getText());
        }
        List<String> expected = List.of(Messages.Menu_file, Messages.Menu_edit, Messages.Menu_window, Messages.Menu_help);
        assertEquals(expected, labels.stream().filter(expected::contains).toList(), "menus in " + labels);
    }

    @Test
    void editMenuHasUndoAndRedoAndHelpMenuHasAbout() {
        IMenuManager menuBar = ((WorkbenchWindow) window).getActionBars().getMenuManager();
        assertContains(menuBar.findMenuUsingPath("edit"), ActionFactory.UNDO, ActionFactory.REDO, ActionFactory.CUT,
                ActionFactory.COPY, ActionFactory.PASTE, ActionFactory.DELETE);
        assertContains(menuBar.findMenuUsingPath("file"), ActionFactory.SAVE, ActionFactory.SAVE_ALL, ActionFactory.QUIT);
        assertContains(menuBar.findMenuUsingPath("window"), ActionFactory.PREFERENCES, ActionFactory.RESET_PERSPECTIVE);
        assertContains(menuBar.findMenuUsingPath("help"), ActionFactory.ABOUT);
    }

    private static void assertContains(IMenuManager menu, ActionFactory... actions) {
        assertNotNull(menu);
        List<String> ids = Arrays.stream(menu.getItems()).map(IContributionItem::getId).toList();
        for (ActionFactory action : actions) {
            assertTrue(ids.contains(action.getId()), action.getId() + " in menu " + menu.getId() + ": " + ids);
        }
    }
}
