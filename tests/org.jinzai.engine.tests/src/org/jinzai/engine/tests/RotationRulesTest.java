package org.jinzai.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jinzai.engine.MonteCarloEngine;
import org.jinzai.engine.ProgressListener;
import org.jinzai.engine.RunOptions;
import org.jinzai.engine.SimulationInput.Department;
import org.jinzai.engine.SimulationInput.DepartmentKind;
import org.jinzai.engine.SimulationInput.HeadcountBound;
import org.jinzai.engine.SimulationInput.LargeProject;
import org.jinzai.engine.SimulationInput.LeaveItAfterStep;
import org.jinzai.engine.SimulationInput.NoMoveAfterCourse;
import org.jinzai.engine.SimulationInput.NoMoveDuringLargeProject;
import org.jinzai.engine.SimulationInput.Rotation;
import org.jinzai.engine.SimulationInput.Rule;
import org.jinzai.engine.SimulationInput.SpecialistStaysInIt;
import org.jinzai.engine.SimulationInput.SpreadStep;
import org.jinzai.engine.SimulationInput.Step3ToLargeProjects;
import org.jinzai.engine.SimulationResult;
import org.jinzai.engine.SimulationResult.Flow;
import org.junit.jupiter.api.Test;

/** Every rotation rule changes what it should, on a small organization where everyone is due to move. */
class RotationRulesTest {

    private static SimulationResult run(Inputs in) {
        return new MonteCarloEngine().run(in.build(), new RunOptions(10, 7, 2), ProgressListener.NONE);
    }

    /** Departments: 0 IS (with a large project in 2026 holding IS officers), 1 DX, 2-5 business. */
    private static Inputs organization(List<Rule> rules) {
        Inputs in = new Inputs();
        in.years = 1;
        in.departments.add(new Department("is", DepartmentKind.INFORMATION_SYSTEMS, 6, List.of(2026), List.of(Inputs.IS_OFFICER)));
        in.departments.add(new Department("dx", DepartmentKind.DX_PROMOTION, 6, List.of(), List.of()));
        in.departments(4, DepartmentKind.BUSINESS, 6);
        in.rotation = Inputs.rotation(1, rules);
        return in;
    }

    @Test
    void withoutRulesEveryoneDueMoves() {
        Inputs in = organization(List.of());
        for (int d = 0; d < 6; d++) {
            for (int k = 0; k < 6; k++) {
                in.staff.add(in.withStep("p" + d + "-" + k, d, d == 0 ? Inputs.IS_OFFICER : Inputs.GENERAL, 0, 24, false));
            }
        }
        SimulationResult result = run(in);
        assertEquals(36, result.flowSummary(Flow.MOVES, 0).mean(), 1e-9);
        assertEquals(0, result.flowSummary(Flow.BLOCKED_MOVES, 0).mean(), 1e-9);
    }

    @Test
    void noMoveDuringALargeProjectHoldsTheListedRoles() {
        for (boolean on : new boolean[] { false, true }) {
            Inputs in = organization(on ? List.of(new NoMoveDuringLargeProject("hold", true, 1)) : List.of());
            for (int k = 0; k < 6; k++) {
                in.staff.add(in.withStep("is" + k, 0, Inputs.IS_OFFICER, 0, 24, false));
                in.staff.add(in.withStep("b" + k, 2, Inputs.GENERAL, 0, 24, false));
            }
            double stayed = run(in).countSummary(0, Inputs.IS_OFFICER, 0, 0).mean();
            assertEquals(on ? 6 : 0, stayed, 1e-9, on ? "held during ガバメントクラウド移行" : "moved without the rule");
        }
    }

    /** Three IS officers and three general staff in the IS 課, six general staff in a business 課, all due this year. */
    private static void staffOfTheIsDepartmentAndBusiness(Inputs in) {
        for (int k = 0; k < 3; k++) {
            in.staff.add(in.withStep("is" + k, 0, Inputs.IS_OFFICER, 0, 24, false));
            in.staff.add(in.withStep("ig" + k, 0, Inputs.GENERAL, 0, 24, false));
        }
        for (int k = 0; k < 6; k++) {
            in.staff.add(in.withStep("b" + k, 2, Inputs.GENERAL, 0, 24, false));
        }
    }

