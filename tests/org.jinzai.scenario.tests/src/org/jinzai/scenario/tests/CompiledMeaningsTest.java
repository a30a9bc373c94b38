package org.jinzai.scenario.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.jinzai.engine.RunOptions;
import org.jinzai.engine.SimulationInput;
import org.jinzai.engine.SimulationResult;
import org.jinzai.model.CourseSeats;
import org.jinzai.model.JinzaiFactory;
import org.jinzai.model.LeadMonthsCriterion;
import org.jinzai.model.Persona;
import org.jinzai.model.RotationPolicy;
import org.jinzai.model.Scenario;
import org.jinzai.model.StepDefinition;
import org.jinzai.model.Target;
import org.jinzai.model.TargetKind;
import org.jinzai.model.TargetValue;
import org.jinzai.model.YearlyCount;
import org.jinzai.scenario.Levers;
import org.jinzai.scenario.ScenarioCompiler;
import org.jinzai.scenario.ScenarioRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the compiler makes of values the model allows: what a planner means by them, in the engine's terms. */
class CompiledMeaningsTest {

    @TempDir
    Path temp;

    private static Persona persona(Scenario scenario, String id) {
        return scenario.getBaseline().getPersonas().stream().filter(p -> id.equals(p.getId())).findFirst().orElseThrow();
    }

    @Test
    void aHeadcountOfAPersonaWithoutStepsCountsItsHolders() throws IOException {
        // the town hiring shared experts (高度専門人材, a persona without steps): a target of their headcount counts them
        // (with its default least step, Step1, it counted nobody: every holder of such a persona is at Step 0)
        Scenario scenario = Examples.copy("town", "ict-hiring.jzs", temp);
        Persona expert = persona(scenario, "persona-expert");
        Target target = JinzaiFactory.eINSTANCE.createTarget();
        target.setId("target-experts");
        target.setName("高度専門人材");
        target.setKind(TargetKind.HEADCOUNT_AT_STEP);
        target.setPersona(expert);
        TargetValue value = JinzaiFactory.eINSTANCE.createTargetValue();
        value.setFiscalYear(2028);
        value.setValue(0.1);
        target.getValues().add(value);
        scenario.getTargets().add(target);
        ScenarioRunner.Run run = ScenarioRunner.run(scenario, new RunOptions(20, 7, 1), (done, all) -> { });
        int t = run.input().targets().size() - 1;
        int p = scenario.getBaseline().getPersonas().indexOf(expert);
        assertEquals(0, run.input().targets().get(t).minimumStep());
        SimulationResult result = run.result();
        double experts = 0;
        for (int r = 0; r < 20; r++) {
            for (int y = 0; y < 5; y++) {
                assertEquals(result.countAtLeast(r, y, p, 0, -1), result.targetValue(r, t, y), 1e-6, "replication " + r + ", year " + y);
                experts += result.countAtLeast(r, y, p, 0, -1);
            }
        }
        assertTrue(experts > 0, "the channel hires experts");
    }

    @Test
    void aPersonaWhoseStepsCountProjectsLedLeadsThem() throws IOException {
        // the town's DX promoter without its months leading (Step3 still counts projects led): it leads projects
        Scenario scenario = Examples.copy("town", "status-quo.jzs", temp);
        Persona promoter = persona(scenario, "persona-dx-promoter");
        for (StepDefinition step : promoter.getSteps()) {
            step.getCriteria().removeIf(LeadMonthsCriterion.class::isInstance);
        }
        SimulationInput input = ScenarioCompiler.compile(scenario);
        assertTrue(input.personas().get(scenario.getBaseline().getPersonas().indexOf(promoter)).leads());
    }

    @Test
    void aLeverSetsTheSeatsAndHiresOfAYearWhateverTheEntriesOfThatYear() throws IOException {
        // DX basics runs twice in FY2026 (May and a second run in October), and the new graduates' plan has a second entry
        // for FY2026: the lever's 15 seats and 5 hires are the year's, not each entry's
        Scenario scenario = Examples.copy("town", "status-quo.jzs", temp);
        CourseSeats october = JinzaiFactory.eINSTANCE.createCourseSeats();
        october.setCourse(scenario.getCourseSeats().get(0).getCourse());
        october.setFiscalYear(2026);
        october.setMonth(10);
        october.setSeats(4);
        scenario.getCourseSeats().add(october);
        YearlyCount extra = JinzaiFactory.eINSTANCE.createYearlyCount();
        extra.setFiscalYear(2026);
        extra.setCount(1);
        scenario.getChannels().stream().filter(c -> "channel-new-graduates".equals(c.getId())).findFirst().orElseThrow().getPlan()
                .add(extra);
        for (String lever : new String[] { "seats:course-dx-basics", "hires:channel-new-graduates" }) {
            int value = lever.startsWith("seats") ? 15 : 5;
            Levers.Lever set = Levers.of(scenario, lever);
            Scenario changed = set.change().apply(scenario, value);
            int[] planned = Levers.plannedByYear(Levers.of(changed, lever));
            for (int y = 0; y < planned.length; y++) {
                assertEquals(value, planned[y], lever + ", year " + y);
            }
        }
    }

    @Test
    void aRotationOfZeroYearsMovesNoOne() throws IOException {
        // as calibration reads it (it keeps 0 years as they are); the engine once refused it ("invalid tenure")
        Scenario scenario = Examples.copy("town", "rotation-rules.jzs", temp);
        RotationPolicy rotation = scenario.getRotation();
        rotation.getTenures().clear();
        rotation.setMinTenureYears(0);
        rotation.setMaxTenureYears(0);
        ScenarioRunner.Run run = ScenarioRunner.run(scenario, new RunOptions(5, 7, 1), (done, all) -> { });
        for (int r = 0; r < 5; r++) {
            for (int y = 0; y < 5; y++) {
                assertEquals(0, run.result().flow(r, SimulationResult.Flow.MOVES, y), 1e-9, "replication " + r + ", year " + y);
            }
        }
    }
}
