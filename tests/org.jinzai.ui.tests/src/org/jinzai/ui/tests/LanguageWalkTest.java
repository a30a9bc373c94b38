package org.jinzai.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.internal.dialogs.NewWizard;
import org.eclipse.ui.navigator.CommonNavigator;
import org.jinzai.model.Scenario;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.ui.JinzaiUi;
import org.jinzai.ui.internal.run.dialogs.ExperimentDialog;
import org.jinzai.ui.internal.run.dialogs.ExportDialog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A walk through everything a planner sees that the product does not fill with data: every menu and submenu, the
 * context menus of a baseline, a scenario, results and an experiment, every view of the perspective with its tab,
 * toolbar, headers and status line, the preferences with each page, the New wizards (every category opened), the
 * export and experiment dialogs, Show View and Open Perspective, About and each tab of its Installation Details.
 * Under Japanese (the build runs this class a second time with {@code -Dosgi.nl=ja}) every label must have a Japanese
 * character, apart from a short list of proper nouns (Excel, Word, CSV, Step1, FY…); under English no
 * label may have one. The walk opens each menu as the user does, so the words contributed when a menu shows are
 * walked too, and it counts what it saw so that it cannot pass by seeing nothing.
 */
class LanguageWalkTest {

    /** Words that stay as they are in Japanese: names of products, formats, the steps and abbreviations. */
    private static final Pattern PROPER_NOUNS = Pattern.compile(
            "\\b(Excel|Word|CSV|PDF|PNG|SVG|HTML|Step ?[0-3]|FY|OK|P10|P50|P90|DX|ICT|CIO|IT|ID|UTF-8|CP932|Ctrl|Shift|Alt|Esc|F\\d+|Enter|Tab)\\b");
    private static final boolean JAPANESE = Locale.getDefault().getLanguage().equals("ja");

    private static IProject walk;
    private final IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    private final IWorkbenchPage page = window.getActivePage();
    private final Display display = window.getShell().getDisplay();

    /** The labels seen, each with where it was seen; the wrong ones are reported all at once. */
    private final Set<String> seen = new LinkedHashSet<>();
    /** Each wrong label once, with the first place it was seen. */
    private final java.util.Map<String, String> wrong = new java.util.LinkedHashMap<>();

    static boolean japanese(String text) {
        return text.codePoints().anyMatch(c -> switch (Character.UnicodeScript.of(c)) {
            case HIRAGANA, KATAKANA, HAN -> true;
            default -> false;
        });
    }

    /** A label in the wrong language: under Japanese, Latin words other than proper nouns and no Japanese. */
    static boolean wrongLanguage(String text, boolean underJapanese) {
        if (underJapanese) {
            String rest = PROPER_NOUNS.matcher(text).replaceAll(""); //$NON-NLS-1$
            return !japanese(text) && rest.codePoints().filter(Character::isLetter).count() >= 2;
        }
        return japanese(text);
    }

    private void label(String where, String text) {
        if (text == null) {
            return;
        }
        int tab = text.indexOf('\t');
        String shown = (tab < 0 ? text : text.substring(0, tab)).replace("&", "").trim(); //$NON-NLS-1$ //$NON-NLS-2$
        if (shown.isEmpty() || resourceNames().contains(shown)) {
            return; // nothing, or the name of a project or folder (data, in a dialog's folder tree)
        }
        seen.add(shown);
        if (wrongLanguage(shown, JAPANESE)) {
            wrong.putIfAbsent(shown, where);
        }
    }

    private Set<String> resourceNames;

    /** The names of the workspace's projects and folders, as a dialog's folder tree shows them. */
    private Set<String> resourceNames() {
        if (resourceNames == null) {
            resourceNames = new java.util.HashSet<>();
            try {
                ResourcesPlugin.getWorkspace().getRoot().accept(resource -> {
                    if (resource instanceof org.eclipse.core.resources.IContainer) {
                        resourceNames.add(resource.getName());
                    }
                    return true;
                });
            } catch (CoreException e) {
                throw new IllegalStateException(e);
            }
        }
        return resourceNames;
    }

