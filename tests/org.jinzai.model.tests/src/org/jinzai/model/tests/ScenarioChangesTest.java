package org.jinzai.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.jinzai.model.CourseSeats;
import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.RotationRule;
import org.jinzai.model.Scenario;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.model.util.FiscalYears;
import org.jinzai.model.validation.ElementNames;
import org.jinzai.model.validation.ScenarioChanges;
import org.junit.jupiter.api.Test;

/**
 * What a scenario changes against the reference of a comparison, line by line in the forms' words: nothing for the
 * same scenario, one line per changed value, an added channel as one line, and every rule switched on by name.
 */
class ScenarioChangesTest {

    private static final Path TOWN = Path.of(System.getProperty("jinzai.examples", "../../examples")).resolve("town");

    private static Scenario load(String file) throws Exception {
        return (Scenario) JinzaiResources.load(TOWN.resolve(file)).getContents().get(0);
    }

    @Test
    void aScenarioChangesNothingAgainstItself() throws Exception {
        assertEquals(List.of(), ScenarioChanges.of(load("status-quo.jzs"), load("status-quo.jzs")));
        Scenario reference = load("status-quo.jzs");
        Scenario renamed = EcoreUtil.copy(reference);
        renamed.setName("別の名前");
        renamed.setDescription("説明だけ違う");
        renamed.getRunSettings().setReplications(7);
        assertEquals(List.of(), ScenarioChanges.of(reference, renamed), "names, descriptions and run settings are not levers");
    }

    @Test
    void eachChangedValueIsOneLineWithItsPlaceAndBothValues() throws Exception {
        Scenario reference = load("status-quo.jzs");
        Scenario other = EcoreUtil.copy(reference);
        other.getAppointment().setReappointmentProbability(0.55);
        CourseSeats seats = other.getCourseSeats().get(13);
        int before = seats.getSeats();
        seats.setSeats(before + 5);
        List<String> changes = ScenarioChanges.of(reference, other);
        assertEquals(2, changes.size(), changes.toString());
        String reappointmentLabel = ElementNames.feature(JinzaiPackage.Literals.APPOINTMENT_POLICY__REAPPOINTMENT_PROBABILITY);
        String reappointment = changes.stream().filter(c -> c.contains(reappointmentLabel))
                .findFirst().orElseThrow(() -> new AssertionError(changes.toString()));
        assertTrue(reappointment.contains(ElementNames.type(JinzaiPackage.Literals.APPOINTMENT_POLICY)), reappointment);
        assertTrue(reappointment.contains(" → 55%"), "a rate as the forms show it, in percent: " + reappointment);
        String seatLine = changes.stream().filter(c -> c.contains(seats.getCourse().getName())).findFirst()
                .orElseThrow(() -> new AssertionError(changes.toString()));
        assertTrue(seatLine.contains(FiscalYears.label(seats.getFiscalYear())), "the row's fiscal year: " + seatLine);
        assertTrue(seatLine.contains(before + " → " + (before + 5)), seatLine);
    }

    @Test
    void theSameChangeInSeveralYearsIsOneLineWithItsYears() throws Exception {
        Scenario reference = load("status-quo.jzs");
        var course = reference.getCourseSeats().get(0).getCourse();
        reference.getCourseSeats().stream().filter(c -> c.getCourse() == course).forEach(c -> c.setSeats(10));
        Scenario other = EcoreUtil.copy(reference);
        List<CourseSeats> rows = other.getCourseSeats().stream().filter(c -> c.getCourse().getId().equals(course.getId())).toList();
        assertTrue(rows.size() >= 3, "a course planned over several years");
        rows.forEach(row -> row.setSeats(17));
        int[] years = rows.stream().mapToInt(CourseSeats::getFiscalYear).sorted().toArray();
        List<String> changes = ScenarioChanges.of(reference, other);
        assertEquals(1, changes.size(), "10 → 17 in every year: one line over the years " + changes);
        String line = changes.get(0);
        assertTrue(line.contains(FiscalYears.label(years[0])) && line.contains(FiscalYears.label(years[years.length - 1])), line);
        assertFalse(line.contains(FiscalYears.label(years[1])), "a range, not every year: " + line);
        assertTrue(line.contains("10 → 17"), line);
        assertFalse(line.contains("\u0001"), "no mark is left");
        // one year changed alone: that year only
        Scenario single = EcoreUtil.copy(reference);
        CourseSeats one = single.getCourseSeats().get(0);
        one.setSeats(one.getSeats() + 3);
        List<String> alone = ScenarioChanges.of(reference, single);
        assertEquals(1, alone.size(), alone.toString());
        assertTrue(alone.get(0).contains(FiscalYears.label(one.getFiscalYear())), alone.get(0));
    }

    @Test
    void addedChannelsAndRulesSwitchedOnAreNamed() throws Exception {
        Scenario reference = load("status-quo.jzs");
        Scenario hiring = load("ict-hiring.jzs");
        List<String> added = ScenarioChanges.of(reference, hiring);
        assertEquals(hiring.getChannels().size() - reference.getChannels().size(), added.size(), added.toString());
        for (var channel : hiring.getChannels().subList(reference.getChannels().size(), hiring.getChannels().size())) {
            assertTrue(added.stream().anyMatch(c -> c.contains(channel.getName())), channel.getName() + " in " + added);
        }
        List<String> removed = ScenarioChanges.of(hiring, reference);
        assertEquals(added.size(), removed.size(), "the other way round the channels are removed: " + removed);

        Scenario rotation = load("rotation-rules.jzs");
        List<String> rules = ScenarioChanges.of(reference, rotation);
        List<RotationRule> switched = rotation.getRotation().getRules().stream().filter(RotationRule::isEnabled).toList();
        assertEquals(switched.size(), rules.size(), rules.toString());
        for (RotationRule rule : switched) {
            assertTrue(rules.stream().anyMatch(c -> c.contains(rule.getName())
                    && c.contains(ElementNames.feature(JinzaiPackage.Literals.ROTATION_RULE__ENABLED))), rule.getName() + " in " + rules);
        }
    }
}
