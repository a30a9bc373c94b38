package org.jinzai.reports;

import java.io.IOException;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jinzai.model.Experiment;
import org.jinzai.model.GoalSeekExperiment;
import org.jinzai.model.LeverEvaluation;
import org.jinzai.model.SensitivityBar;
import org.jinzai.model.SensitivityExperiment;
import org.jinzai.model.SweepExperiment;
import org.jinzai.model.SweepPoint;
import org.jinzai.model.TargetOutcome;
import org.jinzai.model.util.FiscalYears;

/**
 * An experiment as an Excel workbook: a sheet with the question (scenario, target, fiscal year, levers,
 * replications, seed) and the answer, and a sheet with every run's numbers (numbers as numbers, probabilities as
 * percentages). Text cells are made safe against formulas.
 */
public final class ExperimentWorkbook {

    private final Experiment experiment;
    private final Texts texts;
    private XSSFWorkbook book;
    private Cells cells;

    public ExperimentWorkbook(Experiment experiment, Locale locale) {
        this.experiment = experiment;
        this.texts = new Texts(locale);
    }

    public byte[] toBytes() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            this.book = workbook;
            cells = new Cells(workbook, "#,##0.0"); //$NON-NLS-1$
            question();
            switch (experiment) {
                case GoalSeekExperiment e -> goalSeek(e);
                case SweepExperiment e -> sweep(e);
                case SensitivityExperiment e -> sensitivity(e);
                default -> throw new IllegalArgumentException(experiment.eClass().getName());
            }
            return PackageBytes.of(workbook);
        }
    }

    private Locale locale() {
        return texts.locale();
    }

    /** The question and, for a goal-seek, the answer, as label / value rows. */
    private void question() {
        Sheet sheet = book.createSheet(texts.get("xlsx.question")); //$NON-NLS-1$
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 80 * 256);
        int r = 0;
        r = pair(sheet, r, texts.get("run.scenario"), experiment.getName()); //$NON-NLS-1$
        r = pair(sheet, r, texts.get("col.target"), experiment.getTargetName()); //$NON-NLS-1$
        r = pair(sheet, r, texts.get("chart.fiscalYear"), FiscalYears.label(experiment.getFiscalYear(), locale())); //$NON-NLS-1$
        switch (experiment) {
            case GoalSeekExperiment e -> {
                r = pair(sheet, r, texts.get("xlsx.lever"), Charts.leverName(e.getLever(), locale())); //$NON-NLS-1$
                r = pair(sheet, r, texts.get("chart.wanted"), Formats.probability(e.getProbability())); //$NON-NLS-1$
                r = pair(sheet, r, texts.get("xlsx.range"), e.getMinimum() + " - " + e.getMaximum()); //$NON-NLS-1$ //$NON-NLS-2$
                r = pair(sheet, r, texts.get("xlsx.answer"), e.isFeasible() ? Integer.toString(e.getAnswer()) : "-"); //$NON-NLS-1$ //$NON-NLS-2$
                r = pair(sheet, r, texts.get("stat.probability"), Formats.probability(e.getAchievedProbability()) + " (" //$NON-NLS-1$ //$NON-NLS-2$
                        + Formats.probability(e.getProbabilityLow()) + "–" + Formats.probability(e.getProbabilityHigh()) + ")"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            case SweepExperiment e -> {
                r = pair(sheet, r, texts.get("xlsx.lever"), Charts.leverName(e.getFirst(), locale())); //$NON-NLS-1$
                if (e.getSecond() != null) {
                    r = pair(sheet, r, texts.get("xlsx.lever2"), Charts.leverName(e.getSecond(), locale())); //$NON-NLS-1$
                }
            }
            case SensitivityExperiment e -> {
                r = pair(sheet, r, texts.get("xlsx.change"), Formats.number(e.getPercent()) + "%"); //$NON-NLS-1$ //$NON-NLS-2$
                r = pair(sheet, r, texts.get("xlsx.baseMean"), Formats.value(e.getBaseMean(), Formats.isShare(e.getTarget()))); //$NON-NLS-1$
            }
            default -> {
            }
        }
        r = pair(sheet, r, texts.get("run.replications"), Integer.toString(experiment.getReplications())); //$NON-NLS-1$
        r = pair(sheet, r, texts.get("run.seed"), Long.toString(experiment.getSeed())); //$NON-NLS-1$
        r = pair(sheet, r, texts.get("run.fingerprint"), String.valueOf(experiment.getInputFingerprint())); //$NON-NLS-1$
        pair(sheet, r, texts.get("run.date"), String.valueOf(experiment.getCreatedAt())); //$NON-NLS-1$
    }

    private int pair(Sheet sheet, int r, String label, String value) {
        Row row = sheet.createRow(r);
        Cells.text(row, 0, label).setCellStyle(cells.header);
        Cells.text(row, 1, value);
        return r + 1;
    }

    private Sheet table(String... headers) {
        Sheet sheet = book.createSheet(texts.get("xlsx.runs")); //$NON-NLS-1$
        Row row = sheet.createRow(0);
        for (int c = 0; c < headers.length; c++) {
            Cells.text(row, c, headers[c]).setCellStyle(cells.header);
            sheet.setColumnWidth(c, (c == 0 ? 40 : 18) * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private void goalSeek(GoalSeekExperiment e) {
        CellStyle mean = Formats.isShare(e.getTarget()) ? cells.percent : cells.number;
        Sheet sheet = table(Charts.leverName(e.getLever(), locale()), texts.get("stat.probability"), texts.get("stat.mean"), //$NON-NLS-1$ //$NON-NLS-2$
                texts.get("run.replications")); //$NON-NLS-1$
        int r = 1;
        for (LeverEvaluation v : e.getEvaluations()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(v.getValue());
            Cells.value(row, 1, v.getProbability(), cells.percent);
            Cells.value(row, 2, v.getMean(), mean);
            if (v.getReplications() > 0) {
                row.createCell(3).setCellValue(v.getReplications());
            }
        }
    }

    private void sweep(SweepExperiment e) {
        Sheet sheet = table(Charts.leverName(e.getFirst(), locale()), e.getSecond() == null ? "" : Charts.leverName(e.getSecond(), locale()), //$NON-NLS-1$
                texts.get("col.target"), texts.get("stat.probability"), texts.get("stat.mean")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        int r = 1;
        for (SweepPoint point : e.getPoints()) {
            for (TargetOutcome outcome : point.getValues()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(point.getFirst());
                if (e.getSecond() != null) {
                    row.createCell(1).setCellValue(point.getSecond());
                }
                Cells.text(row, 2, outcome.getTargetName());
                Cells.value(row, 3, outcome.getProbability(), cells.percent);
                Cells.value(row, 4, outcome.getMean(), Formats.isShare(outcome.getTarget()) ? cells.percent : cells.number);
            }
        }
    }

    private void sensitivity(SensitivityExperiment e) {
        CellStyle mean = Formats.isShare(e.getTarget()) ? cells.percent : cells.number;
        Sheet sheet = table(texts.get("xlsx.lever"), texts.get("xlsx.lowValue"), texts.get("xlsx.highValue"), texts.get("xlsx.lowMean"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                texts.get("xlsx.highMean"), texts.get("xlsx.lowProbability"), texts.get("xlsx.highProbability")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        int r = 1;
        for (SensitivityBar bar : e.getBars()) {
            Row row = sheet.createRow(r++);
            Cells.text(row, 0, Charts.leverName(bar.getLever(), locale()));
            Cells.value(row, 1, bar.getLowValue(), cells.number);
            Cells.value(row, 2, bar.getHighValue(), cells.number);
            Cells.value(row, 3, bar.getLowMean(), mean);
            Cells.value(row, 4, bar.getHighMean(), mean);
            Cells.value(row, 5, bar.getLowProbability(), cells.percent);
            Cells.value(row, 6, bar.getHighProbability(), cells.percent);
        }
    }
}
