package org.jinzai.model.util;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Where the trace of an unforeseen failure goes: a log file under {@code ~/.jinzai/logs}, named in the one-line message
 * the command line prints and the workbench shows, so that the user can send it to the developers.
 */
public final class InternalErrors {

    private InternalErrors() {
    }

    /** Whether a failure is one nobody foresaw (a bug or running out of memory), not a refused input or a failed file. */
    public static boolean unforeseen(Throwable e) {
        return e instanceof RuntimeException || e instanceof Error;
    }

    /** Writes the trace to a new log file and returns its path (or, when that fails, says the trace went to stderr). */
    public static String log(Throwable e) {
        StringWriter trace = new StringWriter();
        try (PrintWriter writer = new PrintWriter(trace)) {
            e.printStackTrace(writer);
        }
        try {
            // jinzai.home: where the tests keep their ~/.jinzai
            Path folder = Path.of(System.getProperty("jinzai.home", System.getProperty("user.home")), ".jinzai", "logs"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            Files.createDirectories(folder);
            String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")); //$NON-NLS-1$
            Path file = Files.createTempFile(folder, "jinzai-" + stamp + "-", ".log"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            Files.writeString(file, trace.toString(), StandardCharsets.UTF_8);
            return file.toString();
        } catch (IOException | RuntimeException | OutOfMemoryError failed) {
            System.err.print(trace);
            return "(" + failed.getClass().getSimpleName() + ": the trace went to the error stream)"; //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
