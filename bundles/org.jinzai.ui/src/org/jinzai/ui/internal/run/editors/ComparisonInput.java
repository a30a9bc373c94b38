package org.jinzai.ui.internal.run.editors;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.jinzai.ui.internal.Messages;
import org.jinzai.ui.internal.run.jobs.CompareJob;

/**
 * A finished comparison as the input of the comparison editor: held in memory (it is run again, not reopened after a
 * restart); two inputs of the same scenario files are the same comparison, so a new run replaces the one shown.
 */
public final class ComparisonInput implements IEditorInput {

    private final CompareJob.Outcome outcome;

    public ComparisonInput(CompareJob.Outcome outcome) {
        this.outcome = outcome;
    }

    CompareJob.Outcome outcome() {
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
        List<String> names = outcome.names();
        return NLS.bind(Messages.Compare_tab, names.get(0), names.size() - 1);
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return String.join(" / ", outcome.names()); //$NON-NLS-1$
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    /** The scenario files compared, the reference first. */
    List<IFile> files() {
        return outcome.files();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ComparisonInput input && input.files().equals(files());
    }

    @Override
    public int hashCode() {
        return files().hashCode();
    }
}
