package org.jinzai.ui.internal.run.dialogs;

import java.util.Locale;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ContainerSelectionDialog;
import org.jinzai.model.editor.internal.WheelGuard;
import org.jinzai.reports.PolicyTemplate;
import org.jinzai.ui.internal.Messages;
import org.jinzai.ui.internal.run.handlers.ExportReportHandler;

/**
 * Asks what to export (Word, Excel), into which workspace folder (the scenario's by default), in which language, and
 * into which Word template (the product's by default; the last one chosen is offered again).
 */
public final class ExportDialog extends TitleAreaDialog {

    private final IFile scenario;
    private Button docx;
    private Button xlsx;
    private Text folder;
    private Combo language;
    private Text template;
    private ExportReportHandler.Choice choice;

    public ExportDialog(Shell shell, IFile scenario) {
        super(shell);
        this.scenario = scenario;
    }

    public ExportReportHandler.Choice choice() {
        return choice;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Export_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.Export_title);
        setMessage(NLS.bind(Messages.Export_message, scenario.getName()));
        Composite form = new Composite(area, SWT.NONE);
        form.setLayout(new GridLayout(3, false));
        GridDataFactory.fillDefaults().grab(true, true).indent(8, 8).applyTo(form);
        docx = check(form, Messages.Export_docx);
        xlsx = check(form, Messages.Export_xlsx);
        new Label(form, SWT.NONE).setText(Messages.Export_folder);
        folder = new Text(form, SWT.BORDER);
        folder.setText(scenario.getParent().getFullPath().makeRelative().toString());
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(folder);
        folder.addListener(SWT.Modify, e -> check());
        Button browse = new Button(form, SWT.PUSH);
        browse.setText(Messages.Export_browse);
        browse.addListener(SWT.Selection, e -> browse());
        new Label(form, SWT.NONE).setText(Messages.Export_language);
        language = WheelGuard.protect(new Combo(form, SWT.READ_ONLY));
        language.setItems(Messages.Prefs_languageJapanese, Messages.Prefs_languageEnglish);
        language.select(0);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(language);
        new Label(form, SWT.NONE).setText(Messages.Export_template);
        template = new Text(form, SWT.BORDER);
        template.setMessage(Messages.Export_templateDefault);
        String last = settings().get(TEMPLATE_KEY);
        template.setText(last == null ? "" : last); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).applyTo(template);
        template.addListener(SWT.Modify, e -> check());
        Button browseTemplate = new Button(form, SWT.PUSH);
        browseTemplate.setText(Messages.Export_browse);
        browseTemplate.addListener(SWT.Selection, e -> browseTemplate());
        Label hint = new Label(form, SWT.WRAP);
        hint.setText(Messages.Export_templateHint);
        GridDataFactory.fillDefaults().span(3, 1).hint(420, SWT.DEFAULT).applyTo(hint);
        return area;
    }

    private Button check(Composite form, String text) {
        Button button = new Button(form, SWT.CHECK);
        button.setText(text);
        button.setSelection(true);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(button);
        button.addListener(SWT.Selection, e -> check());
        return button;
    }

    /** The last template chosen is offered again (this workspace's dialog settings). */
    private static final String TEMPLATE_KEY = "policyTemplate"; //$NON-NLS-1$

    private static org.eclipse.jface.dialogs.IDialogSettings settings() {
        return org.eclipse.ui.PlatformUI.getDialogSettingsProvider(org.osgi.framework.FrameworkUtil.getBundle(ExportDialog.class)).getDialogSettings();
    }

    private void browseTemplate() {
        org.eclipse.swt.widgets.FileDialog dialog = new org.eclipse.swt.widgets.FileDialog(getShell(), SWT.OPEN);
        dialog.setText(Messages.Export_template);
        dialog.setFilterExtensions(new String[] { "*.docx" }); //$NON-NLS-1$
        dialog.setFilterNames(new String[] { Messages.Export_templateFilter });
        String chosen = dialog.open();
        if (chosen != null) {
            template.setText(chosen);
        }
    }

    private void browse() {
        ContainerSelectionDialog dialog = new ContainerSelectionDialog(getShell(), scenario.getParent(), false, Messages.Export_folder);
        if (dialog.open() == Window.OK && dialog.getResult().length > 0) {
            folder.setText(((IPath) dialog.getResult()[0]).makeRelative().toString());
        }
    }

    /** The folder typed, when it is a folder or project of the workspace. */
    private IContainer container() {
        IResource found = ResourcesPlugin.getWorkspace().getRoot().findMember(folder.getText().strip());
        return found instanceof IContainer container && found.getType() != IResource.ROOT ? container : null;
    }

    @Override
    protected Control createContents(Composite parent) {
        Control contents = super.createContents(parent);
        check();
        return contents;
    }

    private void check() {
        String error = null;
        if (!docx.getSelection() && !xlsx.getSelection()) {
            error = Messages.Export_nothing;
        } else if (container() == null) {
            error = NLS.bind(Messages.Export_noFolder, folder.getText());
        } else if (docx.getSelection() && !templatePath().isEmpty() && templateFile() == null) {
            error = NLS.bind(Messages.Export_noTemplate, templatePath());
        }
        setErrorMessage(error);
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(error == null);
        }
    }

    /** The template's path as typed or pasted (Explorer's "Copy as path" puts it in quotes). */
    private String templatePath() {
        String path = template.getText().strip();
        return path.length() >= 2 && path.startsWith("\"") && path.endsWith("\"") ? path.substring(1, path.length() - 1).strip() : path; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The policy document the export writes (NAME-policy.docx in the chosen folder), or null. */
    private java.nio.file.Path output() {
        IContainer container = container();
        if (container == null || container.getLocation() == null) {
            return null;
        }
        return ExportReportHandler.policyFile(container, scenario).getLocation().toFile().toPath().toAbsolutePath().normalize();
    }

    /** The template's file when it is one, else null. */
    private java.nio.file.Path templateFile() {
        try {
            java.nio.file.Path file = java.nio.file.Path.of(templatePath());
            return java.nio.file.Files.isRegularFile(file) ? file : null;
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    @Override
    protected void okPressed() {
        Locale locale = language.getSelectionIndex() == 1 ? Locale.ENGLISH : Locale.JAPANESE;
        PolicyTemplate chosen = PolicyTemplate.standard(locale);
        String path = templatePath();
        if (!path.isEmpty() && docx.getSelection()) {
            try {
                // a template that cannot be used is said here, before anything runs
                java.nio.file.Path file = templateFile();
                if (file == null || file.toAbsolutePath().normalize().equals(output())) {
                    setErrorMessage(file == null ? NLS.bind(Messages.Export_noTemplate, path) : Messages.Export_templateIsOutput);
                    return;
                }
                chosen = PolicyTemplate.read(file);
            } catch (PolicyTemplate.TemplateException e) {
                setErrorMessage(e.getMessage());
                return;
            }
        }
        settings().put(TEMPLATE_KEY, path);
        choice = new ExportReportHandler.Choice(docx.getSelection(), xlsx.getSelection(), container(), locale, chosen);
        super.okPressed();
    }
}
