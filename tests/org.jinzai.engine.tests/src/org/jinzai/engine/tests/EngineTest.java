package org.jinzai.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jinzai.engine.AnalyticEngine;
import org.jinzai.engine.CancelledException;
import org.jinzai.engine.MonteCarloEngine;
import org.jinzai.engine.ProgressListener;
import org.jinzai.engine.RunOptions;
import org.jinzai.engine.SimulationInput;
import org.jinzai.engine.SimulationInput.Appointment;
import org.jinzai.engine.SimulationInput.Channel;
import org.jinzai.engine.SimulationInput.ChannelKind;
import org.jinzai.engine.SimulationInput.CourseRun;
import org.jinzai.engine.SimulationInput.DepartmentKind;
import org.jinzai.engine.SimulationInput.Employment;
import org.jinzai.engine.SimulationInput.MentoringMonths;
import org.jinzai.engine.SimulationInput.ProjectPlan;
import org.jinzai.engine.SimulationInput.SkillAtLeast;
import org.jinzai.engine.SimulationInput.TargetKind;
import org.jinzai.engine.SimulationInput.TargetSpec;
import org.jinzai.engine.SimulationResult;
import org.jinzai.engine.SimulationResult.Flow;
import org.junit.jupiter.api.Test;

/** Exact deterministic cases, invariants, statistics with stated tolerances, threads and common random numbers. */
class EngineTest {

    private static SimulationResult run(SimulationInput input, int replications, int threads) {
        return new MonteCarloEngine().run(input, new RunOptions(replications, 42, threads), ProgressListener.NONE);
    }

    /**
     * Ten promoters at 0.1 FTE, five in each of two 課, nobody leaves: every count is the exact sum of their FTE (1.0, and
     * 0.5 in each 課), by role, by skill, in the headcount and in a target, not what adding 0.1 ten times gives in floating
     * point (1.0000001 in single precision, 0.9999999999999999 in double), and whatever the order of the staff.
     */
    @Test
    void partTimeFteAddUpExactly() {
        Inputs in = new Inputs().departments(2, DepartmentKind.BUSINESS, 10);
        in.years = 1;
        for (int k = 0; k < 10; k++) {
            in.staff.add(new SimulationInput.Staff("p" + k, 1996, 2018, Employment.REGULAR, 0, 0.1, 0, k % 2, Inputs.PROMOTER, false, 0,
                    new int[2], new int[0], 0, 0, 0, new int[3]));
        }
        in.targets.add(TargetSpec.ofOrganization("fte", TargetKind.HEADCOUNT_AT_STEP, Inputs.PROMOTER, 0, 1.0));
        SimulationResult result = run(in.build(), 3, 2);
        for (int r = 0; r < 3; r++) {
            assertEquals(1.0, result.count(r, 0, Inputs.PROMOTER, 0, -1));
            assertEquals(0.5, result.count(r, 0, Inputs.PROMOTER, 0, 0));
            assertEquals(0.5, result.count(r, 0, Inputs.PROMOTER, 0, 1));
            assertEquals(1.0, result.skillCount(r, 0, Inputs.PROMOTER, 0, -1));
            assertEquals(1.0, result.flow(r, Flow.HEADCOUNT_FTE, 0));
            assertEquals(1.0, result.targetValue(r, 0, 0));
        }
    }

    /**
     * A persona without steps has everyone at Step1未満, whatever a roster recorded: three general staff recorded at Step2
     * count 0 in a target of general staff at Step1 or above, in the Monte Carlo as in the analytic preview, as they
     * count at Step1未満 in the counts by role.
     */
    @Test
    void aPersonaWithoutStepsCountsEveryoneAtStep1Mimann() {
        Inputs in = new Inputs().departments(1, DepartmentKind.BUSINESS, 5);
        in.years = 1;
        for (int k = 0; k < 3; k++) {
            in.staff.add(in.withStep("g" + k, 0, Inputs.GENERAL, 2, 0, false));
        }
        in.targets.add(TargetSpec.ofOrganization("general-step1", TargetKind.HEADCOUNT_AT_STEP, Inputs.GENERAL, 1, 1.0));
        SimulationInput input = in.build();
        SimulationResult result = run(input, 2, 1);
        for (int r = 0; r < 2; r++) {
            assertEquals(3.0, result.count(r, 0, Inputs.GENERAL, 0, -1));
            assertEquals(0.0, result.targetValue(r, 0, 0));
        }
        assertEquals(0.0, new AnalyticEngine().run(input).target(0, 0));
    }

