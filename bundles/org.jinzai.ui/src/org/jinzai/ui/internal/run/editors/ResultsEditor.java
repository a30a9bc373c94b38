package org.jinzai.ui.internal.run.editors;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.printing.PrintDialog;
import org.eclipse.swt.printing.Printer;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.jinzai.engine.SimulationResult.DepartmentFlow;
import org.jinzai.engine.Summary;
import org.jinzai.model.RunResult;
import org.jinzai.model.editor.internal.WheelGuard;
import org.jinzai.model.util.FiscalYears;
import org.jinzai.reports.Charts;
import org.jinzai.reports.Formats;
import org.jinzai.reports.ReportData;
import org.jinzai.scenario.ScenarioRunner;
import org.jinzai.ui.internal.Messages;

/**
 * The results of a run ({@code .jzr}): for each target, its P10–P90 band and median against the target line with
 * the numbers per fiscal year and the probability of meeting it; for each persona, the headcount by step. Every
 * chart has its table, which Copy puts on the clipboard (tab-separated, for Excel). Results whose inputs changed
 * since the run are marked as stale.
 */
public final class ResultsEditor extends SavedOutputEditor {

    /** One chart with its table; {@code byDepartment}: the drill-down of the 課 chosen above it. */
    private record View(String title, ReportData.TargetRow target, ReportData.PersonaRow persona, boolean flows, boolean departments,
            boolean summary, boolean byDepartment) {
    }

    private ReportData data;
    private TableViewer list;

