package org.jinzai.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jinzai.model.Baseline;
import org.jinzai.model.Scenario;
import org.jinzai.model.templates.Scenarios;
import org.junit.jupiter.api.Test;

/** A new scenario made as a copy of another records where it came from and shares the baseline. */
class ScenarioCopyTest {

    @Test
    void copyKeepsPoliciesAndBaselineAndRecordsItsOrigin() {
        Baseline baseline = TestModels.smallBaseline();
        Scenario original = TestModels.scenarioOf(baseline);
        Scenario copy = Scenarios.copy(original, "sc2", "研修枠拡充", "status-quo.jzs");
        assertEquals("sc2", copy.getId());
        assertEquals("研修枠拡充", copy.getName());
        assertEquals("status-quo.jzs", copy.getDerivedFrom());
        assertSame(baseline, copy.getBaseline(), "same baseline");
        assertNotSame(original.getTargets().get(0), copy.getTargets().get(0), "own targets");
        assertSame(original.getTargets().get(0).getPersona(), copy.getTargets().get(0).getPersona());
        assertEquals(original.getRunSettings().getSeed(), copy.getRunSettings().getSeed());
        assertEquals("現状維持", original.getName(), "the original is unchanged");
        assertThrows(IllegalArgumentException.class, () -> Scenarios.copy(original, " ", "x", "a.jzs"));
    }
}
