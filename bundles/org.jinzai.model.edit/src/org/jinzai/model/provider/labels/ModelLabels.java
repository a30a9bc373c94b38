package org.jinzai.model.provider.labels;

import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.jinzai.model.AllowedTransfer;
import org.jinzai.model.AppointmentPolicy;
import org.jinzai.model.AttritionRate;
import org.jinzai.model.Course;
import org.jinzai.model.CourseRequest;
import org.jinzai.model.CourseSeats;
import org.jinzai.model.CoursesCompletedCriterion;
import org.jinzai.model.DxProjectPlan;
import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.KindTenure;
import org.jinzai.model.LeadMonthsCriterion;
import org.jinzai.model.MentoringCriterion;
import org.jinzai.model.NamedElement;
import org.jinzai.model.PoolRequest;
import org.jinzai.model.PreviousStepCriterion;
import org.jinzai.model.ProjectsLedCriterion;
import org.jinzai.model.RateEstimate;
import org.jinzai.model.RegionMember;
import org.jinzai.model.RetirementAge;
import org.jinzai.model.RunSettings;
import org.jinzai.model.Scenario;
import org.jinzai.model.Secondment;
import org.jinzai.model.SkillGrant;
import org.jinzai.model.SkillItem;
import org.jinzai.model.SkillLevel;
import org.jinzai.model.SkillLevelCriterion;
import org.jinzai.model.SkillRequirement;
import org.jinzai.model.StaffMember;
import org.jinzai.model.StepDefinition;
import org.jinzai.model.StepReached;
import org.jinzai.model.TargetValue;
import org.jinzai.model.TenureEstimate;
import org.jinzai.model.UptakeEstimate;
import org.jinzai.model.YearlyCount;
import org.jinzai.model.provider.JinzaiEditPlugin;
import org.jinzai.model.util.Estimates;
import org.jinzai.model.util.FiscalYears;

/**
 * Labels that say what an element means ("2026年度（令和8年度）: DX基礎研修 14席（5月）") where the generated
 * item providers only show a type and one attribute. Used by the tree editor; null means "use the item
 * provider's label".
 */
public final class ModelLabels {

    private ModelLabels() {
    }