    @Override
    protected void read(Resource resource, String fileName) throws PartInitException {
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof RunResult run)) {
            throw new PartInitException(NLS.bind(Messages.Results_notResults, fileName));
        }
        data = ReportData.of(run, Locale.getDefault());
        header(NLS.bind(Messages.Results_header, new Object[] { data.scenarioName(), run.getReplications(), Long.toString(run.getSeed()),
                localTime(run.getCreatedAt()) }));
        municipality(data.organizationName() != null ? data.organizationName() : data.baselineName());
    }

    @Override
    protected String warningOf(Resource resource) {
        RunResult run = (RunResult) resource.getContents().get(0);
        if (run.getScenario() == null || run.getScenario().eIsProxy()) {
            return NLS.bind(Messages.Results_missingScenario, run.getScenarioFile());
        }
        return ScenarioRunner.fingerprint(run.getScenario()).equals(run.getInputFingerprint()) ? null : Messages.Results_stale;
    }

    /** The time of a run in the local time zone, to the minute ("2026-11-22 17:15"); as written if unreadable. */
    static String localTime(String instant) {
        try {
            return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(Instant.parse(instant).atZone(ZoneId.systemDefault())); //$NON-NLS-1$
        } catch (RuntimeException e) {
            return String.valueOf(instant);
        }
    }

    /** The titles of the charts, in the order of the list. */
    public List<String> chartTitles() {
        List<String> titles = new ArrayList<>();
        for (Object view : (Object[]) list.getInput()) {
            titles.add(((View) view).title());
        }
        return titles;
    }

    /** Shows the chart at an index of the list. */
    public void show(int index) {
        list.setSelection(new StructuredSelection(((Object[]) list.getInput())[index]), true);
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite root = headed(parent);
        SashForm sash = new SashForm(root, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        list = RowTable.titles(sash, element -> ((View) element).title());
        List<View> views = new ArrayList<>();
        if (!data.targets().isEmpty()) {
            // first what a manager asks for first: every target in every fiscal year, on one page
            views.add(new View(Messages.Results_summary, null, null, false, false, true, false));
        }
        for (ReportData.TargetRow target : data.targets()) {
            views.add(new View(NLS.bind(Messages.Results_targetChart, target.name()), target, null, false, false, false, false));
        }
        for (ReportData.PersonaRow persona : data.personas()) {
            if (persona.hasSteps()) {
                views.add(new View(NLS.bind(Messages.Results_stepsChart, persona.name()), null, persona, false, false, false, false));
                views.add(new View(NLS.bind(Messages.Results_departmentsChart, persona.name()), null, persona, false, true, false, false));
            }
        }
        if (!data.departmentList().isEmpty()) {
            // one 課 over the years: its staff by persona and step, its moves, and the targets of every 課 it misses
            views.add(new View(Messages.Results_departmentView, null, null, false, false, false, true));
        }
        views.add(new View(Messages.Results_flowsChart, null, null, true, false, false, false));
        list.setInput(views.toArray());
        Composite right = new Composite(sash, SWT.NONE);
        right.setLayout(new GridLayout(1, false));
        departmentChooser(right);
        chartSash = chartAndTable(right);
        org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(numbers);
        legend = new Label(right, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(legend);
        Composite buttons = new Composite(right, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(buttons);
        buttons.setLayout(new org.eclipse.swt.layout.RowLayout());
        copyButton(buttons);
        canvas.placeButtonsIn(buttons);
        Button print = new Button(buttons, SWT.PUSH);
        print.setText(Messages.Print_button);
        print.addListener(SWT.Selection, e -> print());
        Button pdf = new Button(buttons, SWT.PUSH);
        pdf.setText(Messages.Print_pdf);
        pdf.addListener(SWT.Selection, e -> exportPdf());
        // File ▸ Print and Ctrl+P. The action bars are shared by the results editors: it prints the active one
        getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.PRINT.getId(), new Action() {
            @Override
            public void run() {
                if (getSite().getPage().getActiveEditor() instanceof ResultsEditor active) {
                    active.print();
                }
            }
        });
        getEditorSite().getActionBars().updateActionBars();
        numbers.addSelectionChangedListener(event -> {
            // on the summary, a click on a target's row opens its chart
            Object row = ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (shown != null && shown.summary() && row instanceof String[] cells) {
                for (Object each : (Object[]) list.getInput()) {
                    if (each instanceof View view && view.target() != null && view.target().name().equals(cells[0])) {
                        numbers.getControl().getDisplay().asyncExec(() -> list.setSelection(new StructuredSelection(view), true));
                        return;
                    }
                }
            }
        });
        sash.setWeights(2, 5);
        list.addSelectionChangedListener(event -> {
            Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (first instanceof View view) {
                select(view);
            }
        });
        if (!views.isEmpty()) {
            list.setSelection(new StructuredSelection(views.get(0)));
        }
    }

    private void select(View view) {
        if (shown == null || shown.byDepartment() != view.byDepartment()) {
            // the drill-down's table is the longer: it gets the larger part, the charts keep theirs
            chartSash.setWeights(view.byDepartment() ? new int[] { 2, 3 } : new int[] { 3, 2 });
        }
        shown = view;
        chartSash.setMaximizedControl(view.summary() ? numbers.getControl() : null);
        legend.setText(view.summary() ? Messages.Results_summaryLegend
                : view.target() != null ? Messages.Results_targetLegend + " " + NLS.bind(Messages.Results_unit, unit(view.target())) //$NON-NLS-1$
                : view.byDepartment() ? Messages.Results_departmentLegend : ""); //$NON-NLS-1$
        chooser.setVisible(view.byDepartment());
        ((GridData) chooser.getLayoutData()).exclude = !view.byDepartment();
        legend.getParent().layout(true, true);
        if (view.summary()) {
            // no chart: nothing to copy or save
            canvas.show(null);
            fillSummary();
            return;
        }
        if (view.byDepartment()) {
            ReportData.DepartmentDetail detail = chosenDepartment();
            fillDepartment(detail);
            canvas.show(() -> Charts.department(data, detail));
            return;
        }
        fillTable(view);
        canvas.show(() -> view.flows() ? Charts.flows(data) : view.departments() ? Charts.steps(data, view.persona())
                : view.target() != null ? Charts.target(data, view.target()) : Charts.steps(data, view.persona()));
    }

    private void fillTable(View view) {
        Table table = numbers.getTable();
        table.setRedraw(false);
        try {
            List<String[]> rows = new ArrayList<>();
            String[] headers;
            if (view.target() != null) {
                ReportData.TargetRow target = view.target();
                headers = new String[] { Messages.Results_year, Messages.Results_target, Messages.Results_mean, "P10", //$NON-NLS-1$
                        Messages.Results_median, "P90", Messages.Results_probability }; //$NON-NLS-1$
                if (target.departments()) {
                    // a target of every 課: its values count the 課 that meet it; which 課 misses it most often
                    headers = java.util.Arrays.copyOf(headers, headers.length + 1);
                    headers[headers.length - 1] = Messages.Results_mostMissed;
                }
                for (int y = 0; y < data.years(); y++) {
                    Summary s = target.projected()[y];
                    double p = target.probability()[y];
                    String[] row = { FiscalYears.label(data.fiscalYear(y)), Formats.value(target.wanted()[y], target.share()),
                            Formats.value(s.mean(), target.share()), Formats.value(s.p10(), target.share()), Formats.value(s.p50(), target.share()),
                            Formats.value(s.p90(), target.share()), Formats.probability(p) };
                    if (target.departments()) {
                        row = java.util.Arrays.copyOf(row, row.length + 1);
                        row[row.length - 1] = target.mostMissed()[y] == null ? "" //$NON-NLS-1$
                                : NLS.bind(Messages.Results_mostMissedValue, target.mostMissed()[y],
                                        Formats.probability(target.mostMissedProbability()[y]));
                    }
                    rows.add(row);
                }
            } else if (view.departments()) {
                headers = new String[1 + data.years()];
                headers[0] = Messages.Results_department;
                for (int y = 0; y < data.years(); y++) {
                    headers[1 + y] = data.shortYearLabel(y);
                }
                for (ReportData.DepartmentRow row : data.departments()) {
                    if (row.persona().equals(view.persona().name())) {
                        String[] cells = new String[1 + data.years()];
                        cells[0] = row.department();
                        for (int y = 0; y < data.years(); y++) {
                            cells[1 + y] = Formats.number(row.mean()[y]);
                        }
                        rows.add(cells);
                    }
                }
            } else if (view.flows()) {
                headers = new String[] { Messages.Results_year, Messages.Results_headcount, Messages.Results_headcountFte,
                        Messages.Results_hires, Messages.Results_leavers, Messages.Results_trainings, Messages.Results_moves,
                        Messages.Results_cost };
                org.jinzai.engine.SimulationResult.Flow[] flows = { org.jinzai.engine.SimulationResult.Flow.HEADCOUNT,
                        org.jinzai.engine.SimulationResult.Flow.HEADCOUNT_FTE, org.jinzai.engine.SimulationResult.Flow.HIRES,
                        org.jinzai.engine.SimulationResult.Flow.LEAVERS, org.jinzai.engine.SimulationResult.Flow.TRAININGS,
                        org.jinzai.engine.SimulationResult.Flow.MOVES, org.jinzai.engine.SimulationResult.Flow.COST };
                for (int y = 0; y < data.years(); y++) {
                    String[] row = new String[1 + flows.length];
                    row[0] = FiscalYears.label(data.fiscalYear(y));
                    for (int f = 0; f < flows.length; f++) {
                        row[1 + f] = String.format(Locale.ROOT, f == flows.length - 1 ? "%,.0f" : "%,.1f", data.flow(flows[f], y).mean()); //$NON-NLS-1$ //$NON-NLS-2$
                    }
                    rows.add(row);
                }
            } else {
                // the role's holders by step, and (by skill) everyone who has reached Step1 or above whatever their role
                headers = new String[] { Messages.Results_year, Messages.Results_belowStep1, "Step1", "Step2", "Step3", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        Messages.Results_reached };
                for (int y = 0; y < data.years(); y++) {
                    Summary[] steps = view.persona().projected()[y];
                    Summary[] reached = view.persona().reached()[y];
                    rows.add(new String[] { FiscalYears.label(data.fiscalYear(y)), Formats.value(steps[0].mean(), false),
                            Formats.value(steps[1].mean(), false), Formats.value(steps[2].mean(), false), Formats.value(steps[3].mean(), false),
                            view.persona().hasSteps() ? Formats.value(reached[1].mean() + reached[2].mean() + reached[3].mean(), false)
                                    : "-" }); //$NON-NLS-1$
                }
            }
            // the heat map of a department view: darker where more staff have reached Step1
            double max = view.departments() ? maximum(rows) : 0;
            showRows(headers, rows, 170, 80, (row, column) -> !view.departments() || column == 0 || max <= 0 ? null
                    : shades.of(Double.parseDouble(row[column].replace(",", "")) / max), null); //$NON-NLS-1$ //$NON-NLS-2$
        } finally {
            table.setRedraw(true);
        }
    }

    /** The row of the 課 chosen above the drill-down, with a combo of every 課 of the organization. */
    private void departmentChooser(Composite parent) {
        chooser = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        chooser.setLayout(layout);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(chooser);
        Label label = new Label(chooser, SWT.NONE);
        label.setText(Messages.Results_departmentChoice);
        // the wheel scrolls the page, not the 課, until the combo is clicked into
        departmentChoice = WheelGuard.protect(new Combo(chooser, SWT.READ_ONLY));
        for (ReportData.DepartmentRef department : data.departmentList()) {
            departmentChoice.add(department.name());
        }
        departmentChoice.setVisibleItemCount(Math.min(20, Math.max(1, departmentChoice.getItemCount())));
        if (departmentChoice.getItemCount() > 0) {
            departmentChoice.select(0);
        }
        departmentChoice.addListener(SWT.Selection, e -> {
            if (shown != null && shown.byDepartment()) {
                select(shown);
            }
        });
        chooser.setVisible(false);
        ((GridData) chooser.getLayoutData()).exclude = true;
    }

    private ReportData.DepartmentDetail chosenDepartment() {
        int index = Math.max(0, departmentChoice.getSelectionIndex());
        return data.departmentDetail(data.departmentList().get(index).id());
    }

    /**
     * The drill-down of a 課: a column per fiscal year; rows of its staff in persons with P10–P90, the moves in and
     * out, hires and leavers (means), per target of every 課 that concerns it the probability that this 課 misses it
     * (coloured as the summary colours the probability of meeting it), then a row per persona and step (mean FTE; a
     * persona without steps: one row). "—" where the results were saved before these were recorded.
     */
    private void fillDepartment(ReportData.DepartmentDetail detail) {
        Table table = numbers.getTable();
        table.setRedraw(false);
        try {
            int years = data.years();
            List<String[]> rows = new ArrayList<>();
            List<double[]> met = new ArrayList<>();
            // first the few rows a meeting asks for (staff, moves, targets), then the staff by persona and step
            List<String[]> staffRows = new ArrayList<>();
            String[] stepNames = { Messages.Results_belowStep1, "Step1", "Step2", "Step3" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            for (ReportData.DepartmentStaffRow staff : detail.staff()) {
                for (int s = 0; s <= (staff.hasSteps() ? 3 : 0); s++) {
                    String[] row = new String[1 + years];
                    row[0] = staff.hasSteps() ? NLS.bind(Messages.Results_departmentStep, staff.persona(), stepNames[s]) : staff.persona();
                    for (int y = 0; y < years; y++) {
                        double mean = 0;
                        // a persona without steps: all its holders, at step 0
                        for (int k = s; k <= (staff.hasSteps() ? s : 3); k++) {
                            mean += staff.perYear()[y][k].mean();
                        }
                        row[1 + y] = Formats.value(mean, false);
                    }
                    staffRows.add(row);
                }
            }
            Summary[][] flows = detail.flows();
            String[] flowNames = { Messages.Results_departmentHeadcount, Messages.Results_movesIn, Messages.Results_movesOut,
                    Messages.Results_hires, Messages.Results_leavers };
            DepartmentFlow[] flowKinds = { DepartmentFlow.HEADCOUNT, DepartmentFlow.MOVES_IN, DepartmentFlow.MOVES_OUT,
                    DepartmentFlow.HIRES, DepartmentFlow.LEAVERS };
            for (int f = 0; f < flowKinds.length; f++) {
                String[] row = new String[1 + years];
                row[0] = flowNames[f];
                for (int y = 0; y < years; y++) {
                    if (flows == null) {
                        row[1 + y] = Messages.Results_notRecorded;
                    } else {
                        Summary summary = flows[flowKinds[f].ordinal()][y];
                        row[1 + y] = flowKinds[f] == DepartmentFlow.HEADCOUNT
                                ? NLS.bind(Messages.Results_departmentRange, new Object[] { Formats.number(summary.mean()),
                                        Formats.number(summary.p10()), Formats.number(summary.p90()) })
                                : Formats.number(summary.mean());
                    }
                }
                rows.add(row);
                met.add(null);
            }
            for (ReportData.DepartmentTargetRow target : detail.targets()) {
                String[] row = new String[1 + years];
                double[] p = new double[1 + years];
                row[0] = NLS.bind(Messages.Results_departmentMisses, target.target());
                p[0] = Double.NaN;
                for (int y = 0; y < years; y++) {
                    // a year without a target value has nothing to miss: "-", as in the summary
                    double missed = Double.isNaN(target.wanted()[y]) ? Double.NaN : target.missed()[y];
                    row[1 + y] = Double.isNaN(target.wanted()[y]) ? "-" //$NON-NLS-1$
                            : Double.isNaN(missed) ? Messages.Results_notRecorded : Formats.probability(missed);
                    // coloured by how often the 課 meets it: red where it misses it in half the replications or more
                    p[1 + y] = Double.isNaN(missed) ? Double.NaN : 1 - missed;
                }
                rows.add(row);
                met.add(p);
            }
            for (String[] row : staffRows) {
                rows.add(row);
                met.add(null);
            }
            String[] headers = new String[1 + years];
            headers[0] = Messages.Results_departmentRow;
            for (int y = 0; y < years; y++) {
                headers[1 + y] = FiscalYears.label(data.fiscalYear(y));
            }
            showRows(headers, rows, 300, 120, (row, column) -> {
                double[] p = met.get(rows.indexOf(row));
                return p == null ? null : shades.probability(p[column]);
            }, null);
            // every column as wide as its longest cell, so that a target's name is read whole (within reason)
            RowTable.pack(table, 0);
            table.getColumn(0).setWidth(Math.min(table.getColumn(0).getWidth(), 480));
        } finally {
            table.setRedraw(true);
        }
    }

    /**
     * The summary: a row per target, a column per fiscal year; in a year with a target value the median projected, the
     * value set and the probability of meeting it, on green (90 % or more), yellow (50–90 %) or red (below 50 %); a
     * target of every 課 as 「20課中7課」.
     */
    private void fillSummary() {
        Table table = numbers.getTable();
        table.setRedraw(false);
        try {
            ResultsPrint.Summary summary = summaryTable();
            List<String[]> rows = summary.rows();
            showRows(summary.headers(), rows, 250, 120,
                    (row, column) -> shades.probability(summary.probabilities().get(rows.indexOf(row))[column]), Messages.Results_summaryTip);
            // each fiscal year as wide as its longest cell, so that no probability is cut off
            RowTable.pack(table, 1);
        } finally {
            table.setRedraw(true);
        }
    }

    /** The summary's headers, rows and the probability colouring each cell (NaN: a year without a target value). */
    private ResultsPrint.Summary summaryTable() {
        List<String[]> rows = new ArrayList<>();
        List<double[]> probabilities = new ArrayList<>();
        for (ReportData.TargetRow target : data.targets()) {
            String[] row = new String[1 + data.years()];
            double[] p = new double[1 + data.years()];
            row[0] = target.name();
            p[0] = Double.NaN;
            for (int y = 0; y < data.years(); y++) {
                row[1 + y] = summaryCell(target, y);
                p[1 + y] = Double.isNaN(target.wanted()[y]) ? Double.NaN : target.probability()[y];
            }
            rows.add(row);
            probabilities.add(p);
        }
        String[] headers = new String[1 + data.years()];
        headers[0] = Messages.Results_targetName;
        for (int y = 0; y < data.years(); y++) {
            headers[1 + y] = FiscalYears.label(data.fiscalYear(y));
        }
        return new ResultsPrint.Summary(headers, rows, probabilities, Messages.Results_summary, Messages.Print_summaryLegend);
    }

    /** What is printed: the summary, then every target's chart. */
    private ResultsPrint printable() {
        List<java.util.function.Supplier<org.jfree.chart.JFreeChart>> charts = new ArrayList<>();
        for (ReportData.TargetRow target : data.targets()) {
            charts.add(() -> Charts.target(data, target));
        }
        return new ResultsPrint(headerText(), data.targets().isEmpty() ? null : summaryTable(), charts,
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(java.time.LocalDateTime.now())); //$NON-NLS-1$
    }

    private String jobName() {
        return NLS.bind(Messages.Print_jobName, data.scenarioName());
    }

    /** How the printer is chosen: the platform's print dialog (replaced by tests, which cannot press its buttons). */
    private java.util.function.Function<Shell, PrinterData> printerChooser = shell -> new PrintDialog(shell, SWT.NONE).open();

    /** Replaces the print dialog by a choice of printer (for tests). */
    public void choosePrinterWith(java.util.function.Function<Shell, PrinterData> chooser) {
        printerChooser = chooser;
    }

    /**
     * Prints the summary and every target's chart on a printer the user chooses (File ▸ Print, Ctrl+P). On Windows the
     * printer 「Microsoft Print to PDF」 makes a PDF of them, as 「PDFに書き出す」 does.
     */
    public void print() {
        Shell shell = getSite().getShell();
        PrinterData chosen = printerChooser.apply(shell);
        if (chosen == null) {
            return;
        }
        try {
            BusyIndicator.showWhile(shell.getDisplay(), () -> {
                Printer printer = new Printer(chosen);
                try {
                    printable().print(printer, jobName());
                } finally {
                    printer.dispose();
                }
            });
        } catch (RuntimeException | org.eclipse.swt.SWTError e) {
            MessageDialog.openError(shell, Messages.Print_failedTitle, NLS.bind(Messages.Print_failed, e.getLocalizedMessage()));
        }
    }

    /** Asks where to write the PDF of the results (named after them, beside them), then writes it. */
    public void exportPdf() {
        String name = getEditorInput().getName();
        name = name.endsWith(".jzr") ? name.substring(0, name.length() - 4) : name; //$NON-NLS-1$
        org.eclipse.core.runtime.IPath folder = ((org.eclipse.ui.IFileEditorInput) getEditorInput()).getFile().getParent().getLocation();
        java.nio.file.Path file = ChartFiles.askWhere(getSite().getShell(), ChartFiles.Format.PDF, name,
                folder == null ? null : folder.toOSString());
        if (file != null) {
            exportPdf(file);
        }
    }

    /**
     * Writes the summary and every target's chart as a PDF (through the print system, see {@link ResultsPrint}); tells
     * in a dialog when it cannot.
     *
     * @return whether it was written
     */
    public boolean exportPdf(java.nio.file.Path file) {
        Shell shell = getSite().getShell();
        boolean[] written = { false };
        BusyIndicator.showWhile(shell.getDisplay(), () -> written[0] = ChartFiles.saveAtomically(shell, file, () -> {
            try {
                return printable().pdf(shell.getDisplay(), jobName());
            } catch (org.eclipse.swt.SWTError e) {
                throw new java.io.IOException(e.getLocalizedMessage(), e);
            }
        }));
        if (written[0]) {
            // the workspace shows the file when it was written into it
            refreshWorkspace(file);
        }
        return written[0];
    }

    private static void refreshWorkspace(java.nio.file.Path file) {
        for (org.eclipse.core.resources.IFile each : org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot()
                .findFilesForLocationURI(file.toUri())) {
            try {
                each.getParent().refreshLocal(org.eclipse.core.resources.IResource.DEPTH_ONE, null);
            } catch (org.eclipse.core.runtime.CoreException e) {
                // shown at the next refresh
            }
        }
    }

    /** A target in a fiscal year as the summary shows it. */
    private String summaryCell(ReportData.TargetRow target, int y) {
        double median = target.projected()[y].p50();
        double wanted = target.wanted()[y];
        if (target.departments()) {
            // whole 課: 「20課中7課」
            String covered = Double.isNaN(wanted) ? NLS.bind(Messages.Results_departments, Long.toString(Math.round(median)))
                    : NLS.bind(Messages.Results_departmentsOf, Long.toString(Math.round(median)), Long.toString(Math.round(wanted)));
            return Double.isNaN(wanted) ? covered : NLS.bind(Messages.Results_summaryMet, covered, Formats.probability(target.probability()[y]));
        }
        String value = Formats.value(median, target.share());
        return Double.isNaN(wanted) ? value
                : NLS.bind(Messages.Results_summaryMet, NLS.bind(Messages.Results_summaryAgainst, value, Formats.value(wanted, target.share())),
                        Formats.probability(target.probability()[y]));
    }

    /** The unit of a target's values in words. */
    static String unit(ReportData.TargetRow target) {
        return switch (target.unit()) {
            case SHARE -> Messages.Results_unitShare;
            case PERSONS -> Messages.Results_unitPersons;
            case DEPARTMENTS -> Messages.Results_unitDepartments;
            case FTE -> Messages.Results_unitFte;
        };
    }

    /** The legend under the view shown (for tests). */
    public String legendText() {
        return legend.getText();
    }

    /** The view shown (null before the first). */
    private View shown;
    /** The row with the choice of 課, shown above the drill-down only. */
    private Composite chooser;
    private Combo departmentChoice;
    private SashForm chartSash;
    private Label legend;

    /** The summary's rows as shown: the target, then a cell per fiscal year (for tests). */
    public List<String[]> summaryRows() {
        List<String[]> rows = new ArrayList<>();
        if (shown != null && shown.summary()) {
            for (Object row : (Object[]) numbers.getInput()) {
                rows.add((String[]) row);
            }
        }
        return rows;
    }

    /** The 課 that the drill-down can show, in the order of its combo (for tests). */
    public List<String> departmentNames() {
        return List.of(departmentChoice.getItems());
    }

    /** Shows the drill-down of the 課 at an index of its combo, as a planner choosing it would (for tests). */
    public void showDepartment(int index) {
        for (Object view : (Object[]) list.getInput()) {
            if (((View) view).byDepartment()) {
                list.setSelection(new StructuredSelection(view), true);
            }
        }
        departmentChoice.select(index);
        departmentChoice.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    /** The drill-down's rows as shown: what a row is, then a cell per fiscal year (empty when another view is shown). */
    public List<String[]> departmentRows() {
        List<String[]> rows = new ArrayList<>();
        if (shown != null && shown.byDepartment()) {
            for (Object row : (Object[]) numbers.getInput()) {
                rows.add((String[]) row);
            }
        }
        return rows;
    }

    /** The background of a cell of the table shown (for tests). */
    public org.eclipse.swt.graphics.RGB cellBackground(int row, int column) {
        return numbers.getTable().getItem(row).getBackground(column).getRGB();
    }

    /** The title of the view shown. */
    public String shownTitle() {
        return shown == null ? null : shown.title();
    }

    /** Clicks a row of the table shown (for tests). */
    public void clickRow(int row) {
        numbers.setSelection(new StructuredSelection(numbers.getElementAt(row)), true);
    }

    private static double maximum(List<String[]> rows) {
        double max = 0;
        for (String[] row : rows) {
            for (int c = 1; c < row.length; c++) {
                max = Math.max(max, Double.parseDouble(row[c].replace(",", ""))); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return max;
    }

    @Override
    public void setFocus() {
        list.getControl().setFocus();
    }
}
