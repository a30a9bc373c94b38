package org.jinzai.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing fails silently in the workbench either: an exception escaping the event loop, and a job (a run, an export)
 * that fails unexpectedly, each show a dialog with one line naming the log file under ~/.jinzai/logs that holds the
 * trace, as the command line prints it.
 */
class FailureDialogTest {

    /** Marks the failures made here, which the platform log keeps (CleanStartTest leaves them out). */
    static final String ON_PURPOSE = "(a failure made on purpose by FailureDialogTest)";

    private static final Pattern LOG = Pattern.compile("(/\\S+\\.log)");

    @TempDir
    Path home;

    private String before;

    @BeforeEach
    void logsInTheTemporaryFolder() {
        before = System.getProperty("jinzai.home");
        System.setProperty("jinzai.home", home.toString());
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty("jinzai.home");
        } else {
            System.setProperty("jinzai.home", before);
        }
    }

    /**
     * Waits for an error dialog, closes it and returns the texts it showed. The dialog is modal: it runs its own event
     * loop, so the check runs as a timer, which that loop dispatches too.
     */
    private static String dialogMessage(Display display) {
        AtomicReference<String> message = UiWait.closeNextMessage(display);
        UiWait.until(() -> message.get() != null, "an error dialog", 30_000);
        return message.get();
    }

    private static Path logNamedIn(String message) {
        Matcher m = LOG.matcher(message);
        assertTrue(m.find(), "names a log file: " + message);
        return Path.of(m.group(1));
    }

    @Test
    void anExceptionInTheEventLoopIsShownWithItsLog() throws Exception {
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.asyncExec(() -> {
            throw new IllegalStateException("an unforeseen failure in the event loop " + ON_PURPOSE);
        });
        String message = dialogMessage(display);
        Path log = logNamedIn(message);
        assertTrue(log.startsWith(home), log + " under " + home);
        assertTrue(Files.readString(log).contains("an unforeseen failure in the event loop"), "the trace is in the log");
        assertFalse(message.contains("IllegalStateException") || message.contains("Unhandled"), message);
    }

    @Test
    void aJobThatFailsUnexpectedlyIsShownWithItsMessageAndLog() throws Exception {
        Job job = Job.create("テストの実行", (IProgressMonitor monitor) -> Status.error("テストの実行に失敗しました " + ON_PURPOSE,
                new ArrayIndexOutOfBoundsException("Index -2147483637 out of bounds")));
        job.setUser(true);
        job.schedule();
        String message = dialogMessage(PlatformUI.getWorkbench().getDisplay());
        assertTrue(message.contains("テストの実行に失敗しました"), message);
        assertTrue(Files.readString(logNamedIn(message)).contains("Index -2147483637"), "the trace is in the log");
        assertTrue(job.getResult() != null && job.getResult().getSeverity() == IStatus.ERROR);
    }
}
