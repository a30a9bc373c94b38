package org.jinzai.ui.internal.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.ide.IDE;
import org.jinzai.model.Baseline;
import org.jinzai.model.editor.internal.WheelGuard;
import org.jinzai.model.io.JinzaiResourceFactory;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.model.templates.BaselineTemplates;
import org.jinzai.model.templates.MunicipalitySize;
import org.jinzai.model.templates.ScenarioTemplates;
import org.jinzai.model.templates.ScenarioTemplates.Variant;
import org.jinzai.model.util.FiscalYears;
import org.jinzai.ui.internal.ExampleNames;
import org.jinzai.ui.internal.Messages;
import org.jinzai.ui.internal.run.editors.ChartFiles;

/**
 * File ▸ New ▸ Baseline: a municipality of a size (特別区, 市, 町, 政令市) with the standard personas, steps,
 * skills, courses, departments and a generated roster in the examples' proportions (README, Examples), and a 現状維持 scenario beside it.
 */
public final class NewBaselineWizard extends Wizard implements INewWizard {

    private IContainer initialFolder;
    private Page page;
    private IFile created;

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        setWindowTitle(Messages.NewBaseline_title);
        Object first = selection == null ? null : selection.getFirstElement();
        IResource resource = Adapters.adapt(first, IResource.class);
        if (resource instanceof IContainer container) {
            initialFolder = container;
        } else if (resource != null) {
            initialFolder = resource.getParent();
        }
    }

    @Override
    public void addPages() {
        page = new Page();
        addPage(page);
    }

    /** The baseline file made by the last finish (for tests). */
    public IFile created() {
        return created;
    }

    @Override
    public boolean performFinish() {
        IContainer folder = page.folder();
        String fileName = page.fileName();
        IFile baselineFile = folder.getFile(org.eclipse.core.runtime.Path.fromPortableString(fileName + "." //$NON-NLS-1$
                + JinzaiResourceFactory.BASELINE_EXTENSION));
        // the status-quo scenario named as the examples name it in the workbench's language (現状維持.jzs, status-quo.jzs)
        IFile scenarioFile = folder.getFile(ExampleNames.current().path(
                Variant.STATUS_QUO.fileName() + "." + JinzaiResourceFactory.SCENARIO_EXTENSION)); //$NON-NLS-1$
        try {
            Path folderPath = folder.getLocation().toFile().toPath();
            Files.createDirectories(folderPath);
            ResourceSet set = JinzaiResources.newResourceSet();
            Baseline baseline = BaselineTemplates.create(page.size(), "baseline-" + fileName, page.name(), page.fiscalYear(), //$NON-NLS-1$
                    page.fiscalYear());
            Resource base = set.createResource(URI.createFileURI(baselineFile.getLocation().toOSString()));
            base.getContents().add(baseline);
            JinzaiResources.save(base);
            if (!scenarioFile.exists()) {
                Resource scenario = set.createResource(URI.createFileURI(scenarioFile.getLocation().toOSString()));
                scenario.getContents().add(ScenarioTemplates.create(baseline, Variant.STATUS_QUO));
                JinzaiResources.save(scenario);
            }
            folder.refreshLocal(IResource.DEPTH_ONE, null);
            created = baselineFile;
            if (getContainer() != null && getContainer().getShell() != null) {
                var window = org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow();
                if (window != null && window.getActivePage() != null) {
                    IDE.openEditor(window.getActivePage(), baselineFile);
                }
            }
            return true;
        } catch (IOException | CoreException | RuntimeException e) {
            page.setErrorMessage(NLS.bind(Messages.NewBaseline_failed, e.getLocalizedMessage()));
            return false;
        }
    }

    /** The one page: folder, name, size, first fiscal year, file name. */
    private final class Page extends WizardPage {
        private Text folderText;
        private Text nameText;
        private Combo sizeCombo;
        private Spinner yearSpinner;
        private Label yearLabel;
        private Text fileText;

        Page() {
            super("baseline"); //$NON-NLS-1$
            setTitle(Messages.NewBaseline_pageTitle);
            setDescription(Messages.NewBaseline_pageDescription);
        }

        @Override
        public void createControl(Composite parent) {
            Composite root = new Composite(parent, SWT.NONE);
            root.setLayout(new GridLayout(2, false));
            folderText = field(root, Messages.NewBaseline_folder);
            folderText.setText(initialFolder == null ? "" : initialFolder.getFullPath().makeRelative().toString()); //$NON-NLS-1$
            nameText = field(root, Messages.NewBaseline_name);
            nameText.setText(Messages.NewBaseline_defaultName);
            new Label(root, SWT.NONE).setText(Messages.NewBaseline_size);
            sizeCombo = WheelGuard.protect(new Combo(root, SWT.READ_ONLY));
            for (MunicipalitySize size : MunicipalitySize.values()) {
                sizeCombo.add(NLS.bind(Messages.NewBaseline_sizeItem, label(size), size.approximateStaff()));
            }
            sizeCombo.select(MunicipalitySize.TOWN.ordinal());
            GridDataFactory.fillDefaults().grab(true, false).applyTo(sizeCombo);
            new Label(root, SWT.NONE).setText(Messages.NewBaseline_year);
            Composite year = new Composite(root, SWT.NONE);
            year.setLayout(new GridLayout(2, false));
            yearSpinner = WheelGuard.protect(new Spinner(year, SWT.BORDER));
            yearSpinner.setValues(2026, 2019, 2100, 0, 1, 1);
            yearLabel = new Label(year, SWT.NONE);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(yearLabel);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(year);
            fileText = field(root, Messages.NewBaseline_file);
            // a name in the user's language where the file system can hold it (基礎データ), else baseline
            fileText.setText(ExampleNames.fitsFileName(Messages.NewBaseline_defaultFile) ? Messages.NewBaseline_defaultFile : "baseline"); //$NON-NLS-1$
            for (Text text : new Text[] { folderText, nameText, fileText }) {
                text.addModifyListener(e -> validate());
            }
            yearSpinner.addModifyListener(e -> validate());
            setControl(root);
            validate();
        }

        private Text field(Composite root, String label) {
            new Label(root, SWT.NONE).setText(label);
            Text text = new Text(root, SWT.BORDER);
            GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(text);
            return text;
        }

        private static String label(MunicipalitySize size) {
            return switch (size) {
                case SPECIAL_WARD -> Messages.NewBaseline_specialWard;
                case CITY -> Messages.NewBaseline_city;
                case TOWN -> Messages.NewBaseline_town;
                case DESIGNATED_CITY -> Messages.NewBaseline_designatedCity;
            };
        }

        private void validate() {
            yearLabel.setText(FiscalYears.label(yearSpinner.getSelection()));
            String message = null;
            IResource folder = folderText.getText().isBlank() ? null
                    : ResourcesPlugin.getWorkspace().getRoot().findMember(folderText.getText().trim());
            if (!(folder instanceof IContainer container) || container.getType() == IResource.ROOT) {
                message = Messages.NewBaseline_noFolder;
            } else if (nameText.getText().isBlank()) {
                message = Messages.NewBaseline_noName;
            } else if (!validFileName(fileText.getText().trim())) {
                message = Messages.NewBaseline_badFile;
            } else if (!ExampleNames.fitsFileName(fileText.getText().trim())) {
                message = Messages.NewBaseline_fileEncoding;
            } else if (container.getFile(org.eclipse.core.runtime.Path.fromPortableString(fileText.getText().trim() + "." //$NON-NLS-1$
                    + JinzaiResourceFactory.BASELINE_EXTENSION)).exists()) {
                message = Messages.NewBaseline_exists;
            }
            setErrorMessage(message);
            setPageComplete(message == null);
        }

        /**
         * A name a file may have on Windows and Linux alike: none of \ / : * ? " < > | or control characters, not
         * starting with a dot or ending with a dot or space (Japanese is welcome).
         */
        private static boolean validFileName(String name) {
            return !name.isEmpty() && !ChartFiles.NOT_IN_FILE_NAMES.matcher(name).find()
                    && !name.startsWith(".") && !name.endsWith(".") && !name.endsWith(" "); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }

        IContainer folder() {
            return (IContainer) ResourcesPlugin.getWorkspace().getRoot().findMember(folderText.getText().trim());
        }

        String name() {
            return nameText.getText().trim();
        }

        String fileName() {
            return fileText.getText().trim();
        }

        MunicipalitySize size() {
            return MunicipalitySize.values()[sizeCombo.getSelectionIndex()];
        }

        int fiscalYear() {
            return yearSpinner.getSelection();
        }
    }

    /** The wizard's page, for tests: sets its fields as a user would. */
    public void fill(String folder, String name, MunicipalitySize size, String fileName) {
        page.folderText.setText(folder);
        page.nameText.setText(name);
        page.sizeCombo.select(size.ordinal());
        page.fileText.setText(fileName);
    }

    /** Whether the page accepts its fields, and its message otherwise. */
    public String problem() {
        return page.getErrorMessage();
    }
}
