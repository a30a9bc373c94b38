package org.jinzai.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.jinzai.engine.MonteCarloEngine;
import org.jinzai.engine.SimulationInput;
import org.jinzai.engine.SimulationInput.Employment;
import org.jinzai.engine.calibration.Backtest;
import org.jinzai.engine.calibration.Calibration;
import org.jinzai.engine.calibration.Calibration.Band;
import org.jinzai.engine.calibration.Calibration.Estimate;
import org.jinzai.engine.calibration.History;
import org.jinzai.engine.calibration.HistoryProblem;
import org.jinzai.engine.calibration.RosterRecord;
import org.jinzai.engine.calibration.RosterRecord.Leaving;
import org.junit.jupiter.api.Test;

/** Rates estimated from yearly rosters: inconsistent histories reported, known rates recovered with honest intervals. */
class CalibrationTest {

    private static final List<Band> BANDS = List.of(new Band(18, 39, Employment.REGULAR), new Band(40, 59, Employment.REGULAR),
            new Band(18, 75, Employment.FIXED_TERM));
    /** The true yearly leaving rates of the bands. */
    private static final double[] TRUE_RATES = { 0.06, 0.02, 0.15 };

    private static RosterRecord record(String id, int year, int birth, Employment type, String department, boolean promoter, int line) {
        return new RosterRecord(id, year, birth, type, department, promoter, Leaving.UNKNOWN, "roster-" + year + ".csv", line);
    }

    /**
     * A synthetic history: a town of {@code size} staff followed for {@code years} rosters; each member leaves within a
     * year with the band's rate (yearly rosters show only whether someone is still there a year later), and is replaced
     * by a new id of the same band; promoters stay promoters with probability {@code keep}.
     */
    static List<RosterRecord> history(long seed, int size, int years, double keep) {
        SplittableRandom random = new SplittableRandom(seed);
        List<RosterRecord> records = new ArrayList<>();
        int next = 0;
        String[] ids = new String[size];
        int[] births = new int[size];
        boolean[] promoter = new boolean[size];
        for (int i = 0; i < size; i++) {
            ids[i] = "s" + next++;
            births[i] = band(i) == 0 ? 1995 : band(i) == 1 ? 1975 : 1985;
            promoter[i] = i % 10 == 0;
        }
        for (int y = 0; y < years; y++) {
            int year = 2019 + y;
            for (int i = 0; i < size; i++) {
                records.add(record(ids[i], year, births[i], band(i) == 2 ? Employment.FIXED_TERM : Employment.REGULAR, "d" + i % 7, promoter[i],
                        i + 2));
            }
            for (int i = 0; i < size; i++) {
                if (random.nextDouble() < TRUE_RATES[band(i)]) {
                    ids[i] = "s" + next++;
                    promoter[i] = i % 10 == 0;
                } else if (promoter[i]) {
                    promoter[i] = random.nextDouble() < keep;
                }
            }
        }
        return records;
    }

    /**
     * Members 0..size: a third in each band (born 1995, 1975 and 1985: within their band over five rosters; over twenty
     * the older ones cross into the next, which only the first band's estimate, asserted alone there, does not see).
     */
    private static int band(int i) {
        return i % 3;
    }

