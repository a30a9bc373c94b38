package org.jinzai.ui;

/**
 * Identifiers of the Jinzai Workbench user interface that other bundles and tests may refer to.
 */
public final class JinzaiUi {

    /** Bundle symbolic name of this plug-in. */
    public static final String PLUGIN_ID = "org.jinzai.ui"; //$NON-NLS-1$

    /** The 人材計画 (Talent Planning) perspective, the one a new window opens with. */
    public static final String PERSPECTIVE_ID = "org.jinzai.ui.perspective.talentPlanning"; //$NON-NLS-1$

    /** Project Explorer of the IDE navigator. */
    public static final String PROJECT_EXPLORER_ID = "org.eclipse.ui.navigator.ProjectExplorer"; //$NON-NLS-1$

    /** Category of the New wizards contributed by Jinzai bundles. */
    public static final String NEW_WIZARD_CATEGORY_ID = "org.jinzai.ui.newWizards"; //$NON-NLS-1$

    private JinzaiUi() {
    }
}
