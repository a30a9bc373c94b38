package org.jinzai.ui.internal.run;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.jinzai.model.util.FiscalYears;
import org.jinzai.reports.Formats;
import org.jinzai.reports.Charts;
import org.jinzai.reports.ReportData;
import org.jinzai.scenario.ScenarioComparison;
import org.jinzai.ui.internal.Messages;

/**
 * Two or more scenarios compared on common random numbers: per target, each scenario's median and P10–P90 band on
 * one chart, and a table of the paired differences to the reference per fiscal year with their 90 % interval and
 * the probability that the other scenario does better.
 */
public final class ComparisonView extends ViewPart {

    public static final String ID = "org.jinzai.ui.comparisonView"; //$NON-NLS-1$

    private Label header;
    private TableViewer targets;
    private ChartCanvas chart;
    private TableViewer differences;
    private CompareJob.Outcome outcome;
    private Label ranking;

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        header = new Label(root, SWT.WRAP);
        header.setText(Messages.Compare_empty);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
        ranking = new Label(root, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(ranking);
        SashForm sash = new SashForm(root, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        targets = new TableViewer(sash, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION);
        targets.setContentProvider(ArrayContentProvider.getInstance());
        targets.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((ReportData.TargetRow) element).name();
            }
        });
        SashForm right = new SashForm(sash, SWT.VERTICAL);
        chart = new ChartCanvas(right);
        differences = new TableViewer(right, SWT.MULTI | SWT.BORDER | SWT.FULL_SELECTION);
        differences.getTable().setHeaderVisible(true);
        differences.getTable().setLinesVisible(true);
        differences.setContentProvider(ArrayContentProvider.getInstance());
        String[] headers = { Messages.Results_year, Messages.Compare_scenario, Messages.Compare_referenceMean, Messages.Results_mean,
                Messages.Compare_difference, Messages.Compare_interval, Messages.Compare_better };
        for (int c = 0; c < headers.length; c++) {
            int column = c;
            TableViewerColumn col = new TableViewerColumn(differences, c < 2 ? SWT.LEFT : SWT.RIGHT);
            col.getColumn().setText(headers[c]);
            col.getColumn().setWidth(c == 0 ? 170 : c == 1 ? 150 : c == 5 ? 150 : 95);
            col.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return cell((ScenarioComparison.Row) element, column);
                }
            });
        }
        right.setWeights(3, 2);
        sash.setWeights(1, 3);
        Button copy = new Button(root, SWT.PUSH);
        copy.setText(Messages.Results_copy);
        copy.addListener(SWT.Selection, e -> TableCopy.copy(differences.getTable()));
        targets.addSelectionChangedListener(event -> {
            if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof ReportData.TargetRow row) {
                select(row);
            }
        });
    }

    /** Shows a finished comparison. */
    public void show(CompareJob.Outcome result) {
        outcome = result;
        header.setText(NLS.bind(Messages.Compare_header, new Object[] { result.names().get(0),
                String.join(", ", result.names().subList(1, result.names().size())), result.options().replications(), //$NON-NLS-1$
                Long.toString(result.options().seed()) }));
        header.getParent().layout();
        List<ReportData.TargetRow> rows = result.data().get(0).targets();
        targets.setInput(rows.toArray());
        if (!rows.isEmpty()) {
            targets.setSelection(new StructuredSelection(rows.get(0)));
        }
    }

    /** The comparison shown, or null. */
    public CompareJob.Outcome outcome() {
        return outcome;
    }

    /** The rows of differences shown (the selected target). */
    public int differenceRows() {
        return differences.getTable().getItemCount();
    }

    private void select(ReportData.TargetRow reference) {
        List<String> names = new ArrayList<>();
        List<ReportData.TargetRow> rows = new ArrayList<>();
        for (int k = 0; k < outcome.data().size(); k++) {
            for (ReportData.TargetRow row : outcome.data().get(k).targets()) {
                if (row.id().equals(reference.id())) {
                    names.add(outcome.names().get(k));
                    rows.add(row);
                }
            }
        }
        ReportData first = outcome.data().get(0);
        chart.show(() -> Charts.comparison(first, reference.name(), names, rows));
        List<ScenarioComparison.Row> shown = new ArrayList<>();
        for (ScenarioComparison.Row row : outcome.comparison().rows()) {
            if (row.targetId().equals(reference.id())) {
                shown.add(row);
            }
        }
        differences.setData("share", reference.share()); //$NON-NLS-1$
        differences.setInput(shown.toArray());
        // the scenarios ranked by this target in the last fiscal year
        int lastYear = first.fiscalYear(first.years() - 1);
        StringBuilder ranks = new StringBuilder();
        for (ScenarioComparison.Rank rank : outcome.comparison().ranking(reference.id(), lastYear)) {
            ranks.append(ranks.length() > 0 ? Messages.Compare_rankSeparator : "").append(NLS.bind(Messages.Compare_rank, new Object[] { rank.place(), rank.scenario(), //$NON-NLS-1$ //$NON-NLS-2$
                    Formats.probability(rank.probabilityMet()), Formats.value(rank.mean(), reference.share()) }));
        }
        ranking.setText(NLS.bind(Messages.Compare_ranking, FiscalYears.label(lastYear), ranks));
        ranking.getParent().layout();
    }

    /** The ranking line shown for the selected target. */
    public String rankingText() {
        return ranking.getText();
    }

    /** The table of differences as Copy puts it on the clipboard. */
    public String tableText() {
        return TableCopy.text(differences.getTable());
    }

    private String cell(ScenarioComparison.Row row, int column) {
        boolean share = Boolean.TRUE.equals(differences.getData("share")); //$NON-NLS-1$
        return switch (column) {
            case 0 -> FiscalYears.label(row.fiscalYear());
            case 1 -> row.scenario();
            case 2 -> Formats.value(row.referenceMean(), share);
            case 3 -> Formats.value(row.mean(), share);
            case 4 -> Formats.value(row.difference(), share);
            case 5 -> Formats.value(row.low(), share) + " – " + Formats.value(row.high(), share); //$NON-NLS-1$
            default -> Formats.probability(row.probabilityBetter()); //$NON-NLS-1$
        };
    }

    @Override
    public void setFocus() {
        targets.getControl().setFocus();
    }
}
