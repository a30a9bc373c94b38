package org.jinzai.reports.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jfree.chart.JFreeChart;
import org.jinzai.engine.ProgressListener;
import org.jinzai.engine.RunOptions;
import org.jinzai.model.Scenario;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.reports.Charts;
import org.jinzai.reports.ReportData;
import org.jinzai.scenario.ScenarioRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * A chart of a run as the files a planner takes out of the workbench or the command line: PNG bytes of the size asked
 * for, and SVG that is well-formed XML in UTF-8 whose texts (Japanese ones too) stay text.
 */
class ChartFilesTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("jinzai.examples", "../../examples"));
    private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

    private static ReportData data;

    @BeforeAll
    static void runTheTown() throws IOException {
        Scenario scenario = (Scenario) JinzaiResources.load(EXAMPLES.resolve("town/status-quo.jzs")).getContents().get(0);
        RunOptions options = new RunOptions(20, 7, 1);
        data = ReportData.of(scenario, options, ScenarioRunner.run(scenario, options, ProgressListener.NONE), Locale.JAPANESE);
    }

    @Test
    void aTargetChartAsSvgIsWellFormedUtf8WithItsJapaneseTitleAsText() throws Exception {
        ReportData.TargetRow target = data.targets().get(0);
        assertTrue(target.name().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                "the town's first target has a Japanese name: " + target.name());
        JFreeChart chart = Charts.target(data, target);
        byte[] svg = Charts.svg(chart, 640, 400);
        String text = new String(svg, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), text.substring(0, Math.min(80, text.length())));
        assertTrue(!text.contains("<!DOCTYPE"), "no DTD for a viewer to fetch");
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        assertEquals("svg", document.getDocumentElement().getTagName());
        assertEquals(640, Double.parseDouble(document.getDocumentElement().getAttribute("width")));
        assertEquals(400, Double.parseDouble(document.getDocumentElement().getAttribute("height")));
        // the title, the Japanese axis label and the 令和 years are text elements a reader can search
        String texts = document.getDocumentElement().getTextContent();
        assertTrue(texts.contains(target.name()), "the title as text: " + texts);
        assertTrue(texts.contains("年度"), texts);
        assertTrue(texts.contains("2026 (R8)"), texts);
    }

    @Test
    void pngBytesHaveTheSizeAskedForTimesTheScale() throws IOException {
        byte[] png = Charts.png(Charts.flows(data), 300, 200, 2);
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(png, 8));
        ByteBuffer header = ByteBuffer.wrap(png, 16, 8);
        assertEquals(600, header.getInt(), "width");
        assertEquals(400, header.getInt(), "height");
    }
}
