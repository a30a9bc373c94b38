package org.jinzai.ui.internal.run.editors;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.osgi.util.NLS;
import org.jinzai.ui.internal.Messages;
import org.jinzai.ui.internal.run.jobs.CompareJob;

/**
 * A finished comparison as the input of the comparison editor: held in memory (it is run again, not reopened after a
 * restart); two inputs of the same scenario files are the same comparison, so a new run replaces the one shown.
 */
public final class ComparisonInput extends InMemoryInput {

    private final CompareJob.Outcome outcome;

    public ComparisonInput(CompareJob.Outcome outcome) {
        super(outcome.files());
        this.outcome = outcome;
    }

    CompareJob.Outcome outcome() {
        return outcome;
    }

    @Override
    public String getName() {
        List<String> names = outcome.names();
        return NLS.bind(Messages.Compare_tab, names.get(0), names.size() - 1);
    }

    @Override
    public String getToolTipText() {
        return String.join(" / ", outcome.names()); //$NON-NLS-1$
    }

    /** The scenario files compared, the reference first. */
    List<IFile> files() {
        return outcome.files();
    }
}
