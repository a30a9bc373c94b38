package org.jinzai.ui.internal.run.handlers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.jinzai.engine.CancelledException;
import org.jinzai.engine.RunOptions;
import org.jinzai.model.Scenario;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.reports.DocxReport;
import org.jinzai.reports.PolicyTemplate;
import org.jinzai.reports.ReportData;
import org.jinzai.reports.XlsxReport;
import org.jinzai.scenario.Experiments;
import org.jinzai.scenario.ScenarioRunner;
import org.jinzai.ui.internal.Messages;
import org.jinzai.ui.internal.files.SystemPrograms;
import org.jinzai.ui.internal.prefs.RunPreferences;
import org.jinzai.ui.internal.run.dialogs.ExportDialog;
import org.jinzai.ui.internal.run.jobs.Jobs;
import org.jinzai.ui.internal.run.jobs.MonitorProgress;
import org.jinzai.ui.internal.run.jobs.RunJob;
import org.jinzai.ui.internal.run.jobs.ValidScenario;

/**
 * Export Report (context menu of a .jzs): asks what to write (the policy document NAME-policy.docx, the
 * workbook NAME-results.xlsx), where (beside the scenario by default) and in which language (Japanese by default), then
 * runs the scenario and writes them, as the command line does.
 */
public final class ExportReportHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        Shell shell = window == null ? null : window.getShell();
        IFile file = RunScenarioHandler.scenarioOf(event, Messages.Export_title);
        if (file == null) {
            return null;
        }
        ExportDialog dialog = new ExportDialog(shell, file);
        if (dialog.open() == org.eclipse.jface.window.Window.OK) {
            schedule(file, dialog.choice(), shell);
        }
        return null;
    }

    /** The policy document of a scenario in a folder: NAME-policy.docx. */
    public static IFile policyFile(IContainer folder, IFile scenario) {
        String name = scenario.getName();
        String base = name.substring(0, name.length() - scenario.getFileExtension().length() - 1);
        return folder.getFile(org.eclipse.core.runtime.Path.fromPortableString(base + "-policy.docx")); //$NON-NLS-1$
    }

    /** What to export, where and in which language. */
    public record Choice(boolean docx, boolean xlsx, IContainer folder, Locale locale, PolicyTemplate template) {
        /** Both files beside the scenario, in Japanese, the policy document in the default template. */
        public static Choice besides(IFile scenario) {
            return new Choice(true, true, scenario.getParent(), Locale.JAPANESE, PolicyTemplate.standard(Locale.JAPANESE));
        }
    }

    /** Schedules the export of both files beside the scenario, in Japanese. */
    public static ExportJob schedule(IFile file, Shell shell) {
        return schedule(file, Choice.besides(file), shell);
    }

    /** Schedules the export; tells where the files are, or what kept them from being written. */
    public static ExportJob schedule(IFile file, Choice choice, Shell shell) {
        ExportJob job = new ExportJob(file, choice);
        return Jobs.schedule(job, () -> {
            if (shell == null || shell.isDisposed()) {
                return;
            }
            if (!job.problems().isEmpty()) {
                ValidScenario.tell(shell, Messages.Export_title, job.problems());
            } else if (!job.written().isEmpty()) {
                SystemPrograms.tellWritten(shell, Messages.Export_title, Messages.Export_done, job.written());
            }
        });
    }

    /** The run and the files chosen. */
    public static final class ExportJob extends RunJob {
        private final IFile file;
        private final Choice choice;
        private volatile List<String> problems = List.of();
        private volatile List<IFile> written = List.of();

        ExportJob(IFile file, Choice choice) {
            super(NLS.bind(Messages.Export_jobName, file.getName()));
            this.file = file;
            this.choice = choice;
        }

        public List<String> problems() {
            return problems;
        }

        public List<IFile> written() {
            return written;
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            ValidScenario loaded = ValidScenario.load(file);
            if (loaded.scenario() == null) {
                problems = loaded.problems();
                return Status.OK_STATUS;
            }
            Scenario scenario = loaded.scenario();
            var settings = scenario.getRunSettings();
            RunOptions options = RunPreferences.options(settings);
            monitor.beginTask(getName(), options.replications() + 2);
            try {
                ScenarioRunner.Run run = ScenarioRunner.run(scenario, options, new MonitorProgress(monitor, 0, options.replications()));
                ReportData data = ReportData.of(scenario, options, run, choice.locale()).withGoalSeeks(Experiments.currentGoalSeeks(scenario), scenario);
                String base = file.getName().substring(0, file.getName().length() - file.getFileExtension().length() - 1);
                IContainer folder = choice.folder();
                List<IFile> files = new java.util.ArrayList<>();
                if (choice.docx()) {
                    IFile docx = policyFile(folder, file);
                    Path target = Path.of(docx.getLocation().toOSString());
                    byte[] bytes = new DocxReport(data).toBytes(choice.template());
                    if (java.nio.file.Files.exists(target)) {
                        // the planner may have written 1 背景 into the last one: it is kept beside the new one
                        JinzaiResources.backup(target, "export"); //$NON-NLS-1$
                    }
                    JinzaiResources.writeAtomically(target, bytes);
                    files.add(docx);
                }
                monitor.worked(1);
                if (choice.xlsx()) {
                    IFile xlsx = folder.getFile(org.eclipse.core.runtime.Path.fromPortableString(base + "-results.xlsx")); //$NON-NLS-1$
                    JinzaiResources.writeAtomically(Path.of(xlsx.getLocation().toOSString()), new XlsxReport(data).toBytes());
                    files.add(xlsx);
                }
                monitor.worked(1);
                written = List.copyOf(files);
                // the workspace learns of the files in a job of its own (this one holds no workspace rule)
                Job refresh = Job.create(getName(), m -> {
                    try {
                        folder.refreshLocal(IResource.DEPTH_ONE, m);
                    } catch (CoreException e) {
                        return e.getStatus();
                    }
                    return Status.OK_STATUS;
                });
                refresh.setSystem(true);
                refresh.schedule();
                return Status.OK_STATUS;
            } catch (CancelledException e) {
                return Status.CANCEL_STATUS;
            } catch (IOException | RuntimeException e) {
                return Status.error(NLS.bind(Messages.Export_failed, file.getName(), e.getLocalizedMessage()), e);
            } finally {
                monitor.done();
            }
        }
    }
}
