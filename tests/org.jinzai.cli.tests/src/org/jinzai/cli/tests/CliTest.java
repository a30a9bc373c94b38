package org.jinzai.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

/** The command line on the examples: exit codes, messages, and reproducible output files. */
class CliTest {

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

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path copyExample(String folder) throws IOException {
        Path target = temp.resolve(folder);
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(EXAMPLES.resolve(folder))) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        return target;
    }

    @Test
    void helpAndVersion() {
        assertEquals(Cli.OK, run("--help"));
        assertTrue(out().contains("simulate") && out().contains("validate") && out().contains("import-staff"), out());
        assertEquals(Cli.OK, run("simulate", "--help"));
        assertTrue(out().contains("--runs") && out().contains("--seed"), out());
        assertEquals(Cli.OK, run("--version"));
        assertTrue(out().contains(Cli.VERSION));
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(Cli.USAGE, run("plan"));
        assertTrue(err().contains("plan"), err());
        assertEquals(Cli.USAGE, run("simulate"));
        assertEquals(Cli.USAGE, run("simulate", "x.jzs", "--runs", "many"));
        assertTrue(err().contains("--runs") && err().contains("many"), err());
        assertEquals(Cli.USAGE, run("simulate", "x.jzs", "--colour"));
        assertEquals(Cli.USAGE, run("simulate", "x.jzs", "--format", "pdf"));
    }

    @Test
    void everyExampleValidates() throws IOException {
        try (Stream<Path> files = Files.walk(EXAMPLES)) {
            String[] args = Stream.concat(Stream.of("validate"),
                    files.filter(p -> p.toString().endsWith(".jzb") || p.toString().endsWith(".jzs")).map(Path::toString))
                    .toArray(String[]::new);
            assertEquals(Cli.OK, run(args), err());
            assertEquals("", out(), "no problems listed");
        }
    }

    @Test
    void invalidScenarioIsListedWithFileElementAndMessageAndExitsWithThree() throws IOException {
        Path town = copyExample("town");
        Path scenario = town.resolve("status-quo.jzs");
        Files.writeString(scenario, Files.readString(scenario).replace("<runSettings/>", "<runSettings horizonYears=\"12\"/>"));
        assertEquals(Cli.INVALID, run("validate", scenario.toString()));
        assertTrue(out().contains("status-quo.jzs: Scenario「現状維持」") && out().contains("horizonYears") && out().contains("12"), out());
        assertEquals(Cli.INVALID, run("simulate", scenario.toString(), "--out", temp.resolve("out").toString()));
        assertFalse(Files.exists(temp.resolve("out")), "nothing written for an invalid scenario");
        Files.writeString(town.resolve("broken.jzs"), "<?xml version=\"1.0\"?><jinzai:Scenario");
        assertEquals(Cli.INVALID, run("validate", town.resolve("broken.jzs").toString()));
        assertTrue(err().contains("broken.jzs"), err());
    }

    @Test
    void simulateWritesReproducibleFiles() throws IOException {
        Path scenario = copyExample("town").resolve("status-quo.jzs");
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        assertEquals(Cli.OK, run("simulate", scenario.toString(), "--runs", "40", "--seed", "7", "--out", first.toString(),
                "--lang", "ja"), err());
        assertEquals(Cli.OK, run("simulate", scenario.toString(), "--runs", "40", "--seed", "7", "--threads", "1", "--out",
                second.toString(), "--lang", "ja"), err());
        for (String name : new String[] { "results.json", "targets.csv", "counts.csv", "flows.csv" }) {
            assertArrayEquals(Files.readAllBytes(first.resolve(name)), Files.readAllBytes(second.resolve(name)),
                    name + " is byte-identical for 2 threads and 1");
        }
        String targets = Files.readString(first.resolve("targets.csv"), StandardCharsets.UTF_8);
        assertTrue(targets.startsWith("\uFEFFfiscal_year,"), "UTF-8 with BOM for Excel");
        assertTrue(targets.contains("2030,2030年度（令和12年度）,target-promoter-each"), targets);
        String json = Files.readString(first.resolve("results.json"), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"replications\": 40") && json.contains("\"seed\": 7") && json.contains("probabilityMet"), json);
        try (Stream<Path> files = Files.list(first)) {
            assertEquals(4, files.count(), "no temporary files left");
        }
    }

    @Test
    void importStaffReplacesTheRosterOnlyWhenTheFileIsGood() throws IOException {
        Path baseline = copyExample("town").resolve("yamanami-cho.jzb");
        byte[] before = Files.readAllBytes(baseline);
        Path bad = temp.resolve("bad.csv");
        Files.write(bad, "職員ID,生年,採用年度,所属\n1,1980,2003,宇宙開発課\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(Cli.INVALID, run("import-staff", baseline.toString(), bad.toString()));
        assertTrue(err().contains("宇宙開発課") && err().contains("line 2"), err());
        assertArrayEquals(before, Files.readAllBytes(baseline), "untouched");
        Path good = temp.resolve("good.csv");
        Files.write(good, "職員ID,生年,採用年度,所属\n1,1980,2003,課税課\n2,1995,2018,市民課\n".getBytes(java.nio.charset.Charset.forName("windows-31j")));
        assertEquals(Cli.OK, run("import-staff", baseline.toString(), good.toString(), "--encoding", "cp932"), err());
        assertTrue(Files.readString(baseline).contains("id=\"2\""));
    }

    @Test
    void compareUsesCommonRandomNumbers() throws IOException {
        Path town = copyExample("town");
        Path out = temp.resolve("compare");
        assertEquals(Cli.OK, run("compare", town.resolve("status-quo.jzs").toString(), town.resolve("status-quo.jzs").toString(),
                town.resolve("ict-hiring.jzs").toString(), "--runs", "60", "--seed", "3", "--out", out.toString()), err());
        java.util.List<String> lines = Files.readAllLines(out.resolve("comparison.csv"), StandardCharsets.UTF_8);
        assertTrue(lines.get(0).contains("difference_p95"), lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            if (f[0].equals("現状維持")) {
                // a scenario against itself: zero difference in every replication
                assertEquals("0.0000", f[7], line);
                assertEquals("0.0000", f[8], line);
                assertEquals("0.0000", f[9], line);
            }
        }
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("ICT職採用・外部人材活用,target-digital-hires") && !l.contains(",0.0000,0.0000,0.0000,")),
                "ICT hiring changes digital hires");
        assertTrue(Files.readString(out.resolve("comparison.json")).contains("\"probabilityBetter\""));
    }
}
