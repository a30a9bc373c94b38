package org.jinzai.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.jinzai.model.CountResult;
import org.jinzai.model.Department;
import org.jinzai.model.DepartmentMiss;
import org.jinzai.model.FlowResult;
import org.jinzai.model.Persona;
import org.jinzai.model.RunResult;
import org.jinzai.model.Scenario;
import org.jinzai.model.TargetResult;
import org.jinzai.model.TargetScope;
import org.jinzai.model.YearResult;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.reports.Formats;
import org.jinzai.ui.internal.Messages;
import org.jinzai.ui.internal.run.editors.ResultsEditor;
import org.jinzai.ui.internal.run.handlers.RunScenarioHandler;
import org.jinzai.ui.internal.run.jobs.ScenarioRunJob;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The drill-down by 課 of the results editor: a planner chooses a 課 of the town and reads its staff by persona and
 * step, its moves, hires and leavers, and how often it misses the target of every 課, each as the saved results hold
 * it; results saved before flows and misses per 課 were recorded open with「—」.
 */
class DepartmentDrillDownTest {

    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

    @AfterEach
    void closeEditors() {
        page.closeAllEditors(false);
    }

    @Test
    void aDepartmentsStaffMovesAndMissesAreThoseOfTheSavedResults() throws Exception {
        IFile scenarioFile = UiWait.examples().getFile("town/status-quo.jzs");
        ScenarioRunJob job = RunScenarioHandler.schedule(scenarioFile, page, 40);
        UiWait.until(() -> job.getState() == Job.NONE && page.getActiveEditor() instanceof ResultsEditor, "the town's results", 120_000);
        ResultsEditor editor = assertInstanceOf(ResultsEditor.class, page.getActiveEditor());
        Resource resource = JinzaiResources.load(job.resultsFile().getLocation().toFile().toPath());
        RunResult run = (RunResult) resource.getContents().get(0);
        Scenario scenario = run.getScenario();
        List<Department> departments = scenario.getBaseline().getOrganization().getDepartments();
        List<String> names = new ArrayList<>();
        departments.forEach(d -> names.add(d.getName()));
        assertEquals(names, editor.departmentNames(), "every 課 of the town, in the baseline's order");

        // the 課 that receives the most staff by the rotation over the five years
        int busiest = 0;
        double most = -1;
        for (int d = 0; d < departments.size(); d++) {
            double in = 0;
            for (YearResult year : run.getYears()) {
                in += flow(year, "moves_in", departments.get(d).getId());
            }
            if (in > most) {
                most = in;
                busiest = d;
            }
        }
        assertTrue(most > 0, "the town's rotation moves staff");
        Department department = departments.get(busiest);
        editor.showDepartment(busiest);
        UiWait.until(() -> !editor.departmentRows().isEmpty() && editor.chartImage() != null, "the drill-down of a 課 and its chart", 20_000);
        assertEquals(Messages.Results_departmentView, editor.shownTitle());
        List<String[]> rows = editor.departmentRows();
        int years = run.getYears().size();
        assertEquals(1 + years, rows.get(0).length, "what the row is, then a column per fiscal year");

        // staff by persona × step, count by count as saved
        String[] steps = { Messages.Results_belowStep1, "Step1", "Step2", "Step3" };
        int checked = 0;
        for (Persona persona : scenario.getBaseline().getPersonas()) {
            boolean hasSteps = persona.isHasSteps() && !persona.getSteps().isEmpty();
            for (int s = 0; s <= (hasSteps ? 3 : 0); s++) {
                String label = hasSteps ? NLS.bind(Messages.Results_departmentStep, persona.getName(), steps[s]) : persona.getName();
                String[] row = row(rows, label);
                if (row == null) {
                    assertFalse(hasSteps, "a row for each step of " + persona.getName());
                    continue;
                }
                for (int y = 0; y < years; y++) {
                    double mean = 0;
                    for (CountResult count : run.getYears().get(y).getCounts()) {
                        if (!count.isBySkill() && department.getId().equals(count.getDepartmentId())
                                && persona.getId().equals(count.getPersonaId()) && (!hasSteps || count.getStep() == s)) {
                            mean += count.getMean();
                        }
                    }
                    assertEquals(Formats.value(mean, false), row[1 + y], label + " in year " + y);
                    checked++;
                }
            }
        }
        assertTrue(checked >= 4 * years, "the DX promoter's four steps at least: " + checked);

        // moves in and out, hires and leavers as saved, and some staff moved in
        String[] movesIn = row(rows, Messages.Results_movesIn);
        String[] movesOut = row(rows, Messages.Results_movesOut);
        assertNotNull(movesIn);
        assertNotNull(movesOut);
        boolean moved = false;
        for (int y = 0; y < years; y++) {
            YearResult year = run.getYears().get(y);
            assertEquals(Formats.number(flow(year, "moves_in", department.getId())), movesIn[1 + y]);
            assertEquals(Formats.number(flow(year, "moves_out", department.getId())), movesOut[1 + y]);
            assertEquals(Formats.number(flow(year, "hires", department.getId())), row(rows, Messages.Results_hires)[1 + y]);
            assertEquals(Formats.number(flow(year, "leavers", department.getId())), row(rows, Messages.Results_leavers)[1 + y]);
            assertTrue(row(rows, Messages.Results_departmentHeadcount)[1 + y].matches("[\\d,.]+\\D+[\\d,.]+\\D+[\\d,.]+\\D*"),
                    "staff with P10–P90: " + row(rows, Messages.Results_departmentHeadcount)[1 + y]);
            moved |= flow(year, "moves_in", department.getId()) > 0;
        }
        assertTrue(moved, "moves into " + department.getName());

        // the target of every 課: how often this 課 misses it, per year
        int each = -1;
        for (int t = 0; t < scenario.getTargets().size(); t++) {
            if (scenario.getTargets().get(t).getScope() == TargetScope.EACH_DEPARTMENT) {
                each = t;
            }
        }
        assertTrue(each >= 0, "the town has a target of every 課");
        String[] misses = row(rows, NLS.bind(Messages.Results_departmentMisses, scenario.getTargets().get(each).getName()));
        assertNotNull(misses, "a row for the target of every 課: " + labels(rows));
        for (int y = 0; y < years; y++) {
            TargetResult target = run.getYears().get(y).getTargets().get(each);
            double p = Double.NaN;
            for (DepartmentMiss miss : target.getDepartmentMisses()) {
                if (miss.getDepartmentId().equals(department.getId())) {
                    p = miss.getProbability();
                }
            }
            assertFalse(Double.isNaN(p), "saved for " + department.getName());
            int year = run.getYears().get(y).getFiscalYear();
            if (scenario.getTargets().get(each).getValues().stream().anyMatch(v -> v.getFiscalYear() == year)) {
                assertEquals(Formats.probability(p), misses[1 + y]);
                assertTrue(misses[1 + y].matches("\\d+%"), misses[1 + y]);
            } else {
                assertEquals("-", misses[1 + y], "no target value in " + year + ": nothing to miss");
            }
        }

        // the information-systems section is not a 課 the target concerns: no row for it
        int is = names.indexOf("総務課情報係");
        assertTrue(is >= 0);
        editor.showDepartment(is);
        UiWait.until(() -> row(editor.departmentRows(), Messages.Results_movesIn) != null, "the drill-down of 総務課情報係", 10_000);
        assertEquals(null, row(editor.departmentRows(), NLS.bind(Messages.Results_departmentMisses, scenario.getTargets().get(each).getName())));
    }

