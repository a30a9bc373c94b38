package org.jinzai.ui.internal.run.editors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.jinzai.engine.RegionResult;
import org.jinzai.engine.RegionResult.RequestQuantity;
import org.jinzai.model.Pool;
import org.jinzai.model.RegionMember;
import org.jinzai.model.Scenario;
import org.jinzai.model.util.FiscalYears;
import org.jinzai.reports.Charts;
import org.jinzai.scenario.RegionRunner;
import org.jinzai.scenario.ScenarioComparison;
import org.jinzai.ui.internal.Messages;
import org.jinzai.ui.internal.ReadOnlyEditor;
import org.jinzai.ui.internal.run.jobs.RegionRunJob;

/**
 * A region's joint run in the editor area: on the left its views, on the right a chart and the numbers. Each pool's
 * years (capacity, asked, given as bars; staff, use and cost in the table); for each target the members share, the
 * member × fiscal year table of the probability of meeting it alone → with the pools (shaded by the pooled one), with
 * the days a week each received and its share of the cost; and the probability that every member meets each shared
 * target, alone → pooled.
 */
public final class RegionResultsEditor extends ReadOnlyEditor {

    public static final String ID = "org.jinzai.ui.regionResultsEditor"; //$NON-NLS-1$

    /** An entry of the list: a pool, the members on a target, or every member together (both null). */
    private record Entry(String title, Integer pool, String target) {
    }

