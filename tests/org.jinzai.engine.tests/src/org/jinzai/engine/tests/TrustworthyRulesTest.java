package org.jinzai.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.jinzai.engine.AnalyticEngine;
import org.jinzai.engine.MonteCarloEngine;
import org.jinzai.engine.ProgressListener;
import org.jinzai.engine.RunOptions;
import org.jinzai.engine.SimulationInput;
import org.jinzai.engine.SimulationInput.Appointment;
import org.jinzai.engine.SimulationInput.Channel;
import org.jinzai.engine.SimulationInput.ChannelKind;
import org.jinzai.engine.SimulationInput.CourseRun;
import org.jinzai.engine.SimulationInput.CoursesCompleted;
import org.jinzai.engine.SimulationInput.Department;
import org.jinzai.engine.SimulationInput.DepartmentKind;
import org.jinzai.engine.SimulationInput.Employment;
import org.jinzai.engine.SimulationInput.HeadcountBound;
import org.jinzai.engine.SimulationInput.LeaveItAfterStep;
import org.jinzai.engine.SimulationInput.NoMoveAfterCourse;
import org.jinzai.engine.SimulationInput.NoMoveDuringLargeProject;
import org.jinzai.engine.SimulationInput.Rule;
import org.jinzai.engine.SimulationInput.SpecialistStaysInIt;
import org.jinzai.engine.SimulationInput.SpreadStep;
import org.jinzai.engine.SimulationInput.Step3ToLargeProjects;
import org.jinzai.engine.SimulationInput.TargetKind;
import org.jinzai.engine.SimulationInput.TargetSpec;
import org.jinzai.engine.SimulationResult;
import org.jinzai.engine.SimulationResult.Flow;
import org.junit.jupiter.api.Test;

/**
 * Each rule and parameter does what it says and nothing else: known answers on small organizations (all
 * probabilities 0 or 1), count by count; rule neutrality replication by replication under common random numbers.
 */
class TrustworthyRulesTest {

    private static SimulationResult run(SimulationInput input, int replications) {
        return new MonteCarloEngine().run(input, new RunOptions(replications, 11, 2), ProgressListener.NONE);
    }

    /** Four business 課, each with one trained (Step1) promoter and five general staff; one promoter per 課. */
    private static Inputs fourTrainedPromoters(double reappointment) {
        Inputs in = new Inputs().departments(4, DepartmentKind.BUSINESS, 6);
        for (int d = 0; d < 4; d++) {
            in.staff.add(in.withStep("promoter" + d, d, Inputs.PROMOTER, 1, 24, false));
            in.staff(d, Inputs.GENERAL, 5);
        }
        in.years = 2;
        in.appointment = new Appointment(Inputs.PROMOTER, Inputs.GENERAL, 1, 0, 0, 18, 65, 0, reappointment);
        return in;
    }

    @Test
    void aPromoterNotReappointedLeavesTheRoleKeepsTheSkillAndIsNotReappointedTheSameApril() {
        SimulationResult none = run(fourTrainedPromoters(0).build(), 5);
        SimulationResult all = run(fourTrainedPromoters(1).build(), 5);
        for (int r = 0; r < 5; r++) {
            // first April: the four trained promoters leave the role; four untrained staff take it
            assertEquals(0, none.countAtLeast(r, 0, Inputs.PROMOTER, 1, -1), 1e-9, "trained role-holders, none re-appointed");
            assertEquals(4, none.count(r, 0, Inputs.PROMOTER, 0, -1), 1e-9, "untrained role-holders");
            assertEquals(4, none.skillCountAtLeast(r, 0, Inputs.PROMOTER, 1, -1), 1e-9, "the skill stays with the four");
            assertEquals(4, none.flow(r, Flow.ROLE_EXITS, 0), 1e-9);
            assertEquals(4, none.flow(r, Flow.APPOINTMENTS, 0), 1e-9);
            // second April: last year's new promoters leave the role; the trained former promoters (trained first) return
            assertEquals(4, none.countAtLeast(r, 1, Inputs.PROMOTER, 1, -1), 1e-9);
            // always re-appointed: the same four keep the role
            assertEquals(4, all.countAtLeast(r, 0, Inputs.PROMOTER, 1, -1), 1e-9);
            assertEquals(0, all.flow(r, Flow.ROLE_EXITS, 0), 1e-9);
            assertEquals(0, all.flow(r, Flow.APPOINTMENTS, 0), 1e-9);
        }
        // a re-appointment probability in between changes the result
        SimulationResult quarter = run(fourTrainedPromoters(0.25).build(), 200);
        double trained = quarter.countAtLeastSummary(0, Inputs.PROMOTER, 1, -1).mean();
        assertEquals(1.0, trained, 5 * Math.sqrt(4 * 0.25 * 0.75 / 200), "a quarter of four stay trained in the role");
    }

