package org.jinzai.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.osgi.util.NLS;
import org.jinzai.model.Baseline;
import org.jinzai.model.io.HistoryImport;
import org.jinzai.model.io.RosterImport;
import org.jinzai.model.io.RosterImport.LineError;
import org.jinzai.model.io.RosterImport.Result;
import org.jinzai.model.io.StaffCsvImport;

/**
 * Reads a staff roster (職員名簿) for {@link RosterImport} from a CSV file or an Excel workbook (.xlsx), the format
 * told by the file's first bytes and then its name: a ZIP archive is read as a workbook whatever its name (so a
 * workbook is never decoded as text), an OLE2 file (.xls, or a workbook with a password) and a file named as a
 * workbook that holds none are refused with what to do; anything else is CSV. Here because Apache POI is; the model
 * needs only EMF.
 *
 * <p>In a workbook, the roster is on the first sheet or a chosen one, its header the first row that names the
 * roster's columns (a title above it is left out); blank rows are skipped; a whole number stored as a number
 * (2016.0) reads as 2016, a formula by the value Excel last computed, a cell holding an error value is an error
 * at its cell. Problems name the sheet and the cell: シート「職員名簿」のC5.</p>
 */
public final class RosterFiles {

    /** What a roster file holds, by its first bytes and its name. */
    public enum Format {
        /** Text: UTF-8 or Shift_JIS CSV. */
        CSV,
        /** An Office Open XML workbook (a ZIP archive). */
        XLSX,
        /** An OLE2 file: an Excel 97-2003 workbook, or a workbook encrypted with a password. */
        LEGACY,
        /** Named as a workbook (.xlsx, .xls…) but neither a ZIP archive nor an OLE2 file. */
        NOT_A_WORKBOOK
    }

