package org.jinzai.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jinzai.engine.Summary;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The policy document (方針) in the order of its template (source 004 §2, see README): 1 背景 (a placeholder the planner
 * writes), 2 求められる人材像 and 3 スキル基準・育成段階 from the baseline, 4 現状の分析と育成目標 from the run (a summary of
 * every target first), 5 確保・育成施策と計画 from the scenario and its goal-seeks. Real Word headings (Heading 1/2) and tables (Table Grid) that paste
 * into the planner's own template, charts as pictures, and a footnote saying how the numbers were made.
 */
public final class DocxReport {

    /** Chart size in the document (points) and in pixels. */
    private static final int CHART_WIDTH_PT = 430;
    private static final int CHART_HEIGHT_PT = 215;
    private static final int CHART_SCALE = 2;
    /** Tables span the text width of an A4 page with 25 mm margins (16 cm). */
    private static final int TABLE_WIDTH_TWIPS = 9070;

    private final ReportData data;
    private final Texts texts;
    private XWPFDocument doc;
    private final Map<XWPFTable, int[]> widths = new HashMap<>();
    private final Map<XWPFTable, Integer> textColumns = new HashMap<>();

    public DocxReport(ReportData data) {
        this.data = data;
        this.texts = data.texts();
    }

    /** The document's bytes. */
    public byte[] toBytes() throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            this.doc = document;
            page();
            styles();
            background();
            personas();
            standards();
            analysis();
            measures();
            widths.keySet().forEach(this::fitColumns);
            return PackageBytes.of(document);
        }
    }

    /** A4 portrait with 25 mm margins, as municipal documents are. */
    private void page() {
        var section = doc.getDocument().getBody().addNewSectPr();
        var size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        var margins = section.addNewPgMar();
        BigInteger margin = BigInteger.valueOf(1418);
        margins.setTop(margin);
        margins.setBottom(margin);
        margins.setLeft(margin);
        margins.setRight(margin);
    }

    // styles -------------------------------------------------------------------------------------------

    private void styles() {
        XWPFStyles styles = doc.createStyles();
        // Japanese text in a Japanese face; Word and LibreOffice substitute what is installed
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setEastAsia(texts.japanese() ? "游明朝" : "Calibri"); //$NON-NLS-1$ //$NON-NLS-2$
        fonts.setAscii("Century"); //$NON-NLS-1$
        fonts.setHAnsi("Century"); //$NON-NLS-1$
        styles.setDefaultFonts(fonts);
        styles.addStyle(heading("Heading1", "heading 1", 0, 28)); //$NON-NLS-1$ //$NON-NLS-2$
        styles.addStyle(heading("Heading2", "heading 2", 1, 24)); //$NON-NLS-1$ //$NON-NLS-2$
        styles.addStyle(tableGrid());
    }

    private XWPFStyle heading(String id, String name, int level, int halfPoints) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewBasedOn().setVal("Normal"); //$NON-NLS-1$
        style.addNewNext().setVal("Normal"); //$NON-NLS-1$
        style.addNewUiPriority().setVal(BigInteger.valueOf(9));
        style.addNewQFormat();
        CTPPrGeneral paragraph = style.addNewPPr();
        paragraph.addNewKeepNext();
        paragraph.addNewSpacing().setBefore(BigInteger.valueOf(240));
        paragraph.getSpacing().setAfter(BigInteger.valueOf(120));
        paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(level));
        CTRPr run = style.addNewRPr();
        run.addNewB();
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        CTFonts fonts = run.addNewRFonts();
        fonts.setEastAsia(texts.japanese() ? "游ゴシック" : "Calibri"); //$NON-NLS-1$ //$NON-NLS-2$
        return new XWPFStyle(style);
    }

    /**
     * The "Table Grid" style, so that the tables take the planner's own Table Grid when pasted. Its borders are
     * also set on each table ({@link #table}): the compact schema that POI ships has no table properties in styles.
     */
    private static XWPFStyle tableGrid() {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId("TableGrid"); //$NON-NLS-1$
        style.setType(STStyleType.TABLE);
        style.addNewName().setVal("Table Grid"); //$NON-NLS-1$
        style.addNewUiPriority().setVal(BigInteger.valueOf(39));
        return new XWPFStyle(style);
    }

    // content ------------------------------------------------------------------------------------------

    private void heading(int level, String text) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setStyle(level == 1 ? "Heading1" : "Heading2"); //$NON-NLS-1$ //$NON-NLS-2$
        paragraph.createRun().setText(text);
    }

    private XWPFParagraph paragraph(String text) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.createRun().setText(text);
        return paragraph;
    }

    /**
     * A table with a bold, repeated header row. Its leading text columns take the given shares of the width (in
     * percent) and are aligned left; the number columns after them share the rest and are aligned right.
     */
    private XWPFTable table(int[] textPercents, String... headers) {
        XWPFTable table = doc.createTable(1, headers.length);
        table.setStyleID("TableGrid"); //$NON-NLS-1$
        table.setWidth(Integer.toString(TABLE_WIDTH_TWIPS));
        table.setTopBorder(XWPFBorderType.SINGLE, 4, 0, "auto"); //$NON-NLS-1$
        table.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, "auto"); //$NON-NLS-1$
        table.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, "auto"); //$NON-NLS-1$
        table.setRightBorder(XWPFBorderType.SINGLE, 4, 0, "auto"); //$NON-NLS-1$
        table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, "auto"); //$NON-NLS-1$
        table.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, "auto"); //$NON-NLS-1$
        XWPFTableRow row = table.getRow(0);
        row.setRepeatHeader(true);
        row.setCantSplitRow(true);
        // widths in twips on the grid and on every cell: Word and LibreOffice both follow them
        int text = 0;
        for (int percent : textPercents) {
            text += TABLE_WIDTH_TWIPS * percent / 100;
        }
        int rest = (TABLE_WIDTH_TWIPS - text) / Math.max(1, headers.length - textPercents.length);
        int[] twips = new int[headers.length];
        var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int c = 0; c < headers.length; c++) {
            twips[c] = c < textPercents.length ? TABLE_WIDTH_TWIPS * textPercents[c] / 100 : rest;
            grid.addNewGridCol().setW(BigInteger.valueOf(twips[c]));
            cell(row, c, headers[c], true, false);
            row.getCell(c).setWidth(Integer.toString(twips[c]));
        }
        widths.put(table, twips);
        textColumns.put(table, textPercents.length);
        return table;
    }

    private static void cell(XWPFTableRow row, int column, String text, boolean bold, boolean number) {
        XWPFParagraph paragraph = row.getCell(column).getParagraphs().get(0);
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        // 9 pt in tables: a half-width character is 90 twips wide, what fitColumns counts with
        run.setFontSize(9);
        if (number) {
            paragraph.setAlignment(ParagraphAlignment.RIGHT);
        }
    }

    /**
     * Column widths from the content, once the table is complete: each column as wide as its widest cell (a header up to
     * {@value #HEADER_UNITS} half-width units, so that short headers such as Step1未満 never break inside a word; a name
     * column up to {@value #TEXT_UNITS}), widened in proportion when there is room; when there is not, the name columns
     * give way. Short tables are kept on one page.
     */
    private void fitColumns(XWPFTable table) {
        int columns = widths.get(table).length;
        int texts = Math.min(textColumns.get(table), columns);
        int[] base = new int[columns];
        int[] least = new int[columns];
        for (int r = 0; r < table.getNumberOfRows(); r++) {
            XWPFTableRow row = table.getRow(r);
            for (int c = 0; c < columns && c < row.getTableCells().size(); c++) {
                String text = row.getCell(c).getText();
                int units = units(text);
                int cap = r == 0 ? HEADER_UNITS : c < texts ? TEXT_UNITS : Integer.MAX_VALUE;
                // the cell's margins take about three units
                base[c] = Math.max(base[c], (Math.min(units, cap) + 3) * TWIPS_PER_UNIT);
                // what must fit on a line: a number whole, a header's longest word, a few characters of a name
                int word = r == 0 ? java.util.Arrays.stream(text.split(" ")).mapToInt(DocxReport::units).max().orElse(0)
                        : c < texts ? 4 : units;
                least[c] = Math.max(least[c], (word + 3) * TWIPS_PER_UNIT);
            }
        }
        int total = java.util.Arrays.stream(base).sum();
        int leastTotal = java.util.Arrays.stream(least).sum();
        int[] twips = new int[columns];
        for (int c = 0; c < columns; c++) {
            if (total <= TABLE_WIDTH_TWIPS) {
                // room to spare: every column widened in proportion
                twips[c] = (int) ((long) TABLE_WIDTH_TWIPS * base[c] / total);
            } else if (leastTotal <= TABLE_WIDTH_TWIPS) {
                // what must fit on a line first, the rest shared by what each column would like more
                twips[c] = least[c] + (int) ((long) (TABLE_WIDTH_TWIPS - leastTotal) * (base[c] - least[c]) / Math.max(1, total - leastTotal));
            } else {
                twips[c] = (int) ((long) TABLE_WIDTH_TWIPS * base[c] / total);
            }
        }
        var grid = table.getCTTbl().getTblGrid();
        for (int c = 0; c < columns; c++) {
            grid.getGridColArray(c).setW(BigInteger.valueOf(twips[c]));
        }
        int rows = table.getNumberOfRows();
        for (int r = 0; r < rows; r++) {
            XWPFTableRow row = table.getRow(r);
            for (int c = 0; c < columns && c < row.getTableCells().size(); c++) {
                row.getCell(c).setWidth(Integer.toString(twips[c]));
                // a short table stays on one page: each row keeps with the next
                if (rows <= KEPT_TOGETHER && r < rows - 1) {
                    for (XWPFParagraph paragraph : row.getCell(c).getParagraphs()) {
                        if (paragraph.getCTP().getPPr() == null) {
                            paragraph.getCTP().addNewPPr();
                        }
                        paragraph.setKeepNext(true);
                    }
                }
            }
        }
    }

    /** Tables of at most this many rows are kept on one page. */
    private static final int KEPT_TOGETHER = 15;
    private static final int HEADER_UNITS = 14;
    /** A half-width character at the tables' 9 pt, with room for bold and proportional fonts (a full-width one is two). */
    private static final int TWIPS_PER_UNIT = 110;
    private static final int TEXT_UNITS = 40;

    /** The width of a text in half-width units: a full-width (Japanese) character counts two. */
    private static int units(String text) {
        int units = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            units += ch < 0x2E80 || ch >= 0xFF61 && ch <= 0xFF9F ? 1 : 2;
        }
        return units;
    }

    private void row(XWPFTable table, String... cells) {
        XWPFTableRow row = table.createRow();
        // a row is never split across pages
        row.setCantSplitRow(true);
        int[] percents = widths.get(table);
        int text = textColumns.get(table);
        for (int c = 0; c < cells.length; c++) {
            cell(row, c, cells[c], false, c >= text);
            row.getCell(c).setWidth(Integer.toString(percents[c]));
        }
    }

    /** 1 背景: a paragraph the planner writes; what belongs there is said in brackets. */
    private void background() {
        heading(1, texts.get("docx.background")); //$NON-NLS-1$
        paragraph(texts.get("docx.backgroundPlaceholder", data.organizationName())); //$NON-NLS-1$
    }

    /** 2 求められる人材像: each persona with the skill items it needs and their level. */
    private void personas() {
        heading(1, texts.get("docx.personas")); //$NON-NLS-1$
        paragraph(texts.get("docx.personasIntro")); //$NON-NLS-1$
        XWPFTable table = table(new int[] { 28, 52, 20 }, texts.get("col.persona"), texts.get("docx.skills"), texts.get("docx.acquired")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        for (ReportData.PersonaProfile persona : data.profiles()) {
            row(table, persona.name(), persona.skills().isEmpty() ? "-" : String.join("、", persona.skills()), //$NON-NLS-1$ //$NON-NLS-2$
                    texts.get(persona.external() ? "docx.external" : "docx.developed")); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** 3 スキル基準・育成段階: what Step1 to Step3 of each persona with steps mean. */
    private void standards() {
        heading(1, texts.get("docx.standards")); //$NON-NLS-1$
        paragraph(texts.get("docx.standardsIntro")); //$NON-NLS-1$
        XWPFTable table = table(new int[] { 19, 27, 27, 27 }, texts.get("col.persona"), texts.get("chart.step", 1), texts.get("chart.step", 2), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                texts.get("chart.step", 3)); //$NON-NLS-1$
        for (ReportData.PersonaProfile persona : data.profiles()) {
            if (persona.hasSteps()) {
                List<String> steps = persona.steps().stream().map(d -> d.isBlank() ? "-" : d).toList(); //$NON-NLS-1$
                row(table, persona.name(), steps.get(0), steps.get(1), steps.get(2));
            }
        }
    }

    /** The summary of every target first: per fiscal year its value and the probability of meeting it. */
    private void summary() {
        heading(2, texts.get("docx.summary")); //$NON-NLS-1$
        String[] headers = new String[1 + data.years()];
        headers[0] = texts.get("col.target"); //$NON-NLS-1$
        for (int y = 0; y < data.years(); y++) {
            headers[1 + y] = data.shortYearLabel(y);
        }
        XWPFTable table = table(new int[] { 35 }, headers);
        for (ReportData.TargetRow target : data.targets()) {
            String[] cells = new String[1 + data.years()];
            cells[0] = target.name();
            for (int y = 0; y < data.years(); y++) {
                double wanted = target.wanted()[y];
                cells[1 + y] = Double.isNaN(wanted) ? "-" //$NON-NLS-1$
                        : texts.get("docx.summaryCell", Formats.value(wanted, target.share()), Formats.probability(target.probability()[y])); //$NON-NLS-1$
            }
            row(table, cells);
        }
        paragraph(texts.get("docx.summaryNote")); //$NON-NLS-1$
    }

    private void analysis() {
        heading(1, texts.get("docx.analysis")); //$NON-NLS-1$
        XWPFParagraph intro = paragraph(texts.get("docx.intro", data.organizationName(), data.scenarioName(), //$NON-NLS-1$
                data.yearLabel(0), data.yearLabel(data.years() - 1), data.replications()));
        footnote(intro);
        summary();

        heading(2, texts.get("docx.current")); //$NON-NLS-1$
        XWPFTable current = table(new int[] { 34 }, texts.get("col.persona"), texts.get("chart.belowStep1"), texts.get("chart.step", 1), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                texts.get("chart.step", 2), texts.get("chart.step", 3), texts.get("col.total")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        for (ReportData.PersonaRow persona : data.personas()) {
            double[] start = persona.atStart();
            double total = start[0] + start[1] + start[2] + start[3];
            if (persona.hasSteps()) {
                row(current, persona.name(), Formats.number(start[0]), Formats.number(start[1]), Formats.number(start[2]), Formats.number(start[3]),
                        Formats.number(total));
            } else {
                row(current, persona.name(), "-", "-", "-", "-", Formats.number(total)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            }
        }
        paragraph(texts.get("docx.currentNote")); //$NON-NLS-1$

        heading(2, texts.get("docx.targets")); //$NON-NLS-1$
        paragraph(texts.get("docx.targetsIntro")); //$NON-NLS-1$
        int index = 0;
        for (ReportData.TargetRow target : data.targets()) {
            index++;
            XWPFParagraph title = paragraph(""); //$NON-NLS-1$
            XWPFRun run = title.getRuns().get(0);
            run.setText(texts.get("docx.targetTitle", index, target.name())); //$NON-NLS-1$
            run.setBold(true);
            title.setAlignment(ParagraphAlignment.LEFT); // creates the paragraph properties that keep-next needs
            title.setKeepNext(true);
            XWPFTable table = table(new int[] { 30 }, texts.get("col.fiscalYear"), texts.get("stat.target"), texts.get("docx.median"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    texts.get("docx.range"), texts.get("stat.probability")); //$NON-NLS-1$ //$NON-NLS-2$
            for (int y = 0; y < data.years(); y++) {
                Summary s = target.projected()[y];
                double p = target.probability()[y];
                row(table, data.yearLabel(y), Formats.value(target.wanted()[y], target.share()), Formats.value(s.p50(), target.share()),
                        Formats.value(s.p10(), target.share()) + " – " + Formats.value(s.p90(), target.share()), //$NON-NLS-1$
                        Formats.probability(p)); //$NON-NLS-1$ //$NON-NLS-2$
            }
            chart(Charts.target(data, target), "target-" + index); //$NON-NLS-1$
        }

        heading(2, texts.get("docx.projection")); //$NON-NLS-1$
        int chart = 0;
        for (ReportData.PersonaRow persona : data.personas()) {
            if (persona.hasSteps() && nobody(persona)) {
                // no chart of an empty series: its axis would be meaningless
                paragraph(texts.get("docx.nobodyChart", persona.name())); //$NON-NLS-1$
            } else if (persona.hasSteps()) {
                chart(Charts.steps(data, persona), "steps-" + ++chart); //$NON-NLS-1$
            }
        }
    }

    private void measures() {
        heading(1, texts.get("docx.measures")); //$NON-NLS-1$
        heading(2, texts.get("docx.plan")); //$NON-NLS-1$
        String[] headers = new String[2 + data.years()];
        headers[0] = texts.get("col.kind"); //$NON-NLS-1$
        headers[1] = texts.get("col.name"); //$NON-NLS-1$
        for (int y = 0; y < data.years(); y++) {
            headers[2 + y] = data.shortYearLabel(y);
        }
        XWPFTable table = table(new int[] { 13, 32 }, headers);
        for (ReportData.MeasureRow measure : data.measures()) {
            String[] cells = new String[2 + data.years()];
            cells[0] = measure.kind();
            cells[1] = measure.name();
            for (int y = 0; y < data.years(); y++) {
                cells[2 + y] = String.format(Locale.ROOT, "%,.0f", measure.perYear()[y]); //$NON-NLS-1$
            }
            row(table, cells);
        }
        if (data.hasFlows()) {
            // what the plan costs a year: training and hiring, the mean of the replications, in thousands of yen
            String[] cost = new String[2 + data.years()];
            cost[0] = texts.get("docx.costKind"); //$NON-NLS-1$
            cost[1] = texts.get("docx.costName"); //$NON-NLS-1$
            for (int y = 0; y < data.years(); y++) {
                cost[2 + y] = String.format(Locale.ROOT, "%,.0f", data.flow(org.jinzai.engine.SimulationResult.Flow.COST, y).mean() / 1000); //$NON-NLS-1$
            }
            row(table, cost);
        }
        if (!data.goalSeeks().isEmpty()) {
            heading(2, texts.get("docx.goalSeeks")); //$NON-NLS-1$
            for (String sentence : data.goalSeeks()) {
                paragraph(sentence);
            }
        }
        if (!data.goalSeeksNeeded().isEmpty()) {
            // apart from the plan: what its tables do not show
            heading(2, texts.get("docx.goalSeeksNeeded")); //$NON-NLS-1$
            for (String sentence : data.goalSeeksNeeded()) {
                paragraph(sentence);
            }
        }
        if (data.appointment() != null) {
            heading(2, texts.get("docx.appointment")); //$NON-NLS-1$
            paragraph(data.appointment());
        }
        heading(2, texts.get("docx.rotation")); //$NON-NLS-1$
        if (data.rules().isEmpty()) {
            paragraph(texts.get("docx.noRules")); //$NON-NLS-1$
        }
        for (String rule : data.rules()) {
            paragraph("・" + rule); //$NON-NLS-1$
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

    private void chart(org.jfree.chart.JFreeChart chart, String name) {
        try {
            byte[] png = Charts.png(chart, CHART_WIDTH_PT, CHART_HEIGHT_PT, CHART_SCALE);
            XWPFParagraph paragraph = doc.createParagraph();
            paragraph.setAlignment(ParagraphAlignment.CENTER);
            paragraph.setSpacingBefore(120);
            paragraph.setSpacingAfter(240);
            paragraph.createRun().addPicture(new ByteArrayInputStream(png), PictureType.PNG, name + ".png", //$NON-NLS-1$
                    Units.toEMU(CHART_WIDTH_PT), Units.toEMU(CHART_HEIGHT_PT));
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The footnote on how the numbers were made: scenario, seed, replications, date. */
    private void footnote(XWPFParagraph anchor) {
        XWPFFootnote note = doc.createFootnote();
        XWPFParagraph paragraph = note.createParagraph();
        paragraph.createRun().setText(texts.get("docx.footnote", data.scenarioName(), data.baselineName(), //$NON-NLS-1$
                Long.toString(data.seed()), data.replications(), data.date().toString(),
                data.fingerprint().length() > 12 ? data.fingerprint().substring(0, 12) : data.fingerprint()));
        anchor.addFootnoteReference(note);
    }
}
