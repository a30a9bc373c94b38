package org.jinzai.reports;

import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jinzai.engine.RunOptions;
import org.jinzai.model.util.FiscalYears;
import org.jinzai.scenario.ScenarioComparison;

/**
 * A comparison of scenarios on common random numbers as an Excel workbook: per other scenario, target and fiscal
 * year the reference's and the scenario's means, the mean paired difference with its 90 % interval, the probability
 * of doing better and of meeting the target; and, when asked for, the ranking by a target.
 */
public final class ComparisonWorkbook {

    private final ScenarioComparison comparison;
    private final RunOptions options;
    private final Texts texts;
    private final String rankTarget;
    private final int rankYear;
    private final List<String> names;
    private final List<List<String>> changes;

    public ComparisonWorkbook(ComparisonReport report) {
        this.names = report.names();
        this.changes = report.changes();
        this.comparison = report.comparison();
        this.options = report.options();
        this.texts = report.texts();
        this.rankTarget = report.rankTarget();
        this.rankYear = report.rankYear();
    }

    public byte[] toBytes() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Cells cells = new Cells(book, "#,##0.00"); //$NON-NLS-1$
            CellStyle header = cells.header;
            CellStyle number = cells.number;
            CellStyle percent = cells.percent;
            Sheet sheet = sheet(book, texts.get("xlsx.comparison"), header, texts.get("run.scenario"), texts.get("col.target"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    texts.get("chart.fiscalYear"), texts.get("xlsx.referenceMean"), texts.get("stat.mean"), texts.get("xlsx.difference"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    texts.get("xlsx.differenceP5"), texts.get("xlsx.differenceP95"), texts.get("xlsx.probabilityBetter"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    texts.get("xlsx.referenceProbability"), texts.get("stat.probability")); //$NON-NLS-1$ //$NON-NLS-2$
            int r = 1;
            for (ScenarioComparison.Row row : comparison.rows()) {
                Row line = sheet.createRow(r++);
                Cells.text(line, 0, row.scenario());
                Cells.text(line, 1, row.targetName());
                Cells.text(line, 2, FiscalYears.label(row.fiscalYear(), texts.locale()));
                double[] values = { row.referenceMean(), row.mean(), row.difference(), row.low(), row.high(), row.probabilityBetter(),
                        row.referenceMet(), row.met() };
                for (int c = 0; c < values.length; c++) {
                    if (!Double.isNaN(values[c])) {
                        var cell = line.createCell(3 + c);
                        cell.setCellValue(values[c]);
                        cell.setCellStyle(c >= 5 ? percent : number);
                    }
                }
            }
            if (rankTarget != null) {
                Sheet ranking = sheet(book, texts.get("xlsx.ranking"), header, texts.get("xlsx.place"), texts.get("run.scenario"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        texts.get("stat.probability"), texts.get("stat.mean")); //$NON-NLS-1$ //$NON-NLS-2$
                List<ScenarioComparison.Rank> ranks = comparison.ranking(rankTarget, rankYear);
                for (int k = 0; k < ranks.size(); k++) {
                    Row line = ranking.createRow(k + 1);
                    line.createCell(0).setCellValue(ranks.get(k).place());
                    Cells.text(line, 1, ranks.get(k).scenario());
                    if (!Double.isNaN(ranks.get(k).probabilityMet())) {
                        var cell = line.createCell(2);
                        cell.setCellValue(ranks.get(k).probabilityMet());
                        cell.setCellStyle(percent);
                    }
                    var mean = line.createCell(3);
                    mean.setCellValue(ranks.get(k).mean());
                    mean.setCellStyle(number);
                }
            }
            // what each scenario changes against the reference, every change
            Sheet changes = sheet(book, texts.get("xlsx.changes"), header, texts.get("run.scenario"), texts.get("cmp.changes")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            changes.setColumnWidth(1, 100 * 256);
            int c = 1;
            for (int k = 1; k < names.size(); k++) {
                for (String change : this.changes.get(k)) {
                    Row line = changes.createRow(c++);
                    Cells.text(line, 0, names.get(k));
                    Cells.text(line, 1, change);
                }
            }
            Sheet run = sheet(book, texts.get("xlsx.run"), header, texts.get("run.replications"), texts.get("run.seed")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            Row line = run.createRow(1);
            line.createCell(0).setCellValue(options.replications());
            Cells.text(line, 1, Long.toString(options.seed()));
            return PackageBytes.of(book);
        }
    }

    private static Sheet sheet(XSSFWorkbook book, String name, CellStyle header, String... titles) {
        Sheet sheet = book.createSheet(name);
        Row row = sheet.createRow(0);
        for (int c = 0; c < titles.length; c++) {
            Cells.text(row, c, titles[c]).setCellStyle(header);
            sheet.setColumnWidth(c, (c < 2 ? 36 : 18) * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }
}
