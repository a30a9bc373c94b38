package org.jinzai.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jinzai.engine.RegionInput.Member;
import org.jinzai.engine.RegionInput.PoolSpec;
import org.jinzai.engine.RegionInput.Request;
import org.jinzai.engine.RegionResult.PoolQuantity;
import org.jinzai.engine.RegionResult.RequestQuantity;
import org.jinzai.engine.internal.Rng;

/**
 * The joint run of a region: in each replication every member and every pool, month by month. Each month the pools
 * first change their staff (terms that end, leavers, then the month's hires; in April the members' staff on secondment
 * come back and go, see {@link RegionInput.Secondment}), then share their capacity (their own staff's days and the days
 * the staff on secondment serve the members) among the members' requests of the fiscal year by their policy, then
 * every member lives its month as in a run of its own; on 31 March each member counts what it receives then as its own
 * external experts (see {@link Replication#support}).
 *
 * <p>Common random numbers: member k draws the numbers of a run of its own input with the seed
 * {@link #memberSeed(long, String) memberSeed(seed, key)}, whatever the pools and the other members, so a region whose
 * pools give nothing has each member's result of its own run, replication by replication, and "alone" against "pooled"
 * is a paired comparison. A pool's own events draw from its own key. Replications are independent and spread over the
 * threads; the numbers do not depend on the number of threads.</p>
 */
public final class RegionEngine {

    /** The seed with which a member's own events draw in a region run with {@code seed}. */
    public static long memberSeed(long seed, String key) {
        return Rng.mix(seed ^ Rng.key(key));
    }

    /**
     * Runs a region.
     *
     * @throws CancelledException when the listener asks to stop; no partial result is returned
     */
    public RegionResult run(RegionInput input, long seed, int threadCount, int replications, ProgressListener listener) {
        return run(input, seed, threadCount, replications, true, listener);
    }

    /**
     * Runs a region, keeping each member's counts by role and by skill and its department flows for each department
     * ({@code byDepartment}) or, so that many large members fit in memory, for each member as a whole only.
     *
     * @throws CancelledException when the listener asks to stop; no partial result is returned
     */
    public RegionResult run(RegionInput input, long seed, int threadCount, int replications, boolean byDepartment, ProgressListener listener) {
        return run(input, seed, threadCount, 0, replications, byDepartment, listener);
    }

    /**
     * Replications {@code from} to {@code to} (exclusive) of a region's run with a seed, as a result of {@code to - from}
     * replications that draw the same numbers as in a run of all of them (so that a goal-seek adds replications only
     * where it has to).
     */
    RegionResult run(RegionInput input, long seed, int threadCount, int from, int to, boolean byDepartment, ProgressListener listener) {
        int replications = to - from;
        List<Member> members = input.members();
        Plan[] plans = new Plan[members.size()];
        List<SimulationResult> results = new ArrayList<>();
        for (int k = 0; k < plans.length; k++) {
            plans[k] = new Plan(members.get(k).input());
            plans[k].prepareReplications();
            results.add(MonteCarloEngine.newResult(plans[k], replications, byDepartment));
        }
        RegionResult result = new RegionResult(input, results, replications);
        Workers.run("jinzai-region", threadCount, replications, listener, () -> { //$NON-NLS-1$
            Joint joint = new Joint(input, plans, results, result, seed, from);
            return joint::run;
        });
        return result;
    }

    /**
     * Goal-seek on a region: the smallest value of a lever (a pool's staff at the start, its hires a year…: {@code inputs}
     * gives the region for each value) for which every member that has the target {@code targetId} meets it in fiscal
     * year offset {@code year} with at least {@code probability}; the mean is how many members meet it. As {@link
     * GoalSeek}: common random numbers, each value decided on as few replications as it can be.
     */
    public GoalSeek.Outcome goalSeek(java.util.function.IntFunction<RegionInput> inputs, String targetId, int year, double probability,
            int low, int high, RunOptions options, ProgressListener listener) {
        RegionInput[] kept = new RegionInput[1];
        int[] keptValue = { Integer.MIN_VALUE };
        GoalSeek.Stages stages = (value, from, to, stage) -> {
            if (kept[0] == null || keptValue[0] != value) {
                kept[0] = inputs.apply(value);
                keptValue[0] = value;
            }
            RegionResult part = run(kept[0], options.seed(), options.threads(), from, to, false, stage);
            int met = 0;
            double sum = 0;
            for (int r = 0; r < part.replications(); r++) {
                int meeting = part.membersMeeting(targetId, r, year);
                SimulationInput.require(meeting >= 0, "target every member has, with a value in that fiscal year", targetId);
                met += meeting == part.membersWith(targetId, year) ? 1 : 0;
                sum += meeting;
            }
            return new GoalSeek.Tally(met, sum);
        };
        return GoalSeek.seek(stages, probability, low, high, options.replications(), listener);
    }

