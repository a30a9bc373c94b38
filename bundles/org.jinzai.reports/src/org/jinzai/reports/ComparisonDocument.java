package org.jinzai.reports;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jinzai.engine.RunOptions;
import org.jinzai.model.Scenario;
import org.jinzai.model.util.FiscalYears;
import org.jinzai.model.validation.ScenarioChanges;
import org.jinzai.scenario.ScenarioComparison;

/**
 * A comparison of scenarios as a Word document for CIO advisers: the scenarios and what each changes against the
 * reference, the ranking by the chosen target when asked for, then per target and fiscal year the paired difference
 * (on common random numbers) with its 90 % interval, the probability that the scenario does better, and the
 * probabilities of meeting the target. In Japanese or English; である調.
 */
public final class ComparisonDocument {

    private final List<Scenario> scenarios;
    private final ScenarioComparison comparison;
    private final RunOptions options;
    private final Texts texts;
    private final String rankTarget;
    private final int rankYear;

    /**
     * @param scenarios  the scenarios compared, the reference first
     * @param rankTarget the id of the target to rank by, or null for no ranking
     */
    public ComparisonDocument(List<Scenario> scenarios, ScenarioComparison comparison, RunOptions options, Locale locale, String rankTarget,
            int rankYear) {
        this.scenarios = List.copyOf(scenarios);
        this.comparison = comparison;
        this.options = options;
        this.texts = new Texts(locale);
        this.rankTarget = rankTarget;
        this.rankYear = rankYear;
    }

    /** The document's bytes. */
    public byte[] toBytes() throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            WordPages word = new WordPages(doc, texts);
            word.heading(1, texts.get("cmp.title")); //$NON-NLS-1$
            word.paragraph(texts.get("cmp.intro", scenarios.get(0).getName(), Long.toString(options.seed()), options.replications())); //$NON-NLS-1$
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
        word.row(table, scenarios.get(0).getName(), texts.get("cmp.reference")); //$NON-NLS-1$
        for (Scenario scenario : scenarios.subList(1, scenarios.size())) {
            List<String> changes = ScenarioChanges.of(scenarios.get(0), scenario);
            word.row(table, scenario.getName(), changes.isEmpty() ? texts.get("cmp.noChange") : String.join("\n", changes)); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private void ranking(WordPages word) {
        if (rankTarget == null) {
            return;
        }
        String targetName = scenarios.get(0).getTargets().stream().filter(t -> rankTarget.equals(t.getId())).findFirst()
                .map(t -> t.getName()).orElse(rankTarget);
        word.heading(2, texts.get("cmp.ranking", targetName, FiscalYears.label(rankYear, texts.locale()))); //$NON-NLS-1$
        XWPFTable table = word.table(2, texts.get("xlsx.place"), texts.get("run.scenario"), texts.get("stat.probability"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                texts.get("stat.mean")); //$NON-NLS-1$
        for (ScenarioComparison.Rank rank : comparison.ranking(rankTarget, rankYear)) {
            word.row(table, Integer.toString(rank.place()), rank.scenario(), Formats.probability(rank.probabilityMet()), Formats.number(rank.mean()));
        }
    }

    /** Per target: a table of every other scenario and fiscal year against the reference. */
    private void differences(WordPages word) {
        word.heading(2, texts.get("cmp.differences")); //$NON-NLS-1$
        word.paragraph(texts.get("cmp.differencesIntro")); //$NON-NLS-1$
        Map<String, List<ScenarioComparison.Row>> byTarget = new LinkedHashMap<>();
        java.util.Set<String> targets = new java.util.HashSet<>();
        scenarios.get(0).getTargets().forEach(t -> targets.add(t.getId()));
        for (ScenarioComparison.Row row : comparison.rows()) {
            if (!targets.contains(row.targetId())) {
                // counts and flows are in the workbook; the document keeps to the targets
                continue;
            }
            byTarget.computeIfAbsent(row.targetId(), id -> new java.util.ArrayList<>()).add(row);
        }
        for (List<ScenarioComparison.Row> rows : byTarget.values()) {
            boolean share = scenarios.get(0).getTargets().stream().filter(t -> t.getId().equals(rows.get(0).targetId())).findFirst()
                    .map(Formats::isShare).orElse(false);
            XWPFParagraph title = word.paragraph(rows.get(0).targetName());
            title.getRuns().get(0).setBold(true);
            WordPages.keepNext(title);
            XWPFTable table = word.table(2, texts.get("col.fiscalYear"), texts.get("run.scenario"), //$NON-NLS-1$ //$NON-NLS-2$
                    texts.get("xlsx.referenceMean"), texts.get("stat.mean"), texts.get("cmp.difference"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    texts.get("xlsx.probabilityBetter"), texts.get("cmp.met")); //$NON-NLS-1$ //$NON-NLS-2$
            for (ScenarioComparison.Row row : rows) {
                String difference = Formats.value(row.difference(), share) + texts.get("cmp.interval", Formats.value(row.low(), share), //$NON-NLS-1$
                        Formats.value(row.high(), share));
                String met = Double.isNaN(row.met()) ? "-" //$NON-NLS-1$
                        : Formats.probability(row.referenceMet()) + " → " + Formats.probability(row.met()); //$NON-NLS-1$
                word.row(table, FiscalYears.label(row.fiscalYear(), texts.locale()), row.scenario(), Formats.value(row.referenceMean(), share),
                        Formats.value(row.mean(), share), difference, Formats.probability(row.probabilityBetter()), met);
            }
        }
    }
}
