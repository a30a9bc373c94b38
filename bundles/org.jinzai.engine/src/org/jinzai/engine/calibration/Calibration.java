package org.jinzai.engine.calibration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.jinzai.engine.SimulationInput.Employment;
import org.jinzai.engine.calibration.History.Transition;
import org.jinzai.engine.calibration.RosterRecord.Leaving;

/**
 * Rates estimated from a {@link History}, each with what it rests on and a 90 % interval, for a scenario to use instead
 * of national planning assumptions.
 *
 * <p>
 * <b>Leaving</b> is a monthly hazard per age band and employment type, from exposure in months: a member followed for a
 * year and still there counts 12 months; one gone a year later counts 6 (the middle of the year) and one leaving; one
 * who left by retirement (定年, or a regular at the retirement age when the history does not say why) or at the end of
 * a fixed term (任期満了) counts 12 months and no leaving (those exits are the engine's own rules). The last year's
 * members are censored (not followed). The hazard has a Gamma prior of {@value #PRIOR_MONTHS} months at the hazard
 * of the rest of the band's employment type (the other ages; every other member when the type has no other
 * leaving), so a small band is pulled towards its neighbours and no band gets a rate of 0 from having seen no one
 * leave. The yearly rate is {@code 1 - exp(-12 h)}.
 *
 * <p>
 * <b>Re-appointment</b> of DX promoters: of the promoters of a year still employed a year later, the share still
 * promoters; a Beta(1, 1) prior. <b>Moves</b>: of the regulars still employed a year later, the share in another
 * department, by the kind of department they were in.
 */
public final class Calibration {

    /** The prior's weight: as if this many more months had been seen at the pooled hazard. */
    public static final double PRIOR_MONTHS = 120;
    /** The interval reported: 90 %. */
    private static final double LOW = 0.05;
    private static final double HIGH = 0.95;

    /**
     * An estimate: the value (a yearly rate or a probability), its 90 % interval, how many events and how much exposure
     * (months for a hazard, persons for a probability) it rests on, the fiscal years the history covers, and its
     * posterior: Gamma(alpha, beta) of the monthly hazard (beta in months) for a leaving rate, Beta(alpha, beta) for a
     * probability.
     */
    public record Estimate(double value, double low, double high, double events, double exposure, int firstYear, int lastYear,
            double alpha, double beta) {
    }

    /** An age band of an employment type, as the attrition rates of a scenario have them. */
    public record Band(int minAge, int maxAge, Employment employment) {
        boolean holds(int age, Employment type) {
            return type == employment && age >= minAge && age <= maxAge;
        }
    }

    private Calibration() {
    }

    /**
     * The yearly leaving rate of each band (a member in no band has no rate of their own, but counts in the hazard of
     * their employment type that the bands' priors are centred on).
     *
     * @param retirementAge the age at which a regular member retires (0: none), for exits the history does not explain
     */
    public static Map<Band, Estimate> leaving(History history, List<Band> bands, int retirementAge) {
        int n = bands.size();
        double[] events = new double[n];
        double[] months = new double[n];
        double[] typeEvents = new double[Employment.COUNT];
        double[] typeMonths = new double[Employment.COUNT];
        for (Transition t : history.transitions()) {
            RosterRecord from = t.from();
            int age = from.fiscalYear() - from.birthYear();
            boolean left = t.left() && !ruleExit(from, age, retirementAge);
            double exposure = left ? 6 : 12;
            int type = from.employment().ordinal();
            typeMonths[type] += exposure;
            typeEvents[type] += left ? 1 : 0;
            for (int b = 0; b < n; b++) {
                if (bands.get(b).holds(age, from.employment())) {
                    months[b] += exposure;
                    events[b] += left ? 1 : 0;
                    break;
                }
            }
        }
        double allEvents = 0;
        double allMonths = 0;
        for (int type = 0; type < Employment.COUNT; type++) {
            allEvents += typeEvents[type];
            allMonths += typeMonths[type];
        }
        Map<Band, Estimate> estimates = new LinkedHashMap<>();
        for (int b = 0; b < n; b++) {
            int type = bands.get(b).employment().ordinal();
            // the prior's hazard, from the others (the band's own data counts once, in its likelihood): the rest of its
            // type, else the rest of every type, else half a leaving in all the exposure seen
            double restOfType = typeEvents[type] - events[b];
            double rest = allEvents - events[b];
            double pooled = restOfType > 0 ? restOfType / (typeMonths[type] - months[b])
                    : rest > 0 ? rest / (allMonths - months[b]) : 0.5 / (allMonths + PRIOR_MONTHS);
            double shape = pooled * PRIOR_MONTHS + events[b];
            double rate = PRIOR_MONTHS + months[b];
            GammaDistribution hazard = new GammaDistribution(shape, 1 / rate);
            estimates.put(bands.get(b), new Estimate(yearly(shape / rate), yearly(hazard.inverseCumulativeProbability(LOW)),
                    yearly(hazard.inverseCumulativeProbability(HIGH)), events[b], months[b], history.firstYear(), history.lastYear(), shape, rate));
        }
        return estimates;
    }

