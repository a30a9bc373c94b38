package org.jinzai.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.eclipse.osgi.util.NLS;
import org.jinzai.reports.PolicyTemplate.Field;
import org.jinzai.reports.PolicyTemplate.Part;
import org.jinzai.reports.PolicyTemplate.TemplateException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtPr;

/**
 * Finds the places of a template ({@link PolicyTemplate}) and fills its fields. A place is an element of the
 * document's body: a paragraph that holds only {@code {{jinzai.NAME}}}, a block content control tagged (or titled)
 * {@code jinzai.NAME}, or a paragraph with a bookmark {@code jinzai_NAME}.
 */
final class TemplatePlaces {

    /** {@code {{jinzai.NAME}}}, spaces allowed inside the braces. */
    private static final Pattern MARKER = Pattern.compile("\\{\\{\\s*jinzai[._]([A-Za-z]+)\\s*\\}\\}"); //$NON-NLS-1$
    private static final String PREFIX = "jinzai."; //$NON-NLS-1$
    private static final String BOOKMARK_PREFIX = "jinzai_"; //$NON-NLS-1$

    /**
     * A place: the generated part goes before {@code before} (an element of the body, or null for the end of the
     * body); {@code remove} is the template's element that marked it and goes (null when it stays).
     */
    record Place(Part part, XmlObject before, XmlObject remove) {
    }

    private TemplatePlaces() {
    }

    /** Every place of the document in its order; the template's names are checked on the way. */
    static List<Place> find(XWPFDocument doc, String file) throws TemplateException {
        List<Place> places = new ArrayList<>();
        int paragraph = 0;
        try (XmlCursor cursor = doc.getDocument().getBody().newCursor()) {
            for (boolean more = cursor.toFirstChild(); more; more = cursor.toNextSibling()) {
                XmlObject element = cursor.getObject();
                if (element instanceof CTP ctp) {
                    paragraph++;
                    Place place = paragraphPlace(doc, ctp, file, paragraph);
                    if (place != null) {
                        places.add(place);
                    }
                } else if (element instanceof CTSdtBlock sdt) {
                    Part part = controlPart(sdt, file);
                    if (part != null) {
                        places.add(new Place(part, sdt, sdt));
                    }
                }
            }
        }
        // fields may stand anywhere; parts only in the body's own paragraphs
        for (XWPFTable table : doc.getTables()) {
            checkTable(table, file);
        }
        for (XWPFHeaderFooter part : headersAndFooters(doc)) {
            for (XWPFParagraph p : part.getParagraphs()) {
                checkFieldsOnly(p, file, Messages.Template_inHeader);
            }
            for (XWPFTable table : part.getTables()) {
                checkTable(table, file);
            }
        }
        if (places.isEmpty()) {
            throw new TemplateException(NLS.bind(Messages.Template_noPlaces, file, PolicyTemplate.allNames()));
        }
        return places;
    }

    private static Place paragraphPlace(XWPFDocument doc, CTP ctp, String file, int number) throws TemplateException {
        XWPFParagraph paragraph = doc.getParagraph(ctp);
        String text = paragraph == null ? "" : paragraph.getText(); //$NON-NLS-1$
        Part part = null;
        Matcher m = MARKER.matcher(text);
        while (m.find()) {
            Part named = Part.named(m.group(1));
            if (named != null) {
                if (!text.strip().equals(m.group())) {
                    throw new TemplateException(NLS.bind(Messages.Template_notAlone, new Object[] { file, number, m.group(), shortly(text) }));
                }
                part = named;
            } else if (Field.named(m.group(1)) == null) {
                throw unknown(file, NLS.bind(Messages.Template_paragraph, number, shortly(text)), m.group());
            }
        }
        if (part != null) {
            return new Place(part, ctp, ctp);
        }
        for (CTBookmark bookmark : ctp.getBookmarkStartList()) {
            String name = bookmark.getName();
            if (name != null && name.regionMatches(true, 0, BOOKMARK_PREFIX, 0, BOOKMARK_PREFIX.length())) {
                Part named = Part.named(name.substring(BOOKMARK_PREFIX.length()));
                if (named == null) {
                    throw unknown(file, NLS.bind(Messages.Template_paragraph, number, shortly(text)), name);
                }
                if (text.isBlank()) {
                    return new Place(named, ctp, ctp);
                }
                // after the bookmarked paragraph, which stays (a heading, say)
                try (XmlCursor next = ctp.newCursor()) {
                    return new Place(named, next.toNextSibling() ? next.getObject() : null, null);
                }
            }
        }
        return null;
    }