    private RegionRunJob.Outcome outcome;
    private Label header;
    private TableViewer list;
    private SashForm chartSash;
    private ChartCanvas chart;
    private TableViewer numbers;
    private final Shades shades = new Shades();

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        outcome = accept(site, input, RegionResultsInput.class).outcome();
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        header = new Label(root, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(header);
        SashForm sash = new SashForm(root, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        list = RowTable.titles(sash, element -> ((Entry) element).title());
        Composite right = new Composite(sash, SWT.NONE);
        right.setLayout(new GridLayout(1, false));
        chartSash = new SashForm(right, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(chartSash);
        chart = new ChartCanvas(chartSash);
        numbers = RowTable.numbers(chartSash);
        org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(numbers);
        chartSash.setWeights(2, 3);
        RowTable.buttons(right, numbers, chart, Messages.Region_export, Messages.Region_exportTooltip, this::export);
        sash.setWeights(1, 3);
        list.addSelectionChangedListener(event -> {
            if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof Entry entry) {
                select(entry);
            }
        });
        show(outcome);
    }

    /**
     * Writes the region's document and each member's policy document into results/NAME/ beside the region (the run made
     * again with the members' departments, the same numbers); then offers to open them.
     */
    public org.jinzai.ui.internal.run.jobs.RegionExportJob export() {
        var job = new org.jinzai.ui.internal.run.jobs.RegionExportJob(outcome, Locale.getDefault());
        org.eclipse.swt.widgets.Shell shell = header.getShell();
        org.jinzai.ui.internal.run.jobs.Jobs.schedule(job, () -> {
            if (!shell.isDisposed() && !job.written().isEmpty()) {
                org.jinzai.ui.internal.files.SystemPrograms.tellWritten(shell, Messages.Region_title, Messages.Export_done,
                        job.written().subList(0, 1));
            }
        });
        return job;
    }

    /** Shows a run (a new run of the same region replaces the one shown), the target the pools change most first. */
    public void show(RegionRunJob.Outcome next) {
        this.outcome = next;
        RegionResult pooled = next.run().pooled();
        header.setText(NLS.bind(Messages.Region_header, new Object[] { next.region().getName(), next.region().getMembers().size(),
                String.format(Locale.ROOT, "%,d", next.options().replications()) })); //$NON-NLS-1$
        List<Entry> entries = new ArrayList<>();
        Map<String, String> shared = sharedTargets();
        // the targets the pools change, the most changed first
        shared.entrySet().stream().filter(target -> changed(target.getKey()))
                .sorted(java.util.Comparator.comparingDouble(target -> -next.run().change(target.getKey())))
                .forEach(target -> entries.add(new Entry(NLS.bind(Messages.Region_membersEntry, target.getValue()), null, target.getKey())));
        if (!shared.isEmpty()) {
            entries.add(new Entry(Messages.Region_everyEntry, null, null));
        }
        for (int p = 0; p < pooled.input().pools().size(); p++) {
            entries.add(new Entry(NLS.bind(Messages.Region_poolEntry, next.region().getPools().get(p).getName()), p, null));
        }
        for (Map.Entry<String, String> target : shared.entrySet()) {
            if (!changed(target.getKey())) {
                entries.add(new Entry(NLS.bind(Messages.Region_membersEntry, target.getValue()), null, target.getKey()));
            }
        }
        list.setInput(entries.toArray());
        header.getParent().layout(true, true);
        if (!entries.isEmpty()) {
            list.setSelection(new StructuredSelection(entries.get(0)), true);
        }
    }

    /** The targets (id → name) every member has, in the first member's order. */
    private Map<String, String> sharedTargets() {
        Map<String, String> shared = new LinkedHashMap<>();
        RegionRunner.sharedTargets(outcome.region()).forEach((id, target) -> shared.put(id, target.getName()));
        return shared;
    }

    /** Whether the pools change the probability of meeting a target for some member in some year. */
    private boolean changed(String target) {
        return outcome.run().changes(target);
    }

    private String year(int y) {
        return FiscalYears.label(outcome.run().pooled().firstFiscalYear() + y);
    }

    private static String percent(double p) {
        return Double.isFinite(p) ? String.format(Locale.ROOT, "%.0f%%", 100 * p) : "\u2013"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String change(double alone, double pooled) {
        return Double.isFinite(alone) ? percent(alone) + " \u2192 " + percent(pooled) : "\u2013"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String number(double value, String format) {
        return String.format(Locale.ROOT, format, value);
    }

    private void select(Entry entry) {
        // a chart for a pool; the tables of the members alone take the whole height
        chartSash.setMaximizedControl(entry.pool() != null ? null : numbers.getControl());
        if (entry.pool() != null) {
            showPool(entry.pool());
        } else if (entry.target() != null) {
            showMembers(entry.target());
        } else {
            showEveryMember();
        }
    }

    private void showPool(int p) {
        RegionResult pooled = outcome.run().pooled();
        Pool pool = outcome.region().getPools().get(p);
        chart.show(() -> Charts.pool(pooled, p, pool.getName(), Locale.getDefault()));
        boolean seconded = RegionRunner.receivesSecondments(outcome.region(), p);
        List<String> headers = new ArrayList<>(List.of(Messages.Region_poolColumns.split("\\|"))); //$NON-NLS-1$
        headers.add(0, Messages.Region_year);
        if (seconded) {
            headers.add(2, Messages.Region_seconded);
        }
        List<String[]> rows = new ArrayList<>();
        for (int y = 0; y < pooled.years(); y++) {
            List<String> row = new ArrayList<>(List.of(year(y)));
            row.addAll(org.jinzai.reports.RegionDocument.poolYear(pooled, p, y, seconded));
            rows.add(row.toArray(String[]::new));
        }
        RowTable.show(numbers, headers.toArray(String[]::new), rows, 200, 110, null, null);
        RowTable.pack(numbers.getTable(), 1);
    }

    /** Member × fiscal year: the probability of meeting a target alone → pooled, then what it received and paid. */
    private void showMembers(String target) {
        chart.show(null);
        RegionResult pooled = outcome.run().pooled();
        int years = pooled.years();
        int last = years - 1;
        String[] headers = new String[years + 3];
        headers[0] = Messages.Region_member;
        for (int y = 0; y < years; y++) {
            headers[y + 1] = year(y);
        }
        headers[years + 1] = NLS.bind(Messages.Region_received, year(last));
        headers[years + 2] = NLS.bind(Messages.Region_cost, year(last));
        List<String[]> rows = new ArrayList<>();
        List<double[]> probabilities = new ArrayList<>();
        for (int k = 0; k < outcome.region().getMembers().size(); k++) {
            RegionMember member = outcome.region().getMembers().get(k);
            String[] row = new String[years + 3];
            double[] met = new double[years + 3];
            java.util.Arrays.fill(met, Double.NaN);
            row[0] = name(member.getScenario());
            java.util.Arrays.fill(row, 1, years + 1, "\u2013"); //$NON-NLS-1$
            for (ScenarioComparison.Row each : outcome.run().comparison(k).rows()) {
                int y = each.fiscalYear() - pooled.firstFiscalYear();
                if (each.targetId().equals(target) && y >= 0 && y < years && Double.isFinite(each.met())) {
                    row[y + 1] = change(each.referenceMet(), each.met());
                    met[y + 1] = each.met();
                }
            }
            double received = 0;
            for (int j = 0; j < member.getRequests().size(); j++) {
                received += pooled.requestSummary(k, j, RequestQuantity.RECEIVED, last).mean();
            }
            row[years + 1] = number(received, "%.2f"); //$NON-NLS-1$
            row[years + 2] = number(pooled.memberCostSummary(k, last).mean(), "%,.0f"); //$NON-NLS-1$
            rows.add(row);
            probabilities.add(met);
        }
        RowTable.show(numbers, headers, rows, 160, 130, (row, column) -> {
            double p = probabilities.get(rows.indexOf(row))[column];
            return Double.isNaN(p) ? null : shades.probability(p);
        }, Messages.Region_cellTip);
        RowTable.pack(numbers.getTable(), 1);
    }

    /** Every shared target: the probability that every member meets it, alone → pooled, per fiscal year. */
    private void showEveryMember() {
        chart.show(null);
        RegionResult pooled = outcome.run().pooled();
        RegionResult alone = outcome.run().alone();
        String[] headers = new String[pooled.years() + 1];
        headers[0] = Messages.Region_target;
        for (int y = 0; y < pooled.years(); y++) {
            headers[y + 1] = year(y);
        }
        List<String[]> rows = new ArrayList<>();
        List<double[]> probabilities = new ArrayList<>();
        for (Map.Entry<String, String> target : sharedTargets().entrySet()) {
            String[] row = new String[pooled.years() + 1];
            double[] met = new double[pooled.years() + 1];
            met[0] = Double.NaN;
            row[0] = target.getValue();
            for (int y = 0; y < pooled.years(); y++) {
                met[y + 1] = pooled.probabilityEveryMemberMeets(target.getKey(), y);
                row[y + 1] = change(alone.probabilityEveryMemberMeets(target.getKey(), y), met[y + 1]);
            }
            rows.add(row);
            probabilities.add(met);
        }
        Color none = null;
        RowTable.show(numbers, headers, rows, 320, 130, (row, column) -> {
            double p = probabilities.get(rows.indexOf(row))[column];
            return Double.isNaN(p) ? none : shades.probability(p);
        }, Messages.Region_everyTip);
        RowTable.pack(numbers.getTable(), 1);
    }

    private static String name(Scenario scenario) {
        return org.jinzai.reports.RegionDocument.name(scenario);
    }

    /** The run shown. */
    public RegionRunJob.Outcome outcome() {
        return outcome;
    }

    /** The titles of the list's entries (for tests). */
    public List<String> entries() {
        List<String> titles = new ArrayList<>();
        for (Object entry : (Object[]) list.getInput()) {
            titles.add(((Entry) entry).title());
        }
        return titles;
    }

    /** Shows an entry of the list (for tests). */
    public void showEntry(int index) {
        list.setSelection(new StructuredSelection(((Object[]) list.getInput())[index]), true);
    }

    /** The title of the entry shown. */
    public String shownTitle() {
        return ((IStructuredSelection) list.getSelection()).getFirstElement() instanceof Entry entry ? entry.title() : null;
    }

    /** The rows of the table shown, cell by cell. */
    public List<String[]> rows() {
        return RowTable.rows(numbers);
    }

    /** The headers of the table shown. */
    public List<String> headers() {
        return RowTable.headers(numbers);
    }

    /** Whether a chart is shown (a pool's). */
    public boolean hasChart() {
        return chart.hasChart() && chartSash.getMaximizedControl() == null;
    }

    @Override
    public void setFocus() {
        list.getControl().setFocus();
    }

    @Override
    public void dispose() {
        shades.dispose();
        super.dispose();
    }
}
