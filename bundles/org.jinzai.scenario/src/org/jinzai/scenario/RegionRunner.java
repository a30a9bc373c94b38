package org.jinzai.scenario;

import java.util.ArrayList;
import java.util.List;

import org.jinzai.engine.ProgressListener;
import org.jinzai.engine.RegionEngine;
import org.jinzai.engine.RegionInput;
import org.jinzai.engine.RegionResult;
import org.jinzai.engine.RunOptions;
import org.jinzai.engine.SimulationInput;
import org.jinzai.model.AllocationPolicy;
import org.jinzai.model.Baseline;
import org.jinzai.model.CourseRequest;
import org.jinzai.model.Department;
import org.jinzai.model.DepartmentKind;
import org.jinzai.model.Pool;
import org.jinzai.model.PoolRequest;
import org.jinzai.model.Region;
import org.jinzai.model.RegionCourse;
import org.jinzai.model.RegionMember;
import org.jinzai.model.Scenario;
import org.jinzai.model.Secondment;
import org.jinzai.model.YearlyCount;

/**
 * Runs a region (広域連携): its members and pools jointly ("pooled"), and the same members with nothing asked of the
 * pools ("alone"), on the same random numbers, so that each member's "alone against pooled" is a paired comparison.
 */
public final class RegionRunner {

    private RegionRunner() {
    }

    /**
     * A region's two runs: each member alone, and all of them with the pools; and each member's comparison of the two
     * (made once, with the runs).
     */
    public record Run(Region region, RegionInput input, RegionResult alone, RegionResult pooled, List<ScenarioComparison> comparisons) {

        public Run(Region region, RegionInput input, RegionResult alone, RegionResult pooled) {
            this(region, input, alone, pooled, comparisons(region, input, alone, pooled));
        }

        private static List<ScenarioComparison> comparisons(Region region, RegionInput input, RegionResult alone, RegionResult pooled) {
            List<ScenarioComparison> all = new ArrayList<>();
            for (int k = 0; k < region.getMembers().size(); k++) {
                Scenario scenario = region.getMembers().get(k).getScenario();
                SimulationInput in = input.members().get(k).input();
                all.add(new ScenarioComparison(List.of(scenario, scenario),
                        List.of(new ScenarioRunner.Run(in, alone.member(k), null), new ScenarioRunner.Run(in, pooled.member(k), null))));
            }
            return List.copyOf(all);
        }

        /** The members' scenarios, in the region's order. */
        public List<Scenario> scenarios() {
            return region.getMembers().stream().map(RegionMember::getScenario).toList();
        }

        /**
         * Whether the pools change a target (by id): the probability of meeting it for some member in some year, or that
         * every member meets it, by half a point or more. The command line, the document and the workbench show these.
         */
        public boolean changes(String targetId) {
            return change(targetId) >= 0.005;
        }

        /**
         * How much the pools change a target (by id) at most: the largest difference, alone against pooled, of the
         * probability of meeting it for a member in a year, or that every member meets it (0 to 1).
         */
        public double change(String targetId) {
            double most = 0;
            for (int y = 0; y < pooled.years(); y++) {
                double before = alone.probabilityEveryMemberMeets(targetId, y);
                if (Double.isFinite(before)) {
                    most = Math.max(most, Math.abs(pooled.probabilityEveryMemberMeets(targetId, y) - before));
                }
            }
            for (ScenarioComparison comparison : comparisons) {
                for (ScenarioComparison.Row row : comparison.rows()) {
                    if (row.targetId().equals(targetId) && Double.isFinite(row.met())) {
                        most = Math.max(most, Math.abs(row.met() - row.referenceMet()));
                    }
                }
            }
            return most;
        }

        /** Member k alone against pooled: per target and year, the paired difference and the probabilities met. */
        public ScenarioComparison comparison(int k) {
            return comparisons.get(k);
        }
    }

    /**
     * Runs both: progress counts the replications of the two runs together. The members' counts are kept for each member
     * as a whole, not by department.
     */
    public static Run run(Region region, RunOptions options, ProgressListener listener) {
        return run(region, options, false, listener);
    }

    /**
     * The same, keeping each member's counts and flows by department too in the pooled run ({@code byDepartment}: what a
     * member's policy document shows), at the cost of memory that grows with the members' departments.
     */
    public static Run run(Region region, RunOptions options, boolean byDepartment, ProgressListener listener) {
        RegionInput pooled = compile(region, options.seed());
        RegionInput alone = compile(region, options.seed(), false);
        int n = options.replications();
        // alone, each member is read as a whole (the comparison, the region's document): never by department
        RegionResult aloneResult = new RegionEngine().run(alone, options.seed(), options.threads(), n, false, listener.part(0, 2 * n));
        RegionResult pooledResult = new RegionEngine().run(pooled, options.seed(), options.threads(), n, byDepartment, listener.part(n, 2 * n));
        return new Run(region, pooled, aloneResult, pooledResult);
    }

