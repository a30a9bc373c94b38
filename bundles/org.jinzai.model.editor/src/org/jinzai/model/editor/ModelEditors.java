package org.jinzai.model.editor;

/** Identifiers of the model editor that other bundles and tests refer to. */
public final class ModelEditors {

    /** The tree editor of baselines, scenarios and results. */
    public static final String TREE_EDITOR_ID = "org.jinzai.model.editor.tree"; //$NON-NLS-1$

    /** Problem markers made from model validation (a subtype of the platform's problem marker). */
    public static final String PROBLEM_MARKER = "org.jinzai.model.editor.problem"; //$NON-NLS-1$

    private ModelEditors() {
    }
}
