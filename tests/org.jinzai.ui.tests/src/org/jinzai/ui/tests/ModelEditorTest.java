package org.jinzai.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.Scenario;
import org.jinzai.model.editor.ModelEditors;
import org.jinzai.model.editor.internal.ModelEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The examples are in the workspace; an example opens, an edit is undone, problems become markers. */
class ModelEditorTest {

    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

    private static void waitUntil(BooleanSupplier condition, String what) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + 30_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
    }

    private static void settle() {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + 600;
        while (System.currentTimeMillis() < end || !Job.getJobManager().isIdle()) {
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
            if (System.currentTimeMillis() > end + 30_000) {
                break;
            }
        }
    }

    private static IProject examples() {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("jinzai-examples");
        waitUntil(() -> project.exists() && project.getFile("town/status-quo.jzs").exists(), "the examples project");
        return project;
    }

    private static IMarker[] markers(IFile file) throws CoreException {
        return file.findMarkers(ModelEditors.PROBLEM_MARKER, false, IResource.DEPTH_ZERO);
    }

    @AfterEach
    void closeEditors() {
        page.closeAllEditors(false);
    }

    @Test
    void examplesAreInTheWorkspace() {
        IProject project = examples();
        for (String file : new String[] { "town/yamanami-cho.jzb", "city/sakura-shi.jzb", "special-ward/minami-ku.jzb",
                "designated-city/ominato-shi.jzb", "special-ward/rotation-rules.jzs" }) {
            assertTrue(project.getFile(file).exists(), file);
        }
    }

    @Test
    void editIsUndoneAndAnInvalidValueBecomesAMarker() throws Exception {
        IFile file = examples().getFile("town/status-quo.jzs");
        IEditorPart part = IDE.openEditor(page, file);
        ModelEditor editor = assertInstanceOf(ModelEditor.class, part);
        settle();
        assertEquals(0, markers(file).length, "a valid example has no problems");
        // the window's title names the file being edited, with * while it has unsaved changes
        org.eclipse.swt.widgets.Shell shell = page.getWorkbenchWindow().getShell();
        String product = org.jinzai.ui.internal.Messages.Window_title;
        UiWait.until(() -> shell.getText().equals("status-quo.jzs - " + product), "title names the file: " + shell.getText(), 10_000);

        Scenario scenario = (Scenario) editor.getResource().getContents().get(0);
        EditingDomain domain = editor.getEditingDomain();
        domain.getCommandStack().execute(SetCommand.create(domain, scenario.getRunSettings(),
                JinzaiPackage.Literals.RUN_SETTINGS__HORIZON_YEARS, 11));
        settle();
        assertTrue(editor.isDirty());
        UiWait.until(() -> shell.getText().equals("*status-quo.jzs - " + product), "title says unsaved: " + shell.getText(), 10_000);
        IMarker[] problems = markers(file);
        assertTrue(problems.length >= 1, "the invalid horizon shows in the Problems view");
        String horizonLabel = org.jinzai.model.validation.ElementNames.feature(JinzaiPackage.Literals.RUN_SETTINGS__HORIZON_YEARS);
        IMarker horizon = Arrays.stream(problems).filter(m -> m.getAttribute(IMarker.MESSAGE, "").contains(horizonLabel))
                .findFirst().orElseThrow(() -> new AssertionError(Arrays.toString(problems)));
        assertEquals(IMarker.SEVERITY_ERROR, horizon.getAttribute(IMarker.SEVERITY, -1));
        assertTrue(horizon.getAttribute(IMarker.MESSAGE, "").contains("11"));

        IDE.gotoMarker(editor, horizon);
        IStructuredSelection selection = (IStructuredSelection) editor.getSite().getSelectionProvider().getSelection();
        assertEquals(scenario.getRunSettings(), selection.getFirstElement(), "opening the marker selects the element");

        domain.getCommandStack().undo();
        settle();
        assertEquals(5, scenario.getRunSettings().getHorizonYears());
        assertFalse(editor.isDirty(), "undo back to the saved state");
        UiWait.until(() -> shell.getText().equals("status-quo.jzs - " + product), "title says saved again: " + shell.getText(), 10_000);
        assertEquals(0, markers(file).length, "the problem is gone after undo");
    }

    @Test
    void editInThePropertiesViewIsUndoable() throws Exception {
        IFile file = examples().getFile("town/rotation-rules.jzs");
        ModelEditor editor = (ModelEditor) IDE.openEditor(page, file);
        Scenario scenario = (Scenario) editor.getResource().getContents().get(0);
        org.eclipse.ui.views.properties.IPropertySource source = editor.propertySources()
                .getPropertySource(scenario.getRunSettings());
        Object horizon = Arrays.stream(source.getPropertyDescriptors())
                .filter(d -> d.getId().toString().contains("horizonYears")).findFirst().orElseThrow().getId();
        source.setPropertyValue(horizon, "7"); // what the text cell editor hands over
        settle();
        assertEquals(7, scenario.getRunSettings().getHorizonYears());
        assertTrue(editor.isDirty(), "a Properties-view edit makes the editor dirty");
        assertTrue(editor.getEditingDomain().getCommandStack().canUndo());
        // the Edit menu says what it will undo in the form's words, not EMF's "Set"
        org.eclipse.jface.action.IAction undo = editor.getEditorSite().getActionBars()
                .getGlobalActionHandler(org.eclipse.ui.actions.ActionFactory.UNDO.getId());
        String horizonLabel = org.jinzai.model.validation.ElementNames.feature(JinzaiPackage.Literals.RUN_SETTINGS__HORIZON_YEARS);
        UiWait.until(() -> ("&Undo Change " + horizonLabel).equals(undo.getText()), "Undo says what it undoes: " + undo.getText(), 10_000);
        editor.getEditingDomain().getCommandStack().undo();
        org.eclipse.jface.action.IAction redo = editor.getEditorSite().getActionBars()
                .getGlobalActionHandler(org.eclipse.ui.actions.ActionFactory.REDO.getId());
        UiWait.until(() -> ("&Redo Change " + horizonLabel).equals(redo.getText()), "Redo says what it redoes: " + redo.getText(), 10_000);
        assertEquals(5, scenario.getRunSettings().getHorizonYears());
        assertFalse(editor.isDirty());
    }

    /**
     * A region's tree says who each member is (its municipality and scenario, not its priority alone), and adding a
     * secondment to a member is undone as "Add Secondment to a Pool", not EMF's "New ...".
     */
    @Test
    void aRegionsMembersAreNamedAndANewChildIsUndoneInTheFormsWords() throws Exception {
        IFile file = examples().getFile("region/midori-ken.jzg");
        ModelEditor editor = (ModelEditor) IDE.openEditor(page, file);
        org.jinzai.model.Region region = (org.jinzai.model.Region) editor.getResource().getContents().get(0);
        org.jinzai.model.RegionMember member = region.getMembers().get(0);
        String label = org.jinzai.model.provider.labels.ModelLabels.text(member);
        assertTrue(label.startsWith("あおば町 › ") && (label.endsWith("(priority 1)") || label.endsWith("（優先順位 1）")), label);
        EditingDomain domain = editor.getEditingDomain();
        org.eclipse.emf.common.command.Command add = org.eclipse.emf.edit.command.CreateChildCommand.create(domain, member,
                new org.eclipse.emf.edit.command.CommandParameter(null, JinzaiPackage.Literals.REGION_MEMBER__SECONDMENTS,
                        org.jinzai.model.JinzaiFactory.eINSTANCE.createSecondment()), List.of(member));
        domain.getCommandStack().execute(add);
        settle();
        assertEquals(1, member.getSecondments().size());
        org.eclipse.jface.action.IAction undo = editor.getEditorSite().getActionBars()
                .getGlobalActionHandler(org.eclipse.ui.actions.ActionFactory.UNDO.getId());
        String kind = org.jinzai.model.validation.ElementNames.type(JinzaiPackage.Literals.SECONDMENT);
        UiWait.until(() -> undo.getText().contains(kind) && !undo.getText().contains("New"), "Undo says what it undoes: " + undo.getText(), 10_000);
        domain.getCommandStack().undo();
        settle();
        assertEquals(0, member.getSecondments().size());
        assertFalse(editor.isDirty());
    }

    @Test
    void savingWritesTheChangeAndKeepsTheFileLoadable() throws Exception {
        IFile file = examples().getFile("city/status-quo.jzs");
        ModelEditor editor = (ModelEditor) IDE.openEditor(page, file);
        Scenario scenario = (Scenario) editor.getResource().getContents().get(0);
        EditingDomain domain = editor.getEditingDomain();
        domain.getCommandStack().execute(SetCommand.create(domain, scenario, JinzaiPackage.Literals.NAMED_ELEMENT__NAME,
                "現状維持（改）"));
        page.saveEditor(editor, false);
        settle();
        assertFalse(editor.isDirty());
        String saved = new String(file.getContents().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(saved.contains("現状維持（改）"), "saved to disk");
        assertTrue(file.isSynchronized(IResource.DEPTH_ZERO), "the workspace knows the new content");
    }

    @Test
    void corruptedFileShowsTheReasonAndIsNeverWritten() throws Exception {
        IProject project = examples();
        byte[] whole = project.getFile("town/status-quo.jzs").getContents().readAllBytes();
        byte[] half = Arrays.copyOf(whole, whole.length / 3);
        IFile broken = project.getFile("town/broken.jzs");
        broken.create(new ByteArrayInputStream(half), true, null);
        try {
            ModelEditor editor = (ModelEditor) IDE.openEditor(page, broken);
            settle();
            assertNull(editor.getResource(), "nothing was loaded");
            assertFalse(editor.isDirty());
            page.saveEditor(editor, false);
            assertArrayEquals(half, broken.getContents().readAllBytes(), "the file is untouched");
            IMarker[] problems = markers(broken);
            assertEquals(1, problems.length);
            assertTrue(problems[0].getAttribute(IMarker.MESSAGE, "").contains("broken.jzs"), problems[0].getAttribute(IMarker.MESSAGE, ""));
            // the message panel: every text gets the height of its wrapped lines, none drawn over another
            var panel = editor.errorPage();
            waitUntil(() -> panel.getSize().x > 0, "the message panel laid out");
            var texts = java.util.Arrays.stream(panel.getChildren()).skip(1).toList();
            for (int i = 0; i < texts.size(); i++) {
                var bounds = texts.get(i).getBounds();
                int needed = texts.get(i).computeSize(bounds.width, org.eclipse.swt.SWT.DEFAULT).y;
                assertTrue(bounds.height >= needed, "text " + i + " gets the height of its lines: " + bounds.height + " < " + needed);
                for (int j = i + 1; j < texts.size(); j++) {
                    assertFalse(bounds.intersects(texts.get(j).getBounds()), "texts " + i + " and " + j + " drawn over each other");
                }
            }
        } finally {
            page.closeAllEditors(false);
            broken.delete(true, null);
        }
    }

    @Test
    void treeLabelsSayWhatAnElementMeans() throws Exception {
        ModelEditor editor = (ModelEditor) IDE.openEditor(page, examples().getFile("city/status-quo.jzs"));
        Scenario scenario = (Scenario) editor.getResource().getContents().get(0);
        assertEquals("Run settings: from FY2026 (Reiwa 8), 5 years, 1000 replications, seed 20260401",
                org.jinzai.model.provider.labels.ModelLabels.text(scenario.getRunSettings()));
        String seats = org.jinzai.model.provider.labels.ModelLabels.text(scenario.getCourseSeats().get(0));
        assertTrue(seats.startsWith("FY2026 (Reiwa 8): DX基礎研修（全職員）") && seats.contains("seats"), seats);
    }

    @Test
    void everyExampleFileOpensInTheModelEditor() throws Exception {
        IFile file = examples().getFile("special-ward/minami-ku.jzb");
        IEditorPart part = IDE.openEditor(page, file);
        assertNotNull(assertInstanceOf(ModelEditor.class, part).getResource());
    }
}
