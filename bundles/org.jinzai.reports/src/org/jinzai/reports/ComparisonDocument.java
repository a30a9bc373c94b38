package org.jinzai.reports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jinzai.model.util.FiscalYears;
import org.jinzai.scenario.ScenarioComparison;

/**
 * A comparison of scenarios as a Word document for CIO advisers: the scenarios and what each changes against the
 * reference, the ranking by the chosen target when asked for, then per target and fiscal year the paired difference
 * (on common random numbers) with its 90 % interval, the probability that the scenario does better, and the
 * probabilities of meeting the target, with a chart of every scenario's band overlaid. In Japanese or English; である調.
 */
public final class ComparisonDocument {

    /** The changes of a scenario listed in the document; the rest are counted (the workbook lists them all). */
    private static final int MOST_CHANGES = 12;

    private final ComparisonReport report;
    private final Texts texts;

    public ComparisonDocument(ComparisonReport report) {
        this.report = report;
        this.texts = report.texts();
    }

    /** The document's bytes. */
    public byte[] toBytes() throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            WordPages word = WordPages.blank(doc, texts);
            word.heading(1, texts.get("cmp.title")); //$NON-NLS-1$
            word.paragraph(texts.get("cmp.intro", report.names().get(0), Long.toString(report.options().seed()), //$NON-NLS-1$
                    report.options().replications()));
            scenarios(word);
            ranking(word);
            differences(word);
            word.finish();
            return PackageBytes.of(doc);
        }
    }

    /** The scenarios and what each changes against the reference. */
    private void scenarios(WordPages word) {
        word.heading(2, texts.get("cmp.scenarios")); //$NON-NLS-1$
        XWPFTable table = word.table(2, texts.get("run.scenario"), texts.get("cmp.changes")); //$NON-NLS-1$ //$NON-NLS-2$
        word.row(table, report.names().get(0), texts.get("cmp.reference")); //$NON-NLS-1$
        for (int k = 1; k < report.names().size(); k++) {
            List<String> changes = report.changes().get(k);
            // a long list (a new project pipeline) is cut short: the workbook has every change
            List<String> shown = new ArrayList<>(changes.subList(0, Math.min(MOST_CHANGES, changes.size())));
            if (changes.size() > shown.size()) {
                shown.add(texts.get("cmp.moreChanges", changes.size() - shown.size())); //$NON-NLS-1$
            }
            word.row(table, report.names().get(k), changes.isEmpty() ? texts.get("cmp.noChange") : String.join("\n", shown)); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private void ranking(WordPages word) {
        String rankTarget = report.rankTarget();
        if (rankTarget == null) {
            return;
        }
        ReportData.TargetRow ranked = report.data().get(0).targets().stream().filter(t -> rankTarget.equals(t.id())).findFirst().orElse(null);
        String targetName = ranked == null ? rankTarget : ranked.name();
        boolean share = ranked != null && ranked.share();
        word.heading(2, texts.get("cmp.ranking", targetName, FiscalYears.label(report.rankYear(), texts.locale()))); //$NON-NLS-1$
        XWPFTable table = word.table(2, texts.get("xlsx.place"), texts.get("run.scenario"), texts.get("stat.probability"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                texts.get("stat.mean")); //$NON-NLS-1$
        for (ScenarioComparison.Rank rank : report.comparison().ranking(rankTarget, report.rankYear())) {
            word.row(table, Integer.toString(rank.place()), rank.scenario(), Formats.probability(rank.probabilityMet()),
                    Formats.value(rank.mean(), share));
        }
    }

    /** Per target: every scenario's band over the years, then a table of every other scenario and fiscal year against the reference. */
    private void differences(WordPages word) {
        word.heading(2, texts.get("cmp.differences")); //$NON-NLS-1$
        word.paragraph(texts.get("cmp.differencesIntro")); //$NON-NLS-1$
        ReportData first = report.data().get(0);
        int index = 0;
        for (ReportData.TargetRow target : first.targets()) {
            // counts and flows are in the workbook; the document keeps to the targets
            List<ScenarioComparison.Row> rows = report.comparison().rows().stream().filter(r -> r.targetId().equals(target.id())).toList();
            boolean share = target.share();
            XWPFParagraph title = word.paragraph(target.name());
            title.getRuns().get(0).setBold(true);
            WordPages.keepNext(title);
            band(word, target, ++index);
            if (rows.isEmpty()) {
                continue;
            }
            XWPFTable table = word.table(2, texts.get("col.fiscalYear"), texts.get("run.scenario"), //$NON-NLS-1$ //$NON-NLS-2$
                    texts.get("xlsx.referenceMean"), texts.get("stat.mean"), texts.get("cmp.difference"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    texts.get("xlsx.probabilityBetter"), texts.get("cmp.met")); //$NON-NLS-1$ //$NON-NLS-2$
            for (ScenarioComparison.Row row : rows) {
                String difference = Formats.value(row.difference(), share) + texts.get("cmp.interval", Formats.value(row.low(), share), //$NON-NLS-1$
                        Formats.value(row.high(), share));
                String met = Double.isNaN(row.met()) ? "-" //$NON-NLS-1$
                        : Formats.probability(row.referenceMet()) + " → " + Formats.probability(row.met()); //$NON-NLS-1$
                // the short form of the year (2026 (R8)), so that the names and numbers keep their room
                word.row(table, first.shortYearLabel(row.fiscalYear() - first.fiscalYear(0)), row.scenario(), Formats.value(row.referenceMean(), share),
                        Formats.value(row.mean(), share), difference, Formats.probability(row.probabilityBetter()), met);
            }
        }
    }

    /** The target's band (P10-P90) and median in every scenario that has it, overlaid, with the reference's target values. */
    private void band(WordPages word, ReportData.TargetRow target, int index) {
        List<String> names = new ArrayList<>();
        List<ReportData.TargetRow> rows = new ArrayList<>();
        for (int k = 0; k < report.data().size(); k++) {
            for (ReportData.TargetRow row : report.data().get(k).targets()) {
                if (row.id().equals(target.id())) {
                    rows.add(row);
                    names.add(report.names().get(k));
                    break;
                }
            }
        }
        word.chart(Charts.comparison(report.data().get(0), target.name(), names, rows), "comparison-" + index); //$NON-NLS-1$
    }
}
