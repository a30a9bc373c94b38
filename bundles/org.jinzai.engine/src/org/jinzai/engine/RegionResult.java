package org.jinzai.engine;

import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * The outcome of a region's joint run: each member's result as of a run of its own (its targets counting what the pools
 * gave it), and per replication and fiscal year what each pool had, was asked and gave, what each request received,
 * and who paid what. Days are days a week (5: one full-time person), averaged over the months of the fiscal year;
 * costs are yen.
 */
public final class RegionResult {

    /** What a pool had and did in a fiscal year. */
    public enum PoolQuantity {
        /** Staff in the pool on 31 March (persons). */
        STAFF,
        /** Its staff times their days a week, averaged over the months. */
        CAPACITY,
        /** What the members asked of it, averaged over the months. */
        ASKED,
        /** What it gave, averaged over the months. */
        GIVEN,
        /** What its staff cost (yen). */
        COST,
        /** The part of the cost the prefecture paid (yen). */
        PREFECTURE_COST,
        /** The members' staff serving in it on secondment on 31 March (persons; not in its staff or its cost). */
        SECONDED
    }

    /** What one request of a member asked and received in a fiscal year. */
    public enum RequestQuantity {
        /** Days a week asked, averaged over the months. */
        ASKED,
        /** Days a week received, averaged over the months. */
        RECEIVED,
        /** Days a week received in March, when the targets are counted. */
        RECEIVED_AT_COUNT,
        /** Months in which it received less than it asked. */
        WAITING_MONTHS
    }

    private final RegionInput input;
    private final List<SimulationResult> members;
    private final int replications;
    private final int years;
    /** [pool][quantity][replication * years + year]. */
    private final double[][][] pools;
    /** [request (members' requests in order)][quantity][replication * years + year]. */
    private final double[][][] requests;
    /** Per member, the index of its first request in {@link #requests}. */
    private final int[] firstRequest;
    /** [member][replication * years + year]: its share of the pools' cost (yen). */
    private final double[][] memberCost;
    /** [pool][member][replication * years + year]: its share of one pool's cost (yen). */
    private final double[][][] poolMemberCost;

    RegionResult(RegionInput input, List<SimulationResult> members, int replications) {
        this.input = input;
        this.members = List.copyOf(members);
        this.replications = replications;
        this.years = input.horizonYears();
        int cells = replications * years;
        pools = new double[input.pools().size()][PoolQuantity.values().length][cells];
        firstRequest = new int[input.members().size() + 1];
        for (int k = 0; k < input.members().size(); k++) {
            firstRequest[k + 1] = firstRequest[k] + input.members().get(k).requests().size();
        }
        requests = new double[firstRequest[input.members().size()]][RequestQuantity.values().length][cells];
        memberCost = new double[input.members().size()][cells];
        poolMemberCost = new double[input.pools().size()][input.members().size()][cells];
    }

    public RegionInput input() {
        return input;
    }

    public int replications() {
        return replications;
    }

    public int firstFiscalYear() {
        return input.firstFiscalYear();
    }

    public int years() {
        return years;
    }

    /** Member k's result, its targets counting what it received from the pools. */
    public SimulationResult member(int k) {
        return members.get(k);
    }

    void addPool(int pool, PoolQuantity quantity, int replication, int year, double amount) {
        pools[pool][quantity.ordinal()][replication * years + year] += amount;
    }

    void addRequest(int member, int request, RequestQuantity quantity, int replication, int year, double amount) {
        requests[firstRequest[member] + request][quantity.ordinal()][replication * years + year] += amount;
    }

    void addMemberCost(int member, int pool, int replication, int year, double amount) {
        memberCost[member][replication * years + year] += amount;
        poolMemberCost[pool][member][replication * years + year] += amount;
    }

    public double pool(int pool, PoolQuantity quantity, int replication, int year) {
        return pools[pool][quantity.ordinal()][replication * years + year];
    }

    public double request(int member, int request, RequestQuantity quantity, int replication, int year) {
        return requests[firstRequest[member] + request][quantity.ordinal()][replication * years + year];
    }

    /** Member k's share of the pools' cost in a fiscal year of a replication (yen). */
    public double memberCost(int member, int replication, int year) {
        return memberCost[member][replication * years + year];
    }

    public Summary poolSummary(int pool, PoolQuantity quantity, int year) {
        return summarize(r -> pool(pool, quantity, r, year));
    }

    public Summary requestSummary(int member, int request, RequestQuantity quantity, int year) {
        return summarize(r -> request(member, request, quantity, r, year));
    }

    public Summary memberCostSummary(int member, int year) {
        return summarize(r -> memberCost(member, r, year));
    }

    /** Member k's share of one pool's cost in a fiscal year, over the replications (yen). */
    public Summary memberCostSummary(int member, int pool, int year) {
        return summarize(r -> poolMemberCost[pool][member][r * years + year]);
    }

    /** The share of its capacity a pool gave in a fiscal year, over all replications (0 when it had none). */
    public double utilization(int pool, int year) {
        double given = 0;
        double capacity = 0;
        for (int r = 0; r < replications; r++) {
            given += pool(pool, PoolQuantity.GIVEN, r, year);
            capacity += pool(pool, PoolQuantity.CAPACITY, r, year);
        }
        return capacity > 0 ? given / capacity : 0;
    }

    /** Per member, the index of its target of an id, or -1. */
    private int[] targetIndexes(String targetId) {
        int[] index = new int[members.size()];
        for (int k = 0; k < index.length; k++) {
            List<SimulationInput.TargetSpec> targets = input.members().get(k).input().targets();
            index[k] = -1;
            for (int t = 0; t < targets.size() && index[k] < 0; t++) {
                index[k] = targets.get(t).id().equals(targetId) ? t : -1;
            }
        }
        return index;
    }

    /** How many members have a target of this id with a value in a fiscal year. */
    public int membersWith(String targetId, int year) {
        int[] index = targetIndexes(targetId);
        int with = 0;
        for (int k = 0; k < index.length; k++) {
            with += index[k] >= 0 && !Double.isNaN(input.members().get(k).input().targets().get(index[k]).values()[year]) ? 1 : 0;
        }
        return with;
    }

    /** How many members meet a target of this id in a fiscal year of a replication; -1 when none has a value then. */
    public int membersMeeting(String targetId, int replication, int year) {
        int[] index = targetIndexes(targetId);
        int meeting = 0;
        boolean any = false;
        for (int k = 0; k < index.length; k++) {
            int m = index[k] < 0 ? -1 : members.get(k).targetMet(replication, index[k], year);
            if (m >= 0) {
                any = true;
                meeting += m;
            }
        }
        return any ? meeting : -1;
    }

    /**
     * The probability that every member with a target of this id meets it in a fiscal year (a region-wide target); NaN
     * when no member has it or none has a value for that year.
     */
    public double probabilityEveryMemberMeets(String targetId, int year) {
        int with = membersWith(targetId, year);
        if (with == 0) {
            return Double.NaN;
        }
        int met = 0;
        for (int r = 0; r < replications; r++) {
            met += membersMeeting(targetId, r, year) == with ? 1 : 0;
        }
        return (double) met / replications;
    }

    private Summary summarize(IntToDoubleFunction perReplication) {
        return members.get(0).summarize(perReplication);
    }
}