    /** One worker's members and pools, reused from replication to replication. */
    private static final class Joint {
        private final RegionInput input;
        private final RegionResult result;
        private final Replication[] members;
        private final PoolRun[] pools;
        /** Per member: its requests' personas, steps, departments and what they receive (FTE), for the observation. */
        private final int[][] persona;
        private final int[][] step;
        private final int[][] department;
        private final double[][] fte;
        /** Per member and request: days received this month, and the month its unbroken run of asking began. */
        private final double[][] received;
        private final int[][] since;
        /** Per member and request: days asked this month and last month. */
        private final int[][] asked;
        private final int[][] askedBefore;
        /** Per member and pool: days received this fiscal year (day-months), for the cost by use. */
        private final double[][] used;
        /** The run's index of replication 0 of this result. */
        private final int first;

        Joint(RegionInput input, Plan[] plans, List<SimulationResult> results, RegionResult result, long seed, int first) {
            this.first = first;
            this.input = input;
            this.result = result;
            List<Member> list = input.members();
            members = new Replication[list.size()];
            persona = new int[list.size()][];
            step = new int[list.size()][];
            department = new int[list.size()][];
            fte = new double[list.size()][];
            received = new double[list.size()][];
            since = new int[list.size()][];
            asked = new int[list.size()][];
            askedBefore = new int[list.size()][];
            used = new double[list.size()][input.pools().size()];
            for (int k = 0; k < members.length; k++) {
                Member member = list.get(k);
                members[k] = new Replication(plans[k], results.get(k), memberSeed(seed, member.key()), first);
                members[k].secondments(member.secondments());
                int n = member.requests().size();
                persona[k] = new int[n];
                step[k] = new int[n];
                department[k] = new int[n];
                fte[k] = new double[n];
                received[k] = new double[n];
                since[k] = new int[n];
                asked[k] = new int[n];
                askedBefore[k] = new int[n];
                for (int j = 0; j < n; j++) {
                    Request request = member.requests().get(j);
                    persona[k][j] = request.persona();
                    step[k][j] = input.pools().get(request.pool()).step();
                    department[k][j] = request.department();
                }
            }
            pools = new PoolRun[input.pools().size()];
            for (int p = 0; p < pools.length; p++) {
                pools[p] = new PoolRun(input.pools().get(p), seed, input.horizonYears());
            }
        }

        void run(int r) {
            for (Replication member : members) {
                member.begin(r);
            }
            for (PoolRun pool : pools) {
                pool.begin(first + r);
            }
            for (double[] row : used) {
                Arrays.fill(row, 0);
            }
            int months = input.horizonYears() * 12;
            for (int m = 0; m < months; m++) {
                int y = m / 12;
                if (m % 12 == 0) {
                    // April: staff on secondment come back and go before the pools count their capacity
                    for (Replication member : members) {
                        member.startYear(y);
                    }
                }
                // what each member asks this month: every month, or while its own staff fall short of a target
                for (int k = 0; k < members.length; k++) {
                    List<Request> requests = input.members().get(k).requests();
                    for (int j = 0; j < requests.size(); j++) {
                        Request request = requests.get(j);
                        int days = request.days()[y];
                        asked[k][j] = days > 0 && (request.shortOf() < 0 || members[k].shortOf(request.shortOf(), y)) ? days : 0;
                    }
                }
                for (int p = 0; p < pools.length; p++) {
                    pools[p].month(m);
                    allocate(p, m, y, r);
                }
                for (int k = 0; k < members.length; k++) {
                    System.arraycopy(asked[k], 0, askedBefore[k], 0, asked[k].length);
                }
                if (m % 12 == 11) {
                    for (int k = 0; k < members.length; k++) {
                        for (int j = 0; j < fte[k].length; j++) {
                            fte[k][j] = received[k][j] / 5.0;
                            result.addRequest(k, j, RequestQuantity.RECEIVED_AT_COUNT, r, y, received[k][j]);
                        }
                        members[k].support(fte[k].length, persona[k], step[k], department[k], fte[k]);
                    }
                }
                for (Replication member : members) {
                    member.month(m);
                }
                if (m % 12 == 11) {
                    endOfYear(y, r);
                }
            }
        }

