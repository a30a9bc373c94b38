package org.jinzai.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Map;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The Word machinery the reports share: an A4 page with 25 mm margins, the styles (Heading 1/2 and Table Grid, a
 * Japanese face), headings, paragraphs, tables whose rows never split and whose columns fit their content once the
 * document is complete ({@link #finish}), and charts as pictures.
 */
final class WordPages {

    /** Chart size in the document (points) and in pixels. */
    private static final int CHART_WIDTH_PT = 430;
    private static final int CHART_HEIGHT_PT = 215;
    private static final int CHART_SCALE = 2;
    /** Tables span the text width of an A4 page with 25 mm margins (16 cm). */
    private static final int TABLE_WIDTH_TWIPS = 9070;

    private final XWPFDocument doc;
    private final Texts texts;
    /** Every table, with how many of its first columns hold text. */
    private final Map<XWPFTable, Integer> textColumns = new java.util.LinkedHashMap<>();
    /** The style ids of Heading 1, Heading 2 and Table Grid (a Japanese Word names them 1, 2, a3...). */
    private String heading1 = "Heading1"; //$NON-NLS-1$
    private String heading2 = "Heading2"; //$NON-NLS-1$
    private String tableGrid = "TableGrid"; //$NON-NLS-1$
    /** The width of the text on the page (twips): tables span it, charts fit in it. */
    private int textWidth = TABLE_WIDTH_TWIPS;
    /** Where new paragraphs and tables go: before this element of the body, or at its end (null). */
    private org.apache.xmlbeans.XmlObject before;

    private WordPages(XWPFDocument doc, Texts texts) {
        this.doc = doc;
        this.texts = texts;
    }

    /** A new document: A4, 25 mm margins, our styles. */
    static WordPages blank(XWPFDocument doc, Texts texts) {
        WordPages word = new WordPages(doc, texts);
        word.page();
        word.styles();
        return word;
    }

    /**
     * Writing into a template: its page and styles stay; its own Heading 1/2 and Table Grid are used (found by name),
     * ours added only where it has none; tables span its text width.
     */
    static WordPages within(XWPFDocument doc, Texts texts) {
        WordPages word = new WordPages(doc, texts);
        XWPFStyles styles = doc.getStyles() != null ? doc.getStyles() : doc.createStyles();
        word.heading1 = word.style(styles, "heading 1", () -> word.heading("Heading1", "heading 1", 0, 28)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        word.heading2 = word.style(styles, "heading 2", () -> word.heading("Heading2", "heading 2", 1, 24)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        word.tableGrid = word.style(styles, "Table Grid", WordPages::tableGrid); //$NON-NLS-1$
        var section = doc.getDocument().getBody().getSectPr();
        if (section != null && section.getPgSz() != null && section.getPgMar() != null) {
            try {
                int width = twips(section.getPgSz().getW()) - twips(section.getPgMar().getLeft()) - twips(section.getPgMar().getRight());
                if (width > 2000) {
                    word.textWidth = width;
                }
            } catch (RuntimeException e) {
                // a size given in another unit than twips: the A4 width serves
            }
        }
        return word;
    }

    private static int twips(Object value) {
        return value instanceof BigInteger b ? b.intValue() : Integer.parseInt(String.valueOf(value));
    }

    /** The id of the template's style of that name (case ignored), or of ours added when it has none. */
    private String style(XWPFStyles styles, String name, java.util.function.Supplier<XWPFStyle> ours) {
        for (XWPFStyle style : styles.getStyles()) {
            if (style.getName() != null && style.getName().equalsIgnoreCase(name)) {
                return style.getStyleId();
            }
        }
        XWPFStyle style = ours.get();
        styles.addStyle(style);
        return style.getStyleId();
    }

    /** New paragraphs and tables go before this element of the body (null: at its end). */
    void before(org.apache.xmlbeans.XmlObject element) {
        this.before = element;
    }

    private XWPFParagraph newParagraph() {
        if (before == null) {
            return doc.createParagraph();
        }
        try (org.apache.xmlbeans.XmlCursor cursor = before.newCursor()) {
            return doc.insertNewParagraph(cursor);
        }
    }

    private XWPFTable newTable(int columns) {
        if (before == null) {
            return doc.createTable(1, columns);
        }
        XWPFTable table;
        try (org.apache.xmlbeans.XmlCursor cursor = before.newCursor()) {
            table = doc.insertNewTbl(cursor);
        }
        XWPFTableRow row = table.getRow(0) != null ? table.getRow(0) : table.createRow();
        while (row.getTableCells().size() < columns) {
            row.addNewTableCell();
        }
        return table;
    }

    /** Keeps a paragraph on the page of the next one (POI needs the paragraph's properties to exist first). */
    static void keepNext(XWPFParagraph paragraph) {
        if (paragraph.getCTP().getPPr() == null) {
            paragraph.getCTP().addNewPPr();
        }
        paragraph.setKeepNext(true);
    }

    /** Fits the columns of every table to their content; called once the document is complete. */
    void finish() {
        textColumns.keySet().forEach(this::fitColumns);
    }

    /** A4 portrait with 25 mm margins, as municipal documents are. */
    void page() {
        var section = doc.getDocument().getBody().addNewSectPr();
        var size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        var margins = section.addNewPgMar();
        BigInteger margin = BigInteger.valueOf(1418);
        margins.setTop(margin);
        margins.setBottom(margin);
        margins.setLeft(margin);
        margins.setRight(margin);
    }

    // styles -------------------------------------------------------------------------------------------

    void styles() {
        XWPFStyles styles = doc.createStyles();
        // Japanese text in a Japanese face; Word and LibreOffice substitute what is installed
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setEastAsia(texts.japanese() ? "游明朝" : "Calibri"); //$NON-NLS-1$ //$NON-NLS-2$
        fonts.setAscii("Century"); //$NON-NLS-1$
        fonts.setHAnsi("Century"); //$NON-NLS-1$
        styles.setDefaultFonts(fonts);
        styles.addStyle(heading("Heading1", "heading 1", 0, 28)); //$NON-NLS-1$ //$NON-NLS-2$
        styles.addStyle(heading("Heading2", "heading 2", 1, 24)); //$NON-NLS-1$ //$NON-NLS-2$
        styles.addStyle(tableGrid());
    }

    private XWPFStyle heading(String id, String name, int level, int halfPoints) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewBasedOn().setVal("Normal"); //$NON-NLS-1$
        style.addNewNext().setVal("Normal"); //$NON-NLS-1$
        style.addNewUiPriority().setVal(BigInteger.valueOf(9));
        style.addNewQFormat();
        CTPPrGeneral paragraph = style.addNewPPr();
        paragraph.addNewKeepNext();
        paragraph.addNewSpacing().setBefore(BigInteger.valueOf(240));
        paragraph.getSpacing().setAfter(BigInteger.valueOf(120));
        paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(level));
        CTRPr run = style.addNewRPr();
        run.addNewB();
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        CTFonts fonts = run.addNewRFonts();
        fonts.setEastAsia(texts.japanese() ? "游ゴシック" : "Calibri"); //$NON-NLS-1$ //$NON-NLS-2$
        return new XWPFStyle(style);
    }

    /**
     * The "Table Grid" style, so that the tables take the planner's own Table Grid when pasted. Its borders are
     * also set on each table ({@link #table}): the compact schema that POI ships has no table properties in styles.
     */
    private static XWPFStyle tableGrid() {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId("TableGrid"); //$NON-NLS-1$
        style.setType(STStyleType.TABLE);
        style.addNewName().setVal("Table Grid"); //$NON-NLS-1$
        style.addNewUiPriority().setVal(BigInteger.valueOf(39));
        return new XWPFStyle(style);
    }

    // content ------------------------------------------------------------------------------------------

    void heading(int level, String text) {
        XWPFParagraph paragraph = newParagraph();
        paragraph.setStyle(level == 1 ? heading1 : heading2);
        paragraph.createRun().setText(text);
    }

    XWPFParagraph paragraph(String text) {
        XWPFParagraph paragraph = newParagraph();
        paragraph.createRun().setText(text);
        return paragraph;
    }

    /**
     * A table with a header row that repeats on every page; its first {@code textColumns} columns hold text (left
     * aligned, may wrap), the others numbers (right aligned). Its column widths are set by {@link #finish}.
     */
    XWPFTable table(int textColumns, String... headers) {
        XWPFTable table = newTable(headers.length);
        table.setStyleID(tableGrid);
        table.setWidth(Integer.toString(textWidth));
        table.setTopBorder(XWPFBorderType.SINGLE, 4, 0, "auto"); //$NON-NLS-1$
        table.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, "auto"); //$NON-NLS-1$
        table.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, "auto"); //$NON-NLS-1$
        table.setRightBorder(XWPFBorderType.SINGLE, 4, 0, "auto"); //$NON-NLS-1$
        table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, "auto"); //$NON-NLS-1$
        table.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, "auto"); //$NON-NLS-1$
        XWPFTableRow row = table.getRow(0);
        row.setRepeatHeader(true);
        row.setCantSplitRow(true);
        // a grid column per column: Word and LibreOffice follow the grid's and the cells' widths
        var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int c = 0; c < headers.length; c++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(textWidth / headers.length));
            cell(row, c, headers[c], true, false);
        }
        this.textColumns.put(table, textColumns);
        return table;
    }

    static void cell(XWPFTableRow row, int column, String text, boolean bold, boolean number) {
        XWPFParagraph paragraph = row.getCell(column).getParagraphs().get(0);
        // lines of a cell as line breaks (Word shows a bare line feed as nothing)
        XWPFRun previous = null;
        for (String line : text.split("\n", -1)) { //$NON-NLS-1$
            if (previous != null) {
                previous.addBreak();
            }
            XWPFRun run = paragraph.createRun();
            run.setText(line);
            run.setBold(bold);
            // 9 pt in tables: about 110 twips a half-width character, what fitColumns counts with
            run.setFontSize(9);
            previous = run;
        }
        if (number) {
            paragraph.setAlignment(ParagraphAlignment.RIGHT);
        }
    }

    /**
     * Column widths from the content, once the table is complete: each column as wide as its widest cell (a header up to
     * {@value #HEADER_UNITS} half-width units, so that short headers such as Step1未満 never break inside a word; a name
     * column up to {@value #TEXT_UNITS}), widened in proportion when there is room; when there is not, the name columns
     * give way. Short tables are kept on one page.
     */
    void fitColumns(XWPFTable table) {
        int columns = table.getRow(0).getTableCells().size();
        int texts = Math.min(textColumns.get(table), columns);
        int[] base = new int[columns];
        int[] least = new int[columns];
        // the least when even that does not fit: a number whole, a header down to a few characters a line
        int[] tight = new int[columns];
        for (int r = 0; r < table.getNumberOfRows(); r++) {
            XWPFTableRow row = table.getRow(r);
            for (int c = 0; c < columns && c < row.getTableCells().size(); c++) {
                String text = row.getCell(c).getText();
                int units = units(text);
                int cap = r == 0 ? HEADER_UNITS : c < texts ? TEXT_UNITS : Integer.MAX_VALUE;
                // the cell's margins take about three units
                base[c] = Math.max(base[c], (Math.min(units, cap) + 3) * TWIPS_PER_UNIT);
                // what must fit on a line: a number whole, a header's longest word, a few characters of a name
                int word = r == 0 ? java.util.Arrays.stream(text.split(" ")).mapToInt(WordPages::units).max().orElse(0)
                        : c < texts ? 4 : units;
                least[c] = Math.max(least[c], (word + 3) * TWIPS_PER_UNIT);
                tight[c] = Math.max(tight[c], (Math.min(word, r == 0 ? TIGHT_HEADER_UNITS : word) + 3) * TWIPS_PER_UNIT);
            }
        }
        for (int c = 0; c < columns; c++) {
            // a word longer than a header may be wide (capped above) wraps: the least is never more than the wish
            least[c] = Math.min(least[c], base[c]);
        }
        int total = java.util.Arrays.stream(base).sum();
        int leastTotal = java.util.Arrays.stream(least).sum();
        int numbersLeast = java.util.Arrays.stream(tight, texts, columns).sum();
        int textBase = java.util.Arrays.stream(base, 0, texts).sum();
        int[] twips = new int[columns];
        for (int c = 0; c < columns; c++) {
            if (total <= textWidth) {
                // room to spare: every column widened in proportion
                twips[c] = (int) ((long) textWidth * base[c] / total);
            } else if (leastTotal <= textWidth) {
                // what must fit on a line first, the rest shared by what each column would like more
                twips[c] = least[c] + (int) ((long) (textWidth - leastTotal) * (base[c] - least[c]) / Math.max(1, total - leastTotal));
            } else if (numbersLeast <= textWidth - texts * MIN_TEXT_TWIPS) {
                // even that does not fit: the numbers and headers keep what must fit, the names share the rest
                twips[c] = c >= texts ? tight[c] : (int) ((long) (textWidth - numbersLeast) * base[c] / Math.max(1, textBase));
            } else {
                twips[c] = (int) ((long) textWidth * base[c] / total);
            }
        }
        var grid = table.getCTTbl().getTblGrid();
        for (int c = 0; c < columns; c++) {
            grid.getGridColArray(c).setW(BigInteger.valueOf(twips[c]));
        }
        int rows = table.getNumberOfRows();
        for (int r = 0; r < rows; r++) {
            XWPFTableRow row = table.getRow(r);
            for (int c = 0; c < columns && c < row.getTableCells().size(); c++) {
                row.getCell(c).setWidth(Integer.toString(twips[c]));
                // a short table stays on one page: each row keeps with the next
                if (rows <= KEPT_TOGETHER && r < rows - 1) {
                    row.getCell(c).getParagraphs().forEach(WordPages::keepNext);
                }
            }
        }
    }

    /** The least a name column is given when the numbers take most of the width (about four Japanese characters). */
    private static final int MIN_TEXT_TWIPS = 900;
    /** Then a header wraps after this many half-width units (Step1未満 still on one line). */
    private static final int TIGHT_HEADER_UNITS = 9;

    /** Tables of at most this many rows are kept on one page. */
    private static final int KEPT_TOGETHER = 15;
    private static final int HEADER_UNITS = 14;
    /** A half-width character at the tables' 9 pt, with room for bold and proportional fonts (a full-width one is two). */
    private static final int TWIPS_PER_UNIT = 110;
    private static final int TEXT_UNITS = 40;

    /** The width of a text in half-width units: a full-width (Japanese) character counts two. */
    private static int units(String text) {
        int widest = 0;
        // a cell of several lines is as wide as its widest line
        for (String line : text.split("\n")) { //$NON-NLS-1$
            int units = 0;
            for (int i = 0; i < line.length(); i++) {
                char ch = line.charAt(i);
                units += ch < 0x2E80 || ch >= 0xFF61 && ch <= 0xFF9F ? 1 : 2;
            }
            widest = Math.max(widest, units);
        }
        return widest;
    }

    void row(XWPFTable table, String... cells) {
        XWPFTableRow row = table.createRow();
        // a row is never split across pages
        row.setCantSplitRow(true);
        int text = textColumns.get(table);
        for (int c = 0; c < cells.length; c++) {
            cell(row, c, cells[c], false, c >= text);
        }
    }

    void chart(org.jfree.chart.JFreeChart chart, String name) {
        try {
            byte[] png = Charts.png(chart, CHART_WIDTH_PT, CHART_HEIGHT_PT, CHART_SCALE);
            XWPFParagraph paragraph = newParagraph();
            paragraph.setAlignment(ParagraphAlignment.CENTER);
            paragraph.setSpacingBefore(120);
            paragraph.setSpacingAfter(240);
            // narrower pages (a template's margins) get a smaller picture of the same chart
            double scale = Math.min(1, textWidth / 20.0 / CHART_WIDTH_PT);
            paragraph.createRun().addPicture(new ByteArrayInputStream(png), PictureType.PNG, name + ".png", //$NON-NLS-1$
                    Units.toEMU(CHART_WIDTH_PT * scale), Units.toEMU(CHART_HEIGHT_PT * scale));
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
