package org.jinzai.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.jinzai.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jinzai goal-seek: the answer on an example, reproducible files, and a clear line with exit code 2 for each wrong option. */
class GoalSeekCliTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("jinzai.examples", "../../examples"));

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    private Path town() throws IOException {
        Path target = temp.resolve("town");
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(EXAMPLES.resolve("town"))) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        return target.resolve("status-quo.jzs");
    }

    @Test
    void findsTheFewestSeatsAndWritesTheSameFilesTwice() throws IOException {
        Path scenario = town();
        byte[] before = Files.readAllBytes(scenario);
        String[] args = { "goal-seek", scenario.toString(), "--target", "target-promoter-step2", "--year", "2030", "--probability",
                "0.5", "--lever", "seats:course-dx-leader", "--min", "0", "--max", "40", "--runs", "100", "--seed", "7", "--out",
                temp.resolve("a").toString() };
        assertEquals(Cli.OK, run(args), err.toString(StandardCharsets.UTF_8));
        String answer = out.toString(StandardCharsets.UTF_8);
        String json = Files.readString(temp.resolve("a/goal-seek.json"));
        assertTrue(json.contains("\"lever\": {\"kind\": \"seats\", \"id\": \"course-dx-leader\""), json);
        assertTrue(json.contains("\"evaluations\": ["), json);
        boolean feasible = json.contains("\"feasible\": true");
        assertTrue(answer.contains(feasible ? "course" : "") && !answer.isBlank(), answer);
        args[args.length - 1] = temp.resolve("b").toString();
        assertEquals(Cli.OK, run(args));
        assertEquals(json, Files.readString(temp.resolve("b/goal-seek.json")), "the same inputs give the same answer");
        assertEquals(Files.readString(temp.resolve("a/goal-seek.csv")), Files.readString(temp.resolve("b/goal-seek.csv")));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(scenario)), "the scenario is not modified");
    }

    @Test
    void wrongOptionsAreUsageErrors() throws IOException {
        Path scenario = town();
        String file = scenario.toString();
        assertEquals(Cli.USAGE, run("goal-seek", file, "--year", "2030", "--lever", "seats:course-pm", "--max", "10"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--target"));
        assertEquals(Cli.USAGE, run("goal-seek", file, "--target", "nope", "--year", "2030", "--lever", "seats:course-pm", "--max", "10"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("target-promoter-step2"), "the known targets are listed");
        assertEquals(Cli.USAGE, run("goal-seek", file, "--target", "target-promoter-step2", "--year", "2040", "--lever", "seats:course-pm",
                "--max", "10"));
        assertEquals(Cli.USAGE, run("goal-seek", file, "--target", "target-promoter-step2", "--year", "2030", "--lever", "seats:nope",
                "--max", "10"));
        assertEquals(Cli.USAGE, run("goal-seek", file, "--target", "target-promoter-step2", "--year", "2030", "--lever", "budget",
                "--max", "10"));
        assertEquals(Cli.USAGE, run("goal-seek", file, "--target", "target-promoter-step2", "--year", "2030", "--lever", "seats:course-pm",
                "--max", "10", "--probability", "1.5"));
        assertEquals(Cli.USAGE, run("goal-seek", file, "--target", "target-promoter-step2", "--year", "2030", "--lever", "seats:course-pm",
                "--min", "20", "--max", "10"));
        for (String line : err.toString(StandardCharsets.UTF_8).split("\n")) {
            assertFalse(line.contains("Exception"), line);
        }
        assertEquals(Cli.OK, run("goal-seek", "--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--lever"));
    }

    @Test
    void sweepOverTwoLeversWritesTheSameGridTwice() throws IOException {
        Path scenario = town();
        String[] args = { "sweep", scenario.toString(), "--lever", "seats:course-dx-basics", "--values", "0..30:10", "--lever2",
                "seats:course-dx-leader", "--values2", "0,5", "--year", "2030", "--runs", "50", "--seed", "3", "--out",
                temp.resolve("s1").toString() };
        assertEquals(Cli.OK, run(args), err.toString(StandardCharsets.UTF_8));
        String grid = out.toString(StandardCharsets.UTF_8);
        assertTrue(grid.contains("%"), grid);
        String csv = Files.readString(temp.resolve("s1/sweep.csv"));
        // 4 × 2 points, a line per target each, and the header
        int targets = 5;
        assertEquals(1 + 4 * 2 * targets, csv.split("\r\n").length, csv);
        args[args.length - 1] = temp.resolve("s2").toString();
        assertEquals(Cli.OK, run(args));
        assertEquals(csv, Files.readString(temp.resolve("s2/sweep.csv")));
        assertEquals(Files.readString(temp.resolve("s1/sweep.json")), Files.readString(temp.resolve("s2/sweep.json")));
        assertEquals(Cli.USAGE, run("sweep", scenario.toString(), "--lever", "seats:course-dx-basics", "--values", "ten", "--year", "2030"));
        assertEquals(Cli.USAGE, run("sweep", scenario.toString(), "--lever", "seats:course-dx-basics", "--values", "1,2", "--year", "2030",
                "--lever2", "seats:course-pm"));
    }

    @Test
    void sensitivityListsTheLeversWidestSwingFirst() throws IOException {
        Path scenario = town();
        assertEquals(Cli.OK, run("sensitivity", scenario.toString(), "--target", "target-dx-basics", "--year", "2030", "--levers",
                "seats:course-pm,seats:course-dx-basics", "--change", "50", "--runs", "50"), err.toString(StandardCharsets.UTF_8));
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertTrue(lines.length >= 3, String.join("\n", lines));
        // the DX basics seats move its completion rate; the PM course seats do not
        assertTrue(lines[1].contains("course-dx-basics") || lines[1].contains("DX"), lines[1]);
        assertEquals(Cli.USAGE, run("sensitivity", scenario.toString(), "--target", "target-dx-basics", "--year", "2030", "--levers",
                "seats:nope"));
    }
}