    /** The engine's input of a region for a run with a seed (each member's staff drawn from counts with its own seed). */
    public static RegionInput compile(Region region, long seed) {
        return compile(region, seed, true);
    }

    /**
     * The input of a region with its members together ({@code together}: their requests to the pools, their seats of the
     * joint courses) or each alone (the same members and pools, nothing asked, no joint seats).
     */
    public static RegionInput compile(Region region, long seed, boolean together) {
        List<JointSeats> joint = together ? jointSeats(region) : List.of();
        List<Pool> pools = region.getPools();
        int first = region.getRunSettings().getFirstFiscalYear();
        int years = region.getRunSettings().getHorizonYears();
        List<RegionInput.Member> members = new ArrayList<>();
        for (RegionMember member : region.getMembers()) {
            Scenario scenario = member.getScenario();
            String key = key(region, scenario);
            SimulationInput input = ScenarioCompiler.compile(scenario, RegionEngine.memberSeed(seed, key));
            Baseline baseline = scenario.getBaseline();
            int k = region.getMembers().indexOf(member);
            List<SimulationInput.CourseRun> seats = new ArrayList<>();
            for (JointSeats given : joint) {
                RegionCourse course = region.getCourses().get(given.course());
                int index = courseIndex(baseline, course.getCourseId());
                for (int y = 0; given.member() == k && y < years; y++) {
                    if (given.given()[y] > 0) {
                        seats.add(new SimulationInput.CourseRun(index, first + y, course.getMonth(), given.given()[y], -1));
                    }
                }
            }
            if (!seats.isEmpty()) {
                input = input.withMoreCourseRuns(seats);
            }
            List<RegionInput.Request> requests = new ArrayList<>();
            for (PoolRequest request : together ? member.getRequests() : List.<PoolRequest>of()) {
                int persona = request.getPersona() == null ? -1 : baseline.getPersonas().indexOf(request.getPersona());
                requests.add(new RegionInput.Request(pools.indexOf(request.getPool()), persona, department(baseline, request),
                        perYear(request.getDays(), first, years), targetIndex(input, request)));
            }
            List<RegionInput.Secondment> secondments = new ArrayList<>();
            for (Secondment secondment : together ? member.getSecondments() : List.<Secondment>of()) {
                Department from = secondment.getDepartment();
                secondments.add(new RegionInput.Secondment(pools.indexOf(secondment.getPool()), baseline.getPersonas().indexOf(secondment.getPersona()),
                        from == null ? -1 : baseline.getOrganization().getDepartments().indexOf(from), perYear(secondment.getStaff(), first, years),
                        secondment.getTermYears(), secondment.getStepOnReturn(), secondment.getServingDays()));
            }
            members.add(new RegionInput.Member(key, input, member.getPriority(), requests, secondments));
        }
        List<RegionInput.PoolSpec> specs = new ArrayList<>();
        for (Pool pool : pools) {
            specs.add(new RegionInput.PoolSpec(pool.getId(), pool.getInitialStaff(), pool.getDaysPerWeek(), perYear(pool.getHires(), first, years),
                    pool.getHireMonth(), pool.getFillProbability(), pool.getTermYears(), pool.getYearlyAttrition(), pool.getCostPerPersonYear(),
                    pool.getStep(), RegionInput.Allocation.valueOf(pool.getAllocation().getName()), pool.getPrefectureShare(),
                    RegionInput.Sharing.valueOf(pool.getMemberSharing().getName())));
        }
        return new RegionInput(members, specs);
    }

    /**
     * A member's key: its baseline's id and its scenario's id, so that the member draws the same numbers wherever its files
     * are and whatever they are called (a workspace names the examples in Japanese), and whatever the other members are;
     * a second member with the same ids (a copied folder) is told apart by its place among them.
     */
    static String key(Region region, Scenario scenario) {
        String own = scenario.getBaseline().getId() + "/" + scenario.getId(); //$NON-NLS-1$
        int same = 0;
        for (RegionMember member : region.getMembers()) {
            if (member.getScenario() == scenario) {
                break;
            }
            Scenario other = member.getScenario();
            same += own.equals(other.getBaseline().getId() + "/" + other.getId()) ? 1 : 0; //$NON-NLS-1$
        }
        return same == 0 ? own : own + "#" + (same + 1); //$NON-NLS-1$
    }

