package org.jinzai.engine.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jinzai.engine.MonteCarloEngine;
import org.jinzai.engine.ProgressListener;
import org.jinzai.engine.RunOptions;
import org.jinzai.engine.SimulationInput;
import org.jinzai.engine.SimulationInput.DepartmentKind;
import org.jinzai.engine.SimulationInput.Employment;
import org.jinzai.engine.SimulationInput.Rotation;
import org.jinzai.engine.SimulationResult;
import org.jinzai.engine.calibration.Calibration;
import org.jinzai.engine.calibration.History;
import org.jinzai.engine.calibration.RosterRecord;
import org.junit.jupiter.api.Test;

/**
 * The rotation's tenure by kind of department: a member's time in a post is drawn from the range of the post's kind,
 * the engine's rosters say months in post as a municipality's 4月1日 roster does, and calibration gives the ranges back
 * from the moves by years in post.
 */
class TenureByKindTest {

    private static final int BUSINESS = DepartmentKind.BUSINESS.ordinal();
    private static final int IT = DepartmentKind.INFORMATION_SYSTEMS.ordinal();

    /** Two business departments and two IT sections of 40 posts, {@code perDepartment} regulars in each, months in post spread. */
    private static Inputs town(int perDepartment, int spreadMonths) {
        Inputs in = new Inputs().departments(2, DepartmentKind.BUSINESS, 40).departments(2, DepartmentKind.INFORMATION_SYSTEMS, 40);
        for (int d = 0; d < 4; d++) {
            for (int k = 0; k < perDepartment; k++) {
                in.staff.add(in.person("s" + d + "-" + k, d, Inputs.GENERAL, 1990, Employment.REGULAR, 12 * (k % (spreadMonths / 12 + 1)), false));
            }
        }
        return in;
    }

    private static Rotation rotation(int[] business, int[] it) {
        int[][] tenure = Rotation.sameTenure(3, 3);
        tenure[BUSINESS] = business;
        tenure[IT] = it;
        boolean[][] allowed = new boolean[DepartmentKind.COUNT][DepartmentKind.COUNT];
        for (boolean[] row : allowed) {
            Arrays.fill(row, true);
        }
        return new Rotation(tenure, 4, allowed, List.of());
    }

    @Test
    void eachMemberMovesExactlyWhenTheTenureOfTheirPostsKindIsServed() {
        // fixed tenures: 2 years in business departments, 4 in IT sections; months in post 0-36 at the start
        Inputs in = town(10, 36);
        in.years = 8;
        in.rotation = rotation(new int[] { 2, 2 }, new int[] { 4, 4 });
        SimulationInput input = in.build();
        List<RosterRecord> records = new MonteCarloEngine().pastRosters(input, 5, 0);
        Map<String, RosterRecord> byIdAndYear = new HashMap<>();
        records.forEach(r -> byIdAndYear.put(r.id() + "@" + r.fiscalYear(), r));
        Map<String, Integer> tenureOf = new HashMap<>();
        input.departments().forEach(d -> tenureOf.put(d.id(), d.kind() == DepartmentKind.BUSINESS ? 2 : 4));
        int moves = 0;
        int followed = 0;
        for (RosterRecord r : records) {
            RosterRecord next = byIdAndYear.get(r.id() + "@" + (r.fiscalYear() + 1));
            if (next == null) {
                continue;
            }
            followed++;
            boolean moved = !next.department().equals(r.department());
            int years = r.monthsInPost() / 12 + 1; // whole years in the post at the next April
            assertEquals(years == tenureOf.get(r.department()), moved, r + " -> " + next);
            // after a move the roster says 0 months in the new post; otherwise twelve more
            assertEquals(moved ? 0 : r.monthsInPost() + 12, next.monthsInPost(), r + " -> " + next);
            moves += moved ? 1 : 0;
        }
        assertEquals(40 * 7, followed, "forty regulars, seven years each");
        assertTrue(moves > 80, "moves: " + moves);
        SimulationResult result = new MonteCarloEngine().run(input, new RunOptions(1, 5, 1), ProgressListener.NONE);
        for (int y = 0; y < in.years; y++) {
            assertEquals(0, result.flow(0, SimulationResult.Flow.BLOCKED_MOVES, y), "no one stays while posts elsewhere are free");
        }
    }

