package org.jinzai.ui.internal.plan;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.part.ViewPart;
import org.jinzai.model.Course;
import org.jinzai.model.CourseSeats;
import org.jinzai.model.JinzaiFactory;
import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.RecruitmentChannel;
import org.jinzai.model.Scenario;
import org.jinzai.model.YearlyCount;
import org.jinzai.model.util.FiscalYears;
import org.jinzai.ui.internal.Messages;
import org.jinzai.ui.internal.ScenarioEditorTracker;

/**
 * The yearly plan of the open scenario as grids a planner fills like a spreadsheet: training seats per course ×
 * fiscal year and planned hires per recruitment channel × fiscal year. Every change goes through the scenario
 * editor's command stack (undo, redo, unsaved-changes mark, save with the editor); a value that is not a whole number
 * of 0 or more is refused with a message.
 */
public final class PlanView extends ViewPart {

    public static final String ID = "org.jinzai.ui.planView"; //$NON-NLS-1$

    /** A row of a grid: its name and how to read and change its value in a fiscal year. */
    public interface Row {
        String name();

        int value(int fiscalYear);

        Command change(EditingDomain domain, int fiscalYear, int value);
    }

    private Label status;
    private TableViewer seats;
    private TableViewer hires;
    private ScenarioEditorTracker editors;

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        status = new Label(root, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(status);
        CTabFolder tabs = new CTabFolder(root, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
        seats = grid(tabs, Messages.Plan_seats);
        hires = grid(tabs, Messages.Plan_hires);
        tabs.setSelection(0);
        editors = new ScenarioEditorTracker(getSite().getPage(), this::refresh);
        refresh();
    }

    private static TableViewer grid(CTabFolder tabs, String title) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(title);
        TableViewer viewer = new TableViewer(tabs, SWT.BORDER | SWT.FULL_SELECTION);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        item.setControl(viewer.getControl());
        return viewer;
    }

    /** The rows of the seats grid (for tests). */
    public List<Row> seatRows() {
        Object input = seats.getInput();
        List<Row> rows = new ArrayList<>();
        if (input instanceof Object[] array) {
            for (Object row : array) {
                rows.add((Row) row);
            }
        }
        return rows;
    }

    /** Changes a cell as the cell editor does: through the editor's command stack; false with a message if refused. */
    public boolean set(Row row, int fiscalYear, String text) {
        Integer value = parse(text);
        if (value == null) {
            status.setText(NLS.bind(Messages.Plan_invalid, text));
            return false;
        }
        EditingDomain domain = editors.editor() == null ? null : editors.editor().getEditingDomain();
        if (domain == null || value == row.value(fiscalYear)) {
            return domain != null;
        }
        Command command = row.change(domain, fiscalYear, value);
        if (!command.canExecute()) {
            return false;
        }
        domain.getCommandStack().execute(command);
        return true;
    }

