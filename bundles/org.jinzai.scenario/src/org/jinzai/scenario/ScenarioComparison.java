package org.jinzai.scenario;

import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.jinzai.engine.SimulationResult;
import org.jinzai.engine.SimulationResult.Flow;
import org.jinzai.engine.Steps;
import org.jinzai.model.NamedElement;
import org.jinzai.model.Persona;
import org.jinzai.model.Scenario;
import org.jinzai.model.Target;

/**
 * Scenarios compared with the first (the reference) on common random numbers: per target present in both
 * (by id) and fiscal year, the means, the mean paired difference, its 90 % interval (5th and 95th
 * percentiles of the per-replication differences) and the probability that the other scenario does better
 * (a higher value). The same for every count (id {@code count:PERSONA:STEP} by role, {@code skill:PERSONA:STEP}
 * by skill reached, whole organization, FTE) and flow ({@code flow:hires} …, persons; cost in yen), where
 * "better" is only "higher" and the probabilities met are NaN.
 */
public final class ScenarioComparison {

    /**
     * One row: a scenario against the reference for a target in a year. On common random numbers a replication can
     * give both the same value: {@code probabilityBetter} and {@code probabilityWorse} are the shares of replications in
     * which the scenario is higher and lower, {@code probabilityTie} those in which both give the same value (counted: the
     * three add up to 1).
     */
    public record Row(String scenario, String targetId, String targetName, int fiscalYear, double referenceMean, double mean,
            double difference, double low, double high, double probabilityBetter, double referenceMet, double met,
            double probabilityWorse, double probabilityTie) {
    }

    /** A scenario's place in a ranking by one target in one fiscal year. */
    public record Rank(int place, String scenario, double probabilityMet, double mean) {
    }

    private final List<Row> rows = new java.util.ArrayList<>();
    private final List<Scenario> scenarios;
    private final List<ScenarioRunner.Run> runs;

    /** Compares runs of the scenarios made with the same seed and replications; the first is the reference. */
    public ScenarioComparison(List<Scenario> scenarios, List<ScenarioRunner.Run> runs) {
        this.scenarios = List.copyOf(scenarios);
        this.runs = List.copyOf(runs);
        Scenario reference = scenarios.get(0);
        SimulationResult a = runs.get(0).result();
        for (int k = 1; k < scenarios.size(); k++) {
            Scenario other = scenarios.get(k);
            SimulationResult b = runs.get(k).result();
            int years = Math.min(a.years(), b.years());
            for (int ta = 0; ta < reference.getTargets().size(); ta++) {
                Target target = reference.getTargets().get(ta);
                int tb = indexOf(other.getTargets(), target.getId());
                if (tb < 0) {
                    continue;
                }
                int tbb = tb;
                int taa = ta;
                for (int y = 0; y < years; y++) {
                    int year = y;
                    pair(other.getName(), target.getId(), target.getName(), a, b, year, r -> a.targetValue(r, taa, year),
                            r -> b.targetValue(r, tbb, year), a.probabilityMet(ta, y), b.probabilityMet(tbb, y));
                }
            }
            // every count and flow too, on the same replications: persona × step by role and by skill (FTE, the
            // whole organization, personas matched by id), then the flows (persons; cost in yen)
            var personasA = reference.getBaseline().getPersonas();
            var personasB = other.getBaseline().getPersonas();
            for (int pa = 0; pa < personasA.size(); pa++) {
                Persona persona = personasA.get(pa);
                int pb = indexOf(personasB, persona.getId());
                if (pb < 0) {
                    continue;
                }
                int ppa = pa;
                String name = persona.getName() == null ? persona.getId() : persona.getName();
                for (int step = 0; step <= Steps.TOP; step++) {
                    int st = step;
                    for (int y = 0; y < years; y++) {
                        int year = y;
                        pair(other.getName(), "count:" + persona.getId() + ":" + step, name + " Step" + step, a, b, year, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                                r -> a.count(r, year, ppa, st, -1), r -> b.count(r, year, pb, st, -1), Double.NaN, Double.NaN);
                        if (persona.isHasSteps()) {
                            pair(other.getName(), "skill:" + persona.getId() + ":" + step, name + " Step" + step + " *", a, b, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                                    year, r -> a.skillCount(r, year, ppa, st, -1), r -> b.skillCount(r, year, pb, st, -1),
                                    Double.NaN, Double.NaN);
                        }
                    }
                }
            }
            for (Flow flow : Flow.values()) {
                String id = "flow:" + flow.name().toLowerCase(java.util.Locale.ROOT); //$NON-NLS-1$
                for (int y = 0; y < years; y++) {
                    int year = y;
                    pair(other.getName(), id, id, a, b, year, r -> a.flow(r, flow, year), r -> b.flow(r, flow, year), Double.NaN,
                            Double.NaN);
                }
            }
        }
    }