    private static SimulationResult run(SimulationInput input) {
        return new MonteCarloEngine().run(input, new RunOptions(40, 9, 1), ProgressListener.NONE);
    }

    @Test
    void aTenureByKindEqualToTheCommonOneChangesNothing() {
        Inputs in = town(15, 48);
        in.rateByType = new double[] { 0.05, 0, 0, 0 };
        in.rotation = Inputs.rotation(3, List.of());
        SimulationResult common = run(in.build());
        // a tenure of its own for a kind the town has no department of (HR) concerns nobody
        int[][] tenure = Rotation.sameTenure(3, 3);
        tenure[DepartmentKind.HR.ordinal()] = new int[] { 1, 9 };
        in.rotation = new Rotation(tenure, 4, Inputs.rotation(3, List.of()).allowed(), List.of());
        SimulationResult byKind = run(in.build());
        for (int r = 0; r < 40; r++) {
            for (int d = 0; d < 4; d++) {
                for (int y = 0; y < 5; y++) {
                    assertEquals(common.departmentFlow(r, SimulationResult.DepartmentFlow.MOVES_OUT, y, d),
                            byKind.departmentFlow(r, SimulationResult.DepartmentFlow.MOVES_OUT, y, d), "replication " + r + ", year " + y);
                }
            }
        }
        // and a longer tenure in IT sections moves fewer out of them, replication by replication never more
        in.rotation = rotation(new int[] { 3, 3 }, new int[] { 6, 6 });
        SimulationResult longer = run(in.build());
        int before = 0;
        int after = 0;
        for (int r = 0; r < 40; r++) {
            double commonOut = 0;
            double longerOut = 0;
            for (int d = 2; d < 4; d++) {
                commonOut += common.departmentFlow(r, SimulationResult.DepartmentFlow.MOVES_OUT, 0, d);
                longerOut += longer.departmentFlow(r, SimulationResult.DepartmentFlow.MOVES_OUT, 0, d);
            }
            assertTrue(longerOut <= commonOut, "replication " + r + ": " + commonOut + " -> " + longerOut);
            before += commonOut;
            after += longerOut;
        }
        assertTrue(after < before, "moves out of IT in the first year: " + before + " -> " + after);
    }

    @Test
    void theTenuresAreGivenBackFromTheEnginesOwnRosters() {
        // drawn tenures: 3-5 years in business departments, 5-8 in IT sections; ten years of rosters
        Inputs in = town(30, 96);
        in.years = 10;
        in.rotation = rotation(new int[] { 3, 5 }, new int[] { 5, 8 });
        SimulationInput input = in.build();
        Map<String, DepartmentKind> kinds = new HashMap<>();
        input.departments().forEach(d -> kinds.put(d.id(), d.kind()));
        MonteCarloEngine engine = new MonteCarloEngine();
        int exact = 0;
        for (int replication = 0; replication < 5; replication++) {
            Map<DepartmentKind, Calibration.Tenure> fit = Calibration.tenures(History.of(engine.pastRosters(input, 3, replication)), kinds);
            Calibration.Tenure business = fit.get(DepartmentKind.BUSINESS);
            Calibration.Tenure it = fit.get(DepartmentKind.INFORMATION_SYSTEMS);
            assertEquals(4 * 30 * 9, business.followed() + it.followed(), "every regular-year is followed");
            // the share of moves is about 1 / mean tenure
            assertTrue(Math.abs(business.share().value() - 0.25) < 0.06, "business share " + business.share());
            boolean both = Arrays.equals(new int[] { 3, 5 }, new int[] { business.minYears(), business.maxYears() })
                    && Arrays.equals(new int[] { 5, 8 }, new int[] { it.minYears(), it.maxYears() });
            exact += both ? 1 : 0;
            // never more than a year off at either end
            assertTrue(Math.abs(business.minYears() - 3) <= 1 && Math.abs(business.maxYears() - 5) <= 1, "business " + business);
            assertTrue(Math.abs(it.minYears() - 5) <= 1 && Math.abs(it.maxYears() - 8) <= 1, "IT " + it);
        }
        assertTrue(exact >= 4, "exact in " + exact + " of 5 histories");
    }

