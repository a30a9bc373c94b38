package org.jinzai.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jinzai.cli.Cli;
import org.jinzai.model.Baseline;
import org.jinzai.model.StaffMember;
import org.jinzai.model.io.JinzaiResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jinzai import-staff} on a copy of the town (144 staff): adds and updates by 職員ID by default, replaces only
 * with --replace, keeps a backup beside the baseline before writing it, never writes on an error, and reads Excel
 * workbooks built here with POI (problems named by sheet and cell).
 */
class ImportStaffCliTest {

    @TempDir
    Path temp;

    private final CliSession cli = new CliSession();

    private Path baseline() throws IOException {
        return CliSession.copyExample(temp, "town").resolve("yamanami-cho.jzb");
    }

    private static Baseline load(Path file) throws IOException {
        return (Baseline) JinzaiResources.load(file).getContents().get(0);
    }

    private static List<Path> backups(Path baseline) throws IOException {
        try (Stream<Path> files = Files.list(baseline.getParent())) {
            return files.filter(f -> f.getFileName().toString().startsWith("yamanami-cho.jzb.before-import-")).sorted().toList();
        }
    }

    private Path csv(String name, String text) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void theDefaultAddsAndUpdatesByIdAndKeepsABackup() throws IOException {
        Path baseline = baseline();
        byte[] before = Files.readAllBytes(baseline);
        // s00002 moves from 職員課 to 課税課; n1 is new
        Path roster = csv("roster.csv", "職員ID,生年,採用年度,所属\ns00002,1994,2016,課税課\nn1,2000,2023,市民課\n");
        assertEquals(Cli.OK, cli.run("import-staff", baseline.toString(), roster.toString()), cli.err());
        Baseline after = load(baseline);
        assertEquals(145, after.getStaff().size(), "144 + 1, nobody removed");
        StaffMember moved = after.getStaff().stream().filter(s -> s.getId().equals("s00002")).findFirst().orElseThrow();
        assertEquals("課税課", moved.getDepartment().getName());
        assertEquals(18, moved.getMonthsInPost(), "a column not in the file stays as it was");
        assertEquals("n1", after.getStaff().get(144).getId());
        assertTrue(cli.out().contains("Added 1, updated 1, unchanged 0, removed 0 (staff: 144 → 145)"), cli.out());
        assertTrue(cli.out().contains("Step1"), cli.out());
        List<Path> backups = backups(baseline);
        assertEquals(1, backups.size(), backups.toString());
        assertArrayEquals(before, Files.readAllBytes(backups.get(0)), "the backup is the baseline as it was");
        assertTrue(cli.err().contains(backups.get(0).getFileName().toString()), cli.err());

        // the same file again: nothing to change, nothing written, no second backup
        byte[] imported = Files.readAllBytes(baseline);
        assertEquals(Cli.OK, cli.run("import-staff", baseline.toString(), roster.toString()), cli.err());
        assertTrue(cli.out().contains("Added 0, updated 0, unchanged 2"), cli.out());
        assertArrayEquals(imported, Files.readAllBytes(baseline));
        assertEquals(1, backups(baseline).size());
    }

    @Test
    void replaceIsExplicitAndNeverOverwritesAnEarlierBackup() throws IOException {
        Path baseline = baseline();
        byte[] original = Files.readAllBytes(baseline);
        Path three = csv("three.csv", "職員ID,生年,採用年度,所属\ns00001,1988,2010,総務課情報係\ns00002,1994,2016,職員課\nx1,1990,2015,市民課\n");
        assertEquals(Cli.OK, cli.run("import-staff", baseline.toString(), three.toString(), "--replace"), cli.err());
        assertEquals(3, load(baseline).getStaff().size());
        assertTrue(cli.out().contains("removed 142 (staff: 144 → 3)"), cli.out());
        byte[] afterFirst = Files.readAllBytes(baseline);

        Path two = csv("two.csv", "職員ID,生年,採用年度,所属\ns00001,1988,2010,総務課情報係\nx2,1991,2016,市民課\n");
        assertEquals(Cli.OK, cli.run("import-staff", baseline.toString(), two.toString(), "--replace"), cli.err());
        assertEquals(List.of("s00001", "x2"), load(baseline).getStaff().stream().map(StaffMember::getId).toList());
        List<Path> backups = backups(baseline);
        assertEquals(2, backups.size(), "a second backup beside the first: " + backups);
        assertTrue(backups.stream().anyMatch(b -> equalBytes(b, original)), "the first backup still holds the 144");
        assertTrue(backups.stream().anyMatch(b -> equalBytes(b, afterFirst)));

        assertEquals(Cli.USAGE, cli.run("import-staff", baseline.toString(), two.toString(), "--replace", "--append"));
    }

