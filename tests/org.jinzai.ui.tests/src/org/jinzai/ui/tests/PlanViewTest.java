package org.jinzai.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.jinzai.model.editor.internal.ModelEditor;
import org.jinzai.ui.internal.plan.PlanView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The yearly plan grid edits the open scenario through its editor: dirty, undo, and refused values. */
class PlanViewTest {

    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

    @AfterEach
    void closeEditors() {
        page.closeAllEditors(false);
    }

    @Test
    void seatsAreChangedThroughTheEditorAndUndone() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("jinzai-examples");
        IFile file = project.getFile("town/status-quo.jzs");
        PlanView plan = assertInstanceOf(PlanView.class, page.showView(PlanView.ID));
        ModelEditor editor = assertInstanceOf(ModelEditor.class, IDE.openEditor(page, file));
        page.activate(editor);
        assertFalse(plan.seatRows().isEmpty(), "a row per course of the baseline");
        org.jinzai.model.editor.internal.PlanGrid.Row row = plan.seatRows().get(0);
        int before = row.value(2027);
        assertFalse(editor.isDirty());

        assertTrue(plan.set(row, 2027, Integer.toString(before + 25)));
        assertEquals(before + 25, plan.seatRows().get(0).value(2027));
        assertTrue(editor.isDirty(), "the editor has unsaved changes");

        assertFalse(plan.set(plan.seatRows().get(0), 2027, "-3"), "a negative number is refused");
        assertFalse(plan.set(plan.seatRows().get(0), 2027, "many"), "text is refused");
        assertEquals(before + 25, plan.seatRows().get(0).value(2027));

        editor.getEditingDomain().getCommandStack().undo();
        assertEquals(before, plan.seatRows().get(0).value(2027));
        assertFalse(editor.isDirty());
    }
}
