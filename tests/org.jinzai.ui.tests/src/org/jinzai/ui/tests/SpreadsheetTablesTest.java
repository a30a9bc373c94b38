package org.jinzai.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.jinzai.model.Baseline;
import org.jinzai.model.Course;
import org.jinzai.model.Scenario;
import org.jinzai.model.editor.internal.FeatureTable;
import org.jinzai.model.editor.internal.ModelEditor;
import org.jinzai.model.editor.internal.PlanGrid;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Tables like a spreadsheet: rows are added, duplicated and deleted on every list page by commands (one undo each);
 * Tab moves to the next cell and Enter to the cell below; a block of numbers copied from Excel is pasted into the
 * seats grid as one command, and a block with a bad cell changes nothing.
 */
class SpreadsheetTablesTest {

    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

    @AfterEach
    void closeEditors() {
        page.closeAllEditors(false);
    }

    private ModelEditor open(String path) throws Exception {
        return UiWait.openModelEditor(page, path);
    }

    private static FeatureTable tableOf(ModelEditor editor, String list) {
        return editor.tables().stream().filter(t -> t.list().getName().equals(list)).findFirst().orElseThrow();
    }

    @Test
    void rowsAreAddedDuplicatedAndDeletedWithUndo() throws Exception {
        ModelEditor editor = open("town/yamanami-cho.jzb");
        Baseline baseline = (Baseline) editor.getResource().getContents().get(0);
        EObject before = EcoreUtil.copy(baseline);
        FeatureTable courses = tableOf(editor, "courses");
        int count = baseline.getCourses().size();
        Course original = baseline.getCourses().get(0);

        courses.viewer().setSelection(new StructuredSelection(original));
        courses.duplicateRows();
        assertEquals(count + 1, baseline.getCourses().size(), "a copy added");
        Course copy = baseline.getCourses().get(1);
        assertEquals(original.getId() + "-2", copy.getId(), "the copy has an id of its own");
        assertEquals(original.getName() + "（コピー）", copy.getName().replace(" (copy)", "（コピー）"));
        assertEquals(original.getTargetPersonas(), copy.getTargetPersonas(), "and the same values");
        assertEquals(original.getDurationDays(), copy.getDurationDays());
        assertTrue(editor.isDirty());
        assertEquals(List.of(copy), courses.viewer().getStructuredSelection().toList(), "the copy is selected");

        // the Delete key on the table (the table's own: the workbench's Delete of the tree's selection does not follow)
        Event delete = new Event();
        delete.keyCode = SWT.DEL;
        delete.doit = true;
        courses.viewer().getTable().notifyListeners(SWT.KeyDown, delete);
        assertFalse(delete.doit, "the key is taken by the table");
        assertEquals(count, baseline.getCourses().size(), "the copy deleted");
        assertFalse(baseline.getCourses().contains(copy));

        courses.viewer().setSelection(StructuredSelection.EMPTY);
        courses.addRow();
        assertEquals(count + 1, baseline.getCourses().size(), "a new course at the end");
        Course added = baseline.getCourses().get(count);
        assertEquals("course-1", added.getId(), "a new course has an id of its own");

        var stack = editor.getEditingDomain().getCommandStack();
        stack.undo();
        assertEquals(count, baseline.getCourses().size(), "one undo takes the new row back");
        stack.undo();
        assertEquals(count + 1, baseline.getCourses().size(), "one undo brings the deleted copy back");
        assertSame(copy, baseline.getCourses().get(1));
        stack.undo();
        assertTrue(EcoreUtil.equals(before, baseline), "three undos: as opened");
        UiWait.until(() -> !editor.isDirty(), "the editor clean again", 10_000);
    }

    private static void traverse(Control control, int detail) {
        Event event = new Event();
        event.detail = detail;
        event.doit = true;
        control.notifyListeners(SWT.Traverse, event);
    }

    private static int editedColumn(TableViewer viewer) {
        return viewer.getColumnViewerEditor().getFocusCell().getColumnIndex();
    }

    private static Object editedRow(TableViewer viewer) {
        return viewer.getColumnViewerEditor().getFocusCell().getElement();
    }