    /** A meaningful label, or null for elements whose generated label is good enough. */
    public static String text(Object element) {
        if (!(element instanceof EObject object)) {
            return null;
        }
        return switch (object) {
            case CourseSeats seats -> NLS.bind(Messages.CourseSeats, new Object[] { year(seats.getFiscalYear()),
                    name(seats.getCourse()), seats.getSeats(), seats.getMonth() });
            case DxProjectPlan plan -> NLS.bind(Messages.DxProjectPlan, new Object[] { year(plan.getFiscalYear()),
                    plan.getDepartment() == null ? Messages.AllBusinessDepartments : name(plan.getDepartment()),
                    plan.getCount(), plan.getDurationMonths(), plan.getLeadSeats() });
            // the days a week asked of a pool are days, not people
            case YearlyCount count when count.eContainingFeature() == JinzaiPackage.Literals.POOL_REQUEST__DAYS -> NLS.bind(Messages.YearlyDays,
                    year(count.getFiscalYear()), count.getCount());
            case YearlyCount count -> NLS.bind(Messages.YearlyCount, year(count.getFiscalYear()), count.getCount());
            case RegionMember member -> NLS.bind(Messages.RegionMember, new Object[] { municipality(member.getScenario()), name(member.getScenario()),
                    member.getPriority() });
            case PoolRequest request -> NLS.bind(request.getPersona() == null ? Messages.PoolRequestNoPersona : Messages.PoolRequest,
                    new Object[] { name(request.getPool()), request.getDays().stream().mapToInt(YearlyCount::getCount).max().orElse(0),
                        name(request.getPersona()) });
            case Secondment secondment -> NLS.bind(secondment.getStepOnReturn() == 0 ? Messages.SecondmentNoStep : Messages.Secondment,
                    new Object[] { name(secondment.getPool()), name(secondment.getPersona()), secondment.getTermYears(), secondment.getStepOnReturn() });
            case CourseRequest request -> NLS.bind(Messages.CourseRequest, name(request.getCourse()));
            case TargetValue value -> NLS.bind(Messages.TargetValue, year(value.getFiscalYear()), number(value.getValue()));
            case AttritionRate rate -> NLS.bind(Messages.AttritionRate, new Object[] { rate.getMinAge(), rate.getMaxAge(),
                    literal(rate.getEmploymentType()), percent(rate.getYearlyRate()) });
            case RetirementAge age -> NLS.bind(Messages.RetirementAge, year(age.getFiscalYear()), age.getAge());
            case AllowedTransfer transfer -> NLS.bind(Messages.AllowedTransfer, literal(transfer.getFrom()),
                    literal(transfer.getTo()));
            case KindTenure tenure -> NLS.bind(Messages.KindTenure, new Object[] { literal(tenure.getKind()), tenure.getMinTenureYears(),
                    tenure.getMaxTenureYears() });
            case RunSettings settings -> NLS.bind(Messages.RunSettings, new Object[] { year(settings.getFirstFiscalYear()),
                    settings.getHorizonYears(), settings.getReplications(), Long.toString(settings.getSeed()) });
            case StaffMember person -> NLS.bind(Messages.StaffMember, new Object[] { person.getId(),
                    person.getName() == null ? "" : person.getName(), name(person.getDepartment()), literal(person.getRank()), //$NON-NLS-1$
                    name(person.getPersona()) });
            case SkillLevel level -> skill(level.getSkill(), level.getLevel());
            case SkillGrant grant -> skill(grant.getSkill(), grant.getLevel());
            case SkillRequirement requirement -> skill(requirement.getSkill(), requirement.getLevel());
            case StepReached reached -> NLS.bind(Messages.StepReached, name(reached.getPersona()), reached.getStep());
            case StepDefinition step -> NLS.bind(Messages.StepDefinition, step.getStep(),
                    step.getDescription() == null ? "" : step.getDescription()); //$NON-NLS-1$
            case CoursesCompletedCriterion courses -> NLS.bind(Messages.CoursesCompleted,
                    courses.getCourses().stream().map(ModelLabels::name).collect(Collectors.joining("、")), //$NON-NLS-1$
                    courses.getMinimumCount() == 0 ? Messages.All : Integer.toString(courses.getMinimumCount()));
            case SkillLevelCriterion level -> NLS.bind(Messages.SkillAtLeast, name(level.getSkill()), level.getMinimumLevel());
            case LeadMonthsCriterion lead -> NLS.bind(Messages.LeadMonths, lead.getMinimumMonths());
            case ProjectsLedCriterion projects -> NLS.bind(Messages.ProjectsLed, projects.getMinimumProjects());
            case MentoringCriterion mentoring -> NLS.bind(Messages.Mentoring, mentoring.getMinimumMonths());
            case PreviousStepCriterion previous -> Messages.PreviousStep;
            default -> null;
        };
    }

    /** The municipality of a member's scenario (its baseline's organization), or "-". */
    private static String municipality(Scenario scenario) {
        if (scenario == null || scenario.eIsProxy() || scenario.getBaseline() == null || scenario.getBaseline().eIsProxy()
                || scenario.getBaseline().getOrganization() == null) {
            return "-"; //$NON-NLS-1$
        }
        return name(scenario.getBaseline().getOrganization());
    }

    private static String year(int fiscalYear) {
        return FiscalYears.label(fiscalYear, Locale.getDefault());
    }

    private static String skill(SkillItem skill, int level) {
        return NLS.bind(Messages.SkillLevel, name(skill), level);
    }

    private static String name(EObject element) {
        if (element == null) {
            return "-"; //$NON-NLS-1$
        }
        if (element.eIsProxy()) {
            return EcoreUtil.getURI(element).fragment();
        }
        if (element instanceof NamedElement named && named.getName() != null) {
            return named.getName();
        }
        return element instanceof Course course ? course.getId() : element.eClass().getName();
    }

