package org.jinzai.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jinzai.model.EmploymentType;
import org.jinzai.model.io.HistoryImport;
import org.jinzai.model.io.HistoryImport.Leaving;
import org.jinzai.model.io.HistoryImport.Row;
import org.jinzai.model.io.RosterImport;
import org.jinzai.model.io.RosterImport.LineError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Past rosters (a staff history) read from the CSV files an HR system exports, each bad line said, nothing guessed. */
class HistoryImportTest {

    @TempDir
    Path temp;

    private HistoryImport.Result read(String name, String text, Charset charset) throws IOException {
        Path file = temp.resolve(name);
        Files.write(file, text.getBytes(charset));
        return HistoryImport.read(file, null);
    }

    @Test
    void aYearsRosterWithTheYearInItsNameAndColumnsAHistoryDoesNotNeed() throws IOException {
        HistoryImport.Result result = read("職員名簿_2022.csv", """
                職員ID,氏名,生年,所属,任用形態,人材像,退職理由,電話
                1001,山田 太郎,1985,税務課,常勤,DX推進員,,1234
                1002,"佐藤, 花子",1992,総務課,任期付,,任期満了,
                1003,鈴木 一郎,1962,税務課,,,定年,
                """, StandardCharsets.UTF_8);
        assertEquals(List.of(), result.errors());
        assertEquals(List.of(new Row("1001", 2022, 1985, EmploymentType.REGULAR, "税務課", "DX推進員", Leaving.NOT_SAID, 2),
                new Row("1002", 2022, 1992, EmploymentType.FIXED_TERM, "総務課", "", Leaving.TERM_END, 3),
                new Row("1003", 2022, 1962, EmploymentType.REGULAR, "税務課", "", Leaving.RETIREMENT, 4)), result.rows());
    }

    @Test
    void monthsInPostAndCoursesCompletedAreReadWhenGiven() throws IOException {
        HistoryImport.Result result = read("roster-2024.csv", """
                職員ID,生年,所属,現所属月数,受講済研修,到達段階
                1001,1985,税務課,３６,DX基礎研修；データ利活用研修,Step2
                1002,1992,総務課,,,なし
                """, StandardCharsets.UTF_8);
        assertEquals(List.of(), result.errors());
        assertEquals(List.of(2, 0), result.rows().stream().map(Row::step).toList(), "Step2, and なし for none");
        assertEquals(36, result.rows().get(0).monthsInPost(), "full-width digits as HR exports have them");
        assertEquals(List.of("DX基礎研修", "データ利活用研修"), result.rows().get(0).courses());
        assertEquals(-1, result.rows().get(1).monthsInPost(), "an empty cell: not said");
        assertEquals(List.of(), result.rows().get(1).courses(), "the column is there: no course completed");
        // a file without the columns says neither
        HistoryImport.Result without = read("roster-2025.csv", "職員ID,生年,所属\n1001,1985,税務課\n", StandardCharsets.UTF_8);
        assertEquals(-1, without.rows().get(0).monthsInPost());
        assertEquals(-1, without.rows().get(0).step());
        assertEquals(null, without.rows().get(0).courses());
        // a month count that cannot be is said with its line, column and value
        HistoryImport.Result bad = read("roster-2026.csv", "職員ID,生年,所属,現所属月数,到達段階\n1001,1985,税務課,601,\n1002,1985,税務課,三年,\n"
                + "1003,1985,税務課,12,Step4\n", StandardCharsets.UTF_8);
        assertEquals(List.of(2, 3, 4), bad.errors().stream().map(LineError::line).toList(), bad.errors().toString());
        assertTrue(bad.errors().get(2).toString().contains("Step4") && bad.errors().get(2).toString().contains("到達段階"), bad.errors().toString());
        assertTrue(bad.errors().get(0).toString().contains("現所属月数") && bad.errors().get(0).toString().contains("601"), bad.errors().toString());
        assertTrue(bad.errors().get(1).toString().contains("三年"), bad.errors().toString());
    }

    @Test
    void severalYearsInOneShiftJisFileWithAYearColumn() throws IOException {
        HistoryImport.Result result = read("history.csv", "年度,職員ID,生年,所属\r\n2021,1001,1985,税務課\r\n2022,1001,1985,企画課\r\n",
                Charset.forName("windows-31j"));
        assertEquals(List.of(), result.errors());
        assertEquals("Shift_JIS (CP932)", result.encoding());
        assertEquals(2, result.rows().size());
        assertEquals(2021, result.rows().get(0).fiscalYear());
        assertEquals("企画課", result.rows().get(1).department());
    }

