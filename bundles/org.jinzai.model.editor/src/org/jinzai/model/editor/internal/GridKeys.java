package org.jinzai.model.editor.internal;

import java.util.function.IntPredicate;
import java.util.function.IntSupplier;

import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationListener;
import org.eclipse.jface.viewers.ColumnViewerEditorDeactivationEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Table;

/**
 * Keys of a grid as in a spreadsheet: Tab and Shift+Tab move to the next and previous cell (to the next row at the end
 * of one), Enter confirms a cell and edits the one below; on a selected row that is not being edited, Enter, F2 or Tab
 * start editing it. A double click edits the cell clicked; a single click only selects.
 */
final class GridKeys {

    private GridKeys() {
    }

    /** Whether an event starts editing a cell: a double click, F2 or Enter, or a program's request. */
    static boolean activates(ColumnViewerEditorActivationEvent event) {
        return event.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
                || event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
                || event.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
                || event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED
                        && (event.keyCode == SWT.F2 || event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR);
    }

    /**
     * Installs Enter-moves-down and Tab-enters-the-row on a table whose editor was created with tabbing.
     *
     * @param columns  the number of columns now
     * @param editable whether a column's cells can be edited
     */
    static void install(TableViewer viewer, IntSupplier columns, IntPredicate editable) {
        Table table = viewer.getTable();
        boolean[] down = { false };
        int[] column = { -1 };
        viewer.getColumnViewerEditor().addEditorActivationListener(new ColumnViewerEditorActivationListener() {
            @Override
            public void beforeEditorActivated(ColumnViewerEditorActivationEvent event) {
                down[0] = false;
                ViewerCell cell = (ViewerCell) event.getSource();
                column[0] = cell.getColumnIndex();
            }

            @Override
            public void afterEditorActivated(ColumnViewerEditorActivationEvent event) {
                // Enter is seen by the filter below
            }

            @Override
            public void beforeEditorDeactivated(ColumnViewerEditorDeactivationEvent event) {
                // nothing to do before
            }

            @Override
            public void afterEditorDeactivated(ColumnViewerEditorDeactivationEvent event) {
                if (down[0] && event.eventType == ColumnViewerEditorDeactivationEvent.EDITOR_SAVED) {
                    down[0] = false;
                    int col = column[0];
                    table.getDisplay().asyncExec(() -> editBelow(viewer, col));
                }
            }
        });
        // Enter in a cell editor (a control inside the table): the cell below is edited once the value is taken
        Listener enter = e -> {
            if (e.detail == SWT.TRAVERSE_RETURN && e.widget instanceof Control control && !control.isDisposed()
                    && control.getParent() == table && viewer.isCellEditorActive()) {
                down[0] = true;
            }
        };
        table.getDisplay().addFilter(SWT.Traverse, enter);
        table.addDisposeListener(e -> table.getDisplay().removeFilter(SWT.Traverse, enter));
        table.addListener(SWT.Traverse, e -> {
            boolean tab = e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS;
            if (tab && !viewer.isCellEditorActive() && !viewer.getStructuredSelection().isEmpty()) {
                Object row = viewer.getStructuredSelection().getFirstElement();
                int count = columns.getAsInt();
                for (int c = 0; c < count; c++) {
                    int index = (e.stateMask & SWT.SHIFT) != 0 ? count - 1 - c : c;
                    if (editable.test(index)) {
                        // Tab goes into the row (a table without an editable cell lets the focus move on)
                        e.doit = false;
                        e.detail = SWT.TRAVERSE_NONE;
                        viewer.editElement(row, index);
                        return;
                    }
                }
            }
        });
    }

    /** Edits the cell below the one just confirmed (the row after the selected one), if there is one. */
    private static void editBelow(TableViewer viewer, int column) {
        Table table = viewer.getTable();
        if (table.isDisposed() || viewer.isCellEditorActive()) {
            return;
        }
        IStructuredSelection selection = viewer.getStructuredSelection();
        int index = selection.isEmpty() ? -1 : table.getSelectionIndex();
        if (index >= 0 && index + 1 < table.getItemCount()) {
            Object below = viewer.getElementAt(index + 1);
            if (below != null) {
                viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(below), true);
                viewer.editElement(below, column);
            }
        }
    }
}
