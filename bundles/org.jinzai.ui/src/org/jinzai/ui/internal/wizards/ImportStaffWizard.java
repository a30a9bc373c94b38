package org.jinzai.ui.internal.wizards;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.resource.Resource;
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
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.model.io.StaffCsvImport;
import org.jinzai.ui.internal.Messages;

/**
 * Imports a staff roster from CSV into a baseline: the file and its encoding are chosen, the lines are read and
 * checked at once (the first members as a preview, every error with its line), and only a file without errors can be
 * imported; the baseline is then saved atomically.
 */
public final class ImportStaffWizard extends Wizard {

    private final IFile baselineFile;
    private Page page;

    public ImportStaffWizard(IFile baselineFile) {
        this.baselineFile = baselineFile;
        setWindowTitle(Messages.Import_title);
    }

    @Override
    public void addPages() {
        page = new Page();
        addPage(page);
    }

    /** Sets the fields as a user would (for tests); returns the messages shown in the preview. */
    public java.util.List<String> choose(String csv, int encoding, boolean replace) {
        page.fileText.setText(csv);
        page.encoding.select(encoding);
        page.replace.setSelection(replace);
        page.read();
        return java.util.List.of(page.preview.getItems());
    }

    @Override
    public boolean performFinish() {
        try {
            Resource resource = JinzaiResources.load(baselineFile.getLocation().toFile().toPath());
            if (!(resource.getContents().get(0) instanceof Baseline baseline)) {
                page.setErrorMessage(NLS.bind(Messages.Import_notBaseline, baselineFile.getName()));
                return false;
            }
            StaffCsvImport.Result result = StaffCsvImport.read(baseline, Path.of(page.fileText.getText().trim()), page.charset(),
                    page.replace.getSelection());
            if (!result.isOk()) {
                page.setErrorMessage(result.summary());
                return false;
            }
            result.applyTo(baseline, page.replace.getSelection());
            JinzaiResources.save(resource);
            baselineFile.refreshLocal(IResource.DEPTH_ZERO, null);
            return true;
        } catch (IOException | CoreException | RuntimeException e) {
            page.setErrorMessage(NLS.bind(Messages.Import_failed, e.getLocalizedMessage()));
            return false;
        }
    }

    private final class Page extends WizardPage {
        private Text fileText;
        private Combo encoding;
        private Button replace;
        private List preview;

        Page() {
            super("import"); //$NON-NLS-1$
            setTitle(Messages.Import_pageTitle);
            setDescription(NLS.bind(Messages.Import_pageDescription, baselineFile.getName()));
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
                dialog.setFilterExtensions(new String[] { "*.csv", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
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
            replace = new Button(root, SWT.CHECK);
            replace.setText(Messages.Import_replace);
            replace.setSelection(true);
            GridDataFactory.fillDefaults().span(3, 1).applyTo(replace);
            preview = new List(root, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
            GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(SWT.DEFAULT, 220).applyTo(preview);
            fileText.addModifyListener(e -> read());
            encoding.addListener(SWT.Selection, e -> read());
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

        /** Reads the file now: a preview of the first members, or every error with its line; nothing is written. */
        void read() {
            preview.removeAll();
            setPageComplete(false);
            Path file = Path.of(fileText.getText().trim());
            if (fileText.getText().isBlank() || !Files.isRegularFile(file)) {
                setErrorMessage(fileText.getText().isBlank() ? null : Messages.Import_noFile);
                return;
            }
            try {
                Resource resource = JinzaiResources.load(baselineFile.getLocation().toFile().toPath());
                Baseline baseline = (Baseline) resource.getContents().get(0);
                StaffCsvImport.Result result = StaffCsvImport.read(baseline, file, charset(), replace.getSelection());
                java.util.List<String> lines = new ArrayList<>();
                lines.add(result.summary());
                if (result.isOk()) {
                    for (StaffMember member : result.staff().subList(0, Math.min(30, result.staff().size()))) {
                        lines.add(NLS.bind(Messages.Import_member, new Object[] { member.getId(), member.getName(),
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
                setErrorMessage(NLS.bind(Messages.Import_failed, e.getLocalizedMessage()));
            }
        }
    }
}
