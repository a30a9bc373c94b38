package org.jinzai.cli;

import static org.jinzai.cli.ResultFiles.csv;
import static org.jinzai.cli.ResultFiles.csvNumber;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.jinzai.engine.RegionResult;
import org.jinzai.engine.RegionResult.PoolQuantity;
import org.jinzai.engine.RegionResult.RequestQuantity;
import org.jinzai.engine.RunOptions;
import org.jinzai.engine.Summary;
import org.jinzai.model.Pool;
import org.jinzai.model.PoolRequest;
import org.jinzai.model.Region;
import org.jinzai.model.RegionCourse;
import org.jinzai.model.RegionMember;
import org.jinzai.model.Scenario;
import org.jinzai.model.Target;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.model.util.FiscalYears;
import org.jinzai.reports.RegionDocument;
import org.jinzai.reports.RegionDocuments;
import org.jinzai.reports.ReportData;
import org.jinzai.scenario.RegionRunner;
import org.jinzai.scenario.ScenarioComparison;

/**
 * {@code simulate REGION.jzg}: the region's members alone and with the pools, on the same random numbers. Prints each
 * pool's year (staff, capacity, asked, given, cost) and each member's targets whose probability the pools change, with
 * the targets every member has counted across the region; writes the same and more as CSV (UTF-8 with BOM).
 */
final class RegionSimulation {

    private static final String BOM = "\uFEFF"; //$NON-NLS-1$
    private static final String NL = "\r\n"; //$NON-NLS-1$

    private final Region region;
    private final RunOptions options;
    private final RegionRunner.Run run;
    private final Locale locale;

    RegionSimulation(Region region, RunOptions options, RegionRunner.Run run, Locale locale) {
        this.region = region;
        this.options = options;
        this.run = run;
        this.locale = locale;
    }

    private String year(int y) {
        return FiscalYears.label(run.pooled().firstFiscalYear() + y, locale);
    }

    private static String name(Scenario scenario) {
        return RegionDocument.name(scenario);
    }

