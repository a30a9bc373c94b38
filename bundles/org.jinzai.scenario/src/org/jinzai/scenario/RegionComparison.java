package org.jinzai.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jinzai.engine.ProgressListener;
import org.jinzai.engine.RegionEngine;
import org.jinzai.engine.RegionInput;
import org.jinzai.engine.RegionResult;
import org.jinzai.engine.RunOptions;
import org.jinzai.model.Region;
import org.jinzai.model.Target;

/**
 * Two or more designs of a region (other pools, policies, secondments, members) run with the pools on the same seed
 * and replications: a member that is in several draws the same numbers in each (its key), so for the members they share
 * the designs are a paired comparison. Compared: the probability that every member meets each target the first design's
 * members all have, and the pools' cost, fiscal year by fiscal year.
 */
public final class RegionComparison {

    /** One design's run: the region and its joint run (members kept as a whole). */
    public record Design(Region region, RegionResult result) {

        /** The pools' cost and the prefecture's part in fiscal year offset y (yen, means). */
        public double[] cost(int y) {
            double cost = 0;
            double prefecture = 0;
            for (int p = 0; p < result.input().pools().size(); p++) {
                cost += result.poolSummary(p, RegionResult.PoolQuantity.COST, y).mean();
                prefecture += result.poolSummary(p, RegionResult.PoolQuantity.PREFECTURE_COST, y).mean();
            }
            return new double[] { cost, prefecture };
        }
    }

    private final List<Design> designs;
    private final Map<String, Target> targets;

    private RegionComparison(List<Design> designs) {
        this.designs = List.copyOf(designs);
        this.targets = new LinkedHashMap<>(RegionRunner.sharedTargets(designs.get(0).region()));
    }

    /**
     * Runs each design with the pools, every one with the options given (the first design's seed and replications, as a
     * comparison of scenarios runs them all with the reference's).
     *
     * @throws org.jinzai.engine.CancelledException when the listener asks to stop
     */
    public static RegionComparison run(List<Region> regions, RunOptions options, ProgressListener listener) {
        List<Design> designs = new ArrayList<>();
        int n = options.replications();
        for (int k = 0; k < regions.size(); k++) {
            RegionInput input = RegionRunner.compile(regions.get(k), options.seed());
            designs.add(new Design(regions.get(k), new RegionEngine().run(input, options.seed(), options.threads(), n, false,
                    listener.part(k * n, regions.size() * n))));
        }
        return new RegionComparison(designs);
    }

    public List<Design> designs() {
        return designs;
    }

    /** The targets (id → the first design's target) every member of the first design has. */
    public Map<String, Target> targets() {
        return targets;
    }

    /** The fiscal years compared. */
    public int years() {
        return designs.get(0).result().years();
    }

    public int firstFiscalYear() {
        return designs.get(0).result().firstFiscalYear();
    }

    /** The probability that every member of design d meets a target in fiscal year offset y (NaN: no value that year). */
    public double everyMember(int d, String targetId, int y) {
        return designs.get(d).result().probabilityEveryMemberMeets(targetId, y);
    }
}
