package org.jinzai.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jinzai.model.Baseline;
import org.jinzai.model.EmploymentType;
import org.jinzai.model.Rank;
import org.jinzai.model.StaffMember;
import org.jinzai.model.io.RosterImport.LineError;
import org.jinzai.model.io.RosterImport.Result;
import org.jinzai.model.io.StaffCsvImport;
import org.jinzai.model.steps.StepRules;
import org.jinzai.model.templates.StandardCatalog;
import org.junit.jupiter.api.Test;

/** Staff import from the CSV files Japanese HR systems export. */
class StaffCsvImportTest {

    private static final String JAPANESE = """
            職員ID,氏名,生年,採用年度,所属,任用形態,任期終了年度,職層,人材像,背番号,受講済研修,スキル,DX案件リード月数
            1001,山田 太郎,1985,2008,税務課,常勤,,主任,DX推進員,0,DX基礎研修（全職員）;業務改革（BPR）研修;プロジェクトマネジメント研修,,14
            1002,"佐藤, 花子",1992,2015,総務課情報係,任期付,2028,主事,全庁情報システム担当,1,,システム管理:1;運用設計:Lv.1,
            1003,鈴木 一郎,1970,1993,税務課,常勤,,課長,,,,,
            """;

    private Baseline baseline() {
        Baseline baseline = TestModels.smallBaseline();
        baseline.getPersonas().clear();
        StandardCatalog.addTo(baseline);
        baseline.getStaff().clear();
        return baseline;
    }