    /** What a planner reads first: the pools, then what changes for each member, then the region's targets. */
    void print(PrintStream out) {
        RegionResult pooled = run.pooled();
        int years = pooled.years();
        out.println(NLS.bind(Messages.RegionHeader, new Object[] { region.getName(), region.getMembers().size(),
                String.format(Locale.ROOT, "%,d", options.replications()) })); //$NON-NLS-1$
        for (int p = 0; p < region.getPools().size(); p++) {
            Pool pool = region.getPools().get(p);
            out.println();
            out.println(NLS.bind(Messages.RegionPool, pool.getName()));
            StringBuilder header = new StringBuilder("  ").append(CalibrateCommand.pad(Messages.RegionYear, YEAR)); //$NON-NLS-1$
            String[] columns = Messages.RegionPoolColumns.split("\\|"); //$NON-NLS-1$
            boolean seconded = RegionRunner.receivesSecondments(region, p);
            for (int c = 0; c < columns.length; c++) {
                header.append(right(columns[c], WIDTHS[c]));
                if (c == 0 && seconded) {
                    header.append(right(Messages.RegionSeconded, 10));
                }
            }
            out.println(header);
            for (int y = 0; y < years; y++) {
                String away = seconded ? String.format(Locale.ROOT, "%10.1f", pooled.poolSummary(p, PoolQuantity.SECONDED, y).mean()) : ""; //$NON-NLS-1$ //$NON-NLS-2$
                out.println("  " + CalibrateCommand.pad(year(y), YEAR) + String.format(Locale.ROOT, "%7.1f%s%10.1f%10.1f%10.1f%7.0f%%%15s%15s", //$NON-NLS-1$ //$NON-NLS-2$
                        pooled.poolSummary(p, PoolQuantity.STAFF, y).mean(), away, pooled.poolSummary(p, PoolQuantity.CAPACITY, y).mean(),
                        pooled.poolSummary(p, PoolQuantity.ASKED, y).mean(), pooled.poolSummary(p, PoolQuantity.GIVEN, y).mean(),
                        100 * pooled.utilization(p, y), yen(pooled.poolSummary(p, PoolQuantity.COST, y).mean()),
                        yen(pooled.poolSummary(p, PoolQuantity.PREFECTURE_COST, y).mean())));
            }
        }
        List<RegionRunner.JointSeats> joint = RegionRunner.jointSeats(region);
        for (int c = 0; c < region.getCourses().size(); c++) {
            RegionCourse course = region.getCourses().get(c);
            out.println();
            out.println(NLS.bind(Messages.RegionCourse, course.getName(), course.getMonth()));
            StringBuilder header = new StringBuilder("  ").append(CalibrateCommand.pad(Messages.RegionYear, YEAR)); //$NON-NLS-1$
            for (String column : Messages.RegionCourseColumns.split("\\|")) { //$NON-NLS-1$
                header.append(right(column, 10));
            }
            out.println(header);
            for (int y = 0; y < years; y++) {
                RegionRunner.CourseYear each = RegionRunner.courseYear(region, joint, c, y);
                out.println("  " + CalibrateCommand.pad(year(y), YEAR) //$NON-NLS-1$
                        + String.format(Locale.ROOT, "%10d%10d%10d", each.seats(), each.asked(), each.given())); //$NON-NLS-1$
            }
        }
        out.println();
        out.println(NLS.bind(Messages.RegionMembers, year(years - 1)));
        for (int k = 0; k < region.getMembers().size(); k++) {
            RegionMember member = region.getMembers().get(k);
            int y = years - 1;
            double received = 0;
            for (int j = 0; j < member.getRequests().size(); j++) {
                received += pooled.requestSummary(k, j, RequestQuantity.RECEIVED, y).mean();
            }
            out.println(NLS.bind(Messages.RegionMember, new Object[] { name(member.getScenario()), String.format(Locale.ROOT, "%.2f", received), //$NON-NLS-1$
                    String.format(Locale.ROOT, "%,.0f", pooled.memberCostSummary(k, y).mean()) })); //$NON-NLS-1$
            for (ScenarioComparison.Row row : changed(k)) {
                out.println("      " + CalibrateCommand.pad(row.targetName(), TARGET) + change(row.referenceMet(), row.met())); //$NON-NLS-1$
            }
        }
        // the targets every member has that the pools change somewhere (the others are the same alone and pooled)
        Map<String, String> shared = sharedTargets();
        shared.keySet().removeIf(id -> !run.changes(id));
        if (!shared.isEmpty()) {
            out.println();
            out.println(Messages.RegionEveryMember);
            for (Map.Entry<String, String> target : shared.entrySet()) {
                out.println("  " + target.getValue()); //$NON-NLS-1$
                for (int y = 0; y < years; y++) {
                    double alone = run.alone().probabilityEveryMemberMeets(target.getKey(), y);
                    if (Double.isFinite(alone)) {
                        out.println("    " + CalibrateCommand.pad(year(y), YEAR) + change(alone, pooled.probabilityEveryMemberMeets(target.getKey(), y))); //$NON-NLS-1$
                    }
                }
            }
        }
    }

    /** Columns of a fiscal year's label and of a target's name; widths of the pool's columns. */
    private static final int YEAR = 24;
    private static final int TARGET = 64;
    private static final int[] WIDTHS = { 7, 10, 10, 10, 8, 15, 15 };

    private static String change(double from, double to) {
        return String.format(Locale.ROOT, "%4.0f%% → %4.0f%%", 100 * from, 100 * to); //$NON-NLS-1$
    }

    private static String yen(double amount) {
        return String.format(Locale.ROOT, "%,.0f", amount); //$NON-NLS-1$
    }

    /** A text right-aligned in a width in terminal columns. */
    private static String right(String text, int columns) {
        int width = text.codePoints().map(c -> c >= 0x1100 ? 2 : 1).sum();
        return " ".repeat(Math.max(1, columns - width)) + text; //$NON-NLS-1$
    }

