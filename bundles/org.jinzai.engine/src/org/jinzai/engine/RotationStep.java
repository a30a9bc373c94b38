package org.jinzai.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm.MinimumCostFlow;
import org.jgrapht.graph.DirectedWeightedMultigraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jinzai.engine.SimulationInput.DepartmentKind;
import org.jinzai.engine.SimulationInput.Employment;
import org.jinzai.engine.SimulationInput.LeaveItAfterStep;
import org.jinzai.engine.SimulationInput.MinimumPerDepartment;
import org.jinzai.engine.SimulationInput.NoMoveAfterCourse;
import org.jinzai.engine.SimulationInput.NoMoveDuringLargeProject;
import org.jinzai.engine.SimulationInput.Rotation;
import org.jinzai.engine.SimulationInput.Rule;
import org.jinzai.engine.SimulationInput.SpecialistStaysInIt;
import org.jinzai.engine.SimulationInput.SpreadStep;
import org.jinzai.engine.SimulationInput.Step3ToLargeProjects;
import org.jinzai.engine.SimulationResult.Flow;
import org.jinzai.engine.internal.Rng;

/**
 * The April rotation (人事ローテーション) of one replication. Staff whose tenure in post is over and whom no hard
 * rule holds are movers; they are grouped into classes (persona, step, specialist, where they may go) and
 * assigned to departments with free posts by a minimum-cost flow (JGraphT), where soft rules set the costs.
 * A mover who cannot be placed stays, and is counted; a minimum-per-department rule left unmet is counted.
 */
final class RotationStep {

    /** Cost of staying in post instead of moving (larger than any rule's cost). */
    private static final double STAY_COST = 1_000_000;
    private static final double WEIGHT_SCALE = 100;
    /** Movers of a class into a department priced one by one before the cost stays flat. */
    private static final int UNIT_EDGES = 8;

    private final Plan plan;
    private final Replication r;
    private final Rotation rotation;

    RotationStep(Plan plan, Replication replication) {
        this.plan = plan;
        this.r = replication;
        this.rotation = plan.input.rotation();
    }

    /** A class of movers that may be assigned alike. */
    private record MoverClass(int persona, int step, boolean specialist, boolean itOnly, DepartmentKind from) {
    }

    void rotate(int m, int y) {
        int departments = plan.departments;
        List<Rule> rules = rotation.rules();
        int[] staying = r.departmentCount.clone();
        Map<MoverClass, List<Integer>> classes = new HashMap<>();
        List<MoverClass> order = new ArrayList<>();
        for (int i = 0; i < r.size; i++) {
            if (!r.alive[i] || r.employment[i] != Employment.REGULAR || m - r.postStart[i] < r.tenureMonths[i]) {
                continue;
            }
            if (held(i, m, y, rules)) {
                continue;
            }
            int d = r.department[i];
            DepartmentKind from = plan.input.departments().get(d).kind();
            int p = r.persona[i];
            int s = p >= 0 ? r.step[i * plan.personas + p] : 0;
            MoverClass c = new MoverClass(p, s, r.specialist[i] && rule(rules, SpecialistStaysInIt.class),
                    itLocked(i, from, rules), from);
            classes.computeIfAbsent(c, k -> {
                order.add(k);
                return new ArrayList<>();
            }).add(i);
            staying[d]--;
        }
        if (classes.isEmpty()) {
            return;
        }
        // headcount per department still there, by persona and step, for the soft rules
        double[][] atStep = new double[departments][plan.personas * 4];
        for (int i = 0; i < r.size; i++) {
            if (r.alive[i] && r.persona[i] >= 0) {
                int p = r.persona[i];
                atStep[r.department[i]][p * 4 + r.step[i * plan.personas + p]]++;
            }
        }
        for (List<Integer> movers : classes.values()) {
            for (int i : movers) {
                int p = r.persona[i];
                if (p >= 0) {
                    atStep[r.department[i]][p * 4 + r.step[i * plan.personas + p]]--;
                }
            }
        }

        Graph<Integer, DefaultWeightedEdge> graph = new DirectedWeightedMultigraph<>(DefaultWeightedEdge.class);
        int classBase = departments;
        int stay = departments + order.size();
        int sink = stay + 1;
        for (int v = 0; v <= sink; v++) {
            graph.addVertex(v);
        }
        Map<DefaultWeightedEdge, Integer> capacity = new HashMap<>();
        double[] marginal = new double[UNIT_EDGES + 1];
        Map<Integer, Integer> supply = new HashMap<>();
        int movers = 0;
        for (int k = 0; k < order.size(); k++) {
            MoverClass c = order.get(k);
            int size = classes.get(c).size();
            movers += size;
            supply.put(classBase + k, size);
            for (int d = 0; d < departments; d++) {
                if (!allowed(c, d)) {
                    continue;
                }
                // convex costs as parallel unit edges: the j-th mover of the class into d costs marginal(j)
                int units = marginalCosts(c, d, y, rules, atStep, size, marginal);
                for (int j = 0; j < units; j++) {
                    DefaultWeightedEdge edge = graph.addEdge(classBase + k, d);
                    graph.setEdgeWeight(edge, Math.round(marginal[j] * WEIGHT_SCALE));
                    capacity.put(edge, j < units - 1 ? 1 : size - (units - 1));
                }
            }
            DefaultWeightedEdge toStay = graph.addEdge(classBase + k, stay);
            graph.setEdgeWeight(toStay, STAY_COST);
            capacity.put(toStay, size);
        }
        for (int d = 0; d < departments; d++) {
            int free = Math.max(0, plan.input.departments().get(d).headcount() - staying[d]);
            if (free > 0) {
                DefaultWeightedEdge edge = graph.addEdge(d, sink);
                graph.setEdgeWeight(edge, 0);
                capacity.put(edge, free);
            }
        }
        DefaultWeightedEdge stayEdge = graph.addEdge(stay, sink);
        graph.setEdgeWeight(stayEdge, 0);
        capacity.put(stayEdge, movers);
        supply.put(sink, -movers);

        MinimumCostFlowProblem<Integer, DefaultWeightedEdge> problem = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
                graph, v -> supply.getOrDefault(v, 0), e -> capacity.getOrDefault(e, 0));
        MinimumCostFlow<DefaultWeightedEdge> flow = new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>()
                .getMinimumCostFlow(problem);