    private static Integer parse(String text) {
        try {
            int value = Integer.parseInt(text.trim());
            return value >= 0 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Scenario scenario() {
        return editors.scenario();
    }

    private void refresh() {
        if (status.isDisposed()) {
            return;
        }
        Scenario scenario = scenario();
        if (scenario == null || scenario.getBaseline() == null || scenario.getRunSettings() == null) {
            status.setText(Messages.Plan_noScenario);
            fill(seats, new int[0], List.of());
            fill(hires, new int[0], List.of());
            return;
        }
        status.setText(NLS.bind(Messages.Plan_status, scenario.getName()));
        int first = scenario.getRunSettings().getFirstFiscalYear();
        int[] years = new int[scenario.getRunSettings().getHorizonYears()];
        for (int y = 0; y < years.length; y++) {
            years[y] = first + y;
        }
        List<Row> courseRows = new ArrayList<>();
        for (Course course : scenario.getBaseline().getCourses()) {
            courseRows.add(new SeatsRow(scenario, course));
        }
        List<Row> channelRows = new ArrayList<>();
        for (RecruitmentChannel channel : scenario.getChannels()) {
            channelRows.add(new HiresRow(channel));
        }
        fill(seats, years, courseRows);
        fill(hires, years, channelRows);
    }

    private void fill(TableViewer viewer, int[] years, List<Row> rows) {
        Table table = viewer.getTable();
        table.setRedraw(false);
        try {
            while (table.getColumnCount() > 0) {
                table.getColumn(0).dispose();
            }
            TableViewerColumn name = new TableViewerColumn(viewer, SWT.LEFT);
            name.getColumn().setText(Messages.Plan_name);
            name.getColumn().setWidth(260);
            name.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return ((Row) element).name();
                }
            });
            for (int fiscalYear : years) {
                TableViewerColumn column = new TableViewerColumn(viewer, SWT.RIGHT);
                column.getColumn().setText(FiscalYears.label(fiscalYear));
                column.getColumn().setWidth(150);
                column.setLabelProvider(new ColumnLabelProvider() {
                    @Override
                    public String getText(Object element) {
                        return Integer.toString(((Row) element).value(fiscalYear));
                    }
                });
                column.setEditingSupport(new EditingSupport(viewer) {
                    @Override
                    protected CellEditor getCellEditor(Object element) {
                        TextCellEditor editor = new TextCellEditor(viewer.getTable());
                        editor.setValidator(value -> parse(String.valueOf(value)) == null ? NLS.bind(Messages.Plan_invalid, value) : null);
                        editor.addListener(new org.eclipse.jface.viewers.ICellEditorListener() {
                            @Override
                            public void applyEditorValue() {
                                status.setText(NLS.bind(Messages.Plan_status, scenario() == null ? "" : scenario().getName())); //$NON-NLS-1$
                            }

                            @Override
                            public void cancelEditor() {
                                // nothing changed
                            }

                            @Override
                            public void editorValueChanged(boolean oldValidState, boolean newValidState) {
                                status.setText(newValidState ? "" : editor.getErrorMessage()); //$NON-NLS-1$
                            }
                        });
                        return editor;
                    }

                    @Override
                    protected boolean canEdit(Object element) {
                        return editors.editor() != null;
                    }

                    @Override
                    protected Object getValue(Object element) {
                        return Integer.toString(((Row) element).value(fiscalYear));
                    }

                    @Override
                    protected void setValue(Object element, Object value) {
                        if (value != null) {
                            set((Row) element, fiscalYear, String.valueOf(value));
                        }
                    }
                });
            }
            viewer.setInput(rows.toArray());
        } finally {
            table.setRedraw(true);
        }
    }

    /** Seats of a course in a fiscal year: the sum of its course runs that year. */
    private record SeatsRow(Scenario scenario, Course course) implements Row {
        @Override
        public String name() {
            return course.getName() == null ? course.getId() : course.getName();
        }

        private List<CourseSeats> entries(int fiscalYear) {
            return scenario.getCourseSeats().stream().filter(s -> s.getCourse() == course && s.getFiscalYear() == fiscalYear).toList();
        }

        @Override
        public int value(int fiscalYear) {
            return entries(fiscalYear).stream().mapToInt(CourseSeats::getSeats).sum();
        }

        @Override
        public Command change(EditingDomain domain, int fiscalYear, int value) {
            List<CourseSeats> entries = entries(fiscalYear);
            if (entries.isEmpty()) {
                CourseSeats entry = JinzaiFactory.eINSTANCE.createCourseSeats();
                entry.setCourse(course);
                entry.setFiscalYear(fiscalYear);
                entry.setSeats(value);
                // the month of the course's other runs, else June
                entry.setMonth(scenario.getCourseSeats().stream().filter(s -> s.getCourse() == course).mapToInt(CourseSeats::getMonth)
                        .findFirst().orElse(6));
                return AddCommand.create(domain, scenario, JinzaiPackage.Literals.SCENARIO__COURSE_SEATS, entry);
            }
            // the first run of the year takes the value, any other run of that year none
            CompoundCommand command = new CompoundCommand();
            for (int i = 0; i < entries.size(); i++) {
                command.append(SetCommand.create(domain, entries.get(i), JinzaiPackage.Literals.COURSE_SEATS__SEATS, i == 0 ? value : 0));
            }
            return command;
        }
    }

    /** Planned hires of a channel in a fiscal year. */
    private record HiresRow(RecruitmentChannel channel) implements Row {
        @Override
        public String name() {
            return channel.getName() == null ? channel.getId() : channel.getName();
        }

        @Override
        public int value(int fiscalYear) {
            return channel.getPlan().stream().filter(c -> c.getFiscalYear() == fiscalYear).mapToInt(YearlyCount::getCount).sum();
        }

        @Override
        public Command change(EditingDomain domain, int fiscalYear, int value) {
            YearlyCount count = channel.getPlan().stream().filter(c -> c.getFiscalYear() == fiscalYear).findFirst().orElse(null);
            if (count == null) {
                count = JinzaiFactory.eINSTANCE.createYearlyCount();
                count.setFiscalYear(fiscalYear);
                count.setCount(value);
                return AddCommand.create(domain, channel, JinzaiPackage.Literals.RECRUITMENT_CHANNEL__PLAN, count);
            }
            return SetCommand.create(domain, count, JinzaiPackage.Literals.YEARLY_COUNT__COUNT, value);
        }
    }

    @Override
    public void setFocus() {
        seats.getControl().setFocus();
    }

    @Override
    public void dispose() {
        editors.dispose();
        super.dispose();
    }
}