    @Test
    void inconsistentHistoriesAreReportedWithTheirLineAndLeftOut() {
        List<RosterRecord> records = new ArrayList<>();
        records.add(record("a", 2020, 1980, Employment.REGULAR, "d1", false, 2));
        records.add(record("a", 2021, 1980, Employment.REGULAR, "d2", false, 2));
        records.add(record("b", 2020, 1990, Employment.REGULAR, "d1", false, 3));
        records.add(record("b", 2022, 1990, Employment.REGULAR, "d1", false, 7));
        records.add(record("c", 2020, 1985, Employment.REGULAR, "d1", false, 4));
        records.add(record("c", 2021, 1986, Employment.REGULAR, "d1", false, 5));
        records.add(record("e", 2021, 1970, Employment.REGULAR, "d1", false, 9));
        records.add(record("e", 2021, 1970, Employment.REGULAR, "d1", false, 10));
        records.add(record("f", 2020, 1970, Employment.REGULAR, "d1", false, 6));
        records.add(record("x", 2021, 1999, Employment.REGULAR, "d1", false, 3));
        records.add(record("x", 2022, 1999, Employment.REGULAR, "d1", false, 3));
        History history = History.of(records);
        List<HistoryProblem> problems = history.problems();
        assertEquals(3, problems.size(), problems.toString());
        assertEquals(new HistoryProblem(HistoryProblem.Kind.BIRTH_YEAR_CHANGES, "c", "roster-2021.csv", 5, "1985", "1986"), problems.get(0));
        assertEquals(new HistoryProblem(HistoryProblem.Kind.DUPLICATE, "e", "roster-2021.csv", 10, "roster-2021.csv:9", "2021"),
                problems.get(1));
        assertEquals(new HistoryProblem(HistoryProblem.Kind.RETURNS, "b", "roster-2022.csv", 7, "2020", "2022"), problems.get(2));
        // a (moved, then gone from the 2022 roster), f (gone), x (stayed, then censored) are followed; b, c, e are not
        assertEquals(3, history.members());
        List<History.Transition> transitions = history.transitions();
        assertEquals(4, transitions.size(), transitions.toString());
        assertTrue(transitions.get(0).moved() && transitions.get(0).from().id().equals("a"));
        assertTrue(transitions.get(1).left() && transitions.get(1).from().fiscalYear() == 2021);
        assertTrue(transitions.get(2).left() && transitions.get(2).from().id().equals("f"));
        assertTrue(!transitions.get(3).left() && !transitions.get(3).moved() && transitions.get(3).from().id().equals("x"));
        assertEquals(2020, history.firstYear());
        assertEquals(2022, history.lastYear());

        // a year without a roster: nobody is followed across it, and nobody "comes back" over it
        List<RosterRecord> gap = List.of(record("g", 2019, 1980, Employment.REGULAR, "d1", false, 2),
                record("g", 2020, 1980, Employment.REGULAR, "d1", false, 2), record("g", 2022, 1980, Employment.REGULAR, "d1", false, 2),
                record("h", 2020, 1981, Employment.REGULAR, "d1", false, 3));
        History withGap = History.of(gap);
        assertTrue(withGap.problems().isEmpty(), withGap.problems().toString());
        assertEquals(1, withGap.transitions().size(), "only 2019 -> 2020 is followed: " + withGap.transitions());
        assertEquals(2019, withGap.transitions().get(0).from().fiscalYear());
    }

    @Test
    void exposureCountsMonthsAndRuleExitsAreNoLeaving() {
        List<RosterRecord> records = new ArrayList<>();
        // ten regulars of 30 for two rosters: two leave, one of them at the end of a term (not counted as leaving)
        for (int i = 0; i < 10; i++) {
            Leaving why = i == 1 ? Leaving.TERM_END : Leaving.UNKNOWN;
            records.add(new RosterRecord("r" + i, 2020, 1990, Employment.REGULAR, "d", false, why, "r.csv", i + 2));
            if (i > 1) {
                records.add(record("r" + i, 2021, 1990, Employment.REGULAR, "d", false, i + 2));
            }
        }
        // one of 60 who goes: retirement, not leaving
        records.add(record("old", 2020, 1960, Employment.REGULAR, "d", false, 20));
        Map<Band, Estimate> estimates = Calibration.leaving(History.of(records), List.of(new Band(18, 75, Employment.REGULAR)), 60);
        Estimate e = estimates.values().iterator().next();
        assertEquals(1, e.events());
        assertEquals(6 + 12 + 8 * 12 + 12, e.exposure());
        assertEquals(2020, e.firstYear());
        assertEquals(2021, e.lastYear());
        // the hazard's posterior mean; the band is all there is, so the prior has no one else to learn from: half a
        // leaving in all the exposure seen and the prior's
        double pooled = 0.5 / (e.exposure() + Calibration.PRIOR_MONTHS);
        double hazard = (pooled * Calibration.PRIOR_MONTHS + 1) / (Calibration.PRIOR_MONTHS + e.exposure());
        assertEquals(1 - Math.exp(-12 * hazard), e.value(), 1e-12);
        assertTrue(e.low() < e.value() && e.value() < e.high(), e.toString());
    }