        /** Shares pool p's capacity of month m among the requests of fiscal year y, by its policy. */
        private void allocate(int p, int m, int y, int r) {
            PoolSpec spec = input.pools().get(p);
            List<Member> list = input.members();
            // the requests to this pool, with what they ask this month
            List<int[]> asking = new ArrayList<>();
            double total = 0;
            for (int k = 0; k < list.size(); k++) {
                List<Request> requests = list.get(k).requests();
                for (int j = 0; j < requests.size(); j++) {
                    Request request = requests.get(j);
                    if (request.pool() != p) {
                        continue;
                    }
                    int days = asked[k][j];
                    received[k][j] = 0;
                    if (days > 0) {
                        if (m == 0 || askedBefore[k][j] == 0) {
                            since[k][j] = m; // an unbroken run of asking begins
                        }
                        asking.add(new int[] { k, j, days });
                        total += days;
                        result.addRequest(k, j, RequestQuantity.ASKED, r, y, days / 12.0);
                    }
                }
            }
            double capacity = pools[p].staff() * (double) spec.daysPerWeek() + secondedDays(p);
            result.addPool(p, PoolQuantity.CAPACITY, r, y, capacity / 12);
            result.addPool(p, PoolQuantity.ASKED, r, y, total / 12);
            if (total <= capacity) {
                for (int[] a : asking) {
                    received[a[0]][a[1]] = a[2];
                }
            } else if (spec.allocation() == RegionInput.Allocation.PROPORTIONAL) {
                for (int[] a : asking) {
                    received[a[0]][a[1]] = capacity * a[2] / total;
                }
            } else {
                asking.sort((a, b) -> compare(spec.allocation(), a, b));
                double left = capacity;
                for (int[] a : asking) {
                    double given = Math.min(a[2], left);
                    received[a[0]][a[1]] = given;
                    left -= given;
                }
            }
            double given = 0;
            for (int[] a : asking) {
                double days = received[a[0]][a[1]];
                given += days;
                used[a[0]][p] += days;
                result.addRequest(a[0], a[1], RequestQuantity.RECEIVED, r, y, days / 12);
                if (days < a[2] - 1e-9) {
                    result.addRequest(a[0], a[1], RequestQuantity.WAITING_MONTHS, r, y, 1);
                }
            }
            result.addPool(p, PoolQuantity.GIVEN, r, y, given / 12);
            result.addPool(p, PoolQuantity.COST, r, y, pools[p].staff() * (double) spec.costPerPersonYear() / 12);
        }

        /** The members' staff serving pool p on secondment now. */
        private int seconded(int p) {
            int n = 0;
            for (Replication member : members) {
                n += member.away(p);
            }
            return n;
        }

        /** The days a week the members' staff on secondment serve the members from pool p now. */
        private int secondedDays(int p) {
            int days = 0;
            for (Replication member : members) {
                days += member.awayDays(p);
            }
            return days;
        }

