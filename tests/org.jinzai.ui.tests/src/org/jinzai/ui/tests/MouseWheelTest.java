package org.jinzai.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.jinzai.model.editor.internal.ModelEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No value changes without intent: the mouse wheel rolled over every drop-down and spinner of every page of a
 * scenario and of a baseline (as when the user scrolls the page and the pointer passes over a field) is not handed to
 * the field, and a change the platform would make all the same is undone before the model hears of it: the file stays
 * unchanged and clean. Once the user has clicked into a field, the wheel is the field's again.
 *
 * <p>The wheel is delivered to the field's listeners as the platform delivers it; X servers without a window manager
 * (the test's) do not route posted wheel events reliably, so the events are not posted to the display.</p>
 */
class MouseWheelTest {

    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

    @AfterEach
    void closeEditors() {
        page.closeAllEditors(false);
    }

    private static void collect(Control control, List<Control> fields) {
        if (control instanceof Combo || control instanceof Spinner) {
            fields.add(control);
        } else if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, fields);
            }
        }
    }

    private static int value(Control field) {
        return field instanceof Combo combo ? combo.getSelectionIndex() : ((Spinner) field).getSelection();
    }

    /** What the platform does to an unguarded field under the wheel: the next value, and a selection event. */
    private static void rollAsThePlatformWould(Control field) {
        if (field instanceof Combo combo) {
            combo.select((combo.getSelectionIndex() + 1) % combo.getItemCount());
        } else {
            Spinner spinner = (Spinner) field;
            spinner.setSelection(spinner.getSelection() == spinner.getMaximum() ? spinner.getMinimum() : spinner.getSelection() + 1);
        }
        field.notifyListeners(SWT.Selection, new Event());
    }

    private static Event wheel(Control field) {
        Event wheel = new Event();
        wheel.count = -3;
        wheel.detail = SWT.SCROLL_LINE;
        field.notifyListeners(SWT.MouseVerticalWheel, wheel);
        return wheel;
    }

    @ParameterizedTest
    @ValueSource(strings = { "town/status-quo.jzs", "town/rotation-rules.jzs", "town/yamanami-cho.jzb" })
    void theWheelOverAFieldChangesNothing(String path) throws Exception {
        IFile file = UiWait.examples().getFile(path);
        ModelEditor editor = assertInstanceOf(ModelEditor.class, IDE.openEditor(page, file));
        UiWait.until(() -> page.getActiveEditor() == editor && !editor.pageTitles().isEmpty(), "the editor with its pages", 20_000);
        EObject root = editor.getResource().getContents().get(0);
        EObject before = EcoreUtil.copy(root);
        int rolled = 0;
        for (int index = 0; index < editor.pageTitles().size(); index++) {
            editor.showPage(index);
            Control pageControl = editor.pageControl(index);
            List<Control> fields = new ArrayList<>();
            collect(pageControl, fields);
            for (Control field : fields.stream().filter(f -> f.isEnabled() && f.getParent().isEnabled()).toList()) {
                pageControl.setFocus();
                UiWait.until(() -> !field.isFocusControl(), "the field not focused", 10_000);
                int shown = value(field);
                Event wheel = wheel(field);
                assertFalse(wheel.doit, "the wheel over a field of page " + editor.pageTitles().get(index) + " was handed to it");
                rollAsThePlatformWould(field);
                assertEquals(shown, value(field), "the field shows what it showed before the wheel");
                assertFalse(editor.isDirty(), "the wheel over a field of page " + editor.pageTitles().get(index) + " made the file dirty");
                rolled++;
            }
        }
        assertTrue(rolled >= 1, "fields rolled over: " + rolled);
        assertTrue(EcoreUtil.equals(before, root), "the wheel changed the file");
        assertFalse(editor.isDirty());
    }

    @ParameterizedTest
    @ValueSource(strings = { "town/status-quo.jzs" })
    void aFocusedFieldTakesTheWheel(String path) throws Exception {
        IFile file = UiWait.examples().getFile(path);
        ModelEditor editor = assertInstanceOf(ModelEditor.class, IDE.openEditor(page, file));
        UiWait.until(() -> page.getActiveEditor() == editor && !editor.pageTitles().isEmpty(), "the editor with its pages", 20_000);
        editor.showPage(0);
        List<Control> fields = new ArrayList<>();
        collect(editor.pageControl(0), fields);
        Control field = fields.stream().filter(Control::isEnabled).findFirst().orElseThrow();
        editor.getSite().getShell().forceActive();
        field.setFocus();
        UiWait.until(field::isFocusControl, "the field focused (clicked into)", 10_000);
        assertTrue(wheel(field).doit, "a field the user clicked into takes the wheel");
        int shown = value(field);
        rollAsThePlatformWould(field);
        assertTrue(value(field) != shown, "the wheel's change of a focused field stands");
        UiWait.until(editor::isDirty, "the change made through the focused field", 10_000);
    }
}
