package org.jinzai.scenario.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.jinzai.engine.ProgressListener;
import org.jinzai.engine.RunOptions;
import org.jinzai.model.GoalSeekExperiment;
import org.jinzai.model.Scenario;
import org.jinzai.model.SensitivityBar;
import org.jinzai.model.SensitivityExperiment;
import org.jinzai.model.SweepExperiment;
import org.jinzai.model.SweepPoint;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.scenario.ExperimentRequest;
import org.jinzai.scenario.Experiments;
import org.jinzai.scenario.Levers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Experiments as model objects: run on the town example, saved beside the scenario, reopened, marked stale after an edit. */
class ExperimentsTest {

    private static final RunOptions RUNS = new RunOptions(60, 11, 2);

    @TempDir
    Path temp;

    private Scenario copyOfTown() throws IOException {
        return Examples.copy("town", "status-quo.jzs", temp);
    }

    private static int target(Scenario scenario, String id) {
        for (int t = 0; t < scenario.getTargets().size(); t++) {
            if (scenario.getTargets().get(t).getId().equals(id)) {
                return t;
            }
        }
        throw new AssertionError(id);
    }

    @Test
    void goalSeekIsSavedReopenedAndQuotedWhileCurrent() throws IOException {
        Scenario scenario = copyOfTown();
        int target = target(scenario, "target-promoter-step2");
        ExperimentRequest.GoalSeek request = new ExperimentRequest.GoalSeek(target, 2030, 0.5, "seats:course-dx-leader", 0, 40);
        GoalSeekExperiment e = (GoalSeekExperiment) Experiments.run(scenario, request, RUNS, ProgressListener.NONE);
        assertTrue(e.getEvaluations().size() <= request.runsAtMost(), "runs within the bound");
        // the answer meets the goal, one less does not (when it was evaluated)
        if (e.isFeasible()) {
            assertTrue(e.getAchievedProbability() >= 0.5);
            e.getEvaluations().stream().filter(v -> v.getValue() == e.getAnswer() - 1)
                    .forEach(v -> assertTrue(v.getProbability() < 0.5, "one seat less falls short"));
        }
        Path file = temp.resolve(Experiments.fileName(scenario, e));
        assertEquals("status-quo-goal-seek-target-promoter-step2-2030.jzx", file.getFileName().toString());
        Experiments.save(e, file);
        assertFalse(Experiments.stale(e));

        // reopened on its own: the scenario and target are found again through the file's references
        GoalSeekExperiment again = (GoalSeekExperiment) JinzaiResources.load(file).getContents().get(0);
        assertEquals(e.getAnswer(), again.getAnswer());
        assertEquals(e.getEvaluations().size(), again.getEvaluations().size());
        assertEquals(e.getAchievedProbability(), again.getAchievedProbability());
        assertEquals("seats", again.getLever().getKind());
        assertEquals("course-dx-leader", again.getLever().getElementId());
        assertNotNull(again.getTarget());
        assertEquals("target-promoter-step2", again.getTarget().getId());
        assertEquals(60, again.getReplications());
        assertFalse(Experiments.stale(again), "unchanged inputs: current");

        List<GoalSeekExperiment> quoted = Experiments.currentGoalSeeks(scenario);
        assertEquals(1, quoted.size());
        assertEquals(e.getAnswer(), quoted.get(0).getAnswer());
        assertSame(scenario, quoted.get(0).getScenario(), "found for this scenario, in its resource set");

        // an edit of the scenario makes it stale and keeps it out of the document
        scenario.getCourseSeats().get(0).setSeats(scenario.getCourseSeats().get(0).getSeats() + 1);
        JinzaiResources.save(scenario.eResource());
        GoalSeekExperiment reread = (GoalSeekExperiment) JinzaiResources.load(file).getContents().get(0);
        assertTrue(Experiments.stale(reread), "stale after the scenario changed");
        Scenario edited = (Scenario) JinzaiResources.load(temp.resolve("status-quo.jzs")).getContents().get(0);
        assertTrue(Experiments.currentGoalSeeks(edited).isEmpty(), "a stale goal-seek is not quoted");
    }

    @Test
    void sweepAndSensitivityKeepEveryPointAndBar() throws IOException {
        Scenario scenario = copyOfTown();
        int target = target(scenario, "target-dx-basics");
        String seats = "seats:course-dx-basics";
        String hires = "hires:channel-new-graduates";
        SweepExperiment sweep = (SweepExperiment) Experiments.run(scenario,
                new ExperimentRequest.Sweep(target, 2030, seats, new int[] { 0, 10, 20 }, hires, new int[] { 0, 3 }), RUNS, ProgressListener.NONE);
        assertEquals(6, sweep.getPoints().size());
        for (SweepPoint point : sweep.getPoints()) {
            assertEquals(scenario.getTargets().size(), point.getValues().size(), "every target at every point");
        }
        // more seats of the course never lower its completion rate with the same hires (common random numbers)
        for (int second : new int[] { 0, 3 }) {
            double previous = -1;
            for (SweepPoint point : sweep.getPoints()) {
                if (point.getSecond() == second) {
                    double mean = point.getValues().get(target).getMean();
                    assertTrue(mean >= previous, "completion rate grows with seats: " + mean + " after " + previous);
                    previous = mean;
                }
            }
        }
        Path sweepFile = temp.resolve(Experiments.fileName(scenario, sweep));
        Experiments.save(sweep, sweepFile);
        SweepExperiment sweepAgain = (SweepExperiment) JinzaiResources.load(sweepFile).getContents().get(0);
        assertEquals(List.of(0, 10, 20), sweepAgain.getFirstValues());
        assertEquals(List.of(0, 3), sweepAgain.getSecondValues());
        assertEquals(sweep.getPoints().get(5).getValues().get(target).getMean(), sweepAgain.getPoints().get(5).getValues().get(target).getMean());

        SensitivityExperiment sensitivity = (SensitivityExperiment) Experiments.run(scenario,
                new ExperimentRequest.Sensitivity(target, 2030, List.of(seats, hires), 50), RUNS, ProgressListener.NONE);
        assertEquals(2, sensitivity.getBars().size());
        SensitivityBar first = sensitivity.getBars().get(0);
        assertEquals("course-dx-basics", first.getLever().getElementId(), "the course's own seats move its completion rate most");
        assertTrue(first.getHighMean() > first.getLowMean(), "more seats, higher completion");
        assertEquals(Levers.plannedPerYear(Levers.of(scenario, seats)) * 0.5, first.getLowValue(), 1e-9);
        Path file = temp.resolve(Experiments.fileName(scenario, sensitivity));
        Experiments.save(sensitivity, file);
        SensitivityExperiment again = (SensitivityExperiment) JinzaiResources.load(file).getContents().get(0);
        assertEquals(sensitivity.getBaseMean(), again.getBaseMean());
        assertEquals(first.getHighMean(), again.getBars().get(0).getHighMean());
    }
}
