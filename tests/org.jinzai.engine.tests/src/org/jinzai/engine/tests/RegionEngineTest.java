package org.jinzai.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jinzai.engine.MonteCarloEngine;
import org.jinzai.engine.ProgressListener;
import org.jinzai.engine.RegionEngine;
import org.jinzai.engine.RegionInput;
import org.jinzai.engine.RegionInput.Allocation;
import org.jinzai.engine.RegionInput.Member;
import org.jinzai.engine.RegionInput.PoolSpec;
import org.jinzai.engine.RegionInput.Request;
import org.jinzai.engine.RegionInput.Secondment;
import org.jinzai.engine.RegionInput.Sharing;
import org.jinzai.engine.RegionResult;
import org.jinzai.engine.RegionResult.PoolQuantity;
import org.jinzai.engine.RegionResult.RequestQuantity;
import org.jinzai.engine.RunOptions;
import org.jinzai.engine.SimulationInput;
import org.jinzai.engine.SimulationInput.Channel;
import org.jinzai.engine.SimulationInput.ChannelKind;
import org.jinzai.engine.SimulationInput.DepartmentKind;
import org.jinzai.engine.SimulationInput.TargetKind;
import org.jinzai.engine.SimulationInput.TargetSpec;
import org.jinzai.engine.SimulationResult;
import org.jinzai.engine.SimulationResult.Flow;
import org.junit.jupiter.api.Test;

/**
 * The joint run of a region against known answers: a pool that gives nothing leaves every member exactly its own run
 * (replication by replication); a pool that meets every request is the same to a member as experts it hired itself;
 * each allocation policy serves the members in the order it states; the cost shares add up to the pool's cost; the
 * pool's staff follow its hires, terms and attrition.
 */
class RegionEngineTest {

    private static final long SEED = 20260401;

    /** A town with courses, leaving and a target on the IS officers at Step1 and on the general staff's FTE. */
    private static SimulationInput town(int staff, double leaving) {
        Inputs in = new Inputs();
        in.departments(3, DepartmentKind.BUSINESS, staff).departments(1, DepartmentKind.INFORMATION_SYSTEMS, 4);
        for (int d = 0; d < 3; d++) {
            in.staff(d, Inputs.GENERAL, staff - 2).staff(d, Inputs.PROMOTER, 2);
        }
        in.staff(3, Inputs.IS_OFFICER, 3);
        in.rateByType = new double[] { leaving, leaving, leaving, leaving };
        in.seats(0, 2, 6).seats(1, 1, 9);
        in.targets.add(TargetSpec.ofOrganization("is-step1", TargetKind.HEADCOUNT_AT_STEP, Inputs.IS_OFFICER, 1, 1, 2, 3, 3, 4));
        in.targets.add(TargetSpec.ofOrganization("general", TargetKind.HEADCOUNT_AT_STEP, Inputs.GENERAL, 0, 20, 20, 20, 20, 20));
        in.targets.add(new TargetSpec("dx-course", TargetKind.COURSE_COMPLETION_RATE, -1, 0, SimulationInput.TargetScope.ORGANIZATION, -1, null, 0,
                new double[] { 0.1, 0.2, 0.3, 0.4, 0.5 }, false));
        in.targets.add(TargetSpec.ofOrganization("everyone", TargetKind.HEADCOUNT_AT_STEP, -1, 0, 30, 30, 30, 30, 30));
        return in.build();
    }

    private static int[] days(int... perYear) {
        return perYear;
    }

    private static PoolSpec pool(int staff, int[] hires, Allocation allocation) {
        return new PoolSpec("pool", staff, 5, hires, 4, 1, 0, 0, 6_000_000, 0, allocation, 0.5, Sharing.BY_USE);
    }

    private static RegionResult run(RegionInput region, int replications, int threads) {
        return new RegionEngine().run(region, SEED, threads, replications, ProgressListener.NONE);
    }

    private static SimulationResult alone(Member member, int replications) {
        return new MonteCarloEngine().run(member.input(), new RunOptions(replications, RegionEngine.memberSeed(SEED, member.key()), 1),
                ProgressListener.NONE);
    }

