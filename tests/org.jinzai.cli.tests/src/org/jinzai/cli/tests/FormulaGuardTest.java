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

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jinzai.cli.Cli;
import org.jinzai.reports.SpreadsheetText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names that a spreadsheet could read as formulas — half- and full-width signs, a leading carriage return — never
 * become formulas: in CSV they get an apostrophe and a field with a line break is quoted (one record stays one row);
 * in XLSX they are text cells with the quote-prefix style and no visible apostrophe. A lone dash stays a dash.
 */
class FormulaGuardTest {

    @TempDir
    Path temp;

    @Test
    void signsAtTheStartAreGuarded() {
        for (String text : List.of("=1+1", "+1", "-1+2", "@SUM(A1)", "\uFF1D1+1", "\uFF0B1", "\uFF0D1", "\uFF20A", "\r=1", "\n=1", "\t=1")) {
            assertTrue(SpreadsheetText.looksLikeFormula(text), text);
            assertEquals("'" + text, SpreadsheetText.safe(text));
        }
        for (String text : List.of("-", "DX推進員", "1=1", "")) {
            assertFalse(SpreadsheetText.looksLikeFormula(text), text);
            assertEquals(text, SpreadsheetText.safe(text));
        }
    }

    @Test
    void targetNamesInCsvAndXlsxAreNeverFormulas() throws IOException {
        Path town = CliSession.copyExample(temp, "town");
        Path scenario = town.resolve("status-quo.jzs");
        CliSession.replace(scenario, "name=\"DX推進員（Step1以上）を各課に1名\"", "name=\"\uFF1DHYPERLINK(&quot;x&quot;)\"",
                "name=\"DX基礎研修 受講率90%\"", "name=\"&#13;=2+2\"");
        CliSession cli = new CliSession();
        Path out = temp.resolve("out");
        assertEquals(Cli.OK, cli.run("simulate", scenario.toString(), "--runs", "10", "--out", out.toString(), "--format", "csv,xlsx"),
                cli.err());
        String csv = Files.readString(out.resolve("targets.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.contains(",\"'\uFF1DHYPERLINK(\"\"x\"\")\","), csv);
        assertTrue(csv.contains(",\"'\r=2+2\","), "a field with a carriage return is quoted and guarded");
        try (InputStream in = Files.newInputStream(out.resolve("results.xlsx")); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet targets = book.getSheet("数値目標");
            List<Cell> guarded = new ArrayList<>();
            for (Row row : targets) {
                for (Cell cell : row) {
                    assertTrue(cell.getCellType() != CellType.FORMULA, "no formula cell");
                    if (cell.getCellType() == CellType.STRING && SpreadsheetText.looksLikeFormula(cell.getStringCellValue())) {
                        guarded.add(cell);
                    }
                }
            }
            assertFalse(guarded.isEmpty());
            for (Cell cell : guarded) {
                assertTrue(cell.getCellStyle().getQuotePrefixed(), cell.getStringCellValue());
                assertFalse(cell.getStringCellValue().startsWith("'"), "no visible apostrophe");
            }
        }
    }
}
