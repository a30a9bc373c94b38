package org.jinzai.model.templates;

import java.util.List;

import org.jinzai.model.AllowedTransfer;
import org.jinzai.model.AppointmentPolicy;
import org.jinzai.model.AttritionPolicy;
import org.jinzai.model.AttritionRate;
import org.jinzai.model.Baseline;
import org.jinzai.model.ChannelKind;
import org.jinzai.model.Course;
import org.jinzai.model.CourseSeats;
import org.jinzai.model.Department;
import org.jinzai.model.DepartmentKind;
import org.jinzai.model.DxProjectPlan;
import org.jinzai.model.EmploymentType;
import org.jinzai.model.HeadcountBoundRule;
import org.jinzai.model.JinzaiFactory;
import org.jinzai.model.LeaveItAfterStepRule;
import org.jinzai.model.MunicipalityKind;
import org.jinzai.model.NoMoveAfterCourseRule;
import org.jinzai.model.Persona;
import org.jinzai.model.RecruitmentChannel;
import org.jinzai.model.RetirementAge;
import org.jinzai.model.RotationPolicy;
import org.jinzai.model.RotationRule;
import org.jinzai.model.RunSettings;
import org.jinzai.model.Scenario;
import org.jinzai.model.SpreadStepRule;
import org.jinzai.model.Step3ToLargeProjectsRule;
import org.jinzai.model.Target;
import org.jinzai.model.TargetKind;
import org.jinzai.model.TargetScope;
import org.jinzai.model.TargetValue;
import org.jinzai.model.YearlyCount;

/**
 * Scenarios a planner compares first, for a baseline made from a template: the status quo and variants
 * that change one lever. Figures and their sources are listed in the README (Examples).
 */
public final class ScenarioTemplates {

    /** The strategies of the examples. */
    public enum Variant {
        /** 現状維持: today's seats, projects and hiring; no rotation rules in force. */
        STATUS_QUO("status-quo", "現状維持"), //$NON-NLS-1$ //$NON-NLS-2$
        /** 研修枠拡充: twice the promoter courses and DX projects. */
        MORE_TRAINING("more-training", "研修枠拡充"), //$NON-NLS-1$ //$NON-NLS-2$
        /** ローテーションルール適用: the rotation rules of 004 §4–§6 switched on. */
        ROTATION_RULES("rotation-rules", "ローテーションルール適用"), //$NON-NLS-1$ //$NON-NLS-2$
        /** ICT職採用: an ICT hiring slot and external experts. */
        ICT_HIRING("ict-hiring", "ICT職採用・外部人材活用"); //$NON-NLS-1$ //$NON-NLS-2$

        private final String fileName;
        private final String label;

        Variant(String fileName, String label) {
            this.fileName = fileName;
            this.label = label;
        }

        /** File name without extension, e.g. status-quo. */
        public String fileName() {
            return fileName;
        }

        /** Japanese name of the scenario. */
        public String label() {
            return label;
        }
    }

    private static final JinzaiFactory F = JinzaiFactory.eINSTANCE;
    private static final int FIRST_YEAR = 2026;
    private static final int YEARS = 5;

    private final Baseline baseline;
    private final Scenario scenario = F.createScenario();
    private final int staff;
    private final List<Department> business;
    private final int itStaff;

    private ScenarioTemplates(Baseline baseline) {
        this.baseline = baseline;
        this.staff = baseline.getStaff().size();
        this.business = baseline.getOrganization().getDepartments().stream()
                .filter(d -> d.getKind() == DepartmentKind.BUSINESS).toList();
        this.itStaff = baseline.getOrganization().getDepartments().stream()
                .filter(d -> d.getKind() == DepartmentKind.INFORMATION_SYSTEMS).mapToInt(Department::getHeadcount).sum();
    }

    /** A scenario of the given variant on a baseline made by {@link BaselineTemplates}. */
    public static Scenario create(Baseline baseline, Variant variant) {
        return new ScenarioTemplates(baseline).build(variant);
    }