    @Test
    void aLargeProjectHoldsOnlyTheRolesItsDepartmentLists() {
        // the IS 課 lists IS officers as held during its project: its three general staff move like everyone due
        for (boolean on : new boolean[] { false, true }) {
            Inputs in = organization(on ? List.of(new NoMoveDuringLargeProject("hold", true, 1)) : List.of());
            staffOfTheIsDepartmentAndBusiness(in);
            SimulationResult result = run(in);
            for (int r = 0; r < 10; r++) {
                assertEquals(on ? 9 : 12, result.flow(r, Flow.MOVES, 0), 1e-9, (on ? "with" : "without") + " the rule, replication " + r);
                assertEquals(on ? 3 : 0, result.count(r, 0, Inputs.IS_OFFICER, 0, 0), 1e-9, "IS officers in the IS 課");
            }
        }
    }

    @Test
    void eachLargeProjectHoldsItsOwnRolesInItsOwnYears() {
        // the IS 課 runs two projects: this year's holds IS officers, one in 2028 general staff; this year its three
        // general staff move like everyone due (both projects' roles were held in every project year: 6 moves, not 9)
        Inputs in = organization(List.of(new NoMoveDuringLargeProject("hold", true, 1)));
        in.departments.set(0, new Department("is", DepartmentKind.INFORMATION_SYSTEMS, 6, List.of(
                new LargeProject(2026, 2026, List.of(Inputs.IS_OFFICER)),
                new LargeProject(2028, 2029, List.of(Inputs.GENERAL)))));
        staffOfTheIsDepartmentAndBusiness(in);
        SimulationResult result = run(in);
        for (int r = 0; r < 10; r++) {
            assertEquals(9, result.flow(r, Flow.MOVES, 0), 1e-9, "everyone due but the IS officers moved, replication " + r);
            assertEquals(3, result.count(r, 0, Inputs.IS_OFFICER, 0, 0), 1e-9, "IS officers held in the IS 課");
        }
    }

    /**
     * Four business 課 of six staff, everyone due, the IS 課 without a project; three promoters in the first business 課
     * (the k-th at step {@code step(k)}), the others general staff.
     */
    private static Inputs threePromotersForFourDepartments(Rule rule, java.util.function.IntUnaryOperator step) {
        Inputs in = organization(List.of(rule));
        in.departments.set(0, new Department("is", DepartmentKind.INFORMATION_SYSTEMS, 6, List.of(), List.of()));
        for (int d = 2; d < 6; d++) {
            for (int k = 0; k < 6; k++) {
                boolean trained = d == 2 && k < 3;
                in.staff.add(in.withStep("z" + d + k, d, trained ? Inputs.PROMOTER : Inputs.GENERAL, trained ? step.applyAsInt(k) : 0, 24, false));
            }
        }
        return in;
    }

    @Test
    void aMinimumCountsOnlyTheStepItAsksFor() {
        // three Step1 promoters for four 課 under 'one at Step2 or above per 課': none of them counts, all four 課 are
        // reported (one at Step1 or above would leave one)
        Rule min = new HeadcountBound("one Step2 per 課", Inputs.PROMOTER, 2, 1, -1, DepartmentKind.BUSINESS, false, 3);
        Inputs in = threePromotersForFourDepartments(min, k -> 1);
        SimulationResult result = run(in);
        for (int r = 0; r < 10; r++) {
            assertEquals(4, result.ruleUnsatisfied(r, 0, 0), 1e-9, "replication " + r);
        }
    }

