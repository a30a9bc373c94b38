package org.jinzai.model.templates;

import java.util.List;

import org.jinzai.model.Baseline;
import org.jinzai.model.Department;
import org.jinzai.model.DepartmentKind;
import org.jinzai.model.EmploymentType;
import org.jinzai.model.JinzaiFactory;
import org.jinzai.model.LargeProject;
import org.jinzai.model.Organization;
import org.jinzai.model.Persona;
import org.jinzai.model.Rank;
import org.jinzai.model.RosterAggregate;

/**
 * New baselines from a municipality-size template: departments with their kinds and headcounts, the large
 * projects of 2026–2027 (ガバメントクラウド移行), the standard catalogue of skills, courses and personas, and a
 * roster generated from counts by department × age band × rank. Deterministic for a seed.
 */
public final class BaselineTemplates {

    /** Age bands of the roster counts and each band's share of staff (a typical local-government pyramid). */
    private static final int[][] AGE_BANDS = { { 22, 29 }, { 30, 39 }, { 40, 49 }, { 50, 59 }, { 60, 64 } };
    private static final double[] AGE_SHARES = { 0.22, 0.24, 0.24, 0.24, 0.06 };

    /** Business 課 names, reused with a number when a template has more departments than names. */
    private static final List<String> BUSINESS_NAMES = List.of("市民課", "課税課", "納税課", "国保年金課", "福祉総務課", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            "障害福祉課", "介護保険課", "子育て支援課", "保育課", "健康推進課", "環境政策課", "清掃リサイクル課", "都市計画課", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "建築指導課", "道路課", "公園緑地課", "産業振興課", "観光課", "防災課", "地域振興課", "学務課", "生涯学習課", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            "財政課", "契約課", "会計課", "広報課", "企画課", "議会事務局", "選挙管理委員会事務局", "監査事務局"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$

    /** 区役所 of a large city, for the repeated 課. */
    private static final List<String> WARDS = List.of("北区", "南区", "東区", "西区", "中央区", "港区", "緑区", "北区第二"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$

    private static final JinzaiFactory F = JinzaiFactory.eINSTANCE;

    private BaselineTemplates() {
    }

    /**
     * A new baseline of the given size as of April of {@code fiscalYear}.
     *
     * @param id   id of the baseline
     * @param name name of the municipality (e.g. みなみ区)
     * @param seed seed of the generated roster
     */
    public static Baseline create(MunicipalitySize size, String id, String name, int fiscalYear, long seed) {
        Baseline baseline = F.createBaseline();
        baseline.setId(id);
        baseline.setName(name);
        // data of a Japanese municipality, in Japanese whatever the program's language (the examples are files)
        String template = switch (size) {
            case SPECIAL_WARD -> "特別区"; //$NON-NLS-1$
            case CITY -> "市"; //$NON-NLS-1$
            case TOWN -> "町"; //$NON-NLS-1$
            case DESIGNATED_CITY -> "政令指定都市"; //$NON-NLS-1$
        };
        baseline.setDescription(template + "のひな形から生成（名簿の乱数シード " + seed + "）"); //$NON-NLS-1$ //$NON-NLS-2$
        StandardCatalog.addTo(baseline);

        Organization organization = F.createOrganization();
        organization.setId("org"); //$NON-NLS-1$
        organization.setName(name);
        organization.setKind(size.kind);
        organization.setPopulation(size.population);
        organization.setStatutoryHeadcount(size.statutoryHeadcount);
        baseline.setOrganization(organization);

        boolean merged = size.dxStaff == 0; // small municipalities merge DX promotion and information systems
        Department it = department(organization, "dept-is", merged ? "総務課情報係" : "情報システム課", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                DepartmentKind.INFORMATION_SYSTEMS, size.itStaff);
        if (!merged) {
            Department dx = department(organization, "dept-dx", "DX推進課", DepartmentKind.DX_PROMOTION, size.dxStaff); //$NON-NLS-1$ //$NON-NLS-2$
            aggregates(baseline, dx, size.dxStaff, persona(baseline, StandardCatalog.DX_OFFICER));
        }
        aggregates(baseline, it, size.itStaff, persona(baseline, StandardCatalog.IS_OFFICER));
        Department hr = department(organization, "dept-hr", "職員課", DepartmentKind.HR, size.hrStaff); //$NON-NLS-1$ //$NON-NLS-2$
        aggregates(baseline, hr, size.hrStaff, persona(baseline, StandardCatalog.GENERAL));

        LargeProject cloud = F.createLargeProject();
        cloud.setId("project-gov-cloud"); //$NON-NLS-1$
        cloud.setName("ガバメントクラウド移行"); //$NON-NLS-1$
        cloud.setFirstFiscalYear(2026);
        cloud.setLastFiscalYear(2027);
        cloud.getHeldPersonas().add(persona(baseline, StandardCatalog.IS_OFFICER));
        it.getLargeProjects().add(cloud);

        for (int i = 0; i < size.businessDepartments; i++) {
            String base = BUSINESS_NAMES.get(i % BUSINESS_NAMES.size());
            int round = i / BUSINESS_NAMES.size();
            // large cities repeat the 課 in their 区役所: 市民課（北区）
            String deptName = round == 0 ? base : base + "（" + WARDS.get((round - 1) % WARDS.size()) + "）"; //$NON-NLS-1$ //$NON-NLS-2$
            Department business = department(organization, String.format("dept-%03d", i + 1), deptName, //$NON-NLS-1$
                    DepartmentKind.BUSINESS, size.staffPerBusinessDepartment);
            aggregates(baseline, business, size.staffPerBusinessDepartment, persona(baseline, StandardCatalog.GENERAL));
            if (i == 0) {
                LargeProject replacement = F.createLargeProject();
                replacement.setId("project-core-replacement"); //$NON-NLS-1$
                replacement.setName("基幹系システム標準化対応"); //$NON-NLS-1$
                replacement.setFirstFiscalYear(2026);
                replacement.setLastFiscalYear(2026);
                replacement.getHeldPersonas().add(persona(baseline, StandardCatalog.PROMOTER));
                business.getLargeProjects().add(replacement);
            }
        }
        RosterGenerator.expand(baseline, fiscalYear, seed);
        return baseline;
    }

    private static Department department(Organization organization, String id, String name, DepartmentKind kind,
            int headcount) {
        Department department = F.createDepartment();
        department.setId(id);
        department.setName(name);
        department.setKind(kind);
        department.setHeadcount(headcount);
        organization.getDepartments().add(department);
        return department;
    }

    /**
     * Counts by age band and rank for one department: one 課長 (or the senior member of a very small
     * section), 係長 and 課長補佐 among the older bands, 主事/主任 among the younger.
     */
    private static void aggregates(Baseline baseline, Department department, int headcount, Persona persona) {
        Persona manager = persona(baseline, StandardCatalog.MANAGER);
        int[] perBand = apportion(headcount);
        boolean managerPlaced = headcount < 3;
        for (int band = 0; band < AGE_BANDS.length; band++) {
            int count = perBand[band];
            if (count == 0) {
                continue;
            }
            Rank junior = band == 0 ? Rank.SHUJI : band == 1 ? Rank.SHUNIN : band == 4 ? Rank.SHUNIN : Rank.KAKARICHO;
            int managers = 0;
            if (!managerPlaced && band == 3) {
                add(baseline, department, band, Rank.KACHO, manager, 1, EmploymentType.REGULAR);
                managerPlaced = true;
                managers = 1;
            }
            int supervisors = band >= 2 && band <= 3 ? (count - managers) / 3 : 0;
            if (supervisors > 0) {
                add(baseline, department, band, band == 3 ? Rank.KACHO_HOSA : Rank.KAKARICHO, manager, supervisors,
                        EmploymentType.REGULAR);
            }
            int rest = count - managers - supervisors;
            int partTime = department.getKind() == DepartmentKind.BUSINESS && band == 4 ? rest / 2 : 0;
            add(baseline, department, band, band >= 2 ? Rank.SHUNIN : junior, persona, rest - partTime,
                    EmploymentType.REGULAR);
            add(baseline, department, band, Rank.SHUJI, persona, partTime, EmploymentType.PART_TIME);
        }
    }

    /** Splits a headcount over the age bands by their shares, largest remainders first; sums exactly. */
    static int[] apportion(int headcount) {
        int[] counts = new int[AGE_SHARES.length];
        double[] remainders = new double[AGE_SHARES.length];
        int assigned = 0;
        for (int i = 0; i < counts.length; i++) {
            double exact = headcount * AGE_SHARES[i];
            counts[i] = (int) Math.floor(exact);
            remainders[i] = exact - counts[i];
            assigned += counts[i];
        }
        while (assigned < headcount) {
            int best = 0;
            for (int i = 1; i < counts.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            counts[best]++;
            remainders[best] = -1;
            assigned++;
        }
        return counts;
    }

    private static void add(Baseline baseline, Department department, int band, Rank rank, Persona persona, int count,
            EmploymentType type) {
        if (count <= 0) {
            return;
        }
        RosterAggregate aggregate = F.createRosterAggregate();
        aggregate.setDepartment(department);
        aggregate.setMinAge(AGE_BANDS[band][0]);
        aggregate.setMaxAge(AGE_BANDS[band][1]);
        aggregate.setRank(rank);
        aggregate.setPersona(persona);
        aggregate.setCount(count);
        aggregate.setEmploymentType(type);
        baseline.getRosterAggregates().add(aggregate);
    }

    static Persona persona(Baseline baseline, String id) {
        return baseline.getPersonas().stream().filter(p -> id.equals(p.getId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no persona " + id)); //$NON-NLS-1$
    }
}
