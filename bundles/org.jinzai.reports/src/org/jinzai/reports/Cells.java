package org.jinzai.reports;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cells of the workbooks: the header, number and percentage styles of a workbook, text cells made safe against
 * formulas, numbers as numbers (none for NaN).
 */
final class Cells {

    final CellStyle header;
    final CellStyle number;
    final CellStyle percent;

    /** @param numberFormat the format of plain numbers ("#,##0.0") */
    Cells(Workbook book, String numberFormat) {
        Font bold = book.createFont();
        bold.setBold(true);
        header = book.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        number = book.createCellStyle();
        number.setDataFormat(book.createDataFormat().getFormat(numberFormat));
        percent = book.createCellStyle();
        percent.setDataFormat(book.createDataFormat().getFormat("0.0%")); //$NON-NLS-1$
    }

    /** The "quote prefix" text style of each workbook: text that looks like a formula, shown without an apostrophe. */
    private static final Map<Workbook, CellStyle> QUOTED = Collections.synchronizedMap(new WeakHashMap<>());

    static Cell text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (SpreadsheetText.looksLikeFormula(value)) {
            cell.setCellStyle(QUOTED.computeIfAbsent(row.getSheet().getWorkbook(), book -> {
                CellStyle quoted = book.createCellStyle();
                quoted.setQuotePrefixed(true);
                return quoted;
            }));
        }
        return cell;
    }

    static void value(Row row, int column, double value, CellStyle style) {
        if (Double.isNaN(value)) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }
}
