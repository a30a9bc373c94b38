package org.jinzai.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.keys.IBindingService;
import org.jinzai.model.editor.internal.ModelEditor;
import org.jinzai.ui.internal.files.SystemPrograms;
import org.jinzai.ui.internal.help.GuideBrowser;
import org.jinzai.ui.internal.help.GuideView;
import org.jinzai.ui.internal.help.GuideWindow;
import org.jinzai.ui.internal.plan.PlanView;
import org.jinzai.ui.internal.preview.PreviewView;
import org.jinzai.ui.internal.run.dialogs.ExportDialog;
import org.jinzai.ui.internal.run.editors.ResultsEditor;
import org.jinzai.ui.internal.run.handlers.RunScenarioHandler;
import org.jinzai.ui.internal.run.jobs.ScenarioRunJob;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The user guide in the product (issue 16, item 5): F1 opens the page about what has the focus — the scenario editor's
 * page, the results — Help ▸ Contents opens the start, links follow, and the page opens in the system browser.
 */
class UserGuideTest {

    private static final String CONTEXT_HELP = "org.eclipse.ui.help.dynamicHelp";
    private static final String CONTENTS = "org.eclipse.ui.help.helpContents";

    private final IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    private final IWorkbenchPage page = window.getActivePage();

    @AfterEach
    void closeAll() {
        page.closeAllEditors(false);
        GuideView view = (GuideView) page.findView(GuideView.ID);
        if (view != null) {
            page.hideView(view);
        }
    }

    private void pressF1() throws Exception {
        // what F1 runs: the command it is bound to, through the handler service as the key binding does
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(CONTEXT_HELP, null);
    }

    private GuideView guide() {
        UiWait.until(() -> page.findView(GuideView.ID) != null, "the user guide's view", 20_000);
        return (GuideView) page.findView(GuideView.ID);
    }

    @Test
    void f1IsBoundToTheContextHelp() {
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        List<String> keys = Arrays.stream(bindings.getActiveBindingsFor(CONTEXT_HELP)).map(TriggerSequence::format).toList();
        assertTrue(keys.contains("F1"), "F1 runs the context help: " + keys);
    }

    @Test
    void f1RightAfterADialogClosedOpensThePageOfThePartNotAnError() throws Exception {
        ModelEditor editor = UiWait.openModelEditor(page, "town/status-quo.jzs");
        // the context may still name a dialog that has just closed as its active shell
        org.eclipse.swt.widgets.Shell closed = new org.eclipse.swt.widgets.Shell(page.getWorkbenchWindow().getShell());
        closed.dispose();
        org.eclipse.core.expressions.EvaluationContext context = new org.eclipse.core.expressions.EvaluationContext(null, new Object());
        context.addVariable(ISources.ACTIVE_SHELL_NAME, closed);
        context.addVariable(ISources.ACTIVE_WORKBENCH_WINDOW_NAME, page.getWorkbenchWindow());
        context.addVariable(ISources.ACTIVE_PART_NAME, editor);
        new org.jinzai.ui.internal.help.HelpHandlers.Context()
                .execute(new org.eclipse.core.commands.ExecutionEvent(null, java.util.Map.of(), null, context));
        assertEquals("scenario#overview", guide().browser().topic());
    }

    @Test
    void f1OnTheScenarioEditorOpensItsPageAtTheTabShown() throws Exception {
        ModelEditor editor = UiWait.openModelEditor(page, "town/status-quo.jzs");
        pressF1();
        GuideView view = guide();
        assertEquals("scenario#overview", view.browser().topic());
        assertTrue(view.browser().pageText().startsWith("Editing a scenario (.jzs)"), view.browser().pageText());
        assertTrue(page.isPartVisible(editor), "the editor stays in sight beside the guide");

        // the targets page: F1 scrolls to the section about it
        int targets = -1;
        for (int k = 0; k < editor.pageTitles().size(); k++) {
            editor.showPage(k);
            if ("targets".equals(editor.activePageKey())) {
                targets = k;
                break;
            }
        }
        assertTrue(targets >= 0, "the scenario editor has a targets page: " + editor.pageTitles());
        page.activate(editor);
        pressF1();
        assertEquals("scenario#targets", view.browser().topic());
        // scrolled to its section on targets, away from the page's start
        UiWait.until(() -> Arrays.asList(view.browser().visibleText().split("\n")).contains("Numeric targets")
                && !view.browser().visibleText().contains("Editing a scenario"),
                "the section on targets in sight", 20_000);
    }

    @Test
    void f1OnTheBaselineEditorOpensTheBaselinePage() throws Exception {
        UiWait.openModelEditor(page, "town/yamanami-cho.jzb");
        pressF1();
        assertEquals("baseline#overview", guide().browser().topic());
    }

