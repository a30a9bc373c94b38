package org.jinzai.ui.internal.run.dialogs;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.jinzai.model.editor.internal.WheelGuard;

/** The fields of the run dialogs' two-column forms: a label, then the field, checked again when it changes. */
final class DialogFields {

    private DialogFields() {
    }

    static Label label(Composite parent, String text) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        return label;
    }

    /** A labelled read-only choice, safe from the mouse wheel, that runs {@code changed} when another item is chosen. */
    static Combo combo(Composite parent, String text, Runnable changed) {
        label(parent, text);
        Combo combo = WheelGuard.protect(new Combo(parent, SWT.READ_ONLY));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
        combo.addListener(SWT.Selection, e -> changed.run());
        return combo;
    }
}
