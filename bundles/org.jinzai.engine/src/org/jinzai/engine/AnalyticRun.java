package org.jinzai.engine;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.jinzai.engine.AnalyticEngine.Result;
import org.jinzai.engine.SimulationInput.Appointment;
import org.jinzai.engine.SimulationInput.Channel;
import org.jinzai.engine.SimulationInput.CourseRun;
import org.jinzai.engine.SimulationInput.Criterion;
import org.jinzai.engine.SimulationInput.DepartmentKind;
import org.jinzai.engine.SimulationInput.Persona;
import org.jinzai.engine.SimulationInput.TargetSpec;

/**
 * One computation of the {@link AnalyticEngine}: the departments split into {@value #PARTS} {@link AnalyticPart}s that
 * run side by side, each on its own thread, and meet ({@link Meeting}) where a month needs all departments: the
 * seats of a course run are shared out over every part's candidates, hires go to the most vacant department of all, the
 * appointment caps count every department, and each March the counts of all departments and the targets are made from
 * every part's. What is gathered from the parts is added in the parts' order, and the split is the same on every
 * machine, so the numbers do not depend on the threads.
 */
final class AnalyticRun {
    /** The number of parts: fixed (not the machine's processors), so that every machine adds the same sums. */
    static final int PARTS = 2;

