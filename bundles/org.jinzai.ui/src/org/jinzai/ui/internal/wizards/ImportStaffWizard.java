package org.jinzai.ui.internal.wizards;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Text;
import org.jinzai.model.Baseline;
import org.jinzai.model.StaffMember;
import org.jinzai.model.editor.internal.WheelGuard;
import org.jinzai.model.io.RosterChange;
import org.jinzai.model.io.RosterImport;
import org.jinzai.model.io.StaffCsvImport;
import org.jinzai.reports.RosterFiles;
import org.jinzai.ui.internal.Messages;

/**
 * Imports a staff roster from a CSV file or an Excel workbook into a baseline open in its editor: the file, its
 * encoding or sheet are chosen, the rows are read and checked at once (what the import would change and the first
 * members, or every error with its line or cell), and only a file without errors can be imported. By default staff
 * are added or updated by 職員ID; a replace is an explicit choice, confirmed with how many staff leave the roster.
 * The import is one command on the editor's command stack: the editor becomes dirty, Ctrl+Z undoes it as a whole.
 */
public final class ImportStaffWizard extends Wizard {

    private final String baselineName;
    private final EditingDomain domain;
    private final Baseline baseline;
    private Page page;
    private String finalMessage;

    /**
     * @param baselineName the file's name, for the user
     * @param domain the editing domain of the baseline's editor, whose command stack runs the import
     * @param baseline the editor's baseline
     */
    public ImportStaffWizard(String baselineName, EditingDomain domain, Baseline baseline) {
        this.baselineName = baselineName;
        this.domain = domain;
        this.baseline = baseline;
        setWindowTitle(Messages.Import_title);
    }

    @Override
    public void addPages() {
        page = new Page();
        addPage(page);
    }

    /** Sets the fields as a user would (for tests); returns the lines shown in the preview. */
    public java.util.List<String> choose(String file, int encoding, boolean replace) {
        page.fileText.setText(file);
        page.encoding.select(encoding);
        page.replace.setSelection(replace);
        page.read();
        return java.util.List.of(page.preview.getItems());
    }

    /** Chooses a workbook's sheet as a user would (for tests); returns the lines shown in the preview. */
    public java.util.List<String> chooseSheet(String sheet) {
        page.sheet.select(page.sheet.indexOf(sheet));
        page.read();
        return java.util.List.of(page.preview.getItems());
    }

    /** The sheets offered for the chosen file (for tests). */
    public java.util.List<String> sheets() {
        return java.util.List.of(page.sheet.getItems());
    }

    /** Whether a replace is chosen (for tests). */
    public boolean replaceChosen() {
        return page.replace.getSelection();
    }

    /** The page's error message, or null (for tests). */
    public String errorMessage() {
        return page.getErrorMessage();
    }

    /** What the last finish told the user (for tests), or null. */
    public String finalMessage() {
        return finalMessage;
    }

    @Override
    public boolean performFinish() {
        RosterImport.Result result = page.result();
        if (result == null || !result.isOk()) {
            return false;
        }
        RosterChange change = result.changes(page.replace.getSelection());
        if (change.isEmpty()) {
            finalMessage = NLS.bind(Messages.Import_nothingChanged, baselineName, change.summary());
            MessageDialog.openInformation(getShell(), Messages.Import_title, finalMessage);
            return true;
        }
        if (change.replace() && !confirmReplace(change)) {
            return false; // the roster is as it was; the user may untick the replace and import again
        }
        Command command = command(domain, change);
        if (!command.canExecute()) {
            page.setErrorMessage(NLS.bind(Messages.Import_failed, command.getLabel()));
            return false;
        }
        domain.getCommandStack().execute(command);
        finalMessage = NLS.bind(Messages.Import_done, baselineName, change.summary());
        MessageDialog.openInformation(getShell(), Messages.Import_title, finalMessage);
        return true;
    }

