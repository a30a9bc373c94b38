package org.jinzai.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.jinzai.model.Scenario;
import org.jinzai.model.editor.ModelEditors;
import org.jinzai.model.editor.internal.ModelEditor;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.model.validation.BaselineUses;
import org.jinzai.model.validation.JinzaiValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Deleting from a baseline what scenarios use: the dialog lists the scenarios with their uses; cancel changes nothing;
 * removing the uses edits the scenarios (through the editor of an open one) so that they no longer refer to it; and a
 * scenario that refers to what its baseline lost gets a marker in the Problems view, opened or not. Each test works on its
 * own copy of the town example.
 */
class ReferenceSafeDeleteTest {

    private static final List<String> SCENARIOS = List.of("ict-hiring.jzs", "rotation-rules.jzs", "status-quo.jzs");

    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    private IFolder town;

    @BeforeEach
    void copyTown() throws CoreException {
        IFolder original = UiWait.examples().getFolder("town");
        town = original.getProject().getFolder("refs-" + System.nanoTime());
        original.copy(town.getFullPath(), true, null);
        // only the example's own files: results of other tests are not part of it
        for (IResource member : town.members()) {
            if (!(member instanceof IFile file && (file.getName().endsWith(".jzs") || file.getName().endsWith(".jzb")))) {
                member.delete(true, null);
            }
        }
    }

    @AfterEach
    void cleanUp() throws CoreException {
        page.closeAllEditors(false);
        town.delete(true, null);
    }

    private ModelEditor open(String name) throws CoreException {
        ModelEditor editor = assertInstanceOf(ModelEditor.class, IDE.openEditor(page, town.getFile(name)));
        assertNotNull(editor.getResource(), name + " opens");
        return editor;
    }

    private byte[] bytes(String name) throws Exception {
        return Files.readAllBytes(town.getFile(name).getLocation().toFile().toPath());
    }

    /**
     * Deletes an element in the baseline's editor and answers the dialog with the button of this index (0 removes the
     * uses, 1 cancels): a repeating timer presses it, as the dialog runs its own event loop. Returns the dialog's text.
     */
    private static String deleteAnswering(ModelEditor editor, EObject element, int button) {
        Display display = Display.getCurrent();
        AtomicReference<String> text = new AtomicReference<>();
        Runnable answer = new Runnable() {
            @Override
            public void run() {
                for (Shell shell : display.getShells()) {
                    if (shell.isVisible() && shell.getData() instanceof MessageDialog) {
                        List<Button> buttons = new ArrayList<>();
                        text.set(texts(shell, buttons));
                        buttons.sort((a, b) -> Integer.compare((Integer) a.getData(), (Integer) b.getData()));
                        buttons.get(button).notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
                        return;
                    }
                }
                display.timerExec(50, this);
            }
        };
        display.timerExec(50, answer);
        try {
            editor.deleteSafely(List.of(element));
        } finally {
            display.timerExec(-1, answer);
        }
        assertNotNull(text.get(), "a dialog asked before deleting");
        return text.get();
    }

    private static String texts(Composite composite, List<Button> buttons) {
        StringBuilder out = new StringBuilder();
        for (Control child : composite.getChildren()) {
            if (child instanceof Label label) {
                out.append(label.getText()).append('\n');
            } else if (child instanceof Button b && b.getData() instanceof Integer) {
                buttons.add(b);
            } else if (child instanceof Composite inner) {
                out.append(texts(inner, buttons));
            }
        }
        return out.toString();
    }

    @Test
    void theDialogListsTheScenariosAndCancelChangesNothing() throws Exception {
        List<byte[]> before = new ArrayList<>();
        for (String name : SCENARIOS) {
            before.add(bytes(name));
        }
        ModelEditor baseline = open("yamanami-cho.jzb");
        EObject course = baseline.getResource().getEObject("course-dx-basics");
        String dialog = deleteAnswering(baseline, course, 1);
        assertTrue(dialog.contains("DX基礎研修（全職員）"), dialog);
        assertTrue(dialog.contains(" 3 "), "three scenarios: " + dialog);
        for (String scenario : List.of("現状維持", "ICT職採用・外部人材活用", "ローテーションルール適用")) {
            // the scenario's name as the planner gave it, then its file and what it uses
            assertTrue(dialog.contains(scenario), scenario + " in: " + dialog);
        }
        for (String name : SCENARIOS) {
            assertTrue(dialog.contains(town.getName() + "/" + name), name + " in: " + dialog);
        }
        assertEquals(3, count(dialog, "Training Seats: 5, Numeric Target: 1") + count(dialog, "研修枠 5 件、数値目標 1 件"), dialog);
        assertFalse(baseline.isDirty(), "cancel: the baseline is not changed");
        assertFalse(baseline.getEditingDomain().getCommandStack().canUndo());
        assertEquals(course, baseline.getResource().getEObject("course-dx-basics"));
        for (int i = 0; i < SCENARIOS.size(); i++) {
            assertArrayEquals(before.get(i), bytes(SCENARIOS.get(i)), SCENARIOS.get(i) + " is unchanged");
        }
    }

