package org.jinzai.model.editor.internal;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.EditorActionBarContributor;

/** Connects Edit ▸ Undo, Redo and Delete to the active model editor. */
public final class ModelEditorContributor extends EditorActionBarContributor {

    @Override
    public void setActiveEditor(IEditorPart part) {
        IActionBars bars = getActionBars();
        if (part instanceof ModelEditor editor) {
            editor.contributeTo(bars);
        }
        bars.updateActionBars();
    }
}
