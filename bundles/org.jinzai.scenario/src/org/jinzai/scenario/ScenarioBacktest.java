package org.jinzai.scenario;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jinzai.engine.MonteCarloEngine;
import org.jinzai.engine.ProgressListener;
import org.jinzai.engine.SimulationInput;
import org.jinzai.engine.calibration.Backtest;
import org.jinzai.engine.calibration.Backtest.Measure;
import org.jinzai.engine.calibration.Backtest.Row;
import org.jinzai.engine.calibration.Calibration.Band;
import org.jinzai.engine.calibration.History;
import org.jinzai.engine.calibration.HistoryProblem;
import org.jinzai.engine.calibration.RosterRecord;
import org.jinzai.model.BacktestSummary;
import org.jinzai.model.Baseline;
import org.jinzai.model.Course;
import org.jinzai.model.Department;
import org.jinzai.model.DepartmentKind;
import org.jinzai.model.JinzaiFactory;
import org.jinzai.model.Persona;
import org.jinzai.model.Scenario;
import org.jinzai.model.StaffMember;
import org.jinzai.model.io.HistoryImport;
import org.jinzai.model.templates.Scenarios;

/**
 * A rolling-origin backtest of a scenario on the municipality's past rosters: for every origin year Y that leaves at
 * least one year to fit on and one to compare with, the rates are estimated from the rosters up to Y only, the
 * scenario is run from the staff on the roster of Y (its other policies as they are; joiners left out, see
 * {@link Backtest}), and what the projection said of the following years is compared with their real rosters.
 */
public final class ScenarioBacktest {

    /** How to run it: replications per origin, seed, and whether the estimated rates are drawn from their posterior. */
    public record Settings(int replications, long seed, boolean rateUncertainty) {
    }

    /** The comparisons of every origin, the bands they count by, and the origins. */
    public record Result(List<Row> rows, List<Band> bands, List<Integer> origins) {
    }

    /** A member of an origin's roster whose 所属 is no department of the baseline. */
    public static final class UnknownDepartment extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final transient HistoryImport.Row row;
        private final String file;

        UnknownDepartment(String file, HistoryImport.Row row) {
            super(file + ":" + row.line() + ": " + row.department()); //$NON-NLS-1$ //$NON-NLS-2$
            this.file = file;
            this.row = row;
        }

        public HistoryImport.Row row() {
            return row;
        }

