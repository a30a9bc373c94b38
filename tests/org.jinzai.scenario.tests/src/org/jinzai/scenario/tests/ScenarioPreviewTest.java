package org.jinzai.scenario.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.jinzai.engine.AnalyticEngine;
import org.jinzai.engine.SimulationInput;
import org.jinzai.engine.TargetValues;
import org.jinzai.model.Scenario;
import org.jinzai.model.Target;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.model.util.Targets;
import org.jinzai.scenario.ScenarioCompiler;
import org.jinzai.scenario.ScenarioPreview;
import org.junit.jupiter.api.Test;

/**
 * The preview as the workbench's view and the command line show it comes from one place: each target's row holds the
 * analytic engine's expected value and the value asked for, year by year, in the scenario's order.
 */
class ScenarioPreviewTest {

    @Test
    void eachRowIsItsTargetsExpectedAndWantedValues() throws Exception {
        Path file = Examples.FOLDER.resolve("city/more-training.jzs");
        Scenario scenario = (Scenario) JinzaiResources.load(file).getContents().get(0);
        long seed = scenario.getRunSettings().getSeed();
        ScenarioPreview.Preview preview = ScenarioPreview.prepare(scenario, seed).run();
        SimulationInput input = ScenarioCompiler.compile(scenario, seed);
        AnalyticEngine.Result direct = new AnalyticEngine().run(input);
        assertEquals(scenario.getTargets().size(), preview.targets().size());
        assertEquals(input.firstFiscalYear(), preview.firstFiscalYear());
        assertEquals(input.horizonYears(), preview.horizonYears());
        boolean someWanted = false;
        for (int t = 0; t < scenario.getTargets().size(); t++) {
            Target target = scenario.getTargets().get(t);
            ScenarioPreview.TargetRow row = preview.targets().get(t);
            assertEquals(target.getId(), row.id());
            assertEquals(Targets.isShare(target), row.share(), target.getId());
            for (int y = 0; y < input.horizonYears(); y++) {
                assertEquals(direct.target(t, y), row.expected()[y], 1e-12, target.getId() + " " + y);
                assertEquals(TargetValues.wanted(input, input.targets().get(t), y), row.wanted()[y], 0, target.getId() + " " + y);
                assertEquals(direct.approximateTarget(t, y), row.approximate()[y], target.getId() + " " + y);
                someWanted |= !Double.isNaN(row.wanted()[y]);
            }
        }
        assertTrue(someWanted, "the example asks for values in some years");
    }
}
