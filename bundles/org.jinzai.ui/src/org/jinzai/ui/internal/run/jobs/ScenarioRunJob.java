package org.jinzai.ui.internal.run.jobs;

import java.io.IOException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;
import org.jinzai.engine.RunOptions;
import org.jinzai.model.RunResult;
import org.jinzai.model.Scenario;
import org.jinzai.model.editor.internal.OneAtATime;
import org.jinzai.model.io.JinzaiResourceFactory;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.scenario.ScenarioRunner;
import org.jinzai.ui.internal.Messages;
import org.jinzai.ui.internal.prefs.RunPreferences;

/**
 * Runs a saved scenario in the background: loads and validates it, runs the Monte Carlo engine with progress
 * (replications done, time left) and cancellation, and saves the results beside the scenario as
 * {@code <name>.jzr}. Runs queue one after another; a cancelled or failed run writes nothing.
 */
public final class ScenarioRunJob extends ScenarioJob {

    /** The family of run jobs, to find or wait for them. */
    public static final Object FAMILY = ScenarioRunJob.class;

    /** One run at a time: the engine already uses every processor. */
    public static final ISchedulingRule ONE_AT_A_TIME = new OneAtATime();

    private final Integer replications;
    private volatile IFile resultsFile;

    /** A run with the replications and seed of the preferences, else the scenario's own. */
    public ScenarioRunJob(IFile scenarioFile) {
        this(scenarioFile, null);
    }

    /** A run with another number of replications (null: as the preferences or the scenario say); the seed as above. */
    public ScenarioRunJob(IFile scenarioFile, Integer replications) {
        super(NLS.bind(Messages.Run_jobName, scenarioFile.getName()), scenarioFile);
        this.replications = replications;
        setRule(ONE_AT_A_TIME);
    }

    /** The results file once the run has finished, else null. */
    public IFile resultsFile() {
        return resultsFile;
    }

    /** Where the results of a scenario are saved: beside it, with the extension .jzr. */
    public static IFile resultsFileOf(IFile scenarioFile) {
        String name = scenarioFile.getName();
        String base = name.endsWith("." + JinzaiResourceFactory.SCENARIO_EXTENSION) //$NON-NLS-1$
                ? name.substring(0, name.length() - JinzaiResourceFactory.SCENARIO_EXTENSION.length() - 1) : name;
        return scenarioFile.getParent().getFile(org.eclipse.core.runtime.Path.fromPortableString(
                base + "." + JinzaiResourceFactory.RESULTS_EXTENSION)); //$NON-NLS-1$
    }

    @Override
    protected IStatus run(Scenario scenario, IProgressMonitor monitor) {
        var settings = scenario.getRunSettings();
        RunOptions options = RunPreferences.choice().withReplications(replications).resolve(settings);
        ScenarioRunner.Run[] ran = new ScenarioRunner.Run[1];
        IStatus status = running(monitor, options.replications(), scenarioFile.getName(),
                () -> ran[0] = ScenarioRunner.run(scenario, options, new MonitorProgress(monitor, 0, options.replications())));
        if (!status.isOK()) {
            return status;
        }
        ScenarioRunner.Run run = ran[0];
        IFile target = resultsFileOf(scenarioFile);
        Resource results = scenario.eResource().getResourceSet().createResource(URI.createFileURI(target.getLocation().toOSString()));
        RunResult model = run.model();
        results.getContents().add(model);
        try {
            // the workspace learns of the file when the results open (a refresh here would need the folder's rule)
            JinzaiResources.save(results);
        } catch (IOException e) {
            return Status.error(NLS.bind(Messages.Run_failed, scenarioFile.getName(), e.getLocalizedMessage()), e);
        }
        resultsFile = target;
        return Status.OK_STATUS;
    }
}
