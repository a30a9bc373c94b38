package org.jinzai.ui.internal.run.editors;

import java.util.ArrayList;
import java.util.List;

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
import org.jinzai.model.util.FiscalYears;
import org.jinzai.reports.Charts;
import org.jinzai.reports.ComparisonReport;
import org.jinzai.reports.Formats;
import org.jinzai.reports.ReportData;
import org.jinzai.scenario.ScenarioComparison;
import org.jinzai.ui.internal.Messages;
import org.jinzai.ui.internal.ReadOnlyEditor;
import org.jinzai.ui.internal.files.SystemPrograms;
import org.jinzai.ui.internal.run.jobs.CompareJob;
import org.jinzai.ui.internal.run.jobs.ComparisonExportJob;
import org.jinzai.ui.internal.run.jobs.Jobs;

/**
 * Two or more scenarios compared on common random numbers, in the editor area. First the probabilities of meeting
 * every target in every year with a target value, scenario beside scenario, with who is ahead (ties said as ties);
 * then per target each scenario's median and P10–P90 band on one chart (lines told apart by dash and marker) and a
 * table of the paired differences to the reference: means, difference with its 90 % interval, both probabilities of
 * meeting it, and how often the other scenario is above, the same, below — with the names in the words. What each
 * scenario changes against the reference is listed on top.
 */
public final class ComparisonEditor extends ReadOnlyEditor {

    public static final String ID = "org.jinzai.ui.comparisonEditor"; //$NON-NLS-1$

    /** An entry of the list: the summary (target null) or a target. */
    private record Entry(String title, ReportData.TargetRow target) {
    }