    @Test
    void removingTheUsesEditsEveryScenarioAndTheOpenOneThroughItsEditor() throws Exception {
        ModelEditor statusQuo = open("status-quo.jzs");
        Scenario openScenario = (Scenario) statusQuo.getResource().getContents().get(0);
        assertEquals(60, openScenario.getCourseSeats().size());
        ModelEditor baseline = open("yamanami-cho.jzb");
        EObject course = baseline.getResource().getEObject("course-dx-basics");
        deleteAnswering(baseline, course, 0);

        // the baseline: one command, undoable
        assertNull(baseline.getResource().getEObject("course-dx-basics"));
        assertTrue(baseline.isDirty());
        baseline.getEditingDomain().getCommandStack().undo();
        assertNotNull(baseline.getResource().getEObject("course-dx-basics"), "undo brings the course back");
        baseline.getEditingDomain().getCommandStack().redo();
        assertNull(baseline.getResource().getEObject("course-dx-basics"));
        // the open scenario was changed in its editor (and saved, having had no unsaved changes)
        assertEquals(55, openScenario.getCourseSeats().size());
        assertFalse(statusQuo.isDirty());
        assertTrue(statusQuo.getEditingDomain().getCommandStack().canUndo(), "the removal is a command of its editor");
        baseline.doSave(new NullProgressMonitor());
        assertFalse(baseline.isDirty());
        for (String name : SCENARIOS) {
            Path file = town.getFile(name).getLocation().toFile().toPath();
            assertFalse(Files.readString(file, StandardCharsets.UTF_8).contains("course-dx-basics"), name);
            Resource resource = JinzaiResources.load(file);
            // the scenario's own file has no problem left (the baseline's step rule that named only this course is the
            // baseline's problem, shown on the baseline)
            List<String> problems = JinzaiValidator.validate(resource).getChildren().stream().map(Diagnostic::getMessage).toList();
            assertEquals(List.of(), problems, name);
            assertEquals(List.of(), BaselineUses.dangling((Scenario) resource.getContents().get(0)), name);
        }
        UiWait.until(() -> problems(town.getFile("status-quo.jzs")).isEmpty(), "no marker on the open scenario", 30_000);
    }

    @Test
    void aScenarioThatRefersToWhatTheBaselineLostGetsAMarkerOpenOrNot() throws Exception {
        ModelEditor ictHiring = open("ict-hiring.jzs");
        UiWait.until(() -> problems(town.getFile("ict-hiring.jzs")).isEmpty(), "a valid scenario has no marker", 30_000);
        // the baseline loses a course behind the workbench's back (another program, a copy from a colleague)
        IFile baselineFile = town.getFile("yamanami-cho.jzb");
        String text = Files.readString(baselineFile.getLocation().toFile().toPath(), StandardCharsets.UTF_8);
        String without = text.replaceAll("(?s)\\s*<courses id=\"course-tools\".*?</courses>", "").replace(" #course-tools", "")
                .replace("#course-tools ", "").replace(" coursesCompleted=\"#course-tools\"", "");
        assertFalse(without.contains("course-tools"));
        baselineFile.setContents(new ByteArrayInputStream(without.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
        for (String name : SCENARIOS) {
            IFile file = town.getFile(name);
            UiWait.until(() -> problems(file).stream().filter(m -> m.contains("course-tools")).count() == 5,
                    "five markers on " + name + ", one per year of seats: " + problems(file), 30_000);
            List<String> markers = problems(file);
            // the markers come in no particular order: one for each fiscal year
            for (int year = 2026; year <= 2030; year++) {
                String en = "The Course of Training Seats (FY" + year + " (Reiwa " + (year - 2018) + ")) is not in the baseline \"やまなみ町\"";
                String ja = "研修枠（" + year + "年度（令和" + (year - 2018) + "年度））の研修が基礎データ「やまなみ町」にありません";
                assertTrue(markers.stream().anyMatch(m -> m.startsWith(en) || m.startsWith(ja)), year + " in: " + markers);
            }
            for (String marker : markers) {
                assertFalse(marker.contains("file:") || marker.contains("#") || marker.contains("CourseSeats"), marker);
            }
        }
        // the open scenario's editor read the baseline again: its model has the use unresolved
        Scenario hiring = (Scenario) ictHiring.getResource().getContents().get(0);
        assertTrue(hiring.getCourseSeats().stream().anyMatch(s -> s.getCourse().eIsProxy()), "the editor's baseline was read again");
        // a scenario opened now opens (to be mended) with its markers
        ModelEditor statusQuo = open("status-quo.jzs");
        assertFalse(statusQuo.isDirty());
        UiWait.until(() -> problems(town.getFile("status-quo.jzs")).size() == 5, "the markers stay when it is opened", 30_000);
    }

    private static List<String> problems(IFile file) {
        try {
            return Arrays.stream(file.findMarkers(ModelEditors.PROBLEM_MARKER, false, IResource.DEPTH_ZERO))
                    .map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList();
        } catch (CoreException e) {
            return List.of();
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