    /** 50 課 with two untrained promoters each, 20 seats a year, nobody leaves or moves: 20 more each year. */
    @Test
    void twentySeatsAYearGiveExactlyOneHundredStep1PromotersInFiveYears() {
        Inputs in = new Inputs().departments(50, DepartmentKind.BUSINESS, 10);
        for (int d = 0; d < 50; d++) {
            in.staff(d, Inputs.PROMOTER, 2).staff(d, Inputs.GENERAL, 8);
        }
        in.seats(0, 20, 6);
        in.targets.add(TargetSpec.ofOrganization("t100", TargetKind.HEADCOUNT_AT_STEP, Inputs.PROMOTER, 1, Inputs.values(5, 4, 100)));
        SimulationResult result = run(in.build(), 20, 2);
        for (int r = 0; r < 20; r++) {
            for (int y = 0; y < 5; y++) {
                assertEquals(20.0 * (y + 1), result.countAtLeast(r, y, Inputs.PROMOTER, 1, -1), "replication " + r + " year " + y);
                assertEquals(20, result.flow(r, Flow.TRAININGS, y));
                assertEquals(20 * 10_000, result.flow(r, Flow.COST, y));
            }
            assertEquals(1, result.targetMet(r, 0, 4));
            assertEquals(-1, result.targetMet(r, 0, 3), "no target value for FY2029");
        }
        assertEquals(1.0, result.probabilityMet(0, 4));
        assertEquals(100.0, result.targetSummary(0, 4).p50());
    }

    @Test
    void leadingAYearReachesStep2() {
        Inputs in = new Inputs().departments(3, DepartmentKind.BUSINESS, 5);
        for (int d = 0; d < 3; d++) {
            in.staff(d, Inputs.PROMOTER, 1).staff(d, Inputs.GENERAL, 4);
        }
        in.seats(0, 3, 4);
        // one 12-month project per department from May of the first year: every (trained) promoter leads it
        for (int d = 0; d < 3; d++) {
            in.projects.add(new ProjectPlan(d, 2026, 1, 12, 1, 5));
        }
        SimulationResult result = run(in.build(), 3, 1);
        assertEquals(3, result.countAtLeast(0, 0, Inputs.PROMOTER, 1, -1), "trained in April");
        assertEquals(0, result.countAtLeast(0, 0, Inputs.PROMOTER, 2, -1), "11 months led by March");
        assertEquals(3, result.countAtLeast(0, 1, Inputs.PROMOTER, 2, -1), "12 months led by April of the next year");
    }

    @Test
    void aProjectsLeadSeatsAndDurationAreWhatItsLeadersGet() {
        // three promoters at Step1 in one 課 (recorded in the roster, without the course behind it: the record attests
        // Step1, so leading is all Step2 asks of them); a project from April: its lead seats lead it for its months (12
        // led reach Step2 at the end of March, 6 do not)
        int[][] cases = { { 2, 12, 2 }, { 1, 12, 1 }, { 3, 12, 3 }, { 2, 6, 0 } };
        for (int[] c : cases) {
            Inputs in = new Inputs().departments(1, DepartmentKind.BUSINESS, 5);
            for (int k = 0; k < 3; k++) {
                in.staff.add(in.withStep("promoter" + k, 0, Inputs.PROMOTER, 1, 0, false));
            }
            in.years = 1;
            in.projects.add(new ProjectPlan(0, 2026, 1, c[1], c[0], 4));
            SimulationResult result = run(in.build(), 3, 1);
            for (int r = 0; r < 3; r++) {
                assertEquals(c[2], result.countAtLeast(r, 0, Inputs.PROMOTER, 2, -1), 1e-9,
                        c[0] + " lead seats, " + c[1] + " months, replication " + r);
            }
            AnalyticEngine.Result preview = new AnalyticEngine().run(in.build());
            double atStep2 = preview.count(0, Inputs.PROMOTER, 2, -1) + preview.count(0, Inputs.PROMOTER, 3, -1);
            assertEquals(c[2], atStep2, 1e-9, "preview: " + c[0] + " lead seats, " + c[1] + " months");
        }
    }

