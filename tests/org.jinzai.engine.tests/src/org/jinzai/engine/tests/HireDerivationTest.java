package org.jinzai.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jinzai.engine.SimulationInput.Channel;
import org.jinzai.engine.SimulationInput.ChannelKind;
import org.jinzai.engine.SimulationInput.Employment;
import org.jinzai.engine.SimulationInput.TargetKind;
import org.jinzai.engine.SimulationInput.TargetSpec;
import org.junit.jupiter.api.Test;

/** What both engines derive from a channel for each hire, and how targets are built by name: known answers. */
class HireDerivationTest {

    @Test
    void aHireTakesItsEmploymentTermAndAgeFromItsChannel() {
        Channel grads = Channel.builder("grads", ChannelKind.NEW_GRADUATE, 0, -1).planned(1).build();
        assertEquals(Employment.REGULAR, grads.employment());
        assertEquals(0, grads.termEnd(2027), "no term");
        // new graduates are 22 to 24; the analytic engine takes the middle draw
        assertEquals(2027 - 22, grads.birthYear(2027, 0));
        assertEquals(2027 - 24, grads.birthYear(2027, 0.999));
        assertEquals(2027 - 23, grads.birthYear(2027, 0.5));

        Channel term = Channel.builder("term", ChannelKind.FIXED_TERM, 0, -1).termYears(3).planned(1).build();
        assertEquals(Employment.FIXED_TERM, term.employment());
        assertEquals(2029, term.termEnd(2027), "three fiscal years: 2027, 2028, 2029");
        assertEquals(2027 - 49, term.birthYear(2027, 0.999), "fixed-term hires are 30 to 49");

        Channel shared = Channel.builder("shared", ChannelKind.SHARED_EXPERT, 0, -1).termYears(2).fte(0.2).planned(1).build();
        assertEquals(Employment.OUTSOURCED, shared.employment(), "a shared expert is outsourced whatever its term");
        assertEquals(0.2, shared.fte());
        assertEquals(4, shared.month(), "April unless said otherwise");
    }

    @Test
    void aChannelNeedsItsPlanAndSaneSettings() {
        assertThrows(IllegalArgumentException.class, () -> Channel.builder("x", ChannelKind.MID_CAREER, 0, -1).build());
        assertThrows(IllegalArgumentException.class, () -> Channel.builder("x", ChannelKind.MID_CAREER, 0, -1).fill(1.5).planned(1).build());
        assertThrows(IllegalArgumentException.class, () -> Channel.builder("x", ChannelKind.MID_CAREER, 0, -1).month(13).planned(1).build());
    }

    @Test
    void onlyStepTargetsCountBySkill() {
        TargetSpec step = TargetSpec.ofOrganization("step", TargetKind.HEADCOUNT_AT_STEP, 0, 1, 1).countedBySkill();
        assertEquals(true, step.bySkill());
        TargetSpec course = new TargetSpec("course", TargetKind.COURSE_COMPLETION_RATE, 0, 0,
                org.jinzai.engine.SimulationInput.TargetScope.ORGANIZATION, -1, null, 0, new double[] { 0.5 }, true);
        assertFalse(course.bySkill(), "a course target counts the holders of its persona as before");
    }
}