    /** Whether a member's exit is the engine's own rule (retirement, end of a term) rather than leaving. */
    private static boolean ruleExit(RosterRecord from, int age, int retirementAge) {
        if (from.leaving() == Leaving.RETIREMENT || from.leaving() == Leaving.TERM_END) {
            return true;
        }
        return from.leaving() == Leaving.UNKNOWN && from.employment() == Employment.REGULAR && retirementAge > 0 && age >= retirementAge;
    }

    /** The yearly rate of a constant monthly hazard. */
    public static double yearly(double monthlyHazard) {
        return 1 - Math.exp(-12 * monthlyHazard);
    }

    /** The probability that a DX promoter still employed a year later is re-appointed, or null when there were none. */
    public static Estimate reappointment(History history) {
        int promoters = 0;
        int kept = 0;
        for (Transition t : history.transitions()) {
            if (t.from().promoter() && !t.left()) {
                promoters++;
                kept += t.to().promoter() ? 1 : 0;
            }
        }
        return promoters == 0 ? null : proportion(kept, promoters, history);
    }

    /**
     * The yearly probability that a regular member still employed a year later is in another department, by the kind
     * of department they were in (a member whose department the map does not know is left out); a Beta(1, 1) prior.
     * Its inverse is about the mean time in post, to set beside the rotation policy's tenure.
     *
     * @param kindOf the kind of each department, by the name or id the rosters give it
     */
    public static <K> Map<K, Estimate> moves(History history, Map<String, K> kindOf) {
        Map<K, int[]> counts = new LinkedHashMap<>();
        for (Transition t : history.transitions()) {
            K kind = kindOf.get(t.from().department());
            if (t.left() || t.from().employment() != Employment.REGULAR || kind == null) {
                continue;
            }
            int[] c = counts.computeIfAbsent(kind, k -> new int[2]);
            c[0]++;
            c[1] += t.moved() ? 1 : 0;
        }
        Map<K, Estimate> estimates = new LinkedHashMap<>();
        counts.forEach((kind, c) -> estimates.put(kind, proportion(c[1], c[0], history)));
        return estimates;
    }

    /**
     * A tenure fitted to the moves of a kind of department: the yearly share of moves (as {@link #moves}), how many
     * member-years with known months in post the fit rests on, and the range {@code [minYears, maxYears]} of whole years
     * (drawn uniformly, as the rotation draws a tenure) under which the moves by years in post are likeliest.
     */
    public record Tenure(Estimate share, int followed, int minYears, int maxYears) {
    }

    /** The longest tenure a fit considers, in years. */
    public static final int LONGEST_TENURE = 15;
    /** A fit needs at least this many member-years with known months in post, and a move among them. */
    public static final int LEAST_FOLLOWED = 20;
    /**
     * Moves the rotation does not explain (a move before the least tenure, a stay after the most, for reasons the
     * rosters do not say) are taken to happen with this probability a year, so that one such move does not rule a
     * range out.
     */
    private static final double STRAY = 0.02;

    /**
     * The tenure of each kind of department the regulars' moves fit best (see {@link Tenure}); a kind with too few
     * member-years of known months in post, or no move, has none. A member with n whole years in the post at the next
     * move date (n = months in post on the roster / 12, rounded down, + 1) moves then with probability 0 while n is
     * below the least tenure and {@code 1 / (max - n + 1)} from the least to the most (each moved towards 1/2 by
     * {@value #STRAY}); past the most, with the share of those held over that moved; the range of the largest
     * likelihood is taken (the shorter, then the narrower, of equals).
     *
     * @param kindOf the kind of each department, by the name or id the rosters give it
     */
    public static <K> Map<K, Tenure> tenures(History history, Map<String, K> kindOf) {
        Map<K, Estimate> shares = moves(history, kindOf);
        // moves and stays by whole years in post at the next move date, per kind
        Map<K, int[][]> counts = new LinkedHashMap<>();
        for (Transition t : history.transitions()) {
            K kind = kindOf.get(t.from().department());
            if (t.left() || t.from().employment() != Employment.REGULAR || kind == null || t.monthsInPost() < 0) {
                continue;
            }
            int n = Math.min(LONGEST_TENURE + 1, t.monthsInPost() / 12 + 1);
            int[][] c = counts.computeIfAbsent(kind, k -> new int[2][LONGEST_TENURE + 2]);
            c[t.moved() ? 1 : 0][n]++;
        }
        Map<K, Tenure> tenures = new LinkedHashMap<>();
        counts.forEach((kind, c) -> {
            int followed = java.util.Arrays.stream(c[0]).sum() + java.util.Arrays.stream(c[1]).sum();
            if (followed >= LEAST_FOLLOWED && java.util.Arrays.stream(c[1]).sum() > 0) {
                int[] best = bestRange(c[0], c[1]);
                tenures.put(kind, new Tenure(shares.get(kind), followed, best[0], best[1]));
            }
        });
        return tenures;
    }

