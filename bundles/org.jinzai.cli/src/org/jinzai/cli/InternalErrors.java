package org.jinzai.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Where the trace of an unforeseen failure goes: a log file under {@code ~/.jinzai/logs}, named in the message. */
final class InternalErrors {

    private InternalErrors() {
    }

    /** Writes the trace to a new log file and returns its path (or, when that fails, says the trace went to stderr). */
    static String log(Throwable e) {
        StringWriter trace = new StringWriter();
        try (PrintWriter writer = new PrintWriter(trace)) {
            e.printStackTrace(writer);
        }
        try {
            Path folder = Path.of(System.getProperty("user.home"), ".jinzai", "logs"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            Files.createDirectories(folder);
            String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")); //$NON-NLS-1$
            Path file = Files.createTempFile(folder, "jinzai-" + stamp + "-", ".log"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            Files.writeString(file, trace.toString(), StandardCharsets.UTF_8);
            return file.toString();
        } catch (IOException | RuntimeException | OutOfMemoryError failed) {
            System.err.print(trace);
            return "stderr"; //$NON-NLS-1$
        }
    }
}
