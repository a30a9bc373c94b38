package org.jinzai.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jinzai.engine.MonteCarloEngine;
import org.jinzai.engine.ProgressListener;
import org.jinzai.engine.RunOptions;
import org.jinzai.engine.SimulationInput;
import org.jinzai.engine.SimulationInput.Channel;
import org.jinzai.engine.SimulationInput.ChannelKind;
import org.jinzai.engine.SimulationInput.DepartmentKind;
import org.jinzai.engine.SimulationInput.Employment;
import org.jinzai.engine.SimulationInput.Staff;
import org.jinzai.engine.SimulationInput.TargetKind;
import org.jinzai.engine.SimulationInput.TargetSpec;
import org.jinzai.engine.SimulationResult;
import org.jinzai.engine.SimulationResult.DepartmentFlow;
import org.jinzai.engine.SimulationResult.Flow;
import org.junit.jupiter.api.Test;

/**
 * Flows per department (課): the moves in and out, hires and leavers of each 課, known answers on a tiny deterministic
 * town, and conservation against the organization's flows and the 課's own headcount.
 */
class DepartmentFlowsTest {

    private static SimulationResult run(SimulationInput input, int replications, int threads) {
        return new MonteCarloEngine().run(input, new RunOptions(replications, 11, threads), ProgressListener.NONE);
    }

