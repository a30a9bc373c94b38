package org.jinzai.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jinzai.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jinzai goal-seek: the answer on an example, reproducible files, and a clear line with exit code 2 for each wrong option. */
class GoalSeekCliTest {

    @TempDir
    Path temp;

    private final CliSession cli = new CliSession();

    private Path town() throws IOException {
        return CliSession.copyExample(temp, "town").resolve("status-quo.jzs");
    }

    @Test
    void findsTheFewestSeatsAndWritesTheSameFilesTwice() throws IOException {
        Path scenario = town();
        byte[] before = Files.readAllBytes(scenario);
        String[] args = { "goal-seek", scenario.toString(), "--target", "target-promoter-step2", "--year", "2030", "--probability",
                "0.5", "--lever", "seats:course-dx-leader", "--min", "0", "--max", "40", "--runs", "100", "--seed", "7", "--out",
                temp.resolve("a").toString() };
        assertEquals(Cli.OK, cli.run(args), cli.err());
        String answer = cli.out();
        String json = Files.readString(temp.resolve("a/goal-seek.json"));
        assertTrue(json.contains("\"lever\": {\"kind\": \"seats\", \"id\": \"course-dx-leader\""), json);
        assertTrue(json.contains("\"evaluations\": ["), json);
        boolean feasible = json.contains("\"feasible\": true");
        assertTrue(answer.contains(feasible ? "course" : "") && !answer.isBlank(), answer);
        args[args.length - 1] = temp.resolve("b").toString();
        assertEquals(Cli.OK, cli.run(args));
        assertEquals(json, Files.readString(temp.resolve("b/goal-seek.json")), "the same inputs give the same answer");
        assertEquals(Files.readString(temp.resolve("a/goal-seek.csv")), Files.readString(temp.resolve("b/goal-seek.csv")));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(scenario)), "the scenario is not modified");
    }

    @Test
    void wrongOptionsAreUsageErrors() throws IOException {
        Path scenario = town();
        String file = scenario.toString();
        assertEquals(Cli.USAGE, cli.run("goal-seek", file, "--year", "2030", "--lever", "seats:course-pm", "--max", "10"));
        assertTrue(cli.err().contains("--target"));
        assertEquals(Cli.USAGE, cli.run("goal-seek", file, "--target", "nope", "--year", "2030", "--lever", "seats:course-pm", "--max", "10"));
        assertTrue(cli.err().contains("target-promoter-step2"), "the known targets are listed");
        assertEquals(Cli.USAGE, cli.run("goal-seek", file, "--target", "target-promoter-step2", "--year", "2040", "--lever", "seats:course-pm",
                "--max", "10"));
        assertEquals(Cli.USAGE, cli.run("goal-seek", file, "--target", "target-promoter-step2", "--year", "2030", "--lever", "seats:nope",
                "--max", "10"));
        assertEquals(Cli.USAGE, cli.run("goal-seek", file, "--target", "target-promoter-step2", "--year", "2030", "--lever", "budget",
                "--max", "10"));
        assertEquals(Cli.USAGE, cli.run("goal-seek", file, "--target", "target-promoter-step2", "--year", "2030", "--lever", "seats:course-pm",
                "--max", "10", "--probability", "1.5"));
        assertEquals(Cli.USAGE, cli.run("goal-seek", file, "--target", "target-promoter-step2", "--year", "2030", "--lever", "seats:course-pm",
                "--min", "20", "--max", "10"));
        for (String line : cli.err().split("\n")) {
            assertFalse(line.contains("Exception"), line);
        }
        assertEquals(Cli.OK, cli.run("goal-seek", "--help"));
        assertTrue(cli.out().contains("--lever"));
    }

    @Test
    void sweepOverTwoLeversWritesTheSameGridTwice() throws IOException {
        Path scenario = town();
        String[] args = { "sweep", scenario.toString(), "--lever", "seats:course-dx-basics", "--values", "0..30:10", "--lever2",
                "seats:course-dx-leader", "--values2", "0,5", "--year", "2030", "--runs", "50", "--seed", "3", "--out",
                temp.resolve("s1").toString() };
        assertEquals(Cli.OK, cli.run(args), cli.err());
        String grid = cli.out();
        assertTrue(grid.contains("%"), grid);
        String csv = Files.readString(temp.resolve("s1/sweep.csv"));
        // 4 × 2 points, a line per target each, and the header
        int targets = 5;
        assertEquals(1 + 4 * 2 * targets, csv.split("\r\n").length, csv);
        args[args.length - 1] = temp.resolve("s2").toString();
        assertEquals(Cli.OK, cli.run(args));
        assertEquals(csv, Files.readString(temp.resolve("s2/sweep.csv")));
        assertEquals(Files.readString(temp.resolve("s1/sweep.json")), Files.readString(temp.resolve("s2/sweep.json")));
        assertEquals(Cli.USAGE, cli.run("sweep", scenario.toString(), "--lever", "seats:course-dx-basics", "--values", "ten", "--year", "2030"));
        assertEquals(Cli.USAGE, cli.run("sweep", scenario.toString(), "--lever", "seats:course-dx-basics", "--values", "1,2", "--year", "2030",
                "--lever2", "seats:course-pm"));
    }

    @Test
    void sensitivityListsTheLeversWidestSwingFirst() throws IOException {
        Path scenario = town();
        assertEquals(Cli.OK, cli.run("sensitivity", scenario.toString(), "--target", "target-dx-basics", "--year", "2030", "--levers",
                "seats:course-pm,seats:course-dx-basics", "--change", "50", "--runs", "50"), cli.err());
        String[] lines = cli.out().split("\n");
        assertTrue(lines.length >= 3, String.join("\n", lines));
        // the DX basics seats move its completion rate; the PM course seats do not
        assertTrue(lines[1].contains("course-dx-basics") || lines[1].contains("DX"), lines[1]);
        assertEquals(Cli.USAGE, cli.run("sensitivity", scenario.toString(), "--target", "target-dx-basics", "--year", "2030", "--levers",
                "seats:nope"));
    }
}
