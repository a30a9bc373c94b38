package org.jinzai.ui.internal.wizards;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.part.FileEditorInput;
import org.jinzai.model.Baseline;
import org.jinzai.model.editor.ModelEditors;
import org.jinzai.model.editor.internal.ModelEditor;
import org.jinzai.model.io.JinzaiResourceFactory;
import org.jinzai.ui.internal.Messages;

/**
 * Import Staff Roster (context menu of a .jzb): opens the baseline in its editor (or brings the open one forward) and
 * runs the wizard on that editor's model, so the import is one command on the editor's command stack — undone as a
 * whole with Ctrl+Z, saved with the editor, and on top of any unsaved edits there rather than beside them.
 */
public final class ImportStaffHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        IFile file = null;
        if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) {
            file = Adapters.adapt(selection.getFirstElement(), IFile.class);
        }
        if (file == null || !JinzaiResourceFactory.BASELINE_EXTENSION.equalsIgnoreCase(file.getFileExtension()) || window == null
                || window.getActivePage() == null) {
            MessageDialog.openInformation(window == null ? null : window.getShell(), Messages.Import_title, Messages.Import_select);
            return null;
        }
        ImportStaffWizard wizard = wizardFor(window.getActivePage(), file);
        if (wizard != null) {
            new WizardDialog(window.getShell(), wizard).open();
        }
        return null;
    }

    /**
     * The wizard for a baseline file, opened in the model editor first (an editor of another kind on the same file is
     * not used: only the model editor has the command stack); null, after telling the user, when the file cannot be
     * read or is no baseline.
     */
    public static ImportStaffWizard wizardFor(IWorkbenchPage page, IFile file) {
        IEditorPart part;
        try {
            part = page.openEditor(new FileEditorInput(file), ModelEditors.TREE_EDITOR_ID, true,
                    IWorkbenchPage.MATCH_INPUT | IWorkbenchPage.MATCH_ID);
        } catch (PartInitException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.Import_title,
                    NLS.bind(Messages.Import_failed, e.getLocalizedMessage()));
            return null;
        }
        if (!(part instanceof ModelEditor editor) || editor.getResource() == null) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.Import_title,
                    NLS.bind(Messages.Import_unreadable, file.getName()));
            return null;
        }
        if (editor.getResource().getContents().isEmpty() || !(editor.getResource().getContents().get(0) instanceof Baseline baseline)) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.Import_title,
                    NLS.bind(Messages.Import_notBaseline, file.getName()));
            return null;
        }
        return new ImportStaffWizard(file.getName(), editor.getEditingDomain(), baseline);
    }
}