    /**
     * 課A (2 posts): one regular member who is due to move in April of the second year, and a fixed-term member whose
     * term ends in FY2027; 課B (1 post): empty; 課C (1 post): filled by a fixed-term hire in April of the first year.
     * Nobody resigns. Year 1: the hire into C. Year 2: the member moves A → B (the only free post). Year 3: the
     * fixed-term member leaves A, and the member, due again, moves B → A.
     */
    @Test
    void oneMoveAHireAndALeaverAreCountedInTheirDepartmentAndYear() {
        Inputs in = new Inputs();
        in.years = 3;
        in.departments(2, DepartmentKind.BUSINESS, 1);
        in.departments.set(0, new SimulationInput.Department("a", DepartmentKind.BUSINESS, 2, List.of(), List.of()));
        in.departments(1, DepartmentKind.BUSINESS, 1);
        in.staff.add(in.person("mover", 0, Inputs.GENERAL, 1990, Employment.REGULAR, 0, false));
        // fixed-term: its term ends in FY2027, so it leaves at the start of FY2028
        in.staff.add(in.person("term", 0, Inputs.GENERAL, 1990, Employment.FIXED_TERM, 0, false));
        in.channels.add(Channel.builder("expert", ChannelKind.FIXED_TERM, Inputs.GENERAL, 2).termYears(5).planned(1, 0, 0).build());
        in.rotation = Inputs.rotation(1, List.of());
        SimulationResult result = run(in.build(), 4, 2);
        int a = 0, b = 1, c = 2;
        for (int r = 0; r < 4; r++) {
            // moves in, moves out, hires, leavers, staff at the year's end; of 課A, B, C
            expect(result, r, 0, new int[][] { { 0, 0, 0 }, { 0, 0, 0 }, { 0, 0, 1 }, { 0, 0, 0 }, { 2, 0, 1 } });
            expect(result, r, 1, new int[][] { { 0, 1, 0 }, { 1, 0, 0 }, { 0, 0, 0 }, { 0, 0, 0 }, { 1, 1, 1 } });
            expect(result, r, 2, new int[][] { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 0 }, { 1, 0, 0 }, { 1, 0, 1 } });
        }
        assertEquals(1.0, result.departmentFlowSummary(DepartmentFlow.MOVES_OUT, 1, a).mean());
        assertEquals(1.0, result.departmentFlowSummary(DepartmentFlow.MOVES_IN, 1, b).p10());
        assertEquals(0.0, result.departmentFlowSummary(DepartmentFlow.MOVES_IN, 1, c).p90());
    }

    /** Flows of a year, per {@link DepartmentFlow} (in, out, hires, leavers, staff) and department, in a replication. */
    private static void expect(SimulationResult result, int r, int y, int[][] byFlowAndDepartment) {
        for (DepartmentFlow flow : DepartmentFlow.values()) {
            for (int d = 0; d < result.departments(); d++) {
                assertEquals(byFlowAndDepartment[flow.ordinal()][d], result.departmentFlow(r, flow, y, d),
                        flow + " of department " + d + " in year " + y + ", replication " + r);
            }
        }
    }

    /**
     * With rotation, resignations, retirements, terms ending and hires placed in the emptiest 課: replication by
     * replication and year, the moves in and the moves out over all 課 each equal the organization's moves, hires and
     * leavers theirs, the 課's staff the organization's, and each 課's staff change by exactly its hires and moves in less its moves out and leavers.
     * The same numbers come from one thread and from three.
     */
    @Test
    void departmentFlowsAddUpToTheOrganizationsAndExplainEachDepartmentsStaff() {
        Inputs in = new Inputs().departments(6, DepartmentKind.BUSINESS, 12).departments(1, DepartmentKind.INFORMATION_SYSTEMS, 4);
        for (int d = 0; d < 6; d++) {
            in.staff(d, Inputs.GENERAL, 9).staff(d, Inputs.PROMOTER, 1);
        }
        in.staff(6, Inputs.IS_OFFICER, 3);
        in.rateByType = new double[] { 0.08, 0.2, 0.3, 0.3 };
        in.retirementAge = 60;
        in.staff.add(in.person("old", 0, Inputs.GENERAL, 1966, Employment.REGULAR, 0, false));
        in.staff.add(in.person("temp", 1, Inputs.GENERAL, 1990, Employment.FIXED_TERM, 0, false));
        in.channels.add(Channel.builder("grads", ChannelKind.NEW_GRADUATE, Inputs.GENERAL, -1).fill(0.9).planned(3, 3, 3, 3, 3).build());
        in.channels.add(Channel.builder("ict", ChannelKind.ICT_SLOT, Inputs.IS_OFFICER, 6).month(10).planned(1, 0, 1, 0, 0).build());
        in.rotation = Inputs.rotation(2, List.of());
        SimulationInput input = in.build();
        SimulationResult result = run(input, 30, 1);
        SimulationResult three = run(input, 30, 3);
        int departments = result.departments();
        double movesSeen = 0;
        for (int r = 0; r < 30; r++) {
            double[] before = new double[departments];
            for (Staff s : input.staff()) {
                before[s.department()]++;
            }
            for (int y = 0; y < 5; y++) {
                for (DepartmentFlow flow : DepartmentFlow.values()) {
                    double sum = 0;
                    for (int d = 0; d < departments; d++) {
                        double value = result.departmentFlow(r, flow, y, d);
                        assertTrue(value >= 0, "a negative flow");
                        assertEquals(value, three.departmentFlow(r, flow, y, d), "the same for three threads");
                        sum += value;
                    }
                    assertEquals(result.flow(r, flow.total(), y), sum, 1e-9, flow + " over all 課, replication " + r + " year " + y);
                }
                movesSeen += result.flow(r, Flow.MOVES, y);
                for (int d = 0; d < departments; d++) {
                    double now = 0;
                    for (int p = 0; p < result.personas(); p++) {
                        for (int s = 0; s <= 3; s++) {
                            now += result.count(r, y, p, s, d);
                        }
                    }
                    double expected = before[d] + result.departmentFlow(r, DepartmentFlow.HIRES, y, d)
                            + result.departmentFlow(r, DepartmentFlow.MOVES_IN, y, d) - result.departmentFlow(r, DepartmentFlow.MOVES_OUT, y, d)
                            - result.departmentFlow(r, DepartmentFlow.LEAVERS, y, d);
                    assertEquals(expected, now, 1e-9, "staff of department " + d + ", replication " + r + " year " + y);
                    assertEquals(now, result.departmentFlow(r, DepartmentFlow.HEADCOUNT, y, d), "the 課's staff at the year's end");
                    before[d] = now;
                }
            }
        }
        assertTrue(movesSeen > 0, "the rotation moved someone");
    }

    /** A target of every business 課 concerns the business 課, not the information-systems one. */
    @Test
    void aTargetOfEveryDepartmentSaysWhichDepartmentsItConcerns() {
        Inputs in = new Inputs().departments(3, DepartmentKind.BUSINESS, 5).departments(1, DepartmentKind.INFORMATION_SYSTEMS, 5);
        in.staff(0, Inputs.PROMOTER, 1).staff(1, Inputs.GENERAL, 1).staff(3, Inputs.PROMOTER, 1);
        in.years = 1;
        in.targets.add(TargetSpec.ofEachDepartment("each", TargetKind.HEADCOUNT_AT_STEP, Inputs.PROMOTER, 0, DepartmentKind.BUSINESS, 1));
        in.targets.add(TargetSpec.ofOrganization("all", TargetKind.HEADCOUNT_AT_STEP, Inputs.PROMOTER, 0, 1));
        SimulationResult result = run(in.build(), 3, 1);
        assertEquals(3, result.departmentsInScope(0));
        for (int d = 0; d < 3; d++) {
            assertTrue(result.departmentInScope(0, d), "business 課 " + d);
            assertFalse(result.departmentInScope(1, d), "an organization-wide target concerns no 課 by itself");
        }
        assertFalse(result.departmentInScope(0, 3), "the information-systems 課");
        assertEquals(0.0, result.probabilityDepartmentMisses(0, 0, 0), "課 0 has its promoter");
        assertEquals(1.0, result.probabilityDepartmentMisses(0, 0, 1), "課 1 has none");
        assertEquals(1.0, result.probabilityDepartmentMisses(0, 0, 2), "課 2 has nobody");
    }
}
