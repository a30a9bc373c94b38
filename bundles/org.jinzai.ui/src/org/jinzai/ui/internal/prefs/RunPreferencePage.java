package org.jinzai.ui.internal.prefs;

import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.jinzai.ui.internal.Messages;

/** Window ▸ Preferences ▸ Simulation: replications and threads of workbench runs. */
public final class RunPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public RunPreferencePage() {
        super(GRID);
        setDescription(Messages.Prefs_description);
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(RunPreferences.store());
    }

    @Override
    protected void createFieldEditors() {
        IntegerFieldEditor replications = new IntegerFieldEditor(RunPreferences.REPLICATIONS, Messages.Prefs_replications,
                getFieldEditorParent());
        replications.setValidRange(0, 100_000);
        replications.setErrorMessage(Messages.Prefs_replicationsRange);
        addField(replications);
        IntegerFieldEditor threads = new IntegerFieldEditor(RunPreferences.THREADS, Messages.Prefs_threads, getFieldEditorParent());
        threads.setValidRange(0, 256);
        threads.setErrorMessage(Messages.Prefs_threadsRange);
        addField(threads);
    }
}
