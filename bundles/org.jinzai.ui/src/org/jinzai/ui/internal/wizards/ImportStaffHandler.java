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
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.part.FileEditorInput;
import org.jinzai.model.io.JinzaiResourceFactory;
import org.jinzai.ui.internal.Messages;

/** Import Staff from CSV (context menu of a .jzb): the wizard, unless the baseline has unsaved changes in an editor. */
public final class ImportStaffHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        IFile file = null;
        if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) {
            file = Adapters.adapt(selection.getFirstElement(), IFile.class);
        }
        if (file == null || !JinzaiResourceFactory.BASELINE_EXTENSION.equalsIgnoreCase(file.getFileExtension()) || window == null) {
            MessageDialog.openInformation(window == null ? null : window.getShell(), Messages.Import_title, Messages.Import_select);
            return null;
        }
        IEditorPart open = window.getActivePage() == null ? null : window.getActivePage().findEditor(new FileEditorInput(file));
        if (open != null && open.isDirty()) {
            MessageDialog.openInformation(window.getShell(), Messages.Import_title, NLS.bind(Messages.Import_saveFirst, file.getName()));
            return null;
        }
        if (open != null) {
            window.getActivePage().closeEditor(open, false);
        }
        new WizardDialog(window.getShell(), new ImportStaffWizard(file)).open();
        return null;
    }
}
