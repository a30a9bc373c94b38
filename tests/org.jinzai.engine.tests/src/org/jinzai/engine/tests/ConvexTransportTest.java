package org.jinzai.engine.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedMultigraph;
import org.jinzai.engine.internal.ConvexTransport;
import org.junit.jupiter.api.Test;

/**
 * The rotation's assignment solver against JGraphT's capacity-scaling minimum-cost flow on the same problems
 * written as a graph with one edge per mover slot: same optimal cost, and a feasible assignment.
 */
class ConvexTransportTest {

    private static final long STAY = 1_000_000;

    @Test
    void optimalOnRandomProblems() {
        Random random = new Random(20261122);
        for (int trial = 0; trial < 400; trial++) {
            int classes = 1 + random.nextInt(6);
            int departments = 1 + random.nextInt(30);
            int[] supply = new int[classes];
            int[] capacity = new int[departments];
            long[][][] marginal = new long[classes][departments][];
            for (int c = 0; c < classes; c++) {
                supply[c] = random.nextInt(13);
                for (int d = 0; d < departments; d++) {
                    if (random.nextDouble() < 0.2) {
                        continue;
                    }
                    long[] costs = new long[1 + random.nextInt(5)];
                    long cost = random.nextInt(601) - 300;
                    for (int j = 0; j < costs.length; j++) {
                        costs[j] = cost;
                        // non-decreasing, sometimes flat (the solver then sends several movers at once)
                        cost += random.nextBoolean() ? 0 : random.nextInt(200);
                    }
                    marginal[c][d] = costs;
                }
            }
            int[][] limit = new int[classes][departments];
            for (int d = 0; d < departments; d++) {
                capacity[d] = random.nextInt(6);
                for (int c = 0; c < classes; c++) {
                    limit[c][d] = random.nextInt(supply[c] + 1);
                }
            }
            ConvexTransport transport = new ConvexTransport(supply, capacity.clone(), marginal, limit, STAY);
            int[][] flow = transport.solve();
            long cost = 0;
            for (int c = 0; c < classes; c++) {
                int placed = 0;
                for (int d = 0; d < departments; d++) {
                    assertTrue(flow[c][d] >= 0);
                    if (marginal[c][d] == null) {
                        assertEquals(0, flow[c][d], "a class placed where it may not go");
                    }
                    assertTrue(flow[c][d] <= limit[c][d], "over the limit of class " + c + " in " + d);
                    for (int j = 0; j < flow[c][d]; j++) {
                        cost += marginal[c][d][Math.min(j, marginal[c][d].length - 1)];
                    }
                    placed += flow[c][d];
                }
                assertEquals(supply[c], placed + transport.stayed(c), "movers of class " + c + " lost or made up");
                cost += transport.stayed(c) * STAY;
            }
            for (int d = 0; d < departments; d++) {
                int in = 0;
                for (int c = 0; c < classes; c++) {
                    in += flow[c][d];
                }
                assertTrue(in <= capacity[d], "department " + d + " over its free posts");
            }
            assertEquals(jgraphtCost(supply, capacity, marginal, limit), cost, "trial " + trial);
        }
    }

    @Test
    void limitKeepsMoversOutOfTheirOwnDepartment() {
        // the cheap department is the one they leave: only one mover comes from elsewhere
        long[][][] marginal = { { { 0 }, { 100 } } };
        int[][] flow = new ConvexTransport(new int[] { 3 }, new int[] { 3, 3 }, marginal, new int[][] { { 1, 3 } }, STAY).solve();
        assertArrayEquals(new int[] { 1, 2 }, flow[0]);
    }

    @Test
    void convexCostsSpreadMovers() {
        // one class of 4 movers, two departments with room for all; a second mover into either costs more
        long[][][] marginal = { { { 10, 50 }, { 20, 60 } } };
        int[][] flow = new ConvexTransport(new int[] { 4 }, new int[] { 4, 4 }, marginal, new int[][] { { 4, 4 } }, STAY).solve();
        // the cheapest four slots: 10 and 50, 50 (the last cost repeats) in the first, 20 in the second = 130;
        // two each would cost 10 + 50 + 20 + 60 = 140
        assertArrayEquals(new int[] { 3, 1 }, flow[0]);
    }

    private static long jgraphtCost(int[] supply, int[] capacity, long[][][] marginal, int[][] limit) {
        int classes = supply.length;
        int departments = capacity.length;
        Graph<Integer, DefaultWeightedEdge> graph = new DirectedWeightedMultigraph<>(DefaultWeightedEdge.class);
        int stay = classes + departments;
        int sink = stay + 1;
        for (int v = 0; v <= sink; v++) {
            graph.addVertex(v);
        }
        Map<DefaultWeightedEdge, Integer> caps = new HashMap<>();
        Map<Integer, Integer> supplies = new HashMap<>();
        int total = 0;
        for (int c = 0; c < classes; c++) {
            total += supply[c];
            supplies.put(c, supply[c]);
            for (int d = 0; d < departments; d++) {
                long[] costs = marginal[c][d];
                // one edge per mover slot up to the limit, the last cost repeating
                for (int j = 0; costs != null && j < limit[c][d]; j++) {
                    DefaultWeightedEdge edge = graph.addEdge(c, classes + d);
                    graph.setEdgeWeight(edge, costs[Math.min(j, costs.length - 1)]);
                    caps.put(edge, 1);
                }
            }
            DefaultWeightedEdge toStay = graph.addEdge(c, stay);
            graph.setEdgeWeight(toStay, STAY);
            caps.put(toStay, supply[c]);
        }
        for (int d = 0; d < departments; d++) {
            DefaultWeightedEdge edge = graph.addEdge(classes + d, sink);
            graph.setEdgeWeight(edge, 0);
            caps.put(edge, capacity[d]);
        }
        DefaultWeightedEdge stayEdge = graph.addEdge(stay, sink);
        graph.setEdgeWeight(stayEdge, 0);
        caps.put(stayEdge, total);
        supplies.put(sink, -total);
        MinimumCostFlowProblem<Integer, DefaultWeightedEdge> problem = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
                graph, v -> supplies.getOrDefault(v, 0), e -> caps.getOrDefault(e, 0));
        return Math.round(new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>().getMinimumCostFlow(problem).getCost());
    }
}
