package org.jinzai.ui.internal.prefs;

import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.jinzai.model.editor.internal.WheelGuard;
import org.jinzai.ui.internal.Messages;

/** Window ▸ Preferences ▸ Simulation: replications and threads of workbench runs, and the language of the next start. */
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
        StringFieldEditor seed = new StringFieldEditor(RunPreferences.SEED, Messages.Prefs_seed, getFieldEditorParent()) {
            @Override
            protected boolean doCheckState() {
                String text = getStringValue().strip();
                if (text.isEmpty()) {
                    return true;
                }
                try {
                    return Long.parseLong(text) > 0;
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        };
        seed.setErrorMessage(Messages.Prefs_seedInvalid);
        seed.setEmptyStringAllowed(true);
        addField(seed);
        Label label = new Label(getFieldEditorParent(), SWT.NONE);
        label.setText(Messages.Prefs_language);
        language = WheelGuard.protect(new Combo(getFieldEditorParent(), SWT.READ_ONLY));
        language.setItems(Messages.Prefs_languageAuto, Messages.Prefs_languageJapanese, Messages.Prefs_languageEnglish);
        language.select(Math.max(0, CODES.indexOf(RunPreferences.language())));
        Label note = new Label(getFieldEditorParent(), SWT.WRAP);
        note.setText(Messages.Prefs_languageNote);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(360, SWT.DEFAULT).applyTo(note);
    }

    private static final List<String> CODES = List.of("", "ja", "en"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    private Combo language;

    /** Chooses the language (for tests: the index of 自動, 日本語, English). */
    public void chooseLanguage(int index) {
        language.select(index);
    }

    @Override
    public boolean performOk() {
        if (!super.performOk()) {
            return false;
        }
        String chosen = CODES.get(Math.max(0, language.getSelectionIndex()));
        if (!chosen.equals(RunPreferences.language())) {
            try {
                RunPreferences.setLanguage(chosen);
                MessageDialog.openInformation(getShell(), Messages.Prefs_language, Messages.Prefs_languageNextStart);
            } catch (java.io.IOException e) {
                setErrorMessage(NLS.bind(Messages.Prefs_languageFailed, RunPreferences.languageFile(), e.getLocalizedMessage()));
                return false;
            }
        }
        return true;
    }
}
