package org.jinzai.scenario.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jinzai.engine.AnalyticEngine;
import org.jinzai.engine.MonteCarloEngine;
import org.jinzai.engine.ProgressListener;
import org.jinzai.engine.RunOptions;
import org.jinzai.engine.SimulationInput;
import org.jinzai.engine.SimulationResult;
import org.jinzai.engine.Summary;
import org.jinzai.engine.TargetValues;
import org.jinzai.model.Scenario;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.scenario.ScenarioCompiler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The analytic preview checked count by count (persona × step × fiscal year, by role and by skill) against the Monte
 * Carlo means on every example: each count agrees within 2 % or half a person (plus three standard errors of the
 * Monte Carlo mean, 400 replications), or the preview says it is approximate; so does every target value. Sums
 * hide errors; this does not.
 */
class AnalyticPerCountTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("jinzai.examples", "../../examples"));

    @ParameterizedTest
    @ValueSource(strings = { "town/status-quo.jzs", "town/rotation-rules.jzs", "town/ict-hiring.jzs", "city/status-quo.jzs",
            "city/more-training.jzs", "city/ict-hiring.jzs", "special-ward/status-quo.jzs", "special-ward/more-training.jzs",
            "special-ward/rotation-rules.jzs", "designated-city/status-quo.jzs", "designated-city/more-training.jzs",
            "designated-city/rotation-rules.jzs" })
    void everyCountAgreesOrIsMarkedApproximate(String file) throws IOException {
        Scenario scenario = (Scenario) JinzaiResources.load(EXAMPLES.resolve(file)).getContents().get(0);
        SimulationInput input = ScenarioCompiler.compile(scenario);
        AnalyticEngine.Result preview = new AnalyticEngine().run(input);
        SimulationResult mc = new MonteCarloEngine().run(input, new RunOptions(400, 7, 2), ProgressListener.NONE);
        List<String> unmarked = new ArrayList<>();
        int general = input.appointment().generalPersona();
        int checkedGeneral = 0;
        for (int y = 0; y < mc.years(); y++) {
            for (int p = 0; p < input.personas().size(); p++) {
                for (int s = 0; s <= 3; s++) {
                    if (preview.approximate(y, p, s)) {
                        continue;
                    }
                    checkedGeneral += p == general ? 1 : 0;
                    check(unmarked, "role", y, input.personas().get(p).id(), s, mc.countSummary(y, p, s, -1),
                            preview.count(y, p, s, -1));
                    if (input.personas().get(p).hasSteps()) {
                        check(unmarked, "skill", y, input.personas().get(p).id(), s, mc.skillCountSummary(y, p, s, -1),
                                preview.skillCount(y, p, s));
                    }
                }
            }
        }
        assertTrue(unmarked.isEmpty(), file + ": counts that differ from the Monte Carlo and are not marked approximate:\n"
                + String.join("\n", unmarked));
        // and every target the preview does not mark (a share within 2 points, plus three standard errors)
        int targetsChecked = 0;
        for (int t = 0; t < input.targets().size(); t++) {
            boolean share = TargetValues.unit(input.targets().get(t)).equals("share");
            for (int y = 0; y < mc.years(); y++) {
                if (preview.approximateTarget(t, y)) {
                    continue;
                }
                targetsChecked++;
                Summary m = mc.targetSummary(t, y);
                double tolerance = (share ? 0.02 : Math.max(0.02 * m.mean(), 0.5)) + 3 * m.standardError();
                if (Math.abs(preview.target(t, y) - m.mean()) > tolerance) {
                    unmarked.add(String.format("target %s, year %d: Monte Carlo %.3f ± %.3f, preview %.3f", input.targets().get(t).id(),
                            y, m.mean(), m.standardError(), preview.target(t, y)));
                }
            }
        }
        assertTrue(targetsChecked > 0, file + ": no target is checked");
        // the general staff's counts are checked (at least half of their steps every year), not marked
        assertTrue(checkedGeneral >= 2 * mc.years(), file + ": only " + checkedGeneral + " counts of general staff are checked");
    }

    private static void check(List<String> unmarked, String basis, int y, String persona, int step, Summary mc, double preview) {
        double tolerance = Math.max(0.02 * mc.mean(), 0.5) + 3 * mc.standardError();
        if (Math.abs(preview - mc.mean()) > tolerance) {
            unmarked.add(String.format("%s, year %d, %s, step %d: Monte Carlo %.2f ± %.2f, preview %.2f", basis, y, persona, step,
                    mc.mean(), mc.standardError(), preview));
        }
    }
}
