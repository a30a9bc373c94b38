package org.jinzai.scenario.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The examples' histories are what the engine makes of their scenarios today (regenerate: releng/scripts/example-history). */
class ExampleHistoryTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("jinzai.examples", "../../examples"));

    @Test
    void theShippedHistoriesAreTheEnginesOwn() throws IOException {
        for (String folder : ExampleHistory.FOLDERS) {
            Map<String, String> shipped = new TreeMap<>();
            try (Stream<Path> files = Files.list(EXAMPLES.resolve(folder).resolve("history"))) {
                for (Path file : files.toList()) {
                    shipped.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
                }
            }
            assertEquals(ExampleHistory.files(EXAMPLES.resolve(folder)), shipped,
                    folder + ": the history differs from the engine's; run releng/scripts/example-history and review the change");
        }
    }
}
