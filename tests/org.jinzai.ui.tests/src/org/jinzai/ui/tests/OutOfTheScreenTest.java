package org.jinzai.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.commands.Command;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.ImageTransfer;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.printing.Printer;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.keys.IBindingService;
import org.jinzai.model.Scenario;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.ui.internal.run.editors.ChartCanvas;
import org.jinzai.ui.internal.run.editors.ChartFiles;
import org.jinzai.ui.internal.run.editors.ResultsEditor;
import org.jinzai.ui.internal.run.handlers.RunScenarioHandler;
import org.jinzai.ui.internal.run.jobs.ScenarioRunJob;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * Charts and results leaving the screen (issue 21, item 5): a chart copied as an image and saved as PNG and SVG, a save
 * that fails said in words with nothing lost, the results printed (File ▸ Print, Ctrl+P) and exported to PDF with
 * Japanese text.
 */
class OutOfTheScreenTest {

    private static final String SCENARIO = "town/ict-hiring.jzs";
    private static final String PRINT_COMMAND = "org.eclipse.ui.file.print";
    private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    private final Display display = Display.getCurrent();

    @TempDir
    Path temp;

    private Scenario scenario;
    private ResultsEditor editor;

    @BeforeEach
    void openTheResults() throws Exception {
        IFile file = UiWait.examples().getFile(SCENARIO);
        scenario = (Scenario) JinzaiResources.load(file.getLocation().toFile().toPath()).getContents().get(0);
        IFile results = ScenarioRunJob.resultsFileOf(file);
        if (!results.exists()) {
            ScenarioRunJob job = RunScenarioHandler.schedule(file, page, 20);
            UiWait.until(() -> job.getState() == Job.NONE && results.exists(), "the results of " + SCENARIO, 120_000);
        }
        editor = assertInstanceOf(ResultsEditor.class, IDE.openEditor(page, results));
        UiWait.until(() -> page.getActiveEditor() == editor, "the results editor active", 20_000);
    }

    @AfterEach
    void closeEditors() {
        page.closeAllEditors(false);
    }

    /** Shows the first target's chart and waits until it is drawn. */
    private ChartCanvas firstTargetChart() {
        editor.show(1);
        UiWait.until(() -> editor.chartImage() != null, "the first target's chart to be drawn", 20_000);
        return editor.chartCanvas();
    }

    @Test
    void aChartIsCopiedAsAnImageOfItsSizeOnTheScreen() {
        assertFalse(editor.chartCanvas().hasChart(), "the summary first: no chart to copy or save");
        ChartCanvas chart = firstTargetChart();
        assertTrue(chart.hasChart());
        Point size = chart.outputSize();
        assertEquals(editor.chartImage().getBounds().width, size.x, "the size on the screen");
        Clipboard clipboard = new Clipboard(display);
        try {
            clipboard.clearContents();
            chart.copyImage();
            ImageData copied = assertInstanceOf(ImageData.class, clipboard.getContents(ImageTransfer.getInstance()));
            assertEquals(size.x, copied.width);
            assertEquals(size.y, copied.height);
        } finally {
            clipboard.dispose();
        }
    }

    @Test
    void aChartIsSavedAsPngAndAsSvgWithItsJapaneseTitle() throws Exception {
        ChartCanvas chart = firstTargetChart();
        Point size = chart.outputSize();
        String target = scenario.getTargets().get(0).getName();
        assertTrue(target.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), target);