    /** Every count by role, flow and target of two results, replication by replication. */
    private static void assertSameRun(SimulationInput input, SimulationResult expected, SimulationResult actual, String who) {
        for (int r = 0; r < expected.replications(); r++) {
            for (int y = 0; y < input.horizonYears(); y++) {
                for (Flow flow : Flow.values()) {
                    assertEquals(expected.flow(r, flow, y), actual.flow(r, flow, y), who + " " + flow + " r" + r + " y" + y);
                }
                for (int t = 0; t < input.targets().size(); t++) {
                    assertEquals(expected.targetValue(r, t, y), actual.targetValue(r, t, y), who + " target " + t + " r" + r + " y" + y);
                    assertEquals(expected.targetMet(r, t, y), actual.targetMet(r, t, y), who + " met " + t + " r" + r + " y" + y);
                }
                for (int p = 0; p < input.personas().size(); p++) {
                    for (int s = 0; s <= 3; s++) {
                        for (int d = -1; d < input.departments().size(); d++) {
                            assertEquals(expected.count(r, y, p, s, d), actual.count(r, y, p, s, d), who + " count r" + r + " y" + y);
                        }
                        assertEquals(expected.skillCount(r, y, p, s, -1), actual.skillCount(r, y, p, s, -1), who + " skill r" + r + " y" + y);
                    }
                }
            }
        }
    }

    @Test
    void aPoolThatGivesNothingLeavesEveryMemberItsOwnRun() {
        List<Member> members = List.of(
                new Member("town-a", town(8, 0.1), 1, List.of(new Request(0, Inputs.IS_OFFICER, 3, days(2, 2, 2, 2, 2)))),
                new Member("town-b", town(12, 0.05), 1, List.of(new Request(0, Inputs.GENERAL, 0, days(1, 1, 1, 1, 1)))),
                new Member("town-c", town(6, 0.2), 1, List.of(new Request(0, Inputs.IS_OFFICER, 3, days(1, 1, 1, 1, 1), 0)),
                        // sends promoters of the IS department, where there are none; and nobody in any year
                        List.of(new Secondment(0, Inputs.PROMOTER, 3, days(1, 1, 1, 1, 1), 2, 3, 5),
                                new Secondment(0, Inputs.GENERAL, -1, days(0, 0, 0, 0, 0), 1, 0, 5))));
        // no staff and no hires; and a pool with staff nobody asks
        for (RegionInput region : List.of(new RegionInput(members, List.of(pool(0, new int[5], Allocation.PRIORITY))),
                new RegionInput(members.stream().map(m -> new Member(m.key(), m.input(), 1, List.of())).toList(),
                        List.of(pool(3, new int[] { 1, 1, 1, 1, 1 }, Allocation.PRIORITY))))) {
            RegionResult result = run(region, 40, 2);
            for (int k = 0; k < members.size(); k++) {
                Member member = members.get(k);
                assertSameRun(member.input(), alone(member, 40), result.member(k), member.key());
            }
        }
    }

