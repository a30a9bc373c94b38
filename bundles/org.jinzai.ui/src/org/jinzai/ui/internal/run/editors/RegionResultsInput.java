package org.jinzai.ui.internal.run.editors;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.jinzai.ui.internal.run.jobs.RegionRunJob;

/**
 * A finished run of a region as the input of its results editor: held in memory (run again, not reopened after a
 * restart); two inputs of the same region file are the same, so a new run replaces the one shown.
 */
public final class RegionResultsInput implements IEditorInput {

    private final RegionRunJob.Outcome outcome;

    public RegionResultsInput(RegionRunJob.Outcome outcome) {
        this.outcome = outcome;
    }

    RegionRunJob.Outcome outcome() {
        return outcome;
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ImageDescriptor.getMissingImageDescriptor();
    }

    @Override
    public String getName() {
        String name = outcome.region().getName();
        return name == null || name.isBlank() ? outcome.file().getName() : name;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return outcome.file().getFullPath().toString();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RegionResultsInput input && input.outcome.file().equals(outcome.file());
    }

    @Override
    public int hashCode() {
        return outcome.file().hashCode();
    }
}
