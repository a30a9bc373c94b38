package org.jinzai.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jinzai.cli.Cli;
import org.junit.jupiter.api.Test;

/**
 * The product's launch scripts send a command to the command line only when they know its name; one they do not
 * know opens the workbench instead (calibrate did, before it was added). Both lists must be the command line's.
 */
class LaunchScriptsTest {

    private static final Path ROOTFILES = CliSession.EXAMPLES.getParent().resolve("features/org.jinzai.ui.feature/rootfiles");
    private static final Set<String> OPTIONS = Set.of("help", "--help", "-h", "--version");

    @Test
    void bothLaunchScriptsKnowEveryCommandAndNoOther() throws IOException {
        Set<String> commands = new TreeSet<>(Cli.commandNames());
        Matcher linux = Pattern.compile("(?m)^\\s*(validate\\|[^)]*)\\)").matcher(Files.readString(ROOTFILES.resolve("linux/jinzai")));
        assertEquals(true, linux.find(), "the case of the Linux script");
        assertEquals(commands, names(linux.group(1).split("\\|")), "linux/jinzai");
        Matcher windows = Pattern.compile("for %%C in \\(([^)]*)\\)").matcher(Files.readString(ROOTFILES.resolve("win32/jinzai.bat")));
        assertEquals(true, windows.find(), "the for of the Windows script");
        assertEquals(commands, names(windows.group(1).trim().split("\\s+")), "win32/jinzai.bat");
    }

    private static Set<String> names(String[] words) {
        Set<String> names = new TreeSet<>(Arrays.asList(words));
        names.removeAll(OPTIONS);
        return names;
    }
}
