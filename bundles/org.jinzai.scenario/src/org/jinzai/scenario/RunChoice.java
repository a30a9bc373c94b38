package org.jinzai.scenario;

import org.jinzai.engine.RunOptions;
import org.jinzai.model.RunSettings;

/**
 * The run settings a caller asks for over a scenario's own saved ones: replications and seed, each given or not
 * (null: the scenario's), and threads (0 or less: every processor). The one place where the settings of a run are
 * resolved: the command line (--runs, --seed, --threads), the workbench's preferences and its dialogs each make a
 * choice, and {@link #resolve} turns it into the engine's options. The resolved seed also seeds the staff generated
 * from a baseline's counts (see {@link ScenarioCompiler#compile(org.jinzai.model.Scenario, long)}).
 *
 * @param replications replications, or null for the scenario's
 * @param seed random seed, or null for the scenario's
 * @param threads worker threads, or 0 for every processor (the numbers do not depend on it)
 */
public record RunChoice(Integer replications, Long seed, int threads) {

    /** The scenario's own replications and seed, on every processor. */
    public static final RunChoice SCENARIO = new RunChoice(null, null, 0);

    /** This choice with other replications (null: keep this choice's). */
    public RunChoice withReplications(Integer other) {
        return other == null ? this : new RunChoice(other, seed, threads);
    }

    /** The engine's options for a scenario with these saved run settings. */
    public RunOptions resolve(RunSettings settings) {
        return new RunOptions(replications != null ? replications : settings.getReplications(), seed != null ? seed : settings.getSeed(),
                threads > 0 ? threads : Runtime.getRuntime().availableProcessors());
    }
}
