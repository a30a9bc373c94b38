package org.jinzai.engine;

import org.jinzai.engine.SimulationInput.DepartmentKind;
import org.jinzai.engine.SimulationInput.TargetScope;
import org.jinzai.engine.SimulationInput.TargetSpec;

/** How a target's value is formed from per-department amounts and what it is compared with; shared by both engines and the views. */
public final class TargetValues {

    private TargetValues() {
    }

    /**
     * Whether a member holding a persona (-1: none) belongs to the staff a target of a stock counts over: by skill
     * everyone, by role the holders of the target's persona (or everyone for a target of no persona).
     */
    static boolean countsOver(TargetSpec target, int persona) {
        return target.bySkill() || target.persona() < 0 || persona == target.persona();
    }

    /** The persona whose step is counted for a member holding a persona: by skill the target's, by role the member's own. */
    static int stepPersona(TargetSpec target, int persona) {
        return target.bySkill() ? target.persona() : persona;
    }

    /**
     * Whether a member the target counts over is counted: the step it has reached of {@link #stepPersona} (-1 when it
     * has none) or the courses it has completed (a set of course indexes). Both engines count with this.
     */
    static boolean counted(TargetSpec target, int step, long courses) {
        return switch (target.kind().counted()) {
            case STEP -> step >= 0 && step >= target.minimumStep();
            case COURSE -> target.course() >= 0 && (courses & 1L << target.course()) != 0;
            case HIRES -> throw new IllegalArgumentException("hires are counted as they happen: " + target.id());
        };
    }

    static boolean inScope(SimulationInput input, TargetSpec target, int department) {
        DepartmentKind kind = input.departments().get(department).kind();
        return switch (target.scope()) {
            case ORGANIZATION -> true;
            case DEPARTMENT -> department == target.department();
            case EACH_DEPARTMENT, DEPARTMENT_KIND -> target.kindFilter() == null || kind == target.kindFilter();
        };
    }

    /**
     * Over the target's scope: the total of {@code part} (or its share of {@code whole}); for EACH_DEPARTMENT the
     * number of departments in scope whose own amount (or share) reaches the target's value of fiscal year {@code y}
     * (see {@link #departmentThreshold}), each such department marked in {@code missed} (if not null) when it does
     * not.
     */
    static double aggregate(SimulationInput input, TargetSpec target, int y, double[] part, double[] whole, boolean share,
            boolean[] missed) {
        double sumPart = 0;
        double sumWhole = 0;
        double threshold = departmentThreshold(target, y);
        int meeting = 0;
        for (int d = 0; d < part.length; d++) {
            if (inScope(input, target, d)) {
                sumPart += part[d];
                sumWhole += whole[d];
                double own = share ? (whole[d] > 0 ? part[d] / whole[d] : 0) : part[d];
                boolean meets = own >= threshold - 1e-9;
                meeting += meets ? 1 : 0;
                if (missed != null) {
                    missed[d] = !meets;
                }
            }
        }
        if (target.scope() == TargetScope.EACH_DEPARTMENT) {
            return meeting;
        }
        return share ? (sumWhole > 0 ? sumPart / sumWhole : 0) : sumPart;
    }

    /**
     * As {@link #aggregate} from expected amounts (the analytic preview): for a headcount target of every department,
     * the expected number of departments that reach the value, each department's count taken as Poisson with its
     * expected amount (an approximation: the Monte Carlo counts departments replication by replication).
     */
    static double aggregateExpected(SimulationInput input, TargetSpec target, int y, double[] part, double[] whole,
            boolean share) {
        if (target.scope() != TargetScope.EACH_DEPARTMENT || share) {
            return aggregate(input, target, y, part, whole, share, null);
        }
        int wanted = (int) Math.ceil(departmentThreshold(target, y) - 1e-9);
        double meeting = 0;
        for (int d = 0; d < part.length; d++) {
            if (inScope(input, target, d)) {
                // P(N >= wanted) for N ~ Poisson(part[d])
                double term = Math.exp(-part[d]);
                double below = 0;
                for (int k = 0; k < wanted; k++) {
                    below += term;
                    term *= part[d] / (k + 1);
                }
                meeting += Math.max(0, 1 - below);
            }
        }
        return meeting;
    }

    /**
     * Whether the analytic preview's value of a target is an approximation whatever its counts: a target of every
     * department counts departments from expected amounts (each department's count taken as Poisson), which only
     * the Monte Carlo counts exactly. A target is also approximate in a year where its persona's counts are
     * ({@link AnalyticEngine.Result#approximateTarget(int, int)}).
     */
    static boolean approximateInPreview(TargetSpec target) {
        return target.scope() == TargetScope.EACH_DEPARTMENT;
    }

    /**
     * The unit of a target's value, as the command line's files name it: departments (a target of every department
     * counts those that meet it), share, persons (hires) or fte (headcounts).
     */
    public static String unit(TargetSpec target) {
        if (target.scope() == TargetScope.EACH_DEPARTMENT) {
            return "departments";
        }
        return target.kind().unit().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The number of departments a target concerns. */
    public static int departmentsInScope(SimulationInput input, TargetSpec target) {
        int n = 0;
        for (int d = 0; d < input.departments().size(); d++) {
            n += inScope(input, target, d) ? 1 : 0;
        }
        return n;
    }

    /**
     * What each department must reach for an EACH_DEPARTMENT target in fiscal year y: the year's value, or in a
     * year without one the nearest earlier year's value, else the nearest later one's (0 if the target has none).
     */
    public static double departmentThreshold(TargetSpec target, int y) {
        double[] values = target.values();
        for (int k = Math.min(y, values.length - 1); k >= 0; k--) {
            if (!Double.isNaN(values[k])) {
                return values[k];
            }
        }
        for (int k = y + 1; k < values.length; k++) {
            if (!Double.isNaN(values[k])) {
                return values[k];
            }
        }
        return 0;
    }

    /**
     * What the target's value is compared with in fiscal year y (NaN: no value that year): for EACH_DEPARTMENT,
     * every department in scope; else the year's value.
     */
    public static double wanted(SimulationInput input, TargetSpec target, int y) {
        return wanted(target, y, target.scope() == TargetScope.EACH_DEPARTMENT ? departmentsInScope(input, target) : 0);
    }

    /** As {@link #wanted(SimulationInput, TargetSpec, int)}, with the departments in scope already counted. */
    static double wanted(TargetSpec target, int y, int departmentsInScope) {
        double value = target.values()[y];
        return Double.isNaN(value) || target.scope() != TargetScope.EACH_DEPARTMENT ? value : departmentsInScope;
    }
}
