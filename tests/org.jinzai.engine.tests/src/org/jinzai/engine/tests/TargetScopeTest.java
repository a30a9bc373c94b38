package org.jinzai.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.jinzai.engine.AnalyticEngine;
import org.jinzai.engine.MonteCarloEngine;
import org.jinzai.engine.ProgressListener;
import org.jinzai.engine.RunOptions;
import org.jinzai.engine.SimulationInput;
import org.jinzai.engine.SimulationInput.Channel;
import org.jinzai.engine.SimulationInput.ChannelKind;
import org.jinzai.engine.SimulationInput.DepartmentKind;
import org.jinzai.engine.SimulationInput.TargetKind;
import org.jinzai.engine.SimulationInput.TargetScope;
import org.jinzai.engine.SimulationInput.TargetSpec;
import org.jinzai.engine.SimulationResult;
import org.junit.jupiter.api.Test;

/**
 * A target counts only within its scope (the organization, one department, a kind of department, each department), for
 * every kind of target: known answers on a small organization where everything is certain, in both engines.
 */
class TargetScopeTest {

    /**
     * Business 課0 (4 general staff) and 課1 (6), information-systems 課2 (2 IS officers); every April, certain hires:
     * 3 general staff into 課0, 2 into 課1, one IS officer into 課2.
     */
    private static Inputs organization() {
        Inputs in = new Inputs().departments(2, DepartmentKind.BUSINESS, 20).departments(1, DepartmentKind.INFORMATION_SYSTEMS, 20);
        in.staff(0, Inputs.GENERAL, 4).staff(1, Inputs.GENERAL, 6).staff(2, Inputs.IS_OFFICER, 2);
        in.years = 2;
        in.channels.add(Channel.builder("grads-0", ChannelKind.NEW_GRADUATE, Inputs.GENERAL, 0).planned(3, 3).build());
        in.channels.add(Channel.builder("grads-1", ChannelKind.NEW_GRADUATE, Inputs.GENERAL, 1).planned(2, 2).build());
        in.channels.add(Channel.builder("ict", ChannelKind.ICT_SLOT, Inputs.IS_OFFICER, 2).planned(1, 1).build());
        return in;
    }

    private static TargetSpec target(String id, TargetKind kind, int persona, TargetScope scope, int department, DepartmentKind kind2,
            double value) {
        return new TargetSpec(id, kind, persona, 0, scope, department, kind2, -1, new double[] { value, value }, false);
    }

    @Test
    void aNewHiresTargetCountsTheHiresOfItsScope() {
        Inputs in = organization();
        in.targets.addAll(List.of(
                target("all", TargetKind.NEW_HIRES, -1, TargetScope.ORGANIZATION, -1, null, 1),
                target("is-officers", TargetKind.NEW_HIRES, Inputs.IS_OFFICER, TargetScope.ORGANIZATION, -1, null, 1),
                target("of-1", TargetKind.NEW_HIRES, -1, TargetScope.DEPARTMENT, 1, null, 1),
                target("of-business", TargetKind.NEW_HIRES, -1, TargetScope.DEPARTMENT_KIND, -1, DepartmentKind.BUSINESS, 1),
                target("general-of-is", TargetKind.NEW_HIRES, Inputs.GENERAL, TargetScope.DEPARTMENT_KIND, -1,
                        DepartmentKind.INFORMATION_SYSTEMS, 1),
                // two hires or more in each department: 課0 (3) and 課1 (2), not 課2 (1)
                target("two-each", TargetKind.NEW_HIRES, -1, TargetScope.EACH_DEPARTMENT, -1, null, 2)));
        double[] each = { 6, 1, 2, 5, 0, 2 };
        double[][] expected = new double[each.length][];
        for (int t = 0; t < each.length; t++) {
            expected[t] = new double[] { each[t], each[t] };
        }
        AnalyticEngine.Result preview = assertTargets(in.build(), expected);
        // the preview's expected number of departments with two hires or more, each department's hires taken as Poisson
        double twoOrMore = 0;
        for (double mean : new double[] { 3, 2, 1 }) {
            twoOrMore += 1 - Math.exp(-mean) * (1 + mean);
        }
        assertEquals(twoOrMore, preview.target(5, 0), 1e-9);
    }

    @Test
    void aHeadcountTargetCountsTheStaffOfItsScope() {
        Inputs in = organization();
        in.targets.addAll(List.of(
                target("of-1", TargetKind.HEADCOUNT_AT_STEP, Inputs.GENERAL, TargetScope.DEPARTMENT, 1, null, 1),
                target("of-business", TargetKind.HEADCOUNT_AT_STEP, Inputs.GENERAL, TargetScope.DEPARTMENT_KIND, -1,
                        DepartmentKind.BUSINESS, 1),
                target("is-of-is", TargetKind.HEADCOUNT_AT_STEP, Inputs.IS_OFFICER, TargetScope.DEPARTMENT_KIND, -1,
                        DepartmentKind.INFORMATION_SYSTEMS, 1),
                target("is-of-business", TargetKind.HEADCOUNT_AT_STEP, Inputs.IS_OFFICER, TargetScope.DEPARTMENT_KIND, -1,
                        DepartmentKind.BUSINESS, 1)));
        // at the end of each year: 課1 6 + 2 a year; business 10 + 5 a year; IS officers 2 + 1 a year, all in 課2
        assertTargets(in.build(), new double[][] { { 8, 10 }, { 15, 20 }, { 3, 4 }, { 0, 0 } });
    }

    /**
     * Each target's value in each of the two years, in every replication and in the preview (but for targets of each
     * department, which the preview counts from expected amounts); returns the preview.
     */
    private static AnalyticEngine.Result assertTargets(SimulationInput input, double[][] expected) {
        SimulationResult result = new MonteCarloEngine().run(input, new RunOptions(3, 7, 2), ProgressListener.NONE);
        AnalyticEngine.Result preview = new AnalyticEngine().run(input);
        for (int t = 0; t < expected.length; t++) {
            String id = input.targets().get(t).id();
            for (int y = 0; y < 2; y++) {
                for (int r = 0; r < 3; r++) {
                    assertEquals(expected[t][y], result.targetValue(r, t, y), 1e-9, id + ", year " + y);
                }
                if (input.targets().get(t).scope() != TargetScope.EACH_DEPARTMENT) {
                    assertEquals(expected[t][y], preview.target(t, y), 1e-9, "preview: " + id + ", year " + y);
                }
            }
        }
        return preview;
    }
}
