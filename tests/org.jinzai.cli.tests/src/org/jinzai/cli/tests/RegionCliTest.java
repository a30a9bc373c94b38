package org.jinzai.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jinzai.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code simulate REGION.jzg} on the example region (みどり県: 20 towns and 2 cities sharing 3 specialists): every member
 * alone and with the pool on the same random numbers; the pool changes only what it counts in, and only upwards; the
 * files are the same for any number of threads; a region that cannot run is said and nothing is written.
 */
class RegionCliTest {

    @TempDir
    Path temp;

    private final CliSession cli = new CliSession();

    private static List<String[]> rows(Path csv) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readString(csv, StandardCharsets.UTF_8).replace("\uFEFF", "").split("\r\n")) {
            rows.add(line.split(",", -1));
        }
        return rows;
    }

    private static Map<String, Integer> header(List<String[]> rows) {
        Map<String, Integer> columns = new HashMap<>();
        for (int c = 0; c < rows.get(0).length; c++) {
            columns.put(rows.get(0)[c], c);
        }
        return columns;
    }

    private static double number(String[] row, Map<String, Integer> columns, String column) {
        return Double.parseDouble(row[columns.get(column)]);
    }

    @Test
    void theExampleRegionRunsAloneAndPooledAndThePoolOnlyAddsWhereItCounts() throws IOException {
        Path region = CliSession.copyExampleTree(temp, "region").resolve("midori-ken.jzg");
        Path out = temp.resolve("out");
        assertEquals(Cli.OK, cli.run("simulate", region.toString(), "--runs", "40", "--out", out.toString(), "--lang", "en"), cli.err());
        String printed = cli.out();
        assertTrue(printed.contains("22 member municipalities"), printed);
        assertTrue(printed.contains("県デジタル人材プール"), printed);
        assertTrue(printed.contains("あおば町") && printed.contains("やまと市"), printed);
        assertTrue(printed.contains("Step2以上の情報システム担当（県プールの支援を含む）"), printed);

        List<String[]> members = rows(out.resolve("region-members.csv"));
        Map<String, Integer> m = header(members);
        int supported = 0;
        int helped = 0;
        for (String[] row : members.subList(1, members.size())) {
            String target = row[m.get("target_id")];
            double alone = number(row, m, "mean_alone");
            double pooled = number(row, m, "mean_pooled");
            if (target.equals("target-is-step2-or-pool") || target.equals("target-is-step2")) {
                // counted as a Step2 IS officer: never fewer, never less likely
                assertTrue(pooled >= alone - 1e-9, String.join(",", row));
                assertTrue(number(row, m, "probability_met_pooled") >= number(row, m, "probability_met_alone"), String.join(",", row));
                supported++;
                helped += pooled > alone ? 1 : 0;
            } else if (row[m.get("member")].endsWith("市")) {
                // the cities have no joint seats: a target the support does not count is exactly the same, replication by replication
                assertEquals(alone, pooled, 0.0, String.join(",", row));
                assertEquals(0, number(row, m, "difference"), 0.0, String.join(",", row));
            }
        }
        assertEquals(22 * 5 * 2 - 22 * 3, supported, "both IS targets of every member, with their years");
        assertTrue(helped > 22, "the pool helps most members in most years: " + helped);

        List<String[]> pools = rows(out.resolve("region-pools.csv"));
        Map<String, Integer> p = header(pools);
        assertEquals(6, pools.size(), "a row a fiscal year");
        for (String[] row : pools.subList(1, pools.size())) {
            double capacity = number(row, p, "capacity_days");
            double given = number(row, p, "given_days");
            assertTrue(given <= capacity + 1e-9 && given <= number(row, p, "asked_days") + 1e-9, String.join(",", row));
            // a member asks a day a week only while it has no Step2 IS officer of its own
            assertTrue(number(row, p, "asked_days") > 0 && number(row, p, "asked_days") < 22, String.join(",", row));
            assertEquals(0.5, number(row, p, "prefecture_cost_yen") / number(row, p, "cost_yen"), 1e-9);
        }
        // the towns are served first (smallest first): the cities wait longer in the first year
        List<String[]> requests = rows(out.resolve("region-requests.csv"));
        Map<String, Integer> r = header(requests);
        double townWait = 0;
        double cityWait = 0;
        for (String[] row : requests.subList(1, requests.size())) {
            if (row[r.get("fiscal_year")].equals("2026")) {
                double wait = number(row, r, "waiting_months");
                if (row[r.get("member")].endsWith("市")) {
                    cityWait += wait / 2;
                } else {
                    townWait += wait / 20;
                }
            }
        }
        assertTrue(cityWait > townWait, "cities wait " + cityWait + " months, towns " + townWait);

        List<String[]> targets = rows(out.resolve("region-targets.csv"));
        Map<String, Integer> t = header(targets);
        boolean better = false;
        for (String[] row : targets.subList(1, targets.size())) {
            if (row[t.get("target_id")].equals("target-is-step2-or-pool")) {
                better |= number(row, t, "probability_every_member_pooled") > number(row, t, "probability_every_member_alone");
            }
        }
        assertTrue(better, "every member meets the IS target more often with the pool in some year");

        // the joint course: 60 seats for 100 asked, in proportion (3 each); the cities ask none
        List<String[]> courses = rows(out.resolve("region-courses.csv"));
        Map<String, Integer> jc = header(courses);
        assertEquals(1 + 20 * 5, courses.size(), "a row a town and fiscal year");
        for (String[] row : courses.subList(1, courses.size())) {
            assertEquals(5, number(row, jc, "seats_asked"), 0, String.join(",", row));
            assertEquals(3, number(row, jc, "seats_given"), 0, String.join(",", row));
        }
        // the towns' DX basics completion is never lower with the joint seats
        for (String[] row : members.subList(1, members.size())) {
            if (row[m.get("target_id")].equals("target-dx-basics")) {
                assertTrue(number(row, m, "mean_pooled") >= number(row, m, "mean_alone"), String.join(",", row));
            }
        }

        // the same files with one thread
        Path again = temp.resolve("again");
        assertEquals(Cli.OK, cli.run("simulate", region.toString(), "--runs", "40", "--out", again.toString(), "--lang", "en", "--threads", "1"),
                cli.err());
        for (String file : List.of("region-members.csv", "region-pools.csv", "region-requests.csv", "region-targets.csv", "region-courses.csv")) {
            assertArrayEquals(Files.readAllBytes(out.resolve(file)), Files.readAllBytes(again.resolve(file)), file);
        }
    }

    /** A document's paragraphs and table cells, one a line. */
    private static String text(org.apache.poi.xwpf.usermodel.XWPFDocument doc) {
        StringBuilder text = new StringBuilder();
        doc.getParagraphs().forEach(p -> text.append(p.getText()).append('\n'));
        doc.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().forEach(c -> text.append(c.getText()).append('\n'))));
        return text.toString();
    }

    /** The region's document for the prefecture and each member's policy document with the support it counts on. */
    @Test
    void documentsOfTheRegionAndOfEachMember() throws IOException {
        Path region = CliSession.copyExampleTree(temp, "region").resolve("midori-ken.jzg");
        Path out = temp.resolve("docs");
        assertEquals(Cli.OK, cli.run("simulate", region.toString(), "--runs", "30", "--out", out.toString(), "--format", "csv,docx"), cli.err());
        String text;
        try (var in = Files.newInputStream(out.resolve("region.docx")); var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            text = text(doc);
            assertEquals(4, doc.getTables().size(), "the pool's years, the joint course, every member together, the members");
            assertEquals(23, doc.getTables().get(3).getNumberOfRows(), "a row a member");
            assertTrue(!doc.getAllPictures().isEmpty(), "the pool's chart");
        }
        assertTrue(text.contains("みどり県") && text.contains("県デジタル人材プール（専門人材）") && text.contains("小規模な団体から順"), text);
        assertTrue(text.contains("県・市町合同 DX基礎研修"), text);
        assertTrue(text.contains("あおば町") && text.contains("やまと市"), text);
        Path aoba = out.resolve("policy-あおば町.docx");
        assertTrue(Files.exists(aoba), "each member's policy document");
        try (var in = Files.newInputStream(aoba); var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            String policy = text(doc);
            assertTrue(policy.contains("人材プール「県デジタル人材プール（専門人材）」") && policy.contains("週1日の支援"), policy);
            assertTrue(policy.contains("人材プールの支援") && policy.contains("人材プールの費用負担"), "the measures' rows");
            assertTrue(policy.contains("広域連携「みどり県 デジタル人材の共同確保」（midori-ken.jzg、乱数シード 20260401）の共同実行"), policy);
        }
        try (var files = Files.list(out)) {
            assertEquals(22, files.filter(f -> f.getFileName().toString().startsWith("policy-")).count(), "a policy document a member");
        }
        assertTrue(Files.exists(out.resolve("region-members.csv")));
    }

    /** The smallest pool with which every member meets the IS target together, and each evaluation in the CSV. */
    @Test
    void goalSeekOfThePoolsSize() throws IOException {
        Path region = CliSession.copyExampleTree(temp, "region").resolve("midori-ken.jzg");
        Path out = temp.resolve("seek");
        assertEquals(Cli.OK, cli.run("goal-seek", region.toString(), "--target", "target-is-step2-or-pool", "--year", "2027", "--probability",
                "0.8", "--lever", "staff:pool-prefecture", "--max", "6", "--runs", "64", "--out", out.toString(), "--lang", "en"), cli.err());
        String printed = cli.out();
        assertTrue(printed.contains("every member meet") && printed.contains("県デジタル人材プール"), printed);
        List<String[]> rows = rows(out.resolve("region-goal-seek.csv"));
        Map<String, Integer> c = header(rows);
        int answer = Integer.parseInt(printed.replaceAll("(?s).*: (\\d+) as its staff at the start.*", "$1"));
        for (String[] row : rows.subList(1, rows.size())) {
            int value = Integer.parseInt(row[c.get("value")]);
            double p = number(row, c, "probability_every_member");
            // the answer meets it, every value below it that was tried does not
            assertTrue(value >= answer ? value != answer || p >= 0.8 : p < 0.8, String.join(",", row));
            assertTrue(number(row, c, "mean_members_meeting") <= 22, String.join(",", row));
        }
        assertTrue(rows.size() >= 3, "a search");
        // a lever that is not one: said with the pools there are
        assertEquals(Cli.USAGE, cli.run("goal-seek", region.toString(), "--target", "target-is-step2-or-pool", "--year", "2027", "--lever",
                "seats:course-dx-basics", "--max", "6"));
        assertTrue(cli.err().contains("pool-prefecture"), cli.err());
        // a sweep on a region needs its lever and values
        assertEquals(Cli.USAGE, cli.run("sweep", region.toString(), "--target", "target-is-step2-or-pool"));
        assertTrue(cli.err().contains("--lever"), cli.err());
    }

    /**
     * Pool size × allocation policy: with no staff every policy gives the same (nothing); with more staff no member is ever
     * worse off under any policy (the need is the member's own staff, which the support does not change), so the
     * probability that every member meets the target never falls.
     */
    @Test
    void sweepOfThePoolsSizeAndAllocation() throws IOException {
        Path region = CliSession.copyExampleTree(temp, "region").resolve("midori-ken.jzg");
        Path out = temp.resolve("sweep");
        assertEquals(Cli.OK, cli.run("sweep", region.toString(), "--lever", "staff:pool-prefecture", "--values", "0,1,3", "--allocations", "all",
                "--target", "target-is-step2-or-pool", "--year", "2026", "--runs", "24", "--out", out.toString(), "--lang", "en"), cli.err());
        String printed = cli.out();
        assertTrue(printed.contains("every member meets") && printed.contains("Smallest members first"), printed);
        List<String[]> rows = rows(out.resolve("region-sweep.csv"));
        Map<String, Integer> c = header(rows);
        assertEquals(1 + 3 * 4, rows.size());
        Map<String, double[]> byPolicy = new HashMap<>();
        for (String[] row : rows.subList(1, rows.size())) {
            int value = Integer.parseInt(row[c.get("value")]);
            byPolicy.computeIfAbsent(row[c.get("allocation")], k -> new double[4])[value] = number(row, c, "probability_every_member");
            assertEquals(22, number(row, c, "members_with_target"), String.join(",", row));
        }
        assertEquals(4, byPolicy.size());
        double none = byPolicy.get("PRIORITY")[0];
        for (double[] p : byPolicy.values()) {
            assertEquals(none, p[0], 0.0);
            assertTrue(p[1] >= p[0] && p[3] >= p[1], java.util.Arrays.toString(p));
        }
        assertTrue(byPolicy.get("SMALLEST_FIRST")[3] > none, "three specialists help");
        // a policy that is not one
        assertEquals(Cli.USAGE, cli.run("sweep", region.toString(), "--lever", "staff:pool-prefecture", "--values", "0,1", "--allocations",
                "LOTTERY", "--target", "target-is-step2-or-pool", "--year", "2026"));
        assertTrue(cli.err().contains("SMALLEST_FIRST"), cli.err());
    }

    /**
     * Two designs of a region: the example, and the same with a pool that has nobody and hires nobody. On the same random
     * numbers, every member meets the target together no more often without the pool, and the empty pool costs nothing.
     */
    @Test
    void compareTwoDesignsOfARegion() throws IOException {
        Path folder = CliSession.copyExampleTree(temp, "region");
        Path region = folder.resolve("midori-ken.jzg");
        Path empty = folder.resolve("empty-pool.jzg");
        Files.writeString(empty, Files.readString(region, StandardCharsets.UTF_8).replace("initialStaff=\"3\"", "initialStaff=\"0\"")
                .replace("<hires fiscalYear=\"2026\" count=\"1\"/>", "").replace("<hires fiscalYear=\"2027\" count=\"1\"/>", "")
                .replace("<hires fiscalYear=\"2028\" count=\"1\"/>", "").replace("<hires fiscalYear=\"2029\" count=\"1\"/>", "")
                .replace("<hires fiscalYear=\"2030\" count=\"1\"/>", ""), StandardCharsets.UTF_8);
        Path out = temp.resolve("compare");
        assertEquals(Cli.OK, cli.run("compare", region.toString(), empty.toString(), "--runs", "24", "--out", out.toString(), "--lang", "en"),
                cli.err());
        assertTrue(cli.out().contains("every member meets") && cli.out().contains("empty-pool.jzg"), cli.out());
        List<String[]> rows = rows(out.resolve("region-comparison.csv"));
        Map<String, Integer> c = header(rows);
        Map<String, Double> a = new HashMap<>();
        int compared = 0;
        for (String[] row : rows.subList(1, rows.size())) {
            String key = row[c.get("target_id")] + "/" + row[c.get("fiscal_year")];
            if (!row[c.get("target_id")].equals("target-is-step2-or-pool")) {
                continue;
            }
            if (row[c.get("design")].equals("A")) {
                a.put(key, number(row, c, "probability_every_member"));
                assertTrue(number(row, c, "pools_cost_yen") > 0, String.join(",", row));
            } else {
                assertTrue(number(row, c, "probability_every_member") <= a.get(key), String.join(",", row));
                assertEquals(0, number(row, c, "pools_cost_yen"), String.join(",", row));
                compared++;
            }
        }
        assertEquals(5, compared, "the pool's target in each fiscal year");
        // a scenario and a region are not compared
        assertEquals(Cli.USAGE, cli.run("compare", region.toString(), folder.resolve("aoba-cho/status-quo.jzs").toString()));
    }

    /**
     * The Tokyo-like example: the wards send a DX promoter a year and the cities one every other year to the partner
     * platform for two years; the platform's table shows them; the wards' DX promoters at Step2 are more when they are back.
     */
    @Test
    void theMetroExampleSendsStaffToThePlatformAndTheyComeBackAtStep2() throws IOException {
        Path region = CliSession.copyExampleTree(temp, "region-metro").resolve("higashi-to.jzg");
        Path out = temp.resolve("metro");
        assertEquals(Cli.OK, cli.run("simulate", region.toString(), "--runs", "16", "--out", out.toString(), "--lang", "en", "--format", "csv,docx"),
                cli.err());
        assertTrue(cli.out().contains("seconded"), cli.out());
        // a ward's policy document says whom it sends, when, for how long and at which step they come back
        try (var in = Files.newInputStream(out.resolve("policy-うみかぜ区.docx")); var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            String policy = text(doc);
            String everyYear = String.join(", ", java.util.stream.IntStream.rangeClosed(2026, 2030)
                    .mapToObj(y -> "1 in " + org.jinzai.model.util.FiscalYears.label(y, java.util.Locale.ENGLISH)).toList());
            assertTrue(policy.contains("staff exchange") && policy.contains(everyYear) && policy.contains("for 2 year(s) each")
                    && policy.contains("at Step2 or above"), policy);
        }
        // the region's document: 3 wards × 5 years + 4 cities × 3 years
        try (var in = Files.newInputStream(out.resolve("region.docx")); var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            assertTrue(text(doc).contains("The members send 27 staff in all") && text(doc).contains("5 of うみかぜ区")
                    && text(doc).contains("3 of はなぞの市") && !text(doc).contains("of みずなぎ町"), text(doc));
        }
        // a city sends one every other year; the towns send nobody and say nothing of it
        try (var in = Files.newInputStream(out.resolve("policy-はなぞの市.docx")); var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            String everyOther = String.join(", ", java.util.stream.IntStream.of(2026, 2028, 2030)
                    .mapToObj(y -> "1 in " + org.jinzai.model.util.FiscalYears.label(y, java.util.Locale.ENGLISH)).toList());
            assertTrue(text(doc).contains(everyOther), text(doc));
        }
        try (var in = Files.newInputStream(out.resolve("policy-みずなぎ町.docx")); var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            assertFalse(text(doc).contains("staff exchange"), text(doc));
        }
        List<String[]> pools = rows(out.resolve("region-pools.csv"));
        Map<String, Integer> c = header(pools);
        // 3 wards + 4 cities in 2026; then 3 more from the wards, and in 2028 the first come back as others go
        double[] seconded = new double[5];
        for (int y = 0; y < 5; y++) {
            seconded[y] = number(pools.get(1 + y), c, "seconded_mean");
        }
        assertArrayEquals(new double[] { 7, 10, 10, 10, 10 }, seconded);
        List<String[]> members = rows(out.resolve("region-members.csv"));
        Map<String, Integer> m = header(members);
        int wards = 0;
        for (String[] row : members.subList(1, members.size())) {
            if (row[m.get("member")].endsWith("区") && row[m.get("target_id")].equals("target-promoter-step2") && row[m.get("fiscal_year")].equals("2030")) {
                assertTrue(number(row, m, "mean_pooled") > number(row, m, "mean_alone"), String.join(",", row));
                wards++;
            }
        }
        assertEquals(3, wards, "the three wards' Step2 promoters in 2030");
    }

    @Test
    void aRegionThatCannotRunIsSaidAndNothingIsWritten() throws IOException {
        Path folder = CliSession.copyExampleTree(temp, "region");
        Path region = folder.resolve("midori-ken.jzg");
        Path out = temp.resolve("out");
        // a member planning other years than the region
        CliSession.replace(folder.resolve("aoba-cho/status-quo.jzs"), "<runSettings/>", "<runSettings horizonYears=\"3\"/>");
        assertEquals(Cli.INVALID, cli.run("simulate", region.toString(), "--out", out.toString()));
        assertTrue(cli.err().contains("status-quo") || cli.err().contains("現状維持"), cli.err());
        assertTrue(cli.err().contains("2028"), cli.err());
        assertFalse(Files.exists(out));
        // a member whose scenario is gone
        Files.delete(folder.resolve("izumi-cho/status-quo.jzs"));
        assertEquals(Cli.INVALID, cli.run("simulate", region.toString(), "--out", out.toString()));
        assertTrue(cli.err().contains("izumi-cho"), cli.err());
        assertFalse(Files.exists(out));
        // options for a scenario only
        assertEquals(Cli.USAGE, cli.run("simulate", region.toString(), "--engine", "analytic"));
        assertTrue(cli.err().contains("--engine analytic"), cli.err());
    }
}
