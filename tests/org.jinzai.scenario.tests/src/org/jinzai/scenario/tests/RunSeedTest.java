package org.jinzai.scenario.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.jinzai.engine.RunOptions;
import org.jinzai.engine.SimulationInput;
import org.jinzai.engine.SimulationResult;
import org.jinzai.model.Baseline;
import org.jinzai.model.EmploymentType;
import org.jinzai.model.JinzaiFactory;
import org.jinzai.model.Rank;
import org.jinzai.model.RosterAggregate;
import org.jinzai.model.RunSettings;
import org.jinzai.model.Scenario;
import org.jinzai.scenario.RunChoice;
import org.jinzai.scenario.ScenarioCompiler;
import org.jinzai.scenario.ScenarioRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One seed decides a run: the staff a baseline gives only as counts are generated with the run's seed (the scenario's,
 * --seed or the preference), not always with the seed saved in the scenario; and run settings are resolved in one
 * place ({@link RunChoice}).
 */
class RunSeedTest {

    @TempDir
    Path temp;

    /** The town, its staff replaced by 40 people given as a count (ages 22 to 59 drawn at random). */
    private Scenario townByCounts() throws IOException {
        Scenario scenario = Examples.copy("town", "status-quo.jzs", temp);
        Baseline baseline = scenario.getBaseline();
        baseline.getStaff().clear();
        RosterAggregate counts = JinzaiFactory.eINSTANCE.createRosterAggregate();
        counts.setDepartment(baseline.getOrganization().getDepartments().get(0));
        counts.setMinAge(22);
        counts.setMaxAge(59);
        counts.setRank(Rank.values()[0]);
        counts.setPersona(baseline.getPersonas().get(0));
        counts.setEmploymentType(EmploymentType.values()[0]);
        counts.setCount(40);
        baseline.getRosterAggregates().add(counts);
        return scenario;
    }

    private static List<Integer> birthYears(SimulationInput input) {
        return input.staff().stream().map(SimulationInput.Staff::birthYear).toList();
    }

    @Test
    void theRunSeedGeneratesTheStaffGivenAsCounts() throws IOException {
        Scenario scenario = townByCounts();
        long saved = scenario.getRunSettings().getSeed();
        List<Integer> withSaved = birthYears(ScenarioCompiler.compile(scenario));
        assertEquals(40, withSaved.size());
        // the scenario's own seed when the run takes it
        assertEquals(withSaved, birthYears(ScenarioCompiler.compile(scenario, saved)));
        // another seed, other people (40 ages drawn from 38 years: equal by chance with a negligible probability)
        assertNotEquals(withSaved, birthYears(ScenarioCompiler.compile(scenario, saved + 1)));
        // a run with --seed 7 simulates the staff generated with 7
        ScenarioRunner.Run run = ScenarioRunner.run(scenario, new RunOptions(3, 7, 1), (done, all) -> { });
        assertEquals(birthYears(ScenarioCompiler.compile(scenario, 7)), birthYears(run.input()));
        assertNotEquals(withSaved, birthYears(run.input()));
    }

    @Test
    void theGeneralStaffOfABaselineGivenAsCountsAreTheMembersMadeFromThem() throws IOException {
        // the 40 counted in 市民課 (a business 課) are general staff: the promoters are appointed from them (the general
        // persona was once looked for among the baseline's members only, who are none here)
        Scenario scenario = townByCounts();
        RosterAggregate counts = scenario.getBaseline().getRosterAggregates().get(0);
        counts.setDepartment(scenario.getBaseline().getOrganization().getDepartments().stream()
                .filter(d -> "dept-001".equals(d.getId())).findFirst().orElseThrow());
        SimulationInput input = ScenarioCompiler.compile(scenario);
        assertEquals(scenario.getBaseline().getPersonas().indexOf(counts.getPersona()), input.appointment().generalPersona());
        ScenarioRunner.Run run = ScenarioRunner.run(scenario, new RunOptions(3, 7, 1), (done, all) -> { });
        for (int r = 0; r < 3; r++) {
            assertEquals(1, run.result().flow(r, SimulationResult.Flow.APPOINTMENTS, 0), 1e-9, "one promoter for 市民課");
        }
    }

    @Test
    void aChoiceFillsInFromTheScenariosSettings() {
        RunSettings settings = JinzaiFactory.eINSTANCE.createRunSettings();
        settings.setReplications(500);
        settings.setSeed(42);
        RunOptions own = RunChoice.SCENARIO.resolve(settings);
        assertEquals(500, own.replications());
        assertEquals(42, own.seed());
        assertEquals(Runtime.getRuntime().availableProcessors(), own.threads());
        RunOptions chosen = new RunChoice(100, 9L, 1).resolve(settings);
        assertEquals(100, chosen.replications());
        assertEquals(9, chosen.seed());
        assertEquals(1, chosen.threads());
        RunOptions replicationsOnly = new RunChoice(null, 9L, 2).withReplications(30).resolve(settings);
        assertEquals(30, replicationsOnly.replications());
        assertEquals(9, replicationsOnly.seed());
        assertEquals(new RunChoice(null, 9L, 2), new RunChoice(null, 9L, 2).withReplications(null));
    }
}
