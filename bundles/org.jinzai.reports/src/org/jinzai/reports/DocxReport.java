package org.jinzai.reports;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jinzai.engine.Summary;

/**
 * The policy document (方針) in the order of its template (source 004 §2, see README): 1 背景 (a placeholder the planner
 * writes), 2 求められる人材像 and 3 スキル基準・育成段階 from the baseline, 4 現状の分析と育成目標 from the run (a summary of
 * every target first), 5 確保・育成施策と計画 from the scenario and its goal-seeks. Real Word headings (Heading 1/2) and tables (Table Grid) that paste
 * into the planner's own template, charts as pictures, and a footnote saying how the numbers were made.
 */
public final class DocxReport {

    private final ReportData data;
    private final Texts texts;
    private XWPFDocument doc;
    private WordPages word;

    public DocxReport(ReportData data) {
        this.data = data;
        this.texts = data.texts();
    }

    /** The document's bytes, written into the default template in the report's language. */
    public byte[] toBytes() throws IOException {
        return toBytes(PolicyTemplate.standard(texts.locale()));
    }

    /**
     * The document's bytes, written into a template (checked when it was read): each of its places gets its part,
     * each field its value, and everything else of the template stays.
     */
    public byte[] toBytes(PolicyTemplate template) throws IOException {
        try (XWPFDocument document = template.open()) {
            this.doc = document;
            this.word = WordPages.within(document, texts);
            for (TemplatePlaces.Place place : template.places(document)) {
                word.before(place.before());
                write(place.part());
                TemplatePlaces.remove(document, place.remove());
            }
            word.before(null);
            TemplatePlaces.fillFields(document, fields());
            word.finish();
            return PackageBytes.of(document);
        }
    }

    /** The values of the fields a template may quote. */
    private Map<PolicyTemplate.Field, String> fields() {
        Map<PolicyTemplate.Field, String> values = new EnumMap<>(PolicyTemplate.Field.class);
        values.put(PolicyTemplate.Field.ORGANIZATION, data.organizationName());
        values.put(PolicyTemplate.Field.SCENARIO, data.scenarioName());
        values.put(PolicyTemplate.Field.BASELINE, data.baselineName());
        int first = data.fiscalYear(0);
        int last = data.fiscalYear(data.years() - 1);
        values.put(PolicyTemplate.Field.PERIOD, texts.get("docx.period", org.jinzai.model.util.FiscalYears.era(first), //$NON-NLS-1$
                org.jinzai.model.util.FiscalYears.era(last), Integer.toString(first), Integer.toString(last)));
        // 令和8年12月2日 as municipal documents are dated; 2 December 2026 in English
        values.put(PolicyTemplate.Field.DATE, texts.japanese()
                ? java.time.format.DateTimeFormatter.ofPattern("GGGGy年M月d日", Locale.JAPANESE).format(java.time.chrono.JapaneseDate.from(data.date())) //$NON-NLS-1$
                : java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(data.date())); //$NON-NLS-1$
        return values;
    }

    /** A part of the document at the current place; the sections' parts bring their subsections' headings. */
    private void write(PolicyTemplate.Part part) {
        switch (part) {
            case DOCUMENT -> {
                for (PolicyTemplate.Part section : DefaultTemplate.SECTIONS) {
                    word.heading(1, texts.get(section.titleKey()));
                    write(section);
                }
            }
            case BACKGROUND -> word.paragraph(texts.get("docx.backgroundPlaceholder", data.organizationName())); //$NON-NLS-1$
            case PERSONAS -> personas();
            case STANDARDS -> standards();
            case ANALYSIS -> {
                footnote(word.paragraph(texts.get("docx.intro", data.organizationName(), data.scenarioName(), //$NON-NLS-1$
                        data.yearLabel(0), data.yearLabel(data.years() - 1), data.replications())));
                for (PolicyTemplate.Part sub : List.of(PolicyTemplate.Part.SUMMARY, PolicyTemplate.Part.CURRENT, PolicyTemplate.Part.TARGETS,
                        PolicyTemplate.Part.PROJECTION)) {
                    subsection(sub);
                }
            }
            case SUMMARY -> summary();
            case CURRENT -> current();
            case TARGETS -> targets();
            case PROJECTION -> projection();
            case MEASURES -> {
                subsection(PolicyTemplate.Part.PLAN);
                if (!data.goalSeeks().isEmpty()) {
                    subsection(PolicyTemplate.Part.APPLIED);
                }
                if (!data.goalSeeksNeeded().isEmpty()) {
                    // apart from the plan: what its tables do not show
                    subsection(PolicyTemplate.Part.NEEDED);
                }
                if (data.appointment() != null) {
                    subsection(PolicyTemplate.Part.APPOINTMENT);
                }
                subsection(PolicyTemplate.Part.ROTATION);
            }
            case PLAN -> {
                plan();
                // a member of a region: the support it counts on from the region's pools
                data.poolSupport().forEach(word::paragraph);
            }
            case APPLIED -> data.goalSeeks().forEach(word::paragraph);
            case NEEDED -> data.goalSeeksNeeded().forEach(word::paragraph);
            case APPOINTMENT -> {
                if (data.appointment() != null) {
                    word.paragraph(data.appointment());
                }
            }
            case ROTATION -> rotation();
        }
    }