    /** The rows of member k's targets in the last year whose probability of being met the pools change. */
    private List<ScenarioComparison.Row> changed(int k) {
        int last = run.pooled().firstFiscalYear() + run.pooled().years() - 1;
        List<ScenarioComparison.Row> rows = new ArrayList<>();
        for (ScenarioComparison.Row row : run.comparison(k).rows()) {
            if (row.fiscalYear() == last && Double.isFinite(row.met()) && Math.abs(row.met() - row.referenceMet()) >= 0.005) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** The targets (id → name) every member has: the region's own targets. */
    private Map<String, String> sharedTargets() {
        Map<String, String> names = new LinkedHashMap<>();
        sharedTargets(region).forEach((id, target) -> names.put(id, target.getName()));
        return names;
    }

    /** The targets (id → the first member's) every member of a region has. */
    static Map<String, Target> sharedTargets(Region region) {
        return RegionRunner.sharedTargets(region);
    }

    /** Writes region-members.csv, region-pools.csv, region-requests.csv, region-targets.csv and, with joint courses, region-courses.csv. */
    void writeCsv(Path folder) throws IOException {
        write(folder.resolve("region-members.csv"), members()); //$NON-NLS-1$
        write(folder.resolve("region-pools.csv"), pools()); //$NON-NLS-1$
        write(folder.resolve("region-requests.csv"), requests()); //$NON-NLS-1$
        write(folder.resolve("region-targets.csv"), targets()); //$NON-NLS-1$
        if (!region.getCourses().isEmpty()) {
            write(folder.resolve("region-courses.csv"), courses()); //$NON-NLS-1$
        }
    }

    private StringBuilder courses() {
        StringBuilder out = new StringBuilder(BOM).append("course_id,course_name,member,fiscal_year,fiscal_year_label,seats_asked,seats_given") //$NON-NLS-1$
                .append(NL);
        for (RegionRunner.JointSeats seats : RegionRunner.jointSeats(region)) {
            RegionCourse course = region.getCourses().get(seats.course());
            for (int y = 0; y < seats.asked().length; y++) {
                out.append(csv(course.getId())).append(',').append(csv(course.getName())).append(',')
                        .append(csv(name(region.getMembers().get(seats.member()).getScenario()))).append(',')
                        .append(run.pooled().firstFiscalYear() + y).append(',').append(csv(year(y))).append(',').append(seats.asked()[y]).append(',')
                        .append(seats.given()[y]).append(NL);
            }
        }
        return out;
    }

    private static void write(Path file, StringBuilder text) throws IOException {
        JinzaiResources.writeAtomically(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private StringBuilder members() {
        StringBuilder out = new StringBuilder(BOM).append("member,scenario,target_id,target_name,fiscal_year,fiscal_year_label," //$NON-NLS-1$
                + "probability_met_alone,probability_met_pooled,mean_alone,mean_pooled,difference,difference_p5,difference_p95," //$NON-NLS-1$
                + "probability_better").append(NL); //$NON-NLS-1$
        for (int k = 0; k < region.getMembers().size(); k++) {
            Scenario scenario = region.getMembers().get(k).getScenario();
            for (ScenarioComparison.Row row : run.comparison(k).rows()) {
                if (!Double.isFinite(row.met())) {
                    continue; // counts and flows: in the members' own results
                }
                out.append(csv(name(scenario))).append(',').append(csv(scenario.getName())).append(',').append(csv(row.targetId())).append(',')
                        .append(csv(row.targetName())).append(',').append(row.fiscalYear()).append(',')
                        .append(csv(FiscalYears.label(row.fiscalYear(), locale))).append(',').append(csvNumber(row.referenceMet())).append(',')
                        .append(csvNumber(row.met())).append(',').append(csvNumber(row.referenceMean())).append(',').append(csvNumber(row.mean()))
                        .append(',').append(csvNumber(row.difference())).append(',').append(csvNumber(row.low())).append(',')
                        .append(csvNumber(row.high())).append(',').append(csvNumber(row.probabilityBetter())).append(NL);
            }
        }
        return out;
    }

    private StringBuilder pools() {
        StringBuilder out = new StringBuilder(BOM).append("pool_id,pool_name,fiscal_year,fiscal_year_label,staff_mean,staff_p10,staff_p90," //$NON-NLS-1$
                + "capacity_days,asked_days,given_days,utilization,cost_yen,prefecture_cost_yen,seconded_mean").append(NL); //$NON-NLS-1$
        RegionResult pooled = run.pooled();
        for (int p = 0; p < region.getPools().size(); p++) {
            Pool pool = region.getPools().get(p);
            for (int y = 0; y < pooled.years(); y++) {
                Summary staff = pooled.poolSummary(p, PoolQuantity.STAFF, y);
                out.append(csv(pool.getId())).append(',').append(csv(pool.getName())).append(',').append(pooled.firstFiscalYear() + y).append(',')
                        .append(csv(year(y))).append(',').append(csvNumber(staff.mean())).append(',').append(csvNumber(staff.p10())).append(',')
                        .append(csvNumber(staff.p90())).append(',').append(csvNumber(pooled.poolSummary(p, PoolQuantity.CAPACITY, y).mean()))
                        .append(',').append(csvNumber(pooled.poolSummary(p, PoolQuantity.ASKED, y).mean())).append(',')
                        .append(csvNumber(pooled.poolSummary(p, PoolQuantity.GIVEN, y).mean())).append(',')
                        .append(csvNumber(pooled.utilization(p, y))).append(',').append(csvNumber(pooled.poolSummary(p, PoolQuantity.COST, y).mean()))
                        .append(',').append(csvNumber(pooled.poolSummary(p, PoolQuantity.PREFECTURE_COST, y).mean())).append(',')
                        .append(csvNumber(pooled.poolSummary(p, PoolQuantity.SECONDED, y).mean())).append(NL);
            }
        }
        return out;
    }

    private StringBuilder requests() {
        StringBuilder out = new StringBuilder(BOM).append("member,pool_id,fiscal_year,fiscal_year_label,asked_days,received_days," //$NON-NLS-1$
                + "received_days_p10,received_days_p90,waiting_months,cost_share_yen").append(NL); //$NON-NLS-1$
        RegionResult pooled = run.pooled();
        for (int k = 0; k < region.getMembers().size(); k++) {
            RegionMember member = region.getMembers().get(k);
            for (int j = 0; j < member.getRequests().size(); j++) {
                PoolRequest request = member.getRequests().get(j);
                for (int y = 0; y < pooled.years(); y++) {
                    Summary received = pooled.requestSummary(k, j, RequestQuantity.RECEIVED, y);
                    // the member's share of a pool's cost is of all its requests to it: written on its first
                    double cost = RegionRunner.firstRequestTo(member, j) ? pooled.memberCostSummary(k, region.getPools().indexOf(request.getPool()), y)
                            .mean() : 0;
                    out.append(csv(name(member.getScenario()))).append(',').append(csv(request.getPool().getId())).append(',')
                            .append(pooled.firstFiscalYear() + y).append(',').append(csv(year(y))).append(',')
                            .append(csvNumber(pooled.requestSummary(k, j, RequestQuantity.ASKED, y).mean())).append(',')
                            .append(csvNumber(received.mean())).append(',').append(csvNumber(received.p10())).append(',')
                            .append(csvNumber(received.p90())).append(',')
                            .append(csvNumber(pooled.requestSummary(k, j, RequestQuantity.WAITING_MONTHS, y).mean())).append(',')
                            .append(csvNumber(cost)).append(NL);
                }
            }
        }
        return out;
    }

    private StringBuilder targets() {
        StringBuilder out = new StringBuilder(BOM).append("target_id,target_name,fiscal_year,fiscal_year_label," //$NON-NLS-1$
                + "probability_every_member_alone,probability_every_member_pooled").append(NL); //$NON-NLS-1$
        for (Map.Entry<String, String> target : sharedTargets().entrySet()) {
            for (int y = 0; y < run.pooled().years(); y++) {
                out.append(csv(target.getKey())).append(',').append(csv(target.getValue())).append(',').append(run.pooled().firstFiscalYear() + y)
                        .append(',').append(csv(year(y))).append(',').append(csvNumber(run.alone().probabilityEveryMemberMeets(target.getKey(), y)))
                        .append(',').append(csvNumber(run.pooled().probabilityEveryMemberMeets(target.getKey(), y))).append(NL);
            }
        }
        return out;
    }

    /**
     * Writes region.docx (the region's document, for the prefecture) and each member's policy document with its
     * projection with the pools and the support it counts on (policy-NAME.docx), in the reports' language.
     */
    void writeDocuments(Path folder, Locale reportLocale) throws IOException {
        for (Map.Entry<String, byte[]> document : RegionDocuments.of(run, options, reportLocale, ReportData.today()).entrySet()) {
            JinzaiResources.writeAtomically(folder.resolve(document.getKey()), document.getValue());
        }
    }

    /** The formats a region's run writes. */
    static Set<String> formats(Options options) throws UsageException {
        return options.formats(List.of("csv", "docx"), "csv"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
