package org.jinzai.ui.internal.help;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * One page of the guide as blocks of styled text: the small part of HTML the pages are written in — headings
 * ({@code h1}–{@code h3}, an {@code id} makes a heading a place to link to), paragraphs, lists ({@code ul}, {@code ol},
 * {@code dl}), {@code b}/{@code strong}, {@code em}, {@code code} and links between pages
 * ({@code <a href="scenario.html#targets">}). Any other element is an error, so a page never shows less than it says.
 */
public record GuidePage(String id, String title, List<Block> blocks) {

    /** The kinds of block, each drawn its own way. */
    public enum Kind {
        H1, H2, H3, PARAGRAPH, BULLET, NUMBERED, TERM, DEFINITION
    }

    /** How a run of text is shown. */
    public enum Style {
        PLAIN, BOLD, ITALIC, CODE, LINK
    }

    /** A run of text; {@code href} for a link. */
    public record Span(String text, Style style, String href) {
    }

    /** A heading, paragraph or list item; {@code anchor} is the heading's id (or null), {@code number} of a numbered item. */
    public record Block(Kind kind, String anchor, int number, List<Span> spans) {

        /** The block's text without styles. */
        public String text() {
            StringBuilder text = new StringBuilder();
            spans.forEach(span -> text.append(span.text()));
            return text.toString();
        }
    }

    /** The elements a page may use. */
    public static final Set<String> ELEMENTS = Set.of("html", "head", "title", "meta", "link", "body", "h1", "h2", "h3", "p", "ul", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
            "ol", "li", "dl", "dt", "dd", "b", "strong", "em", "i", "code", "kbd", "a"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$

    /** The anchors of the page's headings, in order. */
    public List<String> anchors() {
        return blocks.stream().map(Block::anchor).filter(a -> a != null).toList();
    }

    /** The headings of the second level (the sections of the page). */
    public List<Block> sections() {
        return blocks.stream().filter(b -> b.kind() == Kind.H2).toList();
    }

    /** Every link of the page, as written. */
    public List<String> links() {
        List<String> links = new ArrayList<>();
        blocks.forEach(b -> b.spans().stream().filter(s -> s.style() == Style.LINK).forEach(s -> links.add(s.href())));
        return links;
    }

    /** Reads a page from its text (for tests); an element the view cannot draw is an IllegalArgumentException. */
    public static GuidePage parse(String id, String xml) throws java.io.IOException, org.xml.sax.SAXException {
        return parse(id, Guide.parse(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    }

    static GuidePage parse(String id, Document document) {
        List<Block> blocks = new ArrayList<>();
        Element root = document.getDocumentElement();
        check(root);
        String title = null;
        for (Element element : elements(root)) {
            if ("head".equals(element.getTagName())) { //$NON-NLS-1$
                for (Element head : elements(element)) {
                    if ("title".equals(head.getTagName())) { //$NON-NLS-1$
                        title = head.getTextContent().strip();
                    }
                }
            } else if ("body".equals(element.getTagName())) { //$NON-NLS-1$
                for (Element block : elements(element)) {
                    blocks(block, blocks);
                }
            }
        }
        if (title == null) {
            title = blocks.isEmpty() ? id : blocks.get(0).text();
        }
        return new GuidePage(id, title, List.copyOf(blocks));
    }

    private static void check(Element element) {
        if (!ELEMENTS.contains(element.getTagName())) {
            throw new IllegalArgumentException("<" + element.getTagName() + "> is not one of the guide's elements " + ELEMENTS); //$NON-NLS-1$ //$NON-NLS-2$
        }
        elements(element).forEach(GuidePage::check);
    }

    private static void blocks(Element element, List<Block> blocks) {
        String anchor = element.hasAttribute("id") ? element.getAttribute("id") : null; //$NON-NLS-1$ //$NON-NLS-2$
        switch (element.getTagName()) {
            case "h1" -> blocks.add(new Block(Kind.H1, anchor, 0, spans(element))); //$NON-NLS-1$
            case "h2" -> blocks.add(new Block(Kind.H2, anchor, 0, spans(element))); //$NON-NLS-1$
            case "h3" -> blocks.add(new Block(Kind.H3, anchor, 0, spans(element))); //$NON-NLS-1$
            case "ul", "ol" -> { //$NON-NLS-1$ //$NON-NLS-2$
                int number = 0;
                for (Element item : elements(element)) {
                    number++;
                    blocks.add(new Block("ol".equals(element.getTagName()) ? Kind.NUMBERED : Kind.BULLET, //$NON-NLS-1$
                            item.hasAttribute("id") ? item.getAttribute("id") : null, number, spans(item))); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
            case "dl" -> { //$NON-NLS-1$
                for (Element item : elements(element)) {
                    blocks.add(new Block("dt".equals(item.getTagName()) ? Kind.TERM : Kind.DEFINITION, //$NON-NLS-1$
                            item.hasAttribute("id") ? item.getAttribute("id") : null, 0, spans(item))); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
            default -> blocks.add(new Block(Kind.PARAGRAPH, anchor, 0, spans(element)));
        }
    }

    private static List<Span> spans(Element element) {
        List<Span> spans = new ArrayList<>();
        spans(element, Style.PLAIN, null, spans);
        // white space of the source (line breaks, indentation) is one space, and none at either end
        List<Span> tidy = new ArrayList<>();
        for (Span span : spans) {
            // a line break between two Japanese characters is no space at all (Japanese has no spaces between words)
            String text = span.text().replaceAll("(?<=[^\\x00-\\x7F])[ \\t]*\\r?\\n[ \\t]*(?=[^\\x00-\\x7F])", "") //$NON-NLS-1$ //$NON-NLS-2$
                    .replaceAll("[ \\t\\r\\n]+", " "); //$NON-NLS-1$ //$NON-NLS-2$
            if (tidy.isEmpty()) {
                text = text.stripLeading();
            }
            tidy.add(new Span(text, span.style(), span.href()));
        }
        while (!tidy.isEmpty()) {
            Span last = tidy.get(tidy.size() - 1);
            String text = last.text().stripTrailing();
            if (text.isEmpty()) {
                tidy.remove(tidy.size() - 1);
            } else {
                tidy.set(tidy.size() - 1, new Span(text, last.style(), last.href()));
                break;
            }
        }
        return tidy;
    }

    private static void spans(Node node, Style style, String href, List<Span> spans) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                spans.add(new Span(child.getNodeValue(), style, href));
            } else if (child instanceof Element inner) {
                switch (inner.getTagName()) {
                    case "b", "strong", "dt" -> spans(inner, style == Style.LINK ? style : Style.BOLD, href, spans); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    case "em", "i" -> spans(inner, style == Style.LINK ? style : Style.ITALIC, href, spans); //$NON-NLS-1$ //$NON-NLS-2$
                    case "code", "kbd" -> spans(inner, style == Style.LINK ? style : Style.CODE, href, spans); //$NON-NLS-1$ //$NON-NLS-2$
                    case "a" -> spans(inner, Style.LINK, inner.getAttribute("href"), spans); //$NON-NLS-1$ //$NON-NLS-2$
                    default -> spans(inner, style, href, spans);
                }
            }
        }
    }

    private static List<Element> elements(Node parent) {
        List<Element> elements = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }
}
