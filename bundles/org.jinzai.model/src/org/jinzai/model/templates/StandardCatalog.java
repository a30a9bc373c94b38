package org.jinzai.model.templates;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jinzai.model.Baseline;
import org.jinzai.model.Course;
import org.jinzai.model.CoursesCompletedCriterion;
import org.jinzai.model.JinzaiFactory;
import org.jinzai.model.LeadMonthsCriterion;
import org.jinzai.model.MentoringCriterion;
import org.jinzai.model.Persona;
import org.jinzai.model.PreviousStepCriterion;
import org.jinzai.model.ProjectsLedCriterion;
import org.jinzai.model.Provider;
import org.jinzai.model.SkillGrant;
import org.jinzai.model.SkillItem;
import org.jinzai.model.SkillLevelCriterion;
import org.jinzai.model.SkillRequirement;
import org.jinzai.model.StepCriterion;
import org.jinzai.model.StepDefinition;

/**
 * The default skill items, courses and personas of a new baseline, from the 2025 Tokyo working-group report
 * (source 004, see README: §3 人材像とスキル要件, §4 スキル基準, §8 東京都デジタルスキルマップ). Planners edit them freely.
 */
public final class StandardCatalog {

    /** Ids of the default personas (人材像). */
    public static final String GENERAL = "persona-general", PROMOTER = "persona-dx-promoter", //$NON-NLS-1$ //$NON-NLS-2$
            DX_OFFICER = "persona-dx-officer", IS_OFFICER = "persona-is-officer", MANAGER = "persona-manager", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            CIO_ADVISER = "persona-cio-adviser", EXPERT = "persona-expert"; //$NON-NLS-1$ //$NON-NLS-2$

    /** Ids of the default courses (研修). */
    public static final String DX_BASICS = "course-dx-basics", BPR = "course-bpr", PM = "course-pm", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            DATA = "course-data", DX_LEADER = "course-dx-leader", TOOLS = "course-tools", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            SYS_ADMIN = "course-sysadmin", SYS_PRACTICE = "course-sysadmin-practice", CLOUD = "course-cloud", SECURITY = "course-security", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            GOVERNANCE = "course-governance", MANAGEMENT = "course-manager-dx"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    /** Tokyo's digital skill map: 22 items in 9 groups (004 §8), id suffix = number in the map. */
    private static final String[][] SKILL_MAP = {
            { "戦略・企画", "ITストラテジー", "サービスデザイン", "マーケティング" },
            { "デザイン", "UXデザイン", "UIデザイン" },
            { "データ", "データアナリティクス", "データエンジニアリング" },
            { "プロジェクト管理", "プロジェクトマネジメント" },
            { "システム全般", "システムアーキテクチャ", "クラウドサービス活用" },
            { "アプリケーション", "業務系アプリ設計・開発", "Webアプリ設計・開発", "スマホアプリ設計・開発" },
            { "インフラ", "ネットワーク設計・構築", "サーバ基盤設計・構築", "データベース設計・構築" },
            { "セキュリティ", "サイバーセキュリティ", "システム監査" },
            { "運用", "運用設計", "システム管理", "ユーザサポート" },
            { "先端技術", "AIエンジニアリング" } };

    /** Items of the persona skill requirements that are not in the map (004 §3). */
    private static final String[][] BASIC_ITEMS = {
            { "skill-dx-need", "DXの必要性理解" }, { "skill-gov-digital", "行政デジタル基礎知識" },
            { "skill-security-literacy", "セキュリティリテラシー" }, { "skill-privacy", "プライバシー保護理解" },
            { "skill-bpr", "業務分析/BPR" }, { "skill-data-use", "データ理解/活用" },
            { "skill-change", "変革マネジメント" }, { "skill-it-governance", "庁内ITガバナンス理解" } };

    /** The tool version of the map. */
    private static final String[][] TOOLS_MAP = { { "tool-teams", "Teams" }, { "tool-word", "Word" },
            { "tool-excel", "Excel" }, { "tool-powerpoint", "PowerPoint" }, { "tool-copilot", "Copilot" },
            { "tool-forms", "Forms" }, { "tool-logo", "LoGoフォーム" }, { "tool-power-automate", "Power Automate" },
            { "tool-power-bi", "Power BI" }, { "tool-kintone", "Kintone" } };

    private static final JinzaiFactory F = JinzaiFactory.eINSTANCE;

    private final Baseline baseline;
    private final Map<String, SkillItem> skills = new LinkedHashMap<>();
    private final Map<String, Course> courses = new LinkedHashMap<>();

    private StandardCatalog(Baseline baseline) {
        this.baseline = baseline;
    }

    /** Adds the default skill items, courses and the seven personas to a baseline. */
    public static void addTo(Baseline baseline) {
        StandardCatalog catalog = new StandardCatalog(baseline);
        catalog.addSkills();
        catalog.addCourses();
        catalog.addPersonas();
    }

