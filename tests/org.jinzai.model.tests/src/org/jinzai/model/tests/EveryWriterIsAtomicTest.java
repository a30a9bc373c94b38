package org.jinzai.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jinzai.model.io.JinzaiResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recovery: if the workbench or the machine stops while a file is being saved, the previous file is intact. Every
 * writer of the product (editor save, import, experiments, results, reports, the command line's output folders) goes
 * through one atomic path — a temporary file beside the target, renamed over it — and this test reads the product's
 * sources to keep it so: a new writer that writes straight into a user's file fails it, naming the line.
 */
class EveryWriterIsAtomicTest {

    private static final Path BUNDLES = Path.of(System.getProperty("jinzai.bundles", "../../bundles"));

    /** Calls that write a file in place. */
    private static final Pattern DIRECT_WRITE = Pattern.compile(
            "Files\\.(write|writeString|newOutputStream|newBufferedWriter|newByteChannel|copy)\\(|new FileOutputStream\\(|new FileWriter\\("
                    + "|new PrintWriter\\(\\s*new File|RandomAccessFile\\(|IFile[^;]*\\.(setContents|create)\\("
                    + "|\\.save\\((null|Map\\.of\\(\\)|[a-zA-Z]*[oO]ptions[^,)]*)\\)");

    /**
     * The places allowed to write in place, each for a reason: the atomic path itself; the command line's output
     * folder, which writes into a staging folder renamed into place as a whole; the log of an internal error, a new
     * file of its own.
     */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "org.jinzai.model/src/org/jinzai/model/io/JinzaiResources.java", Set.of("newOutputStream", "save(null)"),
            "org.jinzai.cli/src/org/jinzai/cli/OutputFolder.java", Set.of("writeString", "newOutputStream", "write"),
            "org.jinzai.model/src/org/jinzai/model/util/InternalErrors.java", Set.of("writeString"));

    @Test
    void noWriterOfTheProductWritesStraightIntoAFile() throws IOException {
        assertTrue(Files.isDirectory(BUNDLES.resolve("org.jinzai.model/src")), "the product's sources at " + BUNDLES.toAbsolutePath());
        List<String> found = new ArrayList<>();
        int files = 0;
        try (Stream<Path> sources = Files.walk(BUNDLES)) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/")).toList()) {
                files++;
                String relative = BUNDLES.relativize(source).toString().replace('\\', '/');
                List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = DIRECT_WRITE.matcher(lines.get(i));
                    while (m.find()) {
                        String call = m.group(1) != null ? m.group(1)
                                : m.group(2) != null ? m.group(2) : m.group().replace("(", "").replace("new ", "").strip();
                        String what = m.group().startsWith(".save(") ? "save(" + m.group(3) + ")" : call;
                        if (!ALLOWED.getOrDefault(relative, Set.of()).contains(what)) {
                            found.add(relative + ":" + (i + 1) + ": " + lines.get(i).strip());
                        }
                    }
                }
            }
        }
        assertTrue(files > 100, "the sources read: " + files);
        assertEquals(List.of(), found, "writes straight into a file (use JinzaiResources.save or writeAtomically)");
    }

    @Test
    void aWriteThatFailsLeavesWhatWasThereAndNoTemporaryFile(@TempDir Path folder) throws IOException {
        Path target = folder.resolve("やまなみ町.jzb");
        byte[] previous = "<previous/>".getBytes(StandardCharsets.UTF_8);
        Files.write(target, previous);
        // the rename over the target fails: a folder of the target's name is in the way
        Path blocked = folder.resolve("blocked.jzb");
        Files.createDirectories(blocked.resolve("inside"));
        assertThrows(IOException.class, () -> JinzaiResources.writeAtomically(blocked, "<new/>".getBytes(StandardCharsets.UTF_8)));
        assertTrue(Files.isDirectory(blocked.resolve("inside")), "what was there is kept");
        // a write that cannot even start (the target's folder is a file) leaves the file beside it as it was
        assertThrows(IOException.class, () -> JinzaiResources.writeAtomically(target.resolve("child.jzs"), new byte[] { 1 }));
        assertArrayEquals(previous, Files.readAllBytes(target), "the previous file intact");
        JinzaiResources.writeAtomically(target, "<new/>".getBytes(StandardCharsets.UTF_8));
        assertArrayEquals("<new/>".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(target), "a write that succeeds replaces it whole");
        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(List.of("blocked.jzb", "やまなみ町.jzb"), left.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary file left behind");
        }
    }
}
