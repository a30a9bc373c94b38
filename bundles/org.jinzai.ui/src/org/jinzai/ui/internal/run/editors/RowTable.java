package org.jinzai.ui.internal.run.editors;

import java.util.List;
import java.util.function.BiFunction;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/** A table of rows of cell texts (the numbers behind a chart, a summary), filled the same way in every editor. */
public final class RowTable {

    private RowTable() {
    }

    /**
     * Puts rows of cell texts into a table under the headers, the first column {@code firstWidth} wide and the others
     * {@code width}, each cell on the background given (null: none), with a tooltip on the cells after the first.
     */
    static void show(TableViewer viewer, String[] headers, List<String[]> rows, int firstWidth, int width,
            BiFunction<String[], Integer, Color> background, String tip) {
        var table = viewer.getTable();
        while (table.getColumnCount() > 0) {
            table.getColumn(0).dispose();
        }
        for (int c = 0; c < headers.length; c++) {
            int column = c;
            TableViewerColumn col = new TableViewerColumn(viewer, c == 0 ? SWT.LEFT : SWT.RIGHT);
            col.getColumn().setText(headers[c]);
            col.getColumn().setWidth(c == 0 ? firstWidth : width);
            col.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return ((String[]) element)[column];
                }

                @Override
                public Color getBackground(Object element) {
                    return background == null ? null : background.apply((String[]) element, column);
                }

                @Override
                public String getToolTipText(Object element) {
                    return column == 0 ? null : tip;
                }
            });
        }
        viewer.setInput(rows.toArray());
    }

    /**
     * The row of buttons under a result editor's chart and table: Copy (the table), the chart's own buttons (copy it as
     * an image, save it as PNG or SVG), then the editor's export (none: no export).
     */
    static void buttons(org.eclipse.swt.widgets.Composite parent, TableViewer numbers, ChartCanvas chart, String export, String exportTip,
            Runnable exported) {
        org.eclipse.swt.widgets.Composite buttons = new org.eclipse.swt.widgets.Composite(parent, SWT.NONE);
        org.eclipse.jface.layout.GridDataFactory.fillDefaults().grab(true, false).applyTo(buttons);
        buttons.setLayout(new org.eclipse.swt.layout.RowLayout());
        org.eclipse.swt.widgets.Button copy = new org.eclipse.swt.widgets.Button(buttons, SWT.PUSH);
        copy.setText(org.jinzai.ui.internal.Messages.Results_copy);
        copy.addListener(SWT.Selection, e -> TableCopy.copy(numbers.getTable()));
        chart.placeButtonsIn(buttons);
        if (export != null) {
            org.eclipse.swt.widgets.Button button = new org.eclipse.swt.widgets.Button(buttons, SWT.PUSH);
            button.setText(export);
            button.setToolTipText(exportTip);
            button.addListener(SWT.Selection, e -> exported.run());
        }
    }

    /** The rows of a table filled by {@link #show}, cell by cell (for tests). */
    static List<String[]> rows(TableViewer viewer) {
        List<String[]> rows = new java.util.ArrayList<>();
        for (Object row : (Object[]) viewer.getInput()) {
            rows.add((String[]) row);
        }
        return rows;
    }

    /** The headers of a table (for tests). */
    static List<String> headers(TableViewer viewer) {
        List<String> headers = new java.util.ArrayList<>();
        for (var column : viewer.getTable().getColumns()) {
            headers.add(column.getText());
        }
        return headers;
    }

    /** Makes the columns from {@code first} on as wide as their widest cell (or header). */
    static void pack(org.eclipse.swt.widgets.Table table, int first) {
        for (int c = first; c < table.getColumnCount(); c++) {
            table.getColumn(c).pack();
        }
    }

    /** A table of rows of cell texts with headers and lines (the numbers behind a chart). */
    static TableViewer numbers(org.eclipse.swt.widgets.Composite parent) {
        TableViewer viewer = new TableViewer(parent, SWT.MULTI | SWT.BORDER | SWT.FULL_SELECTION);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(org.eclipse.jface.viewers.ArrayContentProvider.getInstance());
        return viewer;
    }

    /** The list of an editor's views on its left: one title per entry, in full as a tooltip where it is cut off. */
    static TableViewer titles(org.eclipse.swt.widgets.Composite parent, java.util.function.Function<Object, String> title) {
        TableViewer list = new TableViewer(parent, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION);
        list.setContentProvider(org.eclipse.jface.viewers.ArrayContentProvider.getInstance());
        list.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return title.apply(element);
            }

            @Override
            public String getToolTipText(Object element) {
                return title.apply(element);
            }
        });
        org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(list);
        return list;
    }
}