    private void addSkills() {
        int number = 0;
        for (String[] group : SKILL_MAP) {
            for (int i = 1; i < group.length; i++) {
                number++;
                skill(String.format("skill-%02d", number), group[i], group[0], false); //$NON-NLS-1$
            }
        }
        for (String[] item : BASIC_ITEMS) {
            skill(item[0], item[1], "基礎", false); //$NON-NLS-1$
        }
        for (String[] item : TOOLS_MAP) {
            skill(item[0], item[1], "ツール", true); //$NON-NLS-1$
        }
    }

    private void skill(String id, String name, String group, boolean tool) {
        SkillItem item = F.createSkillItem();
        item.setId(id);
        item.setName(name);
        item.setGroup(group);
        item.setTool(tool);
        baseline.getSkillItems().add(item);
        skills.put(id, item);
    }

    private void addCourses() {
        course(DX_BASICS, "DX基礎研修（全職員）", Provider.MUNICIPALITY, 1, 0, "skill-dx-need", 1, "skill-gov-digital", 1,
                "skill-security-literacy", 1, "skill-privacy", 1);
        course(TOOLS, "業務ツール活用研修（Excel・Teams・生成AI）", Provider.MUNICIPALITY, 1, 0, "tool-excel", 2, "tool-teams",
                2, "tool-copilot", 1);
        course(BPR, "業務改革（BPR）研修", Provider.TOKYO_GTT, 2, 30_000, "skill-bpr", 1);
        course(PM, "プロジェクトマネジメント研修", Provider.TRAINING_INSTITUTE, 2, 40_000, "skill-08", 1);
        course(DATA, "データ利活用研修", Provider.TOKYO_GTT, 2, 30_000, "skill-data-use", 1, "skill-06", 1);
        course(DX_LEADER, "DX推進リーダー研修", Provider.TOKYO_GTT, 3, 60_000, "skill-change", 1, "skill-02", 1,
                "skill-it-governance", 1);
        course(SYS_ADMIN, "システム管理・運用設計基礎", Provider.JLIS, 2, 20_000, "skill-20", 1, "skill-19", 1);
        // Lv.2 (practises independently) needs practice: a practical course stands for it (IS-officer Step2)
        course(SYS_PRACTICE, "システム運用・セキュリティ実践研修", Provider.JLIS, 3, 50_000, "skill-20", 2, "skill-19", 2,
                "skill-17", 2);
        course(CLOUD, "クラウド・アーキテクチャ研修", Provider.TOKYO_GTT, 3, 80_000, "skill-10", 1, "skill-09", 1,
                "skill-14", 1);
        course(SECURITY, "情報セキュリティ研修", Provider.JLIS, 2, 30_000, "skill-17", 1);
        course(GOVERNANCE, "ITガバナンス・システム監査研修", Provider.EXTERNAL, 3, 150_000, "skill-01", 1, "skill-18", 1);
        course(MANAGEMENT, "管理職向けDXマネジメント研修", Provider.TRAINING_INSTITUTE, 1, 20_000, "skill-dx-need", 1,
                "skill-change", 1);
    }

    private void course(String id, String name, Provider provider, double days, int cost, Object... grants) {
        Course course = F.createCourse();
        course.setId(id);
        course.setName(name);
        course.setProvider(provider);
        course.setDurationDays(days);
        course.setCostPerSeat(cost);
        for (int i = 0; i < grants.length; i += 2) {
            SkillItem skill = skills.get(grants[i]);
            if (skill == null) {
                throw new IllegalStateException("unknown skill " + grants[i]); //$NON-NLS-1$
            }
            SkillGrant grant = F.createSkillGrant();
            grant.setSkill(skill);
            grant.setLevel((Integer) grants[i + 1]);
            course.getGrants().add(grant);
        }
        baseline.getCourses().add(course);
        courses.put(id, course);
    }