    private Scenario build(Variant variant) {
        scenario.setId("scenario-" + variant.fileName()); //$NON-NLS-1$
        scenario.setName(variant.label());
        scenario.setBaseline(baseline);
        if (variant != Variant.STATUS_QUO) {
            scenario.setDerivedFrom(Variant.STATUS_QUO.fileName() + ".jzs"); //$NON-NLS-1$
        }
        RunSettings settings = F.createRunSettings();
        settings.setFirstFiscalYear(FIRST_YEAR);
        settings.setHorizonYears(YEARS);
        settings.setReplications(1000);
        settings.setSeed(20260401L);
        scenario.setRunSettings(settings);

        int factor = variant == Variant.MORE_TRAINING ? 2 : 1;
        int promoterSeats = Math.max(2, business.size() / 4) * factor;
        for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
            seats(StandardCatalog.DX_BASICS, year, Math.max(5, staff / 10) * factor, 5);
            seats(StandardCatalog.TOOLS, year, Math.max(5, staff / 20), 7);
            seats(StandardCatalog.BPR, year, promoterSeats, 6);
            seats(StandardCatalog.PM, year, promoterSeats, 9);
            seats(StandardCatalog.DATA, year, Math.max(1, business.size() / 10) * factor, 10);
            seats(StandardCatalog.DX_LEADER, year, Math.max(1, itStaff / 6), 11);
            seats(StandardCatalog.SYS_ADMIN, year, Math.max(1, itStaff / 4), 6);
            seats(StandardCatalog.SYS_PRACTICE, year, Math.max(1, itStaff / 6), 9);
            seats(StandardCatalog.CLOUD, year, Math.max(1, itStaff / 6), 10);
            seats(StandardCatalog.SECURITY, year, Math.max(1, itStaff / 4), 11);
            seats(StandardCatalog.GOVERNANCE, year, itStaff >= 8 ? 1 : 0, 1);
            seats(StandardCatalog.MANAGEMENT, year, Math.max(1, business.size() / 5), 8);
            projects(year, Math.max(1, business.size() / 4) * factor);
        }
        appointment();
        rotation(variant == Variant.ROTATION_RULES);
        recruitment(variant == Variant.ICT_HIRING);
        attrition();
        targets();
        return scenario;
    }

    private void seats(String courseId, int year, int seats, int month) {
        CourseSeats entry = F.createCourseSeats();
        entry.setCourse(course(courseId));
        entry.setFiscalYear(year);
        entry.setSeats(seats);
        entry.setMonth(month);
        scenario.getCourseSeats().add(entry);
    }

    /** DX projects in turns across the business departments, one lead seat each, a year long. */
    private void projects(int year, int count) {
        for (int i = 0; i < count; i++) {
            DxProjectPlan plan = F.createDxProjectPlan();
            plan.setDepartment(business.get(((year - FIRST_YEAR) * count + i) % business.size()));
            plan.setFiscalYear(year);
            plan.setCount(1);
            plan.setDurationMonths(12);
            plan.setLeadSeats(1);
            plan.setStartMonth(5);
            scenario.getProjects().add(plan);
        }
    }

    /** One DX推進員 per business 課; 20–30 % re-appointed in year two in one ward (004 §8). */
    private void appointment() {
        AppointmentPolicy policy = F.createAppointmentPolicy();
        policy.setPersona(persona(StandardCatalog.PROMOTER));
        policy.setPerDepartment(1);
        policy.setMinAge(25);
        policy.setMaxAge(55);
        policy.setMinMonthsInPost(12);
        policy.setReappointmentProbability(0.3);
        scenario.setAppointment(policy);
    }

    private void rotation(boolean rulesOn) {
        RotationPolicy policy = F.createRotationPolicy();
        policy.setMinTenureYears(3);
        policy.setMaxTenureYears(5);
        policy.setMoveMonth(4);
        for (DepartmentKind from : DepartmentKind.VALUES) {
            for (DepartmentKind to : DepartmentKind.VALUES) {
                AllowedTransfer transfer = F.createAllowedTransfer();
                transfer.setFrom(from);
                transfer.setTo(to);
                policy.getAllowedTransfers().add(transfer);
            }
        }
        Persona promoter = persona(StandardCatalog.PROMOTER);
        NoMoveAfterCourseRule afterCourse = F.createNoMoveAfterCourseRule();
        afterCourse.setMonths(12);
        rule(policy, afterCourse, "rule-after-course", "研修直後のDX推進員は異動させない", true, 1, rulesOn); //$NON-NLS-1$ //$NON-NLS-2$
        rule(policy, F.createNoMoveDuringLargeProjectRule(), "rule-large-project", "大規模案件の途中で主要職員を異動させない", //$NON-NLS-1$ //$NON-NLS-2$
                true, 1, rulesOn);
        SpreadStepRule spread = F.createSpreadStepRule();
        spread.setPersona(promoter);
        spread.setStep(2);
        rule(policy, spread, "rule-spread-step2", "Step2の職員が特定部署に偏らないようにする", false, 2, rulesOn); //$NON-NLS-1$ //$NON-NLS-2$
        Step3ToLargeProjectsRule step3 = F.createStep3ToLargeProjectsRule();
        step3.setPersona(promoter);
        rule(policy, step3, "rule-step3-projects", "Step3の職員を大規模改革案件のある部署に配置する", false, 1, rulesOn); //$NON-NLS-1$ //$NON-NLS-2$
        LeaveItAfterStepRule leaveIt = F.createLeaveItAfterStepRule();
        leaveIt.setPersona(persona(StandardCatalog.IS_OFFICER));
        leaveIt.setStep(2);
        rule(policy, leaveIt, "rule-is-after-step2", "情報システム担当はStep2到達後に情報部門外へ異動", true, 1, rulesOn); //$NON-NLS-1$ //$NON-NLS-2$
        rule(policy, F.createSpecialistStaysInItRule(), "rule-specialist-track", "背番号職員は情報関連部門に留める", true, 1, //$NON-NLS-1$ //$NON-NLS-2$
                rulesOn);
        HeadcountBoundRule bound = F.createHeadcountBoundRule();
        bound.setPersona(promoter);
        bound.setMinimumStep(1);
        bound.setMinimum(1);
        bound.setMaximum(-1);
        bound.setDepartmentKind(DepartmentKind.BUSINESS);
        rule(policy, bound, "rule-min-step1", "各課にStep1以上のDX推進員を1名以上", false, 3, rulesOn); //$NON-NLS-1$ //$NON-NLS-2$
        scenario.setRotation(policy);
    }

    private static void rule(RotationPolicy policy, RotationRule rule, String id, String name, boolean hard, double weight,
            boolean enabled) {
        rule.setId(id);
        rule.setName(name);
        rule.setHard(hard);
        rule.setWeight(weight);
        rule.setEnabled(enabled);
        policy.getRules().add(rule);
    }

    private void recruitment(boolean ict) {
        // new graduates replace about 3.5 % of staff a year (retirements and resignations)
        channel("channel-new-graduates", "新規採用（新卒）", ChannelKind.NEW_GRADUATE, StandardCatalog.GENERAL, null, //$NON-NLS-1$ //$NON-NLS-2$
                Math.max(2, (int) Math.round(staff * 0.035)), 0.95, 1.0, 0, 0, 1.0, 0);
        channel("channel-mid-career", "経験者採用", ChannelKind.MID_CAREER, StandardCatalog.GENERAL, null, //$NON-NLS-1$ //$NON-NLS-2$
                Math.max(1, staff / 200), 0.7, 1.0, 3, 0, 1.0, 0);
        if (ict) {
            Department it = baseline.getOrganization().getDepartments().stream()
                    .filter(d -> d.getKind() == DepartmentKind.INFORMATION_SYSTEMS).findFirst().orElse(null);
            // ICT枠 requiring 基本情報技術者: 昭島市 hired 1/2/1 of 8/12/4 applicants (004 §5)
            channel("channel-ict", "ICT枠採用（基本情報技術者）", ChannelKind.ICT_SLOT, StandardCatalog.IS_OFFICER, it, 2, 0.8, //$NON-NLS-1$ //$NON-NLS-2$
                    0.5, 0, 0, 1.0, 0);
            boolean small = baseline.getOrganization().getKind() == MunicipalityKind.TOWN
                    || baseline.getOrganization().getKind() == MunicipalityKind.VILLAGE;
            if (small) {
                // 人材シェアリング: a prefectural pool shared among towns, cost split (004 §5, 001)
                channel("channel-shared", "人材シェアリング（都道府県プール）", ChannelKind.SHARED_EXPERT, StandardCatalog.EXPERT, it, 1, //$NON-NLS-1$ //$NON-NLS-2$
                        0.9, 1.0, 2, 1_200_000, 0.2, 3);
            } else {
                // external experts through GovTech partners, usually 週1日 (004 §5); commercial job sites draw
                // far more applicants (247/615) than the municipality's own page (6)
                channel("channel-expert", "外部専門人材（GovTech東京パートナーズ）", ChannelKind.EXTERNAL_EXPERT, //$NON-NLS-1$ //$NON-NLS-2$
                        StandardCatalog.EXPERT, it, 1, 0.7, 1.0, 3, 2_400_000, 0.2, 3);
            }
        }
    }

    private void channel(String id, String name, ChannelKind kind, String personaId, Department department, int perYear,
            double fill, double passRate, int leadTime, int cost, double fte, int termYears) {
        RecruitmentChannel channel = F.createRecruitmentChannel();
        channel.setId(id);
        channel.setName(name);
        channel.setKind(kind);
        channel.setPersona(persona(personaId));
        channel.setDepartment(department);
        channel.setMonth(4);
        channel.setFillProbability(fill);
        channel.setPassRate(passRate);
        channel.setLeadTimeMonths(leadTime);
        channel.setCostPerYear(cost);
        channel.setFte(fte);
        channel.setTermYears(termYears);
        for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
            YearlyCount count = F.createYearlyCount();
            count.setFiscalYear(year);
            count.setCount(perYear);
            channel.getPlan().add(count);
        }
        scenario.getChannels().add(channel);
    }

    /** Young resignations are higher in towns (004 §8); retirement age rises 60 → 65 by FY2031. */
    private void attrition() {
        AttritionPolicy policy = F.createAttritionPolicy();
        boolean small = baseline.getOrganization().getKind() == MunicipalityKind.TOWN
                || baseline.getOrganization().getKind() == MunicipalityKind.VILLAGE;
        rate(policy, 18, 29, EmploymentType.REGULAR, small ? 0.05 : 0.03);
        rate(policy, 30, 39, EmploymentType.REGULAR, small ? 0.03 : 0.02);
        rate(policy, 40, 49, EmploymentType.REGULAR, 0.01);
        rate(policy, 50, 75, EmploymentType.REGULAR, 0.008);
        rate(policy, 18, 75, EmploymentType.FIXED_TERM, 0.10);
        rate(policy, 18, 75, EmploymentType.PART_TIME, 0.15);
        rate(policy, 18, 75, EmploymentType.OUTSOURCED, 0.20);
        policy.setSpecialistWithoutTrackMultiplier(1.5);
        for (int[] age : org.jinzai.model.util.RetirementAges.steps()) {
            RetirementAge retirement = F.createRetirementAge();
            retirement.setFiscalYear(age[0]);
            retirement.setAge(age[1]);
            policy.getRetirementAges().add(retirement);
        }
        scenario.setAttrition(policy);
    }

    private static void rate(AttritionPolicy policy, int minAge, int maxAge, EmploymentType type, double rate) {
        AttritionRate entry = F.createAttritionRate();
        entry.setMinAge(minAge);
        entry.setMaxAge(maxAge);
        entry.setEmploymentType(type);
        entry.setYearlyRate(rate);
        policy.getRates().add(entry);
    }

    /** Targets shaped like the real ones (004 §8: 金沢市 one per 課, 掛川市 100 DX leaders, …). */
    private void targets() {
        Target perDepartment = target("target-promoter-each", "DX推進員（Step1以上）を各課に1名", TargetKind.HEADCOUNT_AT_STEP, //$NON-NLS-1$ //$NON-NLS-2$
                StandardCatalog.PROMOTER, 1, TargetScope.EACH_DEPARTMENT);
        perDepartment.setDepartmentKind(DepartmentKind.BUSINESS);
        value(perDepartment, 2030, 1);

        int step2 = Math.max(2, (int) Math.round(business.size() * 0.5 / 5.0) * 5);
        Target promoters = target("target-promoter-step2", "Step2以上のDX推進員 " + step2 + "名", TargetKind.HEADCOUNT_AT_STEP, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                StandardCatalog.PROMOTER, 2, TargetScope.ORGANIZATION);
        for (int year = 2027; year <= 2030; year++) {
            value(promoters, year, Math.max(1, Math.round(step2 * (year - 2026) / 4.0)));
        }

        // the skill the organization keeps: promoters rotate out of the role (re-appointment 30 %), the training stays
        int trainedTarget = (int) Math.round(business.size() * 1.5);
        Target trained = target("target-promoter-skill", "DX推進員Step1到達者（役割を問わない） " + trainedTarget + "名", //$NON-NLS-1$ //$NON-NLS-2$
                TargetKind.HEADCOUNT_AT_STEP, StandardCatalog.PROMOTER, 1, TargetScope.ORGANIZATION);
        trained.setCountBy(org.jinzai.model.CountBasis.SKILL);
        value(trained, 2028, Math.round(trainedTarget * 0.6));
        value(trained, 2030, trainedTarget);

        Target is = target("target-is-step2", "全庁情報システム担当のStep2到達率50%", TargetKind.SHARE_AT_STEP, //$NON-NLS-1$ //$NON-NLS-2$
                StandardCatalog.IS_OFFICER, 2, TargetScope.ORGANIZATION);
        value(is, 2028, 0.3);
        value(is, 2030, 0.5);

        Target hires = target("target-digital-hires", "デジタル人材の新規採用（情報システム担当）", TargetKind.NEW_HIRES, //$NON-NLS-1$ //$NON-NLS-2$
                StandardCatalog.IS_OFFICER, 1, TargetScope.ORGANIZATION);
        for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
            value(hires, year, 1);
        }

        Target completion = target("target-dx-basics", "DX基礎研修 受講率90%", TargetKind.COURSE_COMPLETION_RATE, null, 1, //$NON-NLS-1$ //$NON-NLS-2$
                TargetScope.ORGANIZATION);
        completion.setCourse(course(StandardCatalog.DX_BASICS));
        value(completion, 2028, 0.6);
        value(completion, 2030, 0.9);
    }

    private Target target(String id, String name, TargetKind kind, String personaId, int minimumStep, TargetScope scope) {
        Target target = F.createTarget();
        target.setId(id);
        target.setName(name);
        target.setKind(kind);
        target.setPersona(personaId == null ? null : persona(personaId));
        target.setMinimumStep(minimumStep);
        target.setScope(scope);
        scenario.getTargets().add(target);
        return target;
    }

    private static void value(Target target, int year, double value) {
        TargetValue entry = F.createTargetValue();
        entry.setFiscalYear(year);
        entry.setValue(value);
        target.getValues().add(entry);
    }

    private Persona persona(String id) {
        return BaselineTemplates.persona(baseline, id);
    }

    private Course course(String id) {
        return baseline.getCourses().stream().filter(c -> id.equals(c.getId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no course " + id)); //$NON-NLS-1$
    }
}
