package org.jinzai.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
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
        // each evaluation with its replications: 64 first (the fewest a value is decided on), all 100 where it is close
        List<String> rows = Files.readAllLines(temp.resolve("a/goal-seek.csv"));
        assertTrue(rows.get(0).endsWith(",replications"), rows.get(0));
        int used = 0;
        for (String row : rows.subList(1, rows.size())) {
            String replications = row.substring(row.lastIndexOf(',') + 1);
            assertTrue(replications.equals("64") || replications.equals("100"), row);
            used += Integer.parseInt(replications);
        }
        int evaluations = rows.size() - 1;
        assertEquals(used < 100 * evaluations, answer.contains(evaluations + " evaluations ran " + used + " replications in all instead of "
                + 100 * evaluations), answer);
    }

    /** The paragraphs of a policy section. */
    private static List<String> paragraphs(Path docx) throws IOException {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        }
    }

    @Test
    void aGoalSeekBesideTheScenarioIsStatedInThePolicySectionWhileCurrent() throws IOException {
        Path scenario = town();
        Path folder = scenario.getParent();
        assertEquals(Cli.OK, cli.run("goal-seek", scenario.toString(), "--target", "target-dx-basics", "--year", "2030", "--probability",
                "0.9", "--lever", "seats:course-dx-basics", "--max", "60", "--runs", "40", "--seed", "3", "--out", folder.toString()),
                cli.err());
        Path experiment = folder.resolve("status-quo-goal-seek-target-dx-basics-2030.jzx");
        assertTrue(Files.exists(experiment), "the experiment is saved: " + cli.err());
        String json = Files.readString(folder.resolve("goal-seek.json"));
        assertTrue(json.contains("\"feasible\": true"), json);
        int seats = Integer.parseInt(json.replaceAll("(?s).*\"value\": (\\d+).*", "$1"));

        assertEquals(Cli.OK, cli.run("simulate", scenario.toString(), "--runs", "20", "--format", "docx", "--out", temp.resolve("r").toString()),
                cli.err());
        List<String> text = paragraphs(temp.resolve("r/policy.docx"));
        // not applied: stated apart from the plan, as what would be needed, beside what the plan has
        assertTrue(text.contains("参考：数値目標の達成に必要な施策量（本計画には未反映）"), "the heading of the goal-seeks: " + text);
        assertFalse(text.contains("数値目標の達成に向けた本計画の施策量"), "not stated as a measure of this plan: " + text);
        String sentence = text.stream().filter(p -> p.startsWith("「DX基礎研修 受講率90%」を2030年度")).findFirst().orElse("");
        assertTrue(sentence.contains("定員を年" + seats + "人とする必要がある。本計画の定員は年"), sentence);
        assertTrue(sentence.contains("90%以上の確率"), sentence);

        // the scenario changes: the answer no longer holds and is left out
        Files.writeString(scenario, Files.readString(scenario).replace("seats=\"7\"", "seats=\"8\""));
        assertEquals(Cli.OK, cli.run("simulate", scenario.toString(), "--runs", "20", "--format", "docx", "--out", temp.resolve("s").toString(),
                "--experiments", experiment.toString()), cli.err());
        assertFalse(paragraphs(temp.resolve("s/policy.docx")).contains("参考：数値目標の達成に必要な施策量（本計画には未反映）"),
                "a stale goal-seek is not stated");
        assertTrue(cli.err().contains(experiment.getFileName().toString()), "and the user is told: " + cli.err());
    }

    @Test
    void anAppliedAnswerBecomesANewPlanWhoseDocumentStatesItAndWhoseTablesShowIt() throws IOException {
        Path scenario = town();
        Path folder = scenario.getParent();
        String original = Files.readString(scenario);
        // a name that is taken is refused before anything runs
        Files.writeString(folder.resolve("taken.jzs"), "x");
        assertEquals(Cli.USAGE, cli.run("goal-seek", scenario.toString(), "--target", "target-dx-basics", "--year", "2030", "--lever",
                "seats:course-dx-basics", "--max", "60", "--runs", "30", "--apply", "taken.jzs")); // a bare name is beside the scenario
        assertTrue(cli.err().contains("taken.jzs"), cli.err());
        assertFalse(Files.exists(folder.resolve("status-quo-goal-seek-target-dx-basics-2030.jzx")), "nothing ran");

        Path applied = folder.resolve("dx-basics-goal.jzs");
        // the experiment's own files go to the default folder (goal-seek/ beside the scenario), as a planner would leave them
        assertEquals(Cli.OK, cli.run("goal-seek", scenario.toString(), "--target", "target-dx-basics", "--year", "2030", "--probability",
                "0.9", "--lever", "seats:course-dx-basics", "--max", "60", "--runs", "30", "--seed", "3", "--apply", applied.toString()),
                cli.err());
        int seats = Integer.parseInt(Files.readString(folder.resolve("goal-seek/goal-seek.json")).replaceAll("(?s).*\"value\": (\\d+).*", "$1"));
        assertEquals(original, Files.readString(scenario), "the original scenario is left as it was");
        String copy = Files.readString(applied);
        assertTrue(copy.contains("derivedFrom=\"status-quo.jzs\""), "its lineage: " + copy.substring(0, 400));
        String name = copy.replaceAll("(?s).*?( name=\"[^\"]*\").*", "$1");
        assertTrue(name.contains("現状維持（DX基礎研修") && name.contains(" 定員 年" + seats + "人）"), "its name says the measure (in the reports' language): " + name);
        assertTrue(cli.out().contains("dx-basics-goal.jzs"), cli.out());

        // run as simulate runs it: the document states the measure as the plan's, and the plan table shows it every year
        Path report = folder.resolve("results/dx-basics-goal/policy.docx");
        assertTrue(Files.exists(report), "the new plan was run: " + cli.err());
        List<String> text = paragraphs(report);
        assertTrue(text.contains("数値目標の達成に向けた本計画の施策量"), text.toString());
        assertFalse(text.contains("参考：数値目標の達成に必要な施策量（本計画には未反映）"), text.toString());
        assertTrue(text.stream().anyMatch(p -> p.contains("定員を年" + seats + "人とする（")), text.toString());
        try (InputStream in = Files.newInputStream(report); XWPFDocument doc = new XWPFDocument(in)) {
            var row = doc.getTables().stream().flatMap(t -> t.getRows().stream())
                    .filter(r -> r.getTableCells().size() > 2 && r.getCell(0).getText().equals("研修定員")
                            && r.getCell(1).getText().startsWith("DX基礎研修")).findFirst().orElseThrow();
            assertEquals("人", row.getCell(2).getText(), "the unit");
            for (int y = 3; y < row.getTableCells().size(); y++) {
                assertEquals(Integer.toString(seats), row.getCell(y).getText(), "the plan's seats in every year");
            }
        }
    }

    @Test
    void experimentsWriteTheirWorkbookAndSensitivityItsTables() throws IOException {
        Path scenario = town();
        Path out = temp.resolve("x");
        assertEquals(Cli.OK, cli.run("goal-seek", scenario.toString(), "--target", "target-dx-basics", "--year", "2030", "--lever",
                "seats:course-dx-basics", "--max", "60", "--runs", "30", "--format", "xlsx,jzx", "--out", out.toString()), cli.err());
        try (InputStream in = Files.newInputStream(out.resolve("status-quo-goal-seek-target-dx-basics-2030.xlsx"));
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertEquals("問いと答え", book.getSheetAt(0).getSheetName());
            assertEquals("各実行", book.getSheetAt(1).getSheetName());
            assertEquals("DX基礎研修 受講率90%", book.getSheetAt(0).getRow(1).getCell(1).getStringCellValue());
            // a row per evaluation, numbers as numbers
            Sheet runs = book.getSheetAt(1);
            assertTrue(runs.getLastRowNum() >= 2, "evaluations");
            double probability = runs.getRow(1).getCell(1).getNumericCellValue();
            assertTrue(probability >= 0 && probability <= 1, "a probability: " + probability);
        }
        assertFalse(Files.exists(out.resolve("goal-seek.json")), "only the formats asked for");

        assertEquals(Cli.OK, cli.run("sensitivity", scenario.toString(), "--target", "target-dx-basics", "--year", "2030", "--levers",
                "seats:course-dx-basics,hires:channel-new-graduates", "--change", "50", "--runs", "30", "--out", out.toString()), cli.err());
        List<String> rows = Files.readAllLines(out.resolve("sensitivity.csv"));
        assertEquals(3, rows.size(), "a header and a row per lever: " + rows);
        assertTrue(rows.get(1).startsWith("seats,course-dx-basics,"), "the course's own seats swing widest: " + rows.get(1));
        String json = Files.readString(out.resolve("sensitivity.json"));
        assertTrue(json.contains("\"changePercent\": 50.0000") && json.contains("\"bars\": ["), json);
        assertTrue(Files.exists(out.resolve("status-quo-sensitivity-target-dx-basics-2030.jzx")));
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
        int targets = 6; // the town example's targets
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

    @Test
    void aSweepPointIsAppliedToANewPlanAndRun() throws IOException {
        Path scenario = town();
        Path folder = scenario.getParent();
        String original = Files.readString(scenario);
        // a point that was not swept, or --apply without its point, is refused before anything runs
        assertEquals(Cli.USAGE, cli.run("sweep", scenario.toString(), "--lever", "seats:course-dx-basics", "--values", "10,20", "--year", "2030",
                "--runs", "20", "--apply", "point.jzs", "--at", "15"));
        assertTrue(cli.err().contains("15"), cli.err());
        assertEquals(Cli.USAGE, cli.run("sweep", scenario.toString(), "--lever", "seats:course-dx-basics", "--values", "10,20", "--year", "2030",
                "--runs", "20", "--apply", "point.jzs"));
        assertTrue(cli.err().contains("--at"), cli.err());
        assertFalse(Files.exists(folder.resolve("sweep")) || Files.exists(folder.resolve("point.jzs")), "nothing ran, nothing written");

        assertEquals(Cli.OK, cli.run("sweep", scenario.toString(), "--lever", "seats:course-dx-basics", "--values", "10,20", "--year", "2030",
                "--runs", "20", "--seed", "3", "--apply", "point.jzs", "--at", "20"), cli.err());
        assertEquals(original, Files.readString(scenario), "the original scenario is left as it was");
        String copy = Files.readString(folder.resolve("point.jzs"));
        assertTrue(copy.contains("derivedFrom=\"status-quo.jzs\""), "its lineage");
        String name = copy.replaceAll("(?s).*?( name=\"[^\"]*\").*", "$1");
        assertTrue(name.contains("現状維持（DX基礎研修") && name.contains(" 定員 年20人）"), "its name says the point: " + name);
        // run as simulate runs it: the plan table has the point's seats every year
        Path report = folder.resolve("results/point/policy.docx");
        try (InputStream in = Files.newInputStream(report); XWPFDocument doc = new XWPFDocument(in)) {
            var row = doc.getTables().stream().flatMap(t -> t.getRows().stream())
                    .filter(r -> r.getTableCells().size() > 3 && r.getCell(0).getText().equals("研修定員")
                            && r.getCell(1).getText().startsWith("DX基礎研修")).findFirst().orElseThrow();
            for (int y = 3; y < row.getTableCells().size(); y++) {
                assertEquals("20", row.getCell(y).getText(), "the point's seats in every year");
            }
        }
    }
}