        public String file() {
            return file;
        }
    }

    private ScenarioBacktest() {
    }

    /**
     * What a policy document cites of a backtest: the comparisons of staff still employed and of leavers (the measures
     * the estimated rates speak for; moves find more free posts without the joiners, promoters follow rules the
     * history does not estimate), how often the truth fell inside P10–P90 and P5–P95, the origins and the last year compared, on a date.
     */
    public static BacktestSummary summary(Result result, Settings settings, java.time.LocalDate date) {
        List<Row> cited = result.rows().stream()
                .filter(r -> r.measure().kind() == Backtest.Kind.HEADCOUNT || r.measure().kind() == Backtest.Kind.LEAVERS).toList();
        BacktestSummary summary = JinzaiFactory.eINSTANCE.createBacktestSummary();
        summary.setFirstOrigin(result.origins().get(0));
        summary.setLastOrigin(result.origins().get(result.origins().size() - 1));
        summary.setLastYear(cited.stream().mapToInt(r -> r.measure().fiscalYear()).max().orElse(summary.getLastOrigin()));
        summary.setComparisons(cited.size());
        summary.setInside80(Math.round(Backtest.coverage80(cited) * 1000) / 1000.0);
        summary.setInside90(Math.round(Backtest.coverage90(cited) * 1000) / 1000.0);
        summary.setRuns(settings.replications());
        summary.setRatesDrawn(settings.rateUncertainty());
        summary.setDate(date.toString());
        return summary;
    }

    /** The origin years a history allows: the year before it to fit on, the year after it to compare with (rosters with gaps give fewer). */
    public static List<Integer> origins(History history) {
        List<Integer> origins = new ArrayList<>();
        for (int y : history.years()) {
            // a year to fit on right before it (a transition), and the roster of the year after it to compare with
            if (history.years().contains(y - 1) && history.years().contains(y + 1)) {
                origins.add(y);
            }
        }
        return origins;
    }

    /** The longest a projection runs (the engine's horizon): an origin is compared with this many years after it at most. */
    private static final int MOST_YEARS = 9;

    /**
     * Runs the backtest.
     *
     * @throws UnknownDepartment when an origin's roster names a 所属 the baseline does not have (found before anything runs)
     */
    public static Result run(Scenario scenario, List<ScenarioCalibration.HistoryFile> files, Settings settings, ProgressListener listener) {
        History all = ScenarioCalibration.history(scenario, files);
        // every record of the files but those of members whose history cannot be right (as calibration leaves them out)
        Set<String> excluded = all.problems().stream().map(HistoryProblem::id).collect(Collectors.toSet());
        List<RosterRecord> records = ScenarioCalibration.records(scenario, files).stream().filter(r -> !excluded.contains(r.id())).toList();
        List<Band> bands = scenario.getAttrition().getRates().stream().map(ScenarioCalibration::band).toList();
        List<Integer> origins = origins(all);
        Map<String, Department> departments = ScenarioCalibration.departments(scenario.getBaseline());
        for (ScenarioCalibration.HistoryFile file : files) {
            for (HistoryImport.Row row : file.rows()) {
                if (origins.contains(row.fiscalYear()) && !excluded.contains(row.id()) && !departments.containsKey(row.department())) {
                    throw new UnknownDepartment(file.name(), row);
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int k = 0; k < origins.size(); k++) {
            int origin = origins.get(k);
            int last = Math.min(all.lastYear(), origin + MOST_YEARS);
            List<RosterRecord> upToOrigin = records.stream().filter(r -> r.fiscalYear() <= origin).toList();
            ScenarioCalibration.Estimates fitted = ScenarioCalibration.estimate(scenario, History.of(upToOrigin));
            Set<String> cohort = Backtest.cohort(records, origin);
            Scenario projected = startingFrom(scenario, files, cohort, origin, last, fitted, settings.rateUncertainty());
            Map<Measure, Double> truth = Backtest.measures(records, cohort, origin, last, bands);
            List<Map<Measure, Double>> projections = new ArrayList<>();
            int done = k * settings.replications();
            // the origin's roster is of 4月1日, after that April's transfers: nobody is due at the run's first April
            SimulationInput input = ScenarioCompiler.compile(projected);
            input = input.rotation() == null ? input : input.withRotation(input.rotation().afterTransfers());
            new MonteCarloEngine().pastRosters(input, settings.seed(), settings.replications(),
                    simulated -> projections.add(Backtest.measures(simulated, cohort, origin, last, bands)), new ProgressListener() {
                        @Override
                        public void replicationsDone(int count, int total) {
                            listener.replicationsDone(done + count, origins.size() * settings.replications());
                        }

                        @Override
                        public boolean isCancelled() {
                            return listener.isCancelled();
                        }
                    });
            rows.addAll(Backtest.compare(origin, truth, projections));
        }
        return new Result(rows, bands, origins);
    }

    /**
     * A copy of the scenario (and its baseline) run from an origin year's roster: its staff are that roster's, the
     * rates those fitted up to the origin, the years from the origin to the history's last.
     */
    private static Scenario startingFrom(Scenario scenario, List<ScenarioCalibration.HistoryFile> files, Set<String> cohort, int origin, int lastYear,
            ScenarioCalibration.Estimates fitted, boolean uncertainty) {
        Scenario copy = Scenarios.copyWithBaseline(scenario);
        Baseline baseline = copy.getBaseline();
        // the years first: the seats the history gives go into the years projected
        copy.getRunSettings().setFirstFiscalYear(origin);
        copy.getRunSettings().setHorizonYears(lastYear - origin + 1);
        copy.getRunSettings().setRateUncertainty(uncertainty);
        ScenarioCalibration.write(fitted, copy);
        baseline.getStaff().clear();
        baseline.getRosterAggregates().clear();
        Map<String, Department> departments = ScenarioCalibration.departments(baseline);
        Map<String, String> departmentOf = new HashMap<>();
        for (ScenarioCalibration.HistoryFile file : files) {
            for (HistoryImport.Row row : file.rows()) {
                departmentOf.put(row.id() + "@" + row.fiscalYear(), row.department()); //$NON-NLS-1$
            }
        }
        Persona general = generalPersona(scenario.getBaseline(), ScenarioCalibration.promoter(scenario), baseline);
        for (ScenarioCalibration.HistoryFile file : files) {
            for (HistoryImport.Row row : file.rows()) {
                if (row.fiscalYear() != origin || !cohort.contains(row.id())) {
                    continue;
                }
                Department department = departments.get(row.department());
                if (department == null) {
                    throw new UnknownDepartment(file.name(), row);
                }
                StaffMember member = JinzaiFactory.eINSTANCE.createStaffMember();
                member.setId(row.id());
                member.setBirthYear(row.birthYear());
                member.setEmploymentType(row.employment());
                member.setDepartment(department);
                member.setHireFiscalYear(origin);
                member.setMonthsInPost(monthsInPost(row, departmentOf));
                member.setPersona(persona(row.persona(), baseline.getPersonas(), general));
                // what the roster says of courses and steps: the projection's steps start from there
                if (row.courses() != null) {
                    for (String named : row.courses()) {
                        Course course = ScenarioCalibration.course(baseline, named);
                        if (course != null) {
                            member.getCoursesCompleted().add(course);
                        }
                    }
                }
                if (row.step() > 0 && member.getPersona() != null) {
                    org.jinzai.model.StepReached reached = JinzaiFactory.eINSTANCE.createStepReached();
                    reached.setPersona(member.getPersona());
                    reached.setStep(row.step());
                    member.getStepsReached().add(reached);
                }
                baseline.getStaff().add(member);
            }
        }
        return copy;
    }

    /**
     * How long a member of the origin's roster has been in their post: as the roster says (現所属月数), else the years
     * the rosters show them in their department (for one there since the first roster, at least that long). The
     * engine draws each member's tenure from the years not yet served.
     */
    private static int monthsInPost(HistoryImport.Row row, Map<String, String> departmentOf) {
        if (row.monthsInPost() >= 0) {
            return row.monthsInPost();
        }
        int year = row.fiscalYear();
        while (row.department().equals(departmentOf.get(row.id() + "@" + (year - 1)))) { //$NON-NLS-1$
            year--;
        }
        return 12 * (row.fiscalYear() - year);
    }

    private static Persona persona(String named, Collection<Persona> personas, Persona general) {
        for (Persona p : personas) {
            if (ScenarioCalibration.isPersona(named, p)) {
                return p;
            }
        }
        // a roster that does not say (most do not): the persona most staff of business departments have, or none
        return general;
    }

    /** The persona most staff of the original baseline's business departments have, other than the promoters', in the copy. */
    private static Persona generalPersona(Baseline original, Persona promoter, Baseline copy) {
        Map<Persona, Integer> counts = new HashMap<>();
        for (StaffMember s : original.getStaff()) {
            if (s.getPersona() != null && s.getPersona() != promoter && s.getDepartment() != null
                    && s.getDepartment().getKind() == DepartmentKind.BUSINESS) {
                counts.merge(s.getPersona(), 1, Integer::sum);
            }
        }
        Persona best = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        return best == null ? null : copy.getPersonas().stream().filter(p -> p.getId().equals(best.getId())).findFirst().orElse(null);
    }
}