    @Test
    void aBandWhereNobodyLeftGetsARateAboveZeroPulledTowardsItsType() {
        List<RosterRecord> records = history(3, 300, 4, 0.8);
        List<Band> bands = List.of(new Band(18, 39, Employment.REGULAR), new Band(40, 59, Employment.REGULAR), new Band(60, 75, Employment.REGULAR),
                new Band(18, 75, Employment.FIXED_TERM));
        Map<Band, Estimate> estimates = Calibration.leaving(History.of(records), bands, 0);
        Estimate empty = estimates.get(bands.get(2));
        assertEquals(0, empty.exposure(), "nobody of 60 or more");
        assertTrue(empty.value() > 0.01 && empty.value() < 0.06, "the regulars' overall rate, about 4 %: " + empty);
        assertTrue(empty.low() > 0 && empty.high() < 1, empty.toString());
    }

    @Test
    void ninetyPercentIntervalsCoverTheTrueRatesAboutNineTimesInTen() {
        int histories = 200;
        int[] covered = new int[TRUE_RATES.length];
        int reappointmentCovered = 0;
        for (long seed = 1; seed <= histories; seed++) {
            History history = History.of(history(seed, 300, 5, 0.7));
            Map<Band, Estimate> estimates = Calibration.leaving(history, BANDS, 0);
            for (int b = 0; b < BANDS.size(); b++) {
                Estimate e = estimates.get(BANDS.get(b));
                covered[b] += e.low() <= TRUE_RATES[b] && TRUE_RATES[b] <= e.high() ? 1 : 0;
            }
            Estimate kept = Calibration.reappointment(history);
            assertNotNull(kept);
            reappointmentCovered += kept.low() <= 0.7 && 0.7 <= kept.high() ? 1 : 0;
        }
        // 200 histories: 90 % coverage has a standard error of 2.1 points; allowed 84-96 % (about 3 standard errors)
        for (int b = 0; b < covered.length; b++) {
            double share = covered[b] / (double) histories;
            assertTrue(share >= 0.84 && share <= 0.96, "band " + BANDS.get(b) + ": " + share);
        }
        double share = reappointmentCovered / (double) histories;
        assertTrue(share >= 0.84 && share <= 0.96, "re-appointment: " + share);
    }

    @Test
    void estimatesConvergeAsTheHistoryGrows() {
        double[] meanError = new double[3];
        double[] meanWidth = new double[3];
        int[] lengths = { 2, 5, 20 };
        for (int k = 0; k < lengths.length; k++) {
            for (long seed = 1; seed <= 40; seed++) {
                Map<Band, Estimate> estimates = Calibration.leaving(History.of(history(seed, 300, lengths[k], 0.7)), BANDS, 0);
                Estimate e = estimates.get(BANDS.get(0));
                meanError[k] += Math.abs(e.value() - TRUE_RATES[0]) / 40;
                meanWidth[k] += (e.high() - e.low()) / 40;
            }
        }
        assertTrue(meanError[0] > meanError[1] && meanError[1] > meanError[2], java.util.Arrays.toString(meanError));
        assertTrue(meanWidth[0] > meanWidth[1] && meanWidth[1] > meanWidth[2], java.util.Arrays.toString(meanWidth));
        // twenty rosters of 100 in the band: within about a point of the truth
        assertTrue(meanError[2] < 0.01, java.util.Arrays.toString(meanError));
    }

