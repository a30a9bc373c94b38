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
import java.util.Map;
import java.util.TreeMap;

import org.jinzai.cli.Cli;
import org.jinzai.engine.MonteCarloEngine;
import org.jinzai.engine.SimulationInput;
import org.jinzai.engine.calibration.RosterRecord;
import org.jinzai.model.Scenario;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.scenario.ScenarioCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code calibrate}: the rates of a municipality's past rosters beside its scenario's, and bad history files refused by line. */
class CalibrateCliTest {

    @TempDir
    Path temp;

    private final CliSession cli = new CliSession();

    /** The engine's own past of the town's scenario (one replication), as one CSV file per fiscal year. */
    private List<Path> history(Path scenarioFile) throws IOException {
        Scenario scenario = (Scenario) JinzaiResources.load(scenarioFile).getContents().get(0);
        SimulationInput input = ScenarioCompiler.compile(scenario);
        String promoter = scenario.getAppointment().getPersona().getName();
        Map<Integer, StringBuilder> files = new TreeMap<>();
        for (RosterRecord r : new MonteCarloEngine().pastRosters(input, 7, 0)) {
            StringBuilder csv = files.computeIfAbsent(r.fiscalYear(), y -> new StringBuilder("職員ID,氏名,生年,所属,任用形態,人材像,退職理由\n"));
            String type = switch (r.employment()) {
                case REGULAR -> "常勤";
                case FIXED_TERM -> "任期付";
                case PART_TIME -> "会計年度任用";
                case OUTSOURCED -> "委託";
            };
            String why = switch (r.leaving()) {
                case RETIREMENT -> "定年";
                case TERM_END -> "任期満了";
                case RESIGNATION -> "普通退職";
                case UNKNOWN -> "";
            };
            csv.append(r.id()).append(",,").append(r.birthYear()).append(',').append(r.department()).append(',').append(type).append(',')
                    .append(r.promoter() ? promoter : "").append(',').append(why).append('\n');
        }
        List<Path> paths = new ArrayList<>();
        for (Map.Entry<Integer, StringBuilder> e : files.entrySet()) {
            Path file = temp.resolve("roster-" + e.getKey() + ".csv");
            Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
            paths.add(file);
        }
        return paths;
    }

    @Test
    void theHistorysRatesComeBesideTheScenariosAndTheScenarioIsNotChanged() throws IOException {
        Path scenario = CliSession.copyExample(temp, "town").resolve("status-quo.jzs");
        byte[] before = Files.readAllBytes(scenario);
        List<Path> files = history(scenario);
        assertEquals(5, files.size(), "one roster a fiscal year of the horizon");
        List<String> args = new ArrayList<>(List.of("calibrate", scenario.toString()));
        files.forEach(f -> args.add(f.toString()));
        assertEquals(Cli.OK, cli.run(args.toArray(String[]::new)), cli.err());
        String out = cli.out();
        assertTrue(out.contains("Leaving rates a year from 5 rosters (fiscal years 2026-2030"), out);
        // one line per age band of the scenario's rates: 7 in the town's
        long bands = out.lines().filter(l -> l.matches("\\s+\\d+-\\d+\\s+.*%.*")).count();
        assertEquals(7, bands, out);
        assertTrue(out.contains("Re-appointment of DX promoters"), out);
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
