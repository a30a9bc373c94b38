package org.jinzai.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Path;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.jinzai.model.Scenario;
import org.jinzai.model.editor.internal.ModelEditor;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.model.validation.JinzaiValidator;
import org.jinzai.ui.JinzaiUi;
import org.jinzai.ui.internal.ExampleNames;
import org.jinzai.ui.internal.ExampleProjects;
import org.jinzai.ui.internal.Messages;
import org.jinzai.ui.internal.prefs.RunPreferences;
import org.jinzai.ui.internal.run.dialogs.ExportDialog;
import org.jinzai.ui.internal.run.editors.ComparisonEditor;
import org.jinzai.ui.internal.run.editors.ResultsEditor;
import org.jinzai.ui.internal.run.handlers.CompareScenariosHandler;
import org.jinzai.ui.internal.run.handlers.RunScenarioHandler;
import org.jinzai.ui.internal.run.jobs.CompareJob;
import org.jinzai.ui.internal.run.jobs.ScenarioRunJob;
import org.jinzai.ui.internal.start.StartPage;
import org.jinzai.ui.internal.wizards.NewBaselineWizard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/**
 * The start page (はじめに): shown at the first start of a workspace and from the Help menu; each of its links does what
 * it says on the example town (the baseline editor, the scenario editor, a run with its results, the export dialog, the
 * New baseline wizard, a comparison); a missing example is offered back. The examples under Japanese names load,
 * validate, refer to each other and run; under English they are named exactly as in the repository.
 */
class StartPageTest {

    private final IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    private final IWorkbenchPage page = window.getActivePage();
    private final Display display = window.getShell().getDisplay();

    @BeforeEach
    void fewReplications() {
        RunPreferences.store().setValue(RunPreferences.REPLICATIONS, 50);
    }

    @AfterEach
    void cleanUp() {
        RunPreferences.store().setToDefault(RunPreferences.REPLICATIONS);
        page.closeAllEditors(false);
    }

    private StartPage openStartPage() {
        page.closeAllEditors(false);
        StartPage start = assertInstanceOf(StartPage.class, StartPage.open(page));
        UiWait.until(() -> page.getActiveEditor() == start, "the start page active", 20_000);
        return start;
    }

    /** Activates a link as the keyboard does (Enter on the focused link). */
    private static void activate(StartPage start, StartPage.Link which) {
        var link = start.link(which);
        assertNotNull(link, which.name());
        assertFalse(link.getText().isBlank(), which.name());
        Event enter = new Event();
        enter.character = '\r';
        enter.keyCode = SWT.CR;
        link.notifyListeners(SWT.KeyDown, enter);
    }

    private static boolean noRuns() {
        return Job.getJobManager().find(ScenarioRunJob.FAMILY).length == 0;
    }

    private AtomicReference<Shell> onNextDialog(Predicate<Object> which, java.util.function.Consumer<Shell> handle) {
        return UiWait.onNextDialog(display, which, handle);
    }

