package org.jinzai.ui.internal.start;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.jinzai.ui.JinzaiUi;
import org.jinzai.ui.internal.ExampleNames;
import org.jinzai.ui.internal.ExampleProjects;
import org.jinzai.ui.internal.Messages;
import org.jinzai.ui.internal.ReadOnlyEditor;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The start page (はじめに, Getting Started), in the editor area at the first start of a workspace and from ヘルプ ▸ はじめに:
 * what the product does and its four steps 現状データ → シナリオ → 実行 → 報告書, each with links that do the step on the
 * example town — open its baseline, open its status-quo scenario, run it through the Run command, export its report
 * through the Export command — and make a new baseline or compare two of its scenarios. A link whose example file is gone
 * says so and offers to restore the examples.
 */
public final class StartPage extends ReadOnlyEditor {

    /** The editor's id (plugin.xml). */
    public static final String ID = "org.jinzai.ui.startPage"; //$NON-NLS-1$
    /** The command of ヘルプ ▸ はじめに. */
    public static final String COMMAND_ID = "org.jinzai.ui.showStartPage"; //$NON-NLS-1$
    /** Instance (workspace) preference: whether the start page was shown at a start of this workspace. */
    public static final String SHOWN_PREFERENCE = "startPageShown"; //$NON-NLS-1$

    static final String TOWN_BASELINE = "town/yamanami-cho.jzb"; //$NON-NLS-1$
    static final String TOWN_STATUS_QUO = "town/status-quo.jzs"; //$NON-NLS-1$
    static final String TOWN_ICT_HIRING = "town/ict-hiring.jzs"; //$NON-NLS-1$
    private static final String NEW_BASELINE_WIZARD = "org.jinzai.ui.newBaseline"; //$NON-NLS-1$
    private static final String RUN_COMMAND = "org.jinzai.ui.runScenario"; //$NON-NLS-1$
    private static final String COMPARE_COMMAND = "org.jinzai.ui.compareScenarios"; //$NON-NLS-1$
    private static final String EXPORT_COMMAND = "org.jinzai.ui.exportReport"; //$NON-NLS-1$

    /** What a link of the page does. */
    public enum Link {
        /** Opens the town's baseline in its editor. */
        OPEN_BASELINE,
        /** Opens the New baseline wizard. */
        NEW_BASELINE,
        /** Opens the town's status-quo scenario in its editor. */
        OPEN_SCENARIO,
        /** Compares the town's status-quo and ICT-hiring scenarios. */
        COMPARE,
        /** Runs the town's status-quo scenario. */
        RUN,
        /** Asks what to export of the town's status-quo scenario, then exports it. */
        EXPORT
    }

    private FormToolkit toolkit;
    private ScrolledForm form;
    private final Map<Link, Hyperlink> links = new EnumMap<>(Link.class);

