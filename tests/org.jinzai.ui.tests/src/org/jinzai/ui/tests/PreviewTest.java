package org.jinzai.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.jinzai.model.CourseSeats;
import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.Scenario;
import org.jinzai.model.editor.internal.ModelEditor;
import org.jinzai.ui.internal.preview.PreviewView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The live preview follows the open scenario: a value per target and fiscal year, recomputed after each edit. */
class PreviewTest {

    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

    @AfterEach
    void closeEditors() {
        page.closeAllEditors(false);
    }

    private static String text(List<PreviewView.Row> rows) {
        StringBuilder out = new StringBuilder();
        for (PreviewView.Row row : rows) {
            out.append(row.name()).append(':').append(String.join("|", row.cells())).append('\n');
        }
        return out.toString();
    }

    @Test
    void previewFollowsEditsAndUndo() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("jinzai-examples");
        UiWait.until(() -> project.getFile("town/status-quo.jzs").exists(), "the examples", 30_000);
        PreviewView preview = assertInstanceOf(PreviewView.class, page.showView(PreviewView.ID));
        IFile file = project.getFile("town/status-quo.jzs");
        ModelEditor editor = assertInstanceOf(ModelEditor.class, IDE.openEditor(page, file));
        Scenario scenario = (Scenario) editor.getResource().getContents().get(0);
        int before = preview.computations();
        UiWait.until(() -> preview.computations() > before && !preview.rows().isEmpty(), "the first preview", 30_000);
        assertEquals(scenario.getTargets().size(), preview.rows().size());
        assertEquals(5, preview.rows().get(0).cells().length, "a value per fiscal year");
        String original = text(preview.rows());

        // many more training seats: some target's expected value changes
        EditingDomain domain = editor.getEditingDomain();
        int executed = 0;
        for (CourseSeats seats : scenario.getCourseSeats()) {
            domain.getCommandStack().execute(SetCommand.create(domain, seats, JinzaiPackage.Literals.COURSE_SEATS__SEATS, 500));
            executed++;
        }
        assertTrue(executed > 0, "the example plans training seats");
        int afterEdit = preview.computations();
        UiWait.until(() -> preview.computations() > afterEdit && !text(preview.rows()).equals(original), "a new preview after the edit", 30_000);
        String edited = text(preview.rows());
        assertNotEquals(original, edited);

        for (int i = 0; i < executed; i++) {
            domain.getCommandStack().undo();
        }
        int afterUndo = preview.computations();
        UiWait.until(() -> preview.computations() > afterUndo && text(preview.rows()).equals(original), "the original preview after undo", 30_000);
    }
}