    @Test
    void theEnginesOwnPastRostersGiveBackItsLeavingRateAndItsRetirements() {
        // 300 regulars of 30 and 100 of 58 in 10 課, 6 % a year leaving, retirement at 60: ten fiscal years of rosters
        Inputs in = new Inputs().departments(10, SimulationInput.DepartmentKind.BUSINESS, 40);
        for (int d = 0; d < 10; d++) {
            in.staff(d, Inputs.GENERAL, 30);
            for (int k = 0; k < 10; k++) {
                in.staff.add(in.person("old" + d + "-" + k, d, Inputs.GENERAL, 1968, Employment.REGULAR, 0, false));
            }
        }
        in.years = 10;
        in.rateByType = new double[] { 0.06, 0, 0, 0 };
        in.retirementAge = 60;
        SimulationInput input = in.build();
        MonteCarloEngine engine = new MonteCarloEngine();
        List<RosterRecord> first = engine.pastRosters(input, 11, 0);
        assertEquals(first, engine.pastRosters(input, 11, 0), "the same replication gives the same history");
        History history = History.of(first);
        assertTrue(history.problems().isEmpty(), history.problems().toString());
        assertEquals(2026, history.firstYear());
        assertEquals(2035, history.lastYear());
        assertEquals(400, first.stream().filter(r -> r.fiscalYear() == 2026).count(), "the first roster is the staff at the start");
        // those of 58 in 2026 reach 60 in 2028 and go at its end, as retirement, not leaving
        long retired = first.stream().filter(r -> r.leaving() == Leaving.RETIREMENT).count();
        assertTrue(retired > 80 && retired <= 100, "retired: " + retired);
        assertTrue(first.stream().filter(r -> r.leaving() == Leaving.RETIREMENT).allMatch(r -> r.fiscalYear() - r.birthYear() == 60));
        List<Band> bands = List.of(new Band(18, 75, Employment.REGULAR));
        int covered = 0;
        int histories = 100;
        for (int replication = 0; replication < histories; replication++) {
            Estimate e = Calibration.leaving(History.of(engine.pastRosters(input, 11, replication)), bands, 60).get(bands.get(0));
            covered += e.low() <= 0.06 && 0.06 <= e.high() ? 1 : 0;
        }
        // 100 histories: 90 % coverage has a standard error of 3 points; allowed 80-98 %
        assertTrue(covered >= 80 && covered <= 98, "covered " + covered + " of " + histories);
    }

    @Test
    void courseCompletionsAreCountedYearByYearFromTheEnginesOwnRosters() {
        // 100 promoters, 10 seats of the promoter course every June, nobody leaves: ten completions each fiscal year
        Inputs in = new Inputs().departments(4, SimulationInput.DepartmentKind.BUSINESS, 40);
        for (int d = 0; d < 4; d++) {
            in.staff(d, Inputs.PROMOTER, 25);
        }
        in.years = 6;
        in.seats(0, 10, 6);
        List<RosterRecord> records = new MonteCarloEngine().pastRosters(in.build(), 7, 0);
        assertTrue(records.stream().filter(r -> r.fiscalYear() == 2026).allMatch(r -> r.courses().isEmpty()), "nobody had it at the start");
        assertEquals(50, records.stream().filter(r -> r.fiscalYear() == 2031).filter(r -> r.courses().contains("c-dx")).count(),
                "the roster of April 2031 shows the five Junes before it");
        Map<String, Calibration.Uptake> uptake = Calibration.courses(History.of(records));
        assertEquals(List.of("c-dx"), List.copyOf(uptake.keySet()));
        Calibration.Uptake dx = uptake.get("c-dx");
        // the rosters of 2026-2031 follow five fiscal years: the completions of 2031 are not seen yet
        assertEquals(Map.of(2026, 10, 2027, 10, 2028, 10, 2029, 10, 2030, 10), dx.byYear());
        assertEquals(50, dx.perYear().events());
        assertEquals(5, dx.perYear().exposure());
        assertEquals((0.5 + 50) / 5, dx.perYear().value(), 1e-12, "Jeffreys prior: (1/2 + 50) / 5 years");
        assertTrue(dx.perYear().low() < 10 && 10 < dx.perYear().high(), dx.perYear().toString());
        // the rosters say each promoter's step of their persona (the course is Step1): ten more a year
        assertEquals(10, records.stream().filter(r -> r.fiscalYear() == 2027 && r.step() >= 1).count());
        assertEquals(Map.of(2027, 10.0, 2028, 20.0), stepOnes(Backtest.measures(records, Backtest.cohort(records, 2026), 2026, 2028, List.of())));
        // rosters without courses say nothing of them
        List<RosterRecord> without = records.stream().map(r -> new RosterRecord(r.id(), r.fiscalYear(), r.birthYear(), r.employment(),
                r.department(), r.promoter(), r.leaving(), r.source(), r.line())).toList();
        assertTrue(Calibration.courses(History.of(without)).isEmpty());
        assertTrue(stepOnes(Backtest.measures(without, Backtest.cohort(without, 2026), 2026, 2028, List.of())).isEmpty(), "nor of steps");
    }

