package org.jinzai.ui.internal.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * The user guide shipped in this bundle: {@code help/toc.txt} lists the pages in their order (one id a line), and each
 * language has its pages as small XHTML files {@code help/<language>/<id>.html}, the same files the system browser
 * shows. The pages are read once per language and kept.
 */
public final class Guide {

    /** The first page, opened by Help ▸ Contents. */
    public static final String START = "index"; //$NON-NLS-1$

    private static final Map<String, Guide> LOADED = new LinkedHashMap<>();

    private final String language;
    private final Map<String, GuidePage> pages;

    private Guide(String language, Map<String, GuidePage> pages) {
        this.language = language;
        this.pages = pages;
    }

    /** The guide in the user's language: Japanese under a Japanese locale, English otherwise. */
    public static Guide current() {
        return of(Platform.getNL() != null && Platform.getNL().startsWith("ja") ? "ja" : "en"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** The guide in {@code ja} or {@code en}. */
    public static synchronized Guide of(String language) {
        return LOADED.computeIfAbsent(language, Guide::load);
    }

    /** The language of this guide's pages. */
    public String language() {
        return language;
    }

    /** The ids of the pages in the order of the table of contents. */
    public List<String> ids() {
        return List.copyOf(pages.keySet());
    }

    /** A page by its id, or null. */
    public GuidePage page(String id) {
        return pages.get(id);
    }

    /** The ids of the pages listed in {@code help/toc.txt}. */
    public static List<String> tableOfContents() {
        URL toc = bundle().getEntry("help/toc.txt"); //$NON-NLS-1$
        try (InputStream in = toc.openStream()) {
            List<String> ids = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) { //$NON-NLS-1$
                String id = line.strip();
                if (!id.isEmpty() && !id.startsWith("#")) { //$NON-NLS-1$
                    ids.add(id);
                }
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where a page's file is in this bundle ({@code help/ja/scenario.html}). */
    public static String entryOf(String language, String id) {
        return "help/" + language + "/" + id + ".html"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static Guide load(String language) {
        Map<String, GuidePage> pages = new LinkedHashMap<>();
        for (String id : tableOfContents()) {
            URL url = bundle().getEntry(entryOf(language, id));
            if (url == null) {
                throw new IllegalStateException("the guide has no page " + entryOf(language, id)); //$NON-NLS-1$
            }
            try (InputStream in = url.openStream()) {
                pages.put(id, GuidePage.parse(id, parse(in)));
            } catch (IOException | SAXException e) {
                throw new IllegalStateException("the guide's page " + entryOf(language, id) + " cannot be read: " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return new Guide(language, pages);
    }

    /** Reads a page as XML, with no DOCTYPE and nothing external. */
    static Document parse(InputStream in) throws IOException, SAXException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); //$NON-NLS-1$
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, ""); //$NON-NLS-1$
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, ""); //$NON-NLS-1$
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(in);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    static Bundle bundle() {
        return FrameworkUtil.getBundle(Guide.class);
    }
}
