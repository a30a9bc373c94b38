package org.jinzai.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.FileEditorInput;
import org.jinzai.model.GoalSeekExperiment;
import org.jinzai.model.Scenario;
import org.jinzai.model.SensitivityExperiment;
import org.jinzai.model.SweepExperiment;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.scenario.ExperimentRequest;
import org.jinzai.ui.internal.run.dialogs.ExperimentDialog;
import org.jinzai.ui.internal.run.editors.ExperimentEditor;
import org.jinzai.ui.internal.run.handlers.ExperimentHandler;
import org.jinzai.ui.internal.run.jobs.ExperimentJob;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Experiments from the workbench: the dialog's question, the job, the experiment editor that reopens it. */
class ExperimentsTest {

    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

    @AfterEach
    void closeEditors() {
        page.closeAllEditors(false);
    }

    private static Scenario town() throws Exception {
        IFile file = UiWait.examples().getFile("town/status-quo.jzs");
        return (Scenario) JinzaiResources.load(file.getLocation().toFile().toPath()).getContents().get(0);
    }

    private static int target(Scenario scenario, String id) {
        for (int t = 0; t < scenario.getTargets().size(); t++) {
            if (scenario.getTargets().get(t).getId().equals(id)) {
                return t;
            }
        }
        throw new AssertionError(id);
    }

    /** Runs an experiment as the dialog would ask it and returns the editor it opens. */
    private ExperimentEditor run(ExperimentRequest request, int replications) {
        IFile scenario = UiWait.examples().getFile("town/status-quo.jzs");
        ExperimentJob job = ExperimentHandler.schedule(scenario, request, replications, page);
        UiWait.until(() -> job.getState() == Job.NONE && job.experimentFile() != null
                && page.findEditor(new FileEditorInput(job.experimentFile())) != null, "the experiment to open", 180_000);
        assertEquals(IStatus.OK, job.getResult().getSeverity(), String.valueOf(job.getResult().getMessage()));
        IEditorPart editor = page.findEditor(new FileEditorInput(job.experimentFile()));
        ExperimentEditor shown = assertInstanceOf(ExperimentEditor.class, editor);
        UiWait.until(() -> shown.chartImage() != null, "the experiment editor to draw its chart", 20_000);
        return shown;
    }

    /** The goal-seek of the town's DX basics seats for its 90 % completion target in 2030, opened in its editor. */
    private ExperimentEditor townGoalSeek(int replications) throws Exception {
        int target = target(town(), "target-dx-basics");
        return run(new ExperimentRequest.GoalSeek(target, 2030, 0.9, "seats:course-dx-basics", 0, 60), replications);
    }

    @Test
    void aGoalSeekOpensWithItsAnswerAndReopensFromItsFile() throws Exception {
        ExperimentEditor editor = townGoalSeek(40);
        GoalSeekExperiment e = assertInstanceOf(GoalSeekExperiment.class, editor.experiment());
        assertTrue(e.isFeasible(), "60 seats a year are enough for the town's 90 % completion target");
        assertFalse(editor.isStale());
        assertTrue(editor.summaryText().contains(Integer.toString(e.getAnswer())), editor.summaryText());
        String[] rows = editor.tableText().split("\n");
        assertEquals(1 + e.getEvaluations().size(), rows.length, "a row per evaluation: " + editor.tableText());
        UiWait.until(() -> editor.chartImage() != null, "the chart", 10_000);
        IFile file = ((FileEditorInput) editor.getEditorInput()).getFile();
        assertEquals("status-quo-goal-seek-target-dx-basics-2030.jzx", file.getName());
        // reopened from the file without running
        page.closeAllEditors(false);
        ExperimentEditor again = assertInstanceOf(ExperimentEditor.class, org.eclipse.ui.ide.IDE.openEditor(page, file));
        assertEquals(e.getAnswer(), ((GoalSeekExperiment) again.experiment()).getAnswer());
        file.delete(true, null);
    }