    @Test
    void finishedProjectsCountAndAProjectsCountIsHowManyStart() {
        // promoters at Step2 (Step3 asks for two projects led): two six-month projects a half-year, one lead seat each.
        // Two promoters, two projects from April and two from October: each leads one of each, both reach Step3 by
        // March. One promoter with one project from April only: one project, Step2 stays
        Inputs both = new Inputs().departments(1, DepartmentKind.BUSINESS, 5);
        both.staff.add(both.withStep("a", 0, Inputs.PROMOTER, 2, 0, false));
        both.staff.add(both.withStep("b", 0, Inputs.PROMOTER, 2, 0, false));
        both.projects.add(new ProjectPlan(0, 2026, 2, 6, 1, 4));
        both.projects.add(new ProjectPlan(0, 2026, 2, 6, 1, 10));
        both.years = 1;
        Inputs once = new Inputs().departments(1, DepartmentKind.BUSINESS, 5);
        once.staff.add(once.withStep("a", 0, Inputs.PROMOTER, 2, 0, false));
        once.projects.add(new ProjectPlan(0, 2026, 1, 6, 1, 4));
        once.years = 1;
        SimulationResult two = run(both.build(), 3, 1);
        SimulationResult one = run(once.build(), 3, 1);
        for (int r = 0; r < 3; r++) {
            assertEquals(2, two.countAtLeast(r, 0, Inputs.PROMOTER, 3, -1), 1e-9, "two projects each, replication " + r);
            assertEquals(0, one.countAtLeast(r, 0, Inputs.PROMOTER, 3, -1), 1e-9, "one project, replication " + r);
        }
    }

    @Test
    void mentoringCountsTheMonthsAStep2MemberHasAStep1ColleagueToMentor() {
        // a promoter at Step2 whose Step3 asks for months mentoring: with a Step1 promoter in the 課 every month counts
        // (12 in the year: 6 asked are met, 13 are not); alone, none does
        Object[][] cases = { { true, 6, 1 }, { false, 6, 0 }, { true, 13, 0 } };
        for (Object[] c : cases) {
            boolean colleague = (Boolean) c[0];
            Inputs in = new Inputs().departments(1, DepartmentKind.BUSINESS, 5);
            in.promoterStep3 = List.of(new MentoringMonths((Integer) c[1]));
            in.staff.add(in.withStep("mentor", 0, Inputs.PROMOTER, 2, 0, false));
            if (colleague) {
                in.staff.add(in.withStep("mentee", 0, Inputs.PROMOTER, 1, 0, false));
            }
            in.years = 1;
            String what = (colleague ? "with" : "without") + " a Step1 colleague, " + c[1] + " months asked";
            SimulationResult result = run(in.build(), 3, 1);
            for (int r = 0; r < 3; r++) {
                assertEquals((Integer) c[2], result.countAtLeast(r, 0, Inputs.PROMOTER, 3, -1), 1e-9, what + ", replication " + r);
            }
            assertEquals((Integer) c[2], new AnalyticEngine().run(in.build()).count(0, Inputs.PROMOTER, 3, -1), 1e-9, "preview, " + what);
        }
    }

    @Test
    void aChannelsLeadTimeMovesItsHiresIntoTheMonthTheyArrive() {
        // five hires a year recruited in January: without a lead time they arrive that January (the same fiscal
        // year); three months later is April, the next fiscal year (and the last year's arrive after the horizon)
        for (int lead : new int[] { 0, 3 }) {
            Inputs in = new Inputs().departments(1, DepartmentKind.BUSINESS, 50);
            in.channels.add(Channel.builder("grads", ChannelKind.NEW_GRADUATE, Inputs.GENERAL, 0).month(1).leadTimeMonths(lead)
                    .fill(1).passRate(1).planned(5, 5, 5, 5, 5).build());
            SimulationResult result = run(in.build(), 2, 1);
            for (int y = 0; y < 5; y++) {
                assertEquals(lead == 0 || y > 0 ? 5 : 0, result.flow(0, Flow.HIRES, y), 1e-9, "lead time " + lead + ", year " + y);
            }
        }
    }