    private static final ExecutorService THREADS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "jinzai-preview");
        thread.setDaemon(true);
        return thread;
    });

    final SimulationInput input;
    final Plan plan;
    final Result result;
    final boolean[] hasSteps;
    final int[] lastStep;
    /** Personas whose counts are approximate from now on (see {@link Result#approximate(int, int, int)}). */
    final boolean[] approximate;
    final Meeting meeting = new Meeting(PARTS);
    /** The business departments (where hires without a department go) and every department's posts. */
    private final int[] business;
    private final double[] headcounts;
    final AnalyticPart[] parts = new AnalyticPart[PARTS];

    // written by each part for its own departments, read when the parts meet
    /** Members per department before a month's hires. */
    final double[] staff;
    /** Promoters per department after this April's returns, and each department's wanted appointments. */
    final double[] promoters;
    final double[] deficits;
    /** Per target and department, the expected amount the target counts and the amount it counts over (fte). */
    final double[][] targetPart;
    final double[][] targetWhole;
    /** Per new-hires target and department: the expected hires of the year so far. */
    final double[][] hiresByTarget;

    // decided when the parts meet
    /** The department of each of the month's hires (-1: none expected). */
    int[] hireDepartments = new int[0];
    /** The share of every department's deficit appointed this April. */
    double appointmentScale;
    /** The share of a course run's candidates of each tier that get a seat. */
    final double[] seatShares = new double[3];

    AnalyticRun(SimulationInput input) {
        this.input = input;
        this.plan = new Plan(input);
        this.result = new Result(input.horizonYears(), plan.personas, plan.departments, input.targets().size());
        hasSteps = new boolean[plan.personas];
        lastStep = new int[plan.personas];
        approximate = new boolean[plan.personas];
        staff = new double[plan.departments];
        promoters = new double[plan.departments];
        deficits = new double[plan.departments];
        targetPart = new double[input.targets().size()][plan.departments];
        targetWhole = new double[input.targets().size()][plan.departments];
        hiresByTarget = new double[input.targets().size()][plan.departments];
        business = IntStream.range(0, plan.departments)
                .filter(d -> input.departments().get(d).kind() == DepartmentKind.BUSINESS).toArray();
        headcounts = input.departments().stream().mapToDouble(SimulationInput.Department::headcount).toArray();
        for (int p = 0; p < plan.personas; p++) {
            Persona persona = input.personas().get(p);
            hasSteps[p] = persona.hasSteps();
            lastStep[p] = persona.steps().size();
            for (List<Criterion> criteria : persona.steps()) {
                for (Criterion criterion : criteria) {
                    approximate[p] |= criterion instanceof SimulationInput.LeadMonths
                            || criterion instanceof SimulationInput.ProjectsLed
                            || criterion instanceof SimulationInput.MentoringMonths;
                }
            }
        }
        Appointment policy = input.appointment();
        if (policy != null) {
            approximate[policy.promoterPersona()] = true;
        }
        for (int k = 0; k < PARTS; k++) {
            parts[k] = new AnalyticPart(this, k);
        }
    }

    /** The part holding a department: every other department, so that each part has about half the staff. */
    int owner(int department) {
        return department % PARTS;
    }

    Result run() {
        Future<?> other = THREADS.submit(() -> runPart(parts[1]));
        try {
            runPart(parts[0]);
        } finally {
            // the other part ends soon (at its next meeting when this one failed): waited for whatever the caller's
            // interrupt status, which is kept for the caller
            boolean interrupted = false;
            while (true) {
                try {
                    other.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    meeting.fail(e.getCause());
                    break;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        Throwable failure = meeting.failure();
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
        for (AnalyticPart part : parts) {
            for (int y = 0; y < input.horizonYears(); y++) {
                result.leavers[y] += part.leavers[y];
                result.hires[y] += part.hired[y];
            }
        }
        return result;
    }

    private void runPart(AnalyticPart part) {
        try {
            part.run();
        } catch (Meeting.PartFailed e) {
            // the part that failed reports why
        } catch (RuntimeException | Error e) {
            meeting.fail(e);
        }
    }

    /** The department of each of a month's hires, from the members of every department ({@link #staff}). */
    void placeHires(List<Plan.Hire> hires) {
        if (hireDepartments.length < hires.size()) {
            hireDepartments = new int[hires.size()];
        }
        for (int k = 0; k < hires.size(); k++) {
            Channel channel = input.channels().get(hires.get(k).channel());
            double expected = channel.fill() * channel.passRate();
            if (expected <= 0) {
                hireDepartments[k] = -1;
                continue;
            }
            int department = channel.department() >= 0 ? channel.department() : mostVacant(staff);
            staff[department] += expected;
            hireDepartments[k] = department;
        }
    }

    /** The business department with most vacant posts (the first of those within 10⁻⁹ of each other); 0 when none. */
    int mostVacant(double[] members) {
        int best = 0;
        double bestGap = Double.NEGATIVE_INFINITY;
        for (int d : business) {
            double gap = headcounts[d] - members[d];
            if (gap > bestGap + 1e-9) {
                best = d;
                bestGap = gap;
            }
        }
        return best;
    }

    /** The caps of appointments (a total stock, a yearly number) scale every department's {@link #deficits} alike. */
    void scaleAppointments() {
        Appointment policy = input.appointment();
        double wanted = 0;
        for (double deficit : deficits) {
            wanted += deficit;
        }
        double room = Double.POSITIVE_INFINITY;
        if (policy.total() > 0) {
            double held = 0;
            for (double n : promoters) {
                held += n;
            }
            room = Math.max(0, policy.total() - held);
        }
        if (policy.yearly() > 0) {
            room = Math.min(room, policy.yearly());
        }
        appointmentScale = wanted > room ? room / wanted : 1;
    }

    /** A course run's seats shared out over the candidates of every part, the tiers in order. */
    void shareSeats(CourseRun courseRun) {
        double[] tierCount = new double[3];
        double[][] tierByPersona = new double[plan.personas][3];
        for (AnalyticPart part : parts) {
            for (int t = 0; t < 3; t++) {
                tierCount[t] += part.tierCount[t];
                for (int p = 0; p < plan.personas; p++) {
                    tierByPersona[p][t] += part.tierByPersona[p][t];
                }
            }
        }
        double seats = courseRun.seats();
        for (int t = 0; t < 3; t++) {
            seatShares[t] = tierCount[t] <= 0 ? 0 : Math.min(1, seats / tierCount[t]);
            seats -= seatShares[t] * tierCount[t];
            if (seatShares[t] > 0 && seatShares[t] < 1) {
                // the seats run out in this tier: among a few candidates, whole persons matter
                for (int p = 0; p < plan.personas; p++) {
                    approximate[p] |= hasSteps[p] && tierByPersona[p][t] > 0 && tierByPersona[p][t] < AnalyticEngine.FEW;
                }
            }
        }
    }

    /**
     * A March observed: the counts of all departments and by skill from every part's, which counts are approximate,
     * and the targets from every department's amounts.
     */
    void observed(int y) {
        for (AnalyticPart part : parts) {
            for (int p = 0; p < plan.personas; p++) {
                for (int s = 0; s < Steps.COUNT; s++) {
                    result.counts[result.cell(y, p, s, -1)] += part.allCounts[p * Steps.COUNT + s];
                    result.skillCounts[result.skillCell(y, p, s)] += part.skillCounts[p * Steps.COUNT + s];
                }
            }
        }
        double roleChanges = 0;
        for (AnalyticPart part : parts) {
            roleChanges += part.roleChanges;
        }
        Appointment policy = input.appointment();
        int general = policy == null ? -1 : policy.generalPersona();
        for (int p = 0; p < plan.personas; p++) {
            for (int s = 0; s <= Steps.TOP; s++) {
                result.approximate[(y * plan.personas + p) * Steps.COUNT + s] = approximate[p]
                        || p == general && result.count(y, p, s, -1) < roleChanges;
            }
        }
        for (int t = 0; t < input.targets().size(); t++) {
            TargetSpec target = input.targets().get(t);
            result.targets[y * result.targetCount + t] = value(t, y);
            boolean approximateCounts = false;
            // a share's denominator counts every step
            for (int s = 0; target.persona() >= 0 && s <= Steps.TOP; s++) {
                approximateCounts |= result.approximate(y, target.persona(), s);
            }
            result.approximateTargets[y * result.targetCount + t] = TargetValues.approximateInPreview(target) || approximateCounts
                    || smallShare;
        }
        for (int t : plan.hireTargets) {
            Arrays.fill(hiresByTarget[t], 0);
        }
    }

    /** Set by {@link #value(int, int)}: the target is a share of fewer than {@link AnalyticEngine#FEW} staff. */
    private boolean smallShare;

    double value(int t, int y) {
        TargetSpec target = input.targets().get(t);
        smallShare = false;
        boolean hires = target.kind().counted() == SimulationInput.Counted.HIRES;
        // a new-hires target: the year's expected hires of its persona per department
        double[] part = hires ? hiresByTarget[t] : targetPart[t];
        double[] whole = hires ? hiresByTarget[t] : targetWhole[t];
        boolean share = target.kind().share();
        if (share) {
            // a share of a few people: the mean of the Monte Carlo's shares is not the share of the means
            double members = 0;
            for (int d = 0; d < plan.departments; d++) {
                members += TargetValues.inScope(input, target, d) ? whole[d] : 0;
            }
            smallShare = members < AnalyticEngine.FEW;
        }
        // every department: how many have an expected amount at the target (the Monte Carlo counts departments
        // per replication, so this is an approximation)
        return TargetValues.aggregateExpected(input, target, y, part, whole, share);
    }
}
