package org.jinzai.ui.internal.run.editors;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.ImageTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.jfree.chart.JFreeChart;
import org.jinzai.reports.Charts;
import org.jinzai.ui.internal.Messages;

/**
 * Shows a report chart (JFreeChart, the same definitions as the Word and Excel reports) in SWT: drawn off-screen at
 * the canvas's size, again when the size changes. Under it, and in its context menu, the chart leaves the screen:
 * copied as an image (for a slide or a mail), saved as PNG or SVG — at the size it has on the screen, so that what is
 * saved is what was seen.
 */
public final class ChartCanvas {

    /** The size a chart is copied or saved at when it has not been shown yet (in points). */
    private static final Point UNSHOWN = new Point(800, 500);

    private final Composite root;
    private final Canvas canvas;
    private final java.util.List<Button> buttons = new java.util.ArrayList<>();
    /** The row of the buttons under the chart, until they are placed in a row of the host's. */
    private Composite ownRow;
    private final String[] labels = { Messages.Chart_copyImage, Messages.Chart_savePng, Messages.Chart_saveSvg };
    private final Runnable[] actions = { this::copyImage, () -> saveAs(ChartFiles.Format.PNG), () -> saveAs(ChartFiles.Format.SVG) };
    private Supplier<JFreeChart> chart;
    private Image image;
    private Point size = new Point(0, 0);

    public ChartCanvas(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(root);
        canvas = new Canvas(root, SWT.DOUBLE_BUFFERED);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(canvas);
        canvas.addPaintListener(e -> {
            Rectangle area = canvas.getClientArea();
            if (chart != null && area.width > 20 && area.height > 20) {
                if (image == null || size.x != area.width || size.y != area.height) {
                    draw(area.width, area.height);
                }
                if (image != null) {
                    e.gc.drawImage(image, 0, 0);
                }
            }
        });
        canvas.addDisposeListener(e -> disposeImage());

        ownRow = new Composite(root, SWT.NONE);
        GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(ownRow);
        GridLayoutFactory.fillDefaults().numColumns(labels.length).applyTo(ownRow);
        makeButtons(ownRow);
        Menu menu = new Menu(canvas);
        for (int k = 0; k < labels.length; k++) {
            Runnable action = actions[k];
            MenuItem item = new MenuItem(menu, SWT.PUSH);
            item.setText(labels[k]);
            item.addListener(SWT.Selection, e -> action.run());
        }
        menu.addListener(SWT.Show, e -> {
            for (MenuItem item : menu.getItems()) {
                item.setEnabled(chart != null);
            }
        });
        canvas.setMenu(menu);
    }

    private void makeButtons(Composite row) {
        for (int k = 0; k < labels.length; k++) {
            Runnable action = actions[k];
            Button button = new Button(row, SWT.PUSH);
            button.setText(labels[k]);
            button.addListener(SWT.Selection, e -> action.run());
            buttons.add(button);
        }
        enableButtons();
    }

    /**
     * Puts the buttons in a row of the host's (beside its own buttons), instead of under the chart, where they take the
     * chart's height.
     */
    public void placeButtonsIn(Composite row) {
        buttons.forEach(Button::dispose);
        buttons.clear();
        if (ownRow != null) {
            ownRow.dispose();
            ownRow = null;
            root.layout(true, true);
        }
        makeButtons(row);
    }

    /** The chart with its buttons (the control to lay out). */
    public Composite control() {
        return root;
    }

    /** Shows another chart (made when first drawn); null: none, the buttons disabled. */
    public void show(Supplier<JFreeChart> next) {
        chart = next;
        disposeImage();
        enableButtons();
        canvas.redraw();
    }

    /** Whether a chart is shown (and the buttons that copy and save it are enabled). */
    public boolean hasChart() {
        return chart != null && buttons.stream().allMatch(Button::isEnabled);
    }

    /** The chart as last drawn, or null. */
    public Image image() {
        return image;
    }

    /** The size the chart is copied and saved at (in points): as on the screen. */
    public Point outputSize() {
        Rectangle area = canvas.getClientArea();
        return area.width > 20 && area.height > 20 ? new Point(area.width, area.height) : new Point(UNSHOWN.x, UNSHOWN.y);
    }

    /** Puts the chart on the clipboard as an image, at its size on the screen. */
    public void copyImage() {
        if (chart == null) {
            return;
        }
        BusyIndicator.showWhile(canvas.getDisplay(), () -> {
            Point at = outputSize();
            ImageData data = imageData(chart.get(), at.x, at.y, 1);
            Clipboard clipboard = new Clipboard(canvas.getDisplay());
            try {
                clipboard.setContents(new Object[] { data }, new Transfer[] { ImageTransfer.getInstance() });
            } finally {
                clipboard.dispose();
            }
        });
    }

    /** Asks where to save the chart (named after its title), then saves it there; tells when it cannot. */
    public void saveAs(ChartFiles.Format format) {
        if (chart == null) {
            return;
        }
        JFreeChart shown = chart.get();
        Path file = ChartFiles.askWhere(canvas.getShell(), format, shown.getTitle() == null ? null : shown.getTitle().getText());
        if (file != null) {
            save(file, format);
        }
    }

    /**
     * Saves the chart as it is on the screen into a file (atomically: a file that was there is replaced whole or not at
     * all); tells in a dialog when it cannot.
     *
     * @return whether it was saved
     */
    public boolean save(Path file, ChartFiles.Format format) {
        if (chart == null) {
            return false;
        }
        Point at = outputSize();
        JFreeChart shown = chart.get();
        boolean[] saved = { false };
        BusyIndicator.showWhile(canvas.getDisplay(), () -> saved[0] = ChartFiles.saveAtomically(canvas.getShell(), file,
                () -> format == ChartFiles.Format.PNG ? Charts.png(shown, at.x, at.y, 2) : Charts.svg(shown, at.x, at.y)));
        return saved[0];
    }

    private void enableButtons() {
        for (Button button : buttons) {
            button.setEnabled(chart != null);
        }
    }

    private void draw(int width, int height) {
        disposeImage();
        image = new Image(canvas.getDisplay(), imageData(chart.get(), width, height, 1));
        size = new Point(width, height);
    }

    /**
     * A chart as SWT image data, laid out at a size (points) and drawn {@code scale} times finer (the screen, the
     * clipboard and the printer use this one conversion).
     */
    static ImageData imageData(org.jfree.chart.JFreeChart chart, int width, int height, int scale) {
        try {
            return new ImageLoader().load(new ByteArrayInputStream(Charts.png(chart, width, height, scale)))[0];
        } catch (IOException e) {
            // from bytes in memory: cannot happen
            throw new IllegalStateException(e);
        }
    }

    private void disposeImage() {
        if (image != null) {
            image.dispose();
            image = null;
        }
    }
}
