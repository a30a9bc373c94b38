package org.jinzai.ui.internal;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.jinzai.model.Scenario;
import org.jinzai.model.editor.internal.ModelEditor;

/**
 * Follows the model editor that was last active in a page, for views that show or edit its scenario: tells when
 * another editor is followed and after every command on the followed one.
 */
public final class ScenarioEditorTracker {

    private final IWorkbenchPage page;
    private final Runnable changed;
    private final CommandStackListener commands;
    private ModelEditor tracked;

    private final IPartListener2 parts = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            IWorkbenchPart part = reference.getPart(false);
            if (part instanceof ModelEditor editor) {
                track(editor);
            }
        }

        @Override
        public void partClosed(IWorkbenchPartReference reference) {
            if (reference.getPart(false) == tracked) {
                track(null);
            }
        }
    };

    /**
     * Starts following the page's active model editor, if any; {@code changed} runs in the UI thread on later changes
     * (not for this first editor: the view shows it when it is ready).
     */
    public ScenarioEditorTracker(IWorkbenchPage page, Runnable changed) {
        this.page = page;
        this.changed = changed;
        this.commands = event -> changed.run();
        page.addPartListener(parts);
        follow(page.getActiveEditor() instanceof ModelEditor editor ? editor : null);
    }

    /** The editor followed, or null. */
    public ModelEditor editor() {
        return tracked;
    }

    /** The scenario of the editor followed, or null (no editor, or a baseline or results open). */
    public Scenario scenario() {
        return tracked == null || tracked.getResource() == null || tracked.getResource().getContents().isEmpty()
                || !(tracked.getResource().getContents().get(0) instanceof Scenario s) ? null : s;
    }

    private void track(ModelEditor editor) {
        follow(editor);
        changed.run();
    }

    private void follow(ModelEditor editor) {
        if (tracked != null && tracked.getEditingDomain() != null) {
            tracked.getEditingDomain().getCommandStack().removeCommandStackListener(commands);
        }
        tracked = editor;
        if (editor != null && editor.getEditingDomain() != null) {
            editor.getEditingDomain().getCommandStack().addCommandStackListener(commands);
        }
    }

    /** Stops following. */
    public void dispose() {
        page.removePartListener(parts);
        follow(null);
    }
}
