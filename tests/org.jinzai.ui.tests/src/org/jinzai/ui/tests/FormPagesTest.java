package org.jinzai.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.jinzai.model.Baseline;
import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.Scenario;
import org.jinzai.model.StaffMember;
import org.jinzai.model.editor.internal.FeatureTable;
import org.jinzai.model.editor.internal.FormFields;
import org.jinzai.model.editor.internal.ModelEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The model editor's form pages: the overview form edits through commands (undo, dirty), refuses a value of the
 * wrong type beside the field and shows validation problems there; the 10,000-staff roster opens as a table that
 * filters, sorts and edits.
 */
class FormPagesTest {

    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

    @AfterEach
    void closeEditors() {
        page.closeAllEditors(false);
    }

    private ModelEditor open(String path) throws Exception {
        return UiWait.openModelEditor(page, path);
    }

    @Test
    void theOverviewFormEditsThroughCommandsAndSaysWhatIsWrong() throws Exception {
        ModelEditor editor = open("town/status-quo.jzs");
        List<String> titles = editor.pageTitles();
        assertTrue(titles.get(0).equals("概要") || titles.get(0).equals("Overview"), "the overview first: " + titles);
        assertTrue(titles.size() >= 6, "a page per list of the scenario, then the tree: " + titles);
        Scenario scenario = (Scenario) editor.getResource().getContents().get(0);
        FormFields settings = editor.forms().stream()
                .filter(f -> f.field(JinzaiPackage.Literals.RUN_SETTINGS__REPLICATIONS) != null).findFirst().orElseThrow();
        Text replications = (Text) settings.field(JinzaiPackage.Literals.RUN_SETTINGS__REPLICATIONS);
        int before = scenario.getRunSettings().getReplications();

        FormInput.type(replications, "abc", () -> settings.problem(JinzaiPackage.Literals.RUN_SETTINGS__REPLICATIONS) != null,
                "the refusal of \"abc\" beside the field");
        assertEquals(before, scenario.getRunSettings().getReplications(), "a value of the wrong type is not set");
        assertNotNull(settings.problem(JinzaiPackage.Literals.RUN_SETTINGS__REPLICATIONS), "and it is said beside the field");
        assertFalse(editor.isDirty());

        FormInput.type(replications, "500", () -> scenario.getRunSettings().getReplications() == 500, "500 replications set");
        assertEquals(500, scenario.getRunSettings().getReplications());
        assertTrue(editor.isDirty());
        assertNull(settings.problem(JinzaiPackage.Literals.RUN_SETTINGS__REPLICATIONS), "the refusal goes once a good value is set");

        // a value the validator refuses: shown on the field after the validation that follows each edit
        FormInput.type(replications, "0", () -> scenario.getRunSettings().getReplications() == 0, "0 replications set");
        UiWait.until(() -> settings.problem(JinzaiPackage.Literals.RUN_SETTINGS__REPLICATIONS) != null, "the validation problem on the field",
                10_000);

        // a table cell with a validation problem says so: seats of a course run set negative in the 研修枠 table
        FeatureTable runs = editor.tables().stream().filter(t -> !t.rows().isEmpty()
                && t.rows().get(0) instanceof org.jinzai.model.CourseSeats).findFirst().orElseThrow();
        EObject run = runs.rows().get(0);
        var domain = editor.getEditingDomain();
        domain.getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(domain, run,
                JinzaiPackage.Literals.COURSE_SEATS__SEATS, -1));
        int seatsColumn = runs.columnOf(JinzaiPackage.Literals.COURSE_SEATS__SEATS);
        UiWait.until(() -> runs.problem(run, seatsColumn) != null, "the problem on the seats cell", 10_000);
        domain.getCommandStack().undo();
        UiWait.until(() -> runs.problem(run, seatsColumn) == null, "the problem gone after undo", 10_000);