    @Test
    void f1OnTheResultsOpensTheResultsPage() throws Exception {
        IFile scenario = UiWait.examples().getFile("town/ict-hiring.jzs");
        IFile results = ScenarioRunJob.resultsFileOf(scenario);
        if (!results.exists()) {
            ScenarioRunJob job = RunScenarioHandler.schedule(scenario, page, 20);
            UiWait.until(() -> job.getState() == Job.NONE && results.exists(), "the results of the scenario", 120_000);
        }
        ResultsEditor editor = assertInstanceOf(ResultsEditor.class, IDE.openEditor(page, results));
        UiWait.until(() -> page.getActiveEditor() == editor, "the results editor active", 20_000);
        pressF1();
        assertEquals("results", guide().browser().topic());
        assertTrue(guide().browser().pageText().startsWith("Runs and results"));
    }

    @Test
    void helpContentsOpensTheStartAndLinksFollow() throws Exception {
        // Help ▸ Contents, chosen as the user does: the menu shown, its item selected
        MenuItem help = Arrays.stream(window.getShell().getMenuBar().getItems())
                .filter(item -> item.getText().equals(org.jinzai.ui.internal.Messages.Menu_help)).findFirst().orElseThrow();
        help.getMenu().notifyListeners(SWT.Show, new Event());
        List<String> labels = new ArrayList<>();
        MenuItem contents = null;
        for (MenuItem item : help.getMenu().getItems()) {
            String label = item.getText().replace("&", "").split("\t")[0].trim();
            labels.add(label);
            if (label.equals("Contents")) {
                contents = item;
            }
        }
        assertNotNull(contents, "Help has Contents: " + labels);
        assertTrue(labels.contains("Help on This Page"), "Help has the context help: " + labels);
        contents.notifyListeners(SWT.Selection, new Event());
        help.getMenu().notifyListeners(SWT.Hide, new Event());
        GuideView view = guide();
        assertEquals("index", view.browser().topic());
        assertTrue(view.browser().pageText().startsWith("Getting started"), view.browser().pageText());

        view.browser().show("glossary#crn");
        assertEquals("glossary#crn", view.browser().topic());
        view.browser().back();
        assertEquals("index", view.browser().topic());
    }

    @Test
    void thePageOpensInTheSystemBrowser() throws Exception {
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(CONTENTS, null);
        GuideView view = guide();
        view.browser().show("compare");
        List<String> launched = new ArrayList<>();
        Predicate<String> previous = SystemPrograms.launchWith(path -> launched.add(path));
        try {
            view.browser().openInBrowser();
        } finally {
            SystemPrograms.launchWith(previous);
        }
        assertEquals(1, launched.size(), "one page handed to the browser");
        Path file = Path.of(launched.get(0));
        assertTrue(file.toString().endsWith("en" + java.io.File.separator + "compare.html"), file.toString());
        assertTrue(Files.readString(file).contains("Comparing scenarios"));
        assertTrue(Files.exists(file.resolveSibling("scenario.html")), "its links lead to files beside it");
    }

    @Test
    void f1InTheExportDialogOpensTheExportPageInAWindowOfItsOwn() throws Exception {
        ExportDialog dialog = new ExportDialog(window.getShell(), UiWait.examples().getFile("town/status-quo.jzs"));
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            // F1 with the dialog's shell active, as the key binding runs it
            IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
            IEvaluationContext context = handlers.createContextSnapshot(true);
            context.addVariable(ISources.ACTIVE_SHELL_NAME, dialog.getShell());
            ParameterizedCommand command = new ParameterizedCommand(
                    PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(CONTEXT_HELP), null);
            handlers.executeCommandInContext(command, null, context);
            GuideBrowser guide = GuideWindow.last();
            assertNotNull(guide, "a guide window opened from the dialog");
            assertEquals("export", guide.topic());
            assertTrue(guide.pageText().startsWith("Exporting reports (Word, Excel)"), guide.pageText());
            assertEquals(dialog.getShell(), guide.control().getShell().getParent(), "the guide's window belongs to the dialog");
            guide.control().getShell().close();
        } finally {
            dialog.close();
        }
    }

    @Test
    void withoutABrowserTheMessageSaysWhereThePagesAre() throws Exception {
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(CONTENTS, null);
        GuideView view = guide();
        view.browser().show("glossary");
        Predicate<String> previous = SystemPrograms.launchWith(path -> false);
        try {
            var message = UiWait.closeNextMessage(view.browser().control().getDisplay());
            view.browser().openInBrowser();
            UiWait.until(() -> message.get() != null, "the message that no browser started", 20_000);
            assertTrue(message.get().contains("glossary.html"), message.get());
            assertTrue(message.get().contains("help" + java.io.File.separator + "en"), "it names the folder of the pages: " + message.get());
        } finally {
            SystemPrograms.launchWith(previous);
        }
    }

    @Test
    void f1OnThePreviewAndThePlanOpensTheirPages() throws Exception {
        UiWait.openModelEditor(page, "town/status-quo.jzs");
        page.activate(page.showView(PreviewView.ID));
        pressF1();
        assertEquals("preview", guide().browser().topic());
        page.activate(page.showView(PlanView.ID));
        pressF1();
        assertEquals("scenario#plan", guide().browser().topic());
    }
}