    @Test
    void onlyStaffWithinThePolicysAgesAndMonthsInPostAreAppointedInTheYearTheyAre() {
        // one general member in each of four 課: 21 in FY2026 (23, the least age, in FY2028), 46 (above 45), 44, and 30
        // with 6 months in post (12 asked: in FY2027)
        Inputs in = new Inputs().departments(4, DepartmentKind.BUSINESS, 2);
        in.staff.add(in.person("young", 0, Inputs.GENERAL, 2005, Employment.REGULAR, 24, false));
        in.staff.add(in.person("old", 1, Inputs.GENERAL, 1980, Employment.REGULAR, 24, false));
        in.staff.add(in.person("within", 2, Inputs.GENERAL, 1982, Employment.REGULAR, 24, false));
        in.staff.add(in.person("new-in-post", 3, Inputs.GENERAL, 1996, Employment.REGULAR, 6, false));
        in.appointment = new Appointment(Inputs.PROMOTER, Inputs.GENERAL, 1, 0, 0, 23, 45, 12, 1.0);
        SimulationResult result = run(in.build(), 3);
        for (int r = 0; r < 3; r++) {
            for (int y = 0; y < 5; y++) {
                assertEquals(y >= 2 ? 1 : 0, result.count(r, y, Inputs.PROMOTER, 0, 0), 1e-9, "the young one, year " + y);
                assertEquals(0, result.count(r, y, Inputs.PROMOTER, 0, 1), 1e-9, "the old one, year " + y);
                assertEquals(1, result.count(r, y, Inputs.PROMOTER, 0, 2), 1e-9, "the one within, year " + y);
                assertEquals(y >= 1 ? 1 : 0, result.count(r, y, Inputs.PROMOTER, 0, 3), 1e-9, "the one new in post, year " + y);
                assertEquals(y <= 2 ? 1 : 0, result.flow(r, Flow.APPOINTMENTS, y), 1e-9, "year " + y);
            }
        }
        // a fixed-term member of the right age is not appointed
        Inputs fixed = new Inputs().departments(1, DepartmentKind.BUSINESS, 2);
        fixed.staff.add(fixed.person("fixed", 0, Inputs.GENERAL, 1990, Employment.FIXED_TERM, 24, false));
        fixed.appointment = new Appointment(Inputs.PROMOTER, Inputs.GENERAL, 1, 0, 0, 18, 65, 0, 1.0);
        assertEquals(0, run(fixed.build(), 1).flow(0, Flow.APPOINTMENTS, 0), 1e-9);
    }

    @Test
    void aDepartmentWithoutCandidatesTakesNoneOfTheNextDepartmentsCandidates() {
        // 課0 has nobody of the ages, 課1 and 課2 one each, two appointments a year: both are appointed, once, whatever
        // the year's order of the departments (the cursor of 課1 once moved the end of 課0's candidates, so that 課0 took
        // 課1's appointee again when its turn came after it, and used up the yearly number)
        Inputs in = new Inputs().departments(3, DepartmentKind.BUSINESS, 2);
        in.staff.add(in.person("too-old", 0, Inputs.GENERAL, 1956, Employment.REGULAR, 24, false));
        in.staff(1, Inputs.GENERAL, 1).staff(2, Inputs.GENERAL, 1);
        in.years = 1;
        in.appointment = new Appointment(Inputs.PROMOTER, Inputs.GENERAL, 2, 0, 2, 18, 65, 0, 1.0);
        SimulationResult result = run(in.build(), 40);
        for (int r = 0; r < 40; r++) {
            assertEquals(2, result.flow(r, Flow.APPOINTMENTS, 0), 1e-9, "replication " + r);
            assertEquals(0, result.count(r, 0, Inputs.PROMOTER, 0, 0), 1e-9, "課0, replication " + r);
            assertEquals(1, result.count(r, 0, Inputs.PROMOTER, 0, 1), 1e-9, "課1, replication " + r);
            assertEquals(1, result.count(r, 0, Inputs.PROMOTER, 0, 2), 1e-9, "課2, replication " + r);
        }
    }

