package org.jinzai.ui.internal.run.editors;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.jinzai.model.Pool;
import org.jinzai.model.util.FiscalYears;
import org.jinzai.model.validation.ElementNames;
import org.jinzai.reports.Charts;
import org.jinzai.scenario.RegionRunner;
import org.jinzai.scenario.RegionSweep;
import org.jinzai.ui.internal.Messages;
import org.jinzai.ui.internal.ReadOnlyEditor;
import org.jinzai.ui.internal.run.jobs.RegionSweepJob;

/**
 * A region's pool size × allocation in the editor area: for each allocation policy a line of the probability that every
 * member meets the target at each value of the pool's lever; the table of the same with the members meeting it and the
 * pool's use (shaded by the probability); and the smallest value that reaches the wanted probability under each policy.
 */
public final class RegionSweepEditor extends ReadOnlyEditor {

    public static final String ID = "org.jinzai.ui.regionSweepEditor"; //$NON-NLS-1$

    private RegionSweepJob.Outcome outcome;
    private Label header;
    private Label smallest;
    private ChartCanvas chart;
    private TableViewer numbers;
    private final Shades shades = new Shades();

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        outcome = accept(site, input, RegionSweepInput.class).outcome();
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        header = new Label(root, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(header);
        smallest = new Label(root, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(smallest);
        SashForm sash = new SashForm(root, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        chart = new ChartCanvas(sash);
        numbers = RowTable.numbers(sash);
        sash.setWeights(3, 2);
        RowTable.buttons(root, numbers, chart, null, null, null);
        show(outcome);
    }

    /** Shows a sweep (a new one of the same region replaces the one shown). */
    public void show(RegionSweepJob.Outcome next) {
        this.outcome = next;
        RegionSweep.Grid grid = next.grid();
        RegionSweep.Question question = grid.question();
        Pool pool = next.region().getPools().get(question.pool());
        String lever = question.staff() ? Messages.RegionSweep_leverStaff : Messages.RegionSweep_leverHires;
        String target = RegionRunner.sharedTargets(next.region()).get(question.targetId()).getName();
        String year = FiscalYears.label(grid.firstFiscalYear() + question.year());
        int members = grid.points()[0][0].membersWithTarget();
        header.setText(NLS.bind(Messages.RegionSweep_header, new Object[] { next.region().getName(), pool.getName(), lever, target, year,
                String.format(Locale.ROOT, "%,d", next.options().replications()), members })); //$NON-NLS-1$
        String wanted = String.format(Locale.ROOT, "%.0f%%", 100 * next.wanted()); //$NON-NLS-1$
        List<String> answers = new ArrayList<>();
        for (int j = 0; j < question.policies().size(); j++) {
            int value = grid.smallest(j, next.wanted());
            answers.add(NLS.bind(Messages.RegionSweep_answer, ElementNames.literal(question.policies().get(j)),
                    value < 0 ? Messages.RegionSweep_none : Integer.toString(value)));
        }
        smallest.setText(NLS.bind(Messages.RegionSweep_smallest, new Object[] { lever, wanted, String.join(Messages.RegionSweep_separator, answers) }));
        chart.show(() -> Charts.regionSweep(grid, pool.getName(), lever, target, Locale.getDefault()));
        List<String> headers = new ArrayList<>();
        headers.add(lever);
        question.policies().forEach(p -> headers.add(ElementNames.literal(p)));
        List<String[]> rows = new ArrayList<>();
        // each row's probabilities, for its shades
        Map<String[], double[]> probabilities = new IdentityHashMap<>();
        for (int i = 0; i < question.values().length; i++) {
            String[] row = new String[question.policies().size() + 1];
            double[] shade = new double[row.length];
            row[0] = Integer.toString(question.values()[i]);
            for (int j = 0; j < question.policies().size(); j++) {
                RegionSweep.Point point = grid.points()[i][j];
                row[j + 1] = NLS.bind(Messages.RegionSweep_cell, new Object[] { percent(point.everyMember()),
                    String.format(Locale.ROOT, "%.1f", point.membersMeeting()), point.membersWithTarget(), percent(point.utilization()) }); //$NON-NLS-1$
                shade[j + 1] = point.everyMember();
            }
            rows.add(row);
            probabilities.put(row, shade);
        }
        RowTable.show(numbers, headers.toArray(String[]::new), rows, 120, 200, (row, column) -> column == 0 ? null
                : shades.probability(probabilities.get(row)[column]), Messages.RegionSweep_cellTip);
        RowTable.pack(numbers.getTable(), 1);
        header.getParent().layout(true, true);
    }

    private static String percent(double p) {
        return Double.isFinite(p) ? String.format(Locale.ROOT, "%.0f%%", 100 * p) : "\u2013"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The table's rows as shown (for tests). */
    public List<String[]> rows() {
        return RowTable.rows(numbers);
    }

    /** The line naming the smallest value under each policy (for tests). */
    public String smallestText() {
        return smallest.getText();
    }

    @Override
    public void setFocus() {
        numbers.getControl().setFocus();
    }

    @Override
    public void dispose() {
        shades.dispose();
        super.dispose();
    }
}