    private void addPersonas() {
        Persona general = persona(GENERAL, "一般行政職員", "一般", false, true, "skill-dx-need", 1, "skill-gov-digital", 1,
                "skill-security-literacy", 1, "tool-excel", 2, "tool-teams", 2);
        // Step1: mindset training; Step2: tool-map levels (004 §4)
        step(general, 1, "DX基礎研修を受講済み", courses(DX_BASICS));
        step(general, 2, "ツール版スキルマップ Lv.2（Excel・Teams）", previous(), level("tool-excel", 2), level("tool-teams", 2));

        Persona promoter = persona(PROMOTER, "DX推進員", "推進員", false, true, "skill-bpr", 1, "skill-08", 1,
                "skill-data-use", 1, "skill-02", 1, "skill-it-governance", 1);
        step(promoter, 1, "Step1（Off-JT）: 推奨研修を受講済み", courses(DX_BASICS, BPR, PM));
        step(promoter, 2, "Step2（OJT）: DX案件のリードを1年以上", previous(), lead(12));
        step(promoter, 3, "Step3（指導）: 複数のDX案件をリードし後進を指導", previous(), projects(2), mentoring(12));

        Persona officer = persona(DX_OFFICER, "全庁DX推進担当", "DX担当", false, true, "skill-change", 1, "skill-data-use", 1,
                "skill-08", 2);
        step(officer, 1, "Step1（Off-JT）: 推奨研修を受講済み", courses(DX_BASICS, BPR, PM, DATA, DX_LEADER));
        step(officer, 2, "Step2（OJT）: DX案件のリードを1年以上", previous(), lead(12));
        step(officer, 3, "Step3（指導）: 複数のDX案件をリードし後進を指導", previous(), projects(2), mentoring(12));

        Persona is = persona(IS_OFFICER, "全庁情報システム担当", "情シス", false, true, "skill-20", 3, "skill-19", 2,
                "skill-17", 2, "skill-10", 2, "skill-09", 2, "skill-14", 1, "skill-01", 1, "skill-18", 1);
        // the IS-officer matrix: levels per skill item and step (004 §4)
        step(is, 1, "Step1: 日常業務に直結する管理スキル（システム管理・運用設計 Lv.1）", level("skill-20", 1), level("skill-19", 1));
        step(is, 2, "Step2: 導入・設計支援（クラウド・アーキテクチャ・ネットワーク Lv.1、管理系 Lv.2）", previous(),
                level("skill-10", 1), level("skill-09", 1), level("skill-14", 1), level("skill-20", 2), level("skill-19", 2));
        step(is, 3, "Step3: 戦略・ガバナンス（ITストラテジー・監査 Lv.1、セキュリティ Lv.2、管理系 Lv.3）", previous(),
                level("skill-01", 1), level("skill-18", 1), level("skill-17", 2), level("skill-20", 3));

        persona(MANAGER, "管理監督職（係長・課長）", "管理職", false, false, "skill-dx-need", 1, "skill-change", 1);
        persona(CIO_ADVISER, "CIO補佐官", "CIO補佐官", true, false, "skill-01", 3, "skill-change", 3);
        persona(EXPERT, "高度専門人材（BPR・データ・RPA/生成AI・デザイン）", "専門人材", true, false, "skill-bpr", 3,
                "skill-06", 3, "skill-22", 2, "skill-04", 3);
    }

    private Persona persona(String id, String name, String shortName, boolean external, boolean hasSteps, Object... required) {
        Persona persona = F.createPersona();
        persona.setId(id);
        persona.setName(name);
        persona.setShortName(shortName);
        persona.setExternal(external);
        persona.setHasSteps(hasSteps);
        for (int i = 0; i < required.length; i += 2) {
            SkillRequirement requirement = F.createSkillRequirement();
            requirement.setSkill(skills.get(required[i]));
            requirement.setLevel((Integer) required[i + 1]);
            persona.getRequiredSkills().add(requirement);
        }
        baseline.getPersonas().add(persona);
        for (Course course : courses.values()) {
            if (course.getGrants().stream().anyMatch(g -> persona.getRequiredSkills().stream()
                    .anyMatch(r -> r.getSkill() == g.getSkill()))) {
                course.getTargetPersonas().add(persona);
            }
        }
        return persona;
    }

    private static void step(Persona persona, int number, String description, StepCriterion... criteria) {
        StepDefinition step = F.createStepDefinition();
        step.setStep(number);
        step.setDescription(description);
        step.getCriteria().addAll(List.of(criteria));
        persona.getSteps().add(step);
    }

    private CoursesCompletedCriterion courses(String... ids) {
        CoursesCompletedCriterion criterion = F.createCoursesCompletedCriterion();
        for (String id : ids) {
            criterion.getCourses().add(courses.get(id));
        }
        return criterion;
    }

    private SkillLevelCriterion level(String skill, int level) {
        SkillLevelCriterion criterion = F.createSkillLevelCriterion();
        criterion.setSkill(skills.get(skill));
        criterion.setMinimumLevel(level);
        return criterion;
    }

    private static PreviousStepCriterion previous() {
        return F.createPreviousStepCriterion();
    }

    private static LeadMonthsCriterion lead(int months) {
        LeadMonthsCriterion criterion = F.createLeadMonthsCriterion();
        criterion.setMinimumMonths(months);
        return criterion;
    }

    private static ProjectsLedCriterion projects(int count) {
        ProjectsLedCriterion criterion = F.createProjectsLedCriterion();
        criterion.setMinimumProjects(count);
        return criterion;
    }

    private static MentoringCriterion mentoring(int months) {
        MentoringCriterion criterion = F.createMentoringCriterion();
        criterion.setMinimumMonths(months);
        return criterion;
    }
}
