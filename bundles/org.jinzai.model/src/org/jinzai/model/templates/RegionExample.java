package org.jinzai.model.templates;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.jinzai.model.AllocationPolicy;
import org.jinzai.model.Baseline;
import org.jinzai.model.CostSharing;
import org.jinzai.model.CourseRequest;
import org.jinzai.model.JinzaiFactory;
import org.jinzai.model.Pool;
import org.jinzai.model.PoolRequest;
import org.jinzai.model.Region;
import org.jinzai.model.RegionCourse;
import org.jinzai.model.RegionMember;
import org.jinzai.model.RunSettings;
import org.jinzai.model.Scenario;
import org.jinzai.model.Target;
import org.jinzai.model.TargetKind;
import org.jinzai.model.TargetScope;
import org.jinzai.model.TargetValue;
import org.jinzai.model.YearlyCount;
import org.jinzai.model.io.JinzaiResourceFactory;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.model.templates.ScenarioTemplates.Variant;

/**
 * The example region (広域連携) shipped in {@code examples/region}: みどり県, a prefecture-like set of 20 small towns and 2
 * cities (as 愛媛県's 20 市町, which share 3 specialists), each with its status-quo scenario and a target the pool can help
 * with (a Step2 information-systems officer, or a day a week of the pool's support) for which it asks a day a week while
 * it has no such officer of its own, and the prefecture's pool of 3 specialists on 5-year terms whose cost the
 * prefecture and the members share half and half (as 福岡県); and a joint DX basics course of 60 seats a year, which the
 * towns ask 5 of each, on top of their own seats.
 */
final class RegionExample {

    /** The folder below examples/. */
    static final String FOLDER = "region"; //$NON-NLS-1$
    /** The region's file name without extension. */
    static final String FILE = "midori-ken"; //$NON-NLS-1$
    /** The target every member has, counted across the region. */
    static final String TARGET = "target-is-step2-or-pool"; //$NON-NLS-1$

    private static final JinzaiFactory F = JinzaiFactory.eINSTANCE;

