package org.jinzai.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.jinzai.engine.AnalyticEngine;
import org.jinzai.engine.MonteCarloEngine;
import org.jinzai.engine.ProgressListener;
import org.jinzai.engine.RunOptions;
import org.jinzai.engine.SimulationInput;
import org.jinzai.engine.SimulationInput.Appointment;
import org.jinzai.engine.SimulationInput.Channel;
import org.jinzai.engine.SimulationInput.ChannelKind;
import org.jinzai.engine.SimulationInput.DepartmentKind;
import org.jinzai.engine.SimulationInput.Employment;
import org.jinzai.engine.SimulationInput.LeadMonths;
import org.jinzai.engine.SimulationInput.MentoringMonths;
import org.jinzai.engine.SimulationInput.ProjectPlan;
import org.jinzai.engine.SimulationInput.SkillAtLeast;
import org.jinzai.engine.SimulationInput.Staff;
import org.jinzai.engine.SimulationInput.TargetKind;
import org.jinzai.engine.SimulationInput.TargetScope;
import org.jinzai.engine.SimulationInput.TargetSpec;
import org.jinzai.engine.SimulationResult;
import org.jinzai.engine.SimulationResult.Flow;
import org.junit.jupiter.api.Test;

/**
 * Parameters of the input that no other test showed to change a result, each as a known answer on a small organization
 * where everything is certain (all probabilities 0 or 1), in the Monte Carlo (every replication) and the preview.
 */
class InputParametersTest {

    private static final int REPLICATIONS = 3;

    private static SimulationResult run(SimulationInput input) {
        return new MonteCarloEngine().run(input, new RunOptions(REPLICATIONS, 5, 2), ProgressListener.NONE);
    }

    @Test
    void theRetirementAgeOfEachFiscalYearDecidesWhoRetires() {
        // ages 60, 61, 61, 62, 62 (a phased rise); regulars born 1966, 1967, 1968: the first is 60 in FY2026 and retires
        // at its end, the second is 61 in FY2028, the third only 61 in FY2029 when 62 is asked
        double[] rising = { 3, 2, 2, 1, 1 };
        double[] constant = { 3, 2, 1, 0, 0 };
        for (int[] ages : new int[][] { { 60, 61, 61, 62, 62 }, { 60, 60, 60, 60, 60 } }) {
            Inputs in = new Inputs().departments(1, DepartmentKind.BUSINESS, 5);
            for (int born = 1966; born <= 1968; born++) {
                in.staff.add(in.person("born" + born, 0, Inputs.GENERAL, born, Employment.REGULAR, 0, false));
            }
            in.retirementAges = ages;
            double[] expected = ages[1] == 61 ? rising : constant;
            SimulationResult result = run(in.build());
            AnalyticEngine.Result preview = new AnalyticEngine().run(in.build());
            for (int y = 0; y < 5; y++) {
                String what = "ages " + java.util.Arrays.toString(ages) + ", year " + y;
                for (int r = 0; r < REPLICATIONS; r++) {
                    assertEquals(expected[y], result.flow(r, Flow.HEADCOUNT, y), 1e-9, what);
                    assertEquals(y == 0 ? 0 : expected[y - 1] - expected[y], result.flow(r, Flow.LEAVERS, y), 1e-9, what);
                }
                assertEquals(expected[y], preview.count(y, Inputs.GENERAL, 0, -1), 1e-9, "preview, " + what);
            }
        }
    }

