package org.jinzai.engine;

/**
 * A quantity over replications: mean, standard error of the mean, and the 10th, 50th and 90th percentiles.
 */
public record Summary(double mean, double standardError, double p10, double p50, double p90) {

    /** The summary of a quantity that never occurs. */
    public static final Summary ZERO = new Summary(0, 0, 0, 0, 0);
}