    @Test
    void utf8WithJapaneseHeadersAndBom() throws IOException {
        Baseline baseline = baseline();
        byte[] bytes = ("\uFEFF" + JAPANESE.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
        Result result = StaffCsvImport.read(baseline, bytes, null);
        assertEquals(List.of(), result.errors());
        assertEquals(StandardCharsets.UTF_8, result.charset());
        assertEquals(3, result.staff().size());
        assertTrue(result.summary().contains("3"), result.summary());
        result.changes(true).apply();
        StaffMember yamada = baseline.getStaff().get(0);
        assertEquals("1001", yamada.getId());
        assertEquals("税務課", yamada.getDepartment().getName());
        assertEquals(Rank.SHUNIN, yamada.getRank());
        assertEquals(3, yamada.getCoursesCompleted().size());
        assertEquals(2, StepRules.recordedStep(yamada, yamada.getPersona()), "courses + 14 months leading = Step2");
        StaffMember sato = baseline.getStaff().get(1);
        assertEquals("佐藤, 花子", sato.getName(), "quoted comma");
        assertEquals(EmploymentType.FIXED_TERM, sato.getEmploymentType());
        assertEquals(2028, sato.getTermEndFiscalYear());
        assertTrue(sato.isSpecialistTrack());
        assertEquals(1, StepRules.recordedStep(sato, sato.getPersona()), "IS officer matrix Step1");
        assertEquals(Rank.KACHO, baseline.getStaff().get(2).getRank());
    }

    @Test
    void shiftJisWithEnglishHeadersIsDetected() throws IOException {
        Baseline baseline = baseline();
        String csv = "id,name,birth_year,hire_fiscal_year,department,rank,persona\n"
                + "A-1,高橋 次郎,1990,2013,d-tax,KAKARICHO,persona-general\n"
                + "A-2,渡辺 桜,1999,2022,総務課情報係,主事,一般行政職員\n";
        byte[] bytes = csv.getBytes(StaffCsvImport.CP932);
        assertEquals(StaffCsvImport.CP932, StaffCsvImport.detect(bytes));
        Result result = StaffCsvImport.read(baseline, bytes, null);
        assertEquals(List.of(), result.errors());
        assertEquals("高橋 次郎", result.staff().get(0).getName());
        assertEquals(Rank.KAKARICHO, result.staff().get(0).getRank());
        // the same file read as explicitly chosen CP932 gives the same names
        Result chosen = StaffCsvImport.read(baseline, bytes, Charset.forName("Shift_JIS"));
        assertEquals("渡辺 桜", chosen.staff().get(1).getName());
    }

    private static List<LineError> errorsOf(String csv) throws IOException {
        Baseline baseline = TestModels.smallBaseline();
        StandardCatalog.addTo(baseline);
        Result result = StaffCsvImport.read(baseline, csv.getBytes(StandardCharsets.UTF_8), null);
        assertFalse(result.isOk());
        assertEquals(List.of(), result.staff(), "nothing is imported when a line is bad");
        assertThrows(IllegalStateException.class, () -> result.changes(false));
        assertEquals(3, baseline.getStaff().size(), "the baseline is untouched");
        return result.errors();
    }

    private static void assertError(List<LineError> errors, int line, String... texts) {
        assertTrue(errors.stream().anyMatch(e -> e.line() == line && List.of(texts).stream()
                .allMatch(t -> e.toString().contains(t))), "line " + line + " " + List.of(texts) + " in " + errors);
    }

    private static final String HEAD = "職員ID,生年,採用年度,所属,任用形態,任期終了年度,職層,人材像,スキル,FTE\n";

    @Test
    void eachKindOfBadLineIsReportedWithItsLineNumber() throws IOException {
        List<LineError> errors = errorsOf(HEAD
                + "x1,1985,2008,税務課,常勤,,主任,,,\n"               // 2: good
                + "x2,19八五,2008,税務課,常勤,,主任,,,\n"              // 3: not a number
                + "x3,1985,2008,観光課,常勤,,主任,,,\n"               // 4: unknown department
                + "x4,1985,2008,税務課,派遣,,主任,,,\n"               // 5: unknown employment type
                + "x5,1985,2008,税務課,任期付,,主任,,,\n"             // 6: fixed-term without end
                + "x6,1985,2008,税務課,常勤,,係長代理,,,\n"           // 7: unknown rank
                + "x7,1985,2008,税務課,常勤,,主任,営業職,,\n"          // 8: unknown persona
                + "x8,1985,2008,税務課,常勤,,主任,,ITストラテジー:5,\n" // 9: skill level
                + "x9,1985,2008,税務課,常勤,,主任,,,1.5\n"             // 10: FTE
                + "x1,1985,2008,税務課,常勤,,主任,,,\n"               // 11: duplicate id
                + "x10,1985,2008,税務課\n"                            // 12: field count
                + ",1985,2008,税務課,常勤,,主任,,,\n"                  // 13: missing id
                + "s1,1985,2008,税務課,常勤,,主任,,,\n"               // 14: id already in the baseline: an update, no error
                + "x11,2001,2010,税務課,常勤,,主任,,,\n");             // 15: hired at nine
        assertError(errors, 3, "生年", "19八五");
        assertError(errors, 4, "観光課");
        assertError(errors, 5, "派遣");
        assertError(errors, 6, "fixed-term");
        assertError(errors, 7, "係長代理");
        assertError(errors, 8, "営業職");
        assertError(errors, 9, "ITストラテジー:5");
        assertError(errors, 10, "1.5");
        assertError(errors, 11, "x1", "more than once");
        assertError(errors, 12, "4 fields", "10 columns");
        assertError(errors, 13, "職員ID", "required");
        assertFalse(errors.stream().anyMatch(e -> e.line() == 14), "an id of the roster updates that member: " + errors);
        assertError(errors, 15, "2010", "2001");
        assertFalse(errors.stream().anyMatch(e -> e.line() == 2), "the good line has no error");
    }

    @Test
    void headerProblemsAreReportedOnLineOne() throws IOException {
        List<LineError> errors = errorsOf("職員ID,生年,部署名\n1,1980,税務課\n");
        assertError(errors, 1, "部署名");
        assertError(errors, 1, "採用年度");
        assertError(errors, 1, "所属");
    }

    @Test
    void emptyFileAndHeaderOnly() throws IOException {
        assertError(errorsOf(""), 1, "empty");
        assertError(errorsOf(HEAD), 1, "no staff");
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** Nothing read, and exactly one problem: on this line, mentioning these texts. */
    private void assertRefused(byte[] bytes, Charset charset, int line, String... texts) throws IOException {
        Result result = StaffCsvImport.read(baseline(), bytes, charset);
        assertEquals(List.of(), result.staff(), "nothing is imported");
        assertEquals(1, result.errors().size(), () -> result.errors().toString());
        LineError error = result.errors().get(0);
        assertEquals(line, error.line(), error.toString());
        for (String text : texts) {
            assertTrue(error.toString().contains(text), text + " in: " + error);
        }
    }

    private static final String HEADER = "職員ID,氏名,生年,採用年度,所属\n";

    @Test
    void aFileThatMixesEncodingsIsRefusedAtTheLineThatDiffers() throws IOException {
        byte[] bytes = concat(HEADER.getBytes(StandardCharsets.UTF_8), "1,山田 太郎,1985,2008,税務課\n".getBytes(StandardCharsets.UTF_8),
                "2,佐藤 花子,1990,2012,税務課\n".getBytes(StaffCsvImport.CP932), "3,鈴木 一郎,1970,1993,税務課\n".getBytes(StandardCharsets.UTF_8));
        assertRefused(bytes, null, 3, "line 1");
    }

    @Test
    void anUndecodableByteIsAnErrorWithItsLineAndColumn() throws IOException {
        // 0x81 0x20: a Shift_JIS lead byte without a valid second byte, after "2,佐藤" (4 characters)
        byte[] bytes = concat(HEADER.getBytes(StaffCsvImport.CP932), "1,山田 太郎,1985,2008,税務課\n".getBytes(StaffCsvImport.CP932),
                "2,佐藤".getBytes(StaffCsvImport.CP932), new byte[] { (byte) 0x81, 0x20 }, ",1990,2012,税務課\n".getBytes(StaffCsvImport.CP932));
        assertRefused(bytes, null, 3, "column 5", "0x81");
        // chosen explicitly: the same
        assertRefused(bytes, StaffCsvImport.CP932, 3, "column 5", "0x81");
        // a UTF-8 file read as UTF-8 with a stray byte
        byte[] utf8 = concat(HEADER.getBytes(StandardCharsets.UTF_8), "1,山田".getBytes(StandardCharsets.UTF_8), new byte[] { (byte) 0xFF },
                " 太郎,1985,2008,税務課\n".getBytes(StandardCharsets.UTF_8));
        assertRefused(utf8, StandardCharsets.UTF_8, 2, "column 5", "0xFF");
    }

    @Test
    void anUnclosedQuoteIsAnErrorWhereItOpens() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER).append("1,山田 太郎,1985,2008,\"税務課\n");
        for (int i = 2; i < 49; i++) {
            csv.append(i).append(",職員").append(i).append(",1985,2008,税務課\n");
        }
        assertRefused(csv.toString().getBytes(StandardCharsets.UTF_8), null, 2, "column 19");
    }