    @Test
    void specialistsStayInItRelatedDepartments() {
        for (boolean on : new boolean[] { false, true }) {
            Inputs in = organization(on ? List.of(new SpecialistStaysInIt("track", true, 1)) : List.of());
            for (int k = 0; k < 6; k++) {
                in.staff.add(in.withStep("is" + k, 0, Inputs.IS_OFFICER, 0, 24, true));
                in.staff.add(in.withStep("dx" + k, 1, Inputs.GENERAL, 0, 24, false));
                in.staff.add(in.withStep("b" + k, 2, Inputs.GENERAL, 0, 24, false));
            }
            SimulationResult result = run(in);
            double inIt = result.countSummary(0, Inputs.IS_OFFICER, 0, 0).mean() + result.countSummary(0, Inputs.IS_OFFICER, 0, 1).mean();
            if (on) {
                assertEquals(6, inIt, 1e-9, "all specialists in IS or DX");
                assertEquals(6, result.countSummary(0, Inputs.IS_OFFICER, 0, 1).mean(), 1e-9, "moved, to DX");
            } else {
                assertTrue(inIt < 6, "without the rule some leave IT: " + inIt);
            }
        }
    }

    @Test
    void isOfficersLeaveItOnlyAfterTheStep() {
        for (boolean on : new boolean[] { false, true }) {
            Inputs in = organization(on ? List.of(new LeaveItAfterStep("after step", Inputs.IS_OFFICER, 1, true, 1)) : List.of());
            for (int k = 0; k < 6; k++) {
                in.staff.add(in.withStep("low" + k, 0, Inputs.IS_OFFICER, k < 3 ? 0 : 1, 24, false));
                in.staff.add(in.withStep("b" + k, 2, Inputs.GENERAL, 0, 24, false));
            }
            SimulationResult result = run(in);
            double stepZeroOutsideIt = 0;
            for (int d = 2; d < 6; d++) {
                stepZeroOutsideIt += result.countSummary(0, Inputs.IS_OFFICER, 0, d).mean();
            }
            if (on) {
                assertEquals(0, stepZeroOutsideIt, 1e-9, "untrained IS officers stay in IT");
            } else {
                assertTrue(stepZeroOutsideIt > 0, "without the rule they leave IT");
            }
        }
    }

    @Test
    void theRotationMonthDecidesWhetherAJuneCourseHoldsItsTrainees() {
        // six promoters due to move, trained in June; nobody moves within six months of a course. Rotation in April:
        // before the course, all move; in October, four months after it, all are held; in December, six after, all move
        int[][] cases = { { 4, 6 }, { 10, 0 }, { 12, 6 } };
        for (int[] c : cases) {
            Inputs in = organization(List.of());
            in.rotation = new Rotation(1, 1, c[0], in.rotation.allowed(), List.of(new NoMoveAfterCourse("after course", 6, true, 1)));
            for (int k = 0; k < 6; k++) {
                in.staff.add(in.withStep("pr" + k, 2, Inputs.PROMOTER, 0, 24, false));
            }
            in.seats(0, 6, 6);
            SimulationResult result = run(in);
            for (int r = 0; r < 10; r++) {
                assertEquals(6, result.flow(r, Flow.TRAININGS, 0), 1e-9);
                assertEquals(c[1], result.flow(r, Flow.MOVES, 0), 1e-9, "rotation in month " + c[0] + ", replication " + r);
            }
        }
    }

    @Test
    void aRosterAfterTheFirstTransfersCountsTheYearServedSinceThem() {
        // six general staff with three years in a three-year post: due at the first April when the roster is from before
        // that April's transfers; when it is from after them, they stayed that April, so a fourth year is theirs and
        // they move the April after
        for (boolean after : new boolean[] { false, true }) {
            Inputs in = organization(List.of());
            in.years = 2;
            Rotation three = new Rotation(3, 3, 4, in.rotation.allowed(), List.of());
            in.rotation = new Rotation(three.tenure(), three.moveMonth(), three.allowed(), three.rules(), after);
            for (int k = 0; k < 6; k++) {
                in.staff.add(in.withStep("g" + k, 2, Inputs.GENERAL, 0, 36, false));
            }
            SimulationResult result = run(in);
            for (int r = 0; r < 10; r++) {
                assertEquals(after ? 0 : 6, result.flow(r, Flow.MOVES, 0), 1e-9, (after ? "after" : "before") + ", first April");
                assertEquals(after ? 6 : 0, result.flow(r, Flow.MOVES, 1), 1e-9, (after ? "after" : "before") + ", second April");
            }
        }
    }