        // the seats grid page: a course × fiscal year cell changes the plan by a command
        var seats = editor.plans().get(0);
        var row = seats.rows().get(0);
        int first = scenario.getRunSettings().getFirstFiscalYear();
        int seatsBefore = row.value(first);
        assertFalse(seats.set(row, first, "-3"), "a negative number is refused");
        assertTrue(seats.set(row, first, Integer.toString(seatsBefore + 5)));
        UiWait.until(() -> Integer.toString(seatsBefore + 5).equals(seats.viewer().getTable().getItem(0).getText(1)),
                "the seats grid to show the changed seats", 20_000);
        assertEquals(seatsBefore + 5, row.value(first));
        assertEquals(Integer.toString(seatsBefore + 5), seats.viewer().getTable().getItem(0).getText(1), "the grid shows it");
        editor.getEditingDomain().getCommandStack().undo();
        UiWait.until(() -> Integer.toString(seatsBefore).equals(seats.viewer().getTable().getItem(0).getText(1)),
                "the seats grid to show the seats again after undo", 20_000);
        assertEquals(seatsBefore, row.value(first), "undo restores the seats");

        editor.getEditingDomain().getCommandStack().undo();
        editor.getEditingDomain().getCommandStack().undo();
        UiWait.until(() -> Integer.toString(before).equals(replications.getText()),
                "the replications field to show the value again after undo", 20_000);
        assertEquals(before, scenario.getRunSettings().getReplications(), "undo restores the value");
        assertEquals(Integer.toString(before), replications.getText(), "and the field shows it");
        assertFalse(editor.isDirty());
    }

    @Test
    void aProblemOfAWholeListIsSaidAboveItsTable() throws Exception {
        // the retirement ages all removed: the warning that regular staff would never retire shows above the 定年 table
        // (it has no row to be shown on), and goes with undo
        ModelEditor editor = open("town/status-quo.jzs");
        Scenario scenario = (Scenario) editor.getResource().getContents().get(0);
        FeatureTable ages = editor.tables().stream().filter(t -> !t.rows().isEmpty()
                && t.rows().get(0) instanceof org.jinzai.model.RetirementAge).findFirst().orElseThrow();
        assertEquals("", ages.listProblems(), "nothing said while the ages are there");
        var domain = editor.getEditingDomain();
        domain.getCommandStack().execute(org.eclipse.emf.edit.command.RemoveCommand.create(domain, scenario.getAttrition(),
                JinzaiPackage.Literals.ATTRITION_POLICY__RETIREMENT_AGES, List.copyOf(scenario.getAttrition().getRetirementAges())));
        UiWait.until(() -> ages.listProblems().contains("2031"), "the warning above the table", 10_000);
        assertTrue(ages.rows().isEmpty());
        // a row added starts in the run's first fiscal year with the law's age then, the next a year later: nothing to
        // refuse, and the warning goes
        ages.addRow(domain, org.jinzai.model.JinzaiFactory.eINSTANCE.createRetirementAge());
        ages.addRow(domain, org.jinzai.model.JinzaiFactory.eINSTANCE.createRetirementAge());
        var added = scenario.getAttrition().getRetirementAges();
        int first = scenario.getRunSettings().getFirstFiscalYear();
        assertEquals(List.of(first, first + 1), added.stream().map(org.jinzai.model.RetirementAge::getFiscalYear).toList());
        assertEquals(org.jinzai.model.util.RetirementAges.statutory(first), added.get(0).getAge());
        UiWait.until(() -> ages.listProblems().isEmpty(), "the warning gone with the rows", 10_000);
        assertEquals(List.of(), org.jinzai.model.validation.JinzaiValidator.validate(editor.getResource()).getChildren().stream()
                .map(org.eclipse.emf.common.util.Diagnostic::getMessage).toList(), "the new rows are valid");
        domain.getCommandStack().undo();
        domain.getCommandStack().undo();
        domain.getCommandStack().undo();
        UiWait.until(() -> ages.listProblems().isEmpty() && ages.rows().size() == 5, "the ages back after undo", 10_000);
        assertFalse(editor.isDirty());
    }

    @Test
    void theTenThousandStaffRosterFiltersSortsAndEdits() throws Exception {
        long start = System.nanoTime();
        ModelEditor editor = open("designated-city/ominato-shi.jzb");
        Baseline baseline = (Baseline) editor.getResource().getContents().get(0);
        FeatureTable roster = editor.tables().stream()
                .filter(t -> !t.rows().isEmpty() && t.rows().get(0) instanceof StaffMember).findFirst().orElseThrow();
        long opened = System.nanoTime();
        assertEquals(baseline.getStaff().size(), roster.rows().size(), "every member listed");
        assertTrue(roster.rows().size() >= 9_000, "the designated city's roster: " + roster.rows().size());

        StaffMember someone = baseline.getStaff().get(1234);
        String department = someone.getDepartment().getName();
        roster.filter(department);
        UiWait.until(() -> roster.rows().size() < baseline.getStaff().size() && roster.rows().contains(someone),
                "the roster filtered by the department", 20_000);
        long filtered = System.nanoTime();
        assertTrue(roster.rows().size() < baseline.getStaff().size() && roster.rows().contains(someone),
                "the filter keeps the department's staff: " + roster.rows().size());
        for (EObject row : roster.rows()) {
            assertTrue(((StaffMember) row).getDepartment().getName().contains(department) || rowMentions((StaffMember) row, department),
                    "only rows that mention the text");
        }
        roster.filter("");
        int birthYear = roster.columnOf(JinzaiPackage.Literals.STAFF_MEMBER__BIRTH_YEAR);
        roster.sortBy(birthYear);
        UiWait.until(() -> sortedByBirthYear(roster.rows()), "the roster sorted by birth year", 20_000);
        long sorted = System.nanoTime();
        List<EObject> rows = roster.rows();
        for (int k = 1; k < rows.size(); k++) {
            assertTrue(((StaffMember) rows.get(k - 1)).getBirthYear() <= ((StaffMember) rows.get(k)).getBirthYear(), "sorted by birth year");
        }
        assertEquals(0, roster.columnOf(JinzaiPackage.Literals.NAMED_ELEMENT__ID), "an anonymized roster shows the ids first");
        // scrolling: the virtual table makes the rows it shows
        roster.viewer().getTable().setTopIndex(rows.size() - 10);
        UiWait.until(() -> roster.viewer().getTable().getItemCount() == rows.size(), "a table item for every row", 20_000);
        assertEquals(rows.size(), roster.viewer().getTable().getItemCount());

        // an edit in the table is a command
        roster.viewer().editElement(rows.get(0), 0);
        UiWait.until(() -> roster.viewer().isCellEditorActive(), "a cell editor to open", 20_000);
        assertTrue(roster.viewer().isCellEditorActive(), "a cell editor opens");
        roster.viewer().cancelEditing();
        String name = ((StaffMember) rows.get(0)).getName();
        var domain = editor.getEditingDomain();
        domain.getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(domain, rows.get(0),
                JinzaiPackage.Literals.NAMED_ELEMENT__NAME, "検証 太郎"));
        UiWait.until(editor::isDirty, "the editor dirty after the edit", 20_000);
        assertTrue(editor.isDirty());
        // the table is virtual: the row is made when it is shown
        int shownAt = roster.rows().indexOf(rows.get(0));
        roster.viewer().getTable().setTopIndex(shownAt);
        // a virtual row gets its text when the table asks for it: wait for that, not for a number of milliseconds
        int nameColumn = roster.columnOf(JinzaiPackage.Literals.NAMED_ELEMENT__NAME);
        UiWait.until(() -> !roster.viewer().getTable().getItem(shownAt).getText(nameColumn).isEmpty(), "the edited row shown",
                10_000);
        assertEquals("検証 太郎", roster.viewer().getTable().getItem(shownAt).getText(nameColumn), "the table follows the command");
        editor.getEditingDomain().getCommandStack().undo();
        UiWait.until(() -> Objects.equals(name, ((StaffMember) rows.get(0)).getName()), "undo to restore the name", 20_000);
        assertEquals(name, ((StaffMember) rows.get(0)).getName());
        System.out.printf("roster of %d: opened in %d ms, filtered in %d ms, sorted in %d ms%n", rows.size(), (opened - start) / 1_000_000,
                (filtered - opened) / 1_000_000, (sorted - filtered) / 1_000_000);
    }

    private static boolean sortedByBirthYear(List<EObject> rows) {
        for (int k = 1; k < rows.size(); k++) {
            if (((StaffMember) rows.get(k - 1)).getBirthYear() > ((StaffMember) rows.get(k)).getBirthYear()) {
                return false;
            }
        }
        return true;
    }

    private static boolean rowMentions(StaffMember member, String text) {
        return String.valueOf(member.getName()).contains(text) || String.valueOf(member.getId()).contains(text);
    }
}
