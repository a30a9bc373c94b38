package org.jinzai.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.jinzai.engine.SimulationInput.Employment;
import org.jinzai.engine.calibration.Calibration;
import org.jinzai.engine.calibration.Calibration.Band;
import org.jinzai.engine.calibration.Calibration.Estimate;
import org.jinzai.engine.calibration.History;
import org.jinzai.engine.calibration.RosterRecord;
import org.jinzai.model.AppointmentPolicy;
import org.jinzai.model.AttritionRate;
import org.jinzai.model.Baseline;
import org.jinzai.model.Course;
import org.jinzai.model.CourseSeats;
import org.jinzai.model.Department;
import org.jinzai.model.DepartmentKind;
import org.jinzai.model.JinzaiFactory;
import org.jinzai.model.KindTenure;
import org.jinzai.model.Persona;
import org.jinzai.model.RateEstimate;
import org.jinzai.model.RotationPolicy;
import org.jinzai.model.Scenario;
import org.jinzai.model.TenureEstimate;
import org.jinzai.model.UptakeEstimate;
import org.jinzai.model.io.HistoryImport;
import org.jinzai.model.util.Tenures;

/**
 * A scenario's rates from the municipality's past rosters: the history read for the scenario (its DX-promoter persona),
 * the estimates of its leaving rates by band and of its re-appointment probability ({@link Calibration}), and those
 * estimates written into a scenario with where they came from ({@link RateEstimate}), so the editor can show them and
 * the run can draw them from their posterior. The command line and the workbench both calibrate through here.
 */
public final class ScenarioCalibration {

    /** Rates are written rounded to this (0.01 %): what the planner reads is what the scenario holds. */
    private static final double ROUNDING = 1e4;

    /** The rows one history file gave, and its name (where a problem is said to be). */
    public record HistoryFile(String name, List<HistoryImport.Row> rows) {
    }

    /**
     * What a history gives a scenario: an estimate for each of its attrition rates, in the scenario's order (a band
     * nobody of the history was in has an estimate of exposure 0: only the prior, not written), of the
     * re-appointment probability (null without promoters in the history or without an appointment policy), of the
     * yearly share of regulars who move, by the kind of department they were in, and of the tenure those moves fit
     * (a kind with too few member-years of known months in post has a share but no tenure), and of the yearly
     * completions of each course of the baseline the rosters name (受講済研修; by id or name), with the names the
     * baseline has no course of.
     */
    public record Estimates(History history, List<AttritionRate> rates, List<Estimate> leaving, Estimate reappointment,
            Map<DepartmentKind, Estimate> moves, Map<DepartmentKind, Calibration.Tenure> tenures, Map<Course, Calibration.Uptake> courses,
            java.util.SortedSet<String> unknownCourses) {
    }

    private ScenarioCalibration() {
    }

    /** The history of a set of files, a member counting as a DX promoter when their persona is the scenario's promoter persona. */
    public static History history(Scenario scenario, List<HistoryFile> files) {
        return History.of(records(scenario, files));
    }

    /** The roster records of a set of files, as {@link #history} joins them. */
    static List<RosterRecord> records(Scenario scenario, List<HistoryFile> files) {
        Persona promoter = promoter(scenario);
        List<RosterRecord> records = new ArrayList<>();
        for (HistoryFile file : files) {
            for (HistoryImport.Row row : file.rows()) {
                records.add(new RosterRecord(row.id(), row.fiscalYear(), row.birthYear(), Employment.valueOf(row.employment().name()), row.department(),
                        promoter != null && isPersona(row.persona(), promoter), leaving(row.leaving()), file.name(), row.line(), row.monthsInPost(),
                        row.courses() == null ? null : new java.util.HashSet<>(row.courses()), row.step(), row.persona().isEmpty() ? null : row.persona()));
            }
        }
        return records;
    }