    @Test
    void noMoveRightAfterACourse() {
        for (boolean on : new boolean[] { false, true }) {
            Inputs in = organization(on ? List.of(new NoMoveAfterCourse("after course", 12, true, 1)) : List.of());
            in.years = 2;
            in.departments.set(0, new Department("is", DepartmentKind.INFORMATION_SYSTEMS, 6, List.of(), List.of()));
            for (int k = 0; k < 6; k++) {
                // due to move in the second April only, just after the March course
                in.staff.add(in.withStep("pr" + k, 2, Inputs.PROMOTER, 0, 1, false));
                in.staff.add(in.withStep("g" + k, 3, Inputs.GENERAL, 0, 1, false));
            }
            in.seats(0, 6, 3); // trained in March, moved in April?
            SimulationResult result = run(in);
            double stillThere = result.countSummary(1, Inputs.PROMOTER, 1, 2).mean();
            assertEquals(on ? 6 : 0, stillThere, 1e-9, "trained promoters still in their 課 a year later");
        }
    }

    @Test
    void spreadStep2AcrossDepartments() {
        double[] concentration = new double[2];
        for (int on = 0; on < 2; on++) {
            Inputs in = organization(on == 1 ? List.of(new SpreadStep("spread", Inputs.PROMOTER, 2, false, 5)) : List.of());
            in.departments.set(0, new Department("is", DepartmentKind.INFORMATION_SYSTEMS, 6, List.of(), List.of()));
            // one large 課 with many free posts: placed in proportion, Step2 promoters would gather there
            in.departments.set(5, new Department("large", DepartmentKind.BUSINESS, 30, List.of(), List.of()));
            for (int d = 2; d < 6; d++) {
                for (int k = 0; k < 6; k++) {
                    boolean step2 = d == 2 && k < 4 || d == 3 && k < 4;
                    in.staff.add(in.withStep("x" + d + k, d, step2 ? Inputs.PROMOTER : Inputs.GENERAL, step2 ? 2 : 0, 24, false));
                }
            }
            SimulationResult result = run(in);
            double max = 0;
            for (int d = 0; d < 6; d++) {
                max = Math.max(max, result.countAtLeastSummary(0, Inputs.PROMOTER, 2, d).mean());
            }
            concentration[on] = max;
        }
        assertTrue(concentration[1] < concentration[0], "spread: most Step2 in one department " + concentration[1]
                + " with the rule vs " + concentration[0] + " without");
        assertTrue(concentration[1] <= 2, "at most two Step2 promoters together: " + concentration[1]);
    }

    @Test
    void aHardMinimumOutweighsAPreference() {
        // six business 課 with a Step3 promoter and five general staff each, everyone due; a large project in 課0. Step3
        // to large projects (weight 3) against one Step3 promoter per 課 (weight 1): soft, five go to 課0 (four 課 left
        // without); hard, one to each 課 (none left without)
        for (boolean hard : new boolean[] { false, true }) {
            Inputs in = Inputs.step3PromoterInEachOfSixDepartments();
            in.rotation = Inputs.rotation(1, List.of(new HeadcountBound("one per 課", Inputs.PROMOTER, 3, 1, -1, DepartmentKind.BUSINESS, hard, 1),
                    new Step3ToLargeProjects("step3", Inputs.PROMOTER, false, 3)));
            SimulationResult result = run(in);
            for (int r = 0; r < 10; r++) {
                assertEquals(hard ? 1 : 5, result.countAtLeast(r, 0, Inputs.PROMOTER, 3, 0), 1e-9, "hard " + hard + ", replication " + r);
                assertEquals(hard ? 0 : 4, result.ruleUnsatisfied(r, 0, 0), 1e-9, "hard " + hard + ", replication " + r);
            }
        }
    }