    /** Asks before a replace, saying how many staff leave the roster; Cancel is the default. */
    private boolean confirmReplace(RosterChange change) {
        MessageDialog dialog = new MessageDialog(getShell(), Messages.Import_replaceTitle, null,
                NLS.bind(Messages.Import_replaceQuestion, change.replaceWarning(), change.summary()), MessageDialog.WARNING, 1,
                Messages.Import_replaceButton, Messages.Import_cancel);
        return dialog.open() == 0;
    }

    /** The import as one command on the baseline's roster (see {@link RosterCommand}). */
    static Command command(EditingDomain domain, RosterChange change) {
        return new RosterCommand(change.baseline(), change.staffAfter());
    }

    /**
     * Sets the roster to the list the import makes, and back on undo: the kept members are the same objects, each
     * updated one a new member in its predecessor's place, so undo restores the very objects in their order. The list
     * is set as a whole (one removal and one addition) rather than member by member: the editor's tree then refreshes
     * once, not once per member, which matters for a roster of 10,000.
     */
    static final class RosterCommand extends AbstractCommand {
        private final Baseline baseline;
        private final java.util.List<StaffMember> after;
        private java.util.List<StaffMember> before;

        RosterCommand(Baseline baseline, java.util.List<StaffMember> after) {
            super(Messages.Import_commandLabel);
            this.baseline = baseline;
            this.after = after;
        }

        @Override
        protected boolean prepare() {
            return true;
        }

        @Override
        public void execute() {
            if (before == null) {
                before = java.util.List.copyOf(baseline.getStaff());
            }
            set(after);
        }

        @Override
        public void undo() {
            set(before);
        }

        @Override
        public void redo() {
            set(after);
        }

        private void set(java.util.List<StaffMember> staff) {
            EList<StaffMember> list = baseline.getStaff();
            list.clear();
            ((InternalEList<StaffMember>) list).addAllUnique(staff);
        }

        @Override
        public Collection<?> getAffectedObjects() {
            return java.util.List.of(baseline);
        }
    }

    private final class Page extends WizardPage {
        private Text fileText;
        private Combo encoding;
        private Combo sheet;
        private Button replace;
        private List preview;
        private RosterImport.Result result;
        private String sheetsOf;

        Page() {
            super("import"); //$NON-NLS-1$
            setTitle(Messages.Import_pageTitle);
            setDescription(NLS.bind(Messages.Import_pageDescription, baselineName));
        }

