package org.jinzai.reports;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jinzai.engine.RegionResult;
import org.jinzai.engine.RegionResult.PoolQuantity;
import org.jinzai.engine.RegionResult.RequestQuantity;
import org.jinzai.engine.RunOptions;
import org.jinzai.model.Pool;
import org.jinzai.model.Region;
import org.jinzai.model.RegionMember;
import org.jinzai.model.Scenario;
import org.jinzai.model.util.FiscalYears;
import org.jinzai.scenario.RegionRunner;
import org.jinzai.scenario.ScenarioComparison;

/**
 * A region's run as a Word document for the prefecture (or the body that runs the pools): each pool's settings, its
 * capacity, requests and what it gave by fiscal year (chart and table, with staff, use and cost), the probability that
 * every member meets each target they share alone and with the pools, and each member's support, cost share and
 * probabilities in the last fiscal year. In Japanese or English; である調.
 */
public final class RegionDocument {

    private final RegionRunner.Run run;
    private final RunOptions options;
    private final Texts texts;
    private final LocalDate date;

    public RegionDocument(RegionRunner.Run run, RunOptions options, Locale locale, LocalDate date) {
        this.run = run;
        this.options = options;
        this.texts = new Texts(locale);
        this.date = date;
    }

    /** The document's bytes. */
    public byte[] toBytes() throws IOException {
        Region region = run.region();
        try (XWPFDocument doc = new XWPFDocument()) {
            WordPages word = WordPages.blank(doc, texts);
            word.heading(1, texts.get("region.title", region.getName())); //$NON-NLS-1$
            if (region.getDescription() != null && !region.getDescription().isBlank()) {
                word.paragraph(region.getDescription());
            }
            word.paragraph(texts.get("region.intro", region.getMembers().size(), options.replications(), Long.toString(options.seed()))); //$NON-NLS-1$
            pools(word);
            courses(word);
            every(word);
            members(word);
            word.paragraph(texts.get("region.date", java.time.format.DateTimeFormatter.ofPattern(texts.get("docx.dayPattern"), texts.locale()) //$NON-NLS-1$ //$NON-NLS-2$
                    .format(date)));
            word.finish();
            return PackageBytes.of(doc);
        }
    }

