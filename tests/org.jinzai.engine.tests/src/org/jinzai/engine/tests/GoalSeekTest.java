package org.jinzai.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;

import org.jinzai.engine.GoalSeek;
import org.jinzai.engine.MonteCarloEngine;
import org.jinzai.engine.ProgressListener;
import org.jinzai.engine.RunOptions;
import org.jinzai.engine.SimulationInput;
import org.jinzai.engine.SimulationInput.DepartmentKind;
import org.jinzai.engine.SimulationInput.TargetKind;
import org.jinzai.engine.SimulationInput.TargetSpec;
import org.junit.jupiter.api.Test;

/** Goal-seek finds the smallest number of seats a year that meets a target with the wanted probability. */
class GoalSeekTest {

    /** 50 課 × 2 untrained promoters; the lever is the seats of the promoter course each year; 100 Step1 in year 5. */
    private static IntFunction<SimulationInput> promoters(double leavingRate) {
        return seats -> {
            Inputs in = new Inputs().departments(50, DepartmentKind.BUSINESS, 10);
            for (int d = 0; d < 50; d++) {
                in.staff(d, Inputs.PROMOTER, 2).staff(d, Inputs.GENERAL, 8);
            }
            in.rateByType = new double[] { leavingRate, leavingRate, 0, 0 };
            in.seats(0, seats, 6);
            // with 5 % leaving a year about 77 of the 100 are still there after five years
            double wanted = leavingRate == 0 ? 100 : 70;
            in.targets.add(TargetSpec.ofOrganization("step1", TargetKind.HEADCOUNT_AT_STEP, Inputs.PROMOTER, 1, Inputs.values(5, 4, wanted)));
            return in.build();
        };
    }

    @Test
    void twentySeatsAYearIsTheExactMinimumWithoutAttrition() {
        GoalSeek.Outcome outcome = GoalSeek.seek(promoters(0), 0, 4, 0.9, 0, 60, new RunOptions(20, 5, 2), ProgressListener.NONE);
        assertTrue(outcome.feasible());
        assertEquals(20, outcome.value());
        assertEquals(1.0, outcome.probability());
        assertTrue(outcome.evaluations().size() <= 9, "bisection: " + outcome.evaluations());
        // 19 seats a year were tried or lie below a value that failed
        assertTrue(outcome.evaluations().stream().anyMatch(e -> e.value() < 20 && e.probability() < 0.9));
    }

    @Test
    void aRangeThatCannotReachTheGoalSaysSoWithTheBestProbability() {
        GoalSeek.Outcome outcome = GoalSeek.seek(promoters(0), 0, 4, 0.9, 0, 15, new RunOptions(20, 5, 2), ProgressListener.NONE);
        assertFalse(outcome.feasible());
        assertNull(outcome.value());
        assertEquals(0.0, outcome.probability());
        assertEquals(1, outcome.evaluations().size(), "the top of the range is enough to know");
        GoalSeek.Outcome lowEnough = GoalSeek.seek(promoters(0), 0, 4, 0.9, 25, 60, new RunOptions(20, 5, 2), ProgressListener.NONE);
        assertEquals(25, lowEnough.value(), "the bottom of the range already meets it");
    }

    @Test
    void withAttritionTheAnswerIsStableAcrossSeedsAndTheProbabilityRisesWithTheLever() {
        List<Integer> answers = new ArrayList<>();
        for (long seed : new long[] { 1, 2, 3 }) {
            GoalSeek.Outcome outcome = GoalSeek.seek(promoters(0.05), 0, 4, 0.9, 0, 60, new RunOptions(300, seed, 2),
                    ProgressListener.NONE);
            assertTrue(outcome.feasible());
            answers.add(outcome.value());
            assertTrue(outcome.low() <= outcome.probability() && outcome.probability() <= outcome.high());
            assertTrue(outcome.probability() >= 0.9);
            // common random numbers: more seats never lower the probability (on the same replications)
            for (int n : outcome.evaluations().stream().map(GoalSeek.Evaluation::replications).distinct().toList()) {
                List<GoalSeek.Evaluation> byValue = new ArrayList<>(outcome.evaluations().stream().filter(e -> e.replications() == n).toList());
                byValue.sort(Comparator.comparingInt(GoalSeek.Evaluation::value));
                for (int i = 1; i < byValue.size(); i++) {
                    assertTrue(byValue.get(i).probability() >= byValue.get(i - 1).probability(), byValue.toString());
                }
            }
        }
        int spread = answers.stream().mapToInt(Integer::intValue).max().getAsInt()
                - answers.stream().mapToInt(Integer::intValue).min().getAsInt();
        assertTrue(spread <= 2, "the minimum seats agree across seeds within 2: " + answers);
        // between none and the top of the range
        assertTrue(answers.get(0) > 10 && answers.get(0) < 60, answers.toString());
    }