    private CompareJob.Outcome outcome;
    private Label header;
    private Label changes;
    private Label ranking;
    private TableViewer list;
    private SashForm chartSash;
    private ChartCanvas chart;
    private TableViewer numbers;
    private Label sentence;
    private Entry shown;
    private final Shades shades = new Shades();
    /** The target (id) of each row of the summary. */
    private final List<String> summaryTargets = new ArrayList<>();

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        outcome = accept(site, input, ComparisonInput.class).outcome();
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        header = new Label(root, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(header);
        changes = new Label(root, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(changes);
        ranking = new Label(root, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(ranking);
        SashForm sash = new SashForm(root, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        list = RowTable.titles(sash, element -> ((Entry) element).title());
        Composite right = new Composite(sash, SWT.NONE);
        right.setLayout(new GridLayout(1, false));
        chartSash = new SashForm(right, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(chartSash);
        chart = new ChartCanvas(chartSash);
        numbers = RowTable.numbers(chartSash);
        chartSash.setWeights(3, 2);
        sentence = new Label(right, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(sentence);
        RowTable.buttons(right, numbers, chart, Messages.Compare_export, Messages.Compare_exportTooltip, this::export);
        sash.setWeights(1, 4);
        list.addSelectionChangedListener(event -> {
            if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof Entry entry) {
                select(entry);
            }
        });
        numbers.addSelectionChangedListener(event -> {
            // on the summary, a click on a target's row opens its chart
            int index = numbers.getTable().getSelectionIndex();
            if (shown != null && shown.target() == null && index >= 0 && index < summaryTargets.size()) {
                for (Object each : (Object[]) list.getInput()) {
                    if (each instanceof Entry entry && entry.target() != null && entry.target().id().equals(summaryTargets.get(index))) {
                        numbers.getControl().getDisplay().asyncExec(() -> list.setSelection(new StructuredSelection(entry), true));
                        return;
                    }
                }
            }
        });
        show(outcome);
    }

    /**
     * Writes the comparison report and workbook beside the reference scenario, ranked by the target shown (none on the
     * summary) in the last fiscal year; then offers to open them.
     */
    public ComparisonExportJob export() {
        CompareJob.Outcome result = outcome;
        ReportData first = result.data().get(0);
        String rank = shown != null && shown.target() != null ? shown.target().id() : null;
        ComparisonReport report = new ComparisonReport(result.names(), result.changes(), result.data(), result.comparison(), result.options(),
                rank, first.fiscalYear(first.years() - 1));
        ComparisonExportJob job = new ComparisonExportJob(report, result.files().get(0));
        org.eclipse.swt.widgets.Shell shell = header.getShell();
        Jobs.schedule(job, () -> {
            if (!shell.isDisposed() && !job.written().isEmpty()) {
                SystemPrograms.tellWritten(shell, Messages.Compare_exportTitle, Messages.Export_done, job.written());
            }
        });
        return job;
    }

    /** Shows a comparison (a new run of the same scenarios replaces the one shown). */
    public void show(CompareJob.Outcome result) {
        outcome = result;
        header.setText(NLS.bind(Messages.Compare_header, new Object[] { result.names().get(0),
                String.join(", ", result.names().subList(1, result.names().size())), result.options().replications(), //$NON-NLS-1$
                Long.toString(result.options().seed()) }));
        changes.setText(changesText(result));
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(Messages.Compare_summary, null));
        for (ReportData.TargetRow row : result.data().get(0).targets()) {
            entries.add(new Entry(row.name(), row));
        }
        list.setInput(entries.toArray());
        list.setSelection(new StructuredSelection(entries.get(0)), true);
        header.getParent().layout(true, true);
    }

    /** What each scenario changes against the reference, a line per scenario, at most six changes each. */
    private static String changesText(CompareJob.Outcome result) {
        StringBuilder text = new StringBuilder(NLS.bind(Messages.Compare_changes, result.names().get(0)));
        for (int k = 1; k < result.names().size(); k++) {
            List<String> changed = result.changes().get(k);
            text.append('\n');
            if (changed.isEmpty()) {
                text.append(NLS.bind(Messages.Compare_noChanges, result.names().get(k)));
                continue;
            }
            List<String> shown = new ArrayList<>(changed.subList(0, Math.min(6, changed.size())));
            if (changed.size() > shown.size()) {
                shown.add(NLS.bind(Messages.Compare_moreChanges, changed.size() - shown.size()));
            }
            text.append(NLS.bind(Messages.Compare_changesOf, result.names().get(k), String.join(Messages.Compare_changeSeparator, shown)));
        }
        return text.toString();
    }

    private void select(Entry entry) {
        shown = entry;
        numbers.getTable().setRedraw(false);
        try {
            if (entry.target() == null) {
                chartSash.setMaximizedControl(numbers.getControl());
                // no chart on the summary: nothing to copy or save
                chart.show(null);
                fillSummary();
                sentence.setText(Messages.Compare_summaryLegend);
                ranking.setText(""); //$NON-NLS-1$
            } else {
                chartSash.setMaximizedControl(null);
                fillTarget(entry.target());
            }
        } finally {
            numbers.getTable().setRedraw(true);
        }
        sentence.getParent().layout(true, true);
        ranking.getParent().layout(true, true);
    }

    /** Each scenario's row of a target (by id), by the scenario's index; null where a scenario has no such target. */
    private List<ReportData.TargetRow> rowsOf(String targetId) {
        List<ReportData.TargetRow> rows = new ArrayList<>();
        for (ReportData data : outcome.data()) {
            rows.add(data.targets().stream().filter(row -> row.id().equals(targetId)).findFirst().orElse(null));
        }
        return rows;
    }

    /**
     * The summary: a row per target and fiscal year with a target value; a column per scenario with its probability of
     * meeting it (coloured); and who is ahead, ties said as ties.
     */
    private void fillSummary() {
        ReportData reference = outcome.data().get(0);
        List<String[]> rows = new ArrayList<>();
        List<double[]> probabilities = new ArrayList<>();
        int scenarios = outcome.names().size();
        summaryTargets.clear();
        for (ReportData.TargetRow target : reference.targets()) {
            List<ReportData.TargetRow> each = rowsOf(target.id());
            for (int y = 0; y < reference.years(); y++) {
                if (Double.isNaN(target.wanted()[y])) {
                    continue;
                }
                String[] cells = new String[3 + scenarios];
                double[] p = new double[3 + scenarios];
                java.util.Arrays.fill(p, Double.NaN);
                cells[0] = target.name();
                cells[1] = FiscalYears.label(reference.fiscalYear(y));
                for (int k = 0; k < scenarios; k++) {
                    p[2 + k] = each.get(k) == null ? Double.NaN : each.get(k).probability()[y];
                    cells[2 + k] = Formats.probability(p[2 + k]);
                }
                cells[2 + scenarios] = verdict(p, scenarios);
                rows.add(cells);
                summaryTargets.add(target.id());
                probabilities.add(p);
            }
        }
        String[] headers = new String[3 + scenarios];
        headers[0] = Messages.Compare_target;
        headers[1] = Messages.Results_year;
        for (int k = 0; k < scenarios; k++) {
            headers[2 + k] = NLS.bind(Messages.Compare_metOf, outcome.names().get(k));
        }
        headers[2 + scenarios] = Messages.Compare_verdict;
        RowTable.show(numbers, headers, rows, 230, 150, (row, column) -> shades.probability(probabilities.get(rows.indexOf(row))[column]),
                null);
        // every column as wide as its longest cell; who is ahead is a sentence, read from the left
        numbers.getTable().getColumn(2 + scenarios).setAlignment(SWT.LEFT);
        RowTable.pack(numbers.getTable(), 0);
    }

    /** Who is most likely to meet a target: one name, several tied ones, or all the same (in whole percent, as shown). */
    private String verdict(double[] p, int scenarios) {
        long best = Long.MIN_VALUE;
        for (int k = 0; k < scenarios; k++) {
            if (!Double.isNaN(p[2 + k])) {
                best = Math.max(best, Math.round(p[2 + k] * 100));
            }
        }
        List<Integer> leaders = new ArrayList<>();
        int present = 0;
        for (int k = 0; k < scenarios; k++) {
            if (!Double.isNaN(p[2 + k])) {
                present++;
                if (Math.round(p[2 + k] * 100) == best) {
                    leaders.add(k);
                }
            }
        }
        if (leaders.isEmpty()) {
            return "-"; //$NON-NLS-1$
        }
        if (leaders.size() == present) {
            return Messages.Compare_verdictSame;
        }
        if (leaders.size() == 1) {
            return NLS.bind(Messages.Compare_verdictBest, outcome.names().get(leaders.get(0)));
        }
        return NLS.bind(Messages.Compare_verdictTied, String.join(Messages.Compare_nameSeparator,
                leaders.stream().map(k -> NLS.bind(Messages.Compare_nameList, outcome.names().get(k))).toList()));
    }

    /** A target: the chart of every scenario, the paired differences per year, a sentence on the last year and the ranking. */
    private void fillTarget(ReportData.TargetRow target) {
        List<String> names = new ArrayList<>();
        List<ReportData.TargetRow> rows = new ArrayList<>();
        List<ReportData.TargetRow> each = rowsOf(target.id());
        for (int k = 0; k < each.size(); k++) {
            if (each.get(k) != null) {
                names.add(outcome.names().get(k));
                rows.add(each.get(k));
            }
        }
        ReportData first = outcome.data().get(0);
        chart.show(() -> Charts.comparison(first, target.name(), names, rows));
        String reference = outcome.names().get(0);
        boolean share = target.share();
        List<String[]> cells = new ArrayList<>();
        List<ScenarioComparison.Row> shownRows = new ArrayList<>();
        for (ScenarioComparison.Row row : outcome.comparison().rows()) {
            if (row.targetId().equals(target.id())) {
                shownRows.add(row);
                cells.add(new String[] { FiscalYears.label(row.fiscalYear()), row.scenario(), Formats.value(row.referenceMean(), share),
                        Formats.value(row.mean(), share), Formats.signed(row.difference(), share),
                        NLS.bind(Messages.Compare_range, Formats.signed(row.low(), share), Formats.signed(row.high(), share)),
                        Formats.probability(row.referenceMet()), Formats.probability(row.met()), Formats.probability(row.probabilityBetter()),
                        Formats.probability(row.probabilityTie()), Formats.probability(row.probabilityWorse()) });
            }
        }
        String[] headers = { Messages.Results_year, Messages.Compare_scenario, NLS.bind(Messages.Compare_meanOf, reference),
                Messages.Results_mean, Messages.Compare_difference, Messages.Compare_interval, NLS.bind(Messages.Compare_metOf, reference),
                Messages.Results_probability, NLS.bind(Messages.Compare_beats, reference), Messages.Compare_ties, Messages.Compare_below };
        RowTable.show(numbers, headers, cells, 170, 110, null, null);
        RowTable.pack(numbers.getTable(), 1);
        // in words, for the last fiscal year with a target value (else the last one)
        int year = first.fiscalYear(first.years() - 1);
        for (int y = first.years() - 1; y >= 0; y--) {
            if (!Double.isNaN(target.wanted()[y])) {
                year = first.fiscalYear(y);
                break;
            }
        }
        List<String> sentences = new ArrayList<>();
        for (ScenarioComparison.Row row : shownRows) {
            if (row.fiscalYear() == year) {
                sentences.add(NLS.bind(Messages.Compare_sentence,
                        new Object[] { FiscalYears.label(year), row.scenario(), reference, Formats.probability(row.probabilityBetter()),
                                Formats.probability(row.probabilityTie()), Formats.probability(row.probabilityWorse()),
                                Formats.signed(row.difference(), share), Formats.signed(row.low(), share), Formats.signed(row.high(), share) }));
            }
        }
        sentence.setText(String.join("\n", sentences)); //$NON-NLS-1$
        StringBuilder ranks = new StringBuilder();
        for (ScenarioComparison.Rank rank : outcome.comparison().ranking(target.id(), year)) {
            ranks.append(ranks.length() > 0 ? Messages.Compare_rankSeparator : "").append(NLS.bind(Messages.Compare_rank, //$NON-NLS-1$
                    new Object[] { rank.place(), rank.scenario(), Formats.probability(rank.probabilityMet()), Formats.value(rank.mean(), share) }));
        }
        ranking.setText(NLS.bind(Messages.Compare_ranking, FiscalYears.label(year), ranks));
    }

    /** The comparison shown. */
    public CompareJob.Outcome outcome() {
        return outcome;
    }

    /** Shows an entry of the list: 0 the summary, then the targets in order (for tests). */
    public void showEntry(int index) {
        list.setSelection(new StructuredSelection(((Object[]) list.getInput())[index]), true);
    }

    /** Clicks a row of the table shown (for tests). */
    public void clickRow(int row) {
        numbers.setSelection(new StructuredSelection(numbers.getElementAt(row)), true);
    }

    /** The title of the entry shown. */
    public String shownTitle() {
        return shown == null ? null : shown.title();
    }

    /** The rows of the table shown, cell by cell. */
    public List<String[]> rows() {
        return RowTable.rows(numbers);
    }

    /** The headers of the table shown. */
    public List<String> headers() {
        return RowTable.headers(numbers);
    }

    /** The background of a cell of the table shown (null: none). */
    public org.eclipse.swt.graphics.RGB cellBackground(int row, int column) {
        Color color = numbers.getTable().getItem(row).getBackground(column);
        return color == null ? null : color.getRGB();
    }

    /** The ranking line, the sentence under the table and the list of changes, as shown. */
    public String rankingText() {
        return ranking.getText();
    }

    public String sentenceText() {
        return sentence.getText();
    }

    public String changesText() {
        return changes.getText();
    }

    /** The table shown as Copy puts it on the clipboard. */
    public String tableText() {
        return TableCopy.text(numbers.getTable());
    }

    /** The chart as drawn (null before the first paint). */
    public org.eclipse.swt.graphics.Image chartImage() {
        return chart.image();
    }

    @Override
    public void dispose() {
        shades.dispose();
        super.dispose();
    }

    @Override
    public void setFocus() {
        list.getControl().setFocus();
    }
}
