package org.jinzai.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jinzai.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code calibrate}: the rates of a municipality's past rosters beside its scenario's, and bad history files refused by line. */
class CalibrateCliTest {

    @TempDir
    Path temp;

    private final CliSession cli = new CliSession();

    /** The town's shipped history: five rosters the engine made of its past (see ExampleHistory in the scenario tests). */
    private static List<Path> history() throws IOException {
        try (Stream<Path> files = Files.list(CliSession.EXAMPLES.resolve("town/history"))) {
            return files.sorted().toList();
        }
    }

    @Test
    void theHistorysRatesComeBesideTheScenariosAndTheScenarioIsNotChanged() throws IOException {
        Path scenario = CliSession.copyExample(temp, "town").resolve("status-quo.jzs");
        byte[] before = Files.readAllBytes(scenario);
        List<Path> files = history();
        assertEquals(5, files.size(), "one roster a fiscal year of the horizon");
        List<String> args = new ArrayList<>(List.of("calibrate", scenario.toString()));
        files.forEach(f -> args.add(f.toString()));
        assertEquals(Cli.OK, cli.run(args.toArray(String[]::new)), cli.err());
        String out = cli.out();
        assertTrue(out.contains("Leaving rates a year from 5 rosters (fiscal years 2021-2025"), out);
        // one line per age band of the scenario's rates: 7 in the town's
        long bands = out.lines().filter(l -> l.matches("\\s+\\d+-\\d+\\s+.*%.*")).count();
        assertEquals(7, bands, out);
        assertTrue(out.contains("Re-appointment of DX promoters"), out);
        // the town's history has regulars only: the other employment types' bands say so instead of showing the prior
        assertEquals(3, out.lines().filter(l -> l.contains("nobody of it in the history")).count(), out);
        assertArrayEquals(before, Files.readAllBytes(scenario), "the scenario is not changed");
    }

    @Test
    void aBadLineOfAHistoryFileIsSaidWithItsFileAndLineAndNothingIsEstimated() throws IOException {
        Path scenario = CliSession.copyExample(temp, "town").resolve("status-quo.jzs");
        Path good = temp.resolve("roster-2024.csv");
        Files.writeString(good, "職員ID,生年,所属\n1,1980,総務課\n2,1990,総務課\n", StandardCharsets.UTF_8);
        Path bad = temp.resolve("roster-2025.csv");
        Files.writeString(bad, "職員ID,生年,所属\n1,1980,総務課\n2,千九百九十,総務課\n", StandardCharsets.UTF_8);
        assertEquals(Cli.INVALID, cli.run("calibrate", scenario.toString(), good.toString(), bad.toString()));
        assertTrue(cli.err().contains("roster-2025.csv: line 3") && cli.err().contains("千九百九十"), cli.err());
        assertTrue(cli.err().contains("Nothing was estimated"), cli.err());
        assertTrue(cli.out().isBlank(), cli.out());
    }
}
