package org.jinzai.scenario;

import java.util.List;

/**
 * The question of an experiment as the command line and the workbench ask it, before it is run on a scenario by
 * {@link Experiments#run}: the target (its index in the scenario) and fiscal year it concerns, and its levers by
 * their specifications ({@code seats:COURSE}, {@code hires:CHANNEL}, see {@link Levers#of}).
 */
public sealed interface ExperimentRequest {

    /** The index of the target in the scenario (for a sweep, the one shown first). */
    int target();

    /** The fiscal year (2030, not an offset). */
    int fiscalYear();

    /** At most how many runs of the scenario the experiment makes. */
    int runsAtMost();

    /** The kind as files and commands name it: goal-seek, sweep or sensitivity. */
    String kind();

    /** The smallest value of a lever in [minimum, maximum] that meets the target with at least the probability. */
    record GoalSeek(int target, int fiscalYear, double probability, String lever, int minimum, int maximum) implements ExperimentRequest {
        @Override
        public int runsAtMost() {
            int span = Math.max(1, maximum - minimum);
            return 2 + (32 - Integer.numberOfLeadingZeros(span));
        }

        @Override
        public String kind() {
            return "goal-seek"; //$NON-NLS-1$
        }
    }

    /** Every target's probability over the values of one lever ({@code lever2} null) or of two. */
    record Sweep(int target, int fiscalYear, String lever, int[] values, String lever2, int[] values2) implements ExperimentRequest {
        public Sweep {
            values = values.clone();
            values2 = lever2 == null ? new int[] { 0 } : values2.clone();
        }

        @Override
        public int runsAtMost() {
            return values.length * values2.length;
        }

        @Override
        public String kind() {
            return "sweep"; //$NON-NLS-1$
        }
    }

    /** Each lever's plan moved down and up by a percentage, and how far the target moves (a tornado). */
    record Sensitivity(int target, int fiscalYear, List<String> levers, double percent) implements ExperimentRequest {
        public Sensitivity {
            levers = List.copyOf(levers);
        }

        @Override
        public int runsAtMost() {
            return 1 + 2 * levers.size();
        }

        @Override
        public String kind() {
            return "sensitivity"; //$NON-NLS-1$
        }
    }
}