    /**
     * A region's input for each value of a lever of one of its pools: its staff at the start ({@code staff}) or its hires
     * planned in every fiscal year; everything else as compiled.
     */
    public static java.util.function.IntFunction<RegionInput> lever(RegionInput base, int pool, boolean staff) {
        return value -> {
            RegionInput.PoolSpec p = base.pools().get(pool);
            int[] hires = new int[p.hires().length];
            java.util.Arrays.fill(hires, value);
            return withPool(base, pool, staff ? p.withInitialStaff(value) : p.withHires(hires));
        };
    }

    /** A region's input with one of its pools allocating by another policy; everything else as it is. */
    public static RegionInput withAllocation(RegionInput base, int pool, RegionInput.Allocation allocation) {
        return withPool(base, pool, base.pools().get(pool).withAllocation(allocation));
    }

    private static RegionInput withPool(RegionInput base, int pool, RegionInput.PoolSpec spec) {
        List<RegionInput.PoolSpec> pools = new ArrayList<>(base.pools());
        pools.set(pool, spec);
        return new RegionInput(base.members(), pools);
    }

    /** Whether any member sends staff to pool p on secondment (then its tables show them beside its own staff). */
    public static boolean receivesSecondments(Region region, int p) {
        Pool pool = region.getPools().get(p);
        return region.getMembers().stream().flatMap(m -> m.getSecondments().stream())
                .anyMatch(s -> s.getPool() == pool && s.getStaff().stream().anyMatch(c -> c.getCount() > 0));
    }

    /** Whether request j of a member is its first to that pool (where its share of the pool's cost is told). */
    public static boolean firstRequestTo(RegionMember member, int j) {
        PoolRequest request = member.getRequests().get(j);
        for (int i = 0; i < j; i++) {
            if (member.getRequests().get(i).getPool() == request.getPool()) {
                return false;
            }
        }
        return true;
    }

    /** The targets (id → the first member's) every member of a region has: the targets the region can count together. */
    public static java.util.Map<String, org.jinzai.model.Target> sharedTargets(Region region) {
        java.util.Map<String, org.jinzai.model.Target> shared = new java.util.LinkedHashMap<>();
        List<RegionMember> members = region.getMembers();
        for (org.jinzai.model.Target target : members.isEmpty() ? List.<org.jinzai.model.Target>of() : members.get(0).getScenario().getTargets()) {
            if (members.stream().allMatch(m -> m.getScenario().getTargets().stream().anyMatch(t -> target.getId().equals(t.getId())))) {
                shared.put(target.getId(), target);
            }
        }
        return shared;
    }

    /** A joint course's fiscal year: the seats it runs, and what the members asked and were given in all. */
    public record CourseYear(int seats, int asked, int given) {
    }

    /** A joint course's fiscal year offset y, from the shares of {@link #jointSeats}. */
    public static CourseYear courseYear(Region region, List<JointSeats> joint, int course, int y) {
        int fiscalYear = region.getRunSettings().getFirstFiscalYear() + y;
        int asked = 0;
        int given = 0;
        for (JointSeats seats : joint) {
            if (seats.course() == course) {
                asked += seats.asked()[y];
                given += seats.given()[y];
            }
        }
        int seats = region.getCourses().get(course).getSeats().stream().filter(s -> s.getFiscalYear() == fiscalYear)
                .mapToInt(YearlyCount::getCount).sum();
        return new CourseYear(seats, asked, given);
    }

    /** The seats of a joint course asked by a member and given to it, per fiscal year of the region. */
    public record JointSeats(int course, int member, int[] asked, int[] given) {
    }

    /**
     * How each joint course's seats are shared among the members that ask for them, fiscal year by fiscal year: all they
     * ask when there are seats enough; else by the course's policy — by priority, the smallest members (fewest staff)
     * first, first come (the member that asked it in the earliest year), each taking what it asks while seats last (ties
     * in the members' order); or in proportion to what each asks (whole seats, the rest to the largest remainders).
     */
    public static List<JointSeats> jointSeats(Region region) {
        int first = region.getRunSettings().getFirstFiscalYear();
        int years = region.getRunSettings().getHorizonYears();
        List<RegionMember> members = region.getMembers();
        List<JointSeats> all = new ArrayList<>();
        for (int c = 0; c < region.getCourses().size(); c++) {
            RegionCourse course = region.getCourses().get(c);
            int[] seats = perYear(course.getSeats(), first, years);
            int[][] asked = new int[members.size()][years];
            for (int k = 0; k < members.size(); k++) {
                for (CourseRequest request : members.get(k).getCourseRequests()) {
                    if (request.getCourse() == course) {
                        int[] each = perYear(request.getSeats(), first, years);
                        for (int y = 0; y < years; y++) {
                            asked[k][y] += each[y];
                        }
                    }
                }
            }
            int[][] given = new int[members.size()][years];
            for (int y = 0; y < years; y++) {
                share(course.getAllocation(), members, asked, y, seats[y], given);
            }
            for (int k = 0; k < members.size(); k++) {
                if (java.util.Arrays.stream(asked[k]).anyMatch(a -> a > 0)) {
                    all.add(new JointSeats(c, k, asked[k], given[k]));
                }
            }
        }
        return all;
    }