    @Test
    void aCourseCostsItsSeatsInTheYearTheyAreTaken() {
        // ten promoters who need the course for Step1, three seats a year at 10,000 each: 3, 3, 3, 1, 0 taken
        Inputs in = new Inputs().departments(1, DepartmentKind.BUSINESS, 20);
        in.staff(0, Inputs.PROMOTER, 10);
        in.seats(0, 3, 6);
        SimulationResult result = run(in.build(), 2);
        int[] taken = { 3, 3, 3, 1, 0 };
        for (int r = 0; r < 2; r++) {
            for (int y = 0; y < 5; y++) {
                assertEquals(taken[y], result.flow(r, Flow.TRAININGS, y), 1e-9, "seats, year " + y);
                assertEquals(taken[y] * 10_000.0, result.flow(r, Flow.COST, y), 1e-9, "cost, year " + y);
            }
        }
    }

    @Test
    void aCoursesPriorityPersonaIsSeatedBeforeItsTargetPersonas() {
        // three general staff (not whom the course is for) and three promoters at Step1 (for whom it is, not needing it):
        // two seats go to general staff when they are the run's priority, else to promoters; whoever takes it reaches
        // the promoter's Step1 by skill (the promoters have it already)
        for (int priority : new int[] { Inputs.GENERAL, -1 }) {
            Inputs in = new Inputs().departments(1, DepartmentKind.BUSINESS, 10);
            in.staff(0, Inputs.GENERAL, 3);
            for (int k = 0; k < 3; k++) {
                in.staff.add(in.withStep("promoter" + k, 0, Inputs.PROMOTER, 1, 24, false));
            }
            in.years = 1;
            in.runs.add(new CourseRun(0, 2026, 6, 2, priority));
            SimulationResult result = run(in.build(), 3);
            for (int r = 0; r < 3; r++) {
                assertEquals(2, result.flow(r, Flow.TRAININGS, 0), 1e-9);
                assertEquals(priority == Inputs.GENERAL ? 5 : 3, result.skillCountAtLeast(r, 0, Inputs.PROMOTER, 1, -1), 1e-9,
                        "priority " + priority + ", replication " + r);
            }
        }
    }

    /** Fifty business 課 of five general staff (none leaves or moves). */
    private static Inputs fiftyDepartments(int perDepartment, int total, int yearly) {
        Inputs in = new Inputs().departments(50, DepartmentKind.BUSINESS, 5);
        for (int d = 0; d < 50; d++) {
            in.staff(d, Inputs.GENERAL, 5);
        }
        in.appointment = new Appointment(Inputs.PROMOTER, Inputs.GENERAL, perDepartment, total, yearly, 18, 65, 0, 1.0);
        return in;
    }

    @Test
    void aTotalCapIsSharedAcrossDepartmentsNotGivenToTheFirstInTheFile() {
        int replications = 200;
        SimulationResult result = run(fiftyDepartments(1, 20, 0).build(), replications);
        int[] times = new int[50];
        for (int r = 0; r < replications; r++) {
            assertEquals(20, result.count(r, 0, Inputs.PROMOTER, 0, -1), 1e-9, "the cap");
            for (int d = 0; d < 50; d++) {
                times[d] += result.count(r, 0, Inputs.PROMOTER, 0, d) > 0 ? 1 : 0;
            }
        }
        // each 課 gets the role in 20/50 of the replications, within five standard errors
        double se = Math.sqrt(0.4 * 0.6 / replications);
        for (int d = 0; d < 50; d++) {
            assertEquals(0.4, times[d] / (double) replications, 5 * se, "課 " + d);
        }
        // need first: with two per 課 and 60 in all, every 課 has one before any has two
        SimulationResult two = run(fiftyDepartments(2, 60, 0).build(), 20);
        for (int r = 0; r < 20; r++) {
            for (int d = 0; d < 50; d++) {
                double here = two.count(r, 0, Inputs.PROMOTER, 0, d);
                assertTrue(here == 1 || here == 2, "課 " + d + " has " + here);
            }
            assertEquals(60, two.count(r, 0, Inputs.PROMOTER, 0, -1), 1e-9);
        }
    }

