package org.jinzai.ui.internal.run.editors;

import org.jinzai.ui.internal.run.jobs.RegionRunJob;

/**
 * A finished run of a region as the input of its results editor: held in memory (run again, not reopened after a
 * restart); two inputs of the same region file are the same, so a new run replaces the one shown.
 */
public final class RegionResultsInput extends InMemoryInput {

    private final RegionRunJob.Outcome outcome;

    public RegionResultsInput(RegionRunJob.Outcome outcome) {
        super(outcome.file());
        this.outcome = outcome;
    }

    RegionRunJob.Outcome outcome() {
        return outcome;
    }

    @Override
    public String getName() {
        String name = outcome.region().getName();
        return name == null || name.isBlank() ? outcome.file().getName() : name;
    }

    @Override
    public String getToolTipText() {
        return outcome.file().getFullPath().toString();
    }
}
