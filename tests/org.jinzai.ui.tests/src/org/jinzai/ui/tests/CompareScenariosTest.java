package org.jinzai.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.jinzai.reports.Formats;
import org.jinzai.reports.ReportData;
import org.jinzai.scenario.ScenarioComparison;
import org.jinzai.ui.internal.Messages;
import org.jinzai.ui.internal.prefs.RunPreferences;
import org.jinzai.ui.internal.run.editors.ComparisonEditor;
import org.jinzai.ui.internal.run.handlers.CompareScenariosHandler;
import org.jinzai.ui.internal.run.jobs.CompareJob;
import org.jinzai.ui.internal.run.jobs.ComparisonExportJob;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Comparing scenarios in the editor area: the probabilities of meeting each target side by side, per target the paired
 * differences with the names in the words, what each scenario changes; a scenario compared with a copy of itself is a
 * tie everywhere (no "-0.0", both first, "all the same"); comparing the same scenarios again reuses the editor.
 */
class CompareScenariosTest {

    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    private IFile copy;

    @BeforeEach
    void fewReplications() {
        RunPreferences.store().setValue(RunPreferences.REPLICATIONS, 50);
    }

    @AfterEach
    void cleanUp() throws Exception {
        RunPreferences.store().setToDefault(RunPreferences.REPLICATIONS);
        page.closeAllEditors(false);
        if (copy != null && copy.exists()) {
            copy.delete(true, null);
        }
    }

    private ComparisonEditor compare(IFile... files) {
        CompareJob job = CompareScenariosHandler.schedule(List.of(files), page);
        UiWait.until(() -> job.getState() == Job.NONE && page.getActiveEditor() instanceof ComparisonEditor editor
                && editor.outcome() == job.outcome(), "the comparison in the editor area", 120_000);
        return (ComparisonEditor) page.getActiveEditor();
    }

