package org.jinzai.ui.internal.preview;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.part.ViewPart;
import org.jinzai.model.Scenario;
import org.jinzai.model.util.FiscalYears;
import org.jinzai.model.validation.JinzaiValidator;
import org.jinzai.reports.Formats;
import org.jinzai.scenario.ScenarioPreview;
import org.jinzai.ui.internal.Messages;
import org.jinzai.ui.internal.ScenarioEditorTracker;

/**
 * A live preview of the open scenario: the expected value of each target for every fiscal year, from the analytic
 * engine (tens of milliseconds for the largest example), recomputed shortly after each change in the editor. The
 * scenario is read on the UI thread; the engine runs in the background on the compiled, immutable input.
 */
public final class PreviewView extends ViewPart {

    public static final String ID = "org.jinzai.ui.previewView"; //$NON-NLS-1$

    /** Wait after a change before computing, so that typing does not start a computation per key. */
    private static final int QUIET_MILLIS = 300;

    /** A row: a target's name and its expected value (and the value set) per fiscal year. */
    public record Row(String name, String[] cells) {
    }

    private Label status;
    private TableViewer viewer;
    private ScenarioEditorTracker editors;
    private int generation;
    private volatile int computed;
    private List<Row> rows = List.of();

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        status = new Label(root, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(status);
        viewer = new TableViewer(root, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        editors = new ScenarioEditorTracker(getSite().getPage(), this::schedule);
        schedule();
    }

    /** The rows shown (for tests). */
    public List<Row> rows() {
        return rows;
    }

    /** The line above the table: how the values were computed, or why there are none (for tests). */
    public String status() {
        return status.getText();
    }

    /** How many computations have finished (for tests). */
    public int computations() {
        return computed;
    }

    private void schedule() {
        int mine = ++generation;
        Display display = viewer.getControl().getDisplay();
        display.timerExec(QUIET_MILLIS, () -> {
            if (mine == generation && !viewer.getControl().isDisposed()) {
                compute(mine);
            }
        });
    }

    private void compute(int mine) {
        Scenario scenario = editors.scenario();
        if (scenario == null) {
            show(List.of(), new String[0], Messages.Preview_noScenario);
            return;
        }
        // the check of a run: a broken baseline would be previewed on what was left of it
        List<Diagnostic> errors = JinzaiValidator.validateWithReferences(scenario.eResource()).getChildren().stream()
                .filter(problem -> problem.getSeverity() >= Diagnostic.ERROR).toList();
        if (!errors.isEmpty()) {
            show(List.of(), new String[0], NLS.bind(Messages.Preview_invalid, errors.size(), errors.get(0).getMessage()));
            return;
        }
        ScenarioPreview.Prepared prepared;
        try {
            // staff generated from counts with the seed a run from the workbench would use
            prepared = ScenarioPreview.prepare(scenario, org.jinzai.ui.internal.prefs.RunPreferences.options(scenario.getRunSettings()).seed());
        } catch (RuntimeException e) {
            show(List.of(), new String[0], NLS.bind(Messages.Preview_cannot, e.getLocalizedMessage()));
            return;
        }
        status.setText(Messages.Preview_computing);
        Display display = viewer.getControl().getDisplay();
        Job job = new Job(Messages.Preview_computing) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                long start = System.nanoTime();
                ScenarioPreview.Preview preview;
                try {
                    preview = prepared.run();
                } catch (RuntimeException e) {
                    display.asyncExec(() -> show(List.of(), new String[0], NLS.bind(Messages.Preview_cannot, e.getLocalizedMessage())));
                    return Status.OK_STATUS;
                }
                long millis = Math.round((System.nanoTime() - start) / 1e6);
                String[] years = new String[preview.horizonYears()];
                for (int y = 0; y < years.length; y++) {
                    years[y] = FiscalYears.label(preview.firstFiscalYear() + y);
                }
                List<Row> table = new ArrayList<>();
                for (ScenarioPreview.TargetRow target : preview.targets()) {
                    String[] cells = new String[years.length];
                    for (int y = 0; y < years.length; y++) {
                        // a target of every department: how many 課 meet it, against how many it concerns
                        String value = Formats.value(target.expected()[y], target.share());
                        if (target.approximate()[y]) {
                            // only the run says how many 課 meet it, or to whom an appointment, a lead or a seat goes
                            value = NLS.bind(Messages.Preview_approximate, value);
                        }
                        double wanted = target.wanted()[y];
                        cells[y] = Double.isNaN(wanted) ? value : NLS.bind(Messages.Preview_valueAndTarget, value, Formats.value(wanted, target.share()));
                    }
                    table.add(new Row(target.name(), cells));
                }
                display.asyncExec(() -> {
                    computed++;
                    if (mine == generation) {
                        show(table, years, NLS.bind(Messages.Preview_status, millis));
                    }
                });
                return Status.OK_STATUS;
            }
        };
        job.setSystem(true);
        job.schedule();
    }

    private void show(List<Row> table, String[] years, String message) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        rows = table;
        status.setText(message);
        status.getParent().layout();
        Table widget = viewer.getTable();
        widget.setRedraw(false);
        try {
            while (widget.getColumnCount() > 0) {
                widget.getColumn(0).dispose();
            }
            column(Messages.Preview_target, 220, -1);
            for (int y = 0; y < years.length; y++) {
                column(years[y], 150, y);
            }
            viewer.setInput(table.toArray());
        } finally {
            widget.setRedraw(true);
        }
    }

    private void column(String title, int width, int year) {
        TableViewerColumn column = new TableViewerColumn(viewer, year < 0 ? SWT.LEFT : SWT.RIGHT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                Row row = (Row) element;
                return year < 0 ? row.name() : row.cells()[year];
            }
        });
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        editors.dispose();
        super.dispose();
    }
}
