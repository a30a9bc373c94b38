package org.jinzai.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.jinzai.ui.JinzaiUi;
import org.junit.jupiter.api.Test;

/**
 * What a programmer's IDE offers and an HR planner does not need is not in the menus: no Team, Compare With, Replace
 * With in the context menu of a scenario; no line delimiters, opening projects or loose files from the file system, key
 * bindings pop-up in the main menus. The walk opens every menu and submenu as the user would (so that contributions
 * made when a menu shows are there), and finds the planner's own commands, so that it would see the others if they were
 * there.
 */
class ProgrammerToolsHiddenTest {

    private static final List<String> PROGRAMMER_TOOLS = List.of("Team", "Compare With", "Replace With", "Convert Line Delimiters To",
            "Open Projects from File System...", "Show Active Keybindings...", "Open File...", "Import...", "Export...", "Import", "Export");

    private final IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();

    /** The labels of a menu and its submenus, each shown as when the user opens it; mnemonics and accelerators removed. */
    private static void labels(Menu menu, List<String> out) {
        menu.notifyListeners(SWT.Show, new Event());
        for (MenuItem item : menu.getItems()) {
            String text = item.getText();
            int tab = text.indexOf('\t');
            out.add((tab < 0 ? text : text.substring(0, tab)).replace("&", "").replaceAll("\\([A-Z]\\)$", "").trim());
            if (item.getMenu() != null) {
                labels(item.getMenu(), out);
            }
        }
        menu.notifyListeners(SWT.Hide, new Event());
    }

    @Test
    void theMainMenusHaveNoProgrammerTools() {
        List<String> labels = new ArrayList<>();
        for (MenuItem top : window.getShell().getMenuBar().getItems()) {
            labels.add(top.getText());
            if (top.getMenu() != null) {
                labels(top.getMenu(), labels);
            }
        }
        assertTrue(labels.size() > 20, "the walk sees the menus: " + labels);
        for (String tool : PROGRAMMER_TOOLS) {
            assertFalse(labels.contains(tool), tool + " in " + labels);
        }
    }

    @Test
    void theContextMenuOfAScenarioHasNoVersionControl() throws Exception {
        IWorkbenchPage page = window.getActivePage();
        CommonNavigator explorer = (CommonNavigator) page.showView(JinzaiUi.PROJECT_EXPLORER_ID);
        IFile scenario = UiWait.examples().getFile("town/status-quo.jzs");
        IFile other = UiWait.examples().getFile("town/ict-hiring.jzs");
        explorer.getCommonViewer().expandToLevel(scenario, 0);
        // two scenarios, so that the planner's Compare Scenarios is offered
        explorer.getCommonViewer().setSelection(new StructuredSelection(List.of(scenario, other)), true);
        UiWait.until(() -> explorer.getCommonViewer().getStructuredSelection().getFirstElement() != null, "the scenario selected", 10_000);
        List<String> labels = new ArrayList<>();
        labels(explorer.getCommonViewer().getControl().getMenu(), labels);
        String compare = org.eclipse.core.runtime.Platform.getResourceBundle(org.eclipse.core.runtime.Platform.getBundle("org.jinzai.ui"))
                .getString("command.compare.name");
        assertTrue(labels.contains(compare), "the planner's own commands are there: " + labels);
        for (String tool : PROGRAMMER_TOOLS) {
            assertFalse(labels.contains(tool), tool + " in " + labels);
        }
    }

    /**
     * The platform's Welcome view (an intro this product does not have: it failed when opened from Show View), the text
     * editor's Minimap and its Untitled Text File wizard are hidden by the activity that is never enabled; the
     * product's own views are not.
     */
    @Test
    void theWelcomeViewTheMinimapAndUntitledTextFilesAreHidden() {
        var activities = PlatformUI.getWorkbench().getActivitySupport().getActivityManager();
        for (String hidden : List.of("org.eclipse.ui/org.eclipse.ui.internal.introview", //$NON-NLS-1$
                "org.eclipse.ui.workbench.texteditor/org.eclipse.ui.views.minimap.MinimapView", //$NON-NLS-1$
                "org.eclipse.ui.editors/org.eclipse.ui.editors.wizards.UntitledTextFileWizard", //$NON-NLS-1$
                "org.eclipse.ui.ide/org.eclipse.ui.wizards.import.FileSystem", "org.eclipse.ui.ide/org.eclipse.ui.wizards.export.ZipFile", //$NON-NLS-1$ //$NON-NLS-2$
                "org.eclipse.ui.ide/org.eclipse.ui.wizards.import.ExternalProject", //$NON-NLS-1$
                "org.eclipse.ui.navigator.resources/org.eclipse.ui.navigator.resources.PortingActions", //$NON-NLS-1$
                "org.eclipse.ui.ide/org.eclipse.ui.internal.ide.dialogs.WelcomeEditor", //$NON-NLS-1$
                "org.eclipse.ui.ide/org.eclipse.ui.propertypages.project.linkedResourcesPage", //$NON-NLS-1$
                "org.eclipse.ui.ide/org.eclipse.ui.propertypages.resource.filters")) { //$NON-NLS-1$
            assertFalse(activities.getIdentifier(hidden).isEnabled(), hidden);
        }
        assertTrue(activities.getIdentifier("org.jinzai.ui/org.jinzai.ui.guideView").isEnabled(), "the user guide's view is shown"); //$NON-NLS-1$
        assertTrue(activities.getIdentifier("org.eclipse.ui.ide/org.eclipse.ui.views.ProblemView").isEnabled(), "the Problems view is shown"); //$NON-NLS-1$
        assertTrue(activities.getIdentifier("org.eclipse.ui.ide/org.eclipse.ui.propertypages.info.file").isEnabled(), "a file's properties are shown"); //$NON-NLS-1$
    }
}