    /** The Step1+ measures by fiscal year. */
    private static Map<Integer, Double> stepOnes(Map<Backtest.Measure, Double> measures) {
        Map<Integer, Double> byYear = new java.util.TreeMap<>();
        measures.forEach((m, v) -> {
            if (m.kind() == Backtest.Kind.STEP1) {
                byYear.put(m.fiscalYear(), v);
            }
        });
        return byYear;
    }

    @Test
    void monthsInPostAreTheRostersOrKnownFromAMoveTheHistorySaw() {
        List<RosterRecord> records = new ArrayList<>();
        int line = 2;
        // a: moved A -> B in 2021's transfers, then stays: 0 months in B on 2021's roster, 12 on 2022's
        records.add(record("a", 2020, 1980, Employment.REGULAR, "A", false, line++));
        records.add(record("a", 2021, 1980, Employment.REGULAR, "B", false, line++));
        records.add(record("a", 2022, 1980, Employment.REGULAR, "B", false, line++));
        records.add(record("a", 2023, 1980, Employment.REGULAR, "B", false, line++));
        // b: in B since before the history: not known; c: the roster says 30 months
        records.add(record("b", 2020, 1980, Employment.REGULAR, "B", false, line++));
        records.add(record("b", 2021, 1980, Employment.REGULAR, "B", false, line++));
        records.add(new RosterRecord("c", 2020, 1980, Employment.REGULAR, "B", false, Leaving.UNKNOWN, "r", line++, 30, null, -1, null));
        records.add(new RosterRecord("c", 2021, 1980, Employment.REGULAR, "B", false, Leaving.UNKNOWN, "r", line++, 42, null, -1, null));
        Map<String, Integer> months = new java.util.TreeMap<>();
        for (History.Transition t : History.of(records).transitions()) {
            months.put(t.from().id() + "@" + t.from().fiscalYear(), t.monthsInPost());
        }
        assertEquals(Map.of("a@2020", -1, "a@2021", 0, "a@2022", 12, "b@2020", -1, "b@2021", -1, "c@2020", 30, "c@2021", 42), months);
    }

    @Test
    void theYearlyRateOfAConstantMonthlyHazardIsOneLessTheStayOfTwelveMonths() {
        assertEquals(0.1, Calibration.yearly(-Math.log(0.9) / 12), 1e-12);
        assertEquals(0, Calibration.yearly(0), 0);
    }

    @Test
    void movesAreTheShareOfRegularsStillThereInAnotherDepartmentByTheKindTheyWereIn() {
        List<RosterRecord> records = new ArrayList<>();
        int line = 2;
        // ten regulars in A: three in B a year later, one gone, six still in A; a fixed-term mover and one of an unknown
        // department do not count
        for (int i = 0; i < 10; i++) {
            records.add(record("r" + i, 2020, 1980, Employment.REGULAR, "A", false, line++));
            if (i < 3) {
                records.add(record("r" + i, 2021, 1980, Employment.REGULAR, "B", false, line++));
            } else if (i > 3) {
                records.add(record("r" + i, 2021, 1980, Employment.REGULAR, "A", false, line++));
            }
        }
        records.add(record("f", 2020, 1980, Employment.FIXED_TERM, "A", false, line++));
        records.add(record("f", 2021, 1980, Employment.FIXED_TERM, "B", false, line++));
        records.add(record("u", 2020, 1980, Employment.REGULAR, "Z", false, line++));
        records.add(record("u", 2021, 1980, Employment.REGULAR, "B", false, line++));
        Map<String, Estimate> moves = Calibration.moves(History.of(records), Map.of("A", "business", "B", "it"));
        assertEquals(List.of("business"), List.copyOf(moves.keySet()), "only the kinds someone was followed in");
        Estimate e = moves.get("business");
        assertEquals(3, e.events());
        assertEquals(9, e.exposure(), "the nine still employed a year later");
        assertEquals(4.0 / 11, e.value(), 1e-12, "Beta(1, 1) prior: (1 + 3) / (2 + 9)");
        assertTrue(e.low() < 3.0 / 9 && 3.0 / 9 < e.high());
    }
}