    @Test
    void aLeavingRateAppliesToItsAgesAndEmploymentTypeOnly() {
        // regulars aged 49 and 50 in FY2026 and a fixed-term member aged 30; a rate of 1 for regulars of 50 and over: the
        // 50-year-old leaves in FY2026, the other at 50 in FY2027, the fixed-term member stays; a rate of 1 for
        // fixed-term staff only: only the fixed-term member leaves
        for (boolean regularsOver50 : new boolean[] { true, false }) {
            Inputs in = new Inputs().departments(1, DepartmentKind.BUSINESS, 5);
            in.staff.add(in.person("49", 0, Inputs.GENERAL, 1977, Employment.REGULAR, 0, false));
            in.staff.add(in.person("50", 0, Inputs.GENERAL, 1976, Employment.REGULAR, 0, false));
            in.staff.add(in.person("fixed", 0, Inputs.GENERAL, 1996, Employment.FIXED_TERM, 0, false));
            in.years = 2;
            in.rates = new double[Employment.COUNT][100];
            if (regularsOver50) {
                java.util.Arrays.fill(in.rates[Employment.REGULAR.ordinal()], 50, 100, 1.0);
            } else {
                java.util.Arrays.fill(in.rates[Employment.FIXED_TERM.ordinal()], 1.0);
            }
            double[] leavers = regularsOver50 ? new double[] { 1, 1 } : new double[] { 1, 0 };
            SimulationResult result = run(in.build());
            AnalyticEngine.Result preview = new AnalyticEngine().run(in.build());
            for (int y = 0; y < 2; y++) {
                String what = (regularsOver50 ? "regulars of 50 and over" : "fixed-term staff") + ", year " + y;
                for (int r = 0; r < REPLICATIONS; r++) {
                    assertEquals(leavers[y], result.flow(r, Flow.LEAVERS, y), 1e-9, what);
                }
                assertEquals(leavers[y], preview.leavers(y), 1e-9, "preview, " + what);
            }
        }
    }

    @Test
    void aChannelsKindGivesItsHiresTheirAgeAndEmployment() {
        // two April hires of each kind; regulars of 30 and over leave at once (from May): new graduates (22-24) and ICT
        // hires (22-29) stay, mid-career (30-44) and external experts (40-54) leave, shared experts are outsourced and stay,
        // fixed-term hires (a term) stay
        Inputs in = new Inputs().departments(1, DepartmentKind.BUSINESS, 50);
        for (ChannelKind kind : ChannelKind.values()) {
            in.channels.add(Channel.builder(kind.name(), kind, Inputs.GENERAL, 0).termYears(kind == ChannelKind.FIXED_TERM ? 3 : 0)
                    .planned(2).build());
        }
        in.years = 1;
        in.rates = new double[Employment.COUNT][100];
        java.util.Arrays.fill(in.rates[Employment.REGULAR.ordinal()], 30, 100, 1.0);
        SimulationResult result = run(in.build());
        AnalyticEngine.Result preview = new AnalyticEngine().run(in.build());
        for (int r = 0; r < REPLICATIONS; r++) {
            assertEquals(12, result.flow(r, Flow.HIRES, 0), 1e-9);
            assertEquals(4, result.flow(r, Flow.LEAVERS, 0), 1e-9, "mid-career and external experts");
        }
        assertEquals(4, preview.leavers(0), 1e-9, "preview (the middle of each kind's ages)");
    }

    @Test
    void theLeavingRateOfItSpecialistsOffTheTrackIsMultiplied() {
        // every regular leaves in the first month they may (a yearly rate of 1), IS officers off the specialist track
        // at the rate times the multiplier: 3 general staff, 2 officers off the track and 2 on it, and two April hires
        // of each kind (they may leave from May)
        for (double multiplier : new double[] { 0, 1 }) {
            Inputs in = new Inputs().departments(1, DepartmentKind.BUSINESS, 20);
            in.staff(0, Inputs.GENERAL, 3);
            for (int k = 0; k < 4; k++) {
                in.staff.add(in.person("officer" + k, 0, Inputs.IS_OFFICER, 1990, Employment.REGULAR, 0, k >= 2));
            }
            in.channels.add(Channel.builder("off-track", ChannelKind.ICT_SLOT, Inputs.IS_OFFICER, 0).planned(2).build());
            in.channels.add(Channel.builder("on-track", ChannelKind.ICT_SLOT, Inputs.IS_OFFICER, 0).specialist(true).planned(2).build());
            in.years = 1;
            in.rateByType = new double[] { 1, 0, 0, 0 };
            in.specialistMultiplier = multiplier;
            SimulationResult result = run(in.build());
            AnalyticEngine.Result preview = new AnalyticEngine().run(in.build());
            // multiplier 0: the four officers off the track stay; 1: everyone leaves
            double officers = multiplier == 0 ? 4 : 0;
            double leavers = multiplier == 0 ? 7 : 11;
            for (int r = 0; r < REPLICATIONS; r++) {
                assertEquals(officers, result.countAtLeast(r, 0, Inputs.IS_OFFICER, 0, -1), 1e-9, "multiplier " + multiplier);
                assertEquals(leavers, result.flow(r, Flow.LEAVERS, 0), 1e-9, "multiplier " + multiplier);
            }
            assertEquals(officers, preview.countAtLeast(0, Inputs.IS_OFFICER, 0, -1), 1e-9, "preview, multiplier " + multiplier);
            assertEquals(leavers, preview.leavers(0), 1e-9, "preview, multiplier " + multiplier);
        }
    }