    @Test
    void aFixedTermChannelsHiresCountTheirFteAndLeaveWhenTheirTermEnds() {
        // three half-time hires in April 2026 on two-year terms: there through March 2028 (1.5 FTE), gone in April 2028
        Inputs in = new Inputs().departments(1, DepartmentKind.BUSINESS, 10);
        in.channels.add(Channel.builder("fixed", ChannelKind.FIXED_TERM, Inputs.GENERAL, 0).termYears(2).fte(0.5).fill(1).passRate(1)
                .planned(3, 0, 0, 0, 0).build());
        SimulationResult result = run(in.build(), 2, 1);
        double[] persons = { 3, 3, 0, 0, 0 };
        for (int r = 0; r < 2; r++) {
            for (int y = 0; y < 5; y++) {
                assertEquals(persons[y], result.flow(r, Flow.HEADCOUNT, y), 1e-9, "persons, year " + y);
                assertEquals(persons[y] / 2, result.flow(r, Flow.HEADCOUNT_FTE, y), 1e-9, "FTE, year " + y);
                assertEquals(y == 2 ? 3 : 0, result.flow(r, Flow.LEAVERS, y), 1e-9, "leavers, year " + y);
            }
        }
    }

    @Test
    void aCourseGrantsItsSkillLevelAndAStepAskingForThatLevelIsReached() {
        // Step1 of the promoter asks for skill 0 at a level; the DX course grants level 1 of skill 0 to its four takers
        for (int level : new int[] { 1, 2 }) {
            Inputs in = new Inputs().departments(1, DepartmentKind.BUSINESS, 10);
            in.promoterStep1 = List.of(new SkillAtLeast(0, level));
            in.staff(0, Inputs.PROMOTER, 4);
            in.seats(0, 4, 6);
            in.years = 1;
            SimulationResult result = run(in.build(), 2, 1);
            for (int r = 0; r < 2; r++) {
                assertEquals(4, result.flow(r, Flow.TRAININGS, 0), 1e-9, "trained");
                assertEquals(level == 1 ? 4 : 0, result.countAtLeast(r, 0, Inputs.PROMOTER, 1, -1), 1e-9, "level " + level + " asked");
            }
        }
    }

    @Test
    void staffAreConservedAndCountsAreNeverNegative() {
        Inputs in = new Inputs().departments(10, DepartmentKind.BUSINESS, 30);
        for (int d = 0; d < 10; d++) {
            in.staff(d, Inputs.GENERAL, 25).staff(d, Inputs.PROMOTER, 2);
        }
        in.rateByType = new double[] { 0.08, 0.2, 0.3, 0.3 };
        in.retirementAge = 60;
        in.staff.add(in.person("old", 0, Inputs.GENERAL, 1966, Employment.REGULAR, 0, false));
        in.staff.add(in.person("temp", 1, Inputs.GENERAL, 1990, Employment.FIXED_TERM, 0, false));
        in.channels.add(Channel.builder("grads", ChannelKind.NEW_GRADUATE, Inputs.GENERAL, -1).fill(0.9)
                .planned(10, 10, 10, 10, 10).build());
        in.seats(0, 5, 6);
        in.rotation = Inputs.rotation(3, List.of());
        SimulationInput input = in.build();
        SimulationResult result = run(input, 50, 2);
        for (int r = 0; r < 50; r++) {
            double hires = 0;
            double leavers = 0;
            for (int y = 0; y < 5; y++) {
                hires += result.flow(r, Flow.HIRES, y);
                leavers += result.flow(r, Flow.LEAVERS, y);
                double total = 0;
                for (int p = 0; p < 3; p++) {
                    for (int s = 0; s <= 3; s++) {
                        for (int d = 0; d < 10; d++) {
                            double count = result.count(r, y, p, s, d);
                            assertTrue(count >= 0, "negative count");
                            total += count;
                        }
                    }
                }
                assertEquals(input.staff().size() + hires - leavers, total, 1e-9, "staff conserved, replication " + r + " year " + y);
            }
        }
    }

