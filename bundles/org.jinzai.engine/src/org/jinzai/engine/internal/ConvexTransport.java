package org.jinzai.engine.internal;

import java.util.Arrays;

/**
 * A minimum-cost assignment of movers to posts: classes of movers (each with a supply of movers) are sent to
 * departments (each with a number of free posts); the k-th mover of a class into a department costs a given
 * marginal cost, non-decreasing in k (convex costs, the soft rules); a mover may always stay at a fixed cost.
 * <p>
 * Solved by successive shortest paths with Johnson potentials and Dijkstra on the residual network, a path
 * carrying as many movers as its costs stay unchanged. The network is held implicitly (flows per class and
 * department), so a problem of a few dozen movers and a few hundred departments takes well under a millisecond;
 * the engine solves one in every April of every replication. The tests check the optimum against JGraphT's
 * capacity-scaling minimum-cost flow on random problems.
 */
public final class ConvexTransport {

    private final int classes;
    private final int departments;
    private final int[] supply;
    private final int[] capacity;
    /** marginal[c][d]: the costs of the first, second, … mover of c into d; the last one repeats; null = not allowed. */
    private final long[][][] marginal;
    private final long stayCost;
    /** limit[c][d]: at most this many movers of c into d (those already in d cannot be moved there). */
    private final int[][] limit;

    // node numbers: source, classes, departments, stay, sink
    private final int source = 0;
    private final int stay;
    private final int sink;
    private final int nodes;

    private final int[][] flow;
    private final int[] sent;
    private final int[] used;
    private final int[] stayed;

    private final long[] potential;
    private final long[] distance;
    private final int[] previous;
    private final boolean[] settled;
    private long[] heapKeys = new long[64];
    private int[] heapNodes = new int[64];
    private int heapSize;

    /**
     * @param supply   movers per class
     * @param capacity free posts per department
     * @param marginal per class and department: the marginal costs (at least one entry), or null where the class may
     *                 not go
     * @param limit    per class and department: at most this many movers of the class into the department
     * @param stayCost cost of a mover who stays (larger than any placement should cost)
     */
    public ConvexTransport(int[] supply, int[] capacity, long[][][] marginal, int[][] limit, long stayCost) {
        this.classes = supply.length;
        this.departments = capacity.length;
        this.supply = supply;
        this.capacity = capacity;
        this.marginal = marginal;
        this.stayCost = stayCost;
        this.limit = limit;
        this.stay = 1 + classes + departments;
        this.sink = stay + 1;
        this.nodes = sink + 1;
        this.flow = new int[classes][departments];
        this.sent = new int[classes];
        this.used = new int[departments];
        this.stayed = new int[classes];
        this.potential = new long[nodes];
        this.distance = new long[nodes];
        this.previous = new int[nodes];
        this.settled = new boolean[nodes];
    }

    /** Solves the problem; returns the movers per class and department (those not placed stay). */
    public int[][] solve() {
        initialPotentials();
        int remaining = 0;
        for (int s : supply) {
            remaining += s;
        }
        while (remaining > 0) {
            shortestPaths();
            remaining -= augment();
        }
        return flow;
    }

    /** How many movers of a class stay. */
    public int stayed(int c) {
        return stayed[c];
    }

    /** Potentials that make every reduced cost of the empty flow non-negative (costs may be negative). */
    private void initialPotentials() {
        long lowest = stayCost;
        for (int d = 0; d < departments; d++) {
            long min = Long.MAX_VALUE;
            for (int c = 0; c < classes; c++) {
                if (marginal[c][d] != null && marginal[c][d][0] < min) {
                    min = marginal[c][d][0];
                }
            }
            potential[department(d)] = min == Long.MAX_VALUE ? 0 : min;
            lowest = Math.min(lowest, potential[department(d)]);
        }
        potential[stay] = stayCost;
        potential[sink] = lowest;
    }

    private int department(int d) {
        return 1 + classes + d;
    }

    /** Cost of the next mover of c into d, with f already sent. */
    private long next(int c, int d, int f) {
        long[] costs = marginal[c][d];
        return costs[Math.min(f, costs.length - 1)];
    }

