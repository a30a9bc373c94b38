package org.jinzai.model.editor.internal;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.FocusCellOwnerDrawHighlighter;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.jinzai.model.provider.labels.ModelLabels;
import org.jinzai.model.util.FiscalYears;

/**
 * A list of model elements (a containment list of an owner) as a table: a column per single-valued feature, with the
 * labels and cell editors of the Properties view, so every edit is a command on the editor's domain (undo, dirty
 * mark, validation). Sortable by clicking a column, filtered by a text that any cell may contain, virtual, so a
 * roster of 10,000 staff stays fluid.
 */
public final class FeatureTable {

    private final PropertySources properties;
    private final EObject owner;
    private final EReference list;
    private final List<EStructuralFeature> columns;
    private final TableViewer viewer;
    private final Text filter;
    private final Label count;
    /** The problems of the list itself (not of a row: none yet, or too few), above the table; hidden without any. */
    private final Label listProblems;
    private List<EObject> shown = List.of();
    private int sortColumn = -1;
    private boolean descending;
    /** Cell texts of the rows shown, computed once per refresh (sorting and filtering read them). */
    private final Map<EObject, String[]> texts = new HashMap<>();

    FeatureTable(Composite parent, PropertySources properties, EObject owner, EReference list, List<EStructuralFeature> columns,
            Supplier<EditingDomain> domain, Consumer<List<EObject>> deleter) {
        this.properties = properties;
        this.owner = owner;
        this.list = list;
        this.columns = columns;
        this.domain = domain;
        this.deleter = deleter;
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(5, false));
        filter = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        filter.setMessage(Messages.Table_filter);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        count = new Label(area, SWT.NONE);
        GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).applyTo(count);
        add = button(area, Messages.Table_add, e -> addRow());
        duplicate = button(area, Messages.Table_duplicate, e -> duplicateRows());
        remove = button(area, Messages.Table_delete, e -> deleteRows());
        listProblems = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().span(5, 1).grab(true, false).hint(200, SWT.DEFAULT).exclude(true).applyTo(listProblems);
        listProblems.setVisible(false);
        viewer = new TableViewer(area, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().span(5, 1).grab(true, true).applyTo(viewer.getControl());
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new ILazyContentProvider() {
            @Override
            public void updateElement(int index) {
                if (index < shown.size()) {
                    viewer.replace(shown.get(index), index);
                }
            }

            @Override
            public void inputChanged(Viewer v, Object oldInput, Object newInput) {
                // the rows come from refresh()
            }
        });
        // a cell is edited on a double click or by F2, so that a click selects the row
        // the cell with the focus is drawn as such; arrows move it, as in a spreadsheet
        TableViewerEditor.create(viewer, new TableViewerFocusCellManager(viewer, new FocusCellOwnerDrawHighlighter(viewer)),
                new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent event) {
                return GridKeys.activates(event);
            }
        }, ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR | ColumnViewerEditor.TABBING_VERTICAL
                | ColumnViewerEditor.KEYBOARD_ACTIVATION);
        GridKeys.install(viewer, columns::size, this::editable);
        for (int c = 0; c < columns.size(); c++) {
            int column = c;
            TableViewerColumn col = new TableViewerColumn(viewer, SWT.LEFT);
            col.getColumn().setText(header(columns.get(c)));
            // the header says what the column means, its unit and what may be typed
            col.getColumn().setToolTipText(headerTooltip(columns.get(c)));
            // names and references are long, numbers short
            col.getColumn().setWidth(columns.get(c) instanceof EReference || "name".equals(columns.get(c).getName()) ? 260 //$NON-NLS-1$
                    : columns.get(c).getName().endsWith("iscalYear") ? 180 : 110); //$NON-NLS-1$
            col.getColumn().setMoveable(true);
            col.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return cells((EObject) element)[column];
                }

                @Override
                public org.eclipse.swt.graphics.Color getBackground(Object element) {
                    return problem((EObject) element, column) == null ? null : problemColor();
                }

                @Override
                public String getToolTipText(Object element) {
                    return problem((EObject) element, column);
                }
            });
            col.setEditingSupport(new Editing(column));
            col.getColumn().addListener(SWT.Selection, e -> sortBy(column));
        }
        org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.getControl().addDisposeListener(e -> {
            if (problemColor != null) {
                problemColor.dispose();
            }
        });
        viewer.setInput(owner);
        filter.addListener(SWT.Modify, e -> show());
        viewer.addSelectionChangedListener(e -> enableButtons());
        viewer.getTable().addListener(SWT.KeyDown, e -> {
            // the key is the table's: the workbench's Delete (of the tree's selection) must not run after it
            if (e.keyCode == SWT.DEL && e.stateMask == 0 && !viewer.isCellEditorActive()) {
                e.doit = false;
                deleteRows();
            } else if (e.keyCode == SWT.INSERT && e.stateMask == 0) {
                e.doit = false;
                addRow();
            } else if (e.keyCode == 'd' && e.stateMask == SWT.MOD1) {
                e.doit = false;
                duplicateRows();
            }
        });
        refresh();
        enableButtons();
    }

    private final Supplier<EditingDomain> domain;
    private final Consumer<List<EObject>> deleter;
    private final Button add;
    private final Button duplicate;
    private final Button remove;
    private Menu kindsMenu;

    private static Button button(Composite parent, String text, org.eclipse.swt.widgets.Listener action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, action);
        return button;
    }

    private void enableButtons() {
        if (add.isDisposed()) {
            return;
        }
        boolean any = !viewer.getStructuredSelection().isEmpty();
        add.setEnabled(domain.get() != null);
        duplicate.setEnabled(any && domain.get() != null);
        remove.setEnabled(any && domain.get() != null);
    }

    private boolean editable(int column) {
        return !shown.isEmpty() && properties.descriptor(shown.get(0), columns.get(column)) != null;
    }

    /** The rows selected, in the list's order. */
    private List<EObject> selectedRows() {
        List<?> all = (EList<?>) owner.eGet(list);
        List<EObject> rows = new ArrayList<>();
        for (Object element : viewer.getStructuredSelection().toList()) {
            rows.add((EObject) element);
        }
        rows.sort(Comparator.comparingInt(all::indexOf));
        return rows;
    }

    /**
     * Adds a row: a new element of the list's kind (a choice when the list holds several kinds) with an id of its own and
     * a fiscal year after the list's latest ({@link NewRows}), after the selected row (at the end when none is), as one
     * command; the new row is selected and its first cell edited.
     */
    public void addRow() {
        EditingDomain target = domain.get();
        if (target == null) {
            return;
        }
        List<CommandParameter> kinds = new ArrayList<>();
        for (Object descriptor : target.getNewChildDescriptors(owner, null)) {
            if (descriptor instanceof CommandParameter parameter && parameter.getEStructuralFeature() == list
                    && parameter.getValue() instanceof EObject) {
                kinds.add(parameter);
            }
        }
        if (kinds.size() == 1) {
            addRow(target, (EObject) kinds.get(0).getValue());
        } else if (!kinds.isEmpty()) {
            if (kindsMenu != null && !kindsMenu.isDisposed()) {
                // one menu of kinds at a time (the one shown last is done with)
                kindsMenu.dispose();
            }
            Menu menu = new Menu(add);
            kindsMenu = menu;
            for (CommandParameter kind : kinds) {
                MenuItem item = new MenuItem(menu, SWT.PUSH);
                item.setText(CommandLabels.kind(kind, CreateChildCommand.create(target, owner, kind, List.of(owner))));
                item.addListener(SWT.Selection, e -> addRow(target, (EObject) kind.getValue()));
            }
            menu.setVisible(true);
        }
    }

    /** Adds an element of a kind (for tests: the kinds a list holds). */
    public void addRow(EditingDomain target, EObject element) {
        Ids.giveFreshId(owner, element);
        NewRows.prefill(owner, list, element);
        List<EObject> selected = selectedRows();
        EList<?> all = (EList<?>) owner.eGet(list);
        int index = selected.isEmpty() ? all.size() : all.indexOf(selected.get(selected.size() - 1)) + 1;
        execute(target, AddCommand.create(target, owner, list, element, index), List.of(element));
    }

    /** Duplicates the selected rows (each with an id of its own and 「（コピー）」 after its name) below the last, as one command. */
    public void duplicateRows() {
        EditingDomain target = domain.get();
        List<EObject> selected = selectedRows();
        if (target == null || selected.isEmpty()) {
            return;
        }
        List<EObject> copies = new ArrayList<>(EcoreUtil.copyAll(selected));
        for (EObject copy : copies) {
            Ids.giveFreshId(owner, copy);
            EStructuralFeature named = copy.eClass().getEStructuralFeature("name"); //$NON-NLS-1$
            if (named instanceof EAttribute attribute && copy.eGet(attribute) instanceof String text && !text.isBlank()) {
                copy.eSet(attribute, NLS.bind(Messages.Table_copyName, text));
            }
        }
        EList<?> all = (EList<?>) owner.eGet(list);
        int index = all.indexOf(selected.get(selected.size() - 1)) + 1;
        execute(target, AddCommand.create(target, owner, list, copies, index), copies);
    }

    /** Deletes the selected rows through the editor (which asks first when other files use them). */
    public void deleteRows() {
        List<EObject> selected = selectedRows();
        if (!selected.isEmpty() && domain.get() != null) {
            deleter.accept(selected);
        }
    }

    private void execute(EditingDomain target, Command command, List<EObject> added) {
        if (!command.canExecute()) {
            return;
        }
        target.getCommandStack().execute(command);
        // the command stack's listener refreshes the pages later; the new rows are shown and selected now
        filter.setText(""); //$NON-NLS-1$
        refresh();
        viewer.setSelection(new StructuredSelection(added), true);
        enableButtons();
    }

    public TableViewer viewer() {
        return viewer;
    }

    /** The list shown (a containment of the owner). */
    public EReference list() {
        return list;
    }

    /** The text typed into the filter. */
    public void filter(String text) {
        filter.setText(text);
    }

    /** Validation problems by element and feature (a problem of a feature not shown goes to the first column). */
    private final Map<EObject, Map<EStructuralFeature, String>> problems = new HashMap<>();
    private org.eclipse.swt.graphics.Color problemColor;

    private org.eclipse.swt.graphics.Color problemColor() {
        if (problemColor == null) {
            problemColor = new org.eclipse.swt.graphics.Color(0xFF, 0xD6, 0xD6);
        }
        return problemColor;
    }

    /** The problem of a cell, or null. */
    public String problem(EObject element, int column) {
        Map<EStructuralFeature, String> of = problems.get(element);
        if (of == null) {
            return null;
        }
        String own = of.get(columns.get(column));
        if (own == null && column == 0) {
            // problems of features that have no column are told on the row's first cell
            List<String> others = new ArrayList<>();
            of.forEach((feature, message) -> {
                if (!columns.contains(feature)) {
                    others.add(message);
                }
            });
            return others.isEmpty() ? null : String.join("\n", others); //$NON-NLS-1$
        }
        return own;
    }

    /** Marks the cells of the validation problems of the elements listed (red, with the message as tooltip). */
    public void showProblems(org.eclipse.emf.common.util.Diagnostic validation) {
        problems.clear();
        java.util.Set<Object> listed = new java.util.HashSet<>((EList<?>) owner.eGet(list));
        for (org.eclipse.emf.common.util.Diagnostic child : validation.getChildren()) {
            List<?> data = child.getData();
            if (child.getSeverity() >= org.eclipse.emf.common.util.Diagnostic.WARNING && !data.isEmpty() && listed.contains(data.get(0))) {
                EStructuralFeature feature = data.size() > 1 && data.get(1) instanceof EStructuralFeature f ? f : null;
                problems.computeIfAbsent((EObject) data.get(0), e -> new HashMap<>()).merge(feature, child.getMessage(),
                        (a, b) -> a + "\n" + b); //$NON-NLS-1$
            }
        }
        showListProblems(validation);
        if (!viewer.getControl().isDisposed()) {
            viewer.refresh();
        }
    }

    /**
     * Shows the problems of the list itself (an empty list of retirement ages, say) above the table, errors before
     * warnings; in red when there is an error.
     */
    private void showListProblems(org.eclipse.emf.common.util.Diagnostic validation) {
        if (listProblems.isDisposed()) {
            return;
        }
        List<org.eclipse.emf.common.util.Diagnostic> about = new ArrayList<>();
        for (org.eclipse.emf.common.util.Diagnostic child : validation.getChildren()) {
            List<?> data = child.getData();
            if (child.getSeverity() >= org.eclipse.emf.common.util.Diagnostic.WARNING && data.size() > 1 && data.get(0) == owner
                    && data.get(1) == list) {
                about.add(child);
            }
        }
        about.sort(Comparator.comparingInt(org.eclipse.emf.common.util.Diagnostic::getSeverity).reversed());
        int worst = about.isEmpty() ? org.eclipse.emf.common.util.Diagnostic.OK : about.get(0).getSeverity();
        List<String> messages = about.stream().map(org.eclipse.emf.common.util.Diagnostic::getMessage).toList();
        boolean any = !messages.isEmpty();
        // a label reads & as the mark of a mnemonic: doubled, it is shown as it is (a name such as 研究&開発課)
        listProblems.setText(String.join("\n", messages).replace("&", "&&")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        listProblems.setForeground(worst >= org.eclipse.emf.common.util.Diagnostic.ERROR
                ? listProblems.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
        ((org.eclipse.swt.layout.GridData) listProblems.getLayoutData()).exclude = !any;
        if (listProblems.getVisible() != any || any) {
            listProblems.setVisible(any);
            listProblems.getParent().layout(true);
        }
    }

    /** The problems of the list itself shown above the table (empty: none shown). */
    public String listProblems() {
        return listProblems.getVisible() ? listProblems.getText().replace("&&", "&") : ""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** The column of a feature, or -1. */
    public int columnOf(EStructuralFeature feature) {
        return columns.indexOf(feature);
    }

    /** The features shown as columns, in their order. */
    public List<EStructuralFeature> columns() {
        return List.copyOf(columns);
    }

    /** The rows shown, in their order. */
    public List<EObject> rows() {
        return shown;
    }

    private String header(EStructuralFeature feature) {
        EList<?> elements = (EList<?>) owner.eGet(list);
        if (!elements.isEmpty()) {
            IPropertyDescriptor descriptor = properties.descriptor(elements.get(0), feature);
            if (descriptor != null) {
                return descriptor.getDisplayName();
            }
        }
        // an empty list: the feature's label in the edit bundle, as the descriptors give it
        String label = PropertySources.featureLabel(feature);
        return PropertySources.isRate(null, feature) ? NLS.bind(Messages.Rate_label, label) : label;
    }

    private String headerTooltip(EStructuralFeature feature) {
        EList<?> elements = (EList<?>) owner.eGet(list);
        if (!elements.isEmpty()) {
            IPropertyDescriptor descriptor = properties.descriptor(elements.get(0), feature);
            if (descriptor != null) {
                return descriptor.getDescription();
            }
        }
        return PropertySources.tooltip(null, feature);
    }

    private String[] cells(EObject element) {
        return texts.computeIfAbsent(element, e -> {
            String[] row = new String[columns.size()];
            for (int c = 0; c < row.length; c++) {
                EStructuralFeature feature = columns.get(c);
                if (!e.eClass().getEAllStructuralFeatures().contains(feature)) {
                    row[c] = ""; //$NON-NLS-1$
                } else if (feature instanceof EReference reference && reference.isContainment()) {
                    // an estimated rate's provenance, in words; the others are planning assumptions
                    String provenance = ModelLabels.provenance(e);
                    row[c] = provenance.isEmpty() ? Messages.Estimate_none : provenance;
                } else if (feature.getName().endsWith("iscalYear") && e.eGet(feature) instanceof Integer year) { //$NON-NLS-1$
                    // fiscal years as planners read them: 2026年度（令和8年度）; none (0) left empty
                    row[c] = year <= 0 ? "" : FiscalYears.label(year); //$NON-NLS-1$
                } else {
                    row[c] = properties.text(e, feature);
                }
            }
            return row;
        });
    }

    /** Sorts by a column (again: the other way round). */
    public void sortBy(int column) {
        descending = column == sortColumn && !descending;
        sortColumn = column;
        TableColumn header = viewer.getTable().getColumn(column);
        viewer.getTable().setSortColumn(header);
        viewer.getTable().setSortDirection(descending ? SWT.DOWN : SWT.UP);
        show();
    }

    /** Re-reads the list and its texts (after any command), then filters and sorts. */
    public void refresh() {
        texts.clear();
        show();
    }

    /** Filters and sorts the rows (the texts read before are kept: the model did not change). */
    private void show() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        String wanted = filter.getText().strip().toLowerCase(Locale.ROOT);
        List<EObject> rows = new ArrayList<>();
        for (Object element : (EList<?>) owner.eGet(list)) {
            EObject row = (EObject) element;
            if (wanted.isEmpty() || matches(cells(row), wanted)) {
                rows.add(row);
            }
        }
        if (sortColumn >= 0) {
            Collator collator = Collator.getInstance();
            Comparator<EObject> order = (a, b) -> compare(cells(a)[sortColumn], cells(b)[sortColumn], collator);
            rows.sort(descending ? order.reversed() : order);
        }
        shown = rows;
        int total = ((EList<?>) owner.eGet(list)).size();
        count.setText(NLS.bind(Messages.Table_count, rows.size(), total));
        viewer.getTable().setRedraw(false);
        try {
            viewer.setItemCount(rows.size());
            viewer.refresh();
        } finally {
            viewer.getTable().setRedraw(true);
        }
    }

    private static boolean matches(String[] cells, String wanted) {
        for (String cell : cells) {
            if (cell.toLowerCase(Locale.ROOT).contains(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** Numbers (and fiscal years) as numbers, the rest in the order of the locale. */
    private static int compare(String a, String b, Collator collator) {
        try {
            return Double.compare(Double.parseDouble(leadingNumber(a)), Double.parseDouble(leadingNumber(b)));
        } catch (NumberFormatException e) {
            return collator.compare(a, b);
        }
    }

    /** "2026年度（令和8年度）" → "2026", "5%" → "5"; a number as it is. */
    private static String leadingNumber(String text) {
        int end = 0;
        while (end < text.length() && (Character.isDigit(text.charAt(end)) || text.charAt(end) == '.' || text.charAt(end) == '-')) {
            end++;
        }
        // fiscal years ("2026年度…") and percentages ("5%", "12.5%") by their number
        return end > 0 && end < text.length() && (text.charAt(end) == '年' || text.charAt(end) == '%') ? text.substring(0, end) : text;
    }

    /** Editing through the Properties view's descriptor: its cell editor, and a command to set the value. */
    private final class Editing extends EditingSupport {
        private final int column;

        Editing(int column) {
            super(viewer);
            this.column = column;
        }

        private IPropertyDescriptor descriptor(Object element) {
            return properties.descriptor(element, columns.get(column));
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            IPropertyDescriptor descriptor = descriptor(element);
            return descriptor == null ? null : descriptor.createPropertyEditor(viewer.getTable());
        }

        @Override
        protected boolean canEdit(Object element) {
            return descriptor(element) != null;
        }

        @Override
        protected Object getValue(Object element) {
            IPropertySource source = properties.getPropertySource(element);
            return source.getPropertyValue(descriptor(element).getId());
        }

        @Override
        protected void setValue(Object element, Object value) {
            IPropertySource source = properties.getPropertySource(element);
            Object id = descriptor(element).getId();
            Object before = source.getPropertyValue(id);
            if (value != null && !value.equals(before) && !String.valueOf(value).equals(properties.text(element, columns.get(column)))) {
                source.setPropertyValue(id, value);
            }
        }
    }
}
