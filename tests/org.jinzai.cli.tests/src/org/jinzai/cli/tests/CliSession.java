package org.jinzai.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.jinzai.cli.Cli;

/** Runs commands as the launch script does, keeping what each printed; copies examples where a test may change them. */
final class CliSession {

    static final Path EXAMPLES = Path.of(System.getProperty("jinzai.examples", "../../examples"));

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Runs a command; returns its exit code. */
    int run(String... args) {
        out.reset();
        err.reset();
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    /** What the last command printed on its output. */
    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** What the last command printed on its error stream. */
    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Replaces text in a copied file; each text replaced must be there (so a changed example cannot void a test). */
    static void replace(Path file, String... fromTo) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        for (int i = 0; i < fromTo.length; i += 2) {
            if (!text.contains(fromTo[i])) {
                throw new AssertionError(file.getFileName() + " no longer contains " + fromTo[i]);
            }
            text = text.replace(fromTo[i], fromTo[i + 1]);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** A copy of an example folder with its subfolders (a region and its members) below a temporary folder. */
    static Path copyExampleTree(Path temp, String folder) throws IOException {
        Path from = EXAMPLES.resolve(folder);
        Path target = temp.resolve(folder);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path to = target.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
        }
        return target;
    }

    /** A copy of an example folder below a temporary folder. */
    static Path copyExample(Path temp, String folder) throws IOException {
        Path target = temp.resolve(folder);
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(EXAMPLES.resolve(folder))) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        return target;
    }
}