    /**
     * Fiscal years that two files both hold rows of (a copy of a roster beside the original): each as {year, first
     * file, second file}; empty when every year comes from one file.
     */
    public static List<String[]> sameYear(List<HistoryFile> files) {
        Map<Integer, String> fileOf = new java.util.TreeMap<>();
        List<String[]> clashes = new ArrayList<>();
        java.util.Set<Integer> said = new java.util.HashSet<>();
        for (HistoryFile file : files) {
            for (Integer year : file.rows().stream().map(HistoryImport.Row::fiscalYear).distinct().toList()) {
                String other = fileOf.putIfAbsent(year, file.name());
                if (other != null && !other.equals(file.name()) && said.add(year)) {
                    clashes.add(new String[] { String.valueOf(year), other, file.name() });
                }
            }
        }
        return clashes;
    }

    /** The fiscal years between a history's first and last that have no roster (their transitions are not seen). */
    public static List<Integer> missingYears(History history) {
        List<Integer> missing = new ArrayList<>();
        for (int y = history.firstYear() + 1; y < history.lastYear(); y++) {
            if (!history.years().contains(y)) {
                missing.add(y);
            }
        }
        return missing;
    }

    /**
     * The 所属 of the rosters that are no department of the scenario's baseline (by name or id), sorted, each with where
     * it first stands: {file, line}.
     */
    public static java.util.SortedMap<String, String[]> unknownDepartments(Scenario scenario, List<HistoryFile> files) {
        Map<String, Department> known = departments(scenario.getBaseline());
        java.util.SortedMap<String, String[]> unknown = new java.util.TreeMap<>();
        for (HistoryFile file : files) {
            for (HistoryImport.Row row : file.rows()) {
                if (!known.containsKey(row.department())) {
                    unknown.putIfAbsent(row.department(), new String[] { file.name(), String.valueOf(row.line()) });
                }
            }
        }
        return unknown;
    }

    /** The departments of a baseline by the names a roster may give them: their id, and their name (an id wins a clash). */
    static Map<String, Department> departments(Baseline baseline) {
        Map<String, Department> departments = new java.util.HashMap<>();
        if (baseline != null && baseline.getOrganization() != null) {
            for (Department d : baseline.getOrganization().getDepartments()) {
                departments.put(d.getId(), d);
            }
            for (Department d : baseline.getOrganization().getDepartments()) {
                departments.putIfAbsent(d.getName(), d);
            }
        }
        return departments;
    }

    /** The course of a baseline a roster names (by its id or its name), or null. */
    static Course course(Baseline baseline, String named) {
        return baseline.getCourses().stream().filter(c -> named.equals(c.getId()) || named.equals(c.getName())).findFirst().orElse(null);
    }

    /** The first seats of a course the plan records (not estimated, or typed over since) in the scenario's years, or null. */
    public static CourseSeats firstPlanned(Scenario scenario, Course course) {
        List<Integer> unplanned = unplannedYears(scenario, course);
        return scenario.getCourseSeats().stream().filter(cs -> cs.getCourse() == course && !unplanned.contains(cs.getFiscalYear())).findFirst()
                .orElse(null);
    }

    /** The DX-promoter persona of a scenario's appointment policy, or null. */
    public static Persona promoter(Scenario scenario) {
        return scenario.getAppointment() == null ? null : scenario.getAppointment().getPersona();
    }

    /** Whether a roster's 人材像 names a persona (by its name, id or short name). */
    static boolean isPersona(String text, Persona persona) {
        return !text.isEmpty() && (text.equals(persona.getName()) || text.equals(persona.getId()) || text.equals(persona.getShortName()));
    }

    private static RosterRecord.Leaving leaving(HistoryImport.Leaving leaving) {
        return switch (leaving) {
            case NOT_SAID -> RosterRecord.Leaving.UNKNOWN;
            case RETIREMENT -> RosterRecord.Leaving.RETIREMENT;
            case TERM_END -> RosterRecord.Leaving.TERM_END;
            case RESIGNATION -> RosterRecord.Leaving.RESIGNATION;
        };
    }

