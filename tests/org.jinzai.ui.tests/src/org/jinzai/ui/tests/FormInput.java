package org.jinzai.ui.tests;

import java.util.function.BooleanSupplier;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.jinzai.model.editor.internal.ModelEditor;

/** What the UI tests do to the model editor's forms and tables as a user would: type, edit a cell, find a page. */
final class FormInput {

    private FormInput() {
    }

    /** Types into a field and presses Enter, then waits until the form has taken it as {@code taken} says. */
    static void type(Text field, String text, BooleanSupplier taken, String what) {
        field.setFocus();
        field.setText(text);
        field.notifyListeners(SWT.DefaultSelection, null);
        UiWait.until(taken, what, 20_000);
    }

    /** The control that has the focus once a cell editor is up: the cell editor's own. */
    static Control cellEditor(TableViewer viewer) {
        Display display = viewer.getControl().getDisplay();
        UiWait.until(() -> viewer.isCellEditorActive() && display.getFocusControl() != null
                && display.getFocusControl().getParent() == viewer.getTable(), "a cell being edited", 10_000);
        return display.getFocusControl();
    }

    /** The page (tab index) of the editor that holds a control. */
    static int pageOf(ModelEditor editor, Control control) {
        for (int k = 0; k < editor.pageTitles().size(); k++) {
            Control pageControl = editor.pageControl(k);
            for (Control c = control; c != null; c = c.getParent()) {
                if (c == pageControl) {
                    return k;
                }
            }
        }
        throw new AssertionError("no page holds " + control);
    }
}