    /** Folder (and file) name, name and size of each member, the towns first. */
    private static final String[][] MEMBERS = { { "aoba-cho", "あおば町" }, { "izumi-cho", "いずみ町" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            { "umibe-cho", "うみべ町" }, { "kawase-cho", "かわせ町" }, { "kitayama-cho", "きたやま町" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            { "kusunoki-cho", "くすのき町" }, { "sakae-cho", "さかえ町" }, { "shirakaba-cho", "しらかば町" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            { "suzukake-cho", "すずかけ町" }, { "takano-cho", "たかの町" }, { "chitose-cho", "ちとせ町" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            { "tsubaki-cho", "つばき町" }, { "tokiwa-cho", "ときわ町" }, { "nagisa-cho", "なぎさ町" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            { "nijino-cho", "にじの町" }, { "harukaze-cho", "はるかぜ町" }, { "hikari-cho", "ひかり町" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            { "fujimi-cho", "ふじみ町" }, { "mizuho-cho", "みずほ町" }, { "momiji-cho", "もみじ町" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            { "minato-shi", "みなと市" }, { "yamato-shi", "やまと市" } }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    private static final int TOWNS = 20;
    private static final int FIRST_YEAR = 2026;
    private static final int YEARS = 5;

    private RegionExample() {
    }

    /** Writes the region below {@code root/region}: a folder per member (baseline and scenario) and the region's file. */
    static List<Path> write(Path root) throws IOException {
        Path folder = root.resolve(FOLDER);
        ResourceSet set = JinzaiResources.newResourceSet();
        List<Path> written = new ArrayList<>();
        Region region = F.createRegion();
        region.setId("region-" + FILE); //$NON-NLS-1$
        region.setName("みどり県 デジタル人材の共同確保"); //$NON-NLS-1$
        region.setDescription("県内20町・2市が、県が確保する専門人材3名（任期5年）のプールを共有する。" //$NON-NLS-1$
                + "Step2以上の情報システム担当が自前にいない団体が週1日の支援を依頼し、小規模な町から順に配分する。" //$NON-NLS-1$
                + "費用は県が1/2、残りを利用日数に応じて市町が負担。合同DX基礎研修（年60人）は各町の依頼（年5人）に比例して配分する。"); //$NON-NLS-1$
        RunSettings settings = F.createRunSettings();
        settings.setFirstFiscalYear(FIRST_YEAR);
        settings.setHorizonYears(YEARS);
        settings.setReplications(1000);
        settings.setSeed(20260401L);
        region.setRunSettings(settings);
        Pool pool = pool();
        region.getPools().add(pool);
        RegionCourse course = course();
        region.getCourses().add(course);
        for (int k = 0; k < MEMBERS.length; k++) {
            String file = MEMBERS[k][0];
            boolean town = k < TOWNS;
            Baseline baseline = BaselineTemplates.create(town ? MunicipalitySize.TOWN : MunicipalitySize.CITY, "baseline-" + file, //$NON-NLS-1$
                    MEMBERS[k][1], FIRST_YEAR, 201 + k);
            Path baselineFile = folder.resolve(file).resolve(file + "." + JinzaiResourceFactory.BASELINE_EXTENSION); //$NON-NLS-1$
            written.add(save(set, baselineFile, baseline));
            Scenario scenario = ScenarioTemplates.create(baseline, Variant.STATUS_QUO);
            Target target = target(baseline);
            scenario.getTargets().add(target);
            Path scenarioFile = folder.resolve(file).resolve(Variant.STATUS_QUO.fileName() + "." + JinzaiResourceFactory.SCENARIO_EXTENSION); //$NON-NLS-1$
            written.add(save(set, scenarioFile, scenario));
            RegionMember member = F.createRegionMember();
            member.setScenario(scenario);
            member.setPriority(town ? 1 : 2);
            PoolRequest request = F.createPoolRequest();
            request.setPool(pool);
            request.setPersona(BaselineTemplates.persona(baseline, StandardCatalog.IS_OFFICER));
            request.setDepartment(baseline.getOrganization().getDepartments().stream().filter(d -> "dept-is".equals(d.getId())) //$NON-NLS-1$
                    .findFirst().orElseThrow());
            for (int y = FIRST_YEAR; y < FIRST_YEAR + YEARS; y++) {
                request.getDays().add(count(y, 1));
            }
            // asked only while the member has no Step2 information-systems officer of its own
            request.setWhenShortOf(target);
            member.getRequests().add(request);
            if (town) {
                // the towns send 5 a year to the joint DX basics course, on top of their own seats
                CourseRequest seats = F.createCourseRequest();
                seats.setCourse(course);
                for (int y = FIRST_YEAR; y < FIRST_YEAR + YEARS; y++) {
                    seats.getSeats().add(count(y, 5));
                }
                member.getCourseRequests().add(seats);
            }
            region.getMembers().add(member);
        }
        written.add(save(set, folder.resolve(FILE + "." + JinzaiResourceFactory.REGION_EXTENSION), region)); //$NON-NLS-1$
        return written;
    }

    /** The prefecture's pool: 3 specialists at the start, one hire planned a year, 5-year terms. */
    private static Pool pool() {
        Pool pool = F.createPool();
        pool.setId("pool-prefecture"); //$NON-NLS-1$
        pool.setName("県デジタル人材プール（専門人材）"); //$NON-NLS-1$
        pool.setInitialStaff(3);
        pool.setDaysPerWeek(5);
        for (int y = FIRST_YEAR; y < FIRST_YEAR + YEARS; y++) {
            pool.getHires().add(count(y, 1));
        }
        pool.setHireMonth(4);
        pool.setFillProbability(0.6);
        pool.setTermYears(5);
        pool.setYearlyAttrition(0.1);
        pool.setCostPerPersonYear(9_000_000);
        pool.setStep(2);
        pool.setAllocation(AllocationPolicy.SMALLEST_FIRST);
        pool.setPrefectureShare(0.5);
        pool.setMemberSharing(CostSharing.BY_USE);
        return pool;
    }

    /** The joint DX basics course the prefecture runs: 60 seats a year in June, shared in proportion to what the towns ask. */
    private static RegionCourse course() {
        RegionCourse course = F.createRegionCourse();
        course.setId("course-joint-dx-basics"); //$NON-NLS-1$
        course.setName("県・市町合同 DX基礎研修"); //$NON-NLS-1$
        course.setCourseId(StandardCatalog.DX_BASICS);
        course.setMonth(6);
        course.setAllocation(AllocationPolicy.PROPORTIONAL);
        for (int y = FIRST_YEAR; y < FIRST_YEAR + YEARS; y++) {
            course.getSeats().add(count(y, 60));
        }
        return course;
    }

    /** A Step2 information-systems officer, or a day a week of the pool's support (0.2 FTE at Step2), every year. */
    private static Target target(Baseline baseline) {
        Target target = F.createTarget();
        target.setId(TARGET);
        target.setName("Step2以上の情報システム担当（県プールの支援を含む） 週1日分以上"); //$NON-NLS-1$
        target.setKind(TargetKind.HEADCOUNT_AT_STEP);
        target.setPersona(BaselineTemplates.persona(baseline, StandardCatalog.IS_OFFICER));
        target.setMinimumStep(2);
        target.setScope(TargetScope.ORGANIZATION);
        for (int y = FIRST_YEAR; y < FIRST_YEAR + YEARS; y++) {
            TargetValue value = F.createTargetValue();
            value.setFiscalYear(y);
            value.setValue(0.2);
            target.getValues().add(value);
        }
        return target;
    }

    private static YearlyCount count(int fiscalYear, int count) {
        YearlyCount entry = F.createYearlyCount();
        entry.setFiscalYear(fiscalYear);
        entry.setCount(count);
        return entry;
    }

    private static Path save(ResourceSet set, Path file, org.eclipse.emf.ecore.EObject root) throws IOException {
        Resource resource = set.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        resource.getContents().add(root);
        JinzaiResources.save(resource);
        return file;
    }
}