    /** One promoter in a business 課 for a year, with a history; whether they are at least at a step at its end. */
    private static void assertReaches(Inputs in, int step, boolean reached, String what) {
        in.years = 1;
        SimulationResult result = run(in.build());
        for (int r = 0; r < REPLICATIONS; r++) {
            assertEquals(reached ? 1 : 0, result.countAtLeast(r, 0, Inputs.PROMOTER, step, 0), 1e-9, what);
        }
        assertEquals(reached ? 1 : 0, new AnalyticEngine().run(in.build()).countAtLeast(0, Inputs.PROMOTER, step, 0), 1e-9,
                "preview, " + what);
    }

    @Test
    void theRostersHistoryCountsTowardsTheSteps() {
        int[] noSkill = { 0, 0 };
        int[] none = {};
        // the Step1 course done before the run (no seats in it): Step1
        for (boolean done : new boolean[] { true, false }) {
            Inputs in = new Inputs().departments(1, DepartmentKind.BUSINESS, 5);
            in.staff.add(in.withHistory("p", 0, Inputs.PROMOTER, 0, done ? new int[] { 0 } : none, noSkill, 0, 0, 0));
            assertReaches(in, 1, done, "course done " + done);
        }
        // a skill level held, where Step1 asks for it
        for (int level : new int[] { 1, 0 }) {
            Inputs in = new Inputs().departments(1, DepartmentKind.BUSINESS, 5);
            in.promoterStep1 = List.of(new SkillAtLeast(0, 1));
            in.staff.add(in.withHistory("p", 0, Inputs.PROMOTER, 0, none, new int[] { level, 0 }, 0, 0, 0));
            assertReaches(in, 1, level == 1, "skill level " + level);
        }
        // months led before, and a one-month project this April: 11 + 1 reach Step2's 12, 10 + 1 do not
        for (int months : new int[] { 11, 10 }) {
            Inputs in = new Inputs().departments(1, DepartmentKind.BUSINESS, 5);
            in.staff.add(in.withHistory("p", 0, Inputs.PROMOTER, 1, new int[] { 0 }, noSkill, months, 0, 0));
            in.projects.add(new ProjectPlan(0, 2026, 1, 1, 1, 4));
            assertReaches(in, 2, months == 11, "months leading " + months);
        }
        // a project led before, and one of six months this year: 1 + 1 reach Step3's 2, 0 + 1 do not
        for (int projects : new int[] { 1, 0 }) {
            Inputs in = new Inputs().departments(1, DepartmentKind.BUSINESS, 5);
            in.staff.add(in.withHistory("p", 0, Inputs.PROMOTER, 2, new int[] { 0 }, noSkill, 12, projects, 0));
            in.projects.add(new ProjectPlan(0, 2026, 1, 6, 1, 4));
            assertReaches(in, 3, projects == 1, "projects led " + projects);
        }
        // a month mentored before, and a Step1 colleague all year: 1 + 12 reach 13 asked, 0 + 12 do not
        for (int mentored : new int[] { 1, 0 }) {
            Inputs in = new Inputs().departments(1, DepartmentKind.BUSINESS, 5);
            in.promoterStep3 = List.of(new MentoringMonths(13));
            in.staff.add(in.withHistory("p", 0, Inputs.PROMOTER, 2, new int[] { 0 }, noSkill, 12, 0, mentored));
            in.staff.add(in.withStep("mentee", 0, Inputs.PROMOTER, 1, 0, false));
            in.years = 1;
            SimulationResult result = run(in.build());
            for (int r = 0; r < REPLICATIONS; r++) {
                assertEquals(mentored == 1 ? 1 : 0, result.countAtLeast(r, 0, Inputs.PROMOTER, 3, 0), 1e-9, "mentored " + mentored);
            }
            assertEquals(mentored == 1 ? 1 : 0, new AnalyticEngine().run(in.build()).countAtLeast(0, Inputs.PROMOTER, 3, 0), 1e-9,
                    "preview, mentored " + mentored);
        }
    }