        @Override
        public void createControl(Composite parent) {
            Composite root = new Composite(parent, SWT.NONE);
            root.setLayout(new GridLayout(3, false));
            new Label(root, SWT.NONE).setText(Messages.Import_file);
            fileText = new Text(root, SWT.BORDER);
            GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(fileText);
            Button browse = new Button(root, SWT.PUSH);
            browse.setText(Messages.Import_browse);
            browse.addListener(SWT.Selection, e -> {
                FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
                dialog.setFilterExtensions(new String[] { "*.csv;*.xlsx;*.CSV;*.XLSX", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
                String chosen = dialog.open();
                if (chosen != null) {
                    fileText.setText(chosen);
                }
            });
            new Label(root, SWT.NONE).setText(Messages.Import_encoding);
            encoding = WheelGuard.protect(new Combo(root, SWT.READ_ONLY));
            encoding.setItems(Messages.Import_encodingAuto, "UTF-8", Messages.Import_encodingCp932); //$NON-NLS-1$
            encoding.select(0);
            GridDataFactory.fillDefaults().span(2, 1).applyTo(encoding);
            new Label(root, SWT.NONE).setText(Messages.Import_sheet);
            sheet = WheelGuard.protect(new Combo(root, SWT.READ_ONLY));
            sheet.setEnabled(false);
            GridDataFactory.fillDefaults().span(2, 1).hint(240, SWT.DEFAULT).applyTo(sheet);
            replace = new Button(root, SWT.CHECK);
            replace.setText(Messages.Import_replace);
            replace.setSelection(false); // adding and updating by id is the safe default; a replace is chosen
            GridDataFactory.fillDefaults().span(3, 1).applyTo(replace);
            preview = new List(root, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
            GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(SWT.DEFAULT, 220).applyTo(preview);
            fileText.addModifyListener(e -> read());
            encoding.addListener(SWT.Selection, e -> read());
            sheet.addListener(SWT.Selection, e -> read());
            replace.addListener(SWT.Selection, e -> read());
            setControl(root);
            setPageComplete(false);
        }

        Charset charset() {
            return switch (encoding.getSelectionIndex()) {
                case 1 -> StandardCharsets.UTF_8;
                case 2 -> StaffCsvImport.CP932;
                default -> null;
            };
        }

        /** What the chosen file holds, read at the last change of a field; null when none is chosen. */
        RosterImport.Result result() {
            return result;
        }

        /**
         * Reads the file now: what the import would change and the first members, or every error with its line or
         * cell; nothing is changed. A workbook's sheets are offered, and the encoding only for CSV.
         */
        void read() {
            preview.removeAll();
            result = null;
            setPageComplete(false);
            setMessage(null);
            Path file;
            try {
                // a path copied from the file manager may come with quotes
                file = Path.of(fileText.getText().strip().replaceAll("^\"(.*)\"$", "$1")); //$NON-NLS-1$ //$NON-NLS-2$
            } catch (java.nio.file.InvalidPathException e) {
                file = null;
            }
            if (fileText.getText().isBlank() || file == null || !Files.isRegularFile(file)) {
                setErrorMessage(fileText.getText().isBlank() ? null : Messages.Import_noFile);
                sheetChoices(null);
                return;
            }
            try {
                boolean workbook = RosterFiles.format(file) == RosterFiles.Format.XLSX;
                encoding.setEnabled(!workbook);
                sheetChoices(workbook ? file : null);
                String chosenSheet = workbook && sheet.getSelectionIndex() >= 0 ? sheet.getItem(sheet.getSelectionIndex()) : null;
                result = RosterFiles.read(baseline, file, workbook ? null : charset(), chosenSheet);
                java.util.List<String> lines = new ArrayList<>();
                lines.add(result.summary());
                if (result.isOk()) {
                    RosterChange change = result.changes(replace.getSelection());
                    lines.add(change.counts());
                    lines.add(change.stepCounts());
                    if (change.replace()) {
                        setMessage(change.replaceWarning(), IMessageProvider.WARNING);
                    }
                    for (StaffMember member : result.staff().subList(0, Math.min(30, result.staff().size()))) {
                        lines.add(NLS.bind(Messages.Import_member, new Object[] { member.getId(), member.getName() == null ? "" : member.getName(), //$NON-NLS-1$
                                member.getDepartment() == null ? "-" : member.getDepartment().getName(), //$NON-NLS-1$
                                member.getPersona() == null ? "-" : member.getPersona().getName() })); //$NON-NLS-1$
                    }
                } else {
                    result.errors().forEach(error -> lines.add(error.toString()));
                }
                preview.setItems(lines.toArray(String[]::new));
                setErrorMessage(result.isOk() ? null : result.summary());
                setPageComplete(result.isOk());
            } catch (IOException | RuntimeException e) {
                result = null;
                setErrorMessage(NLS.bind(Messages.Import_failed, e.getLocalizedMessage()));
            }
        }

        /** The sheets of a workbook to choose from (the first chosen), kept while the same file stays chosen. */
        private void sheetChoices(Path workbook) {
            String key = workbook == null ? null : workbook.toAbsolutePath().toString();
            if (java.util.Objects.equals(key, sheetsOf)) {
                return;
            }
            sheetsOf = key;
            java.util.List<String> names = workbook == null ? java.util.List.of() : RosterFiles.sheets(workbook);
            sheet.setItems(names.toArray(String[]::new));
            if (!names.isEmpty()) {
                sheet.select(0);
            }
            sheet.setEnabled(!names.isEmpty());
        }
    }
}