    /** A menu and its submenus, each shown as when the user opens it. */
    private void menu(String where, Menu menu) {
        menu.notifyListeners(SWT.Show, new Event());
        for (MenuItem item : menu.getItems()) {
            if ((item.getStyle() & SWT.SEPARATOR) != 0) {
                continue;
            }
            label(where, item.getText());
            if (item.getMenu() != null) {
                menu(where + " › " + item.getText().replace("&", ""), item.getMenu()); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        menu.notifyListeners(SWT.Hide, new Event());
    }

    /**
     * The words of a window or a part of one: labels, buttons, links, groups, tabs, column headers, tool tips of tool
     * bars, hints of text fields. Texts typed by the user, items of trees and tables (data) and editors' file names are
     * not labels; the items of {@code trees} are (a dialog's list of pages or wizards).
     */
    private void controls(String where, Control control, boolean trees) {
        if (!control.isVisible()) {
            return;
        }
        if (control instanceof Label c && (c.getStyle() & SWT.SEPARATOR) == 0) {
            label(where, c.getText());
        } else if (control instanceof CLabel c) {
            label(where, c.getText());
        } else if (control instanceof Button c) {
            label(where, c.getText());
            label(where, c.getToolTipText());
        } else if (control instanceof Link c) {
            label(where, c.getText().replaceAll("</?a[^>]*>", "")); //$NON-NLS-1$ //$NON-NLS-2$
        } else if (control instanceof Group c) {
            label(where, c.getText());
        } else if (control instanceof Text c) {
            label(where, c.getMessage());
        } else if (control instanceof Table c) {
            for (TableColumn column : c.getColumns()) {
                label(where, column.getText());
                label(where, column.getToolTipText());
            }
        } else if (control instanceof Tree c) {
            for (TreeColumn column : c.getColumns()) {
                label(where, column.getText());
                label(where, column.getToolTipText());
            }
            if (trees) {
                for (TreeItem item : c.getItems()) {
                    treeItem(where, item);
                }
            }
        } else if (control instanceof ToolBar c) {
            for (ToolItem item : c.getItems()) {
                label(where, item.getText());
                label(where, item.getToolTipText());
            }
        } else if (control instanceof CTabFolder c) {
            for (CTabItem item : c.getItems()) {
                if (!(item.getData() instanceof org.eclipse.e4.ui.model.application.ui.basic.MPart part && editor(part))) {
                    label(where, item.getText());
                }
            }
        } else if (control instanceof TabFolder c) {
            for (TabItem item : c.getItems()) {
                label(where, item.getText());
            }
        } else if (control instanceof Combo || control instanceof CCombo) {
            // the choices are the user's data or our own (checked where they are made)
            return;
        }
        if (control instanceof Composite composite && !(control instanceof Combo)) {
            for (Control child : composite.getChildren()) {
                controls(where, child, trees);
            }
        }
    }

    private static boolean editor(org.eclipse.e4.ui.model.application.ui.basic.MPart part) {
        return part.getTags().contains("Editor"); //$NON-NLS-1$
    }

    private void treeItem(String where, TreeItem item) {
        label(where, item.getText());
        // as a click on its arrow: a viewer makes the children of an item when the tree says it expands
        Event expand = new Event();
        expand.item = item;
        item.getParent().notifyListeners(SWT.Expand, expand);
        item.setExpanded(true);
        for (TreeItem child : item.getItems()) {
            treeItem(where, child);
        }
    }

    private void contextMenu(CommonNavigator explorer, String what, IResource... resources) {
        explorer.getCommonViewer().setSelection(new StructuredSelection(List.of(resources)), true);
        UiWait.until(() -> explorer.getCommonViewer().getStructuredSelection().size() == resources.length, what + " selected", 10_000);
        menu("context menu of " + what, explorer.getCommonViewer().getControl().getMenu()); //$NON-NLS-1$
    }

    private static IFile first(IProject project, String extension) throws CoreException {
        List<IFile> files = new ArrayList<>();
        project.accept(resource -> {
            if (resource instanceof IFile file && extension.equals(file.getFileExtension())) {
                files.add(file);
            }
            return true;
        });
        assertTrue(!files.isEmpty(), "a ." + extension + " in " + project.getName());
        return files.get(0);
    }

    @BeforeAll
    static void filesOfEveryKind() throws CoreException {
        // the build's second run asks for Japanese (jinzai.walk.lang): the workbench must then really be in Japanese
        String asked = System.getProperty("jinzai.walk.lang", "en"); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(org.eclipse.core.runtime.Platform.getNL().startsWith(asked) && JAPANESE == asked.equals("ja"), //$NON-NLS-1$
                "asked for " + asked + ", runs in " + org.eclipse.core.runtime.Platform.getNL() + " / " + Locale.getDefault());
        UiWait.examples();
        walk = ResourcesPlugin.getWorkspace().getRoot().getProject("language-walk"); //$NON-NLS-1$
        if (!walk.exists()) {
            walk.create(null);
        }
        walk.open(null);
        for (String name : new String[] { "walk.jzr", "walk.jzx" }) { //$NON-NLS-1$ //$NON-NLS-2$
            IFile file = walk.getFile(name);
            if (!file.exists()) {
                file.create(new ByteArrayInputStream(new byte[0]), true, null);
            }
        }
    }

    @AfterAll
    static void removeTheFiles() throws CoreException {
        if (walk != null) {
            walk.delete(true, new NullProgressMonitor());
        }
    }

    private void report(String what, int atLeast) {
        assertTrue(seen.size() >= atLeast, what + ": the walk saw only " + seen);
        assertTrue(wrong.isEmpty(), (JAPANESE ? "labels with no Japanese" : "Japanese labels under English") + " (" + wrong.size() + "):\n"
                + String.join("\n", wrong.entrySet().stream().map(e -> e.getValue() + ": " + e.getKey()).toList()));
    }

    @Test
    void menusAndContextMenus() throws Exception {
        for (MenuItem top : window.getShell().getMenuBar().getItems()) {
            label("menu bar", top.getText()); //$NON-NLS-1$
            if (top.getMenu() != null) {
                menu(top.getText().replace("&", ""), top.getMenu()); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        CommonNavigator explorer = (CommonNavigator) page.showView(JinzaiUi.PROJECT_EXPLORER_ID);
        IProject examples = UiWait.examples();
        IFile baseline = first(examples, "jzb"); //$NON-NLS-1$
        IFile scenario = first(examples, "jzs"); //$NON-NLS-1$
        explorer.getCommonViewer().expandToLevel(scenario, 0);
        explorer.getCommonViewer().expandToLevel(walk.getFile("walk.jzr"), 0); //$NON-NLS-1$
        contextMenu(explorer, "a baseline", baseline); //$NON-NLS-1$
        contextMenu(explorer, "a scenario", scenario); //$NON-NLS-1$
        contextMenu(explorer, "two scenarios", scenario, otherScenario(examples, scenario)); //$NON-NLS-1$
        contextMenu(explorer, "results", walk.getFile("walk.jzr")); //$NON-NLS-1$ //$NON-NLS-2$
        contextMenu(explorer, "an experiment", walk.getFile("walk.jzx")); //$NON-NLS-1$ //$NON-NLS-2$
        contextMenu(explorer, "a folder", scenario.getParent()); //$NON-NLS-1$
        contextMenu(explorer, "a project", examples); //$NON-NLS-1$
        report("menus", 60);
    }

    /**
     * The Edit menu after a change to the workspace made in the Project Explorer (a rename, a move, a new folder): the
     * platform's undo says 「元に戻す …」, not "Undo …".
     */
    @Test
    void theUndoOfAChangeToTheWorkspace() throws Exception {
        CommonNavigator explorer = (CommonNavigator) page.showView(JinzaiUi.PROJECT_EXPLORER_ID);
        page.activate(explorer);
        org.eclipse.core.resources.IFolder folder = walk.getFolder("undo-walk"); //$NON-NLS-1$
        String change = JAPANESE ? "フォルダーの作成" : "Create Folder"; //$NON-NLS-1$ //$NON-NLS-2$
        var history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
        history.execute(new org.eclipse.ui.ide.undo.CreateFolderOperation(folder, null, change), null,
                org.eclipse.ui.ide.undo.WorkspaceUndoUtil.getUIInfoAdapter(window.getShell()));
        try {
            // the Edit menu: the one whose items, once shown, include Undo (Ctrl+Z)
            Menu edit = java.util.Arrays.stream(window.getShell().getMenuBar().getItems()).map(MenuItem::getMenu)
                    .filter(menu -> menu != null && undoOf(menu) != null)
                    .findFirst().orElseThrow(() -> new AssertionError("the Edit menu")); //$NON-NLS-1$
            String[] undo = new String[1];
            UiWait.until(() -> {
                MenuItem item = undoOf(edit);
                undo[0] = item == null ? null : item.getText();
                return undo[0] != null && undo[0].contains(change);
            }, "the undo of the new folder in the Edit menu", 10_000); //$NON-NLS-1$
            // the words around the change's own name (ours, in the user's language) are the platform's
            label("Edit menu after a new folder", undo[0].replace(change, "")); //$NON-NLS-1$ //$NON-NLS-2$
            menu("Edit menu after a new folder", edit); //$NON-NLS-1$
            report("undo", 3); //$NON-NLS-1$
        } finally {
            folder.delete(true, null);
        }
    }

    /** The Undo item of a menu (Ctrl+Z), as the menu shows it, or null. */
    private static MenuItem undoOf(Menu menu) {
        menu.notifyListeners(SWT.Show, new Event());
        try {
            return java.util.Arrays.stream(menu.getItems()).filter(item -> item.getAccelerator() == (SWT.MOD1 | 'Z')
                    || item.getText().endsWith("\tCtrl+Z")).findFirst().orElse(null); //$NON-NLS-1$
        } finally {
            menu.notifyListeners(SWT.Hide, new Event());
        }
    }

    private static IFile otherScenario(IProject examples, IFile scenario) throws CoreException {
        List<IFile> files = new ArrayList<>();
        scenario.getParent().accept(resource -> {
            if (resource instanceof IFile file && "jzs".equals(file.getFileExtension()) && !file.equals(scenario)) { //$NON-NLS-1$
                files.add(file);
            }
            return true;
        });
        return files.get(0);
    }

    @Test
    void viewsOfThePerspectiveAndTheStatusLine() throws Exception {
        // what earlier tests ran (their jobs' names are data, some Japanese on purpose) is not a label of the views
        org.eclipse.ui.internal.progress.FinishedJobs.getInstance().clearAll();
        while (display.readAndDispatch()) {
            // the progress view and the status line forget them
        }
        CommonNavigator explorer = (CommonNavigator) page.showView(JinzaiUi.PROJECT_EXPLORER_ID);
        IProject examples = UiWait.examples();
        IFile scenario = first(examples, "jzs"); //$NON-NLS-1$
        explorer.getCommonViewer().expandToLevel(scenario, 0);
        explorer.getCommonViewer().setSelection(new StructuredSelection(List.of(scenario, otherScenario(examples, scenario))), true);
        // editors left open by earlier tests show data (names, Japanese even under English), not labels
        page.closeAllEditors(false);
        for (IViewReference reference : page.getViewReferences()) {
            page.showView(reference.getId(), reference.getSecondaryId(), IWorkbenchPage.VIEW_ACTIVATE);
            UiWait.until(() -> reference.getView(false) != null, reference.getId() + " shown", 20_000);
            label("view", reference.getPartName()); //$NON-NLS-1$
            label(reference.getPartName(), reference.getContentDescription());
            label(reference.getPartName(), reference.getTitleToolTip());
            controls(reference.getPartName(), window.getShell(), false);
            viewMenu(reference);
        }
        page.activate(explorer);
        controls("status line", window.getShell(), false); //$NON-NLS-1$
        report("views", 30);
    }

    /**
     * The view menu of a view (the ⋮ of its tab), made as the workbench makes it when it is clicked, and shown as the
     * user would (the walk does not pop it up on the screen).
     */
    private void viewMenu(IViewReference reference) {
        var part = reference.getView(false).getSite().getService(org.eclipse.e4.ui.model.application.ui.basic.MPart.class);
        for (var menu : part.getMenus()) {
            if (!menu.getTags().contains("ViewMenu")) { //$NON-NLS-1$
                continue;
            }
            if (menu.getWidget() == null) {
                part.getContext().get(org.eclipse.e4.ui.workbench.IPresentationEngine.class).createGui(menu, window.getShell(), part.getContext());
            }
            if (menu.getWidget() instanceof Menu swt) {
                menu(reference.getPartName() + " › view menu", swt); //$NON-NLS-1$
            }
        }
    }

    /** Opens a dialog without blocking, walks it (after {@code before}), closes it. */
    private void dialog(String where, Window dialog, Runnable before) {
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            UiWait.until(() -> dialog.getShell() != null && dialog.getShell().isVisible(), where + " open", 20_000);
            if (before != null) {
                before.run();
            }
            label(where, dialog.getShell().getText());
            controls(where, dialog.getShell(), true);
            // what the dialog's pages left to do runs before they are disposed
            while (display.readAndDispatch()) {
                // dispatch
            }
        } finally {
            dialog.close();
        }
    }

    @Test
    void preferencesWithEveryPage() {
        PreferenceDialog preferences = PreferencesUtil.createPreferenceDialogOn(window.getShell(), null, null, null);
        dialog("preferences", preferences, () -> everyPage("preferences", preferences)); //$NON-NLS-1$ //$NON-NLS-2$
        report("preferences", 15);
    }

    /** Each page of a preference or property dialog, selected as the user selects it, and its words. */
    private void everyPage(String where, PreferenceDialog dialog) {
        dialog.getTreeViewer().expandAll();
        Tree tree = dialog.getTreeViewer().getTree();
        List<TreeItem> items = new ArrayList<>();
        collect(tree.getItems(), items);
        for (TreeItem item : items) {
            dialog.getTreeViewer().setSelection(new StructuredSelection(item.getData()), true);
            while (display.readAndDispatch()) {
                // the page shown
            }
            controls(where + " › " + item.getText(), dialog.getShell(), true); //$NON-NLS-1$
        }
    }

    private static void collect(TreeItem[] items, List<TreeItem> out) {
        for (TreeItem item : items) {
            out.add(item);
            item.setExpanded(true);
            collect(item.getItems(), out);
        }
    }

    @Test
    void newWizardsAndOurDialogs() throws Exception {
        NewWizard wizard = new NewWizard();
        wizard.setCategoryId(null);
        wizard.setDialogSettings(new org.eclipse.jface.dialogs.DialogSettings("walk")); //$NON-NLS-1$
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        dialog("New wizard", new WizardDialog(window.getShell(), wizard), null); //$NON-NLS-1$
        IProject examples = UiWait.examples();
        IFile scenarioFile = first(examples, "jzs"); //$NON-NLS-1$
        dialog("export dialog", new ExportDialog(window.getShell(), scenarioFile), null); //$NON-NLS-1$
        Scenario scenario = (Scenario) JinzaiResources.load(scenarioFile.getLocation().toFile().toPath()).getContents().get(0);
        for (ExperimentDialog.Kind kind : ExperimentDialog.Kind.values()) {
            dialog("experiment dialog " + kind, new ExperimentDialog(window.getShell(), kind, scenario, 100), null); //$NON-NLS-1$
        }
        // the New wizards a planner meets: ours, and the platform's project, folder and file
        for (org.eclipse.ui.INewWizard each : new org.eclipse.ui.INewWizard[] { new org.jinzai.ui.internal.wizards.NewBaselineWizard(),
                new org.eclipse.ui.wizards.newresource.BasicNewProjectResourceWizard(), new org.eclipse.ui.wizards.newresource.BasicNewFolderResourceWizard(),
                new org.eclipse.ui.wizards.newresource.BasicNewFileResourceWizard() }) {
            each.init(PlatformUI.getWorkbench(), new StructuredSelection(examples));
            dialog("New wizard " + each.getClass().getSimpleName(), new WizardDialog(window.getShell(), each), null); //$NON-NLS-1$
        }
        // File ▸ Properties of a scenario and of the examples project, each page
        dialog("properties of a scenario", org.eclipse.ui.internal.dialogs.PropertyDialog.createDialogOn(window.getShell(), null, scenarioFile), null); //$NON-NLS-1$
        PreferenceDialog project = org.eclipse.ui.internal.dialogs.PropertyDialog.createDialogOn(window.getShell(), null, examples);
        dialog("properties of a project", project, () -> everyPage("properties of a project", project)); //$NON-NLS-1$ //$NON-NLS-2$
        // Open With ▸ Other…
        dialog("open with", new org.eclipse.ui.dialogs.EditorSelectionDialog(window.getShell()), null); //$NON-NLS-1$
        Dialog about = new org.eclipse.ui.internal.dialogs.AboutDialog(window.getShell());
        dialog("about", about, null); //$NON-NLS-1$
        // Help ▸ About ▸ Installation Details, each of its tabs
        dialog("installation details", new org.eclipse.ui.internal.about.InstallationDialog(window.getShell(), window), //$NON-NLS-1$
                () -> everyTab("installation details")); //$NON-NLS-1$
        // Window ▸ Show View ▸ Other… and Window ▸ Open Perspective ▸ Other…
        var model = window.getService(org.eclipse.e4.ui.model.application.ui.basic.MWindow.class);
        dialog("show view", new org.eclipse.ui.internal.dialogs.ShowViewDialog(window.getShell(), //$NON-NLS-1$
                PlatformUI.getWorkbench().getService(org.eclipse.e4.ui.model.application.MApplication.class), model,
                window.getService(org.eclipse.e4.ui.workbench.modeling.EModelService.class),
                window.getService(org.eclipse.e4.ui.workbench.modeling.EPartService.class), model.getContext()), null);
        dialog("open perspective", new org.eclipse.ui.internal.dialogs.SelectPerspectiveDialog(window.getShell(), //$NON-NLS-1$
                PlatformUI.getWorkbench().getPerspectiveRegistry()), () -> tableItems("open perspective", display.getActiveShell())); //$NON-NLS-1$
        // the Problems view's Filters… and Columns… (its toolbar and view menu), the Project Explorer's Filters and
        // Customization… (its toolbar)
        page.showView(org.eclipse.ui.IPageLayout.ID_PROBLEM_VIEW);
        var handlers = window.getService(org.eclipse.ui.handlers.IHandlerService.class);
        for (String command : List.of("org.eclipse.ui.ide.configureFilters", "org.eclipse.ui.ide.configureColumns")) { //$NON-NLS-1$ //$NON-NLS-2$
            walkWhatOpens("Problems › " + command, () -> execute(handlers, command)); //$NON-NLS-1$
        }
        CommonNavigator explorer = (CommonNavigator) page.showView(JinzaiUi.PROJECT_EXPLORER_ID);
        var bars = explorer.getViewSite().getActionBars();
        List<org.eclipse.jface.action.IContributionItem> items = new ArrayList<>(List.of(bars.getToolBarManager().getItems()));
        items.addAll(List.of(bars.getMenuManager().getItems()));
        org.eclipse.jface.action.IAction filters = items.stream()
                .filter(org.eclipse.jface.action.ActionContributionItem.class::isInstance)
                .map(item -> ((org.eclipse.jface.action.ActionContributionItem) item).getAction())
                .filter(action -> String.valueOf(action.getText()).contains(JAPANESE ? "フィルター" : "Filter")) //$NON-NLS-1$ //$NON-NLS-2$
                .findFirst().orElseThrow(() -> new AssertionError("the Project Explorer's filters: " + items)); //$NON-NLS-1$
        walkWhatOpens("Project Explorer › " + filters.getText(), filters::run); //$NON-NLS-1$
        report("dialogs", 30);
    }

    private static void execute(org.eclipse.ui.handlers.IHandlerService handlers, String command) {
        try {
            handlers.executeCommand(command, null);
        } catch (org.eclipse.core.commands.ExecutionException | org.eclipse.core.commands.common.NotDefinedException
                | org.eclipse.core.commands.NotEnabledException | org.eclipse.core.commands.NotHandledException e) {
            throw new AssertionError(command, e);
        }
    }

    /**
     * Does what opens a modal dialog (a command, a button) and walks the dialog while it is open, then closes it: the
     * walk runs from the dialog's own event loop, polled until the dialog's window shows.
     */
    private void walkWhatOpens(String where, Runnable open) {
        Shell main = window.getShell();
        boolean[] walked = { false };
        Runnable[] walker = new Runnable[1];
        walker[0] = () -> {
            Shell dialog = java.util.Arrays.stream(display.getShells()).filter(s -> s != main && s.isVisible() && s.getParent() == main)
                    .findFirst().orElse(null);
            if (dialog == null) {
                display.timerExec(20, walker[0]);
                return;
            }
            label(where, dialog.getText());
            controls(where, dialog, true);
            walked[0] = true;
            dialog.close();
        };
        display.timerExec(20, walker[0]);
        try {
            open.run();
        } finally {
            display.timerExec(-1, walker[0]);
        }
        assertTrue(walked[0], where + " opened a dialog");
    }

    /** Each tab of the dialog that is open, selected as the user selects it, and its words. */
    private void everyTab(String where) {
        Shell shell = display.getActiveShell();
        List<CTabFolder> folders = new ArrayList<>();
        find(shell, CTabFolder.class, folders);
        assertTrue(!folders.isEmpty(), where + " has tabs");
        for (CTabFolder folder : folders) {
            for (CTabItem item : folder.getItems()) {
                folder.setSelection(item);
                Event selected = new Event();
                selected.item = item;
                folder.notifyListeners(SWT.Selection, selected);
                while (display.readAndDispatch()) {
                    // the tab's page made
                }
                controls(where + " › " + item.getText(), shell, true);
            }
        }
    }

    /** The rows of the tables of a dialog whose rows are the product's words (a list of perspectives). */
    private void tableItems(String where, Control control) {
        List<Table> tables = new ArrayList<>();
        find(control, Table.class, tables);
        for (Table table : tables) {
            for (TableItem item : table.getItems()) {
                label(where, item.getText());
            }
        }
    }

    private static <T> void find(Control control, Class<T> kind, List<T> out) {
        if (kind.isInstance(control)) {
            out.add(kind.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                find(child, kind, out);
            }
        }
    }
}
