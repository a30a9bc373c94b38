package org.jinzai.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jinzai.model.io.JinzaiResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The copy of a baseline written beside it before the command line changes it: named clearly, never overwritten. */
class BackupTest {

    @Test
    void aBackupNeverOverwritesAnEarlierOne(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("やまなみ町.jzb");
        Files.writeString(file, "<first/>", StandardCharsets.UTF_8);
        Path first = JinzaiResources.backup(file, "import");
        JinzaiResources.writeAtomically(file, "<second/>".getBytes(StandardCharsets.UTF_8));
        Path second = JinzaiResources.backup(file, "import");
        Path third = JinzaiResources.backup(file, "import");
        assertTrue(first.getFileName().toString().matches("やまなみ町\\.jzb\\.before-import-\\d{8}-\\d{6}(-\\d+)?\\.bak"), first.toString());
        assertNotEquals(first, second);
        assertNotEquals(second, third);
        assertArrayEquals("<first/>".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(first), "the first is as it was");
        assertArrayEquals("<second/>".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(second));
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
            assertEquals(List.of(), names, "no temporary file left behind");
        }
    }
}