    @Test
    void aClassThatCanGoToOneDepartmentOnlyIsPlacedBeforeAFreerOne() {
        // specialists stay in IT: an IS officer of the DX 課 can only go to the IS 課 (one free post); a Step3 promoter of
        // a business 課, also a specialist, can go to either and prefers the IS 課's large project. Both move: the
        // officer to the IS 課, the promoter to the DX 課 (placed first, the promoter took the IS 課's post and the officer
        // could go nowhere)
        Inputs in = organization(List.of(new SpecialistStaysInIt("track", true, 1), new Step3ToLargeProjects("step3", Inputs.PROMOTER, false, 5)));
        for (int d = 0; d < 3; d++) {
            for (int k = 0; k < 5; k++) {
                in.staff.add(in.withStep("s" + d + k, d, Inputs.GENERAL, 0, 0, false));
            }
        }
        in.staff.add(in.withStep("officer", 1, Inputs.IS_OFFICER, 1, 24, true));
        in.staff.add(in.withStep("promoter", 2, Inputs.PROMOTER, 3, 24, true));
        SimulationResult result = run(in);
        for (int r = 0; r < 10; r++) {
            assertEquals(2, result.flow(r, Flow.MOVES, 0), 1e-9, "replication " + r);
            assertEquals(0, result.flow(r, Flow.BLOCKED_MOVES, 0), 1e-9, "replication " + r);
            assertEquals(1, result.countAtLeast(r, 0, Inputs.IS_OFFICER, 0, 0), 1e-9, "the officer in the IS 課");
            assertEquals(1, result.countAtLeast(r, 0, Inputs.PROMOTER, 3, 1), 1e-9, "the promoter in the DX 課");
        }
    }

    @Test
    void aSpreadCountsTheMoversOfEveryStepTogether() {
        // four promoters at Step2 and Step3 (two of each) leave 課2 and 課3 for the others, with a large 課 of many free
        // posts; spread from Step2 on: never two of them in one 課 (each step once saw only its own movers there)
        Inputs in = organization(List.of(new SpreadStep("spread", Inputs.PROMOTER, 2, false, 5)));
        in.departments.set(0, new Department("is", DepartmentKind.INFORMATION_SYSTEMS, 6, List.of(), List.of()));
        in.departments.set(5, new Department("large", DepartmentKind.BUSINESS, 30, List.of(), List.of()));
        for (int d = 2; d < 6; d++) {
            for (int k = 0; k < 6; k++) {
                boolean promoter = (d == 2 || d == 3) && k < 2;
                in.staff.add(in.withStep("x" + d + k, d, promoter ? Inputs.PROMOTER : Inputs.GENERAL, promoter ? 2 + k : 0, 24, false));
            }
        }
        SimulationResult result = run(in);
        for (int r = 0; r < 10; r++) {
            for (int d = 0; d < 6; d++) {
                assertTrue(result.countAtLeast(r, 0, Inputs.PROMOTER, 2, d) <= 1, "replication " + r + ", 課" + d);
            }
        }
    }

    @Test
    void step3GoesWhereTheLargeProjectIs() {
        for (boolean on : new boolean[] { false, true }) {
            Inputs in = organization(on ? List.of(new Step3ToLargeProjects("step3", Inputs.PROMOTER, false, 10)) : List.of());
            in.departments.set(0, new Department("is", DepartmentKind.INFORMATION_SYSTEMS, 6, List.of(), List.of()));
            in.departments.set(5, new Department("reform", DepartmentKind.BUSINESS, 6, List.of(2026), List.of()));
            for (int d = 2; d < 6; d++) {
                for (int k = 0; k < 6; k++) {
                    boolean step3 = d == 2 && k < 2;
                    in.staff.add(in.withStep("y" + d + k, d, step3 ? Inputs.PROMOTER : Inputs.GENERAL, step3 ? 3 : 0, 24, false));
                }
            }
            // without the rule they would be spread; with it both go where the reform project is
            if (!on) {
                in.rotation = Inputs.rotation(1, List.of(new SpreadStep("spread", Inputs.PROMOTER, 3, false, 5)));
            } else {
                in.rotation = Inputs.rotation(1, List.of(new SpreadStep("spread", Inputs.PROMOTER, 3, false, 5),
                        new Step3ToLargeProjects("step3", Inputs.PROMOTER, false, 20)));
            }
            SimulationResult result = run(in);
            double atReform = result.countAtLeastSummary(0, Inputs.PROMOTER, 3, 5).mean();
            if (on) {
                assertEquals(2, atReform, 1e-9, "both Step3 promoters where the reform project is");
            } else {
                // which departments they go to is a tie; that they go to different ones is not
                for (int d = 0; d < 6; d++) {
                    assertTrue(result.countAtLeastSummary(0, Inputs.PROMOTER, 3, d).mean() <= 1, "spread: at most one in " + d);
                }
                assertEquals(2, result.countAtLeastSummary(0, Inputs.PROMOTER, 3, -1).mean(), 1e-9, "both still there");
            }
        }
    }

