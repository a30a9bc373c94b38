package org.jinzai.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.jinzai.cli.Cli;
import org.jinzai.model.AttritionRate;
import org.jinzai.model.BacktestSummary;
import org.jinzai.model.EmploymentType;
import org.jinzai.model.RateEstimate;
import org.jinzai.model.Scenario;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.model.util.Estimates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code calibrate}: the rates of a municipality's past rosters beside its scenario's, written with their provenance into a
 * copy with --into; {@code backtest}: how honest the projections were; bad history files refused by line.
 */
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
        // moves by the kind of department, beside the rotation's 3-5 years, and the tenure they fit (the engine's 3-5)
        assertTrue(out.contains("the scenario rotates after 3-5 years in post, about 25.0% a year"), out);
        String business = "\\s+Business department: \\d+\\.\\d% \\(90% interval .*moves in \\d+ person-years; about \\d+\\.\\d years in post"
                + "; 3-[56] years in post fit the moves best \\(\\d+ person-years with known months in post\\)";
        assertTrue(out.lines().anyMatch(l -> l.matches(business)), out);
        // the town's IT section is two posts: too few member-years to fit
        assertTrue(out.lines().anyMatch(l -> l.contains("Organization-wide information systems")
                && l.endsWith("too few person-years with known months in post to fit a tenure")), out);
        assertTrue(out.contains("the fitted tenures are written as the rotation's tenure by kind of department"), out);
        // each course the rosters saw completed, beside the plan's seats (which the town's plan has for every year)
        assertTrue(out.contains("Course completions a fiscal year"), out);
        String course = "\\s+.+: \\d+\\.\\d a year \\(90% interval \\d+\\.\\d-\\d+\\.\\d\\); \\d+ completed in FY2021-2024; the plan: \\d+ seats in FY2026";
        assertTrue(out.lines().filter(l -> l.matches(course)).count() >= 3, out);
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

    private List<String> calibrate(Path scenario, String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("calibrate", scenario.toString()));
        history().forEach(f -> args.add(f.toString()));
        args.addAll(List.of(more));
        return args;
    }

    @Test
    void intoWritesACalibratedCopyWhoseRatesSayWhereTheyCameFromAndTheOriginalStays() throws IOException {
        Path folder = CliSession.copyExample(temp, "town");
        Path scenario = folder.resolve("status-quo.jzs");
        byte[] before = Files.readAllBytes(scenario);
        assertEquals(Cli.OK, cli.run(calibrate(scenario, "--into", "calibrated.jzs").toArray(String[]::new)), cli.err());
        assertTrue(cli.out().contains("Wrote 6 estimated values"), cli.out());
        assertArrayEquals(before, Files.readAllBytes(scenario), "the scenario estimated from is not changed");
        Scenario calibrated = (Scenario) JinzaiResources.load(folder.resolve("calibrated.jzs")).getContents().get(0);
        assertEquals("status-quo.jzs", calibrated.getDerivedFrom());
        assertTrue(calibrated.getName().contains("rates from the history"), calibrated.getName());
        // the regular bands the history saw carry their estimate; the types nobody of the history was in keep the assumption
        long estimated = calibrated.getAttrition().getRates().stream().filter(r -> r.getEstimate() != null).count();
        assertEquals(4, estimated);
        for (AttritionRate rate : calibrated.getAttrition().getRates()) {
            RateEstimate e = rate.getEstimate();
            if (e != null) {
                assertEquals(e.getEstimated(), rate.getYearlyRate(), 0.0, "the rate is its estimate");
                assertTrue(e.getLow() <= e.getEstimated() && e.getEstimated() <= e.getHigh(), "the estimate in its interval");
                assertEquals(2021, e.getFirstYear());
                assertEquals(2025, e.getLastYear());
                assertTrue(e.getExposure() > 0 && e.getAlpha() > 0 && e.getBeta() > 0);
                assertSame(e, Estimates.inForce(rate), "an estimate in force");
            } else {
                assertTrue(rate.getEmploymentType() != EmploymentType.REGULAR, "only the types without history keep no estimate");
            }
        }
        RateEstimate kept = calibrated.getAppointment().getReappointmentEstimate();
        assertEquals(kept.getEstimated(), calibrated.getAppointment().getReappointmentProbability(), 0.0);
        // typed over, a rate is an override: no longer drawn from the history's posterior
        AttritionRate first = calibrated.getAttrition().getRates().get(0);
        first.setYearlyRate(first.getYearlyRate() + 0.01);
        assertNull(Estimates.inForce(first));
        // the calibrated scenario runs as any other, and its policy document says where its rates came from
        Path out = temp.resolve("calibrated-results");
        assertEquals(Cli.OK, cli.run("simulate", folder.resolve("calibrated.jzs").toString(), "--runs", "20", "--format", "csv,docx", "--out",
                out.toString()), cli.err());
        String notes = footnotes(out);
        assertTrue(notes.contains("離職率（4区分）とDX推進員の再任確率は、2021～2025年度の自団体の職員名簿から推計した値です"), notes);
        assertTrue(notes.contains("試行ごとに率を引き直す"), notes);
        assertTrue(notes.contains("人事異動の在任期間（事業所管部門）も、同じ名簿の異動から推計した値です（推計値に固定）。"), notes);
    }

    @Test
    void aBaselineGetsANewStatusQuoScenarioWithTheEstimatesBesideIt() throws IOException {
        Path folder = CliSession.copyExample(temp, "town");
        Path baseline;
        try (Stream<Path> files = Files.list(folder)) {
            baseline = files.filter(f -> f.toString().endsWith(".jzb")).findFirst().orElseThrow();
        }
        byte[] before = Files.readAllBytes(baseline);
        List<String> args = calibrate(baseline, "--into", "from-history.jzs");
        assertEquals(Cli.OK, cli.run(args.toArray(String[]::new)), cli.err());
        // beside the planning assumptions of a new status-quo scenario: the young regulars' 5.0 %
        assertTrue(cli.out().contains("Leaving rates a year from 5 rosters"), cli.out());
        assertTrue(cli.out().lines().anyMatch(l -> l.matches("\\s+18-29\\s+regular\\s+5\\.0%.*")), cli.out());
        assertTrue(cli.out().contains("Wrote 6 estimated values"), cli.out());
        assertArrayEquals(before, Files.readAllBytes(baseline), "the baseline is not changed");
        Scenario written = (Scenario) JinzaiResources.load(folder.resolve("from-history.jzs")).getContents().get(0);
        assertTrue(written.getName().contains("rates from the history"), written.getName());
        assertEquals(null, written.getDerivedFrom(), "a new scenario, derived from none");
        assertEquals(baseline.getFileName().toString(), written.getBaseline().eResource().getURI().lastSegment());
        assertEquals(4, written.getAttrition().getRates().stream().filter(r -> r.getEstimate() != null).count());
        assertEquals(1, written.getRotation().getTenures().size());
        // it runs as any other scenario
        assertEquals(Cli.OK, cli.run("simulate", folder.resolve("from-history.jzs").toString(), "--runs", "20", "--out",
                temp.resolve("from-history-results").toString()), cli.err());
        // without --into nothing is written
        try (Stream<Path> files = Files.list(folder)) {
            long scenarios = files.filter(f -> f.toString().endsWith(".jzs")).count();
            assertEquals(Cli.OK, cli.run(calibrate(baseline).toArray(String[]::new)), cli.err());
            try (Stream<Path> after = Files.list(folder)) {
                assertEquals(scenarios, after.filter(f -> f.toString().endsWith(".jzs")).count());
            }
        }
    }

    /** The footnotes of the policy document in a results folder, as one text. */
    private static String footnotes(Path folder) throws IOException {
        Path docx;
        try (Stream<Path> files = Files.list(folder)) {
            docx = files.filter(f -> f.toString().endsWith(".docx")).findFirst().orElseThrow();
        }
        try (java.io.InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
            return document.getFootnotes().stream().flatMap(n -> n.getParagraphs().stream()).map(p -> p.getText()).reduce("", String::concat);
        }
    }

    @Test
    void aDepartmentTheBaselineLacksIsSaidWithTheFileAndLineWhereItFirstStands() throws IOException {
        Path scenario = CliSession.copyExample(temp, "town").resolve("status-quo.jzs");
        List<String> args = new ArrayList<>(List.of("calibrate", scenario.toString()));
        for (Path file : history()) {
            Path copy = temp.resolve(file.getFileName());
            List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
            if (file.getFileName().toString().contains("2023")) {
                // line 3 of the file: the second member, in a 課 the baseline does not have
                String[] cells = lines.get(2).split(",", -1);
                cells[2] = "人事課";
                lines.set(2, String.join(",", cells));
            }
            Files.write(copy, lines, StandardCharsets.UTF_8);
            args.add(copy.toString());
        }
        assertEquals(Cli.OK, cli.run(args.toArray(String[]::new)), cli.err());
        assertTrue(cli.err().contains("roster-2023.csv: line 3 (and any later): the department (所属) \"人事課\""), cli.err());
    }

    @Test
    void rostersGivenWithoutTheScenarioAreSaidAsSuchAndRunsOfZeroAreTooFew() throws IOException {
        List<Path> files = history();
        assertEquals(Cli.USAGE, cli.run("calibrate", files.get(0).toString(), files.get(1).toString()));
        assertTrue(cli.err().contains("Give a scenario (.jzs) or a baseline (.jzb) first, then the rosters: roster-2021.csv is neither"), cli.err());
        Path scenario = CliSession.copyExample(temp, "town").resolve("status-quo.jzs");
        CliSession zero = new CliSession();
        assertEquals(Cli.USAGE, zero.run("backtest", scenario.toString(), files.get(0).toString(), files.get(1).toString(), "--runs", "0"));
        assertTrue(zero.err().contains("--runs needs a whole number of at least 1, not 0"), zero.err());
    }

    @Test
    void intoRefusesAnExistingFileBeforeEstimatingAnything() throws IOException {
        Path folder = CliSession.copyExample(temp, "town");
        Path scenario = folder.resolve("status-quo.jzs");
        byte[] other = Files.readAllBytes(folder.resolve("ict-hiring.jzs"));
        assertEquals(Cli.USAGE, cli.run(calibrate(scenario, "--into", "ict-hiring.jzs").toArray(String[]::new)));
        assertTrue(cli.err().contains("already exists"), cli.err());
        assertTrue(cli.out().isBlank(), cli.out());
        assertArrayEquals(other, Files.readAllBytes(folder.resolve("ict-hiring.jzs")), "the existing file is not touched");
    }

    @Test
    void backtestRecordKeepsWhatItFoundInTheScenarioAndThePolicyDocumentCitesIt() throws IOException {
        Path folder = CliSession.copyExample(temp, "town");
        Path scenario = folder.resolve("status-quo.jzs");
        Scenario before = (Scenario) JinzaiResources.load(scenario).getContents().get(0);
        assertNull(before.getBacktest());
        List<String> args = new ArrayList<>(List.of("backtest", scenario.toString()));
        history().forEach(f -> args.add(f.toString()));
        args.addAll(List.of("--runs", "40", "--record", "--out", temp.resolve("bt").toString()));
        assertEquals(Cli.OK, cli.run(args.toArray(String[]::new)), cli.err());
        String all = cli.out().lines().filter(l -> l.contains("staff and leavers, all")).findFirst().orElseThrow();
        String[] cells = all.replaceAll("^\\s*staff and leavers, all\\s+", "").split("\\s+");
        Scenario after = (Scenario) JinzaiResources.load(scenario).getContents().get(0);
        BacktestSummary recorded = after.getBacktest();
        // what was printed is what was recorded
        assertEquals(Integer.parseInt(cells[0]), recorded.getComparisons(), all);
        assertEquals(cells[1], Math.round(recorded.getInside80() * 100) + "%", all);
        assertEquals(cells[2], Math.round(recorded.getInside90() * 100) + "%", all);
        assertEquals(List.of(2022, 2024, 2025, 40), List.of(recorded.getFirstOrigin(), recorded.getLastOrigin(), recorded.getLastYear(),
                recorded.getRuns()));
        assertTrue(recorded.isRatesDrawn());
        assertTrue(cli.err().contains("Recorded in"), cli.err());
        // nothing else of the scenario changed
        after.setBacktest(null);
        assertTrue(EcoreUtil.equals(before, after), "only the backtest was added");
        // the policy document cites it
        Path out = temp.resolve("recorded-results");
        assertEquals(Cli.OK, cli.run("simulate", scenario.toString(), "--runs", "20", "--format", "docx", "--out", out.toString()), cli.err());
        String notes = footnotes(out);
        String cited = "過去の実績で検証：2022～2024年度の名簿を起点とした予測を2025年度までの実績（在職者数・離職者数の" + recorded.getComparisons()
                + "件）と比べたところ、実績がP10～P90の範囲に入った割合は" + cells[1] + "、P5～P95の範囲は" + cells[2] + "でした（"
                + java.time.format.DateTimeFormatter.ofPattern("yyyy年M月d日").format(java.time.LocalDate.parse(recorded.getDate())) + "実施）。";
        assertTrue(notes.contains(cited), notes);
    }

    @Test
    void backtestTellsHowOftenTheTruthFellInsideAndWritesEveryComparison() throws IOException {
        Path folder = CliSession.copyExample(temp, "town");
        Path scenario = folder.resolve("status-quo.jzs");
        List<String> args = new ArrayList<>(List.of("backtest", scenario.toString()));
        history().forEach(f -> args.add(f.toString()));
        args.addAll(List.of("--runs", "60", "--out", temp.resolve("bt").toString()));
        assertEquals(Cli.OK, cli.run(args.toArray(String[]::new)), cli.err());
        String out = cli.out();
        assertTrue(out.contains("origin (2022, 2023, 2024)"), out);
        assertTrue(out.contains("estimated rates drawn from their posterior"), out);
        String all = out.lines().filter(l -> l.contains("staff and leavers, all")).findFirst().orElseThrow();
        int coverage = Integer.parseInt(all.replaceAll("^\\s*staff and leavers, all\\s+\\d+\\s+(\\d+)%.*$", "$1"));
        // the town's history is the engine's own: its projections are honest, the truth inside P10-P90 about 8 in 10
        assertTrue(coverage >= 60 && coverage <= 95, all);
        List<String> csv = Files.readAllLines(temp.resolve("bt/backtest.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.get(0).contains("origin,fiscal_year,fiscal_year_label,measure"), csv.get(0));
        // three origins, each compared with every later year: 3 + 2 + 1 year-comparisons, each of several measures
        assertEquals(6, csv.stream().filter(l -> l.contains(",leavers,")).count());
        assertTrue(csv.stream().anyMatch(l -> l.startsWith("2024,2025,") && l.contains(",headcount,18,29,REGULAR,")), String.join("\n", csv));
        // run again into the same folder: replaced; a result changed by hand since: refused, the change kept
        CliSession again = new CliSession();
        assertEquals(Cli.OK, again.run(args.toArray(String[]::new)), again.err());
        Files.writeString(temp.resolve("bt/backtest.csv"), "edited by hand", StandardCharsets.UTF_8);
        CliSession refused = new CliSession();
        assertEquals(Cli.USAGE, refused.run(args.toArray(String[]::new)));
        assertEquals("edited by hand", Files.readString(temp.resolve("bt/backtest.csv"), StandardCharsets.UTF_8));
        // and the chart of the staff still employed, a real PNG
        byte[] png = Files.readAllBytes(temp.resolve("bt/backtest.png"));
        assertTrue(png.length > 10_000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "backtest.png");
    }

    @Test
    void backtestNeedsThreeYearsAndRefusesBadLines() throws IOException {
        Path scenario = CliSession.copyExample(temp, "town").resolve("status-quo.jzs");
        List<Path> files = history();
        assertEquals(Cli.INVALID, cli.run("backtest", scenario.toString(), files.get(0).toString(), files.get(1).toString(), "--out",
                temp.resolve("bt").toString()));
        assertTrue(cli.err().contains("at least three consecutive fiscal years") && cli.err().contains("has 2 years"), cli.err());
        Path bad = temp.resolve("roster-2026.csv");
        Files.writeString(bad, "職員ID,生年,所属\n1,1980,総務課\n2,,総務課\n", StandardCharsets.UTF_8);
        assertEquals(Cli.INVALID, cli.run("backtest", scenario.toString(), files.get(0).toString(), bad.toString(), "--out", temp.resolve("bt").toString()));
        assertTrue(cli.err().contains("roster-2026.csv: line 3") && cli.err().contains("Nothing was run"), cli.err());
        assertTrue(!Files.exists(temp.resolve("bt")), "nothing written");
    }

    /** The town's history as one workbook, a sheet per fiscal year named like 「2024年度」 (no 年度 column). */
    private Path workbook(String badBirthYear) throws IOException {
        Path file = temp.resolve("history.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            for (Path csv : history()) {
                String year = csv.getFileName().toString().replaceAll("\\D", "");
                Sheet sheet = book.createSheet(year + "年度");
                List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
                for (int r = 0; r < lines.size(); r++) {
                    Row row = sheet.createRow(r);
                    String[] cells = lines.get(r).split(",", -1);
                    for (int c = 0; c < cells.length; c++) {
                        // birth years as numbers, as Excel keeps them; the rest as text
                        if (r > 0 && c == 1) {
                            row.createCell(c).setCellValue(Double.parseDouble(cells[c]));
                        } else {
                            row.createCell(c).setCellValue(cells[c]);
                        }
                    }
                }
                if (badBirthYear != null && year.equals("2025")) {
                    sheet.getRow(2).getCell(1).setCellValue(badBirthYear);
                }
            }
            try (var out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }
        return file;
    }

    @Test
    void aWorkbookWithASheetAYearGivesTheSameEstimatesAsTheCsvFiles() throws IOException {
        Path scenario = CliSession.copyExample(temp, "town").resolve("status-quo.jzs");
        assertEquals(Cli.OK, cli.run(calibrate(scenario).toArray(String[]::new)), cli.err());
        String fromCsv = cli.out();
        CliSession again = new CliSession();
        assertEquals(Cli.OK, again.run("calibrate", scenario.toString(), workbook(null).toString()), again.err());
        assertEquals(fromCsv, again.out());
        CliSession bad = new CliSession();
        assertEquals(Cli.INVALID, bad.run("calibrate", scenario.toString(), workbook("千九百九十").toString()));
        assertTrue(bad.err().contains("history.xlsx") && bad.err().contains("2025年度") && bad.err().contains("B3")
                && bad.err().contains("千九百九十"), bad.err());
        assertTrue(bad.out().isBlank(), bad.out());
    }

    @Test
    void aCopyOfARosterAndRostersWithoutTwoConsecutiveYearsAreRefusedNotEstimated() throws IOException {
        Path scenario = CliSession.copyExample(temp, "town").resolve("status-quo.jzs");
        List<Path> files = history();
        Path copy = temp.resolve("roster-2023-copy.csv");
        Files.copy(files.get(2), copy);
        List<String> args = new ArrayList<>(List.of("calibrate", scenario.toString()));
        files.forEach(f -> args.add(f.toString()));
        args.add(copy.toString());
        assertEquals(Cli.INVALID, cli.run(args.toArray(String[]::new)));
        assertTrue(cli.err().contains("roster-2023.csv and roster-2023-copy.csv both hold the roster of fiscal year 2023"), cli.err());
        assertTrue(cli.out().isBlank(), cli.out());
        // 2021, 2023 and 2025: no one is followed from one year to the next
        CliSession gaps = new CliSession();
        assertEquals(Cli.INVALID, gaps.run("calibrate", scenario.toString(), files.get(0).toString(), files.get(2).toString(), files.get(4).toString()));
        assertTrue(gaps.err().contains("no two consecutive fiscal years"), gaps.err());
        CliSession backtest = new CliSession();
        assertEquals(Cli.INVALID, backtest.run("backtest", scenario.toString(), files.get(0).toString(), files.get(2).toString(),
                files.get(4).toString(), "--out", temp.resolve("bt").toString()));
        assertTrue(backtest.err().contains("three consecutive fiscal years"), backtest.err());
        // 2021, 2022 and 2024: estimated from 2021-2022, and the missing year said
        CliSession missing = new CliSession();
        assertEquals(Cli.OK, missing.run("calibrate", scenario.toString(), files.get(0).toString(), files.get(1).toString(), files.get(3).toString()),
                missing.err());
        assertTrue(missing.err().contains("No roster of fiscal year 2023"), missing.err());
    }
}
