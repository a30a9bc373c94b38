package org.jinzai.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.jinzai.ui.JinzaiUi;
import org.jinzai.ui.internal.help.Guide;
import org.jinzai.ui.internal.help.GuidePage;
import org.jinzai.ui.internal.help.HelpTopics;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The user guide's pages (no workbench needed): every page in both languages with the same ids and the same headings to
 * link to, every link between pages resolves, every topic that F1 can open exists, nothing but the elements the view
 * draws, and the view's own words translated.
 */
class GuideContentTest {

    private static final List<String> LANGUAGES = List.of("ja", "en");

    private final Bundle ui = FrameworkUtil.getBundle(JinzaiUi.class);

    @Test
    void everyPageIsThereInBothLanguagesAndNoOther() {
        List<String> toc = Guide.tableOfContents();
        assertEquals(Guide.START, toc.get(0), "the guide starts with its start page");
        assertEquals(new TreeSet<>(toc).size(), toc.size(), "no page twice in " + toc);
        for (String language : LANGUAGES) {
            Set<String> files = new TreeSet<>();
            for (String path : Collections.list(ui.getEntryPaths("help/" + language + "/"))) {
                if (path.endsWith(".html")) {
                    files.add(path.substring(path.lastIndexOf('/') + 1, path.length() - ".html".length()));
                }
            }
            assertEquals(new TreeSet<>(toc), files, "the pages of help/" + language + " are those of toc.txt");
            assertEquals(toc, Guide.of(language).ids());
        }
    }

    @Test
    void bothLanguagesHaveTheSameHeadingsToLinkTo() {
        for (String id : Guide.tableOfContents()) {
            GuidePage ja = Guide.of("ja").page(id);
            GuidePage en = Guide.of("en").page(id);
            assertEquals(ja.anchors(), en.anchors(), "the same anchors in ja and en of " + id);
            assertEquals(ja.links(), en.links(), "the same links in ja and en of " + id);
            assertEquals(ja.blocks().size(), en.blocks().size(), "the same blocks in ja and en of " + id);
            for (GuidePage page : List.of(ja, en)) {
                assertFalse(page.title().isBlank(), id + " has a title");
                assertEquals(GuidePage.Kind.H1, page.blocks().get(0).kind(), id + " starts with its heading");
                assertEquals(new TreeSet<>(page.anchors()).size(), page.anchors().size(), "no anchor twice in " + id);
            }
        }
    }

    @Test
    void everyLinkLeadsToAPageAndAHeadingOfIt() {
        int links = 0;
        for (String language : LANGUAGES) {
            Guide guide = Guide.of(language);
            for (String id : guide.ids()) {
                for (String href : guide.page(id).links()) {
                    links++;
                    String[] parts = href.split("#", 2);
                    String target = parts[0].isEmpty() ? id : parts[0].replaceFirst("\\.html$", "");
                    assertTrue(parts[0].isEmpty() || parts[0].endsWith(".html"), href + " in " + language + "/" + id + " is a page of the guide");
                    assertNotNull(guide.page(target), href + " in " + language + "/" + id + " leads to a page");
                    if (parts.length > 1) {
                        assertTrue(guide.page(target).anchors().contains(parts[1]), href + " in " + language + "/" + id + " leads to a heading");
                    }
                }
            }
        }
        assertTrue(links > 30, "the pages link to each other: " + links);
    }

    @Test
    void everyTopicThatF1OpensExists() {
        List<String> missing = new ArrayList<>();
        for (String language : LANGUAGES) {
            for (String topic : HelpTopics.all()) {
                String[] parts = topic.split("#", 2);
                GuidePage page = Guide.of(language).page(parts[0]);
                if (page == null || parts.length > 1 && !page.anchors().contains(parts[1])) {
                    missing.add(language + ":" + topic);
                }
            }
        }
        assertEquals(List.of(), missing, "topics with no page or heading");
    }

    @Test
    void aPageWithAnElementTheViewCannotDrawIsRefused() throws Exception {
        String page = "<html><body><h1>x</h1><table><tr><td>1</td></tr></table></body></html>";
        IllegalArgumentException error = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> GuidePage.parse("x", page));
        assertTrue(error.getMessage().contains("<table>"), error.getMessage());
    }

    @Test
    void japaneseLinesJoinWithoutSpaces() throws Exception {
        GuidePage page = parsed("<html><body><h1 id=\"a\">見出し</h1><p>一行目の\n   続き and <b>bold</b> text</p></body></html>");
        assertEquals("一行目の続き and bold text", page.blocks().get(1).text());
        assertEquals(List.of("a"), page.anchors());
    }

    private static GuidePage parsed(String xml) throws Exception {
        return GuidePage.parse("x", xml);
    }

    @Test
    void theViewsWordsAreTranslated() throws IOException {
        Properties en = load("org/jinzai/ui/internal/help/messages.properties");
        Properties ja = load("org/jinzai/ui/internal/help/messages_ja.properties");
        assertFalse(en.isEmpty());
        assertEquals(en.stringPropertyNames(), ja.stringPropertyNames());
        for (String key : ja.stringPropertyNames()) {
            assertTrue(ja.getProperty(key).chars().noneMatch(c -> c >= 0x80 && c <= 0xff), key + " is not \\u-escaped");
            assertTrue(ja.getProperty(key).chars().anyMatch(c -> c > 0x3000), key + " is Japanese");
        }
    }

    private Properties load(String path) throws IOException {
        var url = ui.getResource(path);
        assertNotNull(url, path);
        Properties properties = new Properties();
        try (InputStream in = url.openStream()) {
            properties.load(in);
        }
        return properties;
    }
}
