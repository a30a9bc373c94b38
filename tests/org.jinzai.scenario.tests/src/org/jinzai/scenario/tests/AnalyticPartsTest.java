package org.jinzai.scenario.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jinzai.engine.AnalyticEngine;
import org.jinzai.engine.SimulationInput;
import org.jinzai.engine.Steps;
import org.jinzai.model.Scenario;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.scenario.ScenarioCompiler;
import org.junit.jupiter.api.Test;

/**
 * The analytic preview computes its departments in two parts on two threads that meet where a month needs all
 * departments. A part that reads what the other has not finished (a meeting missing or in the wrong place) gives
 * numbers that change from run to run: the same scenario must give the same numbers, to the last bit, however often and
 * from however many callers at once it is computed (checked to fail when the month's hires are placed without meeting);
 * and the counts of all departments (gathered from both parts) are the sums of the departments' own counts.
 */
class AnalyticPartsTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("jinzai.examples", "../../examples"));

    @Test
    void samePreviewEveryTimeAndFromConcurrentCallers() throws IOException, InterruptedException, ExecutionException {
        // appointments, hires to the most vacant department, scarce seats and projects: every kind of meeting
        SimulationInput input = compile("city/more-training.jzs");
        List<Double> first = numbers(input, new AnalyticEngine().run(input));
        for (int i = 0; i < 5; i++) {
            assertEquals(first, numbers(input, new AnalyticEngine().run(input)), "computed again, time " + i);
        }
        ExecutorService callers = Executors.newFixedThreadPool(3);
        try {
            List<Future<List<Double>>> each = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                each.add(callers.submit(() -> numbers(input, new AnalyticEngine().run(input))));
            }
            for (Future<List<Double>> numbers : each) {
                assertEquals(first, numbers.get(), "computed by concurrent callers");
            }
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void allDepartmentsAreTheSumOfEachDepartment() throws IOException {
        SimulationInput input = compile("designated-city/status-quo.jzs");
        AnalyticEngine.Result preview = new AnalyticEngine().run(input);
        double counted = 0;
        for (int y = 0; y < input.horizonYears(); y++) {
            for (int p = 0; p < input.personas().size(); p++) {
                for (int s = 0; s <= Steps.TOP; s++) {
                    double sum = 0;
                    for (int d = 0; d < input.departments().size(); d++) {
                        sum += preview.count(y, p, s, d);
                    }
                    double all = preview.count(y, p, s, -1);
                    assertEquals(sum, all, 1e-9 * Math.max(1, all), "year " + y + ", persona " + p + ", step " + s);
                    counted += all;
                }
            }
        }
        assertTrue(counted > 10_000, "the city's staff are counted: " + counted);
    }

    private static SimulationInput compile(String file) throws IOException {
        Scenario scenario = (Scenario) JinzaiResources.load(EXAMPLES.resolve(file)).getContents().get(0);
        return ScenarioCompiler.compile(scenario);
    }

    /** Every number of a preview, in a fixed order. */
    private static List<Double> numbers(SimulationInput input, AnalyticEngine.Result preview) {
        List<Double> numbers = new ArrayList<>();
        for (int y = 0; y < input.horizonYears(); y++) {
            numbers.add(preview.hires(y));
            numbers.add(preview.leavers(y));
            for (int t = 0; t < input.targets().size(); t++) {
                numbers.add(preview.target(t, y));
            }
            for (int p = 0; p < input.personas().size(); p++) {
                for (int s = 0; s <= Steps.TOP; s++) {
                    numbers.add(preview.skillCount(y, p, s));
                    for (int d = -1; d < input.departments().size(); d++) {
                        numbers.add(preview.count(y, p, s, d));
                    }
                }
            }
        }
        return numbers;
    }
}
