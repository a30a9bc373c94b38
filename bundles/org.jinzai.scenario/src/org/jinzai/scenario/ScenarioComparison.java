package org.jinzai.scenario;

import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.jinzai.engine.SimulationResult;
import org.jinzai.model.Scenario;
import org.jinzai.model.Target;

/**
 * Scenarios compared with the first (the reference) on common random numbers: per target present in both
 * (by id) and fiscal year, the means, the mean paired difference, its 90 % interval (5th and 95th
 * percentiles of the per-replication differences) and the probability that the other scenario does better.
 */
public final class ScenarioComparison {

    /** One row: a scenario against the reference for a target in a year. */
    public record Row(String scenario, String targetId, String targetName, int fiscalYear, double referenceMean, double mean,
            double difference, double low, double high, double probabilityBetter, double referenceMet, double met) {
    }

    private final List<Row> rows = new java.util.ArrayList<>();

    /** Compares runs of the scenarios made with the same seed and replications; the first is the reference. */
    public ScenarioComparison(List<Scenario> scenarios, List<ScenarioRunner.Run> runs) {
        Scenario reference = scenarios.get(0);
        SimulationResult a = runs.get(0).result();
        for (int k = 1; k < scenarios.size(); k++) {
            Scenario other = scenarios.get(k);
            SimulationResult b = runs.get(k).result();
            for (int ta = 0; ta < reference.getTargets().size(); ta++) {
                Target target = reference.getTargets().get(ta);
                int tb = indexOf(other, target.getId());
                if (tb < 0) {
                    continue;
                }
                for (int y = 0; y < Math.min(a.years(), b.years()); y++) {
                    double[] differences = new double[a.replications()];
                    int better = 0;
                    double sumA = 0;
                    double sumB = 0;
                    for (int r = 0; r < differences.length; r++) {
                        double va = a.targetValue(r, ta, y);
                        double vb = b.targetValue(r, tb, y);
                        differences[r] = vb - va;
                        sumA += va;
                        sumB += vb;
                        better += vb > va ? 1 : 0;
                    }
                    Arrays.sort(differences);
                    Percentile percentile = new Percentile();
                    percentile.setData(differences);
                    int n = differences.length;
                    rows.add(new Row(other.getName(), target.getId(), target.getName(), a.firstFiscalYear() + y, sumA / n, sumB / n,
                            (sumB - sumA) / n, percentile.evaluate(5), percentile.evaluate(95), (double) better / n,
                            a.probabilityMet(ta, y), b.probabilityMet(tb, y)));
                }
            }
        }
    }

    private static int indexOf(Scenario scenario, String targetId) {
        for (int t = 0; t < scenario.getTargets().size(); t++) {
            if (targetId.equals(scenario.getTargets().get(t).getId())) {
                return t;
            }
        }
        return -1;
    }

    /** Per other scenario, target (by id) and fiscal year. */
    public List<Row> rows() {
        return rows;
    }
}