        Path png = temp.resolve(ChartFiles.fileName(target) + ".png");
        assertTrue(chart.save(png, ChartFiles.Format.PNG));
        byte[] bytes = Files.readAllBytes(png);
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(bytes, 8));
        ByteBuffer header = ByteBuffer.wrap(bytes, 16, 8);
        assertEquals(2 * size.x, header.getInt(), "the width on the screen, twice as fine");
        assertEquals(2 * size.y, header.getInt(), "the height on the screen, twice as fine");

        Path svg = temp.resolve("グラフ.svg");
        assertTrue(chart.save(svg, ChartFiles.Format.SVG));
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(svg)));
        assertEquals("svg", document.getDocumentElement().getTagName());
        assertEquals(size.x, Double.parseDouble(document.getDocumentElement().getAttribute("width")));
        assertTrue(document.getDocumentElement().getTextContent().contains(target), "the title as text in the SVG");
        try (Stream<Path> files = Files.list(temp)) {
            assertEquals(2, files.count(), "no temporary file left beside them");
        }
    }

    @Test
    void theNameProposedForAChartIsItsTitleWithoutWhatFileSystemsRefuse() {
        assertEquals("DX推進員_Step1_ 人数_", ChartFiles.fileName("DX推進員/Step1: 人数?"));
        assertEquals("a_b_c", ChartFiles.fileName(" a\\b\tc. "));
        assertEquals("chart", ChartFiles.fileName("..."), "English in the tests");
        assertEquals(80, ChartFiles.fileName("職".repeat(200)).length());
    }

    @Test
    void aSaveThatFailsSaysWhyAndLeavesWhatWasThere() throws Exception {
        ChartCanvas chart = firstTargetChart();
        // a file stands where the folder would be
        Path notAFolder = temp.resolve("計画.txt");
        byte[] before = "前からある内容".getBytes(StandardCharsets.UTF_8);
        Files.write(notAFolder, before);
        AtomicReference<String> message = closeNextMessage();
        assertFalse(chart.save(notAFolder.resolve("グラフ.png"), ChartFiles.Format.PNG));
        assertNotNull(message.get(), "an error dialog");
        assertTrue(message.get().contains("グラフ.png") && message.get().contains("計画.txt") && message.get().contains("is a file, not a folder"),
                message.get());
        assertTrue(message.get().contains("unchanged"), message.get());
        assertArrayEquals(before, Files.readAllBytes(notAFolder), "the file there is unchanged");

        // a folder of the chart's name is in the way: it and what it holds stay
        Path folder = temp.resolve("グラフ.svg");
        Files.createDirectories(folder);
        Files.write(folder.resolve("中身.txt"), before);
        message = closeNextMessage();
        assertFalse(chart.save(folder, ChartFiles.Format.SVG));
        assertTrue(message.get().contains("a folder of that name is in the way"), message.get());
        assertArrayEquals(before, Files.readAllBytes(folder.resolve("中身.txt")));
        try (Stream<Path> files = Files.list(temp)) {
            assertEquals(2, files.count(), "no temporary file left behind");
        }
    }

    private AtomicReference<String> closeNextMessage() {
        return UiWait.closeNextMessage(display);
    }

    @Test
    void theResultsAreExportedToPdfWithTheSummaryAndEveryTargetInJapanese() throws Exception {
        Path pdf = temp.resolve("結果.pdf");
        assertTrue(editor.exportPdf(pdf));
        byte[] bytes = Files.readAllBytes(pdf);
        assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.ISO_8859_1));
        String text = pdfText(pdf);
        assertTrue(text.contains(scenario.getName()), "the scenario's name on the pages: " + text);
        for (var target : scenario.getTargets()) {
            assertTrue(text.contains(target.getName()), "the target " + target.getName() + " in the summary and its chart: " + text);
        }
        int targets = scenario.getTargets().size();
        int pages = 1 + (targets + 1) / 2;
        assertEquals(pages, text.chars().filter(c -> c == '\f').count(), "the summary on a page, then two charts a page: " + text);
        assertTrue(text.contains("Page 1 of " + pages) && text.contains("Page " + pages + " of " + pages), text);
        try (Stream<Path> files = Files.list(temp)) {
            assertEquals(1, files.count(), "no temporary file left beside it");
        }
    }

    @Test
    void ctrlPPrintsTheActiveResultsAndNothingElse() throws Exception {
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        assertEquals("Ctrl+P", bindings.getBestActiveBindingFormattedFor(PRINT_COMMAND));
        Command print = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(PRINT_COMMAND);
        UiWait.until(print::isEnabled, "Print enabled while the results are active", 10_000);
        // the print dialog is the platform's own: the test chooses the printer that writes files
        Path out = temp.resolve("printed.pdf");
        PrinterData file = null;
        for (PrinterData each : Printer.getPrinterList()) {
            if ("GtkPrintBackendFile".equals(each.driver)) {
                file = each;
            }
        }
        assertNotNull(file, "GTK's Print to File printer");
        file.printToFile = true;
        file.fileName = out.toString();
        PrinterData chosen = file;
        editor.choosePrinterWith(shell -> chosen);
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(PRINT_COMMAND, null);
        UiWait.until(() -> {
            try {
                return Files.exists(out) && new String(Files.readAllBytes(out), StandardCharsets.ISO_8859_1).strip().endsWith("%%EOF");
            } catch (IOException e) {
                return false;
            }
        }, "the printed pages", 60_000);
        assertTrue(pdfText(out).contains(scenario.getTargets().get(0).getName()));

        // another editor active: nothing to print
        IDE.openEditor(page, UiWait.examples().getFile(SCENARIO));
        UiWait.until(() -> !(page.getActiveEditor() instanceof ResultsEditor), "the scenario editor active", 20_000);
        UiWait.until(() -> !print.isEnabled(), "Print disabled where there is nothing to print", 10_000);
    }

    /** The text of a PDF as pdftotext reads it (poppler-utils, installed by the build), pages ended by form feeds. */
    private static String pdfText(Path pdf) throws Exception {
        Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "pdftotext finishes");
        assertEquals(0, process.exitValue(), new String(out, StandardCharsets.UTF_8));
        return new String(out, StandardCharsets.UTF_8);
    }
}