    private static String literal(Enum<?> value) {
        if (value == null) {
            return "-"; //$NON-NLS-1$
        }
        String type = value.getDeclaringClass().getSimpleName();
        return JinzaiEditPlugin.INSTANCE.getString("_UI_" + type + "_" + value.name() + "_literal"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /**
     * Where a rate came from, beside it: 「推計: 2021–2025年度, 曝露 12,400人月, 90%区間 2.1–3.4%」, or, typed over since,
     * what the history gave; "" for a rate that was not estimated. The owner is a leaving rate or the appointment
     * policy (its re-appointment probability).
     */
    public static String provenance(EObject owner) {
        if (owner instanceof KindTenure tenure) {
            return provenance(tenure);
        }
        if (owner instanceof CourseSeats seats) {
            return provenance(seats);
        }
        RateEstimate e;
        double value;
        boolean months;
        if (owner instanceof AttritionRate rate) {
            e = rate.getEstimate();
            value = rate.getYearlyRate();
            months = true;
        } else if (owner instanceof AppointmentPolicy policy) {
            e = policy.getReappointmentEstimate();
            value = policy.getReappointmentProbability();
            months = false;
        } else {
            return ""; //$NON-NLS-1$
        }
        if (e == null) {
            return ""; //$NON-NLS-1$
        }
        String basis = NLS.bind(months ? Messages.EstimateBasisMonths : Messages.EstimateBasisPersons, new Object[] { e.getFirstYear(),
            e.getLastYear(), String.format(Locale.ROOT, "%,.0f", e.getExposure()), percent(e.getLow()), percent(e.getHigh()) }); //$NON-NLS-1$
        return Estimates.overridden(e, value) ? NLS.bind(Messages.EstimateOverridden, percent(e.getEstimated()), basis)
                : NLS.bind(Messages.EstimateInForce, basis);
    }

    /** Where a tenure by kind of department came from: the moves of the history, and the range that fits them best. */
    private static String provenance(KindTenure tenure) {
        TenureEstimate e = tenure.getEstimate();
        if (e == null) {
            return ""; //$NON-NLS-1$
        }
        String basis = NLS.bind(Messages.EstimateBasisTenure, new Object[] { e.getFirstYear(), e.getLastYear(),
            String.format(Locale.ROOT, "%,.0f", e.getExposure()), percent(e.getEstimated()), percent(e.getLow()), percent(e.getHigh()), //$NON-NLS-1$
            e.getFittedMinYears(), e.getFittedMaxYears() });
        return Estimates.overridden(tenure)
                ? NLS.bind(Messages.EstimateOverridden, NLS.bind(Messages.EstimateTenureYears, e.getFittedMinYears(), e.getFittedMaxYears()), basis)
                : NLS.bind(Messages.EstimateInForce, basis);
    }

    /** Where seats came from: the completions on the rosters of the years followed. */
    private static String provenance(CourseSeats seats) {
        UptakeEstimate e = seats.getEstimate();
        if (e == null) {
            return ""; //$NON-NLS-1$
        }
        String basis = NLS.bind(Messages.EstimateBasisUptake, new Object[] { e.getFirstYear(), e.getLastYear(), e.getCompletions(),
            String.format(Locale.ROOT, "%.1f", e.getPerYear()), String.format(Locale.ROOT, "%.1f", e.getLow()), //$NON-NLS-1$ //$NON-NLS-2$
            String.format(Locale.ROOT, "%.1f", e.getHigh()) }); //$NON-NLS-1$
        return Estimates.overridden(seats) ? NLS.bind(Messages.EstimateOverridden, NLS.bind(Messages.EstimateSeats, Estimates.seatsOf(e)), basis)
                : NLS.bind(Messages.EstimateInForce, basis);
    }

    private static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f%%", rate * 100); //$NON-NLS-1$
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value); //$NON-NLS-1$
    }
}
