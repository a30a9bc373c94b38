package org.jinzai.ui.internal.run.editors;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.printing.Printer;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.Display;
import org.jfree.chart.JFreeChart;
import org.jinzai.ui.internal.Messages;

/**
 * The results on paper: the summary (every target × fiscal year, coloured as on the screen) as a table, then the
 * target charts two to a page, each page headed by the run (scenario, replications, date) and footed by the date
 * printed and its number. Drawn with SWT on a {@link Printer}, so the same pages go to a printer the user picks and —
 * through the printer that writes files — to a PDF.
 *
 * <p>
 * PDF: on Linux (GTK) the print system always has the printer 「Print to File」 (GTK's file backend, drawn with cairo);
 * asked to print to a file ending in {@code .pdf} it writes a PDF with the fonts embedded (Japanese in IPAGothic or
 * whatever the system has), without showing anything, on a virtual display too. On Windows the printer 「Microsoft Print
 * to PDF」 does the same when given a file name; where neither exists, the user prints to a PDF printer of their own
 * through the print dialog.
 */
public final class ResultsPrint {

    /** The summary as the editor shows it: headers, rows, and per cell the probability that colours it (NaN: none). */
    record Summary(String[] headers, List<String[]> rows, List<double[]> probabilities, String title, String legend) {
    }

    /** How long a PDF may take to be written by the print system before the export gives up. */
    static final int PDF_SECONDS = 120;

    private final String header;
    private final Summary summary;
    private final List<Supplier<JFreeChart>> charts;
    private final String printed;

    /**
     * @param header  the line atop every page (the run: scenario, replications, seed, date)
     * @param summary the summary table (null: none)
     * @param charts  the charts, two to a page
     * @param printed the date printed, at the foot of every page
     */
    ResultsPrint(String header, Summary summary, List<Supplier<JFreeChart>> charts, String printed) {
        this.header = header;
        this.summary = summary;
        this.charts = charts;
        this.printed = printed;
    }

    /**
     * A cell on paper: a fiscal year's on two lines where it has a parenthesis after its value (「0.0／目標3.0」「（達成 0%）」,
     * 「2026年度」「（令和8年度）」), so that a fiscal year's column is half as wide and the table's text need not shrink to fit
     * the page.
     */
    static String[] lines(String cell, int column) {
        if (column == 0) {
            // a target's name, whole
            return new String[] { cell };
        }
        int at = Math.max(cell.lastIndexOf('（'), cell.lastIndexOf(" (")); //$NON-NLS-1$
        return at > 0 ? new String[] { cell.substring(0, at).strip(), cell.substring(at).strip() } : new String[] { cell };
    }

    /** The printer that writes PDF files without asking (GTK's 「Print to File」, Windows' 「Microsoft Print to PDF」), or null. */
    static PrinterData pdfPrinter() {
        for (PrinterData data : Printer.getPrinterList()) {
            if ("GtkPrintBackendFile".equals(data.driver) || "Microsoft Print to PDF".equals(data.name)) { //$NON-NLS-1$ //$NON-NLS-2$
                return data;
            }
        }
        return null;
    }

