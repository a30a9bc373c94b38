package org.jinzai.ui.internal.help;

import java.util.List;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPart;
import org.jinzai.model.Baseline;
import org.jinzai.model.Scenario;
import org.jinzai.model.editor.internal.ModelEditor;
import org.jinzai.ui.internal.plan.PlanView;
import org.jinzai.ui.internal.prefs.RunPreferencePage;
import org.jinzai.ui.internal.preview.PreviewView;
import org.jinzai.ui.internal.run.dialogs.ExperimentDialog;
import org.jinzai.ui.internal.run.dialogs.ExportDialog;
import org.jinzai.ui.internal.run.editors.ComparisonEditor;
import org.jinzai.ui.internal.run.editors.ExperimentEditor;
import org.jinzai.ui.internal.run.editors.ResultsEditorIds;
import org.jinzai.ui.internal.wizards.ImportStaffWizard;
import org.jinzai.ui.internal.wizards.NewBaselineWizard;

/**
 * The one place that says which page of the user guide is about what: a part of the workbench (and the page of the
 * model editor it shows), or a dialog. A topic is a page id with an optional anchor, {@code scenario#targets}; a test
 * checks that every topic named here is a page and a heading of the guide in both languages.
 */
public final class HelpTopics {

    /** The pages of the scenario editor that have a section of their own in the guide, by their page key. */
    static final List<String> SCENARIO_PAGES = List.of("overview", "seatsPlan", "hiresPlan", "courseSeats", "projects", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            "allowedTransfers", "rules", "channels", "rates", "retirementAges", "targets", "tree"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

    /** The pages of the baseline editor that have a section of their own in the guide. */
    static final List<String> BASELINE_PAGES = List.of("overview", "departments", "skillItems", "personas", "courses", "staff", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            "rosterAggregates", "tree"); //$NON-NLS-1$ //$NON-NLS-2$

    /** Every topic some part or dialog leads to (for the test that they all exist). */
    public static List<String> all() {
        List<String> topics = new java.util.ArrayList<>();
        SCENARIO_PAGES.forEach(p -> topics.add("scenario#" + p)); //$NON-NLS-1$
        BASELINE_PAGES.forEach(p -> topics.add("baseline#" + p)); //$NON-NLS-1$
        topics.addAll(List.of(Guide.START, "scenario", "baseline", "scenario#plan", "preview", "results", "compare", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "experiments", "export", "baseline#import", "index#examples", "preferences", "region#editor", "region#run", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                "region#sweep")); //$NON-NLS-1$
        return topics;
    }

    private HelpTopics() {
    }

    /** The topic of a dialog's shell, or null when the shell is not one of ours that the guide explains. */
    public static String ofShell(Shell shell) {
        if (shell == null) {
            return null;
        }
        Object window = shell.getData();
        if (window instanceof ExportDialog) {
            return "export"; //$NON-NLS-1$
        }
        if (window instanceof ExperimentDialog) {
            return "experiments"; //$NON-NLS-1$
        }
        if (window instanceof WizardDialog wizard && wizard.getCurrentPage() != null) {
            if (wizard.getCurrentPage().getWizard() instanceof ImportStaffWizard) {
                return "baseline#import"; //$NON-NLS-1$
            }
            if (wizard.getCurrentPage().getWizard() instanceof NewBaselineWizard) {
                return "index#examples"; //$NON-NLS-1$
            }
        }
        if (window instanceof PreferenceDialog preferences && preferences.getSelectedPage() instanceof RunPreferencePage) {
            return "preferences"; //$NON-NLS-1$
        }
        return null;
    }

    /** The topic of a workbench part; the guide's start for any part the guide has no page about. */
    public static String ofPart(IWorkbenchPart part) {
        if (part == null) {
            return Guide.START;
        }
        String id = part.getSite().getId();
        if (part instanceof ModelEditor editor) {
            Object root = editor.getResource() == null || editor.getResource().getContents().isEmpty() ? null
                    : editor.getResource().getContents().get(0);
            String page = editor.activePageKey();
            if (root instanceof Scenario) {
                return SCENARIO_PAGES.contains(page) ? "scenario#" + page : "scenario"; //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (root instanceof Baseline) {
                return BASELINE_PAGES.contains(page) ? "baseline#" + page : "baseline"; //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (root instanceof org.jinzai.model.Region) {
                return "region#editor"; //$NON-NLS-1$
            }
            // results opened in the tree editor
            return part instanceof IEditorPart ? "results" : Guide.START; //$NON-NLS-1$
        }
        return switch (id) {
            case ResultsEditorIds.RESULTS_EDITOR -> "results"; //$NON-NLS-1$
            case ComparisonEditor.ID -> "compare"; //$NON-NLS-1$
            case org.jinzai.ui.internal.run.editors.RegionResultsEditor.ID -> "region#run"; //$NON-NLS-1$
            case org.jinzai.ui.internal.run.editors.RegionSweepEditor.ID -> "region#sweep"; //$NON-NLS-1$
            case ExperimentEditor.ID -> "experiments"; //$NON-NLS-1$
            case PreviewView.ID -> "preview"; //$NON-NLS-1$
            case PlanView.ID -> "scenario#plan"; //$NON-NLS-1$
            default -> Guide.START;
        };
    }
}