    /** The estimates of a scenario's rates from a history (the scenario must have attrition rates). */
    public static Estimates estimate(Scenario scenario, History history) {
        List<AttritionRate> rates = List.copyOf(scenario.getAttrition().getRates());
        List<Band> bands = rates.stream().map(ScenarioCalibration::band).toList();
        Map<Band, Estimate> byBand = Calibration.leaving(history, bands, ScenarioCompiler.retirementAge(scenario.getAttrition(), history.firstYear()));
        Estimate kept = promoter(scenario) == null ? null : Calibration.reappointment(history);
        Map<String, DepartmentKind> kinds = new java.util.HashMap<>();
        departments(scenario.getBaseline()).forEach((name, d) -> kinds.put(name, d.getKind()));
        Map<DepartmentKind, Estimate> moves = new java.util.TreeMap<>(Calibration.moves(history, kinds));
        Map<DepartmentKind, Calibration.Tenure> tenures = new java.util.TreeMap<>(Calibration.tenures(history, kinds));
        // courses as the rosters name them, by the baseline's course of that id or name
        Map<Course, Calibration.Uptake> courses = new java.util.LinkedHashMap<>();
        java.util.SortedSet<String> unknown = new java.util.TreeSet<>();
        Map<String, Calibration.Uptake> named = Calibration.courses(history);
        for (Course course : scenario.getBaseline().getCourses()) {
            Calibration.Uptake uptake = named.containsKey(course.getId()) ? named.get(course.getId()) : named.get(course.getName());
            if (uptake != null) {
                courses.put(course, uptake);
            }
        }
        named.keySet().stream().filter(name -> course(scenario.getBaseline(), name) == null).forEach(unknown::add);
        return new Estimates(history, rates, bands.stream().map(byBand::get).toList(), kept, moves, tenures, courses, unknown);
    }

    /** The band of a leaving rate. */
    static Band band(AttritionRate rate) {
        return new Band(rate.getMinAge(), rate.getMaxAge(), Employment.valueOf(rate.getEmploymentType().name()));
    }

    /**
     * Writes the estimates into a scenario (a copy of the one estimated, with its rates in the same order): each rate
     * the history saw anyone of takes the estimate, rounded to 0.01 %, with its provenance; a band nobody was in keeps
     * its value and loses any earlier provenance (it is not an estimate); the re-appointment probability likewise.
     *
     * @return how many values were written
     */
    public static int write(Estimates estimates, Scenario into) {
        List<AttritionRate> rates = into.getAttrition().getRates();
        if (rates.size() != estimates.rates().size()) {
            throw new IllegalArgumentException("the scenario's attrition rates are not those estimated"); //$NON-NLS-1$
        }
        int written = 0;
        for (int k = 0; k < rates.size(); k++) {
            Estimate e = estimates.leaving().get(k);
            AttritionRate rate = rates.get(k);
            if (e.exposure() == 0) {
                rate.setEstimate(null);
                continue;
            }
            rate.setEstimate(provenance(e));
            rate.setYearlyRate(rate.getEstimate().getEstimated());
            written++;
        }
        AppointmentPolicy appointment = into.getAppointment();
        if (appointment != null && estimates.reappointment() != null) {
            appointment.setReappointmentEstimate(provenance(estimates.reappointment()));
            appointment.setReappointmentProbability(appointment.getReappointmentEstimate().getEstimated());
            written++;
        } else if (appointment != null) {
            appointment.setReappointmentEstimate(null);
        }
        return written + writeTenures(estimates, into.getRotation()) + writeSeats(estimates, into);
    }

