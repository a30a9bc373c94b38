package org.jinzai.engine;

/**
 * How to run: replications, seed and threads. The threads change only the speed, never the numbers.
 */
public record RunOptions(int replications, long seed, int threads) {
    public RunOptions {
        SimulationInput.require(replications >= 1, "replications", replications);
        SimulationInput.require(threads >= 1, "threads", threads);
    }

    /** One thread per available processor. */
    public static RunOptions of(int replications, long seed) {
        return new RunOptions(replications, seed, Runtime.getRuntime().availableProcessors());
    }
}
