package org.jinzai.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.jinzai.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on the examples: exit codes, messages, and reproducible output files. */
class CliTest {

    @TempDir
    Path temp;

    private final CliSession cli = new CliSession();

    @Test
    void helpAndVersion() {
        assertEquals(Cli.OK, cli.run("--help"));
        assertTrue(cli.out().contains("simulate") && cli.out().contains("validate") && cli.out().contains("import-staff"), cli.out());
        assertEquals(Cli.OK, cli.run("simulate", "--help"));
        assertTrue(cli.out().contains("--runs") && cli.out().contains("--seed"), cli.out());
        // help COMMAND is that command's help, as a new user types it
        assertEquals(Cli.OK, cli.run("help", "backtest"));
        assertTrue(cli.out().contains("--fixed-rates"), cli.out());
        assertEquals(Cli.USAGE, cli.run("help", "plan"));
        assertEquals(Cli.OK, cli.run("--version"));
        assertTrue(cli.out().contains(Cli.VERSION));
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(Cli.USAGE, cli.run("plan"));
        assertTrue(cli.err().contains("plan"), cli.err());
        assertEquals(Cli.USAGE, cli.run("simulate"));
        assertEquals(Cli.USAGE, cli.run("simulate", "x.jzs", "--runs", "many"));
        assertTrue(cli.err().contains("--runs") && cli.err().contains("many"), cli.err());
        assertEquals(Cli.USAGE, cli.run("simulate", "x.jzs", "--colour"));
        assertEquals(Cli.USAGE, cli.run("simulate", "x.jzs", "--format", "pdf"));
    }

    @Test
    void theAnalyticPreviewRunsFromTheCommandLineBesideTheMonteCarlo() throws IOException {
        Path town = CliSession.copyExample(temp, "town");
        assertEquals(Cli.USAGE, cli.run("simulate", town.resolve("status-quo.jzs").toString(), "--engine", "guess"));
        assertTrue(cli.err().contains("guess"), cli.err());
        assertEquals(Cli.OK, cli.run("simulate", town.resolve("status-quo.jzs").toString(), "--engine", "analytic", "--out",
                temp.resolve("preview").toString()), cli.err());
        String preview = Files.readString(temp.resolve("preview/preview.csv"), StandardCharsets.UTF_8);
        assertTrue(preview.contains(",target,target-promoter-each,") && preview.contains(",skill,"), preview);
        // the town has 20 business 課: the target of every 課 is compared with 20 in 2030
        assertTrue(preview.lines().anyMatch(l -> l.startsWith("2030,") && l.contains("target-promoter-each") && l.contains(",20.0000,")),
                preview);
        // promoters' counts depend on who is appointed: marked approximate; general staff at Step1 are not
        assertTrue(preview.lines().anyMatch(l -> l.contains(",count,persona-dx-promoter,") && l.endsWith(",yes")), preview);
        assertTrue(preview.lines().anyMatch(l -> l.contains(",count,persona-general,") && l.contains(",1,role,") && l.endsWith(",")),
                preview);
        assertEquals(Cli.OK, cli.run("simulate", town.resolve("status-quo.jzs").toString(), "--runs", "20", "--out",
                temp.resolve("mc").toString()), cli.err());
        String counts = Files.readString(temp.resolve("mc/counts.csv"), StandardCharsets.UTF_8);
        assertTrue(counts.contains(",role,fte") && counts.contains(",skill,fte"), counts);
        String flows = Files.readString(temp.resolve("mc/flows.csv"), StandardCharsets.UTF_8);
        assertTrue(flows.contains("appointments,") && flows.contains("role_exits,") && flows.contains(",persons") && flows.contains(",yen"),
                flows);
    }

    @Test
    void everyExampleValidates() throws IOException {
        try (Stream<Path> files = Files.walk(CliSession.EXAMPLES)) {
            String[] args = Stream.concat(Stream.of("validate"),
                    files.filter(p -> p.toString().endsWith(".jzb") || p.toString().endsWith(".jzs")).map(Path::toString))
                    .toArray(String[]::new);
            assertEquals(Cli.OK, cli.run(args), cli.err());
            assertEquals("", cli.out(), "no problems listed");
        }
    }

