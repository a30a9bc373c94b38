package org.jinzai.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.jinzai.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run's files are one unit: each scenario has its own default folder, a run replaces the whole folder (no old
 * file survives beside new ones), a folder holding other things is refused before the run and left as it was, a
 * folder left half-swapped by a killed run is put back, and identical runs give byte-identical files, the Word and
 * Excel files included. (Killing a real run at many moments is product-smoke's interruption test.)
 */
class ResultFolderTest {

    @TempDir
    Path temp;

    private static TreeMap<String, byte[]> contents(Path folder) throws IOException {
        TreeMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static List<String> siblings(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder.getParent())) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void eachScenarioHasItsOwnDefaultFolder() throws IOException {
        Path town = CliSession.copyExample(temp, "town");
        CliSession cli = new CliSession();
        assertEquals(Cli.OK, cli.run("simulate", town.resolve("status-quo.jzs").toString(), "--runs", "5", "--format", "json"), cli.err());
        assertEquals(Cli.OK, cli.run("simulate", town.resolve("ict-hiring.jzs").toString(), "--runs", "5", "--format", "json"), cli.err());
        String statusQuo = Files.readString(town.resolve("results/status-quo/results.json"), StandardCharsets.UTF_8);
        String hiring = Files.readString(town.resolve("results/ict-hiring/results.json"), StandardCharsets.UTF_8);
        assertTrue(statusQuo.contains("\"scenarioId\": \"scenario-status-quo\""), statusQuo.substring(0, 200));
        assertFalse(hiring.contains("\"scenarioId\": \"scenario-status-quo\""), hiring.substring(0, 200));
        assertEquals(List.of(".ict-hiring.lock", ".status-quo.lock", "ict-hiring", "status-quo"), siblings(town.resolve("results/status-quo")),
                "no staging folder is left");
    }

    @Test
    void aRunReplacesTheWholeFolderAndIdenticalRunsGiveIdenticalBytes() throws IOException {
        // the reports carry their date (作成日): the same day for both runs, even across midnight
        System.setProperty("jinzai.reportDate", "2026-12-01");
        Path town = CliSession.copyExample(temp, "town");
        String scenario = town.resolve("status-quo.jzs").toString();
        Path out = temp.resolve("out");
        CliSession cli = new CliSession();
        String[] run = { "simulate", scenario, "--runs", "8", "--out", out.toString(), "--format", "csv,json,xlsx,docx" };
        assertEquals(Cli.OK, cli.run(run), cli.err());
        TreeMap<String, byte[]> first = contents(out);
        assertEquals(List.of(".jinzai-results", "counts.csv", "flows.csv", "policy.docx", "results.json", "results.xlsx", "targets.csv"),
                List.copyOf(first.keySet()));
        assertEquals(Cli.OK, cli.run(run), cli.err());
        TreeMap<String, byte[]> second = contents(out);
        assertEquals(first.keySet(), second.keySet());
        for (String name : first.keySet()) {
            assertArrayEquals(first.get(name), second.get(name), name + " differs between identical runs");
        }
        // the Word and Excel files carry no time of writing: every part has the same fixed time, no creation date
        long fixed = new GregorianCalendar(2000, 0, 1).getTimeInMillis();
        for (String name : List.of("results.xlsx", "policy.docx")) {
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(out.resolve(name)))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    assertEquals(fixed, entry.getTime(), name + " " + entry.getName());
                    if (entry.getName().equals("docProps/core.xml")) {
                        String core = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                        assertFalse(core.contains("created"), core);
                    }
                }
            }
        }
        // a run with fewer formats leaves no old file of the other formats beside its own
        assertEquals(Cli.OK, cli.run("simulate", scenario, "--runs", "9", "--out", out.toString(), "--format", "csv"), cli.err());
        assertEquals(List.of(".jinzai-results", "counts.csv", "flows.csv", "targets.csv"), List.copyOf(contents(out).keySet()));
        assertEquals(List.of(".out.lock", "out", "town"), siblings(out));
        System.clearProperty("jinzai.reportDate");
    }

    @Test
    void aFileTheUserSavedOrChangedInTheFolderKeepsItFromBeingReplaced() throws IOException {
        Path town = CliSession.copyExample(temp, "town");
        String scenario = town.resolve("status-quo.jzs").toString();
        Path out = temp.resolve("out");
        CliSession cli = new CliSession();
        assertEquals(Cli.OK, cli.run("simulate", scenario, "--runs", "4", "--out", out.toString()), cli.err());
        // Excel's Save As puts the planner's own workbook beside the results
        Files.writeString(out.resolve("分析メモ.xlsx"), "mine", StandardCharsets.UTF_8);
        assertEquals(Cli.USAGE, cli.run("simulate", scenario, "--runs", "4", "--out", out.toString()), cli.err());
        assertTrue(cli.err().contains("分析メモ.xlsx"), cli.err());
        Files.delete(out.resolve("分析メモ.xlsx"));
        // a result file edited by hand
        Files.writeString(out.resolve("targets.csv"), "edited", StandardCharsets.UTF_8);
        assertEquals(Cli.USAGE, cli.run("simulate", scenario, "--runs", "4", "--out", out.toString()), cli.err());
        assertTrue(cli.err().contains("targets.csv"), cli.err());
        assertEquals("edited", Files.readString(out.resolve("targets.csv"), StandardCharsets.UTF_8));
        // a folder of the user's own files with the same names and kinds as results, but no run wrote them
        Path mine = temp.resolve("mine");
        Files.createDirectories(mine);
        Files.writeString(mine.resolve("results.json"), "{}", StandardCharsets.UTF_8);
        assertEquals(Cli.USAGE, cli.run("simulate", scenario, "--runs", "4", "--out", mine.toString()), cli.err());
        assertEquals("{}", Files.readString(mine.resolve("results.json"), StandardCharsets.UTF_8));
        // a name that would be a glob pattern
        Path bracket = temp.resolve("plan[2");
        assertEquals(Cli.OK, cli.run("simulate", scenario, "--runs", "4", "--out", bracket.toString()), cli.err());
        assertEquals(Cli.OK, cli.run("simulate", scenario, "--runs", "4", "--out", bracket.toString()), cli.err());
        assertTrue(Files.exists(bracket.resolve("results.json")));
    }

    @Test
    void aFolderHoldingOtherThingsIsRefusedAndLeftAsItWas() throws IOException {
        Path town = CliSession.copyExample(temp, "town");
        Path out = temp.resolve("documents");
        Files.createDirectories(out.resolve("2025"));
        Files.writeString(out.resolve("memo.txt"), "会議メモ", StandardCharsets.UTF_8);
        Files.writeString(out.resolve("targets.csv"), "mine", StandardCharsets.UTF_8);
        CliSession cli = new CliSession();
        String statusQuo = town.resolve("status-quo.jzs").toString();
        assertEquals(Cli.USAGE, cli.run("simulate", statusQuo, "--runs", "4", "--out", out.toString()), cli.err());
        assertTrue(cli.err().contains(out.toAbsolutePath().normalize().toString())
                && (cli.err().contains("memo.txt") || cli.err().contains("2025") || cli.err().contains("targets.csv")), cli.err());
        assertEquals(Cli.USAGE, cli.run("compare", statusQuo, town.resolve("ict-hiring.jzs").toString(), "--runs", "4", "--out",
                out.toString()), cli.err());
        assertEquals("mine", Files.readString(out.resolve("targets.csv"), StandardCharsets.UTF_8));
        assertEquals(List.of("2025", "memo.txt", "targets.csv"), siblings(out.resolve("memo.txt")));
        // an experiment adds its files to a folder and leaves the others as they were
        assertEquals(Cli.OK, cli.run("sweep", statusQuo, "--runs", "4", "--out", out.toString(), "--lever", "seats:course-dx-basics",
                "--values", "10,20", "--year", "2030"), cli.err());
        assertEquals("mine", Files.readString(out.resolve("targets.csv"), StandardCharsets.UTF_8));
        assertTrue(Files.exists(out.resolve("sweep.csv")) && Files.exists(out.resolve("memo.txt")));
        assertEquals(List.of(".documents.lock", "documents", "town"), siblings(out), "no staging folder is left");
        Path file = temp.resolve("a-file");
        Files.writeString(file, "x");
        assertEquals(Cli.USAGE, cli.run("simulate", statusQuo, "--out", file.toString()), cli.err());
        assertTrue(cli.err().contains(file.toString()), cli.err());
        assertEquals(Cli.USAGE, cli.run("sweep", statusQuo, "--out", file.toString(), "--lever", "seats:course-dx-basics", "--values", "10",
                "--year", "2030"), cli.err());
        assertTrue(cli.err().contains(file.toString()), cli.err());
        assertEquals("x", Files.readString(file));
    }

    @Test
    void aFolderLeftBetweenTheTwoRenamesIsPutBack() throws IOException {
        Path town = CliSession.copyExample(temp, "town");
        String scenario = town.resolve("status-quo.jzs").toString();
        Path out = temp.resolve("out");
        CliSession cli = new CliSession();
        assertEquals(Cli.OK, cli.run("simulate", scenario, "--runs", "4", "--out", out.toString(), "--format", "json"), cli.err());
        // a run killed after moving the old folder aside and before moving its own in, and one killed while writing
        Files.move(out, temp.resolve(".out.previous-123"));
        Files.createDirectories(temp.resolve(".out.writing-456"));
        Files.writeString(temp.resolve(".out.writing-456/results.json"), "{", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(temp.resolve(".out.writing-456"), java.nio.file.attribute.FileTime.fromMillis(0));
        // an experiment adds to its folder: the folder comes back and gets the new file beside the old one
        assertEquals(Cli.OK, cli.run("simulate", scenario, "--engine", "analytic", "--out", out.toString()), cli.err());
        assertEquals(List.of(".jinzai-results", "preview.csv", "results.json"), List.copyOf(contents(out).keySet()));
        assertEquals(List.of(".out.lock", "out", "town"), siblings(out));
    }

    @Test
    void runsIntoOneFolderAtOnceTakeTurns() throws Exception {
        Path town = CliSession.copyExample(temp, "town");
        String scenario = town.resolve("status-quo.jzs").toString();
        Path out = temp.resolve("out");
        List<java.util.concurrent.Future<Integer>> runs = new java.util.ArrayList<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            for (int i = 0; i < 4; i++) {
                String seed = Integer.toString(i + 1);
                runs.add(pool.submit(() -> new CliSession().run("simulate", scenario, "--runs", "4", "--seed", seed, "--out", out.toString(),
                        "--threads", "1")));
            }
            for (var run : runs) {
                assertEquals(Cli.OK, run.get(), "every run ends well");
            }
        } finally {
            pool.shutdown();
        }
        // the folder holds one run's files, whole
        String json = Files.readString(out.resolve("results.json"), StandardCharsets.UTF_8);
        assertTrue(json.matches("(?s).*\"seed\": [1-4],.*"), json.substring(0, 300));
        assertEquals(List.of(".out.lock", "out", "town"), siblings(out));
    }
}
