package org.jinzai.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.jinzai.engine.SimulationInput.Employment;
import org.jinzai.engine.calibration.Calibration;
import org.jinzai.engine.calibration.Calibration.Estimate;
import org.jinzai.engine.calibration.History;
import org.jinzai.engine.calibration.HistoryProblem;
import org.jinzai.model.AttritionRate;
import org.jinzai.model.Course;
import org.jinzai.model.CourseSeats;
import org.jinzai.model.DepartmentKind;
import org.jinzai.model.Persona;
import org.jinzai.model.RotationPolicy;
import org.jinzai.model.Scenario;
import org.jinzai.model.io.HistoryImport;
import org.jinzai.model.io.JinzaiResourceFactory;
import org.jinzai.model.io.RosterImport.LineError;
import org.jinzai.model.validation.ElementNames;
import org.jinzai.reports.RosterFiles;
import org.jinzai.scenario.Experiments;
import org.jinzai.scenario.ScenarioCalibration;
import org.jinzai.scenario.ScenarioCalibration.Estimates;

/**
 * {@code calibrate SCENARIO|BASELINE HISTORY... [--into NEW.jzs]}: the leaving rates and the re-appointment probability the
 * municipality's past rosters give, beside the scenario's, each with its 90 % interval (see {@link Calibration}); with
 * --into, a copy of the scenario beside it with the estimates written in, each with where it came from (of a baseline:
 * a new status-quo scenario of it beside it). Changes no file it reads.
 */
final class CalibrateCommand extends Command {

