package org.jinzai.engine;

import org.jinzai.engine.SimulationInput.DepartmentKind;
import org.jinzai.engine.SimulationInput.TargetScope;
import org.jinzai.engine.SimulationInput.TargetSpec;

/** How a target's value is formed from per-department amounts; shared by both engines. */
final class TargetValues {

    private TargetValues() {
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
     * Over the target's scope: the total of {@code part} (or its share of {@code whole}); for EACH_DEPARTMENT
     * the smallest department value, so that the target is met when every department meets it.
     */
    static double aggregate(SimulationInput input, TargetSpec target, double[] part, double[] whole, boolean share) {
        double sumPart = 0;
        double sumWhole = 0;
        double min = Double.POSITIVE_INFINITY;
        for (int d = 0; d < part.length; d++) {
            if (inScope(input, target, d)) {
                sumPart += part[d];
                sumWhole += whole[d];
                min = Math.min(min, share ? (whole[d] > 0 ? part[d] / whole[d] : 0) : part[d]);
            }
        }
        if (target.scope() == TargetScope.EACH_DEPARTMENT) {
            return min == Double.POSITIVE_INFINITY ? 0 : min;
        }
        return share ? (sumWhole > 0 ? sumPart / sumWhole : 0) : sumPart;
    }
}
