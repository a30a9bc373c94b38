package org.jinzai.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.FileEditorInput;
import org.jinzai.model.Baseline;
import org.jinzai.model.StaffMember;
import org.jinzai.model.editor.internal.ModelEditor;
import org.jinzai.ui.internal.Messages;
import org.jinzai.ui.internal.wizards.ImportStaffHandler;
import org.jinzai.ui.internal.wizards.ImportStaffWizard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The roster import on a copy of the town (144 staff) opened in its editor: by default staff are added and updated by
 * id; a replace says how many leave and asks (Cancel leaves the roster, Replace replaces); the import is one command
 * that Ctrl+Z undoes exactly, leaving the editor clean; an Excel roster's bad cell is shown with its sheet and cell.
 */
class ImportStaffWizardTest {

    private final List<Runnable> cleanup = new ArrayList<>();

    @AfterEach
    void cleanUp() throws Exception {
        cleanup.forEach(Runnable::run);
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("import-tests");
        if (project.exists()) {
            project.delete(true, true, null);
        }
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** A fresh copy of the town's baseline in a project of its own (the examples stay as they are). */
    private IFile townCopy(String name) throws Exception {
        IFile example = UiWait.examples().getFile("town/yamanami-cho.jzb");
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("import-tests");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        IFile file = project.getFile(name);
        if (file.exists()) {
            file.delete(true, null);
        }
        try (var in = example.getContents()) {
            file.create(in, true, null);
        }
        return file;
    }

    /** The wizard as the handler makes it (the baseline opened in its editor), in a created dialog. */
    private ImportStaffWizard wizard(IFile file) {
        ImportStaffWizard wizard = ImportStaffHandler.wizardFor(page(), file);
        assertNotNull(wizard);
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.create();
        cleanup.add(0, dialog::close);
        return wizard;
    }

    private ModelEditor editor(IFile file) {
        ModelEditor editor = (ModelEditor) page().findEditor(new FileEditorInput(file));
        assertNotNull(editor, "the import opened the baseline in its editor");
        cleanup.add(() -> page().closeEditor(editor, false));
        return editor;
    }

    private static Baseline baselineOf(ModelEditor editor) {
        return (Baseline) editor.getResource().getContents().get(0);
    }

    private static Path csv(String text) throws Exception {
        Path file = Files.createTempFile("roster", ".csv");
        file.toFile().deleteOnExit();
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /**
     * Answers the message dialogs that open next, in order, by pressing the button with each label; returns their
     * texts. The dialogs are modal and run their own event loop, so a repeating timer looks for them: it runs in that
     * loop too.
     */
    private static final class Answers {
        final List<String> texts = new ArrayList<>();
        private final AtomicInteger next = new AtomicInteger();
        private final String[] buttons;
        private final Display display = Display.getCurrent();
        private final Runnable look = new Runnable() {
            @Override
            public void run() {
                for (Shell shell : display.getShells()) {
                    if (next.get() < buttons.length && shell.isVisible() && shell.getData() instanceof MessageDialog) {
                        Button button = button(shell, buttons[next.get()]);
                        if (button != null) {
                            texts.add(UiWait.labelTexts(shell));
                            next.incrementAndGet();
                            button.notifyListeners(SWT.Selection, new Event());
                            break;
                        }
                    }
                }
                if (next.get() < buttons.length) {
                    display.timerExec(50, this);
                }
            }
        };

        Answers(String... buttons) {
            this.buttons = buttons;
            display.timerExec(50, look);
        }

        /** Stops looking; fails unless every answer was given. */
        List<String> done() {
            display.timerExec(-1, look);
            assertEquals(buttons.length, next.get(), "dialogs answered: " + texts);
            return texts;
        }

        private static Button button(Composite composite, String label) {
            for (Control child : composite.getChildren()) {
                if (child instanceof Button button && button.getText().equals(label)) {
                    return button;
                } else if (child instanceof Composite inner) {
                    Button found = button(inner, label);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        }

    }

    @Test
    void aReplaceSaysHowManyLeaveAndAsksFirst() throws Exception {
        IFile file = townCopy("replace.jzb");
        byte[] onDisk = file.getContents().readAllBytes();
        ImportStaffWizard wizard = wizard(file);
        ModelEditor editor = editor(file);
        Baseline baseline = baselineOf(editor);
        List<StaffMember> before = List.copyOf(baseline.getStaff());
        assertEquals(144, before.size());
        // s00003 changes department, the other two are as they are; 141 are not in the file
        Path three = csv("職員ID,生年,採用年度,所属\ns00001,1988,2010,総務課情報係\ns00002,1994,2016,職員課\ns00003,1981,2003,市民課\n");

        assertFalse(wizard.replaceChosen(), "adding and updating is the default");
        List<String> preview = wizard.choose(three.toString(), 0, false);
        assertTrue(preview.get(1).contains("removed 0"), preview.toString());

        preview = wizard.choose(three.toString(), 0, true);
        assertTrue(preview.get(1).contains("removed 141") && preview.get(1).contains("144 → 3"), preview.toString());
        assertTrue(wizard.canFinish());

        Answers cancel = new Answers(Messages.Import_cancel);
        assertFalse(wizard.performFinish(), "cancelled: the wizard stays open");
        String question = cancel.done().get(0);
        assertTrue(question.contains("144") && question.contains("→ 3") && question.contains("141"), question);
        assertEquals(before, baseline.getStaff(), "the very same staff, in the same order");
        assertFalse(editor.isDirty());

        Answers replace = new Answers(Messages.Import_replaceButton, IDialogConstants.OK_LABEL);
        assertTrue(wizard.performFinish());
        List<String> texts = replace.done();
        assertTrue(texts.get(1).contains("Added 0, updated 1, unchanged 2, removed 141"), texts.get(1));
        assertTrue(texts.get(1).contains("Step1"), texts.get(1));
        assertEquals(List.of("s00001", "s00002", "s00003"), baseline.getStaff().stream().map(StaffMember::getId).toList());
        assertTrue(editor.isDirty(), "the import is an edit in the editor, not yet saved");
        assertArrayEquals(onDisk, file.getContents().readAllBytes(), "nothing written until the editor is saved");

        editor.getEditingDomain().getCommandStack().undo();
        assertEquals(before, baseline.getStaff(), "one undo brings back all 144, the same objects in their places");
        assertFalse(editor.isDirty());
    }

    @Test
    void anImportIsOneCommandThatUndoesExactly() throws Exception {
        IFile file = townCopy("undo.jzb");
        ImportStaffWizard wizard = wizard(file);
        ModelEditor editor = editor(file);
        Baseline baseline = baselineOf(editor);
        Baseline copy = EcoreUtil.copy(baseline);
        List<StaffMember> before = List.copyOf(baseline.getStaff());
        Path roster = csv("職員ID,氏名,生年,採用年度,所属\ns00002,職員 二,1994,2016,課税課\nn1,新人 一,2000,2023,市民課\n");

        List<String> preview = wizard.choose(roster.toString(), 0, false);
        assertTrue(preview.get(1).contains("Added 1, updated 1, unchanged 0, removed 0 (staff: 144 → 145)"), preview.toString());
        Answers ok = new Answers(IDialogConstants.OK_LABEL);
        assertTrue(wizard.performFinish());
        assertTrue(ok.done().get(0).contains("Added 1, updated 1"));
        assertEquals(145, baseline.getStaff().size());
        assertEquals("課税課", baseline.getStaff().get(1).getDepartment().getName());
        assertTrue(editor.isDirty());
        String label = editor.getEditingDomain().getCommandStack().getUndoCommand().getLabel();
        assertEquals(Messages.Import_commandLabel, label);

        editor.getEditingDomain().getCommandStack().undo();
        assertEquals(before, baseline.getStaff(), "the same objects in the same places");
        assertTrue(EcoreUtil.equals(copy, baseline), "and every value as it was");
        assertFalse(editor.isDirty(), "undone to the saved state: not dirty");
        assertFalse(editor.getEditingDomain().getCommandStack().canUndo(), "one command, undone in one step");

        editor.getEditingDomain().getCommandStack().redo();
        assertEquals(145, baseline.getStaff().size());
        editor.getEditingDomain().getCommandStack().undo();
        assertTrue(EcoreUtil.equals(copy, baseline));
    }

    @Test
    void anExcelRosterWithABadCellShowsTheSheetAndTheCell() throws Exception {
        IFile file = townCopy("excel.jzb");
        ImportStaffWizard wizard = wizard(file);
        ModelEditor editor = editor(file);
        Baseline baseline = baselineOf(editor);
        Path book = Files.createTempFile("roster", ".xlsx");
        book.toFile().deleteOnExit();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet roster = workbook.createSheet("職員名簿");
            Object[][] rows = { { "職員ID", "氏名", "生年", "採用年度", "所属" }, { "n1", "山田 太郎", 1985.0, 2008.0, "市民課" },
                    { "n2", "佐藤 花子", "19九〇", 2012.0, "課税課" } };
            for (int r = 0; r < rows.length; r++) {
                Row row = roster.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Double number) {
                        row.createCell(c).setCellValue(number);
                    } else {
                        row.createCell(c).setCellValue(rows[r][c].toString());
                    }
                }
            }
            Sheet good = workbook.createSheet("修正版");
            Row header = good.createRow(0);
            Row member = good.createRow(1);
            String[] headers = { "職員ID", "生年", "採用年度", "所属" };
            for (int c = 0; c < headers.length; c++) {
                header.createCell(c).setCellValue(headers[c]);
            }
            member.createCell(0).setCellValue("n1");
            member.createCell(1).setCellValue(1985.0);
            member.createCell(2).setCellValue(2008.0);
            member.createCell(3).setCellValue("市民課");
            try (OutputStream out = Files.newOutputStream(book)) {
                workbook.write(out);
            }
        }
        List<String> preview = wizard.choose(book.toString(), 0, false);
        assertEquals(List.of("職員名簿", "修正版"), wizard.sheets());
        assertTrue(preview.stream().anyMatch(line -> line.contains("sheet \"職員名簿\", cell C3") && line.contains("19九〇")),
                preview.toString());
        assertNotNull(wizard.errorMessage());
        assertFalse(wizard.canFinish(), "a file with an error cannot be imported");
        assertFalse(preview.toString().contains("Input length"), preview.toString());

        preview = wizard.chooseSheet("修正版");
        assertNull(wizard.errorMessage(), preview.toString());
        assertTrue(wizard.canFinish());
        Answers ok = new Answers(IDialogConstants.OK_LABEL);
        assertTrue(wizard.performFinish());
        ok.done();
        assertEquals(145, baseline.getStaff().size());
        assertEquals(1985, baseline.getStaff().get(144).getBirthYear());
    }

    /**
     * The designated city's 9,919 staff all updated and undone: the roster is set as a whole, so the editor refreshes
     * once (about 4 s for the import with its preview and 2.5 s for the undo on the build machine), not per member.
     */
    @Test
    void aLargeRosterIsUpdatedAndUndoneInOneStep() throws Exception {
        IFile example = UiWait.examples().getFile("designated-city/ominato-shi.jzb");
        IFile file = townCopy("large.jzb");
        try (var in = example.getContents()) {
            file.setContents(in, true, false, null);
        }
        ImportStaffWizard wizard = wizard(file);
        ModelEditor editor = editor(file);
        Baseline baseline = baselineOf(editor);
        List<StaffMember> before = List.copyOf(baseline.getStaff());
        assertTrue(before.size() > 9_000, "the designated city: " + before.size());
        // every member one year older on paper: all updated
        StringBuilder csv = new StringBuilder("職員ID,生年,採用年度,所属\n");
        for (StaffMember member : before) {
            csv.append(member.getId()).append(',').append(member.getBirthYear() - 1).append(',').append(member.getHireFiscalYear())
                    .append(',').append(member.getDepartment().getId()).append('\n');
        }
        wizard.choose(csv(csv.toString()).toString(), 0, false);
        Answers ok = new Answers(IDialogConstants.OK_LABEL);
        assertTrue(wizard.performFinish());
        assertTrue(ok.done().get(0).contains("updated " + before.size()), "all updated");
        while (Display.getCurrent().readAndDispatch()) {
            // the editor's refreshes after the command
        }
        editor.getEditingDomain().getCommandStack().undo();
        while (Display.getCurrent().readAndDispatch()) {
            // and after the undo
        }
        assertEquals(before, baseline.getStaff());
        assertFalse(editor.isDirty());
    }
}
