package org.jinzai.scenario.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.jinzai.model.Scenario;
import org.jinzai.model.io.JinzaiResources;

/** The shipped examples, read in place or copied for a test that changes them. */
final class Examples {

    /** The examples folder (the build passes it; ../../examples from the test bundle otherwise). */
    static final Path FOLDER = Path.of(System.getProperty("jinzai.examples", "../../examples"));

    private Examples() {
    }

    /** A copy of an example folder's files (town, city, …) in {@code into}, and its scenario loaded from there. */
    static Scenario copy(String example, String scenarioFile, Path into) throws IOException {
        try (Stream<Path> files = Files.list(FOLDER.resolve(example))) {
            for (Path file : files.toList()) {
                if (Files.isRegularFile(file)) {
                    Files.copy(file, into.resolve(file.getFileName()));
                }
            }
        }
        return (Scenario) JinzaiResources.load(into.resolve(scenarioFile)).getContents().get(0);
    }
}
