package org.jinzai.ui.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.ui.part.EditorPart;

/** An editor that only shows (the start page, a comparison, saved results and experiments): never dirty, nothing to save. */
public abstract class ReadOnlyEditor extends EditorPart {

    /**
     * Takes an input of the kind the editor shows (else refuses it as unreadable), with its name on the tab and its
     * tooltip; returns it as that kind.
     */
    protected final <T extends org.eclipse.ui.IEditorInput> T accept(org.eclipse.ui.IEditorSite site, org.eclipse.ui.IEditorInput input,
            Class<T> kind) throws org.eclipse.ui.PartInitException {
        if (!kind.isInstance(input)) {
            throw new org.eclipse.ui.PartInitException(Messages.Results_unreadable);
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName());
        setTitleToolTip(input.getToolTipText());
        return kind.cast(input);
    }

    @Override
    public final void doSave(IProgressMonitor monitor) {
        // nothing to save
    }

    @Override
    public final void doSaveAs() {
        // nothing to save
    }

    @Override
    public final boolean isDirty() {
        return false;
    }

    @Override
    public final boolean isSaveAsAllowed() {
        return false;
    }
}