        /** The order in which a policy serves two requests {member, request, days}; ties in the members' order. */
        private int compare(RegionInput.Allocation policy, int[] a, int[] b) {
            List<Member> list = input.members();
            int by = switch (policy) {
                case PRIORITY -> Integer.compare(list.get(a[0]).priority(), list.get(b[0]).priority());
                case SMALLEST_FIRST -> Integer.compare(list.get(a[0]).size(), list.get(b[0]).size());
                case FIRST_COME -> Integer.compare(since[a[0]][a[1]], since[b[0]][b[1]]);
                case PROPORTIONAL -> 0;
            };
            return by != 0 ? by : a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]);
        }

        /** On 31 March: each pool's staff, and its cost shared between the prefecture and the members. */
        private void endOfYear(int y, int r) {
            for (int p = 0; p < pools.length; p++) {
                PoolSpec spec = input.pools().get(p);
                result.addPool(p, PoolQuantity.STAFF, r, y, pools[p].staff());
                result.addPool(p, PoolQuantity.SECONDED, r, y, seconded(p));
                double cost = result.pool(p, PoolQuantity.COST, r, y);
                double prefecture = cost * spec.prefectureShare();
                double rest = cost - prefecture;
                double[] weight = new double[members.length];
                double sum = 0;
                if (spec.sharing() == RegionInput.Sharing.BY_USE) {
                    for (int k = 0; k < members.length; k++) {
                        weight[k] = used[k][p];
                        sum += weight[k];
                    }
                }
                if (sum == 0) {
                    // equally among the members that ask this pool for anything (BY_USE in a year nobody used it too)
                    for (int k = 0; k < members.length; k++) {
                        weight[k] = asksAnything(k, p) ? 1 : 0;
                        sum += weight[k];
                    }
                }
                if (sum == 0) {
                    prefecture = cost; // nobody asks it: the prefecture keeps it alone
                } else {
                    for (int k = 0; k < members.length; k++) {
                        if (weight[k] > 0) {
                            result.addMemberCost(k, p, r, y, rest * weight[k] / sum);
                        }
                    }
                }
                result.addPool(p, PoolQuantity.PREFECTURE_COST, r, y, prefecture);
                for (double[] row : used) {
                    row[p] = 0;
                }
            }
        }

        private boolean asksAnything(int k, int p) {
            for (Request request : input.members().get(k).requests()) {
                if (request.pool() == p && Arrays.stream(request.days()).anyMatch(d -> d > 0)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A pool's staff in one replication: who is there, until when. */
    private static final class PoolRun {
        private final PoolSpec spec;
        private final long seed;
        private final double monthlyHazard;
        /** The month each staff member's term ends (leaves at its start), or {@link Integer#MAX_VALUE}. */
        private int[] termEnd;
        private long[] key;
        private int size;
        private long stream;

        PoolRun(PoolSpec spec, long seed, int years) {
            this.spec = spec;
            this.seed = Rng.mix(seed ^ Rng.key("pool:" + spec.key())); //$NON-NLS-1$
            this.monthlyHazard = 1 - Math.pow(1 - spec.yearlyAttrition(), 1.0 / 12);
            int most = spec.initialStaff() + Arrays.stream(spec.hires()).sum();
            termEnd = new int[Math.max(1, most)];
            key = new long[termEnd.length];
        }

        int staff() {
            return size;
        }

        void begin(int r) {
            stream = Rng.stream(seed, r);
            size = 0;
            for (int i = 0; i < spec.initialStaff(); i++) {
                add(-1L - i, 0);
            }
        }

        private void add(long who, int m) {
            termEnd[size] = spec.termYears() > 0 ? m + spec.termYears() * 12 : Integer.MAX_VALUE;
            key[size] = who;
            size++;
        }

        /** Month m: terms that end go, then the leavers of the month, then the month's hires arrive. */
        void month(int m) {
            int kept = 0;
            for (int i = 0; i < size; i++) {
                boolean goes = termEnd[i] <= m
                        || monthlyHazard > 0 && Rng.uniform(stream, key[i], Rng.ATTRITION, m) < monthlyHazard;
                if (!goes) {
                    termEnd[kept] = termEnd[i];
                    key[kept] = key[i];
                    kept++;
                }
            }
            size = kept;
            int y = m / 12;
            if (m % 12 == Plan.monthIndex(0, spec.hireMonth()) && y < spec.hires().length) {
                for (int k = 0; k < spec.hires()[y]; k++) {
                    long who = ((long) (y + 1) << 32) + k;
                    if (Rng.uniform(stream, who, Rng.RECRUIT, 0) < spec.fill()) {
                        add(who, m);
                    }
                }
            }
        }
    }
}