    private String year(int y) {
        int fy = run.pooled().firstFiscalYear() + y;
        return fy + " (R" + FiscalYears.reiwa(fy) + ")"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String number(double value, String format) {
        return String.format(Locale.ROOT, format, value);
    }

    private static String percent(double share) {
        return Formats.probability(share);
    }

    /**
     * A pool's fiscal year as its tables show it (here and in the workbench): staff, those on secondment (when any member
     * sends some), capacity, asked, given (days a week), the share used, cost and the prefecture's part (yen).
     */
    public static List<String> poolYear(RegionResult pooled, int p, int y, boolean seconded) {
        List<String> row = new ArrayList<>(List.of(number(pooled.poolSummary(p, PoolQuantity.STAFF, y).mean(), "%.1f"), //$NON-NLS-1$
                number(pooled.poolSummary(p, PoolQuantity.CAPACITY, y).mean(), "%.1f"), //$NON-NLS-1$
                number(pooled.poolSummary(p, PoolQuantity.ASKED, y).mean(), "%.1f"), //$NON-NLS-1$
                number(pooled.poolSummary(p, PoolQuantity.GIVEN, y).mean(), "%.1f"), percent(pooled.utilization(p, y)), //$NON-NLS-1$
                number(pooled.poolSummary(p, PoolQuantity.COST, y).mean(), "%,.0f"), //$NON-NLS-1$
                number(pooled.poolSummary(p, PoolQuantity.PREFECTURE_COST, y).mean(), "%,.0f"))); //$NON-NLS-1$
        if (seconded) {
            row.add(1, number(pooled.poolSummary(p, PoolQuantity.SECONDED, y).mean(), "%.1f")); //$NON-NLS-1$
        }
        return row;
    }

    private void pools(WordPages word) {
        RegionResult pooled = run.pooled();
        word.heading(2, texts.get("region.pools")); //$NON-NLS-1$
        for (int p = 0; p < run.region().getPools().size(); p++) {
            Pool pool = run.region().getPools().get(p);
            String hires = pool.getHires().stream().map(h -> Integer.toString(h.getCount())).distinct().reduce((a, b) -> a + "/" + b).orElse("0"); //$NON-NLS-1$ //$NON-NLS-2$
            word.paragraph(texts.get("region.pool", new Object[] { pool.getName(), pool.getInitialStaff(), hires, //$NON-NLS-1$
                percent(pool.getFillProbability()), pool.getTermYears(), percent(pool.getYearlyAttrition()), pool.getDaysPerWeek(),
                number(pool.getCostPerPersonYear(), "%,.0f"), texts.get("alloc." + pool.getAllocation().getName()), //$NON-NLS-1$ //$NON-NLS-2$
                percent(pool.getPrefectureShare()), texts.get("share." + pool.getMemberSharing().getName()) })); //$NON-NLS-1$
            secondments(word, pool);
            word.chart(Charts.pool(pooled, p, pool.getName(), texts.locale()), "pool-" + (p + 1)); //$NON-NLS-1$
            boolean seconded = RegionRunner.receivesSecondments(run.region(), p);
            List<String> headers = new ArrayList<>(List.of(texts.get("col.fiscalYear"), texts.get("region.staff"), //$NON-NLS-1$ //$NON-NLS-2$
                    texts.get("region.capacity"), texts.get("region.asked"), texts.get("region.given"), texts.get("region.used"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    texts.get("region.poolCost"), texts.get("region.prefecture"))); //$NON-NLS-1$ //$NON-NLS-2$
            if (seconded) {
                headers.add(2, texts.get("region.seconded")); //$NON-NLS-1$
            }
            XWPFTable table = word.table(1, headers.toArray(String[]::new));
            for (int y = 0; y < pooled.years(); y++) {
                List<String> row = new ArrayList<>(List.of(year(y)));
                row.addAll(poolYear(pooled, p, y, seconded));
                word.row(table, row.toArray(String[]::new));
            }
        }
    }

    /** Who sends staff to a pool on secondment, how many in the region's years (none: nothing said). */
    private void secondments(WordPages word, Pool pool) {
        int first = run.region().getRunSettings().getFirstFiscalYear();
        int years = run.region().getRunSettings().getHorizonYears();
        List<String> senders = new ArrayList<>();
        int total = 0;
        for (RegionMember member : run.region().getMembers()) {
            int sent = member.getSecondments().stream().filter(s -> s.getPool() == pool)
                    .mapToInt(s -> java.util.Arrays.stream(RegionRunner.perYear(s.getStaff(), first, years)).sum()).sum();
            if (sent > 0) {
                senders.add(texts.get("region.secondmentsOf", name(member.getScenario()), Integer.toString(sent))); //$NON-NLS-1$
                total += sent;
            }
        }
        if (total > 0) {
            word.paragraph(texts.get("region.secondments", Integer.toString(total), String.join(texts.get("docx.secondmentSeparator"), senders))); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** The joint courses: seats a year, what the members asked and were given. */
    private void courses(WordPages word) {
        if (run.region().getCourses().isEmpty()) {
            return;
        }
        word.heading(2, texts.get("region.courses")); //$NON-NLS-1$
        List<RegionRunner.JointSeats> joint = RegionRunner.jointSeats(run.region());
        for (int c = 0; c < run.region().getCourses().size(); c++) {
            org.jinzai.model.RegionCourse course = run.region().getCourses().get(c);
            word.paragraph(texts.get("region.course", course.getName(), course.getCourseId(), course.getMonth(), //$NON-NLS-1$
                    texts.get("alloc." + course.getAllocation().getName()))); //$NON-NLS-1$
            XWPFTable table = word.table(1, texts.get("col.fiscalYear"), texts.get("region.seats"), texts.get("region.asked"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    texts.get("region.given")); //$NON-NLS-1$
            for (int y = 0; y < run.pooled().years(); y++) {
                RegionRunner.CourseYear each = RegionRunner.courseYear(run.region(), joint, c, y);
                word.row(table, year(y), Integer.toString(each.seats()), Integer.toString(each.asked()), Integer.toString(each.given()));
            }
        }
    }

    /** The targets every member has that the pools change somewhere, id → name. */
    private Map<String, String> changedTargets() {
        Map<String, String> shared = new LinkedHashMap<>();
        RegionRunner.sharedTargets(run.region()).forEach((id, target) -> {
            if (run.changes(id)) {
                shared.put(id, target.getName());
            }
        });
        return shared;
    }

    private void every(WordPages word) {
        Map<String, String> targets = changedTargets();
        if (targets.isEmpty()) {
            return;
        }
        word.heading(2, texts.get("region.every")); //$NON-NLS-1$
        List<String> headers = new ArrayList<>(List.of(texts.get("col.target"))); //$NON-NLS-1$
        for (int y = 0; y < run.pooled().years(); y++) {
            headers.add(year(y));
        }
        XWPFTable table = word.table(1, headers.toArray(String[]::new));
        for (Map.Entry<String, String> target : targets.entrySet()) {
            List<String> cells = new ArrayList<>(List.of(target.getValue()));
            for (int y = 0; y < run.pooled().years(); y++) {
                double alone = run.alone().probabilityEveryMemberMeets(target.getKey(), y);
                cells.add(Double.isFinite(alone) ? percent(alone) + " → " + percent(run.pooled().probabilityEveryMemberMeets(target.getKey(), y)) //$NON-NLS-1$
                        : "-"); //$NON-NLS-1$
            }
            word.row(table, cells.toArray(String[]::new));
        }
    }

    private void members(WordPages word) {
        RegionResult pooled = run.pooled();
        int last = pooled.years() - 1;
        word.heading(2, texts.get("region.members", FiscalYears.label(pooled.firstFiscalYear() + last, texts.locale()))); //$NON-NLS-1$
        Map<String, String> targets = changedTargets();
        List<String> headers = new ArrayList<>(List.of(texts.get("region.member"), texts.get("region.received"), texts.get("region.cost"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        headers.addAll(targets.values());
        XWPFTable table = word.table(1, headers.toArray(String[]::new));
        for (int k = 0; k < run.region().getMembers().size(); k++) {
            RegionMember member = run.region().getMembers().get(k);
            double received = 0;
            for (int j = 0; j < member.getRequests().size(); j++) {
                received += pooled.requestSummary(k, j, RequestQuantity.RECEIVED, last).mean();
            }
            List<String> cells = new ArrayList<>(List.of(name(member.getScenario()), number(received, "%.2f"), //$NON-NLS-1$
                    number(pooled.memberCostSummary(k, last).mean(), "%,.0f"))); //$NON-NLS-1$
            for (String target : targets.keySet()) {
                String cell = "-"; //$NON-NLS-1$
                for (ScenarioComparison.Row row : run.comparison(k).rows()) {
                    if (row.targetId().equals(target) && row.fiscalYear() == pooled.firstFiscalYear() + last && Double.isFinite(row.met())) {
                        cell = percent(row.referenceMet()) + " → " + percent(row.met()); //$NON-NLS-1$
                    }
                }
                cells.add(cell);
            }
            word.row(table, cells.toArray(String[]::new));
        }
    }

    /** A member as the planners of the region call it: its municipality, else its scenario. */
    public static String name(Scenario scenario) {
        var organization = scenario.getBaseline() == null ? null : scenario.getBaseline().getOrganization();
        return organization == null || organization.getName() == null || organization.getName().isBlank() ? scenario.getName()
                : organization.getName();
    }
}
