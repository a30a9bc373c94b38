package org.jinzai.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jinzai.engine.AnalyticEngine;
import org.jinzai.engine.MonteCarloEngine;
import org.jinzai.engine.ProgressListener;
import org.jinzai.engine.RunOptions;
import org.jinzai.engine.SimulationInput;
import org.jinzai.engine.SimulationInput.Channel;
import org.jinzai.engine.SimulationInput.ChannelKind;
import org.jinzai.engine.SimulationInput.DepartmentKind;
import org.jinzai.engine.SimulationInput.ProjectPlan;
import org.jinzai.engine.SimulationInput.TargetKind;
import org.jinzai.engine.SimulationInput.TargetSpec;
import org.jinzai.engine.SimulationResult;
import org.jinzai.engine.SimulationResult.Flow;
import org.jinzai.engine.Summary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Monte Carlo mean agrees with the analytic expectation on models without capacity limits, appointments
 * or rotation: every count, every year, within 4 standard errors of the Monte Carlo mean (plus 0.02 for
 * counts that are almost never non-zero). With 400 replications a false alarm has a probability of about
 * 6e-5 per comparison.
 */
class AnalyticAgreementTest {

    private static SimulationInput model(double rate) {
        return model(rate, 0.8, 0.6);
    }

    private static SimulationInput model(double rate, double gradsFill, double ictFill) {
        Inputs in = new Inputs().departments(6, DepartmentKind.BUSINESS, 30);
        for (int d = 0; d < 6; d++) {
            in.staff(d, Inputs.GENERAL, 20).staff(d, Inputs.PROMOTER, 5);
        }
        in.departments(1, DepartmentKind.INFORMATION_SYSTEMS, 10);
        in.staff(6, Inputs.IS_OFFICER, 6);
        in.rateByType = new double[] { rate, rate * 2, 0.2, 0.2 };
        in.specialistMultiplier = 1.5;
        in.seats(0, 1000, 6); // more seats than candidates: no capacity limit
        in.seats(1, 1000, 9);
        for (int d = 0; d < 6; d++) {
            for (int y = 0; y < 5; y++) {
                in.projects.add(new ProjectPlan(d, 2026 + y, 1, 12, 100, 7));
            }
        }
        in.channels.add(Channel.builder("grads", ChannelKind.NEW_GRADUATE, Inputs.GENERAL, -1).fill(gradsFill)
                .planned(6, 6, 6, 6, 6).build());
        in.channels.add(Channel.builder("ict", ChannelKind.ICT_SLOT, Inputs.IS_OFFICER, 6).fill(ictFill).passRate(ictFill == 1 ? 1 : 0.5).leadTimeMonths(2)
                .planned(2, 2, 2, 2, 2).specialist(true).build());
        in.channels.add(Channel.builder("term", ChannelKind.FIXED_TERM, Inputs.PROMOTER, 0).fte(0.5).termYears(2)
                .planned(1, 1, 1, 1, 1).build());
        // hires of one persona only (the grads), and of everyone
        in.targets.add(TargetSpec.ofOrganization("general-hires", TargetKind.NEW_HIRES, Inputs.GENERAL, 0, 5, 5, 5, 5, 5));
        in.targets.add(TargetSpec.ofOrganization("all-hires", TargetKind.NEW_HIRES, -1, 0, 5, 5, 5, 5, 5));
        return in.build();
    }

    @ParameterizedTest
    @ValueSource(doubles = { 0.0, 0.03, 0.1, 0.3 })
    void monteCarloMeanMatchesTheExpectation(double rate) {
        SimulationInput input = model(rate);
        SimulationResult mc = new MonteCarloEngine().run(input, new RunOptions(400, 11, 2), ProgressListener.NONE);
        AnalyticEngine.Result exact = new AnalyticEngine().run(input);
        for (int y = 0; y < 5; y++) {
            for (int p = 0; p < 3; p++) {
                for (int s = 0; s <= 3; s++) {
                    Summary summary = mc.countSummary(y, p, s, -1);
                    double tolerance = 4 * summary.standardError() + 0.02;
                    assertEquals(exact.count(y, p, s, -1), summary.mean(), tolerance,
                            "rate " + rate + ", year " + y + ", persona " + p + ", step " + s);
                }
            }
            for (int t = 0; t < 2; t++) {
                Summary target = mc.targetSummary(t, y);
                assertEquals(exact.target(t, y), target.mean(), 4 * target.standardError() + 0.02, "target " + t + " in year " + y);
            }
            Summary hires = mc.flowSummary(Flow.HIRES, y);
            assertEquals(exact.hires(y), hires.mean(), 4 * hires.standardError() + 0.02, "hires in year " + y);
            Summary leavers = mc.flowSummary(Flow.LEAVERS, y);
            assertEquals(exact.leavers(y), leavers.mean(), 4 * leavers.standardError() + 0.02, "leavers in year " + y);
        }
    }

    @Test
    void withoutAnyRandomnessBothEnginesGiveTheSameNumbers() {
        SimulationInput input = model(0.0, 1.0, 1.0);
        AnalyticEngine.Result exact = new AnalyticEngine().run(input);
        SimulationResult mc = new MonteCarloEngine().run(input, new RunOptions(3, 3, 2), ProgressListener.NONE);
        for (int r = 0; r < 3; r++) {
            for (int y = 0; y < 5; y++) {
                for (int p = 0; p < 3; p++) {
                    for (int s = 0; s <= 3; s++) {
                        for (int d = -1; d < 7; d++) {
                            assertEquals(exact.count(y, p, s, d), mc.count(r, y, p, s, d), 1e-9,
                                    "year " + y + " persona " + p + " step " + s + " department " + d);
                        }
                    }
                }
                assertEquals(exact.hires(y), mc.flow(r, Flow.HIRES, y), 1e-9);
            }
        }
    }
}
