package org.jinzai.ui.internal.run.jobs;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.jinzai.model.Scenario;
import org.jinzai.ui.internal.Messages;

/**
 * A job on one saved scenario (a run, an experiment): it loads and validates the scenario first, keeps what kept it
 * from running for the handler to tell, and belongs to the family of run jobs.
 */
public abstract class ScenarioJob extends RunJob {

    /** The scenario's file. */
    protected final IFile scenarioFile;
    private volatile List<String> problems = List.of();

    protected ScenarioJob(String name, IFile scenarioFile) {
        // the rule is the subclass's (a run's: one at a time; an experiment's: none)
        super(name, null);
        this.scenarioFile = scenarioFile;
    }

    /** The validation errors that kept the scenario from running, if any. */
    public List<String> problems() {
        return problems;
    }

    @Override
    protected final IStatus run(IProgressMonitor monitor) {
        ValidScenario loaded = ValidScenario.load(scenarioFile);
        if (loaded.scenario() == null) {
            problems = loaded.problems();
            return Status.info(NLS.bind(Messages.Run_invalid, scenarioFile.getName(), problems.size()));
        }
        return run(loaded.scenario(), monitor);
    }

    /** Does the work on the valid scenario. */
    protected abstract IStatus run(Scenario scenario, IProgressMonitor monitor);
}