    /**
     * The pages as a PDF: printed to a temporary file by the print system (which writes it while the event loop runs,
     * so this waits, dispatching events, until the file is whole), then read; the caller puts it in place atomically.
     *
     * @throws IOException when there is no PDF printer or the PDF is not finished in time
     */
    byte[] pdf(Display display, String jobName) throws IOException {
        PrinterData data = pdfPrinter();
        if (data == null) {
            throw new IOException(Messages.Print_noPdfPrinter);
        }
        Path temporary = Files.createTempFile("jinzai-print-", ".pdf"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            data.printToFile = true;
            data.fileName = temporary.toString();
            Printer printer = new Printer(data);
            try {
                print(printer, jobName);
            } finally {
                printer.dispose();
            }
            return awaitPdf(display, temporary);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The bytes of a PDF the print system is writing, once it ends with its end-of-file marker. */
    private static byte[] awaitPdf(Display display, Path file) throws IOException {
        long end = System.currentTimeMillis() + PDF_SECONDS * 1000L;
        while (true) {
            byte[] bytes = Files.readAllBytes(file);
            if (isWholePdf(bytes)) {
                return bytes;
            }
            if (System.currentTimeMillis() > end) {
                throw new IOException(NLS.bind(Messages.Print_pdfUnfinished, PDF_SECONDS));
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> {
                });
                display.sleep();
            }
        }
    }

    static boolean isWholePdf(byte[] bytes) {
        if (bytes.length < 16 || bytes[0] != '%' || bytes[1] != 'P' || bytes[2] != 'D' || bytes[3] != 'F') {
            return false;
        }
        String tail = new String(bytes, Math.max(0, bytes.length - 16), Math.min(16, bytes.length), StandardCharsets.ISO_8859_1);
        return tail.strip().endsWith("%%EOF"); //$NON-NLS-1$
    }

    /**
     * Prints the pages on a printer (a job of the given name).
     *
     * @return the number of pages
     */
    int print(Printer printer, String jobName) {
        if (!printer.startJob(jobName)) {
            throw new IllegalStateException(NLS.bind(Messages.Print_refused, jobName));
        }
        List<Font> fonts = new ArrayList<>();
        GC gc = null;
        boolean printed = false;
        try {
            if (!printer.startPage()) {
                throw new IllegalStateException(NLS.bind(Messages.Print_refused, jobName));
            }
            gc = new GC(printer);
            Page page = new Page(printer, gc, fonts);
            List<List<Integer>> summaryPages = summary == null ? List.of() : page.summaryPages();
            int chartPages = (charts.size() + 1) / 2;
            int pages = Math.max(1, summaryPages.size() + chartPages);
            int number = 0;
            for (int k = 0; k < summaryPages.size(); k++) {
                if (number > 0) {
                    printer.startPage();
                }
                page.frame(++number, pages);
                page.summary(summaryPages.get(k), k == 0);
                printer.endPage();
            }
            for (int k = 0; k < chartPages; k++) {
                if (number > 0) {
                    printer.startPage();
                }
                page.frame(++number, pages);
                page.charts(charts.subList(2 * k, Math.min(charts.size(), 2 * k + 2)));
                printer.endPage();
            }
            if (number == 0) {
                page.frame(++number, pages);
                printer.endPage();
            }
            printed = true;
            return pages;
        } finally {
            if (gc != null) {
                gc.dispose();
            }
            // a job that failed half-way is not sent to the printer
            if (printed) {
                printer.endJob();
            } else {
                printer.cancelJob();
            }
            fonts.forEach(Font::dispose);
        }
    }

    /** The geometry and fonts of a page on a printer, and what is drawn on it. */
    private final class Page {
        private final GC gc;
        private final Point dpi;
        private final int left;
        private final int right;
        private final int top;
        private final int bottom;
        private final Font small;
        private final Font bold;
        private final Font text;
        private Font table;
        private final int pad;
        private final List<Font> fonts;
        private final Printer printer;

        Page(Printer printer, GC gc, List<Font> fonts) {
            this.printer = printer;
            this.gc = gc;
            this.fonts = fonts;
            dpi = printer.getDPI();
            // the printable area's offset on the paper; margins of 1.5 cm from the paper's edges
            Rectangle trim = printer.computeTrim(0, 0, 0, 0);
            Rectangle paper = printer.getBounds();
            int marginX = (int) (dpi.x * 0.6);
            int marginY = (int) (dpi.y * 0.6);
            left = marginX + trim.x;
            right = paper.width - marginX + trim.x;
            top = marginY + trim.y;
            bottom = paper.height - marginY + trim.y;
            pad = Math.max(1, dpi.x / 24);
            String face = printer.getSystemFont().getFontData()[0].getName();
            small = font(face, 8, SWT.NORMAL);
            bold = font(face, 12, SWT.BOLD);
            text = font(face, 9, SWT.NORMAL);
            table = text;
        }

        private Font font(String face, double points, int style) {
            FontData data = new FontData(face, 10, style);
            data.height = (float) points;
            Font font = new Font(printer, data);
            fonts.add(font);
            return font;
        }

        /** The run atop the page, the date printed and the page number at its foot. */
        void frame(int number, int pages) {
            gc.setForeground(printer.getSystemColor(SWT.COLOR_BLACK));
            gc.setFont(small);
            gc.drawText(header, left, top, true);
            int line = top + gc.textExtent(header).y + pad;
            gc.setLineWidth(Math.max(1, dpi.x / 150));
            gc.drawLine(left, line, right, line);
            String page = NLS.bind(Messages.Print_page, number, pages);
            int foot = bottom - gc.textExtent(page).y;
            gc.drawText(NLS.bind(Messages.Print_printed, printed), left, foot, true);
            gc.drawText(page, right - gc.textExtent(page).x, foot, true);
        }

        private int contentTop() {
            gc.setFont(small);
            return top + gc.textExtent(header).y + 3 * pad;
        }

        private int contentBottom() {
            gc.setFont(small);
            return bottom - gc.textExtent("0").y - 2 * pad; //$NON-NLS-1$
        }

        /** The summary's column widths in the table font, the font made smaller until the table fits the width. */
        private int[] widths() {
            int[] widths = new int[summary.headers().length];
            for (double points = 9; points >= 4.5; points -= 0.5) {
                if (table != text) {
                    // a smaller font next
                    table.dispose();
                    fonts.remove(table);
                }
                table = points == 9 ? text : font(printer.getSystemFont().getFontData()[0].getName(), points, SWT.NORMAL);
                gc.setFont(table);
                int total = 0;
                for (int c = 0; c < widths.length; c++) {
                    widths[c] = textWidth(summary.headers()[c], c);
                    for (String[] row : summary.rows()) {
                        widths[c] = Math.max(widths[c], textWidth(row[c], c));
                    }
                    widths[c] += 2 * pad;
                    total += widths[c];
                }
                if (total <= right - left) {
                    break;
                }
            }
            return widths;
        }

        /** The width of a cell's widest line in the current font. */
        private int textWidth(String cell, int column) {
            int width = 0;
            for (String line : lines(cell, column)) {
                width = Math.max(width, gc.textExtent(line).x);
            }
            return width;
        }

        /** The height of a row: its cell of most lines. */
        private int rowHeight(String[] cells) {
            gc.setFont(table);
            int lines = 1;
            for (int c = 0; c < cells.length; c++) {
                lines = Math.max(lines, lines(cells[c], c).length);
            }
            return lines * gc.textExtent("Ag年").y + pad; //$NON-NLS-1$
        }

        /** The summary's rows page by page: as many as fit under the title and the legend, the header repeated. */
        List<List<Integer>> summaryPages() {
            widths();
            int headerHeight = rowHeight(summary.headers());
            List<List<Integer>> pages = new ArrayList<>();
            List<Integer> page = new ArrayList<>();
            int y = contentTop() + titleHeight() + legendLines().size() * lineHeight(text) + pad + headerHeight;
            for (int r = 0; r < summary.rows().size(); r++) {
                int rowHeight = rowHeight(summary.rows().get(r));
                if (y + rowHeight > contentBottom() && !page.isEmpty()) {
                    pages.add(page);
                    page = new ArrayList<>();
                    y = contentTop() + headerHeight;
                }
                page.add(r);
                y += rowHeight;
            }
            pages.add(page);
            return pages;
        }

        private int titleHeight() {
            gc.setFont(bold);
            return gc.textExtent(summary.title()).y + pad;
        }

        private int lineHeight(Font font) {
            gc.setFont(font);
            return gc.textExtent("Ag年").y; //$NON-NLS-1$
        }

        /** The legend broken into lines that fit the width (at any character: Japanese has no spaces). */
        private List<String> legendLines() {
            gc.setFont(text);
            List<String> lines = new ArrayList<>();
            String rest = summary.legend() == null ? "" : summary.legend(); //$NON-NLS-1$
            while (!rest.isEmpty()) {
                int end = rest.length();
                while (end > 1 && gc.textExtent(rest.substring(0, end)).x > right - left) {
                    end--;
                }
                // break after a space where there is one near the end, so English words stay whole
                int space = rest.lastIndexOf(' ', end - 1);
                if (end < rest.length() && space > end * 2 / 3) {
                    end = space + 1;
                }
                lines.add(rest.substring(0, end).strip());
                rest = rest.substring(end);
            }
            return lines;
        }

        /** A page of the summary: the title and legend on the first, then the header and the rows given. */
        void summary(List<Integer> rows, boolean first) {
            int y = contentTop();
            if (first) {
                gc.setFont(bold);
                gc.drawText(summary.title(), left, y, true);
                y += titleHeight();
                gc.setFont(text);
                for (String line : legendLines()) {
                    gc.drawText(line, left, y, true);
                    y += lineHeight(text);
                }
                y += pad;
            }
            int[] widths = widths();
            y = row(summary.headers(), null, widths, y, rowHeight(summary.headers()), new RGB(0xEE, 0xEE, 0xEE));
            for (int r : rows) {
                y = row(summary.rows().get(r), summary.probabilities().get(r), widths, y, rowHeight(summary.rows().get(r)), null);
            }
        }

        private int row(String[] cells, double[] probabilities, int[] widths, int y, int height, RGB background) {
            gc.setFont(table);
            int x = left;
            for (int c = 0; c < cells.length; c++) {
                RGB rgb = probabilities != null ? Shades.probabilityRgb(probabilities[c]) : background;
                if (rgb != null) {
                    Color color = new Color(rgb);
                    gc.setBackground(color);
                    gc.fillRectangle(x, y, widths[c], height);
                    color.dispose();
                }
                gc.drawRectangle(x, y, widths[c], height);
                int lineY = y + pad / 2;
                for (String line : lines(cells[c], c)) {
                    // the target's name to the left, the numbers to the right, as on the screen
                    int textX = c == 0 ? x + pad : x + widths[c] - pad - gc.textExtent(line).x;
                    gc.drawText(line, textX, lineY, true);
                    lineY += gc.textExtent(line).y;
                }
                x += widths[c];
            }
            return y + height;
        }

        /** Up to two charts, one under the other, as wide as the page and drawn at the printer's resolution. */
        void charts(List<Supplier<JFreeChart>> two) {
            int y = contentTop();
            int width = right - left;
            int slot = (contentBottom() - y - 2 * pad) / 2;
            int height = Math.min(slot, (int) (width * 0.62));
            for (Supplier<JFreeChart> chart : two) {
                draw(chart.get(), left, y, width, height);
                y += slot + 2 * pad;
            }
        }

        private void draw(JFreeChart chart, int x, int y, int width, int height) {
            // laid out in points as on paper, drawn finer: sharp on paper, texts in proportion (3× is ~220 dpi on A4)
            int widthPt = Math.max(100, width * 72 / dpi.x);
            int heightPt = Math.max(60, height * 72 / dpi.y);
            int scale = Math.max(1, Math.min(3, (int) Math.round(dpi.x / 72.0)));
            ImageData data = ChartCanvas.imageData(chart, widthPt, heightPt, scale);
            Image image = new Image(printer, data);
            try {
                gc.drawImage(image, 0, 0, data.width, data.height, x, y, width, height);
            } finally {
                image.dispose();
            }
        }
    }
}