    private static final byte[] ZIP = { 'P', 'K', 3, 4 };
    private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };

    /** How far below the top a header may be (title rows above it). */
    private static final int HEADER_SEARCH = 20;

    private RosterFiles() {
    }

    /** The format of a file, by its first bytes and then its name. */
    public static Format format(Path file) throws IOException {
        byte[] head = new byte[8];
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(head, 0, head.length);
        }
        if (startsWith(head, length, ZIP)) {
            return Format.XLSX;
        }
        if (startsWith(head, length, OLE2)) {
            return Format.LEGACY;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.matches(".*\\.(xlsx|xlsm|xltx|xltm|xls|xlsb)") ? Format.NOT_A_WORKBOOK : Format.CSV; //$NON-NLS-1$
    }

    private static boolean startsWith(byte[] head, int length, byte[] magic) {
        return length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    /** The sheets of a workbook, in order (empty for a file that is not one or cannot be read). */
    public static List<String> sheets(Path file) {
        try {
            if (format(file) != Format.XLSX) {
                return List.of();
            }
            try (XSSFWorkbook workbook = open(file)) {
                List<String> names = new ArrayList<>();
                for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                    names.add(workbook.getSheetName(i));
                }
                return names;
            }
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /**
     * Reads a roster for a baseline.
     *
     * @param charset a CSV file's encoding, or null to detect it (not used for a workbook)
     * @param sheet a workbook's sheet by name or number (1 = the first), or null for the first visible sheet (not used
     *            for CSV)
     */
    public static Result read(Baseline baseline, Path file, Charset charset, String sheet) throws IOException {
        String name = file.getFileName().toString();
        return switch (format(file)) {
            case CSV -> StaffCsvImport.read(baseline, file, charset);
            case LEGACY -> RosterImport.refused(baseline, "", Messages.Roster_legacy, name); //$NON-NLS-1$
            case NOT_A_WORKBOOK -> RosterImport.refused(baseline, "", Messages.Roster_namedAsWorkbook, name); //$NON-NLS-1$
            case XLSX -> readWorkbook(baseline, file, sheet);
        };
    }

    /** POI reads from memory: the user's file is only read, never opened for writing. */
    private static XSSFWorkbook open(Path file) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(file)));
    }

    private static Result readWorkbook(Baseline baseline, Path file, String sheetName) throws IOException {
        String name = file.getFileName().toString();
        XSSFWorkbook workbook;
        try {
            workbook = open(file);
        } catch (IOException | RuntimeException e) {
            // a Word document, an OpenDocument file, a damaged or a zip-bomb archive: POI says which in its own words
            return RosterImport.refused(baseline, "", NLS.bind(Messages.Roster_notAWorkbook, String.valueOf(e.getLocalizedMessage())), name); //$NON-NLS-1$
        }
        try (workbook) {
            if (workbook.getNumberOfSheets() == 0) {
                return RosterImport.refused(baseline, "", Messages.Roster_noSheets, name); //$NON-NLS-1$
            }
            Sheet sheet = sheetOf(workbook, sheetName);
            if (sheet == null) {
                List<String> names = new ArrayList<>();
                workbook.forEach(s -> names.add(s.getSheetName()));
                return RosterImport.refused(baseline, "", NLS.bind(Messages.Roster_noSuchSheet, sheetName, String.join(Messages.Roster_sheetSeparator, names)), //$NON-NLS-1$
                        name);
            }
            return readSheet(baseline, sheet);
        }
    }

    /** A sheet by name (exactly, then ignoring case and spaces around it) or number; the first visible one for null. */
    private static Sheet sheetOf(XSSFWorkbook workbook, String name) {
        if (name == null || name.isBlank()) {
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
                    return workbook.getSheetAt(i);
                }
            }
            return workbook.getSheetAt(0);
        }
        Sheet exact = workbook.getSheet(name);
        if (exact != null) {
            return exact;
        }
        for (Sheet sheet : workbook) {
            if (sheet.getSheetName().strip().equalsIgnoreCase(name.strip())) {
                return sheet;
            }
        }
        if (name.strip().matches("[0-9]{1,4}")) { //$NON-NLS-1$
            int number = Integer.parseInt(name.strip());
            if (number >= 1 && number <= workbook.getNumberOfSheets()) {
                return workbook.getSheetAt(number - 1);
            }
        }
        return null;
    }

    /**
     * Reads a history file (past rosters, see {@link HistoryImport}): a CSV file, or a workbook whose every visible
     * sheet is a roster (one sheet a year named like 「2024年度」, or sheets with a 年度 column; else the year in the
     * file's name). Bad cells are said with their sheet and cell.
     *
     * @param charset a CSV file's encoding, or null to detect it (not used for a workbook)
     */
    public static HistoryImport.Result readHistory(Path file, Charset charset) throws IOException {
        String name = file.getFileName().toString();
        switch (format(file)) {
        case CSV:
            return HistoryImport.read(file, charset);
        case LEGACY:
            return HistoryImport.refused(Messages.Roster_legacy);
        case NOT_A_WORKBOOK:
            return HistoryImport.refused(Messages.Roster_namedAsWorkbook);
        default:
            break;
        }
        XSSFWorkbook workbook;
        try {
            workbook = open(file);
        } catch (IOException | RuntimeException e) {
            return HistoryImport.refused(NLS.bind(Messages.Roster_notAWorkbook, String.valueOf(e.getLocalizedMessage())));
        }
        try (workbook) {
            List<HistoryImport.Row> rows = new ArrayList<>();
            List<LineError> errors = new ArrayList<>();
            java.util.Map<String, RosterImport.Table> tables = new java.util.LinkedHashMap<>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                RosterImport.Table table = workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i) ? null : table(workbook.getSheetAt(i));
                if (table != null) {
                    tables.put(workbook.getSheetName(i), table); // an empty sheet (a cover, notes) is no roster
                }
            }
            if (tables.size() > 1) {
                // a workbook of several sheets: those whose header names no two roster columns (メモ, 表紙) are no rosters
                tables.values().removeIf(t -> t.rows().get(0).cells().stream().filter(RosterImport::isHeader).count() < 2);
            }
            for (java.util.Map.Entry<String, RosterImport.Table> sheet : tables.entrySet()) {
                // a sheet a year says its year (2024年度, 令和6年度); the file's name can only say the year of a single sheet
                HistoryImport.Result read = tables.size() > 1 ? HistoryImport.read(sheet.getValue(), sheet.getKey())
                        : HistoryImport.read(sheet.getValue(), sheet.getKey(), name);
                rows.addAll(read.rows());
                errors.addAll(read.errors());
            }
            if (rows.isEmpty() && errors.isEmpty()) {
                return HistoryImport.refused(Messages.Roster_noSheets);
            }
            return new HistoryImport.Result(errors.isEmpty() ? rows : List.of(), errors, "xlsx"); //$NON-NLS-1$
        }
    }

    /** A sheet as a table whose first row is the header (a title above it left out); null for an empty sheet. */
    private static RosterImport.Table table(Sheet sheet) {
        String sheetName = sheet.getSheetName();
        RosterImport.Places places = (row, column) -> column < 0 ? NLS.bind(Messages.Roster_sheetRow, sheetName, row)
                : NLS.bind(Messages.Roster_sheetCell, sheetName, CellReference.convertNumToColString(column) + row);
        List<RosterImport.Row> rows = new ArrayList<>();
        List<LineError> problems = new ArrayList<>();
        for (int r = Math.max(0, sheet.getFirstRowNum()); r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || row.getLastCellNum() <= 0) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            List<LineError> rowProblems = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                cells.add(text(row.getCell(c), rowProblems, places));
            }
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
                cells.remove(cells.size() - 1);
            }
            if (!cells.isEmpty() || !rowProblems.isEmpty()) {
                rows.add(new RosterImport.Row(r + 1, cells));
                problems.addAll(rowProblems);
            }
        }
        if (rows.isEmpty()) {
            return null;
        }
        // a title above the header (「令和7年度 職員名簿」) is left out: the header is the first row naming two columns
        int header = 0;
        for (int i = 0; i < Math.min(HEADER_SEARCH, rows.size()); i++) {
            if (rows.get(i).cells().stream().filter(RosterImport::isHeader).count() >= 2) {
                header = i;
                break;
            }
        }
        int headerRow = rows.get(header).number();
        problems.removeIf(problem -> problem.line() < headerRow);
        return new RosterImport.Table(rows.subList(header, rows.size()), places, NLS.bind(Messages.Roster_sheet, sheetName), false, problems);
    }

    private static Result readSheet(Baseline baseline, Sheet sheet) {
        RosterImport.Table table = table(sheet);
        if (table == null) {
            String sheetName = sheet.getSheetName();
            return RosterImport.refused(baseline, NLS.bind(Messages.Roster_sheet, sheetName), Messages.Roster_emptySheet,
                    NLS.bind(Messages.Roster_sheet, sheetName));
        }
        return RosterImport.read(baseline, table);
    }

    /** A cell's value as the roster's text: whole numbers without a decimal point, formulas by their cached value. */
    private static String text(Cell cell, List<LineError> problems, RosterImport.Places places) {
        if (cell == null) {
            return ""; //$NON-NLS-1$
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            if (cell instanceof XSSFCell xssf && xssf.getRawValue() == null) {
                problem(cell, "", Messages.Roster_formulaNotComputed, problems, places); //$NON-NLS-1$
                return ""; //$NON-NLS-1$
            }
            type = cell.getCachedFormulaResultType();
        }
        switch (type) {
        case STRING:
            return cell.getStringCellValue();
        case BOOLEAN:
            return cell.getBooleanCellValue() ? "1" : "0"; //$NON-NLS-1$ //$NON-NLS-2$
        case NUMERIC:
            if (DateUtil.isCellDateFormatted(cell)) {
                LocalDateTime date = cell.getLocalDateTimeCellValue();
                return date.toLocalTime().toSecondOfDay() == 0 ? date.toLocalDate().toString() : date.toString();
            }
            if (cell.getCellType() == CellType.NUMERIC && cell.getCellStyle().getDataFormatString() != null
                    && cell.getCellStyle().getDataFormatString().matches("0{2,}")) { //$NON-NLS-1$
                // a number shown with leading zeros (職員ID 00123 formatted as 00000) is read as shown
                return new DataFormatter(Locale.ROOT).formatCellValue(cell);
            }
            return number(cell.getNumericCellValue());
        case ERROR:
            String error = errorText(cell.getErrorCellValue());
            problem(cell, error, NLS.bind(Messages.Roster_errorValue, error), problems, places);
            return error;
        default:
            return ""; //$NON-NLS-1$
        }
    }

    /** 2016.0 as 2016; 0.5 as 0.5; binary noise (0.30000000000000004) rounded away at 15 digits as Excel shows it. */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return new BigDecimal(value).round(MathContext.DECIMAL64).round(new MathContext(15)).stripTrailingZeros().toPlainString();
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#" + code; //$NON-NLS-1$
        }
    }

    private static void problem(Cell cell, String value, String message, List<LineError> problems, RosterImport.Places places) {
        int row = cell.getRowIndex() + 1;
        problems.add(new LineError(row, "", value, message, places.of(row, cell.getColumnIndex()))); //$NON-NLS-1$
    }
}
