package org.jinzai.ui.internal.wizards;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;
import org.jinzai.model.Baseline;
import org.jinzai.model.Scenario;
import org.jinzai.model.io.JinzaiResourceFactory;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.model.io.ModelLoadException;
import org.jinzai.scenario.Experiments;
import org.jinzai.ui.internal.Messages;

/**
 * Rates from the History (context menu of a .jzs or a .jzb): the scenario as saved is read (of a baseline, a new
 * status-quo scenario is made), the wizard estimates its rates from past rosters, and the new scenario it writes
 * beside it is opened.
 */
public final class CalibrateHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        Shell shell = window == null ? null : window.getShell();
        IFile source = selected(event);
        if (source == null) {
            MessageDialog.openInformation(shell, Messages.Calibrate_title, Messages.Calibrate_select);
            return null;
        }
        CalibrateWizard wizard = wizardFor(shell, source);
        if (wizard == null || new WizardDialog(shell, wizard).open() != Window.OK || wizard.written() == null) {
            return null;
        }
        IFile written = source.getParent().getFile(org.eclipse.core.runtime.Path.fromOSString(wizard.written().getFileName().toString()));
        try {
            written.refreshLocal(IResource.DEPTH_ZERO, null);
            if (window != null && window.getActivePage() != null) {
                IDE.openEditor(window.getActivePage(), written);
            }
        } catch (CoreException e) {
            MessageDialog.openError(shell, Messages.Calibrate_title, NLS.bind(Messages.Calibrate_failed, written.getName(), e.getLocalizedMessage()));
        }
        return null;
    }

    /** The one scenario or baseline file selected, or null. */
    private static IFile selected(ExecutionEvent event) {
        IFile file = CopyScenarioHandler.selectedScenario(event);
        if (file != null) {
            return file;
        }
        if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection && selection.size() == 1
                && Adapters.adapt(selection.getFirstElement(), IFile.class) instanceof IFile chosen
                && JinzaiResourceFactory.BASELINE_EXTENSION.equals(chosen.getFileExtension())) {
            return chosen;
        }
        return null;
    }

    /**
     * The wizard on a scenario file as saved, or on a baseline (a new status-quo scenario of it); null, after telling
     * the user, when it cannot be read or has no leaving rates.
     */
    public static CalibrateWizard wizardFor(Shell shell, IFile file) {
        Path path = file.getLocation().toFile().toPath();
        Resource resource;
        try {
            resource = JinzaiResources.load(path);
        } catch (ModelLoadException e) {
            MessageDialog.openError(shell, Messages.Calibrate_title, e.getLocalizedMessage());
            return null;
        }
        if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Baseline baseline) {
            // a baseline: the estimates go into a new status-quo scenario of it, beside it
            return new CalibrateWizard(Experiments.newStatusQuo(baseline), path, true);
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Scenario scenario)) {
            MessageDialog.openError(shell, Messages.Calibrate_title, NLS.bind(Messages.Run_notAScenario, file.getName()));
            return null;
        }
        if (scenario.getAttrition() == null || scenario.getAttrition().getRates().isEmpty()) {
            MessageDialog.openError(shell, Messages.Calibrate_title, NLS.bind(Messages.Calibrate_noRates, scenario.getName()));
            return null;
        }
        return new CalibrateWizard(scenario, path, false);
    }
}
