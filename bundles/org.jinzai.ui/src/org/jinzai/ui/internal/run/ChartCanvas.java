package org.jinzai.ui.internal.run;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.jfree.chart.JFreeChart;
import org.jinzai.reports.Charts;

/**
 * Shows a report chart (JFreeChart, the same definitions as the Word and Excel reports) in SWT: drawn off-screen at
 * the canvas's size, again when the size changes.
 */
public final class ChartCanvas {

    private final Canvas canvas;
    private Supplier<JFreeChart> chart;
    private Image image;
    private Point size = new Point(0, 0);

    public ChartCanvas(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
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
    }

    public Canvas control() {
        return canvas;
    }

    /** Shows another chart (made when first drawn). */
    public void show(Supplier<JFreeChart> next) {
        chart = next;
        disposeImage();
        canvas.redraw();
    }

    /** The chart as last drawn, or null. */
    public Image image() {
        return image;
    }

    private void draw(int width, int height) {
        disposeImage();
        try {
            byte[] png = Charts.png(chart.get(), width, height, 1);
            ImageData[] images = new ImageLoader().load(new ByteArrayInputStream(png));
            image = new Image(canvas.getDisplay(), images[0]);
            size = new Point(width, height);
        } catch (IOException e) {
            image = null;
        }
    }

    private void disposeImage() {
        if (image != null) {
            image.dispose();
            image = null;
        }
    }
}
