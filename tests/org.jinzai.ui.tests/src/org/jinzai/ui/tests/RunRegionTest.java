package org.jinzai.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.jinzai.engine.RunOptions;
import org.jinzai.model.AllocationPolicy;
import org.jinzai.model.Region;
import org.jinzai.scenario.RegionSweep;
import org.jinzai.ui.internal.ExampleNames;
import org.jinzai.ui.internal.Messages;
import org.jinzai.ui.internal.prefs.RunPreferences;
import org.jinzai.ui.internal.run.editors.RegionResultsEditor;
import org.jinzai.ui.internal.run.editors.RegionSweepEditor;
import org.jinzai.ui.internal.run.handlers.RegionSweepHandler;
import org.jinzai.ui.internal.run.handlers.RunRegionHandler;
import org.jinzai.ui.internal.run.jobs.RegionRunJob;
import org.jinzai.ui.internal.run.jobs.RegionSweepJob;
import org.jinzai.ui.internal.run.jobs.ValidScenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Running the example region from the workbench: its members alone and with the pool in the editor area — the member ×
 * fiscal year table of the target the pool changes (never lower with the pool), every member together, the pool's
 * chart and years — the same numbers as the run itself; running again reuses the editor; a region that cannot run says
 * why and opens nothing.
 */
class RunRegionTest {

    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

    @BeforeEach
    void fewReplications() {
        RunPreferences.store().setValue(RunPreferences.REPLICATIONS, 40);
    }

    @AfterEach
    void cleanUp() {
        RunPreferences.store().setToDefault(RunPreferences.REPLICATIONS);
        page.closeAllEditors(false);
    }

    private RegionResultsEditor run(IFile file) {
        RegionRunJob job = RunRegionHandler.schedule(file, page);
        UiWait.until(() -> job.getState() == Job.NONE && page.getActiveEditor() instanceof RegionResultsEditor editor
                && editor.outcome() == job.outcome(), "the region's results in the editor area", 180_000);
        return (RegionResultsEditor) page.getActiveEditor();
    }

    /** A percentage of a cell "83% → 100%": the part before (0) or after (1) the arrow. */
    private static int percent(String cell, int part) {
        return Integer.parseInt(cell.split(" \u2192 ")[part].replace("%", "").strip());
    }

    @Test
    void theExampleRegionAloneAndPooledInTheEditorArea() {
        IProject project = UiWait.examples();
        IFile file = project.getFile(ExampleNames.current().path("region/midori-ken.jzg"));
        assertTrue(file.exists(), "the example region is in the workspace: " + file);
        RegionResultsEditor editor = run(file);
        assertEquals(40, editor.outcome().options().replications());
        assertEquals("region#run", org.jinzai.ui.internal.help.HelpTopics.ofPart(editor), "F1 opens the guide's page on a region's run");
        List<String> entries = editor.entries();
        // first the targets the pool changes, then every member together, then the pool
        String target = "Step2以上の情報システム担当（県プールの支援を含む） 週1日分以上";
        int members = entries.indexOf(NLS.bind(Messages.Region_membersEntry, target));
        assertTrue(members >= 0 && members < entries.indexOf(Messages.Region_everyEntry), entries.toString());
        editor.showEntry(members);
        UiWait.until(() -> entries.get(members).equals(editor.shownTitle()), "the members' table", 10_000);
        List<String[]> rows = editor.rows();
        assertEquals(22, rows.size(), "a row a member");
        assertEquals("あおば町", rows.get(0)[0]);
        assertEquals("やまと市", rows.get(21)[0]);
        assertFalse(editor.hasChart());
        int better = 0;
        for (String[] row : rows) {
            for (int y = 1; y <= 5; y++) {
                assertTrue(percent(row[y], 1) >= percent(row[y], 0), "never lower with the pool: " + String.join(" | ", row));
                better += percent(row[y], 1) > percent(row[y], 0) ? 1 : 0;
            }
        }
        assertTrue(better > 20, "the pool helps: " + better);
        // the numbers are the run's: a member's pooled probability as the comparison gives it
        var first = editor.outcome().run().comparison(0).rows().stream()
                .filter(r -> r.targetId().equals("target-is-step2-or-pool") && r.fiscalYear() == 2026).findFirst().orElseThrow();
        assertEquals(Math.round(first.met() * 100), percent(rows.get(0)[1], 1));

        editor.showEntry(entries.indexOf(Messages.Region_everyEntry));
        UiWait.until(() -> Messages.Region_everyEntry.equals(editor.shownTitle()), "every member together", 10_000);
        assertTrue(editor.rows().stream().anyMatch(r -> r[0].equals(target)), "the shared target is there");

        int pool = entries.indexOf(NLS.bind(Messages.Region_poolEntry, "県デジタル人材プール（専門人材）"));
        editor.showEntry(pool);
        UiWait.until(() -> editor.hasChart() && editor.rows().size() == 5, "the pool's chart and years", 10_000);
        for (String[] row : editor.rows()) {
            double capacity = Double.parseDouble(row[2]);
            double asked = Double.parseDouble(row[3]);
            double given = Double.parseDouble(row[4]);
            assertTrue(given <= capacity + 0.05 && given <= asked + 0.05, String.join(" | ", row));
        }

        // the documents: the region's and each member's policy document, in results/ beside the region
        var closed = SystemProgramsTest.pressSoon(page.getWorkbenchWindow().getShell().getDisplay(), Messages.Export_close);
        var export = editor.export();
        UiWait.until(() -> export.getState() == Job.NONE && !export.written().isEmpty() && closed.get(),
                "the documents written and the message about them closed", 180_000);
        assertEquals(23, export.written().size(), "the region's document and 22 policy documents");
        assertTrue(export.written().get(0).getName().equals("region.docx") && export.written().get(0).exists(), export.written().toString());
        assertTrue(export.written().stream().allMatch(IFile::exists));

        // run again: the same editor shows the new run
        RegionResultsEditor again = run(file);
        assertSame(editor, again);
    }

