package org.jinzai.ui.internal.prefs;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** The workbench's run preferences: replications, seed and threads of runs started from the workbench. */
public final class RunPreferences {

    /** Replications of a workbench run; 0 = the scenario's own run settings. */
    public static final String REPLICATIONS = "run.replications"; //$NON-NLS-1$
    /** Random seed of workbench runs; empty = each scenario's own. */
    public static final String SEED = "run.seed"; //$NON-NLS-1$
    /** Worker threads; 0 = every processor. The numbers do not depend on it. */
    public static final String THREADS = "run.threads"; //$NON-NLS-1$

    private static IPreferenceStore store;

    private RunPreferences() {
    }

    /** The preference store of the UI bundle (instance scope). */
    public static synchronized IPreferenceStore store() {
        if (store == null) {
            store = new ScopedPreferenceStore(InstanceScope.INSTANCE, "org.jinzai.ui"); //$NON-NLS-1$
            store.setDefault(REPLICATIONS, 0);
            store.setDefault(THREADS, 0);
            store.setDefault(SEED, ""); //$NON-NLS-1$
        }
        return store;
    }

    /**
     * The file the launch scripts read for the language of the user interface (ja or en; none: the locale's), in the
     * user's home: the language must be known before the workbench starts, so it is not a workspace preference.
     */
    public static java.nio.file.Path languageFile() {
        return java.nio.file.Path.of(System.getProperty("jinzai.home", System.getProperty("user.home")), ".jinzai", "language"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    /** The language chosen ("ja", "en"), or "" to follow the locale. */
    public static String language() {
        try {
            java.nio.file.Path file = languageFile();
            return java.nio.file.Files.exists(file) ? java.nio.file.Files.readString(file).strip() : ""; //$NON-NLS-1$
        } catch (java.io.IOException e) {
            return ""; //$NON-NLS-1$
        }
    }

    /** Chooses the language of the next start ("" to follow the locale). */
    public static void setLanguage(String language) throws java.io.IOException {
        java.nio.file.Path file = languageFile();
        if (language == null || language.isBlank()) {
            java.nio.file.Files.deleteIfExists(file);
            return;
        }
        java.nio.file.Files.createDirectories(file.getParent());
        org.jinzai.model.io.JinzaiResources.writeAtomically(file, (language + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)); //$NON-NLS-1$
    }

    /** The run settings the preferences ask for (those not set: each scenario's own). */
    public static org.jinzai.scenario.RunChoice choice() {
        int replications = store().getInt(REPLICATIONS);
        Long seed;
        try {
            String preferred = store().getString(SEED).strip();
            seed = preferred.isEmpty() ? null : Long.valueOf(preferred);
        } catch (NumberFormatException e) {
            seed = null;
        }
        return new org.jinzai.scenario.RunChoice(replications > 0 ? replications : null, seed, threads());
    }

    /** Replications, seed and threads of a workbench run of a scenario with these run settings. */
    public static org.jinzai.engine.RunOptions options(org.jinzai.model.RunSettings settings) {
        return choice().resolve(settings);
    }

    /** Threads to use. */
    public static int threads() {
        int preferred = store().getInt(THREADS);
        return preferred > 0 ? preferred : Runtime.getRuntime().availableProcessors();
    }
}
