package org.jinzai.model.editor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.FocusCellOwnerDrawHighlighter;
import org.eclipse.jface.viewers.ICellEditorListener;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.jinzai.model.Course;
import org.jinzai.model.CourseSeats;
import org.jinzai.model.JinzaiFactory;
import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.RecruitmentChannel;
import org.jinzai.model.Scenario;
import org.jinzai.model.YearlyCount;
import org.jinzai.model.util.FiscalYears;

/**
 * A yearly plan as a grid a planner fills like a spreadsheet: training seats per course × fiscal year, or planned
 * hires per recruitment channel × fiscal year. Every change is a command on the given editing domain (undo, redo,
 * unsaved mark); a value that is not a whole number of 0 or more is refused with a message. Used by the scenario
 * editor's pages and by the 年度別計画 view.
 */
public final class PlanGrid {

    /** A row of a grid: its name and how to read and change its value in a fiscal year. */
    public interface Row {
        String name();

        int value(int fiscalYear);

        Command change(EditingDomain domain, int fiscalYear, int value);
    }

    private final TableViewer viewer;
    private final boolean seats;
    private final Supplier<EditingDomain> domain;
    private final Consumer<String> status;

    /**
     * @param seats  true for training seats, false for planned hires
     * @param domain the domain edits go to (null: read-only for now)
     * @param status where messages go (a refused value, a hint)
     */
    public PlanGrid(Composite parent, boolean seats, Supplier<EditingDomain> domain, Consumer<String> status) {
        this.seats = seats;
        this.domain = domain;
        this.status = status;
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        TableViewerFocusCellManager focus = new TableViewerFocusCellManager(viewer, new FocusCellOwnerDrawHighlighter(viewer));
        TableViewerEditor.create(viewer, focus, new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
                // a digit typed on a cell starts editing it, as in a spreadsheet
                return GridKeys.activates(event) || event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED
                        && Character.isDigit(event.character) || event.eventType == ColumnViewerEditorActivationEvent.MOUSE_CLICK_SELECTION;
            }
        }, ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR | ColumnViewerEditor.TABBING_VERTICAL
                | ColumnViewerEditor.KEYBOARD_ACTIVATION);
        GridKeys.install(viewer, () -> viewer.getTable().getColumnCount(), column -> column > 0 && domain.get() != null);
        viewer.getTable().addListener(SWT.KeyDown, e -> {
            if (e.keyCode == 'v' && e.stateMask == SWT.MOD1 && !viewer.isCellEditorActive()) {
                Clipboard clipboard = new Clipboard(e.display);
                try {
                    if (clipboard.getContents(TextTransfer.getInstance()) instanceof String text) {
                        ViewerCell cell = focus.getFocusCell();
                        if (cell != null) {
                            paste((Row) cell.getElement(), Math.max(1, cell.getColumnIndex()), text);
                        }
                    }
                } finally {
                    clipboard.dispose();
                }
            }
        });
    }

    /**
     * Pastes a block of numbers copied from Excel (rows by line, cells by tab) with its top-left cell at a row and a
     * column (1 = the first fiscal year), as one command: one undo takes the whole block back. A block with a cell that
     * is not a whole number of 0 or more, or that does not fit the grid, changes nothing and says which cell.
     *
     * @return whether the block was pasted
     */
    public boolean paste(Row first, int column, String text) {
        EditingDomain target = domain.get();
        List<Row> rows = rows();
        int top = rows.indexOf(first);
        if (target == null || top < 0 || column < 1) {
            return false;
        }
        List<String> lines = new ArrayList<>(List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        int years = years().length;
        CompoundCommand block = new CompoundCommand(Messages.Plan_paste);
        for (int r = 0; r < lines.size(); r++) {
            String[] cells = lines.get(r).split("\t", -1); //$NON-NLS-1$
            if (top + r >= rows.size() || column - 1 + cells.length > years) {
                status.accept(NLS.bind(Messages.Plan_pasteTooLarge, new Object[] { lines.size(), maxCells(lines), rows.size() - top, years - column + 1 }));
                return false;
            }
            Row row = rows.get(top + r);
            for (int c = 0; c < cells.length; c++) {
                String cell = cells[c].strip().replace(",", ""); //$NON-NLS-1$ //$NON-NLS-2$
                Integer value = parse(cell);
                int fiscalYear = years()[column - 1 + c];
                if (value == null) {
                    status.accept(NLS.bind(Messages.Plan_pasteInvalid, new Object[] { row.name(), FiscalYears.label(fiscalYear), cells[c] }));
                    return false;
                }
                if (value != row.value(fiscalYear)) {
                    block.append(row.change(target, fiscalYear, value));
                }
            }
        }
        if (block.isEmpty()) {
            status.accept(""); //$NON-NLS-1$
            return true;
        }
        if (!block.canExecute()) {
            return false;
        }
        target.getCommandStack().execute(block);
        status.accept(""); //$NON-NLS-1$
        return true;
    }

    private static int maxCells(List<String> lines) {
        return lines.stream().mapToInt(l -> l.split("\t", -1).length).max().orElse(0); //$NON-NLS-1$
    }

    private int[] years = new int[0];

    /** The fiscal years of the columns after the name. */
    public int[] years() {
        return years;
    }

    public TableViewer viewer() {
        return viewer;
    }

    /** The rows shown. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        if (viewer.getInput() instanceof Object[] array) {
            for (Object row : array) {
                rows.add((Row) row);
            }
        }
        return rows;
    }

    /** Shows a scenario's plan (none: empty). */
    public void show(Scenario scenario) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        if (scenario == null || scenario.getBaseline() == null || scenario.getRunSettings() == null) {
            fill(new int[0], List.of());
            return;
        }
        int first = scenario.getRunSettings().getFirstFiscalYear();
        int[] years = new int[scenario.getRunSettings().getHorizonYears()];
        for (int y = 0; y < years.length; y++) {
            years[y] = first + y;
        }
        List<Row> rows = new ArrayList<>();
        if (seats) {
            for (Course course : scenario.getBaseline().getCourses()) {
                rows.add(new SeatsRow(scenario, course));
            }
        } else {
            for (RecruitmentChannel channel : scenario.getChannels()) {
                rows.add(new HiresRow(channel));
            }
        }
        fill(years, rows);
    }

    /** Changes a cell as the cell editor does: by a command; false with a message if refused. */
    public boolean set(Row row, int fiscalYear, String text) {
        Integer value = parse(text);
        if (value == null) {
            status.accept(NLS.bind(Messages.Plan_invalid, text));
            return false;
        }
        EditingDomain target = domain.get();
        if (target == null || value == row.value(fiscalYear)) {
            return target != null;
        }
        Command command = row.change(target, fiscalYear, value);
        if (!command.canExecute()) {
            return false;
        }
        target.getCommandStack().execute(command);
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

    private void fill(int[] years, List<Row> rows) {
        this.years = years;
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
                // what a cell holds, its unit and range, as the forms' fields say it
                column.getColumn().setToolTipText(PropertySources.tooltip(null,
                        seats ? org.jinzai.model.JinzaiPackage.Literals.COURSE_SEATS__SEATS : org.jinzai.model.JinzaiPackage.Literals.YEARLY_COUNT__COUNT));
                column.getColumn().setWidth(150);
                column.setLabelProvider(new ColumnLabelProvider() {
                    @Override
                    public String getText(Object element) {
                        return Integer.toString(((Row) element).value(fiscalYear));
                    }
                });
                column.setEditingSupport(new Cells(fiscalYear));
            }
            viewer.setInput(rows.toArray());
        } finally {
            table.setRedraw(true);
        }
    }

    /** A fiscal year's cells: a text editor that refuses what is not a whole number of 0 or more. */
    private final class Cells extends EditingSupport {
        private final int fiscalYear;

        Cells(int fiscalYear) {
            super(viewer);
            this.fiscalYear = fiscalYear;
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            TextCellEditor editor = new TextCellEditor(viewer.getTable());
            editor.setValidator(value -> parse(String.valueOf(value)) == null ? NLS.bind(Messages.Plan_invalid, value) : null);
            editor.addListener(new ICellEditorListener() {
                @Override
                public void applyEditorValue() {
                    status.accept(""); //$NON-NLS-1$
                }

                @Override
                public void cancelEditor() {
                    // nothing changed
                }

                @Override
                public void editorValueChanged(boolean oldValidState, boolean newValidState) {
                    status.accept(newValidState ? "" : editor.getErrorMessage()); //$NON-NLS-1$
                }
            });
            return editor;
        }

        @Override
        protected boolean canEdit(Object element) {
            return domain.get() != null;
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
}