    /** The texts of the labels and text fields of a window, one a line. */
    private static String texts(Control control) {
        StringBuilder out = new StringBuilder();
        if (control instanceof org.eclipse.swt.widgets.Label label) {
            out.append(label.getText()).append('\n');
        } else if (control instanceof org.eclipse.swt.widgets.Text text) {
            out.append(text.getText()).append('\n');
        } else if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                out.append(texts(child));
            }
        }
        return out.toString();
    }

    private static Button button(Control control, String text) {
        if (control instanceof Button button && text.equals(button.getText())) {
            return button;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Button found = button(child, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Test
    void shownAtTheFirstStartOfAWorkspaceAndFromTheHelpMenu() {
        var preferences = InstanceScope.INSTANCE.getNode(JinzaiUi.PLUGIN_ID);
        assertTrue(preferences.getBoolean(StartPage.SHOWN_PREFERENCE, false), "shown at the start of this (new) workspace");
        // a workspace that has never shown it gets it at its first start, and only then
        page.closeAllEditors(false);
        preferences.putBoolean(StartPage.SHOWN_PREFERENCE, false);
        assertTrue(StartPage.openOnFirstStart(window));
        assertInstanceOf(StartPage.class, page.getActiveEditor());
        assertEquals(Messages.Start_tab, page.getActiveEditor().getTitle());
        page.closeAllEditors(false);
        assertFalse(StartPage.openOnFirstStart(window), "not again at the next start");
        assertEquals(0, page.getEditorReferences().length);

        // ヘルプ ▸ はじめに (Help ▸ Getting Started), clicked as a user would
        MenuItem help = null;
        for (MenuItem item : window.getShell().getMenuBar().getItems()) {
            if (item.getText().equals(Messages.Menu_help)) {
                help = item;
            }
        }
        assertNotNull(help, "the Help menu");
        Menu menu = help.getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        MenuItem gettingStarted = null;
        List<String> labels = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            String label = item.getText().replace("&", "").replaceAll("\t.*", "");
            labels.add(label);
            if (label.equals("Getting Started")) {
                gettingStarted = item;
            }
        }
        assertNotNull(gettingStarted, "Getting Started in the Help menu: " + labels);
        gettingStarted.notifyListeners(SWT.Selection, new Event());
        menu.notifyListeners(SWT.Hide, new Event());
        UiWait.until(() -> page.getActiveEditor() instanceof StartPage, "the start page from the Help menu", 20_000);
        // again: the one page comes to the front, no second one
        gettingStarted.notifyListeners(SWT.Selection, new Event());
        assertEquals(1, page.getEditorReferences().length);
    }

    @Test
    void theStepsAndTheirLinksAreThereInEnglishWithoutJapanese() {
        StartPage start = openStartPage();
        Composite body = start.link(StartPage.Link.OPEN_BASELINE).getParent();
        while (!(body.getParent() instanceof org.eclipse.ui.forms.widgets.Form)) {
            body = body.getParent();
        }
        String texts = UiWait.labelTexts(body);
        for (String text : List.of(Messages.Start_lead, Messages.Start_step1Text, Messages.Start_step2Text, Messages.Start_step3Text,
                Messages.Start_step4Text, Messages.Start_reopen)) {
            assertTrue(texts.contains(text), text + " in " + texts);
        }
        List<String> titles = new ArrayList<>();
        collectSectionTitles(body, titles);
        assertEquals(List.of(Messages.Start_step1Title, Messages.Start_step2Title, Messages.Start_step3Title, Messages.Start_step4Title),
                titles, "the four steps in their order");
        StringBuilder all = new StringBuilder(texts).append(titles);
        for (StartPage.Link link : StartPage.Link.values()) {
            assertTrue(start.link(link).isVisible(), link.name());
            all.append(start.link(link).getText()).append(start.link(link).getToolTipText());
        }
        assertEquals("jinzai-examples/town/yamanami-cho.jzb", start.link(StartPage.Link.OPEN_BASELINE).getToolTipText());
        assertFalse(all.toString().matches("(?s).*[\\u3040-\\u30ff\\u4e00-\\u9fff].*"), "no Japanese under English: " + all);
    }

    private static void collectSectionTitles(Control control, List<String> titles) {
        if (control instanceof org.eclipse.ui.forms.widgets.Section section) {
            titles.add(section.getText());
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collectSectionTitles(child, titles);
            }
        }
    }

    @Test
    void theBaselineAndScenarioLinksOpenTheirEditors() {
        UiWait.examples();
        StartPage start = openStartPage();
        activate(start, StartPage.Link.OPEN_BASELINE);
        UiWait.until(() -> page.getActiveEditor() instanceof ModelEditor editor && !editor.pageTitles().isEmpty(),
                "the baseline editor", 30_000);
        assertEquals("yamanami-cho.jzb", ((IFileEditorInput) page.getActiveEditor().getEditorInput()).getFile().getName());

        page.activate(start);
        activate(start, StartPage.Link.OPEN_SCENARIO);
        UiWait.until(() -> page.getActiveEditor() instanceof ModelEditor editor && !editor.pageTitles().isEmpty()
                && ((IFileEditorInput) editor.getEditorInput()).getFile().getName().equals("status-quo.jzs"),
                "the scenario editor", 30_000);
        assertEquals(UiWait.examples().getFile("town/status-quo.jzs"),
                ((IFileEditorInput) page.getActiveEditor().getEditorInput()).getFile());
    }

    @Test
    void theRunLinkRunsTheStatusQuoAndOpensItsResults() throws Exception {
        IFile scenario = UiWait.examples().getFile("town/status-quo.jzs");
        IFile results = ScenarioRunJob.resultsFileOf(scenario);
        if (results.exists()) {
            results.delete(true, null);
        }
        UiWait.until(StartPageTest::noRuns, "no run before", 120_000);
        StartPage start = openStartPage();
        activate(start, StartPage.Link.RUN);
        UiWait.until(() -> noRuns() && page.getActiveEditor() instanceof ResultsEditor, "the run and its results", 120_000);
        assertTrue(results.exists(), "results saved beside the scenario: " + results);
        assertEquals(results, ((IFileEditorInput) page.getActiveEditor().getEditorInput()).getFile());
    }

    @Test
    void theExportLinkAsksWhatToExport() {
        UiWait.examples();
        StartPage start = openStartPage();
        AtomicReference<String> message = new AtomicReference<>();
        // closed as with the window's close button: Cancel, nothing is exported
        AtomicReference<Shell> dialog = onNextDialog(data -> data instanceof ExportDialog, shell -> {
            message.set(shell.getText() + "\n" + texts(shell));
            shell.close();
        });
        activate(start, StartPage.Link.EXPORT);
        UiWait.until(() -> dialog.get() != null, "the export dialog", 30_000);
        assertTrue(message.get().contains("status-quo.jzs"), "the dialog is about the town's status quo: " + message.get());
        assertTrue(noRuns(), "cancelled: nothing exported");
    }

    @Test
    void theNewBaselineLinkOpensTheWizard() {
        StartPage start = openStartPage();
        AtomicReference<Object> wizard = new AtomicReference<>();
        AtomicReference<Shell> dialog = onNextDialog(data -> data instanceof WizardDialog, shell -> {
            wizard.set(((WizardDialog) shell.getData()).getCurrentPage().getWizard());
            shell.close();
        });
        activate(start, StartPage.Link.NEW_BASELINE);
        UiWait.until(() -> dialog.get() != null, "the New baseline wizard", 30_000);
        assertInstanceOf(NewBaselineWizard.class, wizard.get());
    }

    @Test
    void theCompareLinkComparesTheStatusQuoWithIctHiring() {
        UiWait.examples();
        UiWait.until(StartPageTest::noRuns, "no run before", 120_000);
        StartPage start = openStartPage();
        activate(start, StartPage.Link.COMPARE);
        UiWait.until(() -> noRuns() && page.getActiveEditor() instanceof ComparisonEditor, "the comparison", 120_000);
        ComparisonEditor editor = (ComparisonEditor) page.getActiveEditor();
        assertEquals(List.of("現状維持", "ICT職採用・外部人材活用"), editor.outcome().names());
    }

    @Test
    void aMissingExampleIsSaidAndOfferedBack() throws Exception {
        IFile scenario = UiWait.examples().getFile("town/status-quo.jzs");
        byte[] original;
        try (InputStream in = scenario.getContents()) {
            original = in.readAllBytes();
        }
        try {
            scenario.delete(true, null);
            StartPage start = openStartPage();
            // Cancel: nothing opens, nothing is added
            AtomicReference<String> said = new AtomicReference<>();
            AtomicReference<Shell> asked = onNextDialog(data -> data instanceof MessageDialog, shell -> {
                said.set(texts(shell));
                shell.close();
            });
            activate(start, StartPage.Link.OPEN_SCENARIO);
            assertNotNull(asked.get(), "the user is told");
            assertTrue(said.get().contains("jinzai-examples/town/status-quo.jzs"), said.get());
            assertFalse(scenario.exists());
            assertEquals(start, page.getActiveEditor());
            // Restore: the file is back as it came, and the link does what it says
            AtomicReference<Shell> restored = onNextDialog(data -> data instanceof MessageDialog, shell -> {
                Button restore = button(shell, Messages.Start_restore);
                if (restore == null) {
                    shell.close(); // no such button: the assertion below fails
                } else {
                    restore.notifyListeners(SWT.Selection, new Event());
                }
            });
            activate(start, StartPage.Link.OPEN_SCENARIO);
            assertNotNull(restored.get());
            assertTrue(scenario.exists(), "restored by the button " + Messages.Start_restore);
            try (InputStream in = scenario.getContents()) {
                assertArrayEquals(original, in.readAllBytes());
            }
            UiWait.until(() -> page.getActiveEditor() instanceof ModelEditor editor && !editor.pageTitles().isEmpty(),
                    "the scenario editor after the restore", 30_000);
        } finally {
            if (!scenario.exists()) {
                scenario.create(new ByteArrayInputStream(original), true, null);
            }
        }
    }

    @Test
    void englishNamesAreTheRepositorysExactly() throws Exception {
        ExampleNames english = ExampleNames.of(Locale.ENGLISH);
        assertEquals("jinzai-examples", english.project());
        List<String> paths = ExampleProjects.englishPaths();
        assertTrue(paths.contains("town/status-quo.jzs") && paths.contains("designated-city/ominato-shi.jzb"), paths.toString());
        Bundle bundle = Platform.getBundle(JinzaiUi.PLUGIN_ID);
        for (String path : paths) {
            assertEquals(path, english.path(path).toPortableString());
            assertTrue(UiWait.examples().getFile(path).exists(), path + " in the English workspace");
            try (InputStream in = bundle.getEntry("examples/" + path).openStream()) {
                byte[] content = in.readAllBytes();
                assertArrayEquals(content, english.rewrite(content), path + " copied as it is");
            }
        }
    }

    @Test
    void japaneseNamesLoadValidateReferToEachOtherAndRun() throws Exception {
        ExampleNames japanese = ExampleNames.of(Locale.JAPANESE);
        assertEquals("サンプル自治体", japanese.project());
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("start-page-test-ja");
        if (project.exists()) {
            project.delete(true, true, null);
        }
        try {
            ExampleProjects.install(project, japanese, null);
            // every folder and file has a Japanese name: none is left in English
            for (String path : ExampleProjects.englishPaths()) {
                assertTrue(ExampleNames.names(path), path + " has a name in the table");
                String named = japanese.path(path).toPortableString();
                for (String segment : japanese.path(path).segments()) {
                    assertTrue(segment.matches(".*[\\u3040-\\u30ff\\u4e00-\\u9fff].*"), path + " → " + named);
                }
                assertTrue(project.getFile(named).exists(), named);
            }
            IFolder town = project.getFolder("やまなみ町");
            for (String name : List.of("やまなみ町.jzb", "現状維持.jzs", "ICT職採用・外部人材活用.jzs", "ローテーションルール適用.jzs")) {
                assertTrue(town.getFile(name).exists(), "やまなみ町/" + name);
            }
            for (String folder : List.of("さくら市", "みなみ区", "おおみなと市")) {
                assertTrue(project.getFolder(folder).exists(), folder);
            }
            int scenarios = 0;
            // every scenario, those of the region's members in their folders too
            List<IFile> scenarioFiles = new java.util.ArrayList<>();
            project.accept(resource -> {
                if (resource instanceof IFile file && "jzs".equals(file.getFileExtension())) {
                    scenarioFiles.add(file);
                }
                return true;
            });
            for (IFile file : scenarioFiles) {
                IFolder f = (IFolder) file.getParent();
                scenarios++;
                // as the run, compare and export load it (its path), and as the editor does (its workspace URI)
                for (Resource resource : List.of(JinzaiResources.load(file.getLocation().toFile().toPath()),
                        JinzaiResources.load(JinzaiResources.newResourceSet(),
                                URI.createPlatformResourceURI(file.getFullPath().toString(), true)))) {
                    Diagnostic diagnostic = JinzaiValidator.validateWithReferences(resource);
                    for (Diagnostic problem : diagnostic.getChildren()) {
                        assertTrue(problem.getSeverity() < Diagnostic.ERROR, file.getFullPath() + ": " + problem.getMessage());
                    }
                    Scenario scenario = (Scenario) resource.getContents().get(0);
                    assertFalse(scenario.getBaseline().eIsProxy(), file.getFullPath() + ": its baseline resolves");
                    assertEquals(f.getName() + ".jzb", URI.decode(scenario.getBaseline().eResource().getURI().lastSegment()),
                            file.getFullPath() + ": the baseline beside it, under its Japanese name");
                    String from = scenario.getDerivedFrom();
                    if (from != null && !from.isBlank()) {
                        assertEquals("現状維持.jzs", from, file.getFullPath() + ": 複製元");
                        assertTrue(f.getFile(new Path(from)).exists(), file.getFullPath() + ": 複製元 " + from + " is beside it");
                    }
                }
            }
            assertEquals(ExampleProjects.englishPaths().stream().filter(p -> p.endsWith(".jzs")).count(), scenarios);
            // the region refers to its members under their Japanese names
            IFile region = project.getFolder("広域連携（みどり県）").getFile("みどり県.jzg");
            Diagnostic regionProblems = JinzaiValidator.validateWithReferences(JinzaiResources.load(region.getLocation().toFile().toPath()));
            assertTrue(regionProblems.getChildren().stream().allMatch(d -> d.getSeverity() < Diagnostic.ERROR),
                    () -> regionProblems.getChildren().stream().map(Diagnostic::getMessage).toList().toString());

            // a Japanese-named scenario runs and its results open; compared, its copy's 複製元 makes it the reference
            page.closeAllEditors(false);
            UiWait.until(StartPageTest::noRuns, "no run before", 120_000);
            ScenarioRunJob job = RunScenarioHandler.schedule(town.getFile("現状維持.jzs"), page, 20);
            UiWait.until(() -> job.getState() == Job.NONE && page.getActiveEditor() instanceof ResultsEditor, "the run of 現状維持.jzs",
                    120_000);
            assertEquals(List.of(), job.problems(), "no problems");
            town.refreshLocal(IResource.DEPTH_ONE, null);
            assertTrue(town.getFile("現状維持.jzr").exists(), "results beside it");
            CompareJob compare = CompareScenariosHandler.schedule(
                    List.of(town.getFile("ICT職採用・外部人材活用.jzs"), town.getFile("現状維持.jzs")), page);
            UiWait.until(() -> compare.getState() == Job.NONE && page.getActiveEditor() instanceof ComparisonEditor, "the comparison",
                    120_000);
            assertEquals(List.of("現状維持", "ICT職採用・外部人材活用"), ((ComparisonEditor) page.getActiveEditor()).outcome().names(),
                    "the original is the reference");
        } finally {
            page.closeAllEditors(false);
            UiWait.until(StartPageTest::noRuns, "the runs to end", 120_000);
            project.delete(true, true, null);
        }
    }
}