    /** The share of the staff at the start who are in another post on the roster of a year (a fiscal year offset). */
    private static double movedBy(SimulationInput input, List<RosterRecord> records, int year, int monthsInPost) {
        Map<String, String> start = new HashMap<>();
        input.staff().stream().filter(s -> s.monthsInPost() == monthsInPost)
                .forEach(s -> start.put(s.key(), input.departments().get(s.department()).id()));
        long moved = records.stream().filter(r -> r.fiscalYear() == input.firstFiscalYear() + year && start.containsKey(r.id())
                && !r.department().equals(start.get(r.id()))).count();
        return (double) moved / start.size();
    }

    @Test
    void theStaffAtTheStartDrawOnlyTheYearsTheyHaveNotServed() {
        // 3-5 years; 600 regulars each with 2, 4 and 6 years served, in two business departments with room for all
        Inputs in = new Inputs().departments(2, DepartmentKind.BUSINESS, 2000);
        for (int k = 0; k < 1800; k++) {
            in.staff.add(in.person("s" + k, k % 2, Inputs.GENERAL, 1990, Employment.REGULAR, 24 * (1 + k % 3), false));
        }
        in.years = 3;
        in.rotation = rotation(new int[] { 3, 5 }, new int[] { 3, 5 });
        SimulationInput input = in.build();
        List<RosterRecord> records = new MonteCarloEngine().pastRosters(input, 13, 0);
        // 4 years served and not moved: 4 or 5 years, so half are moved at the first April (drawn afresh it was two
        // thirds); binomial standard error of 600 at 1/2: 2 points, allowed 4
        assertEquals(0.5, movedBy(input, records, 0, 48), 0.08);
        assertEquals(1.0, movedBy(input, records, 1, 48), 0.0, "the others at the next");
        // 6 years served, past the most: due at once; 2 years: a third a year from the next April, as always
        assertEquals(1.0, movedBy(input, records, 0, 72), 0.0);
        assertEquals(0.0, movedBy(input, records, 0, 24), 0.0);
        assertEquals(1.0 / 3, movedBy(input, records, 1, 24), 0.08);
        // a roster taken after the first April's transfers: nobody is due then; 4 years served means 5 (moved a year on)
        SimulationInput after = input.withRotation(input.rotation().afterTransfers());
        List<RosterRecord> later = new MonteCarloEngine().pastRosters(after, 13, 0);
        assertEquals(0.0, movedBy(after, later, 0, 48), 0.0);
        assertEquals(0.0, movedBy(after, later, 0, 72), 0.0);
        assertEquals(1.0, movedBy(after, later, 1, 48), 0.0);
        assertEquals(1.0, movedBy(after, later, 1, 72), 0.0);
    }

    @Test
    void aKindWithTooFewKnownYearsInPostHasNoTenure() {
        Inputs in = town(2, 0);
        in.years = 3;
        in.rotation = rotation(new int[] { 2, 2 }, new int[] { 2, 2 });
        SimulationInput input = in.build();
        Map<String, DepartmentKind> kinds = new HashMap<>();
        input.departments().forEach(d -> kinds.put(d.id(), d.kind()));
        List<RosterRecord> records = new MonteCarloEngine().pastRosters(input, 1, 0);
        // 4 regulars a kind, two years followed: 8 member-years, fewer than a fit needs
        Map<DepartmentKind, Calibration.Tenure> fit = Calibration.tenures(History.of(records), kinds);
        assertTrue(fit.isEmpty(), fit.toString());
        assertArrayEquals(new int[] { 2, 2 }, input.rotation().tenure()[IT]);
    }
}
