package org.jinzai.model.editor.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Spinner;

/**
 * No value changes without intent: a drop-down or a spinner that the mouse wheel passes over while the user scrolls
 * the page does not change (the wheel goes on scrolling the page). Once the user has clicked into the field (it has
 * the focus), the wheel changes it as usual.
 *
 * <p>The wheel event is cancelled; where the platform changes the value all the same, the change is undone before
 * anyone is told, so the model never sees it.</p>
 */
public final class WheelGuard {

    private static final String WHEELING = "org.jinzai.wheel"; //$NON-NLS-1$
    private static final String VALUE = "org.jinzai.wheel.value"; //$NON-NLS-1$

    private WheelGuard() {
    }

    /** Guards a drop-down or a spinner; the guard's selection listener runs first and stops a wheel's change. */
    public static <T extends Control> T protect(T control) {
        if (!(control instanceof Combo) && !(control instanceof Spinner)) {
            throw new IllegalArgumentException(control.getClass().getName());
        }
        control.addListener(SWT.MouseVerticalWheel, e -> {
            if (!control.isFocusControl()) {
                e.doit = false;
                control.setData(WHEELING, Boolean.TRUE);
                control.setData(VALUE, value(control));
                control.getDisplay().asyncExec(() -> {
                    if (!control.isDisposed()) {
                        control.setData(WHEELING, null);
                    }
                });
                // the page under the field scrolls as if the field were not there
                scrollParent(control, e);
            }
        });
        control.addListener(SWT.Selection, e -> {
            if (Boolean.TRUE.equals(control.getData(WHEELING)) && !control.isFocusControl()) {
                restore(control, (Integer) control.getData(VALUE));
                e.type = SWT.None;
                e.doit = false;
            }
        });
        return control;
    }

    private static int value(Control control) {
        return control instanceof Combo combo ? combo.getSelectionIndex() : ((Spinner) control).getSelection();
    }

    private static void restore(Control control, Integer value) {
        if (value == null) {
            return;
        }
        if (control instanceof Combo combo) {
            if (value < 0) {
                combo.deselectAll();
            } else {
                combo.select(value);
            }
        } else {
            ((Spinner) control).setSelection(value);
        }
    }

    private static void scrollParent(Control control, Event e) {
        for (Control parent = control.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof org.eclipse.swt.custom.ScrolledComposite scrolled && scrolled.getVerticalBar() != null) {
                var origin = scrolled.getOrigin();
                int step = scrolled.getVerticalBar().getIncrement() * Math.max(1, Math.abs(e.count)) * 3;
                scrolled.setOrigin(origin.x, Math.max(0, origin.y - Integer.signum(e.count) * step));
                return;
            }
        }
    }
}