    @Test
    void aChannelsYearlyCostIsPaidForEachMonthItsHiresAreThere() {
        // two hires in October at 1,200,000 a year: six months of the first year (1.2 M), all the second (2.4 M); on a
        // one-year term they are gone in the second
        for (int term : new int[] { 0, 1 }) {
            Inputs in = new Inputs().departments(1, DepartmentKind.BUSINESS, 10);
            in.channels.add(Channel.builder("grads", ChannelKind.MID_CAREER, Inputs.GENERAL, 0).month(10).costPerYear(1_200_000)
                    .termYears(term).planned(2, 0).build());
            in.years = 2;
            SimulationResult result = run(in.build());
            for (int r = 0; r < REPLICATIONS; r++) {
                assertEquals(1_200_000, result.flow(r, Flow.COST, 0), 1e-6, "term " + term);
                assertEquals(term == 0 ? 2_400_000 : 0, result.flow(r, Flow.COST, 1), 1e-6, "term " + term);
            }
        }
    }

    @Test
    void aCourseCompletionRateCountsTheShareOfItsStaffWithTheCourse() {
        // ten promoters and ten general staff; four seats of course 0 (the promoters' Step1 course) in June
        Inputs in = new Inputs().departments(1, DepartmentKind.BUSINESS, 20);
        in.staff(0, Inputs.PROMOTER, 10).staff(0, Inputs.GENERAL, 10);
        in.years = 1;
        in.seats(0, 4, 6);
        in.targets.add(new TargetSpec("everyone", TargetKind.COURSE_COMPLETION_RATE, -1, 0, TargetScope.ORGANIZATION, -1, null, 0,
                new double[] { 0.1 }, false));
        in.targets.add(new TargetSpec("promoters", TargetKind.COURSE_COMPLETION_RATE, Inputs.PROMOTER, 0, TargetScope.ORGANIZATION, -1,
                null, 0, new double[] { 0.1 }, false));
        in.targets.add(new TargetSpec("other-course", TargetKind.COURSE_COMPLETION_RATE, -1, 0, TargetScope.ORGANIZATION, -1, null, 1,
                new double[] { 0.1 }, false));
        double[] expected = { 0.2, 0.4, 0 };
        SimulationResult result = run(in.build());
        AnalyticEngine.Result preview = new AnalyticEngine().run(in.build());
        for (int t = 0; t < expected.length; t++) {
            for (int r = 0; r < REPLICATIONS; r++) {
                assertEquals(expected[t], result.targetValue(r, t, 0), 1e-9, in.targets.get(t).id());
            }
            assertEquals(expected[t], preview.target(t, 0), 1e-9, "preview, " + in.targets.get(t).id());
        }
    }

