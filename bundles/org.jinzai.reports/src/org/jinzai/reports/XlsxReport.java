package org.jinzai.reports;

import java.io.IOException;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jinzai.engine.SimulationResult.Flow;
import org.jinzai.engine.Steps;
import org.jinzai.engine.Summary;

/**
 * The results as an Excel workbook: one sheet per table, numbers as numbers, fiscal years as columns. Text cells
 * are made safe against formulas ({@link SpreadsheetText}).
 */
public final class XlsxReport {

    private final ReportData data;
    private final Texts texts;
    private XSSFWorkbook book;
    private Cells cells;

    public XlsxReport(ReportData data) {
        this.data = data;
        this.texts = data.texts();
    }

    /** The workbook's bytes. */
    public byte[] toBytes() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            this.book = workbook;
            cells = new Cells(workbook, "#,##0.0"); //$NON-NLS-1$
            summary();
            targets();
            personas();
            departments();
            flows();
            measures();
            run();
            return PackageBytes.of(workbook);
        }
    }

    /** A sheet with a header row: the given leading columns, then one column per fiscal year. */
    private Sheet sheet(String name, String... leading) {
        Sheet sheet = book.createSheet(name);
        Row row = sheet.createRow(0);
        int c = 0;
        for (String title : leading) {
            Cells.text(row, c++, title).setCellStyle(cells.header);
        }
        for (int y = 0; y < data.years(); y++) {
            Cells.text(row, c++, data.yearLabel(y)).setCellStyle(cells.header);
        }
        sheet.createFreezePane(leading.length, 1);
        printable(sheet);
        // names come first and are often long (a Japanese character takes two units)
        for (int k = 0; k < leading.length; k++) {
            sheet.setColumnWidth(k, (k == 0 ? 44 : 20) * 256);
        }
        for (int y = 0; y < data.years(); y++) {
            sheet.setColumnWidth(leading.length + y, 22 * 256);
        }
        return sheet;
    }

    /** Every sheet prints on A4 landscape, one page wide, with its header row on every page. */
    private static void printable(Sheet sheet) {
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(org.apache.poi.ss.util.CellRangeAddress.valueOf("1:1")); //$NON-NLS-1$
    }

    /**
     * The first sheet: each target's probability of being met per fiscal year, coloured (at least 80 % green, at least
     * 50 % yellow, below red; blank where the year has no target value), then the target and the projected median.
     */
    private void summary() {
        Sheet sheet = sheet(texts.get("xlsx.summary"), texts.get("col.target"), texts.get("col.statistic")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        CellStyle[] fills = { filled(cells.percent, IndexedColors.LIGHT_GREEN), filled(cells.percent, IndexedColors.LIGHT_YELLOW),
                filled(cells.percent, IndexedColors.ROSE) };
        int r = 1;
        for (ReportData.TargetRow target : data.targets()) {
            CellStyle style = target.share() ? cells.percent : cells.number;
            Row probability = sheet.createRow(r++);
            Cells.text(probability, 0, target.name());
            Cells.text(probability, 1, texts.get("stat.probability")); //$NON-NLS-1$
            Row wanted = sheet.createRow(r++);
            Cells.text(wanted, 0, target.name());
            Cells.text(wanted, 1, texts.get("stat.target")); //$NON-NLS-1$
            Row median = sheet.createRow(r++);
            Cells.text(median, 0, target.name());
            Cells.text(median, 1, texts.get("stat.p50")); //$NON-NLS-1$
            for (int y = 0; y < data.years(); y++) {
                double p = target.probability()[y];
                if (!Double.isNaN(p)) {
                    Cells.value(probability, 2 + y, p, fills[p >= 0.8 ? 0 : p >= 0.5 ? 1 : 2]);
                }
                Cells.value(wanted, 2 + y, target.wanted()[y], style);
                Cells.value(median, 2 + y, target.projected()[y].p50(), style);
            }
        }
    }

    private CellStyle filled(CellStyle base, IndexedColors color) {
        CellStyle style = book.createCellStyle();
        style.cloneStyleFrom(base);
        style.setFillForegroundColor(color.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    private void targets() {
        Sheet sheet = sheet(texts.get("xlsx.targets"), texts.get("col.target"), texts.get("col.statistic")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        int r = 1;
        String[] statistics = { "stat.target", "stat.mean", "stat.p10", "stat.p50", "stat.p90", "stat.probability" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        for (ReportData.TargetRow target : data.targets()) {
            CellStyle style = target.share() ? cells.percent : cells.number;
            for (int k = 0; k < statistics.length; k++) {
                Row row = sheet.createRow(r++);
                Cells.text(row, 0, target.name());
                Cells.text(row, 1, texts.get(statistics[k]));
                for (int y = 0; y < data.years(); y++) {
                    Summary s = target.projected()[y];
                    double v = switch (k) {
                        case 0 -> target.wanted()[y];
                        case 1 -> s.mean();
                        case 2 -> s.p10();
                        case 3 -> s.p50();
                        case 4 -> s.p90();
                        default -> target.probability()[y];
                    };
                    Cells.value(row, 2 + y, v, k == 5 ? cells.percent : style);
                }
            }
        }
    }

    private void personas() {
        Sheet sheet = sheet(texts.get("xlsx.personas"), texts.get("col.persona"), texts.get("col.step"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                texts.get("col.statistic"), texts.get("col.start")); //$NON-NLS-1$ //$NON-NLS-2$
        int r = 1;
        for (ReportData.PersonaRow persona : data.personas()) {
            for (int s = 0; s <= (persona.hasSteps() ? 3 : 0); s++) {
                for (int k = 0; k < 3; k++) {
                    Row row = sheet.createRow(r++);
                    Cells.text(row, 0, persona.name());
                    // the steps as the workbench names them: Step1未満, Step1, Step2, Step3
                    Cells.text(row, 1, !persona.hasSteps() ? "-" : s == 0 ? texts.get("chart.belowStep1") : texts.get("chart.step", s)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    Cells.text(row, 2, texts.get(k == 0 ? "stat.mean" : k == 1 ? "stat.p10" : "stat.p90")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    if (k == 0) {
                        Cells.value(row, 3, persona.atStart()[s], cells.number);
                    }
                    for (int y = 0; y < data.years(); y++) {
                        Summary summary = persona.projected()[y][s];
                        Cells.value(row, 4 + y, k == 0 ? summary.mean() : k == 1 ? summary.p10() : summary.p90(), cells.number);
                    }
                }
            }
            // by skill: everyone who has reached the step of this persona's standard, whatever their role
            for (int s = 1; persona.hasSteps() && s <= Steps.TOP; s++) {
                for (int k = 0; k < 3; k++) {
                    Row row = sheet.createRow(r++);
                    Cells.text(row, 0, persona.name());
                    Cells.text(row, 1, texts.get("chart.reached", s)); //$NON-NLS-1$
                    Cells.text(row, 2, texts.get(k == 0 ? "stat.mean" : k == 1 ? "stat.p10" : "stat.p90")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    for (int y = 0; y < data.years(); y++) {
                        Summary summary = persona.reached()[y][s];
                        Cells.value(row, 4 + y, k == 0 ? summary.mean() : k == 1 ? summary.p10() : summary.p90(), cells.number);
                    }
                }
            }
        }
    }

    private void departments() {
        Sheet sheet = sheet(texts.get("xlsx.departments"), texts.get("col.persona"), texts.get("col.stepOrAbove"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                texts.get("col.department")); //$NON-NLS-1$
        int r = 1;
        for (ReportData.DepartmentRow department : data.departments()) {
            Row row = sheet.createRow(r++);
            Cells.text(row, 0, department.persona());
            Cells.text(row, 1, texts.get("chart.step", department.step())); //$NON-NLS-1$
            Cells.text(row, 2, department.department());
            for (int y = 0; y < data.years(); y++) {
                Cells.value(row, 3 + y, department.mean()[y], cells.number);
            }
        }
    }

    private void flows() {
        Sheet sheet = sheet(texts.get("xlsx.flows"), texts.get("col.measure"), texts.get("col.statistic")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        int r = 1;
        for (Flow flow : Flow.values()) {
            for (int k = 0; k < 3; k++) {
                Row row = sheet.createRow(r++);
                Cells.text(row, 0, texts.get("flow." + flow.name())); //$NON-NLS-1$
                Cells.text(row, 1, texts.get(k == 0 ? "stat.mean" : k == 1 ? "stat.p10" : "stat.p90")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                for (int y = 0; y < data.years(); y++) {
                    Summary s = data.flow(flow, y);
                    Cells.value(row, 2 + y, k == 0 ? s.mean() : k == 1 ? s.p10() : s.p90(), cells.number);
                }
            }
        }
    }

    private void measures() {
        Sheet sheet = sheet(texts.get("xlsx.measures"), texts.get("col.kind"), texts.get("col.name")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        int r = 1;
        for (ReportData.MeasureRow measure : data.measures()) {
            Row row = sheet.createRow(r++);
            Cells.text(row, 0, measure.kind());
            Cells.text(row, 1, measure.name());
            for (int y = 0; y < data.years(); y++) {
                Cells.value(row, 2 + y, measure.perYear()[y], cells.number);
            }
        }
        for (String rule : data.rules()) {
            Row row = sheet.createRow(r++);
            Cells.text(row, 0, texts.get("measure.rule")); //$NON-NLS-1$
            Cells.text(row, 1, rule);
        }
    }

    private void run() {
        Sheet sheet = book.createSheet(texts.get("xlsx.run")); //$NON-NLS-1$
        printable(sheet);
        String[][] rows = { { texts.get("run.scenario"), data.scenarioName() }, { texts.get("run.baseline"), data.baselineName() }, //$NON-NLS-1$ //$NON-NLS-2$
                { texts.get("run.replications"), Integer.toString(data.replications()) }, //$NON-NLS-1$
                { texts.get("run.seed"), Long.toString(data.seed()) }, { texts.get("run.fingerprint"), data.fingerprint() }, //$NON-NLS-1$ //$NON-NLS-2$
                { texts.get("run.date"), data.date().toString() } }; //$NON-NLS-1$
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            Cells.text(row, 0, rows[r][0]).setCellStyle(cells.header);
            Cells.text(row, 1, rows[r][1]);
        }
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 70 * 256);
    }
}