    /** Kept for each member as a whole only (a large region): the same organization-wide numbers, departments refused. */
    @Test
    void aRegionKeptForTheWholeOrganizationHasTheSameNumbers() {
        Member a = new Member("town-a", town(8, 0.1), 1, List.of(new Request(0, Inputs.IS_OFFICER, 3, days(2, 2, 2, 2, 2))));
        RegionInput region = new RegionInput(List.of(a), List.of(pool(1, new int[] { 1, 0, 0, 0, 0 }, Allocation.PRIORITY)));
        RegionResult full = run(region, 20, 2);
        RegionResult whole = new RegionEngine().run(region, SEED, 2, 20, false, ProgressListener.NONE);
        SimulationInput input = a.input();
        for (int r = 0; r < 20; r++) {
            for (int y = 0; y < 5; y++) {
                for (int t = 0; t < input.targets().size(); t++) {
                    assertEquals(full.member(0).targetValue(r, t, y), whole.member(0).targetValue(r, t, y));
                }
                for (Flow flow : Flow.values()) {
                    assertEquals(full.member(0).flow(r, flow, y), whole.member(0).flow(r, flow, y));
                }
                for (int p = 0; p < input.personas().size(); p++) {
                    for (int s = 0; s <= 3; s++) {
                        assertEquals(full.member(0).count(r, y, p, s, -1), whole.member(0).count(r, y, p, s, -1));
                        assertEquals(full.member(0).skillCount(r, y, p, s, -1), whole.member(0).skillCount(r, y, p, s, -1));
                    }
                }
            }
        }
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> whole.member(0).count(0, 0, 0, 0, 1));
    }

    @Test
    void aMembersOwnEventsDoNotDependOnTheOtherMembers() {
        Member a = new Member("town-a", town(8, 0.1), 1, List.of());
        Member b = new Member("town-b", town(12, 0.05), 1, List.of());
        PoolSpec none = pool(0, new int[5], Allocation.PRIORITY);
        RegionResult both = run(new RegionInput(List.of(a, b), List.of(none)), 30, 2);
        RegionResult bAlone = run(new RegionInput(List.of(b), List.of(none)), 30, 1);
        assertSameRun(b.input(), bAlone.member(0), both.member(1), "town-b");
        // and the members do not all draw the same numbers: their leavers differ somewhere
        RegionResult twins = run(new RegionInput(List.of(a, new Member("town-a2", a.input(), 1, List.of())), List.of(none)), 30, 2);
        boolean differ = false;
        for (int r = 0; r < 30; r++) {
            differ |= twins.member(0).flow(r, Flow.LEAVERS, 0) != twins.member(1).flow(r, Flow.LEAVERS, 0);
        }
        assertTrue(differ, "two members with the same input drew the same leavers in every replication");
    }

    @Test
    void theNumbersDoNotDependOnTheThreads() {
        // town-a also sends a promoter a year for two years, serving 2 days a week
        Member a = new Member("town-a", town(8, 0.1), 2, List.of(new Request(0, Inputs.IS_OFFICER, 3, days(3, 3, 3, 3, 3))),
                List.of(new Secondment(0, Inputs.PROMOTER, -1, days(1, 1, 1, 1, 1), 2, 2, 2)));
        Member b = new Member("town-b", town(12, 0.05), 1, List.of(new Request(0, Inputs.IS_OFFICER, 3, days(4, 4, 4, 4, 4))));
        PoolSpec spec = new PoolSpec("pool", 1, 5, new int[] { 1, 0, 1, 0, 1 }, 4, 0.6, 3, 0.2, 6_000_000, 1, Allocation.PRIORITY, 0.5,
                Sharing.BY_USE);
        RegionInput region = new RegionInput(List.of(a, b), List.of(spec));
        RegionResult one = run(region, 24, 1);
        RegionResult two = run(region, 24, 2);
        for (int k = 0; k < 2; k++) {
            assertSameRun(region.members().get(k).input(), one.member(k), two.member(k), "member " + k);
            for (int r = 0; r < 24; r++) {
                for (int y = 0; y < 5; y++) {
                    assertEquals(one.request(k, 0, RequestQuantity.RECEIVED, r, y), two.request(k, 0, RequestQuantity.RECEIVED, r, y));
                    assertEquals(one.memberCost(k, r, y), two.memberCost(k, r, y));
                    assertEquals(one.pool(0, PoolQuantity.SECONDED, r, y), two.pool(0, PoolQuantity.SECONDED, r, y));
                }
            }
        }
    }

    /**
     * A deterministic town (nobody leaves) that hires one outsourced expert one day a week (0.2 FTE) in April of the
     * first year, against the same town served one day a week by a pool large enough for everyone: the same targets
     * and counts by role, year by year.
     */
    @Test
    void aPoolThatMeetsEveryRequestIsTheSameAsHiringTheExpertsItself() {
        Inputs hiring = new Inputs();
        hiring.departments(2, DepartmentKind.BUSINESS, 5);
        hiring.staff(0, Inputs.GENERAL, 5).staff(1, Inputs.GENERAL, 5);
        hiring.targets.add(TargetSpec.ofOrganization("general", TargetKind.HEADCOUNT_AT_STEP, Inputs.GENERAL, 0, 10.2, 10.2, 10.2, 10.2, 10.2));
        hiring.targets.add(TargetSpec.ofEachDepartment("each", TargetKind.HEADCOUNT_AT_STEP, Inputs.GENERAL, 0, null, 5.1, 5.1, 5.1, 5.1,
                5.1));
        Inputs served = new Inputs();
        served.departments.addAll(hiring.departments);
        served.staff.addAll(hiring.staff);
        served.targets.addAll(hiring.targets);
        hiring.channels.add(Channel.builder("expert", ChannelKind.SHARED_EXPERT, Inputs.GENERAL, 1).fte(0.2).planned(1, 0, 0, 0, 0).build());
        Member own = new Member("own", hiring.build(), 1, List.of());
        Member pooled = new Member("pooled", served.build(), 1, List.of(new Request(0, Inputs.GENERAL, 1, days(1, 1, 1, 1, 1))));
        Member other = new Member("other", served.build(), 1, List.of(new Request(0, Inputs.GENERAL, 0, days(4, 4, 4, 4, 4))));
        RegionResult result = run(new RegionInput(List.of(own, pooled, other), List.of(pool(1, new int[5], Allocation.PRIORITY))), 5, 2);
        for (int r = 0; r < 5; r++) {
            for (int y = 0; y < 5; y++) {
                for (int t = 0; t < 2; t++) {
                    assertEquals(result.member(0).targetValue(r, t, y), result.member(1).targetValue(r, t, y), 1e-9, "target " + t + " y" + y);
                    assertEquals(result.member(0).targetMet(r, t, y), result.member(1).targetMet(r, t, y), "target " + t + " y" + y);
                }
                assertEquals(1, result.member(1).targetMet(r, 0, y));
                for (int d = -1; d < 2; d++) {
                    assertEquals(result.member(0).count(r, y, Inputs.GENERAL, 0, d), result.member(1).count(r, y, Inputs.GENERAL, 0, d), 1e-6);
                }
                // the other member's 4 days count as 0.8 FTE in its first department
                assertEquals(5.8, result.member(2).count(r, y, Inputs.GENERAL, 0, 0), 1e-6);
                assertEquals(1, result.request(1, 0, RequestQuantity.RECEIVED_AT_COUNT, r, y));
            }
        }
        // without the pool's staff the member misses its targets
        RegionResult empty = run(new RegionInput(List.of(pooled), List.of(pool(0, new int[5], Allocation.PRIORITY))), 5, 1);
        assertEquals(0, empty.member(0).targetMet(0, 0, 0));
        assertEquals(1, empty.request(0, 0, RequestQuantity.WAITING_MONTHS, 0, 0) / 12, 1e-12);
    }

    /**
     * A request asked only when short of a target: three IS officers already at Step1 and nobody leaving meet a target
     * of 1, 2, 3, 3 and 4 at Step1 until the last year, so the member asks (and receives) only then; asked every month,
     * it receives every year.
     */
    @Test
    void aRequestWhenShortIsAskedOnlyWhileTheOwnStaffFallShort() {
        Inputs in = new Inputs();
        in.departments(1, DepartmentKind.BUSINESS, 5).departments(1, DepartmentKind.INFORMATION_SYSTEMS, 3);
        in.staff(0, Inputs.GENERAL, 5);
        for (int k = 0; k < 3; k++) {
            in.staff.add(in.withStep("is" + k, 1, Inputs.IS_OFFICER, 1, 0, false));
        }
        in.targets.add(TargetSpec.ofOrganization("is-step1", TargetKind.HEADCOUNT_AT_STEP, Inputs.IS_OFFICER, 1, 1, 2, 3, 3, 4));
        SimulationInput input = in.build();
        PoolSpec spec = new PoolSpec("pool", 1, 5, new int[5], 4, 1, 0, 0, 0, 1, Allocation.PRIORITY, 0, Sharing.BY_USE);
        Member whenShort = new Member("short", input, 1, List.of(new Request(0, Inputs.IS_OFFICER, 1, days(2, 2, 2, 2, 2), 0)));
        Member always = new Member("always", input, 2, List.of(new Request(0, Inputs.IS_OFFICER, 1, days(2, 2, 2, 2, 2))));
        RegionResult result = run(new RegionInput(List.of(whenShort, always), List.of(spec)), 1, 1);
        double[] asked = new double[5];
        double[] received = new double[5];
        for (int y = 0; y < 5; y++) {
            asked[y] = result.request(0, 0, RequestQuantity.ASKED, 0, y);
            received[y] = result.request(0, 0, RequestQuantity.RECEIVED_AT_COUNT, 0, y);
            assertEquals(2, result.request(1, 0, RequestQuantity.RECEIVED_AT_COUNT, 0, y), "asked every month, received every year");
        }
        assertArrayEquals(new double[] { 0, 0, 0, 0, 2 }, asked);
        assertArrayEquals(new double[] { 0, 0, 0, 0, 2 }, received);
        // its 2 days count as 0.4 FTE at Step1: 3.4 of the 4 wanted in the last year
        assertEquals(3.4, result.member(0).targetValue(0, 0, 4), 1e-9);
        assertEquals(3, result.member(0).targetValue(0, 0, 3), 1e-9);
    }

    /** The step the pool's staff count at: an IS-officer target at Step1 counts them only when the pool says Step1 or more. */
    @Test
    void theSupportCountsAtThePoolsStep() {
        Member member = new Member("town", town(8, 0), 1, List.of(new Request(0, Inputs.IS_OFFICER, 3, days(5, 5, 5, 5, 5))));
        double[] atStep = new double[2];
        for (int step = 0; step < 2; step++) {
            PoolSpec spec = new PoolSpec("pool", 1, 5, new int[5], 4, 1, 0, 0, 0, step, Allocation.PRIORITY, 0, Sharing.BY_USE);
            RegionResult result = run(new RegionInput(List.of(member), List.of(spec)), 1, 1);
            atStep[step] = result.member(0).targetValue(0, 0, 0);
            // not in a course completion rate, nor in a target over everyone: it is not the town's staff
            SimulationResult alone = alone(member, 1);
            for (int t = 2; t < 4; t++) {
                for (int y = 0; y < 5; y++) {
                    assertEquals(alone.targetValue(0, t, y), result.member(0).targetValue(0, t, y), "target " + t + " y" + y);
                }
            }
        }
        assertEquals(1, atStep[1] - atStep[0], 1e-9);
    }

    /** Capacity 5 days a week, three members asking 3 days each from the second year (the third from the first). */
    private static RegionResult contest(Allocation allocation) {
        Member a = new Member("a", town(8, 0), 2, List.of(new Request(0, Inputs.GENERAL, 0, days(0, 3, 3, 3, 3))));
        Member b = new Member("b", town(5, 0), 1, List.of(new Request(0, Inputs.GENERAL, 0, days(0, 3, 3, 3, 3))));
        Member c = new Member("c", town(20, 0), 3, List.of(new Request(0, Inputs.GENERAL, 0, days(3, 3, 3, 3, 3))));
        return run(new RegionInput(List.of(a, b, c), List.of(pool(1, new int[5], allocation))), 1, 1);
    }

    private static double[] received(RegionResult result, int year) {
        double[] days = new double[3];
        for (int k = 0; k < 3; k++) {
            days[k] = result.request(k, 0, RequestQuantity.RECEIVED_AT_COUNT, 0, year);
        }
        return days;
    }

    @Test
    void eachAllocationPolicyServesTheMembersInTheOrderItStates() {
        // the first year: only c asks, and gets what it asks
        assertArrayEquals(new double[] { 0, 0, 3 }, received(contest(Allocation.PRIORITY), 0));
        // priority: b (1), then a (2), then c (3)
        assertArrayEquals(new double[] { 2, 3, 0 }, received(contest(Allocation.PRIORITY), 1));
        // smallest first: b (5 a department), then a (8), then c (20)
        assertArrayEquals(new double[] { 2, 3, 0 }, received(contest(Allocation.SMALLEST_FIRST), 1));
        // first come: c has asked since the first year; then a and b in their order
        assertArrayEquals(new double[] { 2, 0, 3 }, received(contest(Allocation.FIRST_COME), 1));
        // in proportion: 5 days for 9 asked
        assertArrayEquals(new double[] { 5.0 / 3, 5.0 / 3, 5.0 / 3 }, received(contest(Allocation.PROPORTIONAL), 1));
        RegionResult result = contest(Allocation.PRIORITY);
        assertEquals(5, result.pool(0, PoolQuantity.GIVEN, 0, 1), 1e-9);
        assertEquals(9, result.pool(0, PoolQuantity.ASKED, 0, 1), 1e-9);
        assertEquals(12, result.request(2, 0, RequestQuantity.WAITING_MONTHS, 0, 1));
        assertEquals(1, result.utilization(0, 1), 1e-9);
        assertEquals(0.6, result.utilization(0, 0), 1e-9);
    }

    private static void assertArrayEquals(double[] expected, double[] actual) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, actual, 1e-9);
    }

    @Test
    void theCostSharesAddUpToThePoolsCost() {
        Member a = new Member("a", town(8, 0.1), 1, List.of(new Request(0, Inputs.GENERAL, 0, days(1, 2, 3, 4, 5))));
        Member b = new Member("b", town(5, 0.1), 2, List.of(new Request(0, Inputs.GENERAL, 0, days(4, 4, 0, 0, 2))));
        Member c = new Member("c", town(6, 0.1), 3, List.of());
        for (Sharing sharing : Sharing.values()) {
            PoolSpec spec = new PoolSpec("pool", 2, 3, new int[] { 1, 1, 0, 1, 0 }, 10, 0.7, 2, 0.3, 7_200_000, 0, Allocation.PRIORITY, 0.25,
                    sharing);
            RegionResult result = run(new RegionInput(List.of(a, b, c), List.of(spec)), 50, 2);
            for (int r = 0; r < 50; r++) {
                for (int y = 0; y < 5; y++) {
                    double cost = result.pool(0, PoolQuantity.COST, r, y);
                    double shares = result.pool(0, PoolQuantity.PREFECTURE_COST, r, y);
                    for (int k = 0; k < 3; k++) {
                        shares += result.memberCost(k, r, y);
                    }
                    assertEquals(cost, shares, 1e-6 * Math.max(1, cost), sharing + " r" + r + " y" + y);
                    assertEquals(0, result.memberCost(2, r, y), "c asks nothing and pays nothing");
                    if (cost > 0) {
                        assertEquals(0.25, result.pool(0, PoolQuantity.PREFECTURE_COST, r, y) / cost, 1e-9);
                    }
                }
            }
        }
        // a known answer: 1 staff all year (7.2 M yen), half paid by the prefecture, the rest by use 1 : 4 days
        PoolSpec spec = new PoolSpec("pool", 1, 5, new int[5], 4, 1, 0, 0, 7_200_000, 0, Allocation.PRIORITY, 0.5, Sharing.BY_USE);
        RegionResult result = run(new RegionInput(List.of(a, b), List.of(spec)), 1, 1);
        assertEquals(7_200_000, result.pool(0, PoolQuantity.COST, 0, 0), 1e-6);
        assertEquals(3_600_000 * 1 / 5.0, result.memberCost(0, 0, 0), 1e-6);
        assertEquals(3_600_000 * 4 / 5.0, result.memberCost(1, 0, 0), 1e-6);
        // equally: the same year
        spec = new PoolSpec("pool", 1, 5, new int[5], 4, 1, 0, 0, 7_200_000, 0, Allocation.PRIORITY, 0.5, Sharing.EQUAL);
        result = run(new RegionInput(List.of(a, b), List.of(spec)), 1, 1);
        assertEquals(1_800_000, result.memberCost(0, 0, 0), 1e-6);
    }

    @Test
    void thePoolsStaffFollowItsHiresTermsAndAttrition() {
        Member a = new Member("a", town(8, 0), 1, List.of());
        // 2 at the start and a hire in the first and third years, each for 2 years
        PoolSpec terms = new PoolSpec("pool", 2, 5, new int[] { 1, 0, 1, 0, 0 }, 4, 1, 2, 0, 0, 0, Allocation.PRIORITY, 0, Sharing.BY_USE);
        RegionResult result = run(new RegionInput(List.of(a), List.of(terms)), 1, 1);
        double[] staff = new double[5];
        for (int y = 0; y < 5; y++) {
            staff[y] = result.pool(0, PoolQuantity.STAFF, 0, y);
        }
        assertArrayEquals(new double[] { 3, 3, 1, 1, 0 }, staff);
        // days a week change the capacity: 3 staff × 2 days
        PoolSpec twoDays = new PoolSpec("pool", 2, 2, new int[] { 1, 0, 1, 0, 0 }, 4, 1, 2, 0, 0, 0, Allocation.PRIORITY, 0, Sharing.BY_USE);
        assertEquals(6, run(new RegionInput(List.of(a), List.of(twoDays)), 1, 1).pool(0, PoolQuantity.CAPACITY, 0, 0), 1e-9);
        // a hire in October serves half the first year: capacity (2 × 6 + 3 × 6) / 12 × 5 days
        PoolSpec october = new PoolSpec("pool", 2, 5, new int[] { 1, 0, 0, 0, 0 }, 10, 1, 0, 0, 0, 0, Allocation.PRIORITY, 0, Sharing.BY_USE);
        assertEquals(12.5, run(new RegionInput(List.of(a), List.of(october)), 1, 1).pool(0, PoolQuantity.CAPACITY, 0, 0), 1e-9);
        // attrition 20% a year from 400 staff: 400 × 0.8^(y+1) expected on 31 March, within 4 standard errors
        PoolSpec leaving = new PoolSpec("pool", 400, 5, new int[5], 4, 1, 0, 0.2, 0, 0, Allocation.PRIORITY, 0, Sharing.BY_USE);
        RegionResult left = run(new RegionInput(List.of(a), List.of(leaving)), 200, 2);
        for (int y = 0; y < 5; y++) {
            double expected = 400 * Math.pow(0.8, y + 1);
            var summary = left.poolSummary(0, PoolQuantity.STAFF, y);
            assertTrue(Math.abs(summary.mean() - expected) < 4 * summary.standardError(), "y" + y + ": " + summary.mean() + " vs " + expected);
        }
        // fill probability 0.5 of 100 hires: 50 expected
        PoolSpec half = new PoolSpec("pool", 0, 5, new int[] { 100, 0, 0, 0, 0 }, 4, 0.5, 0, 0, 0, 0, Allocation.PRIORITY, 0, Sharing.BY_USE);
        var hired = run(new RegionInput(List.of(a), List.of(half)), 200, 2).poolSummary(0, PoolQuantity.STAFF, 0);
        assertTrue(Math.abs(hired.mean() - 50) < 4 * hired.standardError(), "hired " + hired.mean());
        assertNotEquals(0, hired.standardError());
    }

    /**
     * Goal-seek of a pool's size: two towns each need 10 days a week (2 FTE) to reach 20 general staff; the smallest pool
     * with which both meet it is 4; and each evaluation's probability is that of the same replications of a full run.
     */
    @Test
    void aGoalSeekFindsTheSmallestPoolWithWhichEveryMemberMeetsTheTarget() {
        Member a = new Member("a", town(8, 0), 1, List.of(new Request(0, Inputs.GENERAL, 0, days(10, 10, 10, 10, 10))));
        Member b = new Member("b", town(8, 0), 2, List.of(new Request(0, Inputs.GENERAL, 0, days(10, 10, 10, 10, 10))));
        java.util.function.IntFunction<RegionInput> regions = staff -> new RegionInput(List.of(a, b), List.of(pool(staff, new int[5],
                Allocation.PRIORITY)));
        var outcome = new RegionEngine().goalSeek(regions, "general", 0, 0.9, 0, 10, new RunOptions(80, SEED, 2), ProgressListener.NONE);
        assertEquals(4, outcome.value());
        assertEquals(1, outcome.probability(), 0);
        // a stochastic one: towns that lose staff, a pool that loses its own; each value's probability is the full run's
        Member c = new Member("c", town(8, 0.02), 1, List.of(new Request(0, Inputs.GENERAL, 0, days(15, 15, 15, 15, 15))));
        Member d = new Member("d", town(8, 0.02), 1, List.of(new Request(0, Inputs.GENERAL, 0, days(15, 15, 15, 15, 15))));
        java.util.function.IntFunction<RegionInput> leaving = staff -> new RegionInput(List.of(c, d), List.of(new PoolSpec("pool", staff, 5,
                new int[5], 4, 1, 0, 0.3, 0, 0, Allocation.PROPORTIONAL, 0, Sharing.BY_USE)));
        var seek = new RegionEngine().goalSeek(leaving, "general", 2, 0.1, 0, 12, new RunOptions(400, SEED, 2), ProgressListener.NONE);
        for (var evaluation : seek.evaluations()) {
            RegionResult full = run(leaving.apply(evaluation.value()), 400, 2);
            int met = 0;
            double members = 0;
            for (int r = 0; r < evaluation.replications(); r++) {
                met += full.membersMeeting("general", r, 2) == 2 ? 1 : 0;
                members += full.membersMeeting("general", r, 2);
            }
            assertEquals((double) met / evaluation.replications(), evaluation.probability(), 1e-12, "value " + evaluation.value());
            assertEquals(members / evaluation.replications(), evaluation.mean(), 1e-12, "value " + evaluation.value());
        }
        assertTrue(seek.feasible() && seek.evaluations().size() >= 3, "a search: " + seek.evaluations());
    }

    @Test
    void aRegionWideTargetNeedsEveryMember() {
        // the target asks 20 general staff; each town has 18 of its own and asks 10 days (2 FTE) of the pool
        Member a = new Member("a", town(8, 0), 1, List.of(new Request(0, Inputs.GENERAL, 0, days(10, 10, 10, 10, 10))));
        Member b = new Member("b", town(8, 0), 2, List.of(new Request(0, Inputs.GENERAL, 0, days(10, 10, 10, 10, 10))));
        // two pool members serve only the first in priority
        RegionResult one = run(new RegionInput(List.of(a, b), List.of(pool(2, new int[5], Allocation.PRIORITY))), 1, 1);
        assertEquals(1, one.member(0).targetMet(0, 1, 0));
        assertEquals(0, one.member(1).targetMet(0, 1, 0));
        assertEquals(0.0, one.probabilityEveryMemberMeets("general", 0));
        RegionResult two = run(new RegionInput(List.of(a, b), List.of(pool(4, new int[5], Allocation.PRIORITY))), 1, 1);
        assertEquals(1.0, two.probabilityEveryMemberMeets("general", 0));
        assertTrue(Double.isNaN(two.probabilityEveryMemberMeets("no-such-target", 0)));
    }

    /** A town of 6 promoters (Step 0, no courses) in one department and an IS officer aged 59 in another. */
    private static SimulationInput promoters(double leaving) {
        Inputs in = new Inputs();
        in.departments(1, DepartmentKind.BUSINESS, 6).departments(1, DepartmentKind.INFORMATION_SYSTEMS, 1);
        in.staff(0, Inputs.PROMOTER, 6);
        in.staff.add(in.person("old", 1, Inputs.IS_OFFICER, 1967, SimulationInput.Employment.REGULAR, 0, false));
        in.rateByType = new double[] { leaving, leaving, leaving, leaving };
        in.retirementAge = 60;
        return in.build();
    }

    /**
     * Secondments by arithmetic: two promoters go to a pool without staff of its own in April 2026 for two years and come
     * back at Step2; the pool's capacity is theirs (10 days a week, all of it given to a member that asks it); the town
     * counts them neither as its staff nor as leavers while they are away. The IS officer who retires before he would
     * come back is not sent.
     */
    @Test
    void staffOnSecondmentServeThePoolAndComeBackWithTheStep() {
        Member town = new Member("town", promoters(0), 1, List.of(), List.of(new Secondment(0, Inputs.PROMOTER, -1, days(2, 0, 0, 0, 0), 2, 2, 5),
                new Secondment(0, Inputs.IS_OFFICER, -1, days(1, 0, 0, 0, 0), 2, 1, 5)));
        Member city = new Member("city", town(20, 0), 1, List.of(new Request(0, Inputs.GENERAL, 0, days(10, 10, 10, 10, 10))));
        RegionResult result = run(new RegionInput(List.of(town, city), List.of(pool(0, new int[5], Allocation.PRIORITY))), 1, 1);
        SimulationResult own = result.member(0);
        double[][] expected = {
            // promoters at Step0, at Step2; headcount; pool on secondment, capacity, given to the city
            { 4, 0, 5, 2, 10, 10 }, { 4, 0, 5, 2, 10, 10 }, { 4, 2, 6, 0, 0, 0 }, { 4, 2, 6, 0, 0, 0 }, { 4, 2, 6, 0, 0, 0 } };
        for (int y = 0; y < 5; y++) {
            double[] actual = { own.count(0, y, Inputs.PROMOTER, 0, -1), own.count(0, y, Inputs.PROMOTER, 2, -1), own.flow(0, Flow.HEADCOUNT, y),
                result.pool(0, PoolQuantity.SECONDED, 0, y), result.pool(0, PoolQuantity.CAPACITY, 0, y),
                result.request(1, 0, RequestQuantity.RECEIVED, 0, y) };
            assertArrayEquals(expected[y], actual);
            assertEquals(0, result.pool(0, PoolQuantity.STAFF, 0, y));
            assertEquals(0, result.pool(0, PoolQuantity.COST, 0, y));
        }
        // the officer aged 59 retires at the start of 2028; he was never sent (back in 2028, he would have turned 60 in 2027)
        assertEquals(1, own.flow(0, Flow.LEAVERS, 2));
        // sent to learn (no days serving the members): away as before, but no capacity
        Member learning = new Member("town", promoters(0), 1, List.of(), List.of(new Secondment(0, Inputs.PROMOTER, -1, days(2, 0, 0, 0, 0), 2, 2, 0)));
        RegionResult learned = run(new RegionInput(List.of(learning, city), List.of(pool(0, new int[5], Allocation.PRIORITY))), 1, 1);
        assertEquals(2, learned.pool(0, PoolQuantity.SECONDED, 0, 0));
        assertEquals(0, learned.pool(0, PoolQuantity.CAPACITY, 0, 0));
        assertEquals(2, learned.member(0).count(0, 2, Inputs.PROMOTER, 2, -1));
        // alone, nobody goes: six promoters at Step0 every year
        RegionResult alone = run(new RegionInput(List.of(new Member("town", promoters(0), 1, List.of()), city),
                List.of(pool(0, new int[5], Allocation.PRIORITY))), 1, 1);
        assertEquals(6, alone.member(0).count(0, 0, Inputs.PROMOTER, 0, -1));
    }

    /**
     * Two secondments in one April draw their lots afresh: one promoter of 課0, then one of anyone's; two promoters in
     * each of 課0 and 課1. The second takes 課0's other promoter a third of the time (with the first one's lots, that
     * one came with the larger of 課0's two lots, and went a sixth of the time).
     */
    @Test
    void aSecondSecondmentOfAYearDrawsItsLotsAfresh() {
        Inputs in = new Inputs().departments(2, DepartmentKind.BUSINESS, 6);
        in.staff(0, Inputs.PROMOTER, 2).staff(1, Inputs.PROMOTER, 2);
        in.years = 1;
        Member town = new Member("town", in.build(), 1, List.of(), List.of(new Secondment(0, Inputs.PROMOTER, 0, days(1), 2, 0, 0),
                new Secondment(0, Inputs.PROMOTER, -1, days(1), 2, 0, 0)));
        int replications = 600;
        RegionResult result = run(new RegionInput(List.of(town), List.of(pool(0, new int[1], Allocation.PRIORITY))), replications, 2);
        SimulationResult own = result.member(0);
        double left = 0;
        for (int r = 0; r < replications; r++) {
            assertEquals(2, own.flow(r, Flow.HEADCOUNT, 0), 1e-9, "two sent, two left");
            left += own.count(r, 0, Inputs.PROMOTER, 0, 0);
        }
        // 課0 keeps its second promoter unless the second secondment takes them: 1 - 1/3 on average
        assertEquals(2.0 / 3, left / replications, 5 * Math.sqrt(1.0 / 3 * 2 / 3 / replications), "課0's promoters left");
    }

    /**
     * Away, they do not leave: in a town where everyone leaves within the year, the four who stay behind leave in 2026,
     * the two on secondment leave in 2028, the year they come back.
     */
    @Test
    void staffOnSecondmentDoNotLeaveWhileAway() {
        Member town = new Member("town", promoters(1), 1, List.of(), List.of(new Secondment(0, Inputs.PROMOTER, 0, days(2, 0, 0, 0, 0), 2, 2, 0)));
        RegionResult result = run(new RegionInput(List.of(town), List.of(pool(0, new int[5], Allocation.PRIORITY))), 3, 1);
        for (int r = 0; r < 3; r++) {
            double[] leavers = new double[5];
            for (int y = 0; y < 5; y++) {
                leavers[y] = result.member(0).flow(r, Flow.LEAVERS, y);
            }
            // 2026: four promoters and the officer; 2028: the two back
            assertArrayEquals(new double[] { 5, 0, 2, 0, 0 }, leavers);
        }
    }
}