    @Test
    void onlyStaffOfTheFirstTwoRanksAreAppointed() {
        // one general member in each of two business 課, ranks 1 (主任) and 2 (係長): only the first is appointed
        Inputs in = new Inputs().departments(2, DepartmentKind.BUSINESS, 5);
        for (int rank = 1; rank <= 2; rank++) {
            in.staff.add(new Staff("rank" + rank, 1990, 2015, Employment.REGULAR, 0, 1.0, rank, rank - 1, Inputs.GENERAL, false, 24,
                    new int[2], new int[0], 0, 0, 0, new int[3]));
        }
        in.years = 1;
        in.appointment = new Appointment(Inputs.PROMOTER, Inputs.GENERAL, 1, 0, 0, 18, 65, 0, 1.0);
        SimulationResult result = run(in.build());
        AnalyticEngine.Result preview = new AnalyticEngine().run(in.build());
        for (int r = 0; r < REPLICATIONS; r++) {
            assertEquals(1, result.flow(r, Flow.APPOINTMENTS, 0), 1e-9);
            assertEquals(1, result.count(r, 0, Inputs.PROMOTER, 0, 0), 1e-9, "rank 1");
            assertEquals(0, result.count(r, 0, Inputs.PROMOTER, 0, 1), 1e-9, "rank 2");
        }
        assertEquals(1, preview.count(0, Inputs.PROMOTER, 0, 0), 1e-9, "preview, rank 1");
        assertEquals(0, preview.count(0, Inputs.PROMOTER, 0, 1), 1e-9, "preview, rank 2");
    }

    @Test
    void whoLeadsIsDrawnAfreshForEveryProjectHoweverManyStartInAMonth() {
        // two Step1 promoters in 課0, Step2 after two months leading; one-month projects in 課0 in April and May. In April
        // sixteen projects of empty 課 start first, so 課0's is the seventeenth: its number was once May's first project's,
        // so April's leader led May's too (Step2 in every replication); drawn afresh, the same one leads both half the time
        Inputs in = new Inputs().departments(17, DepartmentKind.BUSINESS, 5);
        in.staff.add(in.withStep("a", 0, Inputs.PROMOTER, 1, 0, false));
        in.staff.add(in.withStep("b", 0, Inputs.PROMOTER, 1, 0, false));
        in.promoterStep2 = List.of(new LeadMonths(2));
        for (int d = 1; d <= 16; d++) {
            in.projects.add(new ProjectPlan(d, 2026, 1, 1, 1, 4));
        }
        in.projects.add(new ProjectPlan(0, 2026, 1, 1, 1, 4));
        in.projects.add(new ProjectPlan(0, 2026, 1, 1, 1, 5));
        in.years = 1;
        int replications = 400;
        SimulationResult result = new MonteCarloEngine().run(in.build(), new RunOptions(replications, 5, 2), ProgressListener.NONE);
        double same = result.countAtLeastSummary(0, Inputs.PROMOTER, 2, 0).mean();
        // binomial(400, 1/2) / 400: within five standard errors of one half
        assertEquals(0.5, same, 5 * Math.sqrt(0.25 / replications), "the share of replications where one promoter led both");
    }

    @Test
    void aSecondRunOfACourseInAYearDrawsItsSeatsAfresh() {
        // eight promoters in 課0 need course 0; four seats in June, four in October; four more promoters arrive in 課1
        // in August. Drawn afresh, October's seats go to the four left from June and the four new alike: two new ones
        // are trained on average. (With June's numbers again, those June passed over drew the larger numbers, and the
        // new ones were favoured.)
        Inputs in = new Inputs().departments(2, DepartmentKind.BUSINESS, 20);
        in.staff(0, Inputs.PROMOTER, 8);
        in.channels.add(Channel.builder("new", ChannelKind.MID_CAREER, Inputs.PROMOTER, 1).month(8).planned(4).build());
        in.runs.add(new SimulationInput.CourseRun(0, 2026, 6, 4, -1));
        in.runs.add(new SimulationInput.CourseRun(0, 2026, 10, 4, -1));
        in.years = 1;
        int replications = 400;
        SimulationResult result = new MonteCarloEngine().run(in.build(), new RunOptions(replications, 5, 2), ProgressListener.NONE);
        for (int r = 0; r < 5; r++) {
            assertEquals(8, result.countAtLeast(r, 0, Inputs.PROMOTER, 1, -1), 1e-9, "eight seats, eight trained");
        }
        double newTrained = result.countAtLeastSummary(0, Inputs.PROMOTER, 1, 1).mean();
        // hypergeometric: 4 of 8, 4 new: mean 2, variance 4 · 1/2 · 1/2 · 4/7
        assertEquals(2, newTrained, 5 * Math.sqrt(4 * 0.25 * 4 / 7.0 / replications), "new promoters trained in October");
    }