    /** A row of paired differences of one quantity, replication by replication. */
    private void pair(String scenario, String id, String name, SimulationResult a, SimulationResult b, int y,
            java.util.function.IntToDoubleFunction inA, java.util.function.IntToDoubleFunction inB, double metA, double metB) {
        double[] differences = new double[a.replications()];
        int better = 0;
        int worse = 0;
        int same = 0;
        double sumA = 0;
        double sumB = 0;
        for (int r = 0; r < differences.length; r++) {
            double va = inA.applyAsDouble(r);
            double vb = inB.applyAsDouble(r);
            differences[r] = vb - va;
            sumA += va;
            sumB += vb;
            better += vb > va ? 1 : 0;
            worse += vb < va ? 1 : 0;
            same += vb == va ? 1 : 0;
        }
        Arrays.sort(differences);
        Percentile percentile = new Percentile();
        percentile.setData(differences);
        int n = differences.length;
        rows.add(new Row(scenario, id, name, a.firstFiscalYear() + y, sumA / n, sumB / n, (sumB - sumA) / n, percentile.evaluate(5),
                percentile.evaluate(95), (double) better / n, metA, metB, (double) worse / n, (double) same / n));
    }

    /** The index of the element with an id (a target, a persona), or -1. */
    private static int indexOf(List<? extends NamedElement> elements, String id) {
        for (int k = 0; k < elements.size(); k++) {
            if (id.equals(elements.get(k).getId())) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The scenarios ranked by a target (its id) in a fiscal year: the most likely to meet it first, then the higher
     * mean (targets are minimums); scenarios without that target are left out. Scenarios that the reader cannot tell
     * apart share a place: the same probability in whole percent and means equal to the tenth of a person (of a
     * percentage point for a share).
     */
    public List<Rank> ranking(String targetId, int fiscalYear) {
        // what the reader sees: the probability in whole percent, the mean to a tenth (of a percentage point for a share)
        record Entry(String scenario, double met, double mean, long metShown, long meanShown) {
        }
        List<Entry> entries = new java.util.ArrayList<>();
        int reference = indexOf(scenarios.get(0).getTargets(), targetId);
        double resolution = reference >= 0 && org.jinzai.model.util.Targets.isShare(scenarios.get(0).getTargets().get(reference)) ? 0.001
                : 0.1;
        for (int k = 0; k < scenarios.size(); k++) {
            int t = indexOf(scenarios.get(k).getTargets(), targetId);
            SimulationResult result = runs.get(k).result();
            int y = fiscalYear - result.firstFiscalYear();
            if (t < 0 || y < 0 || y >= result.years()) {
                continue;
            }
            double met = result.probabilityMet(t, y);
            double mean = result.targetSummary(t, y).mean();
            double m = Double.isNaN(met) ? -1 : met;
            entries.add(new Entry(scenarios.get(k).getName(), m, mean, Math.round(m * 100), Math.round(mean / resolution)));
        }
        entries.sort(java.util.Comparator.comparingLong((Entry e) -> -e.metShown()).thenComparingLong(e -> -e.meanShown()));
        List<Rank> ranks = new java.util.ArrayList<>();
        for (int k = 0; k < entries.size(); k++) {
            Entry e = entries.get(k);
            Entry before = k == 0 ? null : entries.get(k - 1);
            boolean tie = before != null && e.metShown() == before.metShown() && e.meanShown() == before.meanShown();
            int place = tie ? ranks.get(k - 1).place() : k + 1;
            ranks.add(new Rank(place, e.scenario(), e.met() < 0 ? Double.NaN : e.met(), e.mean()));
        }
        return ranks;
    }

    /** Per other scenario, target (by id) and fiscal year. */
    public List<Row> rows() {
        return rows;
    }
}
