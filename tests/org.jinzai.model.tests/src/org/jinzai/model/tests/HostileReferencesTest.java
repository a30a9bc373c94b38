package org.jinzai.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.jinzai.model.Baseline;
import org.jinzai.model.Scenario;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.model.io.ModelLoadException;
import org.jinzai.model.validation.JinzaiValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reference in a file from elsewhere reaches nothing but local Jinzai files: no connection to a local listener by
 * any form of address (plain, jar:, archive:, nested, percent-encoded), no archive opened, no FIFO or device read;
 * the message names the file holding the reference and its line, and is the same whether the target exists or not.
 * A reference to an element of the wrong kind is an error, not a crash.
 */
class HostileReferencesTest {

    @TempDir
    Path dir;

    private Path baseline() throws IOException {
        ResourceSet set = JinzaiResources.newResourceSet();
        Baseline baseline = TestModels.smallBaseline();
        Resource base = set.createResource(URI.createFileURI(dir.resolve("town.jzb").toString()));
        base.getContents().add(baseline);
        JinzaiResources.save(base);
        return dir.resolve("town.jzb");
    }

    private Path scenario(String name, String baselineHref, String personaHref) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <jinzai:Scenario xmlns:xmi="http://www.omg.org/XMI" xmlns:jinzai="http://jinzai.org/model/1.0"
                    xmi:version="2.0" id="x" name="x"
                    baseline="%s">
                  <runSettings/>
                  <targets id="t1" name="t" persona="%s"/>
                </jinzai:Scenario>
                """.formatted(baselineHref, personaHref), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void noReferenceReachesTheNetwork() throws Exception {
        baseline();
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread accepting = new Thread(() -> {
                while (!listener.isClosed()) {
                    try (Socket socket = listener.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            accepting.setDaemon(true);
            accepting.start();
            String host = "127.0.0.1:" + listener.getLocalPort();
            List<String> payloads = List.of("http://" + host + "/town.jzb#b1", "https://" + host + "/town.jzb#b1",
                    "ftp://" + host + "/town.jzb#b1", "//" + host + "/town.jzb#b1", "file://" + host + "/town.jzb#b1",
                    "jar:http://" + host + "/a.zip!/town.jzb#b1", "archive:http://" + host + "/a.zip!/town.jzb#b1",
                    "zip:http://" + host + "/a.zip!/town.jzb#b1", "jar:jar:http://" + host + "/a.zip!/b.zip!/town.jzb#b1",
                    "jar%3Ahttp%3A%2F%2F" + host.replace(":", "%3A") + "%2Fa.zip!%2Ftown.jzb#b1",
                    "jar:http%3A//" + host + "/a.zip!/town.jzb#b1", "platform:/plugin/org.jinzai.model/town.jzb#b1",
                    "platform:/resource/../../town.jzb#b1");
            int line = 4; // the baseline attribute's line in the scenario
            for (String payload : payloads) {
                Path file = scenario("hostile.jzs", payload.replace("&", "&amp;"), "town.jzb#p-dx");
                byte[] before = Files.readAllBytes(file);
                ModelLoadException e = assertThrows(ModelLoadException.class, () -> JinzaiResources.load(file), payload);
                assertTrue(e.getMessage().contains("hostile.jzs"), payload + ": the file holding the reference: " + e.getMessage());
                assertFalse(e.getMessage().contains("Exception"), e.getMessage());
                if (e.getMessage().contains("not allowed") || e.getMessage().contains("許可")) {
                    assertEquals(line, e.getLine(), payload + ": " + e.getMessage());
                }
                assertArrayEquals(before, Files.readAllBytes(file));
                // validation (the workbench's and the command line's) refuses it too
                Resource loaded = JinzaiResources.newResourceSet().getResource(URI.createFileURI(file.toString()), true);
                Diagnostic diagnostic = JinzaiValidator.validateWithReferences(loaded);
                assertEquals(Diagnostic.ERROR, diagnostic.getSeverity(), payload);
            }
            // a connection of our own: once the listener has seen it, it would have seen any earlier one
            try (Socket sentinel = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
                    OutputStream out = sentinel.getOutputStream()) {
                out.write(0);
            }
            long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (connections.get() == 0 && System.nanoTime() < end) {
                Thread.onSpinWait();
            }
            assertEquals(1, connections.get(), "only the test's own connection reached the listener");
        }
    }

    @Test
    void anArchiveIsNotOpenedAndTheMessageDoesNotTellWhetherItExists() throws IOException {
        Path zip = dir.resolve("bundle.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("town.jzb"));
            out.write(Files.readAllBytes(baseline()));
        }
        String present = "jar:" + zip.toUri() + "!/town.jzb";
        String absent = "jar:" + dir.resolve("nothing.zip").toUri() + "!/town.jzb";
        ModelLoadException e1 = assertThrows(ModelLoadException.class,
                () -> JinzaiResources.load(scenario("a.jzs", present + "#b1", present + "#p-dx")));
        ModelLoadException e2 = assertThrows(ModelLoadException.class,
                () -> JinzaiResources.load(scenario("a.jzs", absent + "#b1", absent + "#p-dx")));
        assertEquals(e1.getMessage().replace(present, "X"), e2.getMessage().replace(absent, "X"));
        assertEquals(4, e1.getLine());
    }

    @Test
    void aFifoOrADeviceIsNeverRead() throws Exception {
        baseline();
        Path fifo = dir.resolve("pipe.jzb");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mkfifo.waitFor());
        // a hang guard, not a speed goal: reading a FIFO would block for ever
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (String href : List.of("pipe.jzb#b1", "/dev/zero.jzb#b1", "/proc/self/environ.jzb#b1", "/dev/stdin#b1")) {
                ModelLoadException e = assertThrows(ModelLoadException.class,
                        () -> JinzaiResources.load(scenario("fifo.jzs", href, "town.jzb#p-dx")), href);
                assertTrue(e.getMessage().contains("fifo.jzs") || e.getMessage().contains(href.substring(0, href.indexOf('#'))),
                        e.getMessage());
            }
        });
    }

    @Test
    void aReferenceToAnElementOfTheWrongKindIsAnErrorThatSaysWhere() throws IOException {
        baseline();
        // the target's persona is a department here
        Path file = scenario("wrong.jzs", "town.jzb#b1", "town.jzb#d-tax");
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> JinzaiResources.load(file));
        assertTrue(e.getMessage().contains("wrong.jzs") && e.getMessage().contains("Persona") && e.getMessage().contains("Department"),
                e.getMessage());
        assertEquals(6, e.getLine(), e.getMessage());
        // the baseline itself as the persona
        Path whole = scenario("whole.jzs", "town.jzb#b1", "town.jzb#b1");
        assertThrows(ModelLoadException.class, () -> JinzaiResources.load(whole));
        // and through validation: an error, not a ClassCastException
        Resource loaded = JinzaiResources.newResourceSet().getResource(URI.createFileURI(file.toString()), true);
        Diagnostic diagnostic = JinzaiValidator.validateWithReferences(loaded);
        assertEquals(Diagnostic.ERROR, diagnostic.getSeverity());
        assertTrue(diagnostic.getChildren().get(0).getMessage().contains("Persona"), diagnostic.getChildren().get(0).getMessage());
        // the right reference still loads
        Scenario ok = (Scenario) JinzaiResources.load(scenario("ok.jzs", "town.jzb#b1", "town.jzb#p-dx")).getContents().get(0);
        assertEquals("テスト町", ok.getBaseline().getName());
    }
}
