package org.jinzai.ui.internal.run.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.jinzai.engine.RunOptions;
import org.jinzai.model.Region;
import org.jinzai.scenario.RegionRunner;
import org.jinzai.scenario.RegionSweep;
import org.jinzai.ui.internal.Messages;
import org.jinzai.ui.internal.prefs.RunPreferences;
import org.jinzai.ui.internal.run.dialogs.RegionSweepDialog;
import org.jinzai.ui.internal.run.editors.RegionSweepEditor;
import org.jinzai.ui.internal.run.editors.RegionSweepInput;
import org.jinzai.ui.internal.run.jobs.Jobs;
import org.jinzai.ui.internal.run.jobs.RegionSweepJob;
import org.jinzai.ui.internal.run.jobs.ValidScenario;

/**
 * Compares pool sizes and allocation policies of the selected region (.jzg): asks the question, runs every point on the
 * same random numbers with progress and cancel, and shows the grid in the editor area.
 */
public final class RegionSweepHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        IFile file = RunRegionHandler.selectedRegion(event);
        if (file == null || window == null) {
            return null;
        }
        Shell shell = window.getShell();
        ValidScenario.Valid<Region> loaded = ValidScenario.load(file, Region.class, Messages.Region_notARegion);
        if (loaded.element() == null) {
            ValidScenario.tell(shell, Messages.RegionSweep_title, loaded.problems());
            return null;
        }
        Region region = loaded.element();
        if (region.getPools().isEmpty() || RegionRunner.sharedTargets(region).isEmpty()) {
            MessageDialog.openInformation(shell, Messages.RegionSweep_title, Messages.RegionSweep_nothing);
            return null;
        }
        RunOptions options = RunPreferences.options(region.getRunSettings());
        RegionSweepDialog dialog = new RegionSweepDialog(shell, region, options.replications());
        if (dialog.open() != Window.OK) {
            return null;
        }
        schedule(file, region, dialog.question(), dialog.wanted(), new RunOptions(dialog.replications(), options.seed(), options.threads()),
                window.getActivePage());
        return null;
    }

    /** Schedules a sweep of a region; when it finishes, shows it (in the open editor of the same region's sweep, if any). */
    public static RegionSweepJob schedule(IFile file, Region region, RegionSweep.Question question, double wanted, RunOptions options,
            IWorkbenchPage page) {
        RegionSweepJob job = new RegionSweepJob(file, region, question, wanted, options);
        return Jobs.schedule(job, () -> {
            if (page == null || job.outcome() == null) {
                return;
            }
            try {
                RegionSweepInput input = new RegionSweepInput(job.outcome());
                if (page.findEditor(input) instanceof RegionSweepEditor open) {
                    open.show(job.outcome());
                    page.activate(open);
                } else {
                    page.openEditor(input, RegionSweepEditor.ID);
                }
            } catch (PartInitException e) {
                MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.RegionSweep_title, e.getLocalizedMessage());
            }
        });
    }
}