    @Test
    void resultsAreTheSameForOneTwoAndFourThreads() {
        Inputs in = new Inputs().departments(8, DepartmentKind.BUSINESS, 20);
        for (int d = 0; d < 8; d++) {
            in.staff(d, Inputs.GENERAL, 16).staff(d, Inputs.PROMOTER, 2);
        }
        in.rateByType = new double[] { 0.05, 0.1, 0.1, 0.1 };
        in.seats(0, 6, 6);
        in.channels.add(Channel.builder("grads", ChannelKind.NEW_GRADUATE, Inputs.GENERAL, -1).fill(0.7).planned(8, 8, 8, 8, 8).build());
        in.rotation = Inputs.rotation(3, List.of());
        in.appointment = new Appointment(Inputs.PROMOTER, Inputs.GENERAL, 1, 0, 0, 20, 60, 0, 0.3);
        SimulationInput input = in.build();
        SimulationResult one = run(input, 40, 1);
        SimulationResult two = run(input, 40, 2);
        SimulationResult four = run(input, 40, 4);
        for (int r = 0; r < 40; r++) {
            for (int y = 0; y < 5; y++) {
                for (Flow flow : Flow.values()) {
                    assertEquals(one.flow(r, flow, y), two.flow(r, flow, y));
                    assertEquals(one.flow(r, flow, y), four.flow(r, flow, y));
                }
                for (int p = 0; p < 3; p++) {
                    for (int s = 0; s <= 3; s++) {
                        for (int d = -1; d < 8; d++) {
                            assertEquals(one.count(r, y, p, s, d), two.count(r, y, p, s, d));
                            assertEquals(one.count(r, y, p, s, d), four.count(r, y, p, s, d));
                        }
                    }
                }
            }
        }
    }

    @Test
    void commonRandomNumbersGiveTheSameLeaversWhateverTheTraining() {
        Inputs a = new Inputs().departments(5, DepartmentKind.BUSINESS, 40);
        for (int d = 0; d < 5; d++) {
            a.staff(d, Inputs.GENERAL, 30).staff(d, Inputs.PROMOTER, 5);
        }
        a.rateByType = new double[] { 0.1, 0.1, 0.1, 0.1 };
        a.seats(0, 2, 6);
        SimulationResult few = run(a.build(), 30, 2);
        a.runs.clear();
        a.seats(0, 20, 6);
        SimulationResult many = run(a.build(), 30, 2);
        SimulationResult again = run(a.build(), 30, 2);
        boolean differs = false;
        for (int r = 0; r < 30; r++) {
            for (int y = 0; y < 5; y++) {
                assertEquals(few.flow(r, Flow.LEAVERS, y), many.flow(r, Flow.LEAVERS, y), "same people leave in both scenarios");
                assertEquals(many.countAtLeast(r, y, Inputs.PROMOTER, 1, -1), again.countAtLeast(r, y, Inputs.PROMOTER, 1, -1),
                        "a scenario compared with itself differs by zero");
                differs |= few.countAtLeast(r, y, Inputs.PROMOTER, 1, -1) != many.countAtLeast(r, y, Inputs.PROMOTER, 1, -1);
            }
        }
        assertTrue(differs, "the training policy matters");
    }

    /** 2,000 staff leaving at 10 % a year: mean leavers in year one 200, within 4 standard errors. */
    @Test
    void yearlyLeavingRateIsHonoured() {
        Inputs in = new Inputs().departments(20, DepartmentKind.BUSINESS, 100);
        for (int d = 0; d < 20; d++) {
            in.staff(d, Inputs.GENERAL, 100);
        }
        in.rateByType = new double[] { 0.1, 0, 0, 0 };
        in.years = 1;
        SimulationResult result = run(in.build(), 200, 2);
        var leavers = result.flowSummary(Flow.LEAVERS, 0);
        double expected = 2000 * 0.1;
        double sd = Math.sqrt(2000 * 0.1 * 0.9 / 200);
        assertEquals(expected, leavers.mean(), 4 * sd, "mean leavers " + leavers);
        assertEquals(Math.sqrt(2000 * 0.1 * 0.9) / Math.sqrt(200), leavers.standardError(), 0.2 * sd);
    }

