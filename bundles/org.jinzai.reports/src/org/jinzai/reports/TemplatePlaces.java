package org.jinzai.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
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
                    Place place = paragraphPlace(ctp, file, paragraph);
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
        // fields may stand anywhere (tables, content controls, text boxes, headers, footers); parts only in the body's own paragraphs
        for (XmlObject p : nested(doc.getDocument().getBody())) {
            checkFieldsOnly(text(p), file, Messages.Template_inTable);
        }
        for (XWPFHeaderFooter part : headersAndFooters(doc)) {
            for (XmlObject p : paragraphs(part._getHdrFtr())) {
                checkFieldsOnly(text(p), file, Messages.Template_inHeader);
            }
        }
        // a part placed twice, or the whole document beside a part of it, would be written twice
        java.util.Set<Part> seen = java.util.EnumSet.noneOf(Part.class);
        for (Place place : places) {
            if (!seen.add(place.part()) || place.part() == Part.DOCUMENT && places.size() > 1) {
                throw new TemplateException(NLS.bind(Messages.Template_twice, file, place.part().placeName()));
            }
        }
        if (places.isEmpty()) {
            throw new TemplateException(NLS.bind(Messages.Template_noPlaces, file, PolicyTemplate.allNames()));
        }
        return places;
    }

    private static Place paragraphPlace(CTP ctp, String file, int number) throws TemplateException {
        String text = text(ctp);
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

    /** A paragraph where only fields may stand (a table's cell, a header): a part there is refused, saying why. */
    private static void checkFieldsOnly(String text, String file, String where) throws TemplateException {
        Matcher m = MARKER.matcher(text);
        while (m.find()) {
            if (Part.named(m.group(1)) != null) {
                throw new TemplateException(NLS.bind(where, new Object[] { file, m.group(), shortly(text) }));
            }
            if (Field.named(m.group(1)) == null) {
                throw unknown(file, shortly(text), m.group());
            }
        }
    }

    private static final String W = "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' "; //$NON-NLS-1$

    /** Every paragraph under an element, at any depth (tables, content controls, text boxes). */
    private static XmlObject[] paragraphs(XmlObject root) {
        return root.selectPath(W + ".//w:p"); //$NON-NLS-1$
    }

    /** The paragraphs of the body that are not its own children (in tables, content controls, text boxes). */
    private static List<XmlObject> nested(XmlObject body) {
        List<XmlObject> nested = new ArrayList<>();
        try (XmlCursor top = body.newCursor()) {
            for (XmlObject p : paragraphs(body)) {
                try (XmlCursor cursor = p.newCursor()) {
                    if (cursor.toParent() && !cursor.isAtSamePositionAs(top)) {
                        nested.add(p);
                    }
                }
            }
        }
        return nested;
    }

    /** A paragraph's text elements (w:t) in order, those of its hyperlinks, fields and inline content controls too. */
    private static XmlObject[] texts(XmlObject paragraph) {
        return paragraph.selectPath(W + ".//w:t"); //$NON-NLS-1$
    }

    /** A paragraph's text as its text elements hold it (tabs and breaks are not text). */
    private static String text(XmlObject paragraph) {
        StringBuilder text = new StringBuilder();
        for (XmlObject t : texts(paragraph)) {
            text.append(((org.apache.xmlbeans.SimpleValue) t).getStringValue());
        }
        return text.toString();
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

    /** Replaces every field in the body (tables, content controls, text boxes too), the headers and the footers by its value. */
    static void fillFields(XWPFDocument doc, Map<Field, String> values) {
        for (XmlObject p : paragraphs(doc.getDocument().getBody())) {
            fill(p, values);
        }
        for (XWPFHeaderFooter part : headersAndFooters(doc)) {
            for (XmlObject p : paragraphs(part._getHdrFtr())) {
                fill(p, values);
            }
        }
    }

    /**
     * Replaces the fields of a paragraph, whose text Word may have split over several text elements (and runs): the
     * value takes the place (and the formatting) of the element where the field begins; the rest of the field's
     * elements lose its characters. Tabs, breaks and pictures between them stay where they are.
     */
    static void fill(XmlObject paragraph, Map<Field, String> values) {
        for (int guard = 0; guard < 100; guard++) {
            XmlObject[] elements = texts(paragraph);
            StringBuilder all = new StringBuilder();
            int[] starts = new int[elements.length + 1];
            for (int e = 0; e < elements.length; e++) {
                starts[e] = all.length();
                all.append(((org.apache.xmlbeans.SimpleValue) elements[e]).getStringValue());
            }
            starts[elements.length] = all.length();
            Matcher m = MARKER.matcher(all);
            Field field = null;
            while (field == null && m.find()) {
                field = Field.named(m.group(1));
            }
            if (field == null) {
                return;
            }
            int first = element(starts, m.start());
            int last = element(starts, m.end() - 1);
            String value = values.getOrDefault(field, ""); //$NON-NLS-1$
            String before = all.substring(starts[first], m.start());
            if (first == last) {
                setText(elements[first], before + value + all.substring(m.end(), starts[first + 1]));
            } else {
                setText(elements[first], before + value);
                for (int e = first + 1; e < last; e++) {
                    setText(elements[e], ""); //$NON-NLS-1$
                }
                setText(elements[last], all.substring(m.end(), starts[last + 1]));
            }
        }
    }

    /** The text element that holds a character of the paragraph's text. */
    private static int element(int[] starts, int index) {
        int e = 0;
        while (e + 1 < starts.length - 1 && starts[e + 1] <= index) {
            e++;
        }
        return e;
    }

    private static void setText(XmlObject element, String text) {
        ((org.apache.xmlbeans.SimpleValue) element).setStringValue(text);
        if (element instanceof org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText t && !text.equals(text.strip())) {
            // leading or trailing spaces are kept only when the element says so
            t.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        }
    }

    /** Takes a place's marker out of the template: the paragraph, or only its text when it also holds a section break or a picture. */
    static void remove(XWPFDocument doc, XmlObject marker) {
        if (marker instanceof CTP paragraph) {
            boolean keep = paragraph.getPPr() != null && paragraph.getPPr().getSectPr() != null
                    || paragraph.selectPath(W + ".//w:drawing").length > 0 || paragraph.selectPath(W + ".//w:pict").length > 0; //$NON-NLS-1$ //$NON-NLS-2$
            if (keep) {
                for (XmlObject t : texts(paragraph)) {
                    setText(t, ""); //$NON-NLS-1$
                }
            } else {
                doc.removeBodyElement(doc.getPosOfParagraph(doc.getParagraph(paragraph)));
            }
        } else if (marker != null) {
            try (XmlCursor cursor = marker.newCursor()) {
                cursor.removeXml();
            }
        }
    }
}