    private static void share(AllocationPolicy policy, List<RegionMember> members, int[][] asked, int y, int seats, int[][] given) {
        int total = 0;
        for (int[] each : asked) {
            total += each[y];
        }
        if (total <= seats) {
            for (int k = 0; k < asked.length; k++) {
                given[k][y] = asked[k][y];
            }
            return;
        }
        if (policy == AllocationPolicy.PROPORTIONAL) {
            double[] remainder = new double[asked.length];
            int left = seats;
            for (int k = 0; k < asked.length; k++) {
                double exact = (double) seats * asked[k][y] / total;
                given[k][y] = (int) Math.floor(exact);
                remainder[k] = exact - given[k][y];
                left -= given[k][y];
            }
            List<Integer> order = new ArrayList<>(java.util.stream.IntStream.range(0, asked.length).boxed().toList());
            order.sort((a, b) -> Double.compare(remainder[b], remainder[a]));
            for (int i = 0; i < left; i++) {
                given[order.get(i)][y]++;
            }
            return;
        }
        List<Integer> order = new ArrayList<>(java.util.stream.IntStream.range(0, asked.length).boxed().toList());
        java.util.Comparator<Integer> by = switch (policy) {
            case PRIORITY -> java.util.Comparator.comparingInt(k -> members.get(k).getPriority());
            case SMALLEST_FIRST -> java.util.Comparator.comparingInt(k -> staff(members.get(k).getScenario().getBaseline()));
            case FIRST_COME -> java.util.Comparator.comparingInt(k -> firstAsked(asked[k]));
            case PROPORTIONAL -> (a, b) -> 0;
        };
        order.sort(by.thenComparingInt(k -> k));
        int left = seats;
        for (int k : order) {
            given[k][y] = Math.min(asked[k][y], left);
            left -= given[k][y];
        }
    }

    private static int firstAsked(int[] asked) {
        for (int y = 0; y < asked.length; y++) {
            if (asked[y] > 0) {
                return y;
            }
        }
        return asked.length;
    }

    /** A baseline's staff: its roster, or the counts it is drawn from. */
    private static int staff(Baseline baseline) {
        return baseline.getStaff().isEmpty() ? baseline.getRosterAggregates().stream().mapToInt(a -> a.getCount()).sum() : baseline.getStaff().size();
    }

    private static int courseIndex(Baseline baseline, String id) {
        for (int c = 0; c < baseline.getCourses().size(); c++) {
            if (baseline.getCourses().get(c).getId().equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException(id);
    }

    /** The index of the target a request is asked when short of, in the member's input; -1 for a request asked every month. */
    private static int targetIndex(SimulationInput input, PoolRequest request) {
        if (request.getWhenShortOf() == null) {
            return -1;
        }
        for (int t = 0; t < input.targets().size(); t++) {
            if (input.targets().get(t).id().equals(request.getWhenShortOf().getId())) {
                return t;
            }
        }
        throw new IllegalArgumentException(request.getWhenShortOf().getId());
    }

    /** The department a request serves in: the one it names, else the member's first information-systems department, else its first. */
    private static int department(Baseline baseline, PoolRequest request) {
        List<Department> departments = baseline.getOrganization().getDepartments();
        if (request.getDepartment() != null) {
            return departments.indexOf(request.getDepartment());
        }
        for (int d = 0; d < departments.size(); d++) {
            if (departments.get(d).getKind() == DepartmentKind.INFORMATION_SYSTEMS) {
                return d;
            }
        }
        return 0;
    }

    /** Counts by fiscal year ({@code first + y}, y below {@code years}) as an array; a year without a count is 0. */
    public static int[] perYear(List<YearlyCount> counts, int first, int years) {
        int[] values = new int[years];
        for (YearlyCount count : counts) {
            int y = count.getFiscalYear() - first;
            if (y >= 0 && y < years) {
                values[y] += count.getCount();
            }
        }
        return values;
    }
}