        int moved = 0;
        int blocked = 0;
        for (int k = 0; k < order.size(); k++) {
            MoverClass c = order.get(k);
            int[] quota = new int[departments];
            for (int d = 0; d < departments; d++) {
                for (DefaultWeightedEdge edge : graph.getAllEdges(classBase + k, d)) {
                    quota[d] += (int) Math.round(flow.getFlow(edge));
                }
            }
            // members by the department they leave, in random order
            List<List<Integer>> from = new ArrayList<>();
            for (int d = 0; d < departments; d++) {
                from.add(new ArrayList<>());
            }
            for (int i : classes.get(c)) {
                from.get(r.department[i]).add(i);
            }
            for (List<Integer> members : from) {
                members.sort((a, b) -> Double.compare(r.uniform(r.key[a], Rng.ROTATE, m), r.uniform(r.key[b], Rng.ROTATE, m)));
            }
            // largest remaining quota first, filled from the largest other source: nobody "moves" to their own post
            while (true) {
                int to = -1;
                for (int d = 0; d < departments; d++) {
                    if (quota[d] > 0 && (to < 0 || quota[d] > quota[to])) {
                        to = d;
                    }
                }
                if (to < 0) {
                    break;
                }
                int source = -1;
                for (int d = 0; d < departments; d++) {
                    if (d != to && !from.get(d).isEmpty() && (source < 0 || from.get(d).size() > from.get(source).size())) {
                        source = d;
                    }
                }
                if (source < 0) {
                    break;
                }
                List<Integer> members = from.get(source);
                move(members.remove(members.size() - 1), to, m);
                quota[to]--;
                moved++;
            }
            for (List<Integer> members : from) {
                for (int i : members) {
                    // no free post elsewhere: stays another year
                    r.tenureMonths[i] += 12;
                    blocked++;
                }
            }
        }
        r.result().addFlow(r.replication(), Flow.MOVES, y, moved);
        r.result().addFlow(r.replication(), Flow.BLOCKED_MOVES, y, blocked);
        countUnsatisfied(y, rules);
    }

    private void move(int i, int d, int m) {
        r.departmentCount[r.department[i]]--;
        r.department[i] = d;
        r.departmentCount[d]++;
        r.postStart[i] = m;
        r.tenureMonths[i] = r.drawTenure(i);
        r.leadEnd[i] = -1;
        r.dirty[i] = true;
    }

    private static boolean rule(List<Rule> rules, Class<? extends Rule> type) {
        for (Rule rule : rules) {
            if (type.isInstance(rule) && rule.hard()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a hard rule keeps a person in post this year. */
    private boolean held(int i, int m, int y, List<Rule> rules) {
        for (Rule rule : rules) {
            if (!rule.hard()) {
                continue;
            }
            if (rule instanceof NoMoveAfterCourse after && m - r.lastCourse[i] < after.months()) {
                return true;
            }
            if (rule instanceof NoMoveDuringLargeProject && plan.hasLargeProject(r.department[i], y)
                    && plan.input.departments().get(r.department[i]).heldPersonas().contains(r.persona[i])) {
                return true;
            }
        }
        return false;
    }

    /** An IT officer below the step of a hard {@link LeaveItAfterStep} rule may only move within IT. */
    private boolean itLocked(int i, DepartmentKind from, List<Rule> rules) {
        for (Rule rule : rules) {
            if (rule instanceof LeaveItAfterStep leave && rule.hard() && r.persona[i] == leave.persona() && from.itRelated()
                    && r.step[i * plan.personas + leave.persona()] < leave.step()) {
                return true;
            }
        }
        return false;
    }

    private boolean allowed(MoverClass c, int d) {
        DepartmentKind to = plan.input.departments().get(d).kind();
        if (!rotation.allowed()[c.from().ordinal()][to.ordinal()]) {
            return false;
        }
        return !(c.specialist() || c.itOnly()) || to.itRelated();
    }

    /**
     * Soft rules as marginal costs (negative = preferred) of the first, second, … mover of a class into a
     * department: spreading a step costs more for each one already there or arriving; a minimum per
     * department rewards only the movers that fill its gap; Step3 is rewarded where a large project runs.
     * The costs never decrease, so the minimum-cost flow takes the cheap units first.
     *
     * @return how many entries of {@code marginal} are used (the last one for all further movers)
     */
    private int marginalCosts(MoverClass c, int d, int y, List<Rule> rules, double[][] atStep, int size, double[] marginal) {
        double base = 0;
        double spread = 0;
        double already = 0;
        double fillBonus = 0;
        int gap = 0;
        for (Rule rule : rules) {
            double w = rule.weight();
            switch (rule) {
                case SpreadStep s when c.persona() == s.persona() && c.step() >= s.step() -> {
                    spread += w;
                    for (int k = s.step(); k <= 3; k++) {
                        already += atStep[d][s.persona() * 4 + k];
                    }
                }
                case Step3ToLargeProjects s when c.persona() == s.persona() && c.step() >= 3
                        && (plan.hasLargeProject(d, y) || plan.hasLargeProject(d, y + 1)) -> base -= w;
                case MinimumPerDepartment min when c.persona() == min.persona() && c.step() >= min.step()
                        && (min.kind() == null || plan.input.departments().get(d).kind() == min.kind()) -> {
                    double have = 0;
                    for (int k = min.step(); k <= 3; k++) {
                        have += atStep[d][min.persona() * 4 + k];
                    }
                    gap = Math.max(gap, (int) Math.max(0, min.minimum() - have));
                    fillBonus += w * (rule.hard() ? 100 : 1);
                }
                default -> {
                }
            }
        }
        if (spread == 0 && gap == 0) {
            marginal[0] = base;
            return 1;
        }
        int units = Math.min(size, UNIT_EDGES + 1);
        for (int j = 0; j < units; j++) {
            marginal[j] = base + spread * (already + j) - (j < gap ? fillBonus : 0);
        }
        return units;
    }

    /** After the moves: departments below a minimum-per-department rule count as unsatisfied. */
    private void countUnsatisfied(int y, List<Rule> rules) {
        for (int k = 0; k < rules.size(); k++) {
            if (!(rules.get(k) instanceof MinimumPerDepartment min)) {
                continue;
            }
            double[] have = new double[plan.departments];
            for (int i = 0; i < r.size; i++) {
                int p = r.persona[i];
                if (r.alive[i] && p == min.persona() && r.step[i * plan.personas + p] >= min.step()) {
                    have[r.department[i]]++;
                }
            }
            int unmet = 0;
            for (int d = 0; d < plan.departments; d++) {
                if ((min.kind() == null || plan.input.departments().get(d).kind() == min.kind()) && have[d] < min.minimum()) {
                    unmet++;
                }
            }
            r.result().addRuleUnsatisfied(r.replication(), k, y, unmet);
        }
    }
}