    @Test
    void aGoalSeekAppliedToThePlanMakesARunNewScenarioBesideTheOriginal() throws Exception {
        ExperimentEditor editor = townGoalSeek(30);
        GoalSeekExperiment e = assertInstanceOf(GoalSeekExperiment.class, editor.experiment());
        IFile original = UiWait.examples().getFile("town/status-quo.jzs");
        long before = original.getLocation().toFile().lastModified();
        IFile applied = editor.applyToPlan("status-quo-applied.jzs");
        assertNotNull(applied, "the new scenario is written");
        try {
            // it runs and its results open
            UiWait.until(() -> page.findEditor(new FileEditorInput(applied.getParent().getFile(
                    new org.eclipse.core.runtime.Path("status-quo-applied.jzr")))) != null, "the new plan's results to open", 120_000);
            Scenario plan = (Scenario) JinzaiResources.load(applied.getLocation().toFile().toPath()).getContents().get(0);
            assertEquals("status-quo.jzs", plan.getDerivedFrom(), "its 複製元");
            int[] seats = org.jinzai.scenario.Levers.plannedByYear(org.jinzai.scenario.Levers.of(plan, "seats:course-dx-basics"));
            assertEquals(plan.getRunSettings().getHorizonYears(), seats.length);
            for (int value : seats) {
                assertEquals(e.getAnswer(), value, "the answer in every year");
            }
            assertEquals(before, original.getLocation().toFile().lastModified(), "the original is left as it was");
            var told = UiWait.closeNextMessage(page.getWorkbenchWindow().getShell().getDisplay());
            assertEquals(null, editor.applyToPlan("status-quo-applied.jzs"), "a name that is taken is refused");
            assertTrue(String.valueOf(told.get()).contains("status-quo-applied.jzs"), "and the user is told: " + told.get());
        } finally {
            page.closeAllEditors(false);
            applied.getParent().getFile(new org.eclipse.core.runtime.Path("status-quo-applied.jzr")).delete(true, null);
            applied.delete(true, null);
            ((FileEditorInput) editor.getEditorInput()).getFile().delete(true, null);
        }
    }

    @Test
    void aSweepsValueAppliedToThePlanMakesARunNewScenario() throws Exception {
        int target = target(town(), "target-dx-basics");
        ExperimentEditor editor = run(new ExperimentRequest.Sweep(target, 2030, "seats:course-dx-basics", new int[] { 10, 30 }, null, null), 20);
        IFile applied = editor.applyPoint("status-quo-point.jzs", 30);
        assertNotNull(applied, "the new scenario is written");
        try {
            UiWait.until(() -> page.findEditor(new FileEditorInput(applied.getParent().getFile(
                    new org.eclipse.core.runtime.Path("status-quo-point.jzr")))) != null, "the new plan's results to open", 120_000);
            Scenario plan = (Scenario) JinzaiResources.load(applied.getLocation().toFile().toPath()).getContents().get(0);
            assertEquals("status-quo.jzs", plan.getDerivedFrom(), "its 複製元");
            assertTrue(plan.getName().contains("30"), "named after the value: " + plan.getName());
            for (int value : org.jinzai.scenario.Levers.plannedByYear(org.jinzai.scenario.Levers.of(plan, "seats:course-dx-basics"))) {
                assertEquals(30, value, "the chosen value in every year");
            }
            // a value the sweep did not try is not applied, and the user is told
            var told = UiWait.closeNextMessage(page.getWorkbenchWindow().getShell().getDisplay());
            assertEquals(null, editor.applyPoint("status-quo-other.jzs", 20));
            assertTrue(told.get() != null, "told why");
            assertFalse(applied.getParent().getFile(new org.eclipse.core.runtime.Path("status-quo-other.jzs")).exists());
        } finally {
            page.closeAllEditors(false);
            applied.getParent().getFile(new org.eclipse.core.runtime.Path("status-quo-point.jzr")).delete(true, null);
            applied.delete(true, null);
            ((FileEditorInput) editor.getEditorInput()).getFile().delete(true, null);
        }
    }

    @Test
    void aSweepShowsAHeatMapPerTargetAndASensitivityATornado() throws Exception {
        Scenario scenario = town();
        int target = target(scenario, "target-dx-basics");
        ExperimentEditor sweep = run(new ExperimentRequest.Sweep(target, 2030, "seats:course-dx-basics", new int[] { 0, 20, 40 },
                "hires:channel-new-graduates", new int[] { 0, 4 }), 30);
        SweepExperiment e = assertInstanceOf(SweepExperiment.class, sweep.experiment());
        assertEquals(6, e.getPoints().size());
        String[] rows = sweep.tableText().split("\n");
        assertEquals(4, rows.length, "a header and a row per seat value: " + sweep.tableText());
        assertEquals(3, rows[1].split("\t").length, "a column per hires value");
        sweep.showTarget(0);
        assertTrue(sweep.summaryText().contains(scenario.getTargets().get(0).getName()), sweep.summaryText());
        ((FileEditorInput) sweep.getEditorInput()).getFile().delete(true, null);

        ExperimentEditor tornado = run(new ExperimentRequest.Sensitivity(target, 2030, List.of("seats:course-dx-basics", "hires:channel-new-graduates"), 25),
                30);
        SensitivityExperiment s = assertInstanceOf(SensitivityExperiment.class, tornado.experiment());
        assertEquals(2, s.getBars().size());
        assertEquals(3, tornado.tableText().split("\n").length, tornado.tableText());
        UiWait.until(() -> tornado.chartImage() != null, "the tornado chart", 10_000);
        // the workbook beside the experiment (the dialog that says where is closed by the test)
        page.getWorkbenchWindow().getShell().getDisplay().timerExec(500, () -> {
            for (var shell : page.getWorkbenchWindow().getShell().getDisplay().getShells()) {
                if (shell.getParent() != null && shell.isVisible() && shell.getData() instanceof org.eclipse.jface.dialogs.MessageDialog dialog) {
                    dialog.close();
                }
            }
        });
        IFile workbook = tornado.exportWorkbook();
        assertNotNull(workbook);
        assertTrue(workbook.getLocation().toFile().length() > 3_000, "a workbook was written");
        workbook.delete(true, null);
        ((FileEditorInput) tornado.getEditorInput()).getFile().delete(true, null);
    }

