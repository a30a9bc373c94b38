package org.jinzai.engine.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jinzai.engine.calibration.Calibration.Band;

/**
 * A rolling-origin backtest's comparison: what the staff on the roster of an origin year became in the following
 * years' real rosters, against what the projections from that roster said, measure by measure. Each measure is counted
 * the same way on the real rosters and on every replication's simulated ones (the engine's past rosters), so the two
 * cannot differ by definition.
 *
 * <p>
 * Only the origin's staff (its cohort) is followed: those who joined later are a plan, not a rate, and are left out on
 * both sides. The measures, for every year after the origin: the cohort's headcount by age band and employment type
 * (the bands of the scenario's leaving rates) and in all, its leavers over the year, its members in another department
 * than a year before (moves), and its DX promoters.
 *
 * <p>
 * Whether the truth fell inside an interval is judged by its mid-rank among the replications (the share below it plus
 * half the share equal to it): inside the central 80 % when that lies in [0.1, 0.9]. Counts are whole numbers, and an
 * interval with its ends included would cover a small count far more often than its nominal share.
 */
public final class Backtest {

    /** What is counted. */
    public enum Kind {
        HEADCOUNT, LEAVERS, MOVES, PROMOTERS,
        /** Members at Step1 or above of their persona (only where the roster says anyone's step). */
        STEP1
    }

    /**
     * A measure of a fiscal year: a kind, and for a headcount the band (null: the whole cohort).
     */
    public record Measure(Kind kind, Band band, int fiscalYear) {
    }

    /**
     * A measure's comparison from an origin: the real value, the replications' mean, P5, P10, P90, P95, and the truth's
     * mid-rank among the replications.
     */
    public record Row(int origin, Measure measure, double actual, double mean, double p5, double p10, double p90, double p95, double rank) {
        /** The truth inside the central 80 % (P10-P90). */
        public boolean inside80() {
            return rank >= 0.1 && rank <= 0.9;
        }

        /** The truth inside the central 90 % (P5-P95). */
        public boolean inside90() {
            return rank >= 0.05 && rank <= 0.95;
        }

        /** The projection's error: mean less truth. */
        public double error() {
            return mean - actual;
        }
    }

    private Backtest() {
    }

    /** The staff ids on the roster of a year. */
    public static Set<String> cohort(Collection<RosterRecord> records, int fiscalYear) {
        Set<String> ids = new java.util.HashSet<>();
        for (RosterRecord r : records) {
            if (r.fiscalYear() == fiscalYear) {
                ids.add(r.id());
            }
        }
        return ids;
    }

    /**
     * The measures of the cohort of an origin year in the rosters of the years after it, up to {@code lastYear}. The
     * records may be a real history or a replication's simulated one (whose ids of the cohort are the same). A year is
     * measured only when its roster and the year before's are there (a history with a gap says nothing of it).
     */
    public static Map<Measure, Double> measures(Collection<RosterRecord> records, Set<String> cohort, int origin, int lastYear, List<Band> bands) {
        Map<Integer, Map<String, RosterRecord>> byYear = new HashMap<>();
        Set<Integer> rosters = new java.util.HashSet<>();
        for (RosterRecord r : records) {
            int year = r.fiscalYear();
            rosters.add(year);
            if (year >= origin && year <= lastYear && cohort.contains(r.id())) {
                byYear.computeIfAbsent(year, y -> new HashMap<>()).put(r.id(), r);
            }
        }
        Map<Measure, Double> values = new LinkedHashMap<>();
        for (int year = origin + 1; year <= lastYear; year++) {
            if (!rosters.contains(year) || !rosters.contains(year - 1)) {
                continue;
            }
            Map<String, RosterRecord> now = byYear.getOrDefault(year, Map.of());
            Map<String, RosterRecord> before = byYear.getOrDefault(year - 1, Map.of());
            double[] byBand = new double[bands.size()];
            double promoters = 0;
            double moves = 0;
            double step1 = 0;
            boolean steps = false;
            for (RosterRecord r : now.values()) {
                int age = year - r.birthYear();
                for (int b = 0; b < bands.size(); b++) {
                    if (bands.get(b).holds(age, r.employment())) {
                        byBand[b]++;
                        break;
                    }
                }
                promoters += r.promoter() ? 1 : 0;
                steps |= r.step() >= 0;
                step1 += r.step() >= 1 ? 1 : 0;
                RosterRecord earlier = before.get(r.id());
                moves += earlier != null && !earlier.department().equals(r.department()) ? 1 : 0;
            }
            double leavers = 0;
            for (String id : before.keySet()) {
                leavers += now.containsKey(id) ? 0 : 1;
            }
            values.put(new Measure(Kind.HEADCOUNT, null, year), (double) now.size());
            for (int b = 0; b < bands.size(); b++) {
                values.put(new Measure(Kind.HEADCOUNT, bands.get(b), year), byBand[b]);
            }
            values.put(new Measure(Kind.LEAVERS, null, year), leavers);
            values.put(new Measure(Kind.MOVES, null, year), moves);
            values.put(new Measure(Kind.PROMOTERS, null, year), promoters);
            if (steps) {
                values.put(new Measure(Kind.STEP1, null, year), step1);
            }
        }
        return values;
    }

    /** Every measure of the truth against the replications' values of it, but those nobody is in on either side. */
    public static List<Row> compare(int origin, Map<Measure, Double> actual, List<Map<Measure, Double>> replications) {
        List<Row> rows = new ArrayList<>();
        int n = replications.size();
        for (Map.Entry<Measure, Double> entry : actual.entrySet()) {
            double[] values = new double[n];
            double sum = 0;
            for (int r = 0; r < n; r++) {
                values[r] = replications.get(r).getOrDefault(entry.getKey(), 0.0);
                sum += values[r];
            }
            Arrays.sort(values);
            double truth = entry.getValue();
            if (truth == 0 && values[0] == 0 && values[n - 1] == 0) {
                continue; // nobody on either side (a band without members): nothing to compare, and no credit for it
            }
            double below = 0;
            double equal = 0;
            for (double v : values) {
                below += v < truth ? 1 : 0;
                equal += v == truth ? 1 : 0;
            }
            rows.add(new Row(origin, entry.getKey(), truth, sum / n, quantile(values, 0.05), quantile(values, 0.10), quantile(values, 0.90),
                    quantile(values, 0.95), (below + equal / 2) / n));
        }
        return rows;
    }

    /** A quantile of sorted values: the smallest value with at least that share at or below it. */
    private static double quantile(double[] sorted, double share) {
        int index = (int) Math.ceil(share * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** The share of rows whose truth fell inside the central 80 % (P10-P90); NaN without rows. */
    public static double coverage80(List<Row> rows) {
        return rows.stream().mapToDouble(r -> r.inside80() ? 1 : 0).average().orElse(Double.NaN);
    }

    /** The share of rows whose truth fell inside the central 90 % (P5-P95); NaN without rows. */
    public static double coverage90(List<Row> rows) {
        return rows.stream().mapToDouble(r -> r.inside90() ? 1 : 0).average().orElse(Double.NaN);
    }
}