    /**
     * The range {min, max} of the largest likelihood of the stays and moves by whole years in post. Those past the most
     * are held over (no post for them, a rule, a reason the rosters do not say): they move with a probability of their
     * own, the share of them that moved, so that a few held over do not stretch the range.
     */
    private static int[] bestRange(int[] stays, int[] moves) {
        int[] best = null;
        double bestLikelihood = Double.NEGATIVE_INFINITY;
        for (int min = 1; min <= LONGEST_TENURE; min++) {
            for (int max = min; max <= LONGEST_TENURE; max++) {
                double log = 0;
                int heldMoved = 0;
                int held = 0;
                for (int n = 1; n < stays.length; n++) {
                    if (n > max) {
                        heldMoved += moves[n];
                        held += moves[n] + stays[n];
                        continue;
                    }
                    double h = STRAY + (1 - 2 * STRAY) * (n < min ? 0 : 1.0 / (max - n + 1));
                    log += moves[n] * Math.log(h) + stays[n] * Math.log(1 - h);
                }
                if (held > 0) {
                    double q = Math.max(STRAY, Math.min(1 - STRAY, (double) heldMoved / held));
                    log += heldMoved * Math.log(q) + (held - heldMoved) * Math.log(1 - q);
                }
                // strictly larger: of equal likelihoods, the first (shorter, then narrower) is kept
                if (log > bestLikelihood + 1e-9) {
                    bestLikelihood = log;
                    best = new int[] { min, max };
                }
            }
        }
        return best;
    }

    /**
     * How many completed a course a fiscal year: the members followed from one roster to the next (with courses on
     * both) who have it on the next and not on the first, by fiscal year; and the yearly count with a Jeffreys prior,
     * Gamma(1/2 + completions, years): its mean and 90 % interval (events: completions; exposure: years followed).
     * Those who left during the year, and those hired during it, are not seen completing.
     */
    public record Uptake(Estimate perYear, Map<Integer, Integer> byYear) {
    }

    /**
     * The uptake of each course named on the rosters (as they name it), over the fiscal years whose roster and the
     * next both say courses; empty when no two consecutive rosters say them.
     */
    public static Map<String, Uptake> courses(History history) {
        java.util.SortedSet<Integer> years = new java.util.TreeSet<>();
        Map<String, Map<Integer, Integer>> counts = new java.util.TreeMap<>();
        for (Transition t : history.transitions()) {
            if (t.left() || t.from().courses() == null || t.to().courses() == null) {
                continue;
            }
            years.add(t.from().fiscalYear());
            for (String course : t.to().courses()) {
                if (!t.from().courses().contains(course)) {
                    counts.computeIfAbsent(course, c -> new java.util.TreeMap<>()).merge(t.from().fiscalYear(), 1, Integer::sum);
                }
            }
        }
        Map<String, Uptake> uptakes = new LinkedHashMap<>();
        if (years.isEmpty()) {
            return uptakes;
        }
        // a course on the rosters that nobody completed while followed still has its years: none a year
        for (Transition t : history.transitions()) {
            if (t.from().courses() != null) {
                t.from().courses().forEach(course -> counts.computeIfAbsent(course, c -> new java.util.TreeMap<>()));
            }
        }
        counts.forEach((course, byYear) -> {
            Map<Integer, Integer> all = new java.util.TreeMap<>();
            years.forEach(y -> all.put(y, byYear.getOrDefault(y, 0)));
            int completions = all.values().stream().mapToInt(Integer::intValue).sum();
            double shape = 0.5 + completions;
            GammaDistribution count = new GammaDistribution(shape, 1.0 / years.size());
            uptakes.put(course, new Uptake(new Estimate(shape / years.size(), count.inverseCumulativeProbability(LOW),
                    count.inverseCumulativeProbability(HIGH), completions, years.size(), years.first(), years.last(), shape, years.size()), all));
        });
        return uptakes;
    }

    /** A share of {@code of} with a Beta(1, 1) prior: its posterior mean and 90 % interval. */
    private static Estimate proportion(int events, int of, History history) {
        double alpha = 1.0 + events;
        double beta = 1.0 + of - events;
        BetaDistribution p = new BetaDistribution(null, alpha, beta, BetaDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
        return new Estimate(alpha / (alpha + beta), p.inverseCumulativeProbability(LOW), p.inverseCumulativeProbability(HIGH), events, of,
                history.firstYear(), history.lastYear(), alpha, beta);
    }
}