    @Test
    void aCertaintyWantedIsNeverDecidedBeforeEveryReplicationMetTheTarget() {
        // without leaving, 20 seats a year give exactly 100 in every replication: probability 1 at 20 and above
        GoalSeek.Outcome outcome = GoalSeek.seek(promoters(0), 0, 4, 1.0, 0, 60, new RunOptions(800, 5, 2), ProgressListener.NONE);
        assertEquals(20, outcome.value());
        for (GoalSeek.Evaluation e : outcome.evaluations()) {
            if (e.probability() >= 1.0) {
                assertEquals(800, e.replications(), "a value meets a certainty only on all the replications: " + e);
            } else {
                assertTrue(e.replications() <= 800, e.toString());
            }
        }
        assertTrue(outcome.evaluations().stream().anyMatch(e -> e.probability() < 1.0 && e.replications() < 800),
                "a value that fails is still decided early: " + outcome.evaluations());
    }

    @Test
    void aValueFarFromTheAnswerIsDecidedOnFewerReplicationsAndTheAnswerIsThatOfFullRuns() {
        IntFunction<SimulationInput> inputs = promoters(0.05);
        RunOptions options = new RunOptions(800, 7, 2);
        GoalSeek.Outcome outcome = GoalSeek.seek(inputs, 0, 4, 0.9, 0, 200, options, ProgressListener.NONE);
        assertTrue(outcome.feasible());
        // the top of the range (200 seats: everyone trained in the first year) and the bottom (none) are far from 90 %
        GoalSeek.Evaluation top = outcome.evaluations().get(0);
        GoalSeek.Evaluation bottom = outcome.evaluations().get(1);
        assertEquals(200, top.value());
        assertEquals(0, bottom.value());
        assertTrue(top.replications() < 800 && top.probability() > 0.9, "a value that surely meets the target is decided early: " + top);
        assertEquals(100, bottom.replications(), "one that surely fails on an eighth of the replications: " + bottom);
        assertTrue(outcome.evaluations().stream().allMatch(e -> e.replications() == 100 || e.replications() == 200
                || e.replications() == 400 || e.replications() == 800), outcome.evaluations().toString());
        int total = outcome.evaluations().stream().mapToInt(GoalSeek.Evaluation::replications).sum();
        assertTrue(total < 800 * outcome.evaluations().size() * 3 / 4, "fewer replications than full runs: " + outcome.evaluations());
        // the answer is the one full runs give: it meets the target on all 800 replications, one seat fewer does not
        int answer = outcome.value();
        double at = new MonteCarloEngine().run(inputs.apply(answer), options, ProgressListener.NONE).probabilityMet(0, 4);
        double below = new MonteCarloEngine().run(inputs.apply(answer - 1), options, ProgressListener.NONE).probabilityMet(0, 4);
        assertTrue(at >= 0.9, "at the answer " + answer + ": " + at);
        assertTrue(below < 0.9, "one seat fewer: " + below);
        // a value that ran all the replications has the probability of a full run, exactly
        for (GoalSeek.Evaluation e : outcome.evaluations()) {
            if (e.replications() == 800 && e.value() == answer) {
                assertEquals(at, e.probability());
            }
        }
        assertEquals(outcome.evaluations().stream().filter(e -> e.value() == answer).findFirst().orElseThrow().replications(),
                outcome.replications(), "the interval is that of the replications the answer was decided on");
    }
}