    /**
     * Seats where the plan records none: for each course the rosters saw completed (at least one a year, rounded), every
     * fiscal year of the scenario without seats of it gets the yearly count, with its provenance (in the month its
     * other seats run, else June); seats written by an earlier calibration are replaced unless typed over since, the
     * planner's are kept.
     */
    private static int writeSeats(Estimates estimates, Scenario into) {
        int written = 0;
        for (Map.Entry<Course, Calibration.Uptake> entry : estimates.courses().entrySet()) {
            // the same course of the scenario written into (a backtest's copy has its baseline's own)
            Course course = Objects.requireNonNullElse(course(into.getBaseline(), entry.getKey().getId()), entry.getKey());
            Estimate perYear = entry.getValue().perYear();
            UptakeEstimate estimate = JinzaiFactory.eINSTANCE.createUptakeEstimate();
            estimate.setPerYear(Math.round(perYear.value() * 100) / 100.0);
            estimate.setLow(Math.round(perYear.low() * 100) / 100.0);
            estimate.setHigh(Math.round(perYear.high() * 100) / 100.0);
            estimate.setCompletions((int) perYear.events());
            estimate.setFirstYear(perYear.firstYear());
            estimate.setLastYear(perYear.lastYear());
            int seats = org.jinzai.model.util.Estimates.seatsOf(estimate);
            // earlier estimates of this course (not typed over since) make way; the planner's seats stay
            into.getCourseSeats().removeIf(cs -> cs.getCourse() == course && org.jinzai.model.util.Estimates.inForce(cs) != null);
            if (seats < 1) {
                continue;
            }
            List<CourseSeats> planned = into.getCourseSeats().stream().filter(cs -> cs.getCourse() == course).toList();
            int month = planned.isEmpty() ? DEFAULT_MONTH : planned.get(0).getMonth();
            for (int year : unplannedYears(into, course)) {
                CourseSeats added = JinzaiFactory.eINSTANCE.createCourseSeats();
                added.setCourse(course);
                added.setFiscalYear(year);
                added.setSeats(seats);
                added.setMonth(month);
                added.setEstimate(EcoreUtil.copy(estimate));
                into.getCourseSeats().add(added);
                written++;
            }
        }
        return written;
    }

    /**
     * The fiscal years of a scenario's horizon whose plan has no seats of a course (seats estimated from the history
     * and not typed over since are no plan; typed over, they are the planner's).
     */
    public static List<Integer> unplannedYears(Scenario scenario, Course course) {
        List<Integer> years = new ArrayList<>();
        int first = scenario.getRunSettings().getFirstFiscalYear();
        for (int year = first; year < first + scenario.getRunSettings().getHorizonYears(); year++) {
            int y = year;
            if (scenario.getCourseSeats().stream().noneMatch(cs -> cs.getCourse() == course && cs.getFiscalYear() == y
                    && org.jinzai.model.util.Estimates.inForce(cs) == null)) {
                years.add(year);
            }
        }
        return years;
    }

    /** The month a course runs when nothing says otherwise (the model's default). */
    private static final int DEFAULT_MONTH = JinzaiFactory.eINSTANCE.createCourseSeats().getMonth();

    /**
     * The tenures fitted by kind of department into a rotation that moves anyone (a rotation of 0 years moves no one
     * and is left so): each as the kind's own tenure, with its provenance, replacing one the rotation had.
     */
    private static int writeTenures(Estimates estimates, RotationPolicy rotation) {
        if (rotation == null || rotation.getMinTenureYears() <= 0) {
            return 0;
        }
        for (Map.Entry<DepartmentKind, Calibration.Tenure> entry : estimates.tenures().entrySet()) {
            KindTenure tenure = Tenures.own(rotation, entry.getKey());
            if (tenure == null) {
                tenure = JinzaiFactory.eINSTANCE.createKindTenure();
                tenure.setKind(entry.getKey());
                rotation.getTenures().add(tenure);
            }
            Calibration.Tenure fit = entry.getValue();
            TenureEstimate estimate = JinzaiFactory.eINSTANCE.createTenureEstimate();
            fill(estimate, fit.share());
            estimate.setFittedMinYears(fit.minYears());
            estimate.setFittedMaxYears(fit.maxYears());
            tenure.setEstimate(estimate);
            tenure.setMinTenureYears(fit.minYears());
            tenure.setMaxTenureYears(fit.maxYears());
        }
        return estimates.tenures().size();
    }

    private static RateEstimate provenance(Estimate e) {
        RateEstimate estimate = JinzaiFactory.eINSTANCE.createRateEstimate();
        fill(estimate, e);
        return estimate;
    }

    private static void fill(RateEstimate estimate, Estimate e) {
        estimate.setEstimated(rounded(e.value()));
        estimate.setLow(rounded(e.low()));
        estimate.setHigh(rounded(e.high()));
        estimate.setEvents(e.events());
        estimate.setExposure(e.exposure());
        estimate.setFirstYear(e.firstYear());
        estimate.setLastYear(e.lastYear());
        estimate.setAlpha(e.alpha());
        estimate.setBeta(e.beta());
    }

    private static double rounded(double share) {
        return Math.round(share * ROUNDING) / ROUNDING;
    }

}
