package org.jinzai.scenario.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.jinzai.engine.SimulationInput;
import org.jinzai.engine.SimulationInput.UncertainRate;
import org.jinzai.engine.calibration.Calibration;
import org.jinzai.model.AttritionRate;
import org.jinzai.model.Course;
import org.jinzai.model.CourseSeats;
import org.jinzai.model.DepartmentKind;
import org.jinzai.model.KindTenure;
import org.jinzai.model.RateEstimate;
import org.jinzai.model.RetirementAge;
import org.jinzai.model.Scenario;
import org.jinzai.model.TenureEstimate;
import org.jinzai.model.io.HistoryImport;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.model.util.Estimates;
import org.jinzai.scenario.ScenarioCalibration;
import org.jinzai.scenario.ScenarioCompiler;
import org.junit.jupiter.api.Test;

/**
 * The town's rates from its shipped history, written into a scenario with their provenance, become posteriors the run
 * draws from: only while the option is on and only for the rates not typed over since.
 */
class ScenarioCalibrationTest {

    private static Scenario town() throws IOException {
        return (Scenario) JinzaiResources.load(Examples.FOLDER.resolve("town/status-quo.jzs")).getContents().get(0);
    }

    private static List<ScenarioCalibration.HistoryFile> history() throws IOException {
        List<ScenarioCalibration.HistoryFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.list(Examples.FOLDER.resolve("town/history"))) {
            for (Path file : paths.sorted().toList()) {
                HistoryImport.Result read = HistoryImport.read(file, null);
                assertTrue(read.ok(), read.errors().toString());
                files.add(new ScenarioCalibration.HistoryFile(file.getFileName().toString(), read.rows()));
            }
        }
        return files;
    }

    private static Scenario calibrated() throws IOException {
        Scenario scenario = town();
        ScenarioCalibration.Estimates estimates = ScenarioCalibration.estimate(scenario, ScenarioCalibration.history(scenario, history()));
        Scenario copy = EcoreUtil.copy(scenario);
        assertEquals(1, estimates.tenures().size(), "the town's business departments have enough member-years: " + estimates.tenures());
        assertEquals(6, ScenarioCalibration.write(estimates, copy), "four regular bands, the re-appointment probability and a tenure");
        return copy;
    }

    @Test
    void estimatedRatesBecomeTheRunsPosteriorsBandByBand() throws IOException {
        Scenario scenario = calibrated();
        SimulationInput input = ScenarioCompiler.compile(scenario);
        List<UncertainRate> uncertain = input.attrition().uncertain();
        assertEquals(4, uncertain.size());
        for (int k = 0; k < 4; k++) {
            AttritionRate rate = scenario.getAttrition().getRates().get(k);
            RateEstimate e = rate.getEstimate();
            assertEquals(rate.getMinAge(), uncertain.get(k).minAge());
            assertEquals(rate.getMaxAge(), uncertain.get(k).maxAge());
            assertEquals(e.getAlpha(), uncertain.get(k).hazard().alpha(), 0.0);
            assertEquals(e.getBeta(), uncertain.get(k).hazard().beta(), 0.0);
            // the table holds the estimate itself (the preview and the fixed-rate run use it)
            assertEquals(rate.getYearlyRate(), input.attrition().yearlyRate()[0][rate.getMinAge()], 0.0);
        }
        RateEstimate kept = scenario.getAppointment().getReappointmentEstimate();
        assertEquals(kept.getAlpha(), input.appointment().reappointmentPosterior().alpha(), 0.0);
        assertEquals(kept.getBeta(), input.appointment().reappointmentPosterior().beta(), 0.0);
    }

    @Test
    void theTenureTheMovesFitIsWrittenForItsKindAndRuns() throws IOException {
        Scenario scenario = calibrated();
        // the history was made by the engine with the rotation's 3-5 years for every kind
        assertEquals(3, scenario.getRotation().getMinTenureYears());
        assertEquals(5, scenario.getRotation().getMaxTenureYears());
        KindTenure tenure = scenario.getRotation().getTenures().get(0);
        assertEquals(DepartmentKind.BUSINESS, tenure.getKind());
        // the engine drew 3-5 years; some of the town's movers find no post their rules allow and stay a year more, so its
        // moves by years in post fit 3-5 or 3-6 (exact recovery without that: TenureByKindTest)
        assertEquals(3, tenure.getMinTenureYears());
        assertTrue(tenure.getMaxTenureYears() == 5 || tenure.getMaxTenureYears() == 6, "most: " + tenure.getMaxTenureYears());
        TenureEstimate e = tenure.getEstimate();
        assertEquals(List.of(tenure.getMinTenureYears(), tenure.getMaxTenureYears()), List.of(e.getFittedMinYears(), e.getFittedMaxYears()));
        // fewer than one in four a year: some movers find no post (the town's rules hold them), and stay a year more
        assertTrue(e.getLow() < e.getEstimated() && e.getEstimated() < e.getHigh(), "moves: " + e.getEstimated());
        assertTrue(e.getEstimated() > 0.15 && e.getEstimated() < 0.25, "moves: " + e.getEstimated());
        assertEquals(2021, e.getFirstYear());
        assertEquals(2025, e.getLastYear());
        assertNotNull(Estimates.inForce(tenure), "in force until typed over");
        // typed over: an override, and the run takes the planner's range for that kind only
        tenure.setMaxTenureYears(7);
        assertTrue(Estimates.overridden(tenure));
        int[][] ranges = ScenarioCompiler.compile(scenario).rotation().tenure();
        assertEquals(List.of(3, 7), List.of(ranges[SimulationInput.DepartmentKind.BUSINESS.ordinal()][0],
                ranges[SimulationInput.DepartmentKind.BUSINESS.ordinal()][1]));
        assertEquals(List.of(3, 5), List.of(ranges[SimulationInput.DepartmentKind.INFORMATION_SYSTEMS.ordinal()][0],
                ranges[SimulationInput.DepartmentKind.INFORMATION_SYSTEMS.ordinal()][1]), "the other kinds keep the policy's");
    }

    @Test
    void seatsTheRostersSawTakenAreWrittenWhereThePlanHasNone() throws IOException {
        Scenario scenario = town();
        ScenarioCalibration.Estimates estimates = ScenarioCalibration.estimate(scenario, ScenarioCalibration.history(scenario, history()));
        assertTrue(estimates.unknownCourses().isEmpty(), estimates.unknownCourses().toString());
        assertFalse(estimates.courses().isEmpty(), "the town's rosters say 受講済研修");
        // the history was made with the plan's own seats: each course's completions about its seats (the same each year)
        Course course = estimates.courses().keySet().stream().filter(c -> scenario.getCourseSeats().stream()
                .anyMatch(cs -> cs.getCourse() == c && cs.getSeats() >= 5)).findFirst().orElseThrow();
        int planned = scenario.getCourseSeats().stream().filter(cs -> cs.getCourse() == course).findFirst().orElseThrow().getSeats();
        Calibration.Uptake uptake = estimates.courses().get(course);
        assertTrue(uptake.perYear().value() <= planned + 0.5 && uptake.perYear().value() > planned * 0.7,
                course.getName() + ": " + uptake.perYear().value() + " a year, " + planned + " seats");
        // the plan without that course's seats: calibration writes them for each of its five years, with their provenance
        Scenario copy = EcoreUtil.copy(scenario);
        copy.getCourseSeats().removeIf(cs -> cs.getCourse() == course);
        List<CourseSeats> others = List.copyOf(copy.getCourseSeats());
        ScenarioCalibration.write(estimates, copy);
        List<CourseSeats> written = copy.getCourseSeats().stream().filter(cs -> cs.getCourse() == course).toList();
        assertEquals(List.of(2026, 2027, 2028, 2029, 2030), written.stream().map(CourseSeats::getFiscalYear).toList());
        for (CourseSeats seats : written) {
            assertEquals(Math.round(uptake.perYear().value()), seats.getSeats());
            assertNotNull(Estimates.inForce(seats));
            assertEquals(2021, seats.getEstimate().getFirstYear());
        }
        assertEquals(others, copy.getCourseSeats().stream().filter(cs -> cs.getCourse() != course).toList(), "the planned seats stay");
        // typed over: the planner's; calibrated again, the others are replaced and the typed value stays
        CourseSeats typed = written.get(0);
        typed.setSeats(typed.getSeats() + 3);
        assertTrue(Estimates.overridden(typed));
        ScenarioCalibration.write(estimates, copy);
        List<CourseSeats> again = copy.getCourseSeats().stream().filter(cs -> cs.getCourse() == course).toList();
        assertEquals(5, again.size());
        assertTrue(again.contains(typed), "the typed-over seats are kept");
        assertEquals(Math.round(uptake.perYear().value()) + 3, typed.getSeats());
        assertEquals(1, again.stream().filter(cs -> cs.getFiscalYear() == typed.getFiscalYear()).count(), "no second seats in its year");
        // and they run: the course trains in the compiled plan
        assertTrue(ScenarioCompiler.compile(copy).courseRuns().stream().anyMatch(r -> r.seats() == Math.round(uptake.perYear().value())));
    }

    @Test
    void aRateTypedOverOrTheOptionOffIsFixed() throws IOException {
        Scenario scenario = calibrated();
        AttritionRate first = scenario.getAttrition().getRates().get(0);
        first.setYearlyRate(first.getYearlyRate() + 0.001);
        assertEquals(3, ScenarioCompiler.compile(scenario).attrition().uncertain().size(), "the typed-over band is fixed");
        assertTrue(ScenarioCompiler.compile(scenario).attrition().uncertain().stream().noneMatch(u -> u.minAge() == first.getMinAge()));
        scenario.getRunSettings().setRateUncertainty(false);
        SimulationInput fixed = ScenarioCompiler.compile(scenario);
        assertTrue(fixed.attrition().uncertain().isEmpty());
        assertNull(fixed.appointment().reappointmentPosterior());
    }

    @Test
    void aHistoryWithoutPromotersLeavesNoOldEstimateOfTheReappointment() throws IOException {
        Scenario scenario = calibrated();
        assertNotNull(scenario.getAppointment().getReappointmentEstimate());
        // the same rosters without anyone's 人材像: no promoter is seen, so nothing is estimated of their re-appointment
        List<ScenarioCalibration.HistoryFile> anonymous = new ArrayList<>();
        for (ScenarioCalibration.HistoryFile file : history()) {
            anonymous.add(new ScenarioCalibration.HistoryFile(file.name(), file.rows().stream()
                    .map(r -> new HistoryImport.Row(r.id(), r.fiscalYear(), r.birthYear(), r.employment(), r.department(), "", r.leaving(), r.line()))
                    .toList()));
        }
        ScenarioCalibration.Estimates estimates = ScenarioCalibration.estimate(scenario, ScenarioCalibration.history(scenario, anonymous));
        assertNull(estimates.reappointment());
        ScenarioCalibration.write(estimates, scenario);
        assertNull(scenario.getAppointment().getReappointmentEstimate(), "an estimate from another history is not kept");
        assertNull(ScenarioCompiler.compile(scenario).appointment().reappointmentPosterior());
    }

    @Test
    void beforeTheFirstRetirementAgeSetThatAgeIsInForce() throws IOException {
        Scenario scenario = town();
        RetirementAge first = scenario.getAttrition().getRetirementAges().stream().min((a, b) -> a.getFiscalYear() - b.getFiscalYear()).orElseThrow();
        assertEquals(first.getAge(), ScenarioCompiler.retirementAge(scenario.getAttrition(), first.getFiscalYear() - 3));
        assertEquals(first.getAge(), ScenarioCompiler.retirementAge(scenario.getAttrition(), first.getFiscalYear()));
        scenario.getAttrition().getRetirementAges().clear();
        assertEquals(0, ScenarioCompiler.retirementAge(scenario.getAttrition(), 2026), "none set: nobody retires by age");
    }
}
