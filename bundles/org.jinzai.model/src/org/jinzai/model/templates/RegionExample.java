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
import org.jinzai.model.Persona;
import org.jinzai.model.Pool;
import org.jinzai.model.PoolRequest;
import org.jinzai.model.Region;
import org.jinzai.model.RegionCourse;
import org.jinzai.model.RegionMember;
import org.jinzai.model.RunSettings;
import org.jinzai.model.Scenario;
import org.jinzai.model.Secondment;
import org.jinzai.model.Target;
import org.jinzai.model.TargetKind;
import org.jinzai.model.TargetScope;
import org.jinzai.model.TargetValue;
import org.jinzai.model.YearlyCount;
import org.jinzai.model.io.JinzaiResourceFactory;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.model.templates.ScenarioTemplates.Variant;

/**
 * The example regions (広域連携) shipped in {@code examples/region} and {@code examples/region-metro} ({@link #writeMetro}).
 * The first: みどり県, a prefecture-like set of 20 small towns and 2
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
        Region region = region(FILE, "みどり県 デジタル人材の共同確保", //$NON-NLS-1$
                "県内20町・2市が、県が確保する専門人材3名（任期5年）のプールを共有する。" //$NON-NLS-1$
                        + "Step2以上の情報システム担当が自前にいない団体が週1日の支援を依頼し、小規模な町から順に配分する。" //$NON-NLS-1$
                        + "費用は県が1/2、残りを利用日数に応じて市町が負担。合同DX基礎研修（年60人）は各町の依頼（年5人）に比例して配分する。"); //$NON-NLS-1$
        Pool pool = pool();
        region.getPools().add(pool);
        RegionCourse course = course();
        region.getCourses().add(course);
        for (int k = 0; k < MEMBERS.length; k++) {
            boolean town = k < TOWNS;
            Baseline baseline = baseline(set, folder, MEMBERS[k], town ? MunicipalitySize.TOWN : MunicipalitySize.CITY, 201 + k, written);
            Target target = target(TARGET, "Step2以上の情報システム担当（県プールの支援を含む） 週1日分以上", //$NON-NLS-1$
                    BaselineTemplates.persona(baseline, StandardCatalog.IS_OFFICER), 0.2);
            // asked only while the member has no Step2 information-systems officer of its own
            RegionMember member = member(set, folder, MEMBERS[k], baseline, target, written);
            member.setPriority(town ? 1 : 2);
            member.getRequests().add(request(member, pool, StandardCatalog.IS_OFFICER, "dept-is", 1, target)); //$NON-NLS-1$
            if (town) {
                // the towns send 5 a year to the joint DX basics course, on top of their own seats
                member.getCourseRequests().add(seats(course, 5));
            }
            region.getMembers().add(member);
        }
        written.add(save(set, folder.resolve(FILE + "." + JinzaiResourceFactory.REGION_EXTENSION), region)); //$NON-NLS-1$
        written.addAll(writeMetro(root));
        return written;
    }

    /** The Tokyo-like region's folder below examples/, and its file name without extension. */
    static final String METRO_FOLDER = "region-metro", METRO_FILE = "higashi-to"; //$NON-NLS-1$ //$NON-NLS-2$
    /** The target every member of the Tokyo-like region has. */
    static final String METRO_TARGET = "target-dx-officer-step2-or-pool"; //$NON-NLS-1$

    /** Folder name and name of each member of the Tokyo-like region: three wards, four cities, two towns and a village. */
    private static final String[][] METRO_MEMBERS = { { "umikaze-ku", "うみかぜ区" }, { "sakuragawa-ku", "さくらがわ区" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            { "tokiwadai-ku", "ときわだい区" }, { "hanazono-shi", "はなぞの市" }, { "hibari-shi", "ひばり市" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            { "komorebi-shi", "こもれび市" }, { "midorino-shi", "みどりの市" }, { "mizunagi-machi", "みずなぎ町" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            { "yamabiko-machi", "やまびこ町" }, { "shimakaze-mura", "しまかぜ村" } }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    private static final int WARDS = 3, CITIES = 4;

    /**
     * ひがし都, a Tokyo-like set (as 004's 62 区市町村 with GovTech東京): three special wards, four cities, two towns and a
     * village share a GovTech-like platform of external partners (6 matched at the start, one more sought a year with a
     * 60 % chance, 20 % leaving a year, 3 days a week each), to which the wards send a DX promoter a year and the cities
     * one every other year for two years (staff exchange), who serve the members a day a week meanwhile and come back at
     * Step2; a member asks the platform for 2 days a
     * week while its own Step2 all-office DX officers fall short of 2 days a week (0.4 FTE), the platform shares its
     * capacity in proportion to what is asked, the metropolis pays half and the members the rest equally; and a joint
     * data course of 40 seats a year, the smallest members first.
     */
    static List<Path> writeMetro(Path root) throws IOException {
        Path folder = root.resolve(METRO_FOLDER);
        ResourceSet set = JinzaiResources.newResourceSet();
        List<Path> written = new ArrayList<>();
        Region region = region(METRO_FILE, "ひがし都 GovTech型の共同確保・人材交流", //$NON-NLS-1$
                "都内3区・4市・2町・1村が、GovTech型の共同プラットフォーム（外部パートナー6名、毎年1名を募集、週3日）を共有する。" //$NON-NLS-1$
                        + "区は毎年1名、市は隔年で1名のDX推進員を2年間出向させ（週1日は連携自治体を支援）、Step2で帰任する。Step2以上の全庁DX推進担当が自前にいない団体が" //$NON-NLS-1$
                        + "週2日の支援を依頼し、依頼量に比例して配分する。費用は都が1/2、残りを均等割。" //$NON-NLS-1$
                        + "合同データ利活用研修（年40人）は規模の小さい団体から配分する。"); //$NON-NLS-1$
        Pool pool = F.createPool();
        pool.setId("pool-govtech"); //$NON-NLS-1$
        pool.setName("GovTech型 共同プラットフォーム（外部パートナー・出向職員）"); //$NON-NLS-1$
        pool.setInitialStaff(6);
        pool.setDaysPerWeek(3);
        for (int y = FIRST_YEAR; y < FIRST_YEAR + YEARS; y++) {
            pool.getHires().add(count(y, 1));
        }
        pool.setHireMonth(4);
        pool.setFillProbability(0.6);
        pool.setTermYears(0);
        pool.setYearlyAttrition(0.2);
        pool.setCostPerPersonYear(8_000_000);
        pool.setStep(2);
        pool.setAllocation(AllocationPolicy.PROPORTIONAL);
        pool.setPrefectureShare(0.5);
        pool.setMemberSharing(CostSharing.EQUAL);
        region.getPools().add(pool);
        RegionCourse course = F.createRegionCourse();
        course.setId("course-joint-data"); //$NON-NLS-1$
        course.setName("都・区市町村合同 データ利活用研修"); //$NON-NLS-1$
        course.setCourseId(StandardCatalog.DATA);
        course.setMonth(7);
        course.setAllocation(AllocationPolicy.SMALLEST_FIRST);
        for (int y = FIRST_YEAR; y < FIRST_YEAR + YEARS; y++) {
            course.getSeats().add(count(y, 40));
        }
        region.getCourses().add(course);
        for (int k = 0; k < METRO_MEMBERS.length; k++) {
            boolean ward = k < WARDS;
            boolean small = k >= WARDS + CITIES;
            MunicipalitySize size = ward ? MunicipalitySize.SPECIAL_WARD : small ? MunicipalitySize.TOWN : MunicipalitySize.CITY;
            Baseline baseline = baseline(set, folder, METRO_MEMBERS[k], size, 301 + k, written);
            Target target = target(METRO_TARGET, "Step2以上の全庁DX推進担当（共同プラットフォームの支援を含む） 週2日分以上", //$NON-NLS-1$
                    BaselineTemplates.persona(baseline, StandardCatalog.DX_OFFICER), 0.4);
            RegionMember member = member(set, folder, METRO_MEMBERS[k], baseline, target, written);
            // serving the DX department (the towns' and the village's information section, which does DX promotion too)
            member.getRequests().add(request(member, pool, StandardCatalog.DX_OFFICER, small ? "dept-is" : "dept-dx", 2, target)); //$NON-NLS-1$ //$NON-NLS-2$
            if (!small) {
                // staff exchange: a DX promoter for two years, back at Step2 (the wards every year, the cities every other)
                Secondment secondment = F.createSecondment();
                secondment.setPool(pool);
                secondment.setPersona(BaselineTemplates.persona(member.getScenario().getBaseline(), StandardCatalog.PROMOTER));
                for (int y = FIRST_YEAR; y < FIRST_YEAR + YEARS; y++) {
                    secondment.getStaff().add(count(y, ward || (y - FIRST_YEAR) % 2 == 0 ? 1 : 0));
                }
                secondment.setTermYears(2);
                secondment.setStepOnReturn(2);
                // a day a week on the members' projects, the rest on the platform's own
                secondment.setServingDays(1);
                member.getSecondments().add(secondment);
            }
            member.getCourseRequests().add(seats(course, ward ? 8 : small ? 3 : 5));
            region.getMembers().add(member);
        }
        written.add(save(set, folder.resolve(METRO_FILE + "." + JinzaiResourceFactory.REGION_EXTENSION), region)); //$NON-NLS-1$
        return written;
    }

    /** A region of the examples' years, 1,000 replications with the examples' seed. */
    private static Region region(String file, String name, String description) {
        Region region = F.createRegion();
        region.setId("region-" + file); //$NON-NLS-1$
        region.setName(name);
        region.setDescription(description);
        RunSettings settings = F.createRunSettings();
        settings.setFirstFiscalYear(FIRST_YEAR);
        settings.setHorizonYears(YEARS);
        settings.setReplications(1000);
        settings.setSeed(20260401L);
        region.setRunSettings(settings);
        return region;
    }

    /** A member's baseline (from the template of its size), saved in its folder {@code names[0]}. */
    private static Baseline baseline(ResourceSet set, Path folder, String[] names, MunicipalitySize size, int seed, List<Path> written)
            throws IOException {
        String file = names[0];
        Baseline baseline = BaselineTemplates.create(size, "baseline-" + file, names[1], FIRST_YEAR, seed); //$NON-NLS-1$
        written.add(save(set, folder.resolve(file).resolve(file + "." + JinzaiResourceFactory.BASELINE_EXTENSION), baseline)); //$NON-NLS-1$
        return baseline;
    }

    /** A member: its status-quo scenario on its baseline, with one more target (the one the pools help with), saved beside it. */
    private static RegionMember member(ResourceSet set, Path folder, String[] names, Baseline baseline, Target target, List<Path> written)
            throws IOException {
        String file = names[0];
        Scenario scenario = ScenarioTemplates.create(baseline, Variant.STATUS_QUO);
        scenario.getTargets().add(target);
        Path scenarioFile = folder.resolve(file).resolve(Variant.STATUS_QUO.fileName() + "." + JinzaiResourceFactory.SCENARIO_EXTENSION); //$NON-NLS-1$
        written.add(save(set, scenarioFile, scenario));
        RegionMember member = F.createRegionMember();
        member.setScenario(scenario);
        return member;
    }

    /** A request of {@code days} a week every year, counted as a persona in a department of the member, while short of a target. */
    private static PoolRequest request(RegionMember member, Pool pool, String persona, String department, int days, Target whenShortOf) {
        Baseline baseline = member.getScenario().getBaseline();
        PoolRequest request = F.createPoolRequest();
        request.setPool(pool);
        request.setPersona(BaselineTemplates.persona(baseline, persona));
        request.setDepartment(baseline.getOrganization().getDepartments().stream().filter(d -> department.equals(d.getId())).findFirst().orElseThrow());
        for (int y = FIRST_YEAR; y < FIRST_YEAR + YEARS; y++) {
            request.getDays().add(count(y, days));
        }
        request.setWhenShortOf(whenShortOf);
        return request;
    }

    /** Seats asked of a joint course every year. */
    private static CourseRequest seats(RegionCourse course, int perYear) {
        CourseRequest seats = F.createCourseRequest();
        seats.setCourse(course);
        for (int y = FIRST_YEAR; y < FIRST_YEAR + YEARS; y++) {
            seats.getSeats().add(count(y, perYear));
        }
        return seats;
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

    /**
     * FTE of a persona at Step2 or more, the pools' support included, every year: e.g. a day a week (0.2) of a Step2 information-systems officer.
     */
    private static Target target(String id, String name, Persona persona, double value) {
        Target target = F.createTarget();
        target.setId(id);
        target.setName(name);
        target.setKind(TargetKind.HEADCOUNT_AT_STEP);
        target.setPersona(persona);
        target.setMinimumStep(2);
        target.setScope(TargetScope.ORGANIZATION);
        for (int y = FIRST_YEAR; y < FIRST_YEAR + YEARS; y++) {
            TargetValue entry = F.createTargetValue();
            entry.setFiscalYear(y);
            entry.setValue(value);
            target.getValues().add(entry);
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