    @Test
    void aYearlyNumberOfAppointmentsIsAFlow() {
        // 金沢市: 20 a year, 100 in five years (two per 課 at most, nobody leaves, everyone re-appointed)
        SimulationResult result = run(fiftyDepartments(2, 0, 20).build(), 3);
        for (int r = 0; r < 3; r++) {
            for (int y = 0; y < 5; y++) {
                assertEquals(20 * (y + 1), result.count(r, y, Inputs.PROMOTER, 0, -1), 1e-9, "year " + y);
                assertEquals(20, result.flow(r, Flow.APPOINTMENTS, y), 1e-9);
            }
        }
        // the analytic preview models the same caps
        AnalyticEngine.Result preview = new AnalyticEngine().run(fiftyDepartments(2, 0, 20).build());
        AnalyticEngine.Result capped = new AnalyticEngine().run(fiftyDepartments(1, 20, 0).build());
        for (int y = 0; y < 5; y++) {
            assertEquals(20 * (y + 1), preview.count(y, Inputs.PROMOTER, 0, -1), 1e-6, "preview, year " + y);
            assertEquals(20, capped.count(y, Inputs.PROMOTER, 0, -1), 1e-6, "preview with a total cap, year " + y);
        }
    }

    /**
     * IS 課, DX 課 and six business 課 (a large project in the last, holding IS officers); everyone due to move
     * every April; promoters at Step0-2, general staff; no courses, no projects: nobody reaches Step3, there are
     * no IS officers, no specialists, nobody has taken a course.
     */
    private static Inputs nobodyConcerned(List<Rule> rules) {
        Inputs in = new Inputs();
        in.years = 3;
        in.departments.add(new Department("is", DepartmentKind.INFORMATION_SYSTEMS, 5, List.of(), List.of()));
        in.departments.add(new Department("dx", DepartmentKind.DX_PROMOTION, 5, List.of(), List.of()));
        in.departments(5, DepartmentKind.BUSINESS, 8);
        in.departments.add(new Department("big", DepartmentKind.BUSINESS, 8, List.of(2026, 2027, 2028),
                List.of(Inputs.IS_OFFICER)));
        for (int d = 0; d < 8; d++) {
            for (int k = 0; k < (d < 2 ? 4 : 7); k++) {
                int persona = k < 3 ? Inputs.PROMOTER : Inputs.GENERAL;
                in.staff.add(in.withStep("m" + d + "-" + k, d, persona, persona == Inputs.PROMOTER ? k : 0, 24, false));
            }
        }
        in.rateByType = new double[] { 0.1, 0.1, 0.1, 0.1 };
        in.rotation = Inputs.rotation(1, rules);
        return in;
    }

    /**
     * Also the rotation's two ways of finding who is due: without a spread or a headcount bound it visits only the
     * members listed for the year, with one of them (which counts everyone who stays) it visits everyone.
     */
    @Test
    void aRuleThatConcernsNobodyChangesNothingReplicationByReplication() {
        SimulationResult off = run(nobodyConcerned(List.of()).build(), 30);
        List<Rule> rules = List.of(new NoMoveAfterCourse("after a course", 12, true, 1),
                new NoMoveDuringLargeProject("large project", true, 1),
                new LeaveItAfterStep("IS officers until Step2", Inputs.IS_OFFICER, 2, true, 1),
                new SpecialistStaysInIt("specialists", true, 1), new SpreadStep("spread Step3", Inputs.PROMOTER, 3, false, 5),
                new Step3ToLargeProjects("Step3 to large projects", Inputs.PROMOTER, false, 5),
                new HeadcountBound("Step3 between 1 and 2", Inputs.PROMOTER, 3, 1, 2, DepartmentKind.BUSINESS, true, 1));
        for (Rule rule : rules) {
            SimulationResult on = run(nobodyConcerned(List.of(rule)).build(), 30);
            assertTrue(on.flowSummary(Flow.MOVES, 0).mean() > 10, "staff move");
            for (int r = 0; r < 30; r++) {
                for (int y = 0; y < 3; y++) {
                    for (Flow flow : Flow.values()) {
                        assertEquals(off.flow(r, flow, y), on.flow(r, flow, y), rule.name() + ": " + flow);
                    }
                    for (int p = 0; p < 3; p++) {
                        for (int s = 0; s <= 3; s++) {
                            for (int d = -1; d < 8; d++) {
                                assertEquals(off.count(r, y, p, s, d), on.count(r, y, p, s, d),
                                        rule.name() + ": replication " + r + ", year " + y + ", persona " + p + ", step " + s
                                                + ", 課 " + d);
                            }
                        }
                    }
                }
            }
        }
    }