    /** Dijkstra on reduced costs from the source until the sink is settled; then the potentials are updated. */
    private void shortestPaths() {
        Arrays.fill(distance, Long.MAX_VALUE);
        Arrays.fill(settled, false);
        heapSize = 0;
        distance[source] = 0;
        push(0, source);
        while (heapSize > 0) {
            long dist = heapKeys[0];
            int u = pop();
            if (settled[u] || dist > distance[u]) {
                continue;
            }
            settled[u] = true;
            if (u == sink) {
                break;
            }
            if (u == source) {
                for (int c = 0; c < classes; c++) {
                    if (sent[c] < supply[c]) {
                        relax(u, 1 + c, 0, dist);
                    }
                }
            } else if (u <= classes) {
                int c = u - 1;
                for (int d = 0; d < departments; d++) {
                    if (marginal[c][d] != null && flow[c][d] < limit[c][d]) {
                        relax(u, department(d), next(c, d, flow[c][d]), dist);
                    }
                }
                relax(u, stay, stayCost, dist);
            } else if (u < stay) {
                int d = u - 1 - classes;
                for (int c = 0; c < classes; c++) {
                    if (flow[c][d] > 0) {
                        relax(u, 1 + c, -next(c, d, flow[c][d] - 1), dist);
                    }
                }
                if (used[d] < capacity[d]) {
                    relax(u, sink, 0, dist);
                }
            } else if (u == stay) {
                for (int c = 0; c < classes; c++) {
                    if (stayed[c] > 0) {
                        relax(u, 1 + c, -stayCost, dist);
                    }
                }
                relax(u, sink, 0, dist);
            }
        }
        long toSink = distance[sink];
        for (int v = 0; v < nodes; v++) {
            potential[v] += settled[v] ? distance[v] : toSink;
        }
    }

    private void relax(int u, int v, long cost, long dist) {
        if (settled[v]) {
            return;
        }
        long reduced = cost + potential[u] - potential[v];
        long candidate = dist + reduced;
        if (candidate < distance[v]) {
            distance[v] = candidate;
            previous[v] = u;
            push(candidate, v);
        }
    }

    /** Sends along the path found as many movers as keep every cost on it unchanged; returns how many. */
    private int augment() {
        int amount = Integer.MAX_VALUE;
        for (int v = sink; v != source; v = previous[v]) {
            amount = Math.min(amount, residual(previous[v], v));
        }
        for (int v = sink; v != source; v = previous[v]) {
            int u = previous[v];
            if (u == source) {
                sent[v - 1] += amount;
            } else if (u <= classes && v < stay) {
                int d = v - 1 - classes;
                flow[u - 1][d] += amount;
                used[d] += amount;
            } else if (u <= classes) {
                stayed[u - 1] += amount;
            } else if (u < stay && v <= classes) {
                int d = u - 1 - classes;
                flow[v - 1][d] -= amount;
                used[d] -= amount;
            } else if (u == stay && v <= classes) {
                stayed[v - 1] -= amount;
            }
        }
        return amount;
    }

    /** Movers an arc of the residual network takes at its present cost. */
    private int residual(int u, int v) {
        if (u == source) {
            return supply[v - 1] - sent[v - 1];
        }
        if (u <= classes && v < stay) {
            int c = u - 1;
            int d = v - 1 - classes;
            // beyond the last listed cost every mover costs the same
            int room = limit[c][d] - flow[c][d];
            return flow[c][d] >= marginal[c][d].length - 1 ? room : Math.min(1, room);
        }
        if (u <= classes) {
            return Integer.MAX_VALUE;
        }
        if (u < stay && v <= classes) {
            int c = v - 1;
            int d = u - 1 - classes;
            int last = marginal[c][d].length - 1;
            return flow[c][d] - 1 >= last ? flow[c][d] - last : 1;
        }
        if (u < stay) {
            int d = u - 1 - classes;
            return capacity[d] - used[d];
        }
        if (v <= classes) {
            return stayed[v - 1];
        }
        return Integer.MAX_VALUE;
    }

    // a binary heap of (distance, node) with stale entries skipped when popped

    private void push(long key, int node) {
        if (heapSize == heapKeys.length) {
            heapKeys = Arrays.copyOf(heapKeys, heapSize * 2);
            heapNodes = Arrays.copyOf(heapNodes, heapSize * 2);
        }
        int i = heapSize++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (heapKeys[parent] <= key) {
                break;
            }
            heapKeys[i] = heapKeys[parent];
            heapNodes[i] = heapNodes[parent];
            i = parent;
        }
        heapKeys[i] = key;
        heapNodes[i] = node;
    }

    private int pop() {
        int top = heapNodes[0];
        heapSize--;
        long key = heapKeys[heapSize];
        int node = heapNodes[heapSize];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= heapSize) {
                break;
            }
            if (child + 1 < heapSize && heapKeys[child + 1] < heapKeys[child]) {
                child++;
            }
            if (heapKeys[child] >= key) {
                break;
            }
            heapKeys[i] = heapKeys[child];
            heapNodes[i] = heapNodes[child];
            i = child;
        }
        heapKeys[i] = key;
        heapNodes[i] = node;
        return top;
    }
}