    @Test
    void aProbabilityOutOfRangeIsRefusedNotClamped() throws Exception {
        ExperimentDialog dialog = new ExperimentDialog(page.getWorkbenchWindow().getShell(), ExperimentDialog.Kind.GOAL_SEEK, town(), 100);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Text probability = controls(dialog.getShell(), Text.class).stream().filter(t -> "90".equals(t.getText())).findFirst().orElseThrow();
            Button ok = dialog.getShell().getDefaultButton();
            probability.setText("150");
            UiWait.until(() -> !ok.isEnabled() && dialog.getErrorMessage() != null, "OK disabled with a message for 150 %", 20_000);
            assertTrue(dialog.getErrorMessage().contains("150"), dialog.getErrorMessage());
            probability.setText("0");
            UiWait.until(() -> !ok.isEnabled(), "0 % refused too", 20_000);
            probability.setText("８０%");
            UiWait.until(() -> dialog.getErrorMessage() == null || !dialog.getErrorMessage().contains("%"), "80 % written full-width taken", 20_000);
            assertEquals(80.0, ExperimentDialog.percent(probability.getText()));
            assertEquals(null, ExperimentDialog.percent("150"));
        } finally {
            if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                dialog.close();
            }
        }
    }

    @Test
    void theDialogRefusesWrongValuesAndAsksTheQuestion() throws Exception {
        Scenario scenario = town();
        ExperimentDialog dialog = new ExperimentDialog(page.getWorkbenchWindow().getShell(), ExperimentDialog.Kind.SWEEP, scenario, 100);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            // the entry fields (the title area's message is a read-only text too)
            List<Text> texts = controls(dialog.getShell(), Text.class).stream().filter(t -> (t.getStyle() & SWT.BORDER) != 0).toList();
            List<Combo> combos = controls(dialog.getShell(), Combo.class);
            Button ok = dialog.getShell().getDefaultButton();
            assertNotNull(ok);
            texts.get(0).setText("10..");
            UiWait.until(() -> !ok.isEnabled() && dialog.getErrorMessage() != null, "OK disabled with a message for malformed values",
                    20_000);
            assertFalse(ok.isEnabled(), "malformed values keep OK disabled");
            assertNotNull(dialog.getErrorMessage());
            texts.get(0).setText("0..30:10");
            UiWait.until(ok::isEnabled, "OK enabled for well-formed values", 20_000);
            assertTrue(ok.isEnabled(), dialog.getErrorMessage());
            // the second lever: the same as the first is refused
            Combo second = combos.get(3);
            second.select(combos.get(2).getSelectionIndex() + 1);
            second.notifyListeners(SWT.Selection, null);
            UiWait.until(() -> !ok.isEnabled(), "OK disabled for the same lever twice", 20_000);
            assertFalse(ok.isEnabled(), "the same lever twice");
            second.select(0);
            second.notifyListeners(SWT.Selection, null);
            UiWait.until(ok::isEnabled, "OK enabled again without a second lever", 20_000);
            assertTrue(ok.isEnabled());
            ok.notifyListeners(SWT.Selection, null);
            UiWait.until(() -> dialog.getShell() == null || dialog.getShell().isDisposed(), "the dialog to close after OK", 20_000);
            ExperimentRequest.Sweep request = assertInstanceOf(ExperimentRequest.Sweep.class, dialog.request());
            assertEquals(4, request.values().length);
            assertEquals(null, request.lever2());
            assertEquals(2030, request.fiscalYear(), "the last fiscal year by default");
        } finally {
            if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                dialog.close();
            }
        }
        assertEquals(IDialogConstants.OK_ID, dialog.getReturnCode());
    }

    private static <T extends Control> List<T> controls(Composite parent, Class<T> type) {
        List<T> found = new java.util.ArrayList<>();
        for (Control child : parent.getChildren()) {
            if (type.isInstance(child)) {
                found.add(type.cast(child));
            }
            if (child instanceof Composite composite) {
                found.addAll(controls(composite, type));
            }
        }
        return found;
    }
}