    /** Six business 課; six Step3 promoters, one in each, all due to move; a large project in 課 0. */
    private static int step3InTheLargeProject(HeadcountBound bound, int replication) {
        Inputs in = Inputs.step3PromoterInEachOfSixDepartments();
        List<Rule> rules = new ArrayList<>();
        rules.add(new Step3ToLargeProjects("Step3 to large projects", Inputs.PROMOTER, false, 1));
        if (bound != null) {
            rules.add(bound);
        }
        in.rotation = Inputs.rotation(1, rules);
        SimulationResult result = run(in.build(), replication + 1);
        assertEquals(6, result.count(replication, 0, Inputs.PROMOTER, 3, -1), 1e-9, "nobody lost");
        return (int) result.count(replication, 0, Inputs.PROMOTER, 3, 0);
    }

    @Test
    void aMaximumPerDepartmentIsALimitWhenHardAndWeighedWhenSoft() {
        for (int r = 0; r < 3; r++) {
            assertEquals(5, step3InTheLargeProject(null, r), "all but its own leader go to the large project");
            assertEquals(2, step3InTheLargeProject(new HeadcountBound("at most 2", Inputs.PROMOTER, 3, 0, 2, null, true, 1), r));
            assertEquals(2, step3InTheLargeProject(new HeadcountBound("at most 2", Inputs.PROMOTER, 3, 0, 2, null, false, 5), r),
                    "a soft maximum weighing more than the pull");
            assertEquals(5, step3InTheLargeProject(new HeadcountBound("at most 2", Inputs.PROMOTER, 3, 0, 2, null, false, 0.5), r),
                    "a soft maximum weighing less than the pull");
        }
    }

    @Test
    void twoCoursesInOneMonthTrainEachPersonOnce() {
        // Step1 of a promoter: either course; ten untrained promoters; six seats of each course in the same month
        Inputs in = new Inputs().departments(1, DepartmentKind.BUSINESS, 10);
        in.years = 1;
        in.promoterStep1 = List.of(new CoursesCompleted(new int[] { 0, 1 }, 1));
        in.staff(0, Inputs.PROMOTER, 10);
        in.seats(0, 6, 6).seats(1, 6, 6);
        SimulationResult result = run(in.build(), 5);
        for (int r = 0; r < 5; r++) {
            assertEquals(10, result.flow(r, Flow.TRAININGS, 0), 1e-9, "six, then the four who still need a course");
            assertEquals(10, result.countAtLeast(r, 0, Inputs.PROMOTER, 1, -1), 1e-9);
        }
    }

    @Test
    void aTargetOfEveryDepartmentCountsTheDepartmentsThatMeetIt() {
        Inputs in = new Inputs().departments(4, DepartmentKind.BUSINESS, 6);
        for (int d = 0; d < 4; d++) {
            in.staff(d, Inputs.GENERAL, 4);
            if (d < 3) {
                in.staff(d, Inputs.PROMOTER, 1);
            }
        }
        in.years = 2;
        double[] values = { 1, Double.NaN };
        in.targets.add(TargetSpec.ofEachDepartment("one per 課", TargetKind.HEADCOUNT_AT_STEP, Inputs.PROMOTER, 0, DepartmentKind.BUSINESS, values));
        SimulationResult result = run(in.build(), 3);
        assertEquals(4, result.departmentsInScope(0));
        for (int r = 0; r < 3; r++) {
            assertEquals(3, result.targetValue(r, 0, 0), 1e-9, "three 課 of four have one");
            assertEquals(0, result.targetMet(r, 0, 0), "met only when every 課 is");
            assertEquals(3, result.targetValue(r, 0, 1), 1e-9, "a year without a value counts against the last value");
            assertEquals(-1, result.targetMet(r, 0, 1));
        }
        assertEquals(1, result.probabilityDepartmentMisses(0, 0, 3), 1e-9);
        assertEquals(0, result.probabilityDepartmentMisses(0, 0, 0), 1e-9);
        // the preview counts 課 from expected amounts, each 課's count taken as Poisson, and says it is approximate
        AnalyticEngine.Result preview = new AnalyticEngine().run(in.build());
        assertTrue(preview.approximateTarget(0, 0));
        assertEquals(3 * (1 - Math.exp(-1)), preview.target(0, 0), 1e-9);
    }