    @Test
    void resultsSavedBeforeFlowsPerDepartmentOpenWithDashes() throws Exception {
        IFile scenarioFile = UiWait.examples().getFile("town/status-quo.jzs");
        ScenarioRunJob job = RunScenarioHandler.schedule(scenarioFile, page, 20);
        UiWait.until(() -> job.getState() == Job.NONE && page.getActiveEditor() instanceof ResultsEditor, "the town's results", 120_000);
        page.closeAllEditors(false);
        // the same results as the version before wrote them: no flow of a 課, no misses per 課
        Resource resource = JinzaiResources.load(job.resultsFile().getLocation().toFile().toPath());
        RunResult run = (RunResult) resource.getContents().get(0);
        for (YearResult year : run.getYears()) {
            year.getFlows().removeIf(f -> f.getDepartmentId() != null);
            year.getTargets().forEach(t -> t.getDepartmentMisses().clear());
        }
        IFile old = scenarioFile.getParent().getFile(new org.eclipse.core.runtime.Path("status-quo-before.jzr"));
        resource.setURI(URI.createFileURI(old.getLocation().toFile().getAbsolutePath()));
        JinzaiResources.save(resource);
        old.refreshLocal(IResource.DEPTH_ZERO, null);
        try {
            ResultsEditor editor = assertInstanceOf(ResultsEditor.class, IDE.openEditor(page, old));
            assertFalse(editor.isStale(), "the same inputs");
            editor.showDepartment(editor.departmentNames().indexOf("市民課"));
            UiWait.until(() -> !editor.departmentRows().isEmpty(), "the drill-down of 市民課", 20_000);
            List<String[]> rows = editor.departmentRows();
            for (String label : List.of(Messages.Results_movesIn, Messages.Results_movesOut, Messages.Results_hires, Messages.Results_leavers)) {
                String[] row = row(rows, label);
                for (int y = 1; y < row.length; y++) {
                    assertEquals(Messages.Results_notRecorded, row[y], label + ": not recorded, so not 0");
                }
            }
            String[] misses = null;
            for (String[] row : rows) {
                if (row[0].equals(NLS.bind(Messages.Results_departmentMisses, run.getScenario().getTargets().stream()
                        .filter(t -> t.getScope() == TargetScope.EACH_DEPARTMENT).findFirst().orElseThrow().getName()))) {
                    misses = row;
                }
            }
            assertNotNull(misses, "the target of every 課, its misses unknown: " + labels(rows));
            var each = run.getScenario().getTargets().stream().filter(t -> t.getScope() == TargetScope.EACH_DEPARTMENT).findFirst()
                    .orElseThrow();
            for (int y = 1; y < misses.length; y++) {
                int year = run.getYears().get(y - 1).getFiscalYear();
                // unknown where the target has a value; nothing to miss where it has none
                assertEquals(each.getValues().stream().anyMatch(v -> v.getFiscalYear() == year) ? Messages.Results_notRecorded : "-", misses[y],
                        "in " + year);
            }
            // the staff per 課 by persona and step were saved from the start: numbers
            Persona promoter = run.getScenario().getBaseline().getPersonas().stream().filter(p -> "persona-dx-promoter".equals(p.getId()))
                    .findFirst().orElseThrow();
            String[] step1 = row(rows, NLS.bind(Messages.Results_departmentStep, promoter.getName(), "Step1"));
            assertNotNull(step1, labels(rows).toString());
            for (int y = 1; y < step1.length; y++) {
                assertTrue(step1[y].matches("[\\d,.]+"), step1[y]);
            }
        } finally {
            page.closeAllEditors(false);
            old.delete(true, null);
        }
    }

    /** A saved flow of a 課 in a year (0 where none is saved: it was always 0). */
    private static double flow(YearResult year, String measure, String departmentId) {
        for (FlowResult flow : year.getFlows()) {
            if (measure.equals(flow.getMeasure()) && departmentId.equals(flow.getDepartmentId())) {
                return flow.getMean();
            }
        }
        return 0;
    }

    private static String[] row(List<String[]> rows, String label) {
        for (String[] row : rows) {
            if (row[0].equals(label)) {
                return row;
            }
        }
        return null;
    }

    private static List<String> labels(List<String[]> rows) {
        return rows.stream().map(r -> r[0]).toList();
    }
}