    /** The part a block content control is tagged or titled with, or null when it is not one of ours. */
    private static Part controlPart(CTSdtBlock sdt, String file) throws TemplateException {
        CTSdtPr properties = sdt.getSdtPr();
        if (properties == null) {
            return null;
        }
        for (String name : new String[] { properties.isSetTag() ? properties.getTag().getVal() : null,
                properties.isSetAlias() ? properties.getAlias().getVal() : null }) {
            if (name != null && name.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
                Part part = Part.named(name.substring(PREFIX.length()));
                if (part == null) {
                    throw unknown(file, Messages.Template_control, name);
                }
                return part;
            }
        }
        return null;
    }

    private static void checkTable(XWPFTable table, String file) throws TemplateException {
        for (XWPFTableRow row : table.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                for (XWPFParagraph p : cell.getParagraphs()) {
                    checkFieldsOnly(p, file, Messages.Template_inTable);
                }
                for (XWPFTable inner : cell.getTables()) {
                    checkTable(inner, file);
                }
            }
        }
    }

    /** A paragraph where only fields may stand (a table's cell, a header): a part there is refused, saying why. */
    private static void checkFieldsOnly(XWPFParagraph p, String file, String where) throws TemplateException {
        Matcher m = MARKER.matcher(p.getText());
        while (m.find()) {
            if (Part.named(m.group(1)) != null) {
                throw new TemplateException(NLS.bind(where, new Object[] { file, m.group(), shortly(p.getText()) }));
            }
            if (Field.named(m.group(1)) == null) {
                throw unknown(file, shortly(p.getText()), m.group());
            }
        }
    }

    private static TemplateException unknown(String file, String where, String name) {
        return new TemplateException(NLS.bind(Messages.Template_unknown, new Object[] { file, where, name, PolicyTemplate.allNames() }));
    }

    private static String shortly(String text) {
        String line = text.strip().replace('\n', ' ');
        return line.length() > 40 ? line.substring(0, 40) + "…" : line; //$NON-NLS-1$
    }

    private static List<XWPFHeaderFooter> headersAndFooters(XWPFDocument doc) {
        List<XWPFHeaderFooter> parts = new ArrayList<>(doc.getHeaderList());
        parts.addAll(doc.getFooterList());
        return parts;
    }

    // fields -----------------------------------------------------------------------------------------------

    /** Replaces every field in the body (its tables too), the headers and the footers by its value. */
    static void fillFields(XWPFDocument doc, Map<Field, String> values) {
        fill(doc, values);
        for (XWPFHeaderFooter part : headersAndFooters(doc)) {
            fill(part, values);
        }
    }

    private static void fill(IBody body, Map<Field, String> values) {
        for (XWPFParagraph p : body.getParagraphs()) {
            fill(p, values);
        }
        for (XWPFTable table : body.getTables()) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    fill(cell, values);
                }
            }
        }
    }

    /**
     * Replaces the fields of a paragraph, whose text Word may have split over several runs: the value takes the place
     * (and the formatting) of the run where the field begins; the rest of the field's runs lose its characters.
     */
    static void fill(XWPFParagraph paragraph, Map<Field, String> values) {
        for (int guard = 0; guard < 100; guard++) {
            List<XWPFRun> runs = paragraph.getRuns();
            StringBuilder all = new StringBuilder();
            int[] starts = new int[runs.size() + 1];
            for (int r = 0; r < runs.size(); r++) {
                starts[r] = all.length();
                all.append(text(runs.get(r)));
            }
            starts[runs.size()] = all.length();
            Matcher m = MARKER.matcher(all);
            Field field = null;
            while (field == null && m.find()) {
                field = Field.named(m.group(1));
            }
            if (field == null) {
                return;
            }
            int first = run(starts, m.start());
            int last = run(starts, m.end() - 1);
            String value = values.getOrDefault(field, ""); //$NON-NLS-1$
            String before = all.substring(starts[first], m.start());
            if (first == last) {
                setText(runs.get(first), before + value + all.substring(m.end(), starts[first + 1]));
            } else {
                setText(runs.get(first), before + value);
                for (int r = first + 1; r < last; r++) {
                    setText(runs.get(r), ""); //$NON-NLS-1$
                }
                setText(runs.get(last), all.substring(m.end(), starts[last + 1]));
            }
        }
    }

    private static int run(int[] starts, int index) {
        int r = 0;
        while (r + 1 < starts.length - 1 && starts[r + 1] <= index) {
            r++;
        }
        return r;
    }

    private static String text(XWPFRun run) {
        StringBuilder text = new StringBuilder();
        for (int t = 0; t < run.getCTR().sizeOfTArray(); t++) {
            text.append(run.getCTR().getTArray(t).getStringValue());
        }
        return text.toString();
    }

    private static void setText(XWPFRun run, String text) {
        while (run.getCTR().sizeOfTArray() > 0) {
            run.getCTR().removeT(0);
        }
        if (!text.isEmpty()) {
            run.setText(text);
        }
    }
}