    /** 10 planned hires filled with probability 0.6 × 0.5: binomial mean 3, within 4 standard errors. */
    @Test
    void hiresAreBinomial() {
        Inputs in = new Inputs().departments(2, DepartmentKind.BUSINESS, 50);
        in.staff(0, Inputs.GENERAL, 10);
        in.years = 1;
        in.channels.add(Channel.builder("ict", ChannelKind.ICT_SLOT, Inputs.IS_OFFICER, 1).fill(0.6).passRate(0.5).costPerYear(3_000_000)
                .planned(10).specialist(true).build());
        SimulationResult result = run(in.build(), 400, 2);
        double mean = result.flowSummary(Flow.HIRES, 0).mean();
        assertEquals(3.0, mean, 4 * Math.sqrt(10 * 0.3 * 0.7 / 400));
        assertEquals(mean, result.countSummary(0, Inputs.IS_OFFICER, 0, 1).mean(), 1e-9, "hires start in their department");
    }

    @Test
    void retirementAtTheEndOfTheYearTheAgeIsReached() {
        Inputs in = new Inputs().departments(1, DepartmentKind.BUSINESS, 10);
        in.retirementAge = 62;
        in.staff.add(in.person("a61", 0, Inputs.GENERAL, 2026 - 61, Employment.REGULAR, 0, false));
        in.staff.add(in.person("a62", 0, Inputs.GENERAL, 2026 - 62, Employment.REGULAR, 0, false));
        in.staff.add(in.person("a30", 0, Inputs.GENERAL, 1996, Employment.REGULAR, 0, false));
        SimulationResult result = run(in.build(), 1, 1);
        assertEquals(3, result.count(0, 0, Inputs.GENERAL, 0, 0), "all there on 31 March 2027");
        assertEquals(2, result.count(0, 1, Inputs.GENERAL, 0, 0), "the 62-year-old retired");
        assertEquals(1, result.count(0, 2, Inputs.GENERAL, 0, 0), "then the one who turned 62 in FY2027");
    }

    @Test
    void promotersNotReappointedAreReplacedAndKeepTheirStep() {
        Inputs in = new Inputs().departments(4, DepartmentKind.BUSINESS, 10);
        for (int d = 0; d < 4; d++) {
            in.staff(d, Inputs.PROMOTER, 1).staff(d, Inputs.GENERAL, 5);
        }
        in.seats(0, 4, 4); // the four promoters are... appointed after the re-appointment: new ones get the seats
        in.appointment = new Appointment(Inputs.PROMOTER, Inputs.GENERAL, 1, 0, 0, 18, 65, 0, 0.0);
        SimulationResult result = run(in.build(), 5, 1);
        for (int y = 0; y < 5; y++) {
            assertEquals(4, result.countSummary(y, Inputs.PROMOTER, 0, -1).mean() + result.countAtLeastSummary(y,
                    Inputs.PROMOTER, 1, -1).mean(), 1e-9, "one promoter per department every year");
        }
    }

    @Test
    void invalidInputIsRefusedWithTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CourseRun(0, 2026, 6, -3, -1));
        assertTrue(e.getMessage().contains("seats") && e.getMessage().contains("-3"), e.getMessage());
        Inputs in = new Inputs().departments(1, DepartmentKind.BUSINESS, 1);
        in.years = 11;
        e = assertThrows(IllegalArgumentException.class, in::build);
        assertTrue(e.getMessage().contains("horizon") && e.getMessage().contains("11"), e.getMessage());
    }

    @Test
    void cancellingStopsTheRunWithoutAResult() {
        Inputs in = new Inputs().departments(5, DepartmentKind.BUSINESS, 10);
        for (int d = 0; d < 5; d++) {
            in.staff(d, Inputs.GENERAL, 10);
        }
        int[] seen = new int[1];
        ProgressListener stopAfterThree = new ProgressListener() {
            @Override
            public void replicationsDone(int done, int total) {
                seen[0] = Math.max(seen[0], done);
            }

            @Override
            public boolean isCancelled() {
                return seen[0] >= 3;
            }
        };
        assertThrows(CancelledException.class,
                () -> new MonteCarloEngine().run(in.build(), new RunOptions(1000, 1, 2), stopAfterThree));
        assertTrue(seen[0] < 1000);
    }
}