    private static boolean equalBytes(Path file, byte[] bytes) {
        try {
            return java.util.Arrays.equals(Files.readAllBytes(file), bytes);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A roster workbook: a title row, a blank row, the header on row 3, staff from row 4. */
    private Path workbook(String name, String sheetName, Object[]... rows) throws IOException {
        Path file = temp.resolve(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("表紙");
            Sheet sheet = workbook.createSheet(sheetName);
            workbook.setSheetOrder(sheetName, 0);
            sheet.createRow(0).createCell(0).setCellValue("令和7年度 職員名簿");
            for (int r = 0; r < rows.length; r++) {
                if (rows[r] == null) {
                    continue; // a blank row
                }
                Row row = sheet.createRow(r + 2);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof Double number) {
                        row.createCell(c).setCellValue(number);
                    } else if (value instanceof Integer padded) {
                        // a number shown with leading zeros, as HR systems export 職員ID
                        var style = workbook.createCellStyle();
                        style.setDataFormat(workbook.createDataFormat().getFormat("00000"));
                        var cell = row.createCell(c);
                        cell.setCellValue(padded);
                        cell.setCellStyle(style);
                    } else if (value instanceof String text && text.startsWith("=")) {
                        row.createCell(c).setCellFormula(text.substring(1));
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }

    private static final Object[] HEADER = { "職員ID", "氏名", "生年", "採用年度", "所属", "FTE" };

    @Test
    void anExcelRosterIsReadWithWholeNumbersAndFormulasByTheirValue() throws IOException {
        Path baseline = baseline();
        Path book = workbook("名簿.xlsx", "職員名簿", HEADER,
                new Object[] { "n1", "山田 太郎", 1985.0, "=2000+8", "市民課", 0.5 },
                null,
                new Object[] { 1002.0, "佐藤 花子", "1990", 2016.0, "課税課", null });
        assertEquals(Cli.OK, cli.run("import-staff", baseline.toString(), book.toString()), cli.err());
        Baseline after = load(baseline);
        StaffMember yamada = after.getStaff().get(144);
        assertEquals("n1", yamada.getId());
        assertEquals(1985, yamada.getBirthYear(), "1985.0 reads as 1985");
        assertEquals(2008, yamada.getHireFiscalYear(), "a formula by its computed value");
        assertEquals(0.5, yamada.getFte());
        assertEquals("1002", after.getStaff().get(145).getId(), "a numeric id without .0");
        assertTrue(cli.err().contains("sheet \"職員名簿\""), cli.err());
        assertTrue(cli.out().contains("Added 2"), cli.out());
    }

    @Test
    void anIdShownWithLeadingZerosKeepsThem() throws IOException {
        Path baseline = baseline();
        Path book = workbook("名簿.xlsx", "職員名簿", HEADER, new Object[] { 123, "山田 太郎", 1985.0, 2008.0, "市民課", 1.0 });
        assertEquals(Cli.OK, cli.run("import-staff", baseline.toString(), book.toString()), cli.err());
        assertEquals("00123", load(baseline).getStaff().get(144).getId(), "the id as Excel shows it, not 123");
    }

    @Test
    void aBadCellIsReportedWithItsSheetAndCellAndNothingIsWritten() throws IOException {
        Path baseline = baseline();
        byte[] before = Files.readAllBytes(baseline);
        Path book = workbook("bad.xlsx", "職員名簿", HEADER,
                new Object[] { "n1", "山田 太郎", "19八五", 2008.0, "市民課" },
                new Object[] { "n2", "佐藤 花子", 1990.0, "=1/0", "課税課" });
        assertEquals(Cli.INVALID, cli.run("import-staff", baseline.toString(), book.toString()));
        // the header is on row 3: the first staff member on row 4
        assertTrue(cli.err().contains("sheet \"職員名簿\", cell C4") && cli.err().contains("19八五"), cli.err());
        assertTrue(cli.err().contains("sheet \"職員名簿\", cell D5") && cli.err().contains("#DIV/0!"), cli.err());
        assertArrayEquals(before, Files.readAllBytes(baseline), "untouched");
        assertEquals(List.of(), backups(baseline), "no backup either: nothing was going to be written");
    }

    @Test
    void aSheetIsChosenByNameOrNumber() throws IOException {
        Path baseline = baseline();
        Path book = workbook("sheets.xlsx", "職員名簿", HEADER, new Object[] { "n1", "山田 太郎", 1985.0, 2008.0, "市民課" });
        assertEquals(Cli.INVALID, cli.run("import-staff", baseline.toString(), book.toString(), "--sheet", "表紙"));
        assertTrue(cli.err().contains("sheet \"表紙\"") && cli.err().contains("empty"), cli.err());
        assertEquals(Cli.INVALID, cli.run("import-staff", baseline.toString(), book.toString(), "--sheet", "名簿2"));
        assertTrue(cli.err().contains("名簿2") && cli.err().contains("職員名簿, 表紙"), cli.err());
        assertEquals(Cli.OK, cli.run("import-staff", baseline.toString(), book.toString(), "--sheet", "1"), cli.err());
        Path roster = csv("roster.csv", "職員ID,生年,採用年度,所属\nn1,1985,2008,市民課\n");
        assertEquals(Cli.USAGE, cli.run("import-staff", baseline.toString(), roster.toString(), "--sheet", "1"));
        assertEquals(Cli.USAGE, cli.run("import-staff", baseline.toString(), book.toString(), "--encoding", "cp932"));
    }

    @Test
    void whatIsNotAWorkbookGetsAClearMessage() throws IOException {
        Path baseline = baseline();
        byte[] before = Files.readAllBytes(baseline);
        // an Excel 97-2003 file starts with the OLE2 signature
        Path xls = temp.resolve("名簿.xls");
        Files.write(xls, new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0 });
        assertEquals(Cli.INVALID, cli.run("import-staff", baseline.toString(), xls.toString()));
        assertTrue(cli.err().contains("Excel 97-2003") && cli.err().contains(".xlsx") && cli.err().contains("CSV"), cli.err());
        // text named .xlsx
        Path renamed = csv("名簿.xlsx", "職員ID,生年,採用年度,所属\nn1,1985,2008,市民課\n");
        assertEquals(Cli.INVALID, cli.run("import-staff", baseline.toString(), renamed.toString()));
        assertTrue(cli.err().contains("named as an Excel workbook"), cli.err());
        // a ZIP archive that is no workbook, even named .csv: never decoded as text
        Path zip = temp.resolve("roster.csv");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(Cli.INVALID, cli.run("import-staff", baseline.toString(), zip.toString()));
        assertTrue(cli.err().contains("not an Excel workbook"), cli.err());
        assertTrue(!cli.err().contains("Input length"), cli.err());
        assertArrayEquals(before, Files.readAllBytes(baseline), "untouched");
        assertEquals(List.of(), backups(baseline));
        // a real workbook named .csv is read as one
        Path book = workbook("book.xlsx", "職員名簿", HEADER, new Object[] { "n1", "山田 太郎", 1985.0, 2008.0, "市民課" });
        Path misnamed = temp.resolve("book-really.csv");
        Files.copy(book, misnamed);
        assertEquals(Cli.OK, cli.run("import-staff", baseline.toString(), misnamed.toString()), cli.err());
    }
}
