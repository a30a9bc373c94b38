package org.jinzai.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jinzai.cli.Cli;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing fails silently: an unforeseen failure or running out of memory ends with exit 4 and one line naming the log
 * file that holds the trace; a wrong-kind reference is reported for its file while the other files of the same
 * {@code validate} are still checked.
 */
class NoSilentFailureTest {

    private static final Pattern LOG = Pattern.compile("(/\\S+\\.log)");

    @TempDir
    Path temp;

    private String home;

    @BeforeEach
    void logsInTheTemporaryFolder() {
        home = System.getProperty("user.home");
        System.setProperty("user.home", temp.resolve("home").toString());
    }

    @AfterEach
    void restoreHome() {
        System.setProperty("user.home", home);
    }

    private static Path logNamedIn(String message) {
        Matcher m = LOG.matcher(message);
        assertTrue(m.find(), "names a log file: " + message);
        return Path.of(m.group(1));
    }

    @Test
    void runningOutOfMemorySaysHowToGiveMoreAndWhereTheTraceIs() throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Cli cli = new Cli(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Cli.FAILED, cli.unexpected(new OutOfMemoryError("Java heap space")));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("JINZAI_XMX"), message);
        assertTrue(Files.readString(logNamedIn(message)).contains("OutOfMemoryError"), "the trace is in the log");
    }

    @Test
    void aFailureInsideARunExitsWithFourAndNamesTheLog() throws IOException {
        Path town = CliSession.copyExample(temp, "town");
        // an output that fails in a way nobody foresaw, in the middle of a goal-seek that prints its answer
        PrintStream broken = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8) {
            @Override
            public void println(String x) {
                throw new UnsupportedOperationException("the terminal went away");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Cli cli = new Cli(broken, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Cli.FAILED, cli.run("goal-seek", town.resolve("status-quo.jzs").toString(), "--target", "target-dx-basics", "--year",
                "2030", "--lever", "seats:course-dx-basics", "--max", "20", "--runs", "4", "--out", temp.resolve("out").toString()));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(Files.readString(logNamedIn(message)).contains("the terminal went away"), "the trace is in the log");
        assertEquals(1, message.lines().filter(line -> line.contains(".log")).count(), message);
        assertTrue(!message.contains("\tat ") && !message.contains("UnsupportedOperationException"), "no trace on the terminal: " + message);
    }

    @Test
    void aValueBeyondWhatTheEngineCanDoIsAnErrorWithItsBounds() throws IOException {
        Path town = CliSession.copyExample(temp, "town");
        Path scenario = town.resolve("ict-hiring.jzs");
        String from = "fillProbability=\"0.8\" passRate=\"0.5\"";
        CliSession.replace(scenario, from, from + " leadTimeMonths=\"2147483647\"");
        CliSession cli = new CliSession();
        assertEquals(Cli.INVALID, cli.run("simulate", scenario.toString(), "--runs", "5", "--out", temp.resolve("out").toString()));
        assertTrue(cli.err().contains("ict-hiring.jzs") && cli.err().contains("2147483647") && cli.err().contains("120"), cli.err());
        assertTrue(Files.notExists(temp.resolve("out")), "nothing written");
    }

    @Test
    void eachFileOfAValidateIsCheckedOnItsOwn() throws IOException {
        Path town = CliSession.copyExample(temp, "town");
        Path wrong = town.resolve("status-quo.jzs");
        // persona references that point at a department
        CliSession.replace(wrong, "persona=\"yamanami-cho.jzb#persona-dx-promoter\"", "persona=\"yamanami-cho.jzb#dept-001\"");
        CliSession cli = new CliSession();
        int code = cli.run("validate", wrong.toString(), town.resolve("ict-hiring.jzs").toString());
        assertEquals(Cli.INVALID, code, cli.err() + cli.out());
        assertTrue(cli.err().contains("status-quo.jzs") && cli.err().contains("Persona") && cli.err().contains("Department"), cli.err());
        assertTrue(cli.err().contains("ict-hiring.jzs"), "the second file is checked too: " + cli.err());
    }
}