    @Test
    void probabilitiesSideBySideAndDifferencesInWords() throws Exception {
        IProject project = UiWait.examples();
        // selected in the explorer's order, the copy above its original: the original is the reference all the same
        ComparisonEditor editor = compare(project.getFile("town/ict-hiring.jzs"), project.getFile("town/status-quo.jzs"));
        CompareJob.Outcome outcome = editor.outcome();
        List<String> names = outcome.names();
        assertEquals(List.of("現状維持", "ICT職採用・外部人材活用"), names, "the scenario the other was copied from is the reference");
        assertEquals(50, outcome.options().replications());
        assertEquals(Messages.Compare_summary, editor.shownTitle(), "the probabilities side by side first");

        // a row per target and fiscal year with a target value; each scenario's probability, count by count
        ReportData reference = outcome.data().get(0);
        List<String[]> rows = editor.rows();
        int r = 0;
        for (ReportData.TargetRow target : reference.targets()) {
            ReportData.TargetRow other = outcome.data().get(1).targets().stream().filter(t -> t.id().equals(target.id())).findFirst()
                    .orElseThrow();
            for (int y = 0; y < reference.years(); y++) {
                if (Double.isNaN(target.wanted()[y])) {
                    continue;
                }
                String[] row = rows.get(r);
                assertEquals(target.name(), row[0]);
                assertEquals(Formats.probability(target.probability()[y]), row[2], target.name() + " " + row[1]);
                assertEquals(Formats.probability(other.probability()[y]), row[3], target.name() + " " + row[1]);
                long a = Math.round(target.probability()[y] * 100);
                long b = Math.round(other.probability()[y] * 100);
                String verdict = a == b ? Messages.Compare_verdictSame
                        : NLS.bind(Messages.Compare_verdictBest, names.get(a > b ? 0 : 1));
                assertEquals(verdict, row[4], "who is ahead in " + String.join(" ", row));
                assertNotNull(editor.cellBackground(r, 2), "a probability is coloured");
                r++;
            }
        }
        assertEquals(r, rows.size(), "only years with a target value");
        assertTrue(editor.headers().get(2).contains(names.get(0)) && editor.headers().get(3).contains(names.get(1)),
                "each scenario's column is named: " + editor.headers());

        // what the other scenario changes: the two channels it adds
        String changes = editor.changesText();
        assertTrue(changes.contains("ICT枠採用") && changes.contains("人材シェアリング"), changes);

        // a click on a row opens that target: the paired differences per fiscal year, worded with the names
        editor.clickRow(0);
        UiWait.until(() -> rows.get(0)[0].equals(editor.shownTitle()), "the target's view", 10_000);
        String targetId = reference.targets().stream().filter(t -> t.name().equals(rows.get(0)[0])).findFirst().orElseThrow().id();
        List<ScenarioComparison.Row> expected = outcome.comparison().rows().stream().filter(row -> row.targetId().equals(targetId)).toList();
        List<String[]> differences = editor.rows();
        assertEquals(expected.size(), differences.size(), "a row per fiscal year");
        assertEquals(NLS.bind(Messages.Compare_beats, names.get(0)), editor.headers().get(8), "who beats whom, by name");
        for (int k = 0; k < expected.size(); k++) {
            ScenarioComparison.Row row = expected.get(k);
            String[] cells = differences.get(k);
            assertEquals(Formats.probability(row.referenceMet()), cells[6]);
            assertEquals(Formats.probability(row.met()), cells[7]);
            assertEquals(Formats.probability(row.probabilityBetter()), cells[8]);
            assertEquals(Formats.probability(row.probabilityTie()), cells[9]);
            assertEquals(Formats.probability(row.probabilityWorse()), cells[10]);
            assertEquals(1.0, row.probabilityBetter() + row.probabilityTie() + row.probabilityWorse(), 1e-9);
        }
        assertTrue(editor.sentenceText().contains(names.get(0)) && editor.sentenceText().contains(names.get(1)), editor.sentenceText());
        assertTrue(editor.rankingText().contains(names.get(0)) && editor.rankingText().contains(names.get(1)), editor.rankingText());
        assertEquals(1 + expected.size(), editor.tableText().split("\n").length, "Copy gives the header and the rows");

        // the same comparison as a Word report and a workbook beside the reference, ranked by the target shown
        var closed = SystemProgramsTest.pressSoon(page.getWorkbenchWindow().getShell().getDisplay(), Messages.Export_close);
        ComparisonExportJob export = editor.export();
        UiWait.until(() -> export.getState() == Job.NONE && export.written().size() == 2 && closed.get(),
                "the comparison report written and the message about it closed", 60_000);
        IFile docx = project.getFile("town/status-quo-comparison.docx");
        assertEquals(List.of(docx, project.getFile("town/status-quo-comparison.xlsx")), export.written());
        try (InputStream in = docx.getContents(); XWPFDocument doc = new XWPFDocument(in)) {
            // in the workbench's language (English here): a heading of the ranking names the target shown
            List<String> headings = doc.getParagraphs().stream().filter(p -> "Heading2".equals(p.getStyle())).map(XWPFParagraph::getText).toList();
            assertTrue(headings.stream().anyMatch(h -> h.contains(rows.get(0)[0])), "ranked by the target shown: " + headings);
            String scenarios = doc.getTables().get(0).getText();
            assertTrue(scenarios.contains(names.get(1)) && scenarios.contains("ICT枠採用"), scenarios);
            assertEquals(reference.targets().size(), doc.getAllPictures().size(), "a chart of the overlaid bands per target");
        }
        export.written().forEach(file -> {
            try {
                file.delete(true, null);
            } catch (org.eclipse.core.runtime.CoreException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void aScenarioAgainstACopyOfItselfTiesEverywhere() throws Exception {
        IProject project = UiWait.examples();
        IFile original = project.getFile("town/status-quo.jzs");
        String text = new String(original.getContents().readAllBytes(), StandardCharsets.UTF_8).replace("name=\"現状維持\"",
                "name=\"現状維持（写し）\"");
        copy = project.getFile("town/status-quo-copy.jzs");
        copy.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
        ComparisonEditor editor = compare(original, copy);
        CompareJob.Outcome outcome = editor.outcome();
        assertTrue(editor.changesText().contains(NLS.bind(Messages.Compare_noChanges, "現状維持（写し）")), editor.changesText());
        for (String[] row : editor.rows()) {
            assertEquals(Messages.Compare_verdictSame, row[row.length - 1], String.join(" ", row));
            assertEquals(row[2], row[3]);
        }
        assertFalse(editor.rows().isEmpty());
        List<String> seen = new ArrayList<>();
        for (int entry = 1; entry <= outcome.data().get(0).targets().size(); entry++) {
            editor.showEntry(entry);
            for (String[] cells : editor.rows()) {
                for (int c = 4; c <= 5; c++) {
                    assertFalse(cells[c].contains("-0.0") || cells[c].contains("+0.0"), "no signed zero: " + String.join(" ", cells));
                    String zero = cells[c].contains("%") ? "0.0%" : "0.0";
                    assertTrue(cells[c].equals(zero) || cells[c].equals(NLS.bind(Messages.Compare_range, zero, zero)),
                            "a difference of nothing: " + cells[c]);
                }
                assertEquals("100%", cells[9], "the same in every replication");
                seen.add(cells[0]);
            }
            // tied scenarios share the first place
            ReportData.TargetRow target = outcome.data().get(0).targets().get(entry - 1);
            int year = outcome.data().get(0).fiscalYear(outcome.data().get(0).years() - 1);
            for (int y = outcome.data().get(0).years() - 1; y >= 0; y--) {
                if (!Double.isNaN(target.wanted()[y])) {
                    year = outcome.data().get(0).fiscalYear(y);
                    break;
                }
            }
            List<ScenarioComparison.Rank> ranks = outcome.comparison().ranking(target.id(), year);
            assertEquals(2, ranks.size());
            for (ScenarioComparison.Rank rank : ranks) {
                assertEquals(1, rank.place(), "a tie: " + ranks);
                String shown = NLS.bind(Messages.Compare_rank, new Object[] { 1, rank.scenario(), Formats.probability(rank.probabilityMet()),
                        Formats.value(rank.mean(), target.share()) });
                assertTrue(editor.rankingText().contains(shown), shown + " in " + editor.rankingText());
            }
        }
        assertFalse(seen.isEmpty());

        // the same scenarios compared again: the editor shows the new run, no second tab
        ComparisonEditor again = compare(original, copy);
        assertTrue(again == editor, "the same editor");
        assertEquals(1, java.util.Arrays.stream(page.getEditorReferences()).filter(e -> ComparisonEditor.ID.equals(e.getId())).count());
    }

    @Test
    void scenariosOverDifferentYearsAreNotComparedButToldWhy() throws Exception {
        IProject project = UiWait.examples();
        IFile original = project.getFile("town/status-quo.jzs");
        String text = new String(original.getContents().readAllBytes(), StandardCharsets.UTF_8).replace("<runSettings/>",
                "<runSettings horizonYears=\"6\"/>").replace("name=\"現状維持\"", "name=\"6年間\"");
        copy = project.getFile("town/six-years.jzs");
        copy.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
        CompareJob job = new CompareJob(List.of(original, copy));
        job.schedule();
        job.join();
        assertEquals(null, job.outcome(), "nothing compared year 5 against nothing");
        assertEquals(List.of(NLS.bind(Messages.Compare_horizon, new Object[] { "現状維持", "2026", "2030", "6年間", "2026", "2031" })),
                job.problems());
    }
}
