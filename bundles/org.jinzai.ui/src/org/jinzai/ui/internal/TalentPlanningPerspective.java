package org.jinzai.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.progress.IProgressConstants;
import org.jinzai.ui.JinzaiUi;
import org.jinzai.ui.internal.plan.PlanView;
import org.jinzai.ui.internal.preview.PreviewView;

/**
 * 人材計画 (Talent Planning): the files of the municipality on the left, editors in the middle, below them the
 * live preview of the open scenario's targets beside problems, properties and running simulations.
 */
public final class TalentPlanningPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.addView(JinzaiUi.PROJECT_EXPLORER_ID, IPageLayout.LEFT, 0.22f, editors);
        IFolderLayout plans = layout.createFolder("plans", IPageLayout.BOTTOM, 0.62f, editors); //$NON-NLS-1$
        plans.addView(PreviewView.ID);
        plans.addView(PlanView.ID);

        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.RIGHT, 0.6f, "plans"); //$NON-NLS-1$
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addView(IProgressConstants.PROGRESS_VIEW_ID);

        for (String view : new String[] { JinzaiUi.PROJECT_EXPLORER_ID, PreviewView.ID, PlanView.ID, IPageLayout.ID_OUTLINE,
                IPageLayout.ID_PROBLEM_VIEW, IPageLayout.ID_PROP_SHEET, IProgressConstants.PROGRESS_VIEW_ID }) {
            layout.addShowViewShortcut(view);
        }
        layout.addNewWizardShortcut("org.jinzai.ui.newBaseline"); //$NON-NLS-1$
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.project"); //$NON-NLS-1$
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder"); //$NON-NLS-1$
        layout.addPerspectiveShortcut(JinzaiUi.PERSPECTIVE_ID);
    }
}
