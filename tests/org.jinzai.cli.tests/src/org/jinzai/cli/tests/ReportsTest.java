package org.jinzai.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jinzai.cli.Cli;
import org.jinzai.engine.ProgressListener;
import org.jinzai.engine.RunOptions;
import org.jinzai.engine.Summary;
import org.jinzai.model.Scenario;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.model.util.FiscalYears;
import org.jinzai.reports.SpreadsheetText;
import org.jinzai.scenario.ScenarioRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Excel workbook and the policy-document section written by {@code jinzai simulate}, read back with POI. */
class ReportsTest {

    @TempDir
    Path temp;

    private final CliSession cli = new CliSession();

    @Test
    void policySectionHasTheTargetTableWithTheProjectedNumbers() throws IOException {
        Path folder = CliSession.copyExample(temp, "town");
        Path out = temp.resolve("out");
        assertEquals(Cli.OK, cli.run("simulate", folder.resolve("status-quo.jzs").toString(), "--runs", "60", "--seed", "9",
                "--threads", "2", "--out", out.toString(), "--format", "docx,xlsx"), cli.err());
        // the same run, to know the numbers the document must show
        Scenario scenario = (Scenario) JinzaiResources.load(folder.resolve("status-quo.jzs")).getContents().get(0);
        ScenarioRunner.Run expected = ScenarioRunner.run(scenario, new RunOptions(60, 9, 1), ProgressListener.NONE);
        int years = expected.result().years();

        try (InputStream in = Files.newInputStream(out.resolve("policy.docx")); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> headings1 = new ArrayList<>();
            List<String> headings2 = new ArrayList<>();
            for (XWPFParagraph paragraph : doc.getParagraphs()) {
                if ("Heading1".equals(paragraph.getStyle())) {
                    headings1.add(paragraph.getText());
                } else if ("Heading2".equals(paragraph.getStyle())) {
                    headings2.add(paragraph.getText());
                }
            }
            // the whole 方針 in the template's order (004 §2)
            assertEquals(List.of("1 背景", "2 求められる人材像", "3 スキル基準・育成段階", "4 現状の分析と育成目標（数値目標の設定）",
                    "5 確保・育成施策と計画"), headings1);
            assertTrue(headings2.contains("数値目標"), headings2.toString());
            assertTrue(doc.getStyles().styleExist("Heading1") && doc.getStyles().styleExist("TableGrid"));
            // tables: personas, steps, the summary of targets, current state, one per target, the plan
            List<XWPFTable> tables = doc.getTables();
            int targets = expected.result().targets();
            assertEquals(4 + targets + 1, tables.size());
            assertEquals(scenario.getBaseline().getPersonas().size() + 1, tables.get(0).getNumberOfRows(), "a row per persona");
            String skills = tables.get(0).getRow(2).getCell(1).getText();
            assertTrue(skills.contains("（Lv."), "skills with their level: " + skills);
            XWPFTable summary = tables.get(2);
            assertEquals(1 + targets, summary.getNumberOfRows(), "the summary: a row per target");
            for (int t = 0; t < targets; t++) {
                double p = expected.result().probabilityMet(t, years - 1);
                String last = summary.getRow(1 + t).getCell(years).getText();
                assertTrue(Double.isNaN(p) ? last.equals("-") : last.endsWith("（" + String.format(Locale.ROOT, "%.0f%%", p * 100) + "）"),
                        "target " + t + " in the last year: " + last);
            }
            for (XWPFTable table : tables) {
                assertEquals("TableGrid", table.getStyleID());
            }
            for (int t = 0; t < targets; t++) {
                XWPFTable table = tables.get(4 + t);
                assertEquals(1 + years, table.getNumberOfRows(), "a header and one row per fiscal year");
                assertEquals("年度", table.getRow(0).getCell(0).getText());
                org.jinzai.model.util.Targets.Unit unit = org.jinzai.model.util.Targets.unit(scenario.getTargets().get(t));
                int departments = scenario.getBaseline().getOrganization().getDepartments().size();
                for (int y = 0; y < years; y++) {
                    int fy = expected.result().firstFiscalYear() + y;
                    var cells = table.getRow(1 + y).getTableCells();
                    assertEquals(FiscalYears.label(fy, Locale.JAPANESE), cells.get(0).getText());
                    Summary s = expected.result().targetSummary(t, y);
                    // with the unit: 人, %, or the 課 that meet it of all
                    assertEquals(format(s.p50(), unit, departments), cells.get(2).getText(), "median of target " + t + " in " + fy);
                    assertEquals(format(s.p10(), unit, departments) + " – " + format(s.p90(), unit, departments), cells.get(3).getText());
                    double p = expected.result().probabilityMet(t, y);
                    assertEquals(Double.isNaN(p) ? "-" : String.format(Locale.ROOT, "%.0f%%", p * 100), cells.get(4).getText());
                }
            }
            // the plan ends with what it costs a year, in thousands of yen (the mean of the run)
            XWPFTable plan = tables.get(tables.size() - 1);
            var cost = plan.getRow(plan.getNumberOfRows() - 1);
            assertEquals("費用", cost.getCell(0).getText());
            assertEquals("千円", cost.getCell(2).getText());
            assertEquals("人", plan.getRow(1).getCell(2).getText(), "seats and hires in persons");
            assertEquals(String.format(Locale.ROOT, "%,.0f", expected.result().flowSummary(org.jinzai.engine.SimulationResult.Flow.COST, 0).mean() / 1000),
                    cost.getCell(3).getText());
            // a chart per target and per persona with steps, and the footnote with seed and replications
            assertTrue(doc.getAllPictures().size() >= targets, "charts: " + doc.getAllPictures().size());
            String footnotes = doc.getFootnotes().stream().map(n -> n.getParagraphs().get(0).getText()).reduce("", String::concat);
            assertTrue(footnotes.contains("乱数シード 9") && footnotes.contains("試行 60 回"), footnotes);
        }

        try (InputStream in = Files.newInputStream(out.resolve("results.xlsx")); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet targets = book.getSheet("数値目標");
            Row header = targets.getRow(0);
            assertEquals(FiscalYears.label(expected.result().firstFiscalYear(), Locale.JAPANESE), header.getCell(2).getStringCellValue());
            // the mean of the first target in the first year, as a number
            Row mean = targets.getRow(2);
            assertEquals("平均", mean.getCell(1).getStringCellValue());
            assertEquals(CellType.NUMERIC, mean.getCell(2).getCellType());
            assertEquals(expected.result().targetSummary(0, 0).mean(), mean.getCell(2).getNumericCellValue(), 1e-9);
            for (String name : List.of("人材像×ステップ", "部門別", "採用・退職・研修", "施策", "実行条件")) {
                assertTrue(book.getSheet(name) != null, name);
            }
            // role and skill: the promoters' Step1 reached by anyone, whatever their role, beside the role's holders
            Sheet personas = book.getSheet("人材像×ステップ");
            boolean reached = false;
            for (Row row : personas) {
                if (row.getCell(1) != null && row.getCell(1).getStringCellValue().equals("Step1到達者（役割を問わない）")
                        && row.getCell(0).getStringCellValue().equals("DX推進員") && row.getCell(2).getStringCellValue().equals("平均")) {
                    reached = true;
                    assertEquals(expected.result().skillCountSummary(0, 1, 1, -1).mean(), row.getCell(4).getNumericCellValue(), 1e-4);
                }
            }
            assertTrue(reached, "a row of promoters' Step1 reached, any role");
            // a report: the summary first, every sheet printable on A4 landscape one page wide with its header repeated
            assertEquals("概要", book.getSheetName(0));
            Sheet summary = book.getSheetAt(0);
            assertEquals(expected.result().probabilityMet(0, years - 1), summary.getRow(1).getCell(2 + years - 1).getNumericCellValue(), 1e-9);
            for (Sheet sheet : book) {
                assertTrue(sheet.getPrintSetup().getLandscape(), sheet.getSheetName());
                assertEquals(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE, sheet.getPrintSetup().getPaperSize(), sheet.getSheetName());
                assertEquals(1, sheet.getPrintSetup().getFitWidth(), sheet.getSheetName());
                assertTrue(sheet.getFitToPage(), sheet.getSheetName());
                if (!sheet.getSheetName().equals("実行条件")) {
                    assertEquals(0, sheet.getRepeatingRows().getFirstRow(), sheet.getSheetName());
                    assertEquals(0, sheet.getRepeatingRows().getLastRow(), sheet.getSheetName());
                }
                for (Row row : sheet) {
                    for (var cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            assertFalse(cell.getStringCellValue().equals("'-"), "no quoted dash in " + sheet.getSheetName());
                            assertFalse(cell.getStringCellValue().startsWith("Step0"), "steps as the workbench names them");
                        }
                    }
                }
            }
            assertTrue(java.util.stream.StreamSupport.stream(personas.spliterator(), false)
                    .anyMatch(row -> row.getCell(1) != null && row.getCell(1).getStringCellValue().equals("Step1未満")), "Step1未満");
            Sheet flows = book.getSheet("採用・退職・研修");
            boolean headcount = false;
            for (Row row : flows) {
                headcount |= row.getCell(0) != null && row.getCell(0).getStringCellValue().equals("年度末の職員数（人）");
            }
            assertTrue(headcount, "the headcount in persons is among the flows");
        }
    }

    @Test
    void aReaderAcceptsTheLayoutOfThePolicySection() throws IOException {
        Path folder = CliSession.copyExample(temp, "town");
        Path out = temp.resolve("layout");
        assertEquals(Cli.OK, cli.run("simulate", folder.resolve("status-quo.jzs").toString(), "--runs", "40", "--out", out.toString(),
                "--format", "docx"), cli.err());
        try (InputStream in = Files.newInputStream(out.resolve("policy.docx")); XWPFDocument doc = new XWPFDocument(in)) {
            for (XWPFTable table : doc.getTables()) {
                // rows never split across pages, the header row repeats
                assertTrue(table.getRow(0).isRepeatHeader(), "repeated header: " + table.getRow(0).getCell(0).getText());
                for (var row : table.getRows()) {
                    assertTrue(row.isCantSplitRow(), "a row kept on one page: " + row.getCell(0).getText());
                }
                // a short table stays on one page: every row but the last keeps with the next
                if (table.getNumberOfRows() <= 15) {
                    for (int r = 0; r < table.getNumberOfRows() - 1; r++) {
                        assertTrue(table.getRow(r).getCell(0).getParagraphs().get(0).isKeepNext(), "kept together: " + table.getRow(r).getCell(0).getText());
                    }
                }
                // every word of a header fits its column (9 pt: about 110 twips a half-width character, bold included, and the cell margins)
                var header = table.getRow(0);
                for (int c = 0; c < header.getTableCells().size(); c++) {
                    String text = header.getCell(c).getText();
                    // a header may wrap between words, never inside one
                    int units = java.util.Arrays.stream(text.split(" ")).mapToInt(w -> w.codePoints().map(ch -> ch < 0x2E80 ? 1 : 2).sum())
                            .max().orElse(0);
                    int width = header.getCell(c).getWidth();
                    assertTrue(units > 14 || width >= units * 110 + 216, "the header " + text + " fits its column: " + width + " twips");
                }
            }
            // the town has nobody in the 全庁DX推進担当 persona: a sentence instead of an empty chart
            List<String> text = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertTrue(text.stream().anyMatch(p -> p.startsWith("全庁DX推進担当：") && p.contains("図は省略する")), text.toString());
            // section 5 says how DX promoters are appointed (the town re-appoints with a probability of 30 %)
            assertTrue(text.contains("DX推進員の任命"), text.toString());
            assertTrue(text.stream().anyMatch(p -> p.startsWith("毎年4月にDX推進員を各課") && p.endsWith("再任の確率は30%とする。")), text.toString());
        }
    }

    @Test
    void aComparisonReportForCioAdvisersSaysWhatDiffersAndByHowMuch() throws IOException {
        Path folder = CliSession.copyExample(temp, "town");
        Path out = temp.resolve("cmp");
        assertEquals(Cli.OK, cli.run("compare", folder.resolve("status-quo.jzs").toString(), folder.resolve("ict-hiring.jzs").toString(),
                "--runs", "40", "--seed", "5", "--rank", "target-digital-hires", "--out", out.toString(), "--format", "docx"), cli.err());
        try (InputStream in = Files.newInputStream(out.resolve("comparison.docx")); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> text = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertEquals("シナリオの比較", text.get(0));
            assertTrue(text.get(1).contains("乱数シード 5") && text.get(1).contains("試行 40 回"), text.get(1));
            List<XWPFTable> tables = doc.getTables();
            // the scenarios and what the other one changes (its recruitment), the ranking, then a table per target
            XWPFTable scenarios = tables.get(0);
            assertEquals("（基準）", scenarios.getRow(1).getCell(1).getText());
            assertFalse(scenarios.getRow(2).getCell(1).getText().isBlank(), "what ICT hiring changes");
            assertTrue(scenarios.getRow(2).getCell(1).getParagraphs().get(0).getRuns().size() > 1,
                    "one change a line (line breaks, not bare line feeds)");
            XWPFTable ranking = tables.get(1);
            assertEquals(3, ranking.getNumberOfRows(), "a place per scenario");
            assertTrue(text.stream().anyMatch(p -> p.startsWith("「デジタル人材の新規採用")), text.toString());
            Scenario town = (Scenario) JinzaiResources.load(folder.resolve("status-quo.jzs")).getContents().get(0);
            int targets = town.getTargets().size();
            assertEquals(2 + targets, tables.size(), "a table per target");
            assertEquals(targets, doc.getAllPictures().size(), "a chart of the scenarios' overlaid bands per target");
            // the ranking's means in the target's unit (a share as a percentage)
            assertTrue(ranking.getRow(1).getCell(3).getText().matches("[0-9.,]+%?"), ranking.getRow(1).getCell(3).getText());
            XWPFTable first = tables.get(2);
            assertTrue(first.getRow(1).getCell(0).getText().matches("\\d{4} \\(R\\d+\\)"), "the short year: " + first.getRow(1).getCell(0).getText());
            assertEquals(1 + town.getRunSettings().getHorizonYears(), first.getNumberOfRows(), "a row per fiscal year for the one other scenario");
            assertTrue(first.getRow(1).getCell(4).getText().contains("〜"), "the difference with its 90 % interval: " + first.getRow(1).getCell(4).getText());
            // numbers are never squeezed below what they need on one line (the names give way)
            for (int c = 2; c < first.getRow(1).getTableCells().size(); c++) {
                String value = first.getRow(1).getCell(c).getText();
                int units = value.codePoints().map(ch -> ch < 0x2E80 ? 1 : 2).sum();
                assertTrue(first.getRow(1).getCell(c).getWidth() >= (units + 3) * 110, value + " fits its column");
            }
        }
    }

    private static String format(double value, org.jinzai.model.util.Targets.Unit unit, int departments) {
        return switch (unit) {
            case SHARE -> String.format(Locale.ROOT, "%.1f%%", value * 100);
            case FTE, PERSONS -> String.format(Locale.ROOT, "%,.1f人", value);
            case DEPARTMENTS -> String.format(Locale.ROOT, "%,.0f／%d課", value, departments);
        };
    }

    @Test
    void englishWhenAskedFor() throws IOException {
        Path folder = CliSession.copyExample(temp, "town");
        Path out = temp.resolve("en");
        assertEquals(Cli.OK, cli.run("simulate", folder.resolve("status-quo.jzs").toString(), "--runs", "20", "--out", out.toString(),
                "--format", "docx", "--lang", "en"));
        try (InputStream in = Files.newInputStream(out.resolve("policy.docx")); XWPFDocument doc = new XWPFDocument(in)) {
            assertEquals("Policy on securing and developing digital talent: やまなみ町", doc.getParagraphs().get(0).getText());
            assertTrue(doc.getParagraphs().get(1).getText().matches("\\d+ [A-Z][a-z]+ \\d{4}"), doc.getParagraphs().get(1).getText());
            assertEquals("1 Background", doc.getParagraphs().get(2).getText());
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().equals("4 Current state and development goals (numeric targets)")));
        }
    }

    @Test
    void textThatLooksLikeAFormulaIsNeutralized() {
        assertEquals("'=HYPERLINK(\"x\")", SpreadsheetText.safe("=HYPERLINK(\"x\")"));
        assertEquals("'+1", SpreadsheetText.safe("+1"));
        assertEquals("'-2", SpreadsheetText.safe("-2"));
        assertEquals("'@SUM(A1)", SpreadsheetText.safe("@SUM(A1)"));
        assertEquals("総務課", SpreadsheetText.safe("総務課"));
        assertEquals("a=b", SpreadsheetText.safe("a=b"));
    }

    @Test
    void aFormulaInADepartmentNameStaysTextInTheCsv() throws IOException {
        Path folder = CliSession.copyExample(temp, "town");
        Path baseline = folder.resolve("yamanami-cho.jzb");
        String text = Files.readString(baseline, StandardCharsets.UTF_8);
        // rename the first department: its name goes into counts.csv and the workbook
        int at = text.indexOf("<departments ");
        int name = text.indexOf("name=\"", at) + 6;
        text = text.substring(0, name) + "=1+1 &amp; 課" + text.substring(text.indexOf('"', name));
        Files.writeString(baseline, text, StandardCharsets.UTF_8);
        Path out = temp.resolve("formula");
        assertEquals(Cli.OK, cli.run("simulate", folder.resolve("status-quo.jzs").toString(), "--runs", "10", "--out", out.toString(),
                "--format", "csv,xlsx"), cli.err());
        String counts = Files.readString(out.resolve("counts.csv"), StandardCharsets.UTF_8);
        assertTrue(counts.contains(",'=1+1 & 課,"), "the name is written as text");
        assertTrue(!counts.contains(",=1+1"));
        try (InputStream in = Files.newInputStream(out.resolve("results.xlsx")); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet departments = book.getSheet("部門別");
            boolean found = false;
            for (Row row : departments) {
                if (row.getRowNum() > 0 && row.getCell(2).getStringCellValue().contains("1+1")) {
                    assertEquals(CellType.STRING, row.getCell(2).getCellType());
                    // text with the quote-prefix style: never a formula, and no apostrophe to see
                    assertEquals("=1+1 & 課", row.getCell(2).getStringCellValue());
                    assertTrue(row.getCell(2).getCellStyle().getQuotePrefixed());
                    found = true;
                }
            }
            assertTrue(found, "the department appears in the workbook");
        }
    }
}