    /**
     * Pool size × allocation from the workbench: the grid in the editor area, a row a value, a column a policy; with no
     * staff every policy gives the same, with more the probability never falls; the smallest size that reaches the wanted
     * probability is named; the same numbers as the sweep itself.
     */
    @Test
    void comparingPoolSizesAndAllocationInTheEditorArea() {
        IProject project = UiWait.examples();
        IFile file = project.getFile(ExampleNames.current().path("region/midori-ken.jzg"));
        Region region = ValidScenario.load(file, Region.class, "not a region").element();
        RegionSweep.Question question = new RegionSweep.Question(0, true, new int[] { 0, 1, 3 },
                List.of(AllocationPolicy.PRIORITY, AllocationPolicy.SMALLEST_FIRST), "target-is-step2-or-pool", 0);
        RegionSweepJob job = RegionSweepHandler.schedule(file, region, question, 0.5, new RunOptions(24, 20260401L, 2), page);
        UiWait.until(() -> job.getState() == Job.NONE && page.getActiveEditor() instanceof RegionSweepEditor, "the grid in the editor area", 180_000);
        RegionSweepEditor editor = (RegionSweepEditor) page.getActiveEditor();
        List<String[]> rows = editor.rows();
        assertEquals(3, rows.size());
        assertEquals(List.of("0", "1", "3"), rows.stream().map(r -> r[0]).toList());
        int[][] percent = new int[3][2];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 2; j++) {
                percent[i][j] = Integer.parseInt(rows.get(i)[j + 1].substring(0, rows.get(i)[j + 1].indexOf('%')));
                assertEquals(Math.round(100 * job.outcome().grid().points()[i][j].everyMember()), percent[i][j], "the sweep's own numbers");
            }
        }
        assertEquals(percent[0][0], percent[0][1], "no staff: every policy the same");
        for (int j = 0; j < 2; j++) {
            assertTrue(percent[1][j] >= percent[0][j] && percent[2][j] >= percent[1][j], "never lower with more staff");
        }
        int smallest = job.outcome().grid().smallest(1, 0.5);
        assertTrue(editor.smallestText().contains(smallest < 0 ? Messages.RegionSweep_none : Integer.toString(smallest)), editor.smallestText());
        // again: the same editor shows the new grid
        RegionSweepJob again = RegionSweepHandler.schedule(file, region, question, 0.9, new RunOptions(24, 20260401L, 1), page);
        UiWait.until(() -> again.getState() == Job.NONE && again.outcome() != null, "the second grid", 180_000);
        UiWait.until(() -> page.getActiveEditor() == editor && editor.smallestText().contains("90%"), "shown in the same editor", 10_000);
        assertEquals(rows.stream().map(r -> String.join("|", r)).toList(), editor.rows().stream().map(r -> String.join("|", r)).toList(),
                "the same numbers with one thread as with two");
    }

    @Test
    void aRegionThatCannotRunSaysWhyAndOpensNothing() throws Exception {
        IProject project = UiWait.examples();
        IFile copy = project.getFile(ExampleNames.current().path("region").append("broken.jzg"));
        IFile file = project.getFile(ExampleNames.current().path("region/midori-ken.jzg"));
        try (var in = file.getContents()) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("<runSettings/>",
                    "<runSettings horizonYears=\"3\"/>");
            copy.create(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), true, null);
        }
        try {
            RegionRunJob job = new RegionRunJob(copy);
            job.schedule();
            job.join();
            assertNull(job.outcome());
            assertEquals(22, job.problems().size(), "every member plans other years than the region: " + job.problems());
            assertTrue(job.problems().get(0).contains("2028"), job.problems().get(0));
            assertFalse(page.getActiveEditor() instanceof RegionResultsEditor);
        } finally {
            copy.delete(true, null);
        }
    }
}