    @Test
    void withoutGeneralStaffNobodyIsAppointedAndFormerPromotersStay() {
        // two Step1 promoters never re-appointed and three staff without a persona: no general persona to appoint from
        // (-1) — the promoters leave the role and stay as staff without a persona; nobody is appointed, nobody is lost
        Inputs in = new Inputs().departments(2, DepartmentKind.BUSINESS, 5);
        in.staff.add(in.withStep("p0", 0, Inputs.PROMOTER, 1, 24, false));
        in.staff.add(in.withStep("p1", 1, Inputs.PROMOTER, 1, 24, false));
        for (int k = 0; k < 3; k++) {
            in.staff.add(in.person("n" + k, k % 2, -1, 1990, Employment.REGULAR, 24, false));
        }
        in.years = 1;
        in.appointment = new Appointment(Inputs.PROMOTER, -1, 1, 0, 0, 18, 65, 0, 0.0);
        // the share of everyone who has the promoter's Step1 by skill: the two former promoters of five staff
        in.targets.add(TargetSpec.ofOrganization("skill", TargetKind.SHARE_AT_STEP, Inputs.PROMOTER, 1, 0.1).countedBySkill());
        SimulationResult result = run(in.build());
        for (int r = 0; r < REPLICATIONS; r++) {
            assertEquals(0, result.countAtLeast(r, 0, Inputs.PROMOTER, 0, -1), 1e-9);
            assertEquals(2, result.flow(r, Flow.ROLE_EXITS, 0), 1e-9);
            assertEquals(0, result.flow(r, Flow.APPOINTMENTS, 0), 1e-9);
            assertEquals(5, result.flow(r, Flow.HEADCOUNT, 0), 1e-9);
            assertEquals(0.4, result.targetValue(r, 0, 0), 1e-9);
        }
        AnalyticEngine.Result preview = new AnalyticEngine().run(in.build());
        assertEquals(0, preview.countAtLeast(0, Inputs.PROMOTER, 0, -1), 1e-9);
        assertEquals(0.4, preview.target(0, 0), 1e-9, "preview: the former promoters are still staff, with their skill");
    }

    @Test
    void aProjectOfEveryBusinessDepartmentStartsInItsFiscalYear() {
        // a Step1 promoter in each of three business 課 and an IS 課; a project of every business 課 in FY2027, led for
        // twelve months from April: Step2 for the three in FY2027, none in FY2026, not the IS 課's
        Inputs in = new Inputs().departments(3, DepartmentKind.BUSINESS, 5).departments(1, DepartmentKind.INFORMATION_SYSTEMS, 5);
        for (int d = 0; d < 4; d++) {
            in.staff.add(in.withStep("p" + d, d, Inputs.PROMOTER, 1, 0, false));
        }
        in.projects.add(new ProjectPlan(-1, 2027, 1, 12, 1, 4));
        in.years = 2;
        SimulationResult result = run(in.build());
        AnalyticEngine.Result preview = new AnalyticEngine().run(in.build());
        for (int d = 0; d < 4; d++) {
            double expected = d < 3 ? 1 : 0;
            for (int r = 0; r < REPLICATIONS; r++) {
                assertEquals(0, result.countAtLeast(r, 0, Inputs.PROMOTER, 2, d), 1e-9, "FY2026, 課" + d);
                assertEquals(expected, result.countAtLeast(r, 1, Inputs.PROMOTER, 2, d), 1e-9, "FY2027, 課" + d);
            }
            assertEquals(0, preview.countAtLeast(0, Inputs.PROMOTER, 2, d), 1e-9, "preview, FY2026, 課" + d);
            assertEquals(expected, preview.countAtLeast(1, Inputs.PROMOTER, 2, d), 1e-9, "preview, FY2027, 課" + d);
        }
    }
}
