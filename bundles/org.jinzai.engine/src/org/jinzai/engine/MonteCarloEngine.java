package org.jinzai.engine;

import java.util.List;
import java.util.function.Consumer;

import org.jinzai.engine.calibration.RosterRecord;

/**
 * The Monte Carlo engine: {@code replications} independent replications of the monthly simulation, spread
 * over worker threads. Each replication writes only its own slots of the result, and draws its random
 * numbers from keys, never from a shared generator: the numbers are the same for any number of threads.
 */
public final class MonteCarloEngine {

    /**
     * Runs a simulation.
     *
     * @throws CancelledException when the listener asks to stop; no partial result is returned
     */
    public SimulationResult run(SimulationInput input, RunOptions options, ProgressListener listener) {
        return run(new Plan(input), options.seed(), options.threads(), 0, options.replications(), listener);
    }

    /**
     * Replications {@code from} to {@code to} (exclusive) of a run with a seed, as a result of {@code to - from}
     * replications: replication {@code from + k} of the run is the result's k-th and draws the same numbers as in a run
     * of all of them, so that a run can be continued (a goal-seek adds replications only where it has to).
     */
    SimulationResult run(Plan plan, long seed, int threadCount, int from, int to, ProgressListener listener) {
        int replications = to - from;
        plan.prepareReplications();
        SimulationResult result = newResult(plan, replications);
        Workers.run("jinzai-simulation", threadCount, replications, listener, () -> { //$NON-NLS-1$
            Replication replication = new Replication(plan, result, seed, from);
            return replication::run;
        });
        return result;
    }

    /**
     * The rosters of one replication of a run with a seed, one per fiscal year of the horizon, as a municipality's
     * history (職員名簿 of each April; on a member's last record why they went): a synthetic past with known rates, on
     * which calibration is tested and from which the examples' histories are made.
     */
    public List<RosterRecord> pastRosters(SimulationInput input, long seed, int replication) {
        Plan plan = new Plan(input);
        plan.prepareReplications();
        return rostersOf(plan, seed, replication);
    }

    /**
     * The rosters of replications {@code 0..replications-1} of a run with a seed (see {@link #pastRosters(SimulationInput,
     * long, int)}), each given to {@code each} as soon as it is made (and then forgotten): a projection as the rosters it
     * would leave, for a backtest to measure as it measures the real ones.
     */
    public void pastRosters(SimulationInput input, long seed, int replications, Consumer<List<RosterRecord>> each, ProgressListener listener) {
        Plan plan = new Plan(input);
        plan.prepareReplications();
        for (int k = 0; k < replications; k++) {
            if (listener.isCancelled()) {
                throw new CancelledException();
            }
            each.accept(rostersOf(plan, seed, k));
            listener.replicationsDone(k + 1, replications);
        }
    }

    private List<RosterRecord> rostersOf(Plan plan, long seed, int replication) {
        Replication r = new Replication(plan, newResult(plan, 1), seed, replication);
        r.history = new PastRosters(r, plan.input);
        r.run(0);
        return r.history.records();
    }

    static SimulationResult newResult(Plan plan, int replications) {
        return newResult(plan, replications, true);
    }

    /** A result for a plan's run, keeping counts and flows by department too or for the whole organization only. */
    static SimulationResult newResult(Plan plan, int replications, boolean byDepartment) {
        SimulationInput input = plan.input;
        int rules = input.rotation() == null ? 0 : input.rotation().rules().size();
        boolean[][] departmentInScope = new boolean[input.targets().size()][];
        for (int t = 0; t < departmentInScope.length; t++) {
            SimulationInput.TargetSpec target = input.targets().get(t);
            if (target.scope() == SimulationInput.TargetScope.EACH_DEPARTMENT) {
                departmentInScope[t] = new boolean[plan.departments];
                for (int d = 0; d < plan.departments; d++) {
                    departmentInScope[t][d] = TargetValues.inScope(input, target, d);
                }
            }
        }
        return new SimulationResult(input.firstFiscalYear(), input.horizonYears(), plan.personas, plan.departments, input.targets().size(),
                rules, replications, departmentInScope, byDepartment);
    }
}