    /** Opens the start page in the page, or brings it to the front; null when it cannot be opened (the user is told). */
    public static IEditorPart open(IWorkbenchPage page) {
        try {
            return page.openEditor(new StartPageInput(), ID, true);
        } catch (PartInitException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.Start_tab, e.getLocalizedMessage());
            return null;
        }
    }

    /**
     * At the first start of a workspace, opens the start page in the window (later starts show it again only when it was
     * left open, as any editor). Returns whether it was opened.
     */
    public static boolean openOnFirstStart(IWorkbenchWindow window) {
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(JinzaiUi.PLUGIN_ID);
        if (window == null || window.getActivePage() == null || preferences.getBoolean(SHOWN_PREFERENCE, false)) {
            return false;
        }
        preferences.putBoolean(SHOWN_PREFERENCE, true);
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            // not remembered: the page is shown once more at the next start, no harm
        }
        return open(window.getActivePage()) != null;
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof StartPageInput)) {
            throw new PartInitException(Messages.Start_tab);
        }
        setSite(site);
        setInput(input);
        setPartName(Messages.Start_tab);
        setTitleToolTip(Messages.Start_title);
    }

    @Override
    public void createPartControl(Composite parent) {
        toolkit = new FormToolkit(parent.getDisplay());
        LocalResourceManager fonts = new LocalResourceManager(JFaceResources.getResources(), parent);
        form = toolkit.createScrolledForm(parent);
        form.setText(Messages.Start_title);
        toolkit.decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        TableWrapLayout layout = new TableWrapLayout();
        layout.leftMargin = 16;
        layout.rightMargin = 16;
        layout.topMargin = 12;
        layout.verticalSpacing = 10;
        body.setLayout(layout);

        text(body, Messages.Start_lead);
        text(body, NLS.bind(Messages.Start_tryOn, ExampleNames.current().project()));

        // the four steps side by side, in their order: 現状データ → シナリオ → 実行 → 報告書
        Composite steps = toolkit.createComposite(body);
        steps.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
        TableWrapLayout stepsLayout = new TableWrapLayout();
        stepsLayout.numColumns = 7;
        stepsLayout.leftMargin = 0;
        stepsLayout.rightMargin = 0;
        stepsLayout.horizontalSpacing = 4;
        steps.setLayout(stepsLayout);
        FontDescriptor arrowFont = FontDescriptor.createFrom(body.getFont()).setStyle(SWT.BOLD).increaseHeight(6);
        step(steps, Messages.Start_step1Title, Messages.Start_step1Text, Link.OPEN_BASELINE, Link.NEW_BASELINE);
        arrow(steps, fonts.create(arrowFont));
        step(steps, Messages.Start_step2Title, Messages.Start_step2Text, Link.OPEN_SCENARIO, Link.COMPARE);
        arrow(steps, fonts.create(arrowFont));
        step(steps, Messages.Start_step3Title, Messages.Start_step3Text, Link.RUN);
        arrow(steps, fonts.create(arrowFont));
        step(steps, Messages.Start_step4Title, Messages.Start_step4Text, Link.EXPORT);
        text(body, Messages.Start_reopen);
        form.reflow(true);
    }

    private void arrow(Composite parent, org.eclipse.swt.graphics.Font font) {
        Label arrow = toolkit.createLabel(parent, "\u2192"); //$NON-NLS-1$
        arrow.setFont(font);
        arrow.setForeground(toolkit.getColors().getColor(org.eclipse.ui.forms.IFormColors.TITLE));
        TableWrapData data = new TableWrapData(TableWrapData.CENTER, TableWrapData.TOP);
        data.indent = 0;
        arrow.setLayoutData(data);
    }

    private Label text(Composite parent, String text) {
        Label label = toolkit.createLabel(parent, text, SWT.WRAP);
        label.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
        return label;
    }

    /** A step: its title bar, a sentence or two, and its links, one a line, in a column of its own. */
    private void step(Composite body, String title, String text, Link... stepLinks) {
        Section section = toolkit.createSection(body, Section.TITLE_BAR);
        section.setText(title);
        section.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB, TableWrapData.FILL));
        Composite client = toolkit.createComposite(section);
        TableWrapLayout layout = new TableWrapLayout();
        layout.leftMargin = 6;
        layout.rightMargin = 2;
        layout.verticalSpacing = 8;
        client.setLayout(layout);
        text(client, text);
        for (Link which : stepLinks) {
            Hyperlink link = toolkit.createHyperlink(client, label(which), SWT.WRAP);
            link.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
            link.setToolTipText(where(which));
            link.addHyperlinkListener(new HyperlinkAdapter() {
                @Override
                public void linkActivated(HyperlinkEvent e) {
                    activate(which);
                }
            });
            links.put(which, link);
        }
        section.setClient(client);
    }

    private static String label(Link which) {
        return switch (which) {
            case OPEN_BASELINE -> Messages.Start_openBaseline;
            case NEW_BASELINE -> Messages.Start_newBaseline;
            case OPEN_SCENARIO -> Messages.Start_openScenario;
            case COMPARE -> Messages.Start_compare;
            case RUN -> Messages.Start_run;
            case EXPORT -> Messages.Start_export;
        };
    }

    /** The example files a link acts on, as they are named in the workspace. */
    private static String where(Link which) {
        ExampleNames names = ExampleNames.current();
        List<String> files = switch (which) {
            case OPEN_BASELINE -> List.of(TOWN_BASELINE);
            case NEW_BASELINE -> List.of();
            case OPEN_SCENARIO, RUN, EXPORT -> List.of(TOWN_STATUS_QUO);
            case COMPARE -> List.of(TOWN_STATUS_QUO, TOWN_ICT_HIRING);
        };
        List<String> shown = new ArrayList<>();
        for (String file : files) {
            shown.add(names.project() + '/' + names.path(file).toString());
        }
        return shown.isEmpty() ? null : String.join(", ", shown); //$NON-NLS-1$
    }

    /** The link of the page that does that (for tests, which activate it as a keyboard would). */
    public Hyperlink link(Link which) {
        return links.get(which);
    }

    /** Does what a link says. */
    void activate(Link which) {
        IWorkbenchPage page = getSite().getPage();
        try {
            switch (which) {
                case OPEN_BASELINE -> {
                    IFile baseline = example(TOWN_BASELINE);
                    if (baseline != null) {
                        IDE.openEditor(page, baseline, true);
                    }
                }
                case OPEN_SCENARIO -> {
                    IFile scenario = example(TOWN_STATUS_QUO);
                    if (scenario != null) {
                        IDE.openEditor(page, scenario, true);
                    }
                }
                case NEW_BASELINE -> newBaseline();
                case RUN -> execute(RUN_COMMAND, example(TOWN_STATUS_QUO));
                case EXPORT -> execute(EXPORT_COMMAND, example(TOWN_STATUS_QUO));
                case COMPARE -> {
                    IFile statusQuo = example(TOWN_STATUS_QUO);
                    if (statusQuo != null) {
                        execute(COMPARE_COMMAND, statusQuo, example(TOWN_ICT_HIRING));
                    }
                }
            }
        } catch (PartInitException | CommandException e) {
            MessageDialog.openError(shell(), Messages.Start_tab, e.getLocalizedMessage());
        }
    }

    private Shell shell() {
        return getSite().getShell();
    }

    /** File ▸ New ▸ Baseline, with the examples project as the folder to put it in. */
    private void newBaseline() throws PartInitException {
        IWizardDescriptor descriptor = PlatformUI.getWorkbench().getNewWizardRegistry().findWizard(NEW_BASELINE_WIZARD);
        if (descriptor == null) {
            return;
        }
        INewWizard wizard;
        try {
            wizard = (INewWizard) descriptor.createWizard();
        } catch (CoreException e) {
            throw new PartInitException(e.getStatus());
        }
        IFile town = ExampleProjects.find(TOWN_BASELINE);
        wizard.init(PlatformUI.getWorkbench(),
                town == null ? StructuredSelection.EMPTY : new StructuredSelection(town.getProject()));
        new WizardDialog(shell(), wizard).open();
    }

    /**
     * Runs a command of the workbench (Run, Export, Compare) on example files, as if they were selected in the explorer:
     * the command's own handler does the rest (saving first, asking, the job, the editor it opens).
     */
    private void execute(String commandId, IFile... files) throws CommandException {
        for (IFile file : files) {
            if (file == null) {
                return; // missing and not restored: the user was told
            }
        }
        IHandlerService handlers = getSite().getService(IHandlerService.class);
        ICommandService commands = getSite().getService(ICommandService.class);
        IEvaluationContext context = handlers.createContextSnapshot(false);
        context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, new StructuredSelection(files));
        // the command is about the files, not about the editor that is active (this page)
        context.addVariable(ISources.ACTIVE_EDITOR_NAME, IEvaluationContext.UNDEFINED_VARIABLE);
        context.addVariable(ISources.ACTIVE_PART_NAME, this);
        handlers.executeCommandInContext(new ParameterizedCommand(commands.getCommand(commandId), null), null, context);
    }

    /**
     * An example file, under either language's names; when it is in neither, says so and offers to restore the
     * examples (missing files are added, files there are kept). Null when it is missing and not restored.
     */
    private IFile example(String englishPath) {
        if (Job.getJobManager().find(ExampleProjects.FAMILY).length > 0) {
            // the first start is still putting the examples into the workspace
            try {
                PlatformUI.getWorkbench().getProgressService()
                        .busyCursorWhile(monitor -> Job.getJobManager().join(ExampleProjects.FAMILY, monitor));
            } catch (InvocationTargetException e) {
                // the examples are looked for all the same
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        IFile file = ExampleProjects.find(englishPath);
        if (file != null) {
            return file;
        }
        ExampleNames names = ExampleNames.current();
        MessageDialog question = new MessageDialog(shell(), Messages.Start_missingTitle, null,
                NLS.bind(Messages.Start_missing, names.project() + '/' + names.path(englishPath).toString()),
                MessageDialog.QUESTION, 0, Messages.Start_restore, IDialogConstants.CANCEL_LABEL);
        if (question.open() != 0) {
            return null;
        }
        restore(names);
        return ExampleProjects.find(englishPath);
    }

    private void restore(ExampleNames names) {
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        IWorkspaceRoot root = workspace.getRoot();
        try {
            new ProgressMonitorDialog(shell()).run(true, false, (IProgressMonitor monitor) -> {
                monitor.beginTask(Messages.Examples_restoring, IProgressMonitor.UNKNOWN);
                try {
                    workspace.run(m -> {
                        // files left on the disk but not known to the workspace are taken as they are, not overwritten
                        if (root.getProject(names.project()).isOpen()) {
                            root.getProject(names.project()).refreshLocal(IResource.DEPTH_INFINITE, m);
                        }
                        ExampleProjects.install(root, names, m);
                    }, root, IWorkspace.AVOID_UPDATE, monitor);
                } catch (CoreException e) {
                    throw new InvocationTargetException(e);
                } finally {
                    monitor.done();
                }
            });
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            MessageDialog.openError(shell(), Messages.Start_missingTitle,
                    NLS.bind(Messages.Start_restoreFailed, cause.getLocalizedMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void setFocus() {
        // the page itself, not its first link (Tab goes on to the links)
        form.forceFocus();
    }

    @Override
    public void dispose() {
        if (toolkit != null) {
            toolkit.dispose();
        }
        super.dispose();
    }
}
