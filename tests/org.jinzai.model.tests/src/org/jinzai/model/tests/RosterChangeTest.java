package org.jinzai.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.jinzai.model.Baseline;
import org.jinzai.model.Rank;
import org.jinzai.model.StaffMember;
import org.jinzai.model.io.RosterChange;
import org.jinzai.model.io.RosterImport;
import org.jinzai.model.io.RosterImport.Result;
import org.jinzai.model.io.StaffCsvImport;
import org.jinzai.model.steps.StepRules;
import org.jinzai.model.templates.StandardCatalog;
import org.junit.jupiter.api.Test;

/**
 * What an import changes, count by count, on a roster of three (s1 in 総務課情報係, s2 and s3 in 税務課): by default
 * staff are added or updated by 職員ID and nobody leaves; a replace removes who is not in the file.
 */
class RosterChangeTest {

    private static Baseline baseline() {
        Baseline baseline = TestModels.smallBaseline();
        baseline.getPersonas().clear();
        StandardCatalog.addTo(baseline);
        baseline.getStaff().get(0).setName("佐藤 一郎");
        baseline.getStaff().get(2).setRank(Rank.KAKARICHO);
        return baseline;
    }

    private static Result read(Baseline baseline, String csv) throws IOException {
        Result result = StaffCsvImport.read(baseline, csv.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(List.of(), result.errors());
        return result;
    }

    /** s2 moves to 総務課情報係, s1 is as it was, n1 is new; s3 is not in the file. */
    private static final String FILE = """
            職員ID,生年,採用年度,所属
            s1,1981,2006,総務課情報係
            s2,1982,2007,総務課情報係
            n1,1999,2022,税務課
            """;

    @Test
    void theDefaultAddsAndUpdatesByIdAndRemovesNobody() throws IOException {
        Baseline baseline = baseline();
        StaffMember s1 = baseline.getStaff().get(0);
        StaffMember s3 = baseline.getStaff().get(2);
        RosterChange change = read(baseline, FILE).changes(false);
        assertEquals(1, change.added().size());
        assertEquals(1, change.updated().size());
        assertEquals(1, change.unchanged());
        assertEquals(0, change.removed().size());
        assertEquals(3, change.before());
        assertEquals(4, change.after());
        assertEquals(3, baseline.getStaff().size(), "nothing changes before apply");

        change.apply();
        assertEquals(List.of("s1", "s2", "s3", "n1"), baseline.getStaff().stream().map(StaffMember::getId).toList(),
                "an update keeps its place in the roster, a new member comes last");
        assertSame(s1, baseline.getStaff().get(0), "an unchanged member is left as it is");
        assertSame(s3, baseline.getStaff().get(2), "a member not in the file stays");
        assertEquals("総務課情報係", baseline.getStaff().get(1).getDepartment().getName());
    }

    @Test
    void anUpdateSetsOnlyTheColumnsOfTheFile() throws IOException {
        Baseline baseline = baseline();
        StaffMember s3 = baseline.getStaff().get(2);
        s3.getCoursesCompleted().add(baseline.getCourses().get(0));
        RosterChange change = read(baseline, "職員ID,生年,採用年度,所属\ns3,1983,2008,総務課情報係\n").changes(false);
        assertEquals(1, change.updated().size());
        change.apply();
        StaffMember updated = baseline.getStaff().get(2);
        assertEquals("総務課情報係", updated.getDepartment().getName(), "the file's column");
        assertEquals(Rank.KAKARICHO, updated.getRank(), "no 職層 column: the rank stays");
        assertEquals(List.of(baseline.getCourses().get(0)), updated.getCoursesCompleted(), "no 受講済研修 column: the courses stay");

        // a column in the file sets its value, an empty cell its default
        read(baseline, "職員ID,氏名,生年,採用年度,所属,職層\ns1,,1981,2006,総務課情報係,\n").changes(false).apply();
        assertNull(baseline.getStaff().get(0).getName());
        assertEquals(Rank.SHUJI, baseline.getStaff().get(0).getRank());
    }

    @Test
    void aReplaceRemovesWhoIsNotInTheFile() throws IOException {
        Baseline baseline = baseline();
        RosterChange change = read(baseline, FILE).changes(true);
        assertEquals(1, change.added().size());
        assertEquals(1, change.updated().size());
        assertEquals(1, change.unchanged());
        assertEquals(List.of("s3"), change.removed().stream().map(StaffMember::getId).toList());
        assertEquals(3, change.after());
        assertTrue(change.replaceWarning().contains("3") && change.replaceWarning().contains("1"), change.replaceWarning());
        change.apply();
        assertEquals(List.of("s1", "s2", "n1"), baseline.getStaff().stream().map(StaffMember::getId).toList());
    }

    @Test
    void aReplaceWithAFileOfThreeTellsHowManyLeave() throws IOException {
        Baseline baseline = baseline();
        for (int i = 4; i <= 144; i++) {
            StaffMember extra = EcoreUtil.copy(baseline.getStaff().get(1));
            extra.setId("s" + i);
            baseline.getStaff().add(extra);
        }
        RosterChange change = read(baseline, "職員ID,生年,採用年度,所属\ns1,1981,2006,総務課情報係\ns2,1982,2007,税務課\ns3,1990,2015,税務課\n")
                .changes(true);
        assertEquals(144, change.before());
        assertEquals(3, change.after());
        assertEquals(141, change.removed().size());
        assertEquals(2, change.unchanged());
        assertEquals(1, change.updated().size(), "s3's birth and hire years");
        String warning = change.replaceWarning();
        assertTrue(warning.contains("144") && warning.contains("3") && warning.contains("141"), warning);
    }

    @Test
    void theSameFileTwiceChangesNothingTheSecondTime() throws IOException {
        Baseline baseline = baseline();
        read(baseline, FILE).changes(false).apply();
        RosterChange again = read(baseline, FILE).changes(false);
        assertTrue(again.isEmpty(), again.summary());
        assertEquals(3, again.unchanged());
        assertEquals(4, again.after());
    }

    @Test
    void stepsAreRecomputedAndCountedBeforeAndAfter() throws IOException {
        Baseline baseline = baseline();
        String courses = "DX基礎研修（全職員）;業務改革（BPR）研修;プロジェクトマネジメント研修";
        // s2 becomes a DX promoter with the three courses (Step1) and 14 months leading (Step2); n1 a promoter at Step1
        RosterChange change = read(baseline, "職員ID,生年,採用年度,所属,人材像,受講済研修,DX案件リード月数\n"
                + "s2,1982,2007,税務課,DX推進員," + courses + ",14\n"
                + "n1,1995,2018,税務課,DX推進員," + courses + ",0\n").changes(false);
        assertEquals(0, change.stepBefore(1));
        assertEquals(0, change.stepBefore(2));
        assertEquals(1, change.stepAfter(1));
        assertEquals(1, change.stepAfter(2));
        assertEquals(0, change.stepAfter(3));
        assertTrue(change.stepCounts().contains("Step2 0"), change.stepCounts());
        change.apply();
        StaffMember s2 = baseline.getStaff().get(1);
        assertEquals(2, StepRules.recordedStep(s2, s2.getPersona()));
    }

    @Test
    void anUpdateIsANewMemberInTheOldOnesPlaceSoItCanBeUndone() throws IOException {
        Baseline baseline = baseline();
        StaffMember s2 = baseline.getStaff().get(1);
        Baseline copy = EcoreUtil.copy(baseline);
        RosterChange change = read(baseline, FILE).changes(true);
        RosterChange.Update update = change.updated().get(0);
        assertSame(s2, update.current());
        assertFalse(update.updated() == s2);
        assertEquals("税務課", s2.getDepartment().getName(), "the member in the roster is not touched by working out the change");
        assertTrue(EcoreUtil.equals(copy, baseline), "nothing changed before apply");
    }

    @Test
    void aSheetsPlacesNameTheCellAndItsValuesNeedNoFixedWidth() {
        Baseline baseline = baseline();
        RosterImport.Places cells = (row, column) -> column < 0 ? "row " + row : "R" + row + "C" + (column + 1);
        RosterImport.Table table = new RosterImport.Table(List.of(
                new RosterImport.Row(2, List.of("職員ID", "生年", "採用年度", "所属", "")),
                new RosterImport.Row(3, List.of("n1", "1990", "2015")),
                new RosterImport.Row(5, List.of("n2", "19x0", "2015", "税務課")),
                new RosterImport.Row(6, List.of("n3", "1990", "2015", "税務課", "", "メモ"))), cells, "sheet", false, List.of());
        Result result = RosterImport.read(baseline, table);
        assertEquals(3, result.errors().size(), result.errors().toString());
        assertEquals("R3C4", result.errors().get(0).place(), "a missing cell is empty: 所属 is required");
        assertEquals("R5C2", result.errors().get(1).place());
        assertTrue(result.errors().get(1).toString().startsWith("R5C2: ") && result.errors().get(1).toString().contains("19x0"));
        assertEquals("R6C6", result.errors().get(2).place(), "a value beyond the header's columns");
    }
}
