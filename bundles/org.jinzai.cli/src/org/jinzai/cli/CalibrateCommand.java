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

import org.eclipse.osgi.util.NLS;
import org.jinzai.engine.SimulationInput.Employment;
import org.jinzai.engine.calibration.Calibration;
import org.jinzai.engine.calibration.Calibration.Band;
import org.jinzai.engine.calibration.Calibration.Estimate;
import org.jinzai.engine.calibration.History;
import org.jinzai.engine.calibration.HistoryProblem;
import org.jinzai.engine.calibration.RosterRecord;
import org.jinzai.model.AppointmentPolicy;
import org.jinzai.model.AttritionRate;
import org.jinzai.model.Persona;
import org.jinzai.model.RetirementAge;
import org.jinzai.model.Scenario;
import org.jinzai.model.io.HistoryImport;
import org.jinzai.model.io.RosterImport.LineError;

/**
 * {@code calibrate SCENARIO HISTORY...}: the leaving rates and the re-appointment probability the municipality's past
 * rosters give, beside the scenario's, each with its 90 % interval (see {@link Calibration}). Reads only.
 */
final class CalibrateCommand extends Command {

    CalibrateCommand() {
        super("calibrate", Messages.HelpCalibrate, Set.of("--encoding"), Set.of()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    int run(Options options, CommandContext context) throws UsageException, InvalidInputException {
        if (options.files.size() < 2) {
            throw new UsageException(NLS.bind(Messages.NeedsFiles, name));
        }
        Charset charset = ImportStaffCommand.encoding(options);
        Scenario scenario = context.loadScenario(Path.of(options.files.get(0)));
        if (scenario.getAttrition() == null || scenario.getAttrition().getRates().isEmpty()) {
            context.err.println(NLS.bind(Messages.CalibrateNoRates, scenario.getName()));
            return Cli.INVALID;
        }
        Persona promoter = scenario.getAppointment() == null ? null : scenario.getAppointment().getPersona();
        // every file read and checked before anything is estimated: one bad line and nothing is
        List<RosterRecord> records = new ArrayList<>();
        boolean bad = false;
        for (String fileName : options.files.subList(1, options.files.size())) {
            Path file = Path.of(fileName);
            if (!Files.isRegularFile(file)) {
                context.err.println(NLS.bind(Messages.ImportNoFile, file));
                bad = true;
                continue;
            }
            HistoryImport.Result result;
            try {
                result = HistoryImport.read(file, charset);
            } catch (IOException e) {
                context.err.println(NLS.bind(Messages.ImportNoFile, file));
                bad = true;
                continue;
            }
            for (LineError error : result.errors()) {
                context.err.println(NLS.bind(Messages.CalibrateFileProblem, file.getFileName(), error));
            }
            bad |= !result.ok();
            for (HistoryImport.Row row : result.rows()) {
                records.add(new RosterRecord(row.id(), row.fiscalYear(), row.birthYear(), Employment.valueOf(row.employment().name()), row.department(),
                        promoter != null && isPersona(row.persona(), promoter), leaving(row.leaving()), file.getFileName().toString(), row.line()));
            }
        }
        if (bad) {
            context.err.println(Messages.CalibrateRefused);
            return Cli.INVALID;
        }
        History history = History.of(records);
        for (HistoryProblem problem : history.problems()) {
            context.err.println(NLS.bind(switch (problem.kind()) {
                case DUPLICATE -> Messages.CalibrateDuplicate;
                case RETURNS -> Messages.CalibrateReturns;
                case BIRTH_YEAR_CHANGES -> Messages.CalibrateBirthYear;
            }, new Object[] { problem.source(), problem.line(), problem.id(), problem.before(), problem.now() }));
        }
        report(scenario, history, promoter, context);
        return Cli.OK;
    }

    private static boolean isPersona(String text, Persona persona) {
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

    private static void report(Scenario scenario, History history, Persona promoter, CommandContext context) {
        List<AttritionRate> rates = scenario.getAttrition().getRates();
        List<Band> bands = rates.stream().map(r -> new Band(r.getMinAge(), r.getMaxAge(), Employment.valueOf(r.getEmploymentType().name()))).toList();
        Map<Band, Estimate> estimates = Calibration.leaving(history, bands, retirementAge(scenario, history.firstYear()));
        context.out.println(NLS.bind(Messages.CalibrateHeader, new Object[] { history.years().size(), history.firstYear(), history.lastYear(),
            history.members(), scenario.getName() }));
        context.out.println("  " + Messages.CalibrateColumns); //$NON-NLS-1$
        for (int k = 0; k < rates.size(); k++) {
            Estimate e = estimates.get(bands.get(k));
            String ages = String.format(Locale.ROOT, "  %2d-%-3d  ", rates.get(k).getMinAge(), rates.get(k).getMaxAge()); //$NON-NLS-1$
            String scenarioRate = String.format(Locale.ROOT, "%8s  ", percent(rates.get(k).getYearlyRate())); //$NON-NLS-1$
            // a band nobody of the history was in has no estimate of its own (only the prior): said, not shown as one
            String estimate = e.exposure() == 0 ? "  -        " + Messages.CalibrateNobody //$NON-NLS-1$
                    : String.format(Locale.ROOT, "%9s  %6s-%-7s %7.0f  %8.0f", percent(e.value()), percent(e.low()), percent(e.high()), //$NON-NLS-1$
                            e.events(), e.exposure() / 12);
            context.out.println(ages + pad(employment(bands.get(k).employment()), 13) + scenarioRate + estimate);
        }
        AppointmentPolicy appointment = scenario.getAppointment();
        if (promoter != null) {
            Estimate kept = Calibration.reappointment(history);
            if (kept == null) {
                context.out.println(NLS.bind(Messages.CalibrateNoPromoters, promoter.getName()));
            } else {
                context.out.println(NLS.bind(Messages.CalibrateReappointment, new Object[] { promoter.getName(),
                    percent(appointment.getReappointmentProbability()), percent(kept.value()), percent(kept.low()), percent(kept.high()),
                    (int) kept.events(), (int) kept.exposure() }));
            }
        }
        context.out.println(Messages.CalibrateMethod);
    }

    /** The retirement age in force in a fiscal year: the latest set at or before it, else the earliest set (0: none). */
    private static int retirementAge(Scenario scenario, int fiscalYear) {
        List<RetirementAge> ages = new ArrayList<>(scenario.getAttrition().getRetirementAges());
        ages.sort(java.util.Comparator.comparingInt(RetirementAge::getFiscalYear));
        int age = ages.isEmpty() ? 0 : ages.get(0).getAge();
        for (RetirementAge a : ages) {
            if (a.getFiscalYear() <= fiscalYear) {
                age = a.getAge();
            }
        }
        return age;
    }

    /** A text padded to a width in columns of a terminal (a Japanese character takes two). */
    static String pad(String text, int columns) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) >= 0x1100 ? 2 : 1;
        }
        return text + " ".repeat(Math.max(1, columns - width)); //$NON-NLS-1$
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100); //$NON-NLS-1$
    }

    private static String employment(Employment type) {
        return switch (type) {
            case REGULAR -> Messages.CalibrateRegular;
            case FIXED_TERM -> Messages.CalibrateFixedTerm;
            case PART_TIME -> Messages.CalibratePartTime;
            case OUTSOURCED -> Messages.CalibrateOutsourced;
        };
    }
}