    @Test
    void aControlCharacterIsAnErrorWithItsLineAndColumn() throws IOException {
        for (String control : List.of("\u0007", "\u0000", "\u001B", "\u007F")) {
            String csv = HEADER + "1,山田 太郎,1985,2008,税務課\n2,佐藤" + control + "花子,1990,2012,税務課\n";
            assertRefused(csv.getBytes(StandardCharsets.UTF_8), null, 3, "column 5",
                    String.format("U+%04X", (int) control.charAt(0)));
        }
        // a tab inside a value and CRLF line ends are not control characters here
        Result tab = StaffCsvImport.read(baseline(), (HEADER + "1,山田\t太郎,1985,2008,税務課\r\n").getBytes(StandardCharsets.UTF_8), null);
        assertEquals(List.of(), tab.errors());
    }

    @Test
    void aShiftJisRosterWithHalfWidthKanaIsNotTakenForMixed() throws IOException {
        // ﾅｶﾞｲ in Shift_JIS (C5 B6 DE B2) is valid UTF-8 by chance, but not Japanese
        String csv = HEADER + "1,ﾅｶﾞｲ ﾀﾛｳ,1985,2008,税務課\n2,山田 花子,1990,2012,税務課\n";
        Result result = StaffCsvImport.read(baseline(), csv.getBytes(StaffCsvImport.CP932), null);
        assertEquals(List.of(), result.errors());
        assertEquals("ﾅｶﾞｲ ﾀﾛｳ", result.staff().get(0).getName());
    }

    @Test
    void twoStrayQuotesDoNotMergeRecordsSilently() throws IOException {
        String csv = HEADER + "1,\"山田,1980,2003,税務課\n2,佐藤\",1985,2008,税務課\n";
        assertRefused(csv.getBytes(StandardCharsets.UTF_8), null, 2, "column 3", "line 3");
    }

    @Test
    void aByteOrderMarkIsNotAColumn() throws IOException {
        // the control character is the 19th character of the header, after the mark
        String csv = "\uFEFF職員ID,氏名,生年,採用年度,所属\u0007\n1,山田,1985,2008,税務課\n";
        Result result = StaffCsvImport.read(baseline(), csv.getBytes(StandardCharsets.UTF_8), null);
        assertTrue(result.errors().stream().anyMatch(e -> e.line() == 1 && e.toString().contains("column 19") && e.toString().contains("U+0007")),
                result.errors().toString());
    }
}