    @Test
    void everyBadLineIsSaidWithItsNumberColumnAndValueAndNoRowIsKept() throws IOException {
        HistoryImport.Result result = read("roster-2023.csv", """
                職員ID,生年,所属,任用形態,退職理由
                1001,19八五,税務課,常勤,
                1002,1990,,常勤,
                1003,1990,税務課,正社員,
                1004,1990,税務課,常勤,クビ
                1005,1990,税務課
                1006,1990,税務課,常勤,普通退職
                """, StandardCharsets.UTF_8);
        assertFalse(result.ok());
        assertEquals(List.of(), result.rows(), "a file with a bad line is not used at all");
        List<LineError> errors = result.errors();
        assertEquals(List.of(2, 3, 4, 5, 6), errors.stream().map(LineError::line).toList(), errors.toString());
        assertTrue(errors.get(0).toString().contains("19八五") && errors.get(0).toString().contains("生年"), errors.get(0).toString());
        assertEquals("所属", errors.get(1).column());
        assertTrue(errors.get(2).toString().contains("正社員") && errors.get(2).toString().contains("常勤, 任期付"), errors.get(2).toString());
        assertTrue(errors.get(3).toString().contains("クビ") && errors.get(3).toString().contains("定年, 任期満了"), errors.get(3).toString());
        assertTrue(errors.get(4).toString().contains("3") && errors.get(4).toString().contains("5"), errors.get(4).toString());
    }

    @Test
    void aFileWithoutAYearOrARequiredColumnIsRefusedAtItsHeader() throws IOException {
        HistoryImport.Result noYear = read("roster.csv", "職員ID,生年,所属\n1001,1985,税務課\n", StandardCharsets.UTF_8);
        assertEquals(1, noYear.errors().size(), noYear.errors().toString());
        assertTrue(noYear.errors().get(0).toString().contains("roster-2024.csv"), noYear.errors().toString());
        HistoryImport.Result noBirth = read("roster-2024.csv", "職員ID,所属\n1001,税務課\n", StandardCharsets.UTF_8);
        assertEquals(1, noBirth.errors().size(), noBirth.errors().toString());
        assertEquals(1, noBirth.errors().get(0).line());
        assertTrue(noBirth.errors().get(0).toString().contains("生年") && noBirth.errors().get(0).toString().contains("birth_year"),
                noBirth.errors().toString());
        HistoryImport.Result empty = read("roster-2024.csv", "", StandardCharsets.UTF_8);
        assertEquals(1, empty.errors().size());
    }

    /** A sheet of a workbook as the reader gives it: a header and one member (the last cells left out, as a sheet does). */
    private static RosterImport.Table sheet(String name) {
        return new RosterImport.Table(List.of(new RosterImport.Row(1, List.of("職員ID", "生年", "所属", "任用形態")),
                new RosterImport.Row(2, List.of("0001", "1980", "総務課"))), (row, column) -> name + " " + row, name, false, List.of());
    }

    @Test
    void aSheetSaysItsYearAsPlannersNameThemAndMissingCellsAtTheEndAreEmpty() {
        for (String[] named : new String[][] { { "2024年度", "2024" }, { "令和6年度", "2024" }, { "R7", "2025" }, { "Ｒ3年度", "2021" } }) {
            HistoryImport.Result read = HistoryImport.read(sheet(named[0]), named[0]);
            assertTrue(read.ok(), named[0] + ": " + read.errors());
            assertEquals(Integer.parseInt(named[1]), read.rows().get(0).fiscalYear(), named[0]);
            assertEquals(EmploymentType.REGULAR, read.rows().get(0).employment(), "an empty 任用形態 is a regular");
        }
        // the sheet's own year first, then the file's
        assertEquals(2023, HistoryImport.read(sheet("名簿"), "名簿", "roster-2023.xlsx").rows().get(0).fiscalYear());
        assertFalse(HistoryImport.read(sheet("名簿"), "名簿").ok(), "no year anywhere: refused, not guessed");
    }
}
