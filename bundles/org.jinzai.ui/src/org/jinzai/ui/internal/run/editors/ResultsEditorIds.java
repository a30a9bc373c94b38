package org.jinzai.ui.internal.run.editors;

/** Ids of the run contributions (plugin.xml). */
public final class ResultsEditorIds {

    public static final String RESULTS_EDITOR = "org.jinzai.ui.resultsEditor"; //$NON-NLS-1$
    public static final String RUN_COMMAND = "org.jinzai.ui.runScenario"; //$NON-NLS-1$

    private ResultsEditorIds() {
    }
}
