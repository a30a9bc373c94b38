package org.jinzai.ui.internal.prefs;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** The workbench's run preferences: replications and threads of runs started from the workbench. */
public final class RunPreferences {

    /** Replications of a workbench run; 0 = the scenario's own run settings. */
    public static final String REPLICATIONS = "run.replications"; //$NON-NLS-1$
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
        }
        return store;
    }

    /** Replications to use: the preference when set, else the scenario's. */
    public static int replications(int scenarioReplications) {
        int preferred = store().getInt(REPLICATIONS);
        return preferred > 0 ? preferred : scenarioReplications;
    }

    /** Threads to use. */
    public static int threads() {
        int preferred = store().getInt(THREADS);
        return preferred > 0 ? preferred : Runtime.getRuntime().availableProcessors();
    }
}
