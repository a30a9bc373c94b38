package org.jinzai.ui.internal.plan;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.jinzai.model.Scenario;
import org.jinzai.model.editor.internal.PlanGrid;
import org.jinzai.ui.internal.Messages;
import org.jinzai.ui.internal.ScenarioEditorTracker;

/**
 * The yearly plan of the open scenario as grids a planner fills like a spreadsheet: training seats per course ×
 * fiscal year and planned hires per recruitment channel × fiscal year ({@link PlanGrid}, as in the editor's pages).
 * Every change goes through the scenario editor's command stack (undo, redo, unsaved-changes mark, save with the
 * editor); a value that is not a whole number of 0 or more is refused with a message.
 */
public final class PlanView extends ViewPart {

    public static final String ID = "org.jinzai.ui.planView"; //$NON-NLS-1$

    private Label status;
    private PlanGrid seats;
    private PlanGrid hires;
    private ScenarioEditorTracker editors;

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        status = new Label(root, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(status);
        CTabFolder tabs = new CTabFolder(root, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
        seats = grid(tabs, Messages.Plan_seats, true);
        hires = grid(tabs, Messages.Plan_hires, false);
        tabs.setSelection(0);
        editors = new ScenarioEditorTracker(getSite().getPage(), this::refresh);
        refresh();
    }

    private PlanGrid grid(CTabFolder tabs, String title, boolean ofSeats) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(title);
        PlanGrid grid = new PlanGrid(tabs, ofSeats, () -> editors == null || editors.editor() == null ? null : editors.editor().getEditingDomain(),
                message -> status.setText(message.isEmpty() && scenario() != null ? NLS.bind(Messages.Plan_status, scenario().getName()) : message));
        item.setControl(grid.viewer().getControl());
        return grid;
    }

    /** The rows of the seats grid (for tests). */
    public List<PlanGrid.Row> seatRows() {
        return seats.rows();
    }

    /** Changes a cell as the cell editor does: through the editor's command stack; false with a message if refused. */
    public boolean set(PlanGrid.Row row, int fiscalYear, String text) {
        return seats.rows().contains(row) ? seats.set(row, fiscalYear, text) : hires.set(row, fiscalYear, text);
    }

    private Scenario scenario() {
        return editors == null ? null : editors.scenario();
    }

    private void refresh() {
        if (status.isDisposed()) {
            return;
        }
        Scenario scenario = scenario();
        boolean none = scenario == null || scenario.getBaseline() == null || scenario.getRunSettings() == null;
        status.setText(none ? Messages.Plan_noScenario : NLS.bind(Messages.Plan_status, scenario.getName()));
        seats.show(none ? null : scenario);
        hires.show(none ? null : scenario);
    }

    @Override
    public void setFocus() {
        seats.viewer().getControl().setFocus();
    }

    @Override
    public void dispose() {
        editors.dispose();
        super.dispose();
    }
}