    @Test
    void minimumPerDepartmentFillsTheGapsAndReportsWhatItCannot() {
        double[] unmet = new double[2];
        for (int on = 0; on < 2; on++) {
            Rule min = new HeadcountBound("one per 課", Inputs.PROMOTER, 1, 1, -1, DepartmentKind.BUSINESS, false, 3);
            Inputs in = organization(on == 1 ? List.of(min) : List.of());
            in.departments.set(0, new Department("is", DepartmentKind.INFORMATION_SYSTEMS, 6, List.of(), List.of()));
            for (int d = 2; d < 6; d++) {
                for (int k = 0; k < 6; k++) {
                    boolean trained = d == 2 && k < 3; // three trained promoters for four 課
                    in.staff.add(in.withStep("z" + d + k, d, trained ? Inputs.PROMOTER : Inputs.GENERAL, trained ? 1 : 0, 24, false));
                }
            }
            if (on == 0) {
                in.rotation = Inputs.rotation(1, List.of(new HeadcountBound("report only", Inputs.PROMOTER, 1, 1, -1,
                        DepartmentKind.BUSINESS, false, 0)));
            }
            unmet[on] = run(in).ruleSummary(0, 0).mean();
        }
        assertEquals(1, unmet[1], 1e-9, "three promoters cover three of four 課; the fourth is reported");
        assertTrue(unmet[0] > unmet[1], "without weight more 課 are left without: " + unmet[0]);
    }

    @Test
    void aMinimumCountsTheMoversOfEveryStepTogether() {
        // as above, the three promoters at Step1, Step2 and Step3: they still cover three of the four 課
        Rule min = new HeadcountBound("one per 課", Inputs.PROMOTER, 1, 1, -1, DepartmentKind.BUSINESS, false, 3);
        Inputs in = threePromotersForFourDepartments(min, k -> k + 1);
        SimulationResult result = run(in);
        for (int r = 0; r < 10; r++) {
            assertEquals(1, result.ruleUnsatisfied(r, 0, 0), 1e-9, "replication " + r);
        }
    }

    @Test
    void forbiddenTransfersAreNeverMade() {
        Inputs in = organization(List.of());
        in.departments.add(new Department("hr", DepartmentKind.HR, 6, List.of(), List.of()));
        in.rotation.allowed()[DepartmentKind.BUSINESS.ordinal()][DepartmentKind.HR.ordinal()] = false;
        in.rotation = new org.jinzai.engine.SimulationInput.Rotation(1, 1, 4, allowedExcept(DepartmentKind.BUSINESS, DepartmentKind.HR), List.of());
        for (int d = 2; d < 6; d++) {
            for (int k = 0; k < 6; k++) {
                in.staff.add(in.withStep("w" + d + k, d, Inputs.GENERAL, 0, 24, false));
            }
        }
        assertEquals(0, run(in).countSummary(0, Inputs.GENERAL, 0, 6).mean(), 1e-9, "nobody from business to HR");
    }

    private static boolean[][] allowedExcept(DepartmentKind from, DepartmentKind to) {
        boolean[][] allowed = new boolean[5][5];
        for (boolean[] row : allowed) {
            java.util.Arrays.fill(row, true);
        }
        allowed[from.ordinal()][to.ordinal()] = false;
        return allowed;
    }
}