    CalibrateCommand() {
        super("calibrate", Messages.HelpCalibrate, Set.of("--encoding", "--into"), Set.of()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Override
    int run(Options options, CommandContext context) throws UsageException, InvalidInputException {
        if (options.files.size() < 2) {
            throw new UsageException(NLS.bind(Messages.NeedsFiles, name));
        }
        Charset charset = ImportStaffCommand.encoding(options);
        Path scenarioFile = Path.of(options.files.get(0));
        String first = scenarioFile.getFileName().toString().toLowerCase(Locale.ROOT);
        // a baseline: a new status-quo scenario of it (the planning assumptions the estimates replace), written only with --into
        boolean fromBaseline = first.endsWith("." + JinzaiResourceFactory.BASELINE_EXTENSION); //$NON-NLS-1$
        if (!fromBaseline && !first.endsWith("." + JinzaiResourceFactory.SCENARIO_EXTENSION)) { //$NON-NLS-1$
            // the rosters given first (the scenario forgotten): said as such, not as a file that may not be referred to
            throw new UsageException(NLS.bind(Messages.CalibrateFirstScenario, scenarioFile.getFileName()));
        }
        Path into = ExperimentCommand.newScenarioBeside(options, scenarioFile, "--into", Messages.CalibrateIntoMisplaced, //$NON-NLS-1$
                Messages.CalibrateIntoExists);
        Scenario scenario = fromBaseline ? context.newScenario(scenarioFile) : context.loadScenario(scenarioFile);
        if (scenario.getAttrition() == null || scenario.getAttrition().getRates().isEmpty()) {
            context.err.println(NLS.bind(Messages.CalibrateNoRates, scenario.getName()));
            return Cli.INVALID;
        }
        History history = readHistory(options.files.subList(1, options.files.size()), charset, scenario, context);
        if (history == null) {
            context.err.println(Messages.CalibrateRefused);
            return Cli.INVALID;
        }
        if (history.transitions().isEmpty()) {
            context.err.println(Messages.CalibrateNoTransitions);
            return Cli.INVALID;
        }
        Estimates estimates = ScenarioCalibration.estimate(scenario, history);
        report(scenario, estimates, into != null, context);
        if (into == null) {
            return Cli.OK;
        }
        Scenario calibrated = EcoreUtil.copy(scenario);
        int written = ScenarioCalibration.write(estimates, calibrated);
        try {
            if (fromBaseline) {
                Experiments.saveNew(calibrated, into, NLS.bind(Messages.CalibratedName, scenario.getName()));
            } else {
                Experiments.saveCopy(scenario, calibrated, into, NLS.bind(Messages.CalibratedName, scenario.getName()));
            }
        } catch (IOException | RuntimeException e) {
            context.err.println(NLS.bind(Messages.CalibrateIntoFailed, into, e.getLocalizedMessage()));
            return Cli.FAILED;
        }
        context.out.println(NLS.bind(Messages.CalibrateWritten, written, into));
        return Cli.OK;
    }

    /**
     * The history of the files, every one read and checked before anything is estimated (one bad line and nothing
     * is); null when a file is missing or has a bad line (said on the error stream). Members whose history is
     * inconsistent are said and left out.
     */
    private static History readHistory(List<String> fileNames, Charset charset, Scenario scenario, CommandContext context) {
        List<ScenarioCalibration.HistoryFile> files = readFiles(fileNames, charset, context);
        return files == null ? null : history(scenario, files, context);
    }

    /** The rows of history files, every one read and checked; null when a file is missing or has a bad line (said). */
    static List<ScenarioCalibration.HistoryFile> readFiles(List<String> fileNames, Charset charset, CommandContext context) {
        List<ScenarioCalibration.HistoryFile> files = readEach(fileNames, charset, context);
        if (files == null) {
            return null;
        }
        // two files of the same fiscal year (a copy left beside the original) would make everyone a duplicate
        List<String[]> twice = ScenarioCalibration.sameYear(files);
        for (String[] clash : twice) {
            context.err.println(NLS.bind(Messages.CalibrateSameYear, new Object[] { clash[1], clash[2], clash[0] }));
        }
        return twice.isEmpty() ? files : null;
    }

    private static List<ScenarioCalibration.HistoryFile> readEach(List<String> fileNames, Charset charset, CommandContext context) {
        List<ScenarioCalibration.HistoryFile> files = new ArrayList<>();
        boolean bad = false;
        for (String fileName : fileNames) {
            Path file = Path.of(fileName);
            HistoryImport.Result result = null;
            try {
                result = Files.isRegularFile(file) ? RosterFiles.readHistory(file, charset) : null;
            } catch (IOException e) {
                result = null;
            }
            if (result == null) {
                context.err.println(NLS.bind(Messages.ImportNoFile, file));
                bad = true;
                continue;
            }
            for (LineError error : result.errors()) {
                context.err.println(NLS.bind(Messages.CalibrateFileProblem, file.getFileName(), error));
            }
            bad |= !result.ok();
            files.add(new ScenarioCalibration.HistoryFile(file.getFileName().toString(), result.rows()));
        }
        return bad ? null : files;
    }

    /** The history of the files for a scenario; the members whose history is inconsistent said (and left out). */
    static History history(Scenario scenario, List<ScenarioCalibration.HistoryFile> files, CommandContext context) {
        History history = ScenarioCalibration.history(scenario, files);
        for (HistoryProblem problem : history.problems()) {
            // a duplicate's "before" is where the id was seen first, its "now" the fiscal year
            boolean duplicate = problem.kind() == HistoryProblem.Kind.DUPLICATE;
            context.err.println(NLS.bind(switch (problem.kind()) {
                case DUPLICATE -> Messages.CalibrateDuplicate;
                case RETURNS -> Messages.CalibrateReturns;
                case BIRTH_YEAR_CHANGES -> Messages.CalibrateBirthYear;
            }, new Object[] { problem.source(), problem.line(), problem.id(), duplicate ? problem.now() : problem.before(),
                duplicate ? problem.before() : problem.now() }));
        }
        List<Integer> missing = ScenarioCalibration.missingYears(history);
        if (!missing.isEmpty()) {
            context.err.println(NLS.bind(Messages.CalibrateMissingYears, String.join(", ", missing.stream().map(String::valueOf).toList()))); //$NON-NLS-1$
        }
        for (Map.Entry<String, String[]> unknown : ScenarioCalibration.unknownDepartments(scenario, files).entrySet()) {
            context.err.println(NLS.bind(Messages.CalibrateUnknownDepartment, new Object[] { unknown.getKey(), unknown.getValue()[0],
                unknown.getValue()[1] }));
        }
        return history;
    }

    private static void report(Scenario scenario, Estimates estimates, boolean writing, CommandContext context) {
        History history = estimates.history();
        List<AttritionRate> rates = estimates.rates();
        context.out.println(NLS.bind(Messages.CalibrateHeader, new Object[] { history.years().size(), history.firstYear(), history.lastYear(),
            history.members(), scenario.getName() }));
        context.out.println("  " + Messages.CalibrateColumns); //$NON-NLS-1$
        for (int k = 0; k < rates.size(); k++) {
            Estimate e = estimates.leaving().get(k);
            AttritionRate rate = rates.get(k);
            String ages = String.format(Locale.ROOT, "  %2d-%-3d  ", rate.getMinAge(), rate.getMaxAge()); //$NON-NLS-1$
            String scenarioRate = String.format(Locale.ROOT, "%8s  ", percent(rate.getYearlyRate())); //$NON-NLS-1$
            // a band nobody of the history was in has no estimate of its own (only the prior): said, not shown as one
            String estimate = e.exposure() == 0 ? "  -        " + Messages.CalibrateNobody //$NON-NLS-1$
                    : String.format(Locale.ROOT, "%9s  %6s-%-7s %7.0f  %8.0f", percent(e.value()), percent(e.low()), percent(e.high()), //$NON-NLS-1$
                            e.events(), e.exposure() / 12);
            context.out.println(ages + pad(employment(Employment.valueOf(rate.getEmploymentType().name())), 13) + scenarioRate + estimate);
        }
        Persona promoter = ScenarioCalibration.promoter(scenario);
        if (promoter != null) {
            Estimate kept = estimates.reappointment();
            if (kept == null) {
                context.out.println(NLS.bind(Messages.CalibrateNoPromoters, promoter.getName()));
            } else {
                context.out.println(NLS.bind(Messages.CalibrateReappointment, new Object[] { promoter.getName(),
                    percent(scenario.getAppointment().getReappointmentProbability()), percent(kept.value()), percent(kept.low()),
                    percent(kept.high()), (int) kept.events(), (int) kept.exposure() }));
            }
        }
        moves(scenario, estimates, writing, context);
        courses(scenario, estimates, context);
        context.out.println(Messages.CalibrateMethod);
    }

    /** The yearly completions of each course the rosters name, beside the plan's seats (written where the plan has none). */
    private static void courses(Scenario scenario, Estimates estimates, CommandContext context) {
        if (!estimates.unknownCourses().isEmpty()) {
            context.err.println(NLS.bind(Messages.CalibrateUnknownCourses, String.join("、", estimates.unknownCourses()))); //$NON-NLS-1$
        }
        if (estimates.courses().isEmpty()) {
            return;
        }
        context.out.println(Messages.CalibrateCoursesHeader);
        for (Map.Entry<Course, Calibration.Uptake> entry : estimates.courses().entrySet()) {
            Estimate e = entry.getValue().perYear();
            List<Integer> unplanned = ScenarioCalibration.unplannedYears(scenario, entry.getKey());
            CourseSeats planned = ScenarioCalibration.firstPlanned(scenario, entry.getKey());
            long seats = Math.round(e.value());
            String plan = !unplanned.isEmpty() && seats >= 1 ? NLS.bind(Messages.CalibrateCourseUnplanned, unplanned.size(), seats)
                    : planned == null ? Messages.CalibrateCourseNone
                    : NLS.bind(Messages.CalibrateCoursePlanned, planned.getSeats(), String.valueOf(planned.getFiscalYear()));
            context.out.println("  " + NLS.bind(Messages.CalibrateCourse, new Object[] { ElementNames.name(entry.getKey()), //$NON-NLS-1$
                String.format(Locale.ROOT, "%.1f", e.value()), String.format(Locale.ROOT, "%.1f", e.low()), //$NON-NLS-1$ //$NON-NLS-2$
                String.format(Locale.ROOT, "%.1f", e.high()), (int) e.events(), String.valueOf(e.firstYear()), String.valueOf(e.lastYear()), plan })); //$NON-NLS-1$
        }
    }

    /** The yearly share of regulars who move, by kind of department, beside the rotation's tenure, and the tenure they fit. */
    private static void moves(Scenario scenario, Estimates estimates, boolean writing, CommandContext context) {
        if (estimates.moves().isEmpty()) {
            return;
        }
        RotationPolicy rotation = scenario.getRotation();
        // a rotation without a tenure (0 years) moves nobody by it: said as no rotation
        rotation = rotation != null && rotation.getMinTenureYears() + rotation.getMaxTenureYears() > 0 ? rotation : null;
        context.out.println(rotation == null ? Messages.CalibrateMovesHeaderNoRotation : NLS.bind(Messages.CalibrateMovesHeader, new Object[] {
            rotation.getMinTenureYears(), rotation.getMaxTenureYears(), percent(2.0 / (rotation.getMinTenureYears() + rotation.getMaxTenureYears())) }));
        for (Map.Entry<DepartmentKind, Estimate> entry : estimates.moves().entrySet()) {
            Estimate e = entry.getValue();
            String line = NLS.bind(Messages.CalibrateMoves, new Object[] { ElementNames.literal(entry.getKey()), percent(e.value()), percent(e.low()),
                percent(e.high()), (int) e.events(), (int) e.exposure(), String.format(Locale.ROOT, "%.1f", 1 / e.value()) }); //$NON-NLS-1$
            Calibration.Tenure fit = estimates.tenures().get(entry.getKey());
            line += fit == null ? Messages.CalibrateTenureTooFew
                    : NLS.bind(Messages.CalibrateTenureFit, new Object[] { fit.minYears(), fit.maxYears(), fit.followed() });
            context.out.println("  " + line); //$NON-NLS-1$
        }
        if (estimates.history().transitions().stream().allMatch(t -> t.from().monthsInPost() < 0)) {
            context.out.println(Messages.CalibrateTenureNoMonths);
        }
        if (rotation != null && rotation.getMinTenureYears() > 0 && !estimates.tenures().isEmpty() && !writing) {
            context.out.println(Messages.CalibrateTenureWritten);
        }
    }

    /** A text padded to a width in columns of a terminal (a Japanese character takes two). */
    static String pad(String text, int columns) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) >= 0x1100 ? 2 : 1;
        }
        return text + " ".repeat(Math.max(1, columns - width)); //$NON-NLS-1$
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100); //$NON-NLS-1$
    }

    static String employment(Employment type) {
        return switch (type) {
            case REGULAR -> Messages.CalibrateRegular;
            case FIXED_TERM -> Messages.CalibrateFixedTerm;
            case PART_TIME -> Messages.CalibratePartTime;
            case OUTSOURCED -> Messages.CalibrateOutsourced;
        };
    }
}