    private void subsection(PolicyTemplate.Part part) {
        word.heading(2, texts.get(part.titleKey()));
        write(part);
    }

    /** 2 求められる人材像: each persona with the skill items it needs and their level. */
    private void personas() {
        word.paragraph(texts.get("docx.personasIntro")); //$NON-NLS-1$
        XWPFTable table = word.table(3, texts.get("col.persona"), texts.get("docx.skills"), texts.get("docx.acquired")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        for (ReportData.PersonaProfile persona : data.profiles()) {
            word.row(table, persona.name(), persona.skills().isEmpty() ? "-" : String.join("、", persona.skills()), //$NON-NLS-1$ //$NON-NLS-2$
                    texts.get(persona.external() ? "docx.external" : "docx.developed")); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** 3 スキル基準・育成段階: what Step1 to Step3 of each persona with steps mean. */
    private void standards() {
        word.paragraph(texts.get("docx.standardsIntro")); //$NON-NLS-1$
        XWPFTable table = word.table(4, texts.get("col.persona"), texts.get("chart.step", 1), texts.get("chart.step", 2), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                texts.get("chart.step", 3)); //$NON-NLS-1$
        for (ReportData.PersonaProfile persona : data.profiles()) {
            if (persona.hasSteps()) {
                List<String> steps = persona.steps().stream().map(d -> d.isBlank() ? "-" : d).toList(); //$NON-NLS-1$
                word.row(table, persona.name(), steps.get(0), steps.get(1), steps.get(2));
            }
        }
    }

    /** The summary of every target first: per fiscal year its value and the probability of meeting it. */
    private void summary() {
        XWPFTable table = word.table(1, withYears(texts.get("col.target"))); //$NON-NLS-1$
        for (ReportData.TargetRow target : data.targets()) {
            String[] cells = new String[1 + data.years()];
            cells[0] = target.name();
            for (int y = 0; y < data.years(); y++) {
                double wanted = target.wanted()[y];
                cells[1 + y] = Double.isNaN(wanted) ? "-" //$NON-NLS-1$
                        : texts.get("docx.summaryCell", amount(target, wanted), Formats.probability(target.probability()[y])); //$NON-NLS-1$
            }
            word.row(table, cells);
        }
        word.paragraph(texts.get("docx.summaryNote")); //$NON-NLS-1$
    }

    /** A table's headers: the leading ones, then a short label per fiscal year (2026 (R8)). */
    private String[] withYears(String... leading) {
        String[] headers = java.util.Arrays.copyOf(leading, leading.length + data.years());
        for (int y = 0; y < data.years(); y++) {
            headers[leading.length + y] = data.shortYearLabel(y);
        }
        return headers;
    }

    /** Staff by persona and step at the start. */
    private void current() {
        XWPFTable current = word.table(1, texts.get("col.persona"), texts.get("chart.belowStep1"), texts.get("chart.step", 1), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                texts.get("chart.step", 2), texts.get("chart.step", 3), texts.get("col.total")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        for (ReportData.PersonaRow persona : data.personas()) {
            double[] start = persona.atStart();
            double total = start[0] + start[1] + start[2] + start[3];
            if (persona.hasSteps()) {
                word.row(current, persona.name(), Formats.number(start[0]), Formats.number(start[1]), Formats.number(start[2]), Formats.number(start[3]),
                        Formats.number(total));
            } else {
                word.row(current, persona.name(), "-", "-", "-", "-", Formats.number(total)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            }
        }
        word.paragraph(texts.get("docx.currentNote")); //$NON-NLS-1$
    }

    /** Each target per fiscal year: value, projected median and range, probability; its chart. */
    private void targets() {
        word.paragraph(texts.get("docx.targetsIntro")); //$NON-NLS-1$
        int index = 0;
        for (ReportData.TargetRow target : data.targets()) {
            index++;
            XWPFParagraph title = word.paragraph(""); //$NON-NLS-1$
            XWPFRun run = title.getRuns().get(0);
            run.setText(texts.get("docx.targetTitle", index, target.name())); //$NON-NLS-1$
            run.setBold(true);
            WordPages.keepNext(title);
            XWPFTable table = word.table(1, texts.get("col.fiscalYear"), texts.get("stat.target"), texts.get("docx.median"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    texts.get("docx.range"), texts.get("stat.probability")); //$NON-NLS-1$ //$NON-NLS-2$
            for (int y = 0; y < data.years(); y++) {
                Summary s = target.projected()[y];
                double p = target.probability()[y];
                word.row(table, data.yearLabel(y), amount(target, target.wanted()[y]), amount(target, s.p50()),
                        amount(target, s.p10()) + " – " + amount(target, s.p90()), Formats.probability(p)); //$NON-NLS-1$
            }
            word.chart(Charts.target(data, target), "target-" + index); //$NON-NLS-1$
        }
    }

    /**
     * A target's value with its unit, as a reader of the 方針 expects it: 12.0人, 45.0%, 18／20課 (the 課 that meet a
     * target of every 課, of all); in English 12.0, 45.0%, 18 of 20.
     */
    private String amount(ReportData.TargetRow target, double value) {
        if (Double.isNaN(value)) {
            return "-"; //$NON-NLS-1$
        }
        return switch (target.unit()) {
            case SHARE -> Formats.value(value, true);
            case FTE, PERSONS -> texts.get("docx.unitPersons", Formats.number(value)); //$NON-NLS-1$
            case DEPARTMENTS -> texts.get("docx.unitDepartments", String.format(Locale.ROOT, "%,.0f", value), //$NON-NLS-1$ //$NON-NLS-2$
                    Integer.toString(data.departmentList().size()));
        };
    }

    /** Each persona's steps over the years, a chart each (a sentence for a persona nobody holds). */
    private void projection() {
        int chart = 0;
        for (ReportData.PersonaRow persona : data.personas()) {
            if (persona.hasSteps() && nobody(persona)) {
                // no chart of an empty series: its axis would be meaningless
                word.paragraph(texts.get("docx.nobodyChart", persona.name())); //$NON-NLS-1$
            } else if (persona.hasSteps()) {
                word.chart(Charts.steps(data, persona), "steps-" + ++chart); //$NON-NLS-1$
            }
        }
    }

    /** Seats and hires per fiscal year, and what they cost. */
    private void plan() {
        XWPFTable table = word.table(3, withYears(texts.get("col.kind"), texts.get("col.name"), texts.get("docx.unit"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        for (ReportData.MeasureRow measure : data.measures()) {
            String[] cells = new String[3 + data.years()];
            cells[0] = measure.kind();
            cells[1] = measure.name();
            cells[2] = measure.unit() == null ? texts.get("docx.unitPeople") : measure.unit(); //$NON-NLS-1$
            for (int y = 0; y < data.years(); y++) {
                cells[3 + y] = String.format(Locale.ROOT, measure.fractional() ? "%,.2f" : "%,.0f", measure.perYear()[y]); //$NON-NLS-1$ //$NON-NLS-2$
            }
            word.row(table, cells);
        }
        if (data.hasFlows()) {
            // what the plan costs a year: training and hiring, the mean of the replications, in thousands of yen
            String[] cost = new String[3 + data.years()];
            cost[0] = texts.get("docx.costKind"); //$NON-NLS-1$
            cost[1] = texts.get("docx.costName"); //$NON-NLS-1$
            cost[2] = texts.get("docx.unitYen"); //$NON-NLS-1$
            for (int y = 0; y < data.years(); y++) {
                cost[3 + y] = String.format(Locale.ROOT, "%,.0f", data.flow(org.jinzai.engine.SimulationResult.Flow.COST, y).mean() / 1000); //$NON-NLS-1$
            }
            word.row(table, cost);
        }
    }

    private void rotation() {
        if (data.rules().isEmpty()) {
            word.paragraph(texts.get("docx.noRules")); //$NON-NLS-1$
        }
        for (String rule : data.rules()) {
            word.paragraph("・" + rule); //$NON-NLS-1$
        }
    }

    /** Whether nobody holds a persona, now or in any projected year. */
    private static boolean nobody(ReportData.PersonaRow persona) {
        double most = java.util.Arrays.stream(persona.atStart()).sum();
        for (Summary[] year : persona.projected()) {
            for (Summary step : year) {
                most = Math.max(most, step == null ? 0 : step.mean());
            }
        }
        return most < 1e-6;
    }

    /** The footnote on how the numbers were made: scenario, seed, replications, date. */
    private void footnote(XWPFParagraph anchor) {
        XWPFFootnote note = doc.createFootnote();
        XWPFParagraph paragraph = note.createParagraph();
        paragraph.createRun().setText(texts.get("docx.footnote", data.scenarioName(), data.baselineName(), //$NON-NLS-1$
                Long.toString(data.seed()), data.replications(), data.date().toString(),
                data.fingerprint().length() > 12 ? data.fingerprint().substring(0, 12) : data.fingerprint())
                + (data.calibration().isEmpty() || "ja".equals(texts.locale().getLanguage()) ? "" : " ") + data.calibration()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        anchor.addFootnoteReference(note);
    }
}