    @Test
    void aTargetBySkillCountsEveryoneWhoReachedTheStepWhateverTheirRole() {
        Inputs in = fourTrainedPromoters(0);
        in.targets.add(TargetSpec.ofOrganization("role", TargetKind.HEADCOUNT_AT_STEP, Inputs.PROMOTER, 1, 4, 4));
        in.targets.add(TargetSpec.ofOrganization("skill", TargetKind.HEADCOUNT_AT_STEP, Inputs.PROMOTER, 1, 4, 4).countedBySkill());
        in.targets.add(TargetSpec.ofOrganization("skill share", TargetKind.SHARE_AT_STEP, Inputs.PROMOTER, 1, 0.1, 0.1).countedBySkill());
        SimulationResult result = run(in.build(), 3);
        for (int r = 0; r < 3; r++) {
            assertEquals(0, result.targetValue(r, 0, 0), 1e-9, "no trained promoter holds the role");
            assertEquals(4, result.targetValue(r, 1, 0), 1e-9, "four trained staff");
            assertEquals(4 / 24.0, result.targetValue(r, 2, 0), 1e-9, "of all 24 staff");
        }
        AnalyticEngine.Result preview = new AnalyticEngine().run(in.build());
        assertNotEquals(preview.target(0, 0), preview.target(1, 0), "the preview tells role from skill");
        assertEquals(4, preview.target(1, 0), 1e-9);
    }

    @Test
    void headcountIsGivenInPersonsAndInFteAndChangesByHiresLessLeavers() {
        // 20 general staff (one in ten leaves a year), one half-time hire a year on a 2-year term, one full-time hire
        Inputs in = new Inputs().departments(2, DepartmentKind.BUSINESS, 20);
        in.staff(0, Inputs.GENERAL, 10).staff(1, Inputs.GENERAL, 10);
        in.rateByType = new double[] { 0.1, 0.1, 0.1, 0.1 };
        in.channels.add(Channel.builder("half", ChannelKind.FIXED_TERM, Inputs.GENERAL, 0).fte(0.5).termYears(2)
                .planned(1, 1, 1, 1, 1).build());
        in.channels.add(Channel.builder("grads", ChannelKind.NEW_GRADUATE, Inputs.GENERAL, 1).planned(1, 1, 1, 1, 1).build());
        SimulationInput input = in.build();
        SimulationResult result = run(input, 50);
        assertEquals("persons", Flow.HEADCOUNT.unit());
        assertEquals("fte", Flow.HEADCOUNT_FTE.unit());
        for (int r = 0; r < 50; r++) {
            double before = 20;
            for (int y = 0; y < input.horizonYears(); y++) {
                double persons = result.flow(r, Flow.HEADCOUNT, y);
                double change = result.flow(r, Flow.HIRES, y) - result.flow(r, Flow.LEAVERS, y);
                assertEquals(before + change, persons, 1e-9, "replication " + r + ", year " + y + ": persons change by hires - leavers");
                double fte = 0;
                for (int s = 0; s <= 3; s++) {
                    fte += result.count(r, y, Inputs.GENERAL, s, -1);
                }
                assertEquals(fte, result.flow(r, Flow.HEADCOUNT_FTE, y), 1e-4, "the FTE headcount is the sum of the counts");
                before = persons;
            }
        }
        // a half-time member makes the two differ: a second half-timer is on the roster from the second year on
        assertTrue(result.flowSummary(Flow.HEADCOUNT, 1).mean() - result.flowSummary(Flow.HEADCOUNT_FTE, 1).mean() > 0.5);
    }
}
