package org.jinzai.ui.internal.run.editors;

import org.jinzai.ui.internal.Messages;
import org.jinzai.ui.internal.run.jobs.RegionSweepJob;

/** A region's pool size × allocation as the input of its editor: held in memory; a new one of the same region replaces it. */
public final class RegionSweepInput extends InMemoryInput {

    private final RegionSweepJob.Outcome outcome;

    public RegionSweepInput(RegionSweepJob.Outcome outcome) {
        super(outcome.file());
        this.outcome = outcome;
    }

    RegionSweepJob.Outcome outcome() {
        return outcome;
    }

    @Override
    public String getName() {
        String name = outcome.region().getName();
        return org.eclipse.osgi.util.NLS.bind(Messages.RegionSweep_editorName, name == null || name.isBlank() ? outcome.file().getName() : name);
    }

    @Override
    public String getToolTipText() {
        return outcome.file().getFullPath().toString();
    }
}