    @Test
    void tabMovesToTheNextCellAndEnterToTheCellBelow() throws Exception {
        ModelEditor editor = open("town/status-quo.jzs");
        editor.getSite().getShell().forceActive();
        PlanGrid seats = editor.plans().get(0);
        editor.showPage(FormInput.pageOf(editor, seats.viewer().getControl()));
        TableViewer viewer = seats.viewer();
        UiWait.until(viewer.getTable()::isVisible, "the seats grid shown", 10_000);
        viewer.getTable().setFocus();
        Object first = seats.rows().get(0);
        viewer.editElement(first, 1);
        traverse(FormInput.cellEditor(viewer), SWT.TRAVERSE_TAB_NEXT);
        UiWait.until(() -> viewer.isCellEditorActive() && editedColumn(viewer) == 2, "Tab: the next fiscal year's cell edited", 10_000);
        assertSame(first, editedRow(viewer));
        traverse(FormInput.cellEditor(viewer), SWT.TRAVERSE_TAB_PREVIOUS);
        UiWait.until(() -> viewer.isCellEditorActive() && editedColumn(viewer) == 1, "Shift+Tab: back to the first year's cell", 10_000);
        // Enter, as the platform delivers it to a text field: a traversal, then the default selection
        Control text = FormInput.cellEditor(viewer);
        traverse(text, SWT.TRAVERSE_RETURN);
        text.notifyListeners(SWT.DefaultSelection, new Event());
        Object second = seats.rows().get(1);
        UiWait.until(() -> viewer.isCellEditorActive() && editedRow(viewer) == second, "Enter: the cell below edited", 10_000);
        assertEquals(1, editedColumn(viewer), "in the same fiscal year");
        viewer.cancelEditing();
        UiWait.until(() -> !viewer.isCellEditorActive(), "editing ended", 10_000);
        assertFalse(editor.isDirty(), "moving between cells changes nothing");

        // Shift+Tab on a selected row that is not being edited: its last fiscal year's cell
        viewer.setSelection(new StructuredSelection(first), true);
        Event back = new Event();
        back.detail = SWT.TRAVERSE_TAB_PREVIOUS;
        back.stateMask = SWT.SHIFT;
        back.doit = true;
        viewer.getTable().notifyListeners(SWT.Traverse, back);
        UiWait.until(viewer::isCellEditorActive, "Shift+Tab on a row: a cell edited", 10_000);
        assertEquals(viewer.getTable().getColumnCount() - 1, editedColumn(viewer), "the row's last cell");
        viewer.cancelEditing();
        UiWait.until(() -> !viewer.isCellEditorActive(), "editing ended", 10_000);

        // a list page's table: Tab on a selected row starts editing it, Tab again moves on
        FeatureTable channels = tableOf(editor, "channels");
        editor.showPage(FormInput.pageOf(editor, channels.viewer().getControl()));
        TableViewer list = channels.viewer();
        UiWait.until(list.getTable()::isVisible, "the channels table shown", 10_000);
        list.getTable().setFocus();
        list.setSelection(new StructuredSelection(channels.rows().get(0)), true);
        traverse(list.getTable(), SWT.TRAVERSE_TAB_NEXT);
        UiWait.until(list::isCellEditorActive, "Tab on a row: its first cell edited", 10_000);
        int column = editedColumn(list);
        traverse(FormInput.cellEditor(list), SWT.TRAVERSE_TAB_NEXT);
        UiWait.until(() -> list.isCellEditorActive() && editedColumn(list) > column, "Tab: the next cell of the row", 10_000);
        list.cancelEditing();
        UiWait.until(() -> !list.isCellEditorActive(), "editing ended", 10_000);
        assertFalse(editor.isDirty());
    }

    @Test
    void aBlockFromExcelIsPastedAsOneCommand() throws Exception {
        ModelEditor editor = open("town/status-quo.jzs");
        Scenario scenario = (Scenario) editor.getResource().getContents().get(0);
        EObject before = EcoreUtil.copy(scenario);
        PlanGrid seats = editor.plans().get(0);
        int[] years = seats.years();
        List<PlanGrid.Row> rows = seats.rows();
        // two courses × three fiscal years, as Excel copies them (tabs, CRLF, a trailing line break, a thousands comma)
        assertTrue(seats.paste(rows.get(1), 2, "11\t12\t13\r\n21\t22\t1,023\r\n"));
        assertEquals(List.of(11, 12, 13), List.of(rows.get(1).value(years[1]), rows.get(1).value(years[2]), rows.get(1).value(years[3])));
        assertEquals(List.of(21, 22, 1023), List.of(rows.get(2).value(years[1]), rows.get(2).value(years[2]), rows.get(2).value(years[3])));
        assertTrue(editor.isDirty());
        editor.getEditingDomain().getCommandStack().undo();
        assertTrue(EcoreUtil.equals(before, scenario), "one undo takes the whole block back");

        List<Integer> values = new ArrayList<>();
        rows.forEach(r -> values.add(r.value(years[0])));
        assertFalse(seats.paste(rows.get(0), 1, "5\t6\n7\tx"), "a block with a bad cell");
        assertFalse(seats.paste(rows.get(rows.size() - 1), 1, "5\n6"), "a block that does not fit");
        assertFalse(seats.paste(rows.get(0), years.length, "5\t6"), "a block wider than the years left");
        List<Integer> after = new ArrayList<>();
        rows.forEach(r -> after.add(r.value(years[0])));
        assertEquals(values, after, "nothing changed");
        assertTrue(EcoreUtil.equals(before, scenario));
        assertNotEquals(0, years.length);
    }
}
