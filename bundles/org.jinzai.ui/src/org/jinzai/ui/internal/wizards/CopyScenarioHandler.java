package org.jinzai.ui.internal.wizards;

import java.io.IOException;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;
import org.jinzai.model.Scenario;
import org.jinzai.model.io.JinzaiResourceFactory;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.model.templates.Scenarios;
import org.jinzai.ui.internal.Messages;

/**
 * Copy Scenario (context menu of a .jzs): a new scenario with the same baseline, policies and targets under a new
 * name, saved beside the original (name-copy.jzs, name-copy-2.jzs, …) and opened for editing.
 */
public final class CopyScenarioHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        Shell shell = window == null ? null : window.getShell();
        IFile source = selectedScenario(event);
        if (source == null) {
            MessageDialog.openInformation(shell, Messages.Copy_title, Messages.Copy_select);
            return null;
        }
        InputDialog dialog = new InputDialog(shell, Messages.Copy_title, NLS.bind(Messages.Copy_prompt, source.getName()),
                NLS.bind(Messages.Copy_defaultName, baseName(source)), text -> text.isBlank() ? Messages.Copy_noName : null);
        if (dialog.open() != IDialogConstants.OK_ID) {
            return null;
        }
        try {
            IFile copy = copy(source, dialog.getValue().trim());
            if (window != null && window.getActivePage() != null) {
                IDE.openEditor(window.getActivePage(), copy);
            }
        } catch (IOException | CoreException | RuntimeException e) {
            MessageDialog.openError(shell, Messages.Copy_title, NLS.bind(Messages.Copy_failed, e.getLocalizedMessage()));
        }
        return null;
    }

    /** The scenario file (.jzs) selected when a command of its context menu runs, or null. */
    static IFile selectedScenario(ExecutionEvent event) {
        IFile file = null;
        if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) {
            file = Adapters.adapt(selection.getFirstElement(), IFile.class);
        }
        return file != null && JinzaiResourceFactory.SCENARIO_EXTENSION.equalsIgnoreCase(file.getFileExtension()) ? file : null;
    }

    private static String baseName(IFile file) {
        String name = file.getName();
        return name.substring(0, name.length() - file.getFileExtension().length() - 1);
    }

    /** Copies a scenario beside itself under a new name; the original is not touched. */
    public static IFile copy(IFile source, String name) throws IOException, CoreException {
        Resource resource = JinzaiResources.load(source.getLocation().toFile().toPath());
        if (!(resource.getContents().get(0) instanceof Scenario scenario)) {
            throw new IOException(NLS.bind(Messages.Run_notAScenario, source.getName()));
        }
        IFile target = null;
        for (int n = 1; target == null || target.exists(); n++) {
            target = source.getParent().getFile(org.eclipse.core.runtime.Path.fromPortableString(
                    baseName(source) + "-copy" + (n == 1 ? "" : "-" + n) + "." + JinzaiResourceFactory.SCENARIO_EXTENSION)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        String base = target.getName().substring(0, target.getName().length() - 4);
        Scenario copy = Scenarios.copy(scenario, "scenario-" + base, name, source.getName()); //$NON-NLS-1$
        Resource out = resource.getResourceSet().createResource(URI.createFileURI(target.getLocation().toOSString()));
        out.getContents().add(copy);
        JinzaiResources.save(out);
        target.refreshLocal(IResource.DEPTH_ZERO, null);
        return target;
    }
}