    @Test
    void invalidScenarioIsListedWithFileElementAndMessageAndExitsWithThree() throws IOException {
        Path town = CliSession.copyExample(temp, "town");
        Path scenario = town.resolve("status-quo.jzs");
        Files.writeString(scenario, Files.readString(scenario).replace("<runSettings/>", "<runSettings horizonYears=\"12\"/>"));
        assertEquals(Cli.INVALID, cli.run("validate", scenario.toString()));
        assertTrue(cli.out().contains("status-quo.jzs: Scenario「現状維持」 › Run Settings") && cli.out().contains("Horizon (years)")
                && !cli.out().contains("horizonYears") && cli.out().contains("12"), cli.out());
        assertEquals(Cli.INVALID, cli.run("simulate", scenario.toString(), "--out", temp.resolve("out").toString()));
        assertFalse(Files.exists(temp.resolve("out")), "nothing written for an invalid scenario");
        Files.writeString(town.resolve("broken.jzs"), "<?xml version=\"1.0\"?><jinzai:Scenario");
        assertEquals(Cli.INVALID, cli.run("validate", town.resolve("broken.jzs").toString()));
        assertTrue(cli.err().contains("broken.jzs"), cli.err());
    }

    @Test
    void simulateWritesReproducibleFiles() throws IOException {
        Path scenario = CliSession.copyExample(temp, "town").resolve("status-quo.jzs");
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        assertEquals(Cli.OK, cli.run("simulate", scenario.toString(), "--runs", "40", "--seed", "7", "--out", first.toString(),
                "--lang", "ja"), cli.err());
        assertEquals(Cli.OK, cli.run("simulate", scenario.toString(), "--runs", "40", "--seed", "7", "--threads", "1", "--out",
                second.toString(), "--lang", "ja"), cli.err());
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
            assertEquals(5, files.count(), "the four results and their manifest, no temporary files");
        }
    }

    @Test
    void importStaffWritesTheBaselineOnlyWhenTheFileIsGood() throws IOException {
        Path baseline = CliSession.copyExample(temp, "town").resolve("yamanami-cho.jzb");
        byte[] before = Files.readAllBytes(baseline);
        Path bad = temp.resolve("bad.csv");
        Files.write(bad, "職員ID,生年,採用年度,所属\n1,1980,2003,宇宙開発課\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(Cli.INVALID, cli.run("import-staff", baseline.toString(), bad.toString()));
        assertTrue(cli.err().contains("宇宙開発課") && cli.err().contains("line 2"), cli.err());
        assertArrayEquals(before, Files.readAllBytes(baseline), "untouched");
        // a control character in a name: refused with line and column, nothing written
        Files.write(bad, "職員ID,氏名,生年,採用年度,所属\n1,山田\u0007太郎,1980,2003,課税課\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(Cli.INVALID, cli.run("import-staff", baseline.toString(), bad.toString()));
        assertTrue(cli.err().contains("line 2") && cli.err().contains("column 5") && cli.err().contains("U+0007"), cli.err());
        assertArrayEquals(before, Files.readAllBytes(baseline), "untouched");
        assertEquals(Cli.USAGE, cli.run("import-staff", baseline.toString(), bad.toString(), "--encoding", "latin1"));
        Path good = temp.resolve("good.csv");
        Files.write(good, "職員ID,生年,採用年度,所属\n1,1980,2003,課税課\n2,1995,2018,市民課\n".getBytes(java.nio.charset.Charset.forName("windows-31j")));
        assertEquals(Cli.OK, cli.run("import-staff", baseline.toString(), good.toString(), "--encoding", "cp932"), cli.err());
        assertTrue(Files.readString(baseline).contains("id=\"2\""));
    }

    @Test
    void compareUsesCommonRandomNumbers() throws IOException {
        Path town = CliSession.copyExample(temp, "town");
        Path out = temp.resolve("compare");
        assertEquals(Cli.OK, cli.run("compare", town.resolve("status-quo.jzs").toString(), town.resolve("status-quo.jzs").toString(),
                town.resolve("ict-hiring.jzs").toString(), "--runs", "60", "--seed", "3", "--out", out.toString()), cli.err());
        java.util.List<String> lines = Files.readAllLines(out.resolve("comparison.csv"), StandardCharsets.UTF_8);
        assertTrue(lines.get(0).contains("difference_p95"), lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            if (f[0].equals("現状維持")) {
                // a scenario against itself: zero difference in every replication
                assertEquals("0.0000", f[7], line);
                assertEquals("0.0000", f[8], line);
                assertEquals("0.0000", f[9], line);
                assertEquals("0.0000", f[10], line);
                assertEquals("1.0000", f[13], "the same in every replication: " + line);
                assertEquals("0.0000", f[14], line);
            }
            // above, the same, below: every replication is one of them
            assertEquals(1.0, Double.parseDouble(f[10]) + Double.parseDouble(f[13]) + Double.parseDouble(f[14]), 1e-3, line);
        }
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("ICT職採用・外部人材活用,target-digital-hires") && !l.contains(",0.0000,0.0000,0.0000,")),
                "ICT hiring changes digital hires");
        assertTrue(Files.readString(out.resolve("comparison.json")).contains("\"probabilityBetter\""));
        assertTrue(lines.get(0).endsWith("probability_same,probability_worse"), lines.get(0));
    }

    @Test
    void compareRanksTheScenariosByATarget() throws IOException {
        Path town = CliSession.copyExample(temp, "town");
        Path out = temp.resolve("ranked");
        assertEquals(Cli.OK, cli.run("compare", town.resolve("status-quo.jzs").toString(), town.resolve("status-quo.jzs").toString(),
                town.resolve("ict-hiring.jzs").toString(), "--rank", "target-digital-hires", "--year", "2029", "--runs", "60", "--seed", "3",
                "--format", "csv,json,xlsx", "--out", out.toString()), cli.err());
        java.util.List<String> ranked = cli.out().lines().filter(l -> l.matches("\\s+\\d+\\. .*")).toList();
        assertEquals(3, ranked.size(), cli.out());
        assertTrue(ranked.get(0).trim().startsWith("1. ICT職採用・外部人材活用"), "more ICT hires rank first: " + cli.out());
        // the same scenario twice: equal, so they share a place
        assertTrue(ranked.get(1).trim().startsWith("2. 現状維持") && ranked.get(2).trim().startsWith("2. 現状維持"), cli.out());
        String json = Files.readString(out.resolve("comparison.json"));
        assertTrue(json.contains("\"ranking\": {\"target\": \"target-digital-hires\", \"fiscalYear\": 2029"), json);
        try (java.io.InputStream in = Files.newInputStream(out.resolve("comparison.xlsx"));
                org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var ranking = book.getSheet("順位");
            assertTrue(ranking != null, "a ranking sheet");
            assertEquals(3, ranking.getLastRowNum(), "a row per scenario");
            assertEquals(1.0, ranking.getRow(1).getCell(0).getNumericCellValue());
            assertEquals("ICT職採用・外部人材活用", ranking.getRow(1).getCell(1).getStringCellValue());
            // the comparison rows: numbers as numbers (the same scenario against itself differs by 0)
            var rows = book.getSheet("比較");
            assertTrue(rows.getLastRowNum() > 10, "rows per scenario, target and year");
            assertEquals(0.0, rows.getRow(1).getCell(5).getNumericCellValue(), 1e-12, "the reference against itself");
            // every change of every scenario: the copy of the reference changes nothing, ICT hiring adds its channels
            var changes = book.getSheet("変更点");
            java.util.List<String> lines = new java.util.ArrayList<>();
            for (int r = 1; r <= changes.getLastRowNum(); r++) {
                lines.add(changes.getRow(r).getCell(0).getStringCellValue() + ": " + changes.getRow(r).getCell(1).getStringCellValue());
            }
            assertTrue(!lines.isEmpty() && lines.stream().allMatch(l -> l.startsWith("ICT職採用・外部人材活用: ")), lines.toString());
            assertTrue(lines.stream().anyMatch(l -> l.contains("ICT枠採用")), lines.toString());
        }
        assertEquals(Cli.USAGE, cli.run("compare", town.resolve("status-quo.jzs").toString(), town.resolve("ict-hiring.jzs").toString(),
                "--rank", "nope"));
        assertTrue(cli.err().contains("target-digital-hires"), "the known targets are listed: " + cli.err());
    }
}
