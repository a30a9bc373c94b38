package org.jinzai.model.util;

import org.jinzai.model.Target;
import org.jinzai.model.TargetKind;
import org.jinzai.model.TargetScope;

/** What a target's values are, defined once for the reports, the workbench, validation and comparisons. */
public final class Targets {

    /** The unit of a target's values. */
    public enum Unit {
        /** Staff of a persona at a step, in full-time equivalents. */
        FTE,
        /** Persons (new hires). */
        PERSONS,
        /** A share in [0, 1], shown as a percentage. */
        SHARE,
        /** Departments (課) that meet a target of every department. */
        DEPARTMENTS
    }

    private Targets() {
    }

    /** The unit of a target's values (null target: FTE). */
    public static Unit unit(Target target) {
        if (target == null) {
            return Unit.FTE;
        }
        if (target.getScope() == TargetScope.EACH_DEPARTMENT) {
            // a target of every department counts the departments that meet it, whatever it asks of each
            return Unit.DEPARTMENTS;
        }
        if (isShareKind(target.getKind())) {
            return Unit.SHARE;
        }
        return target.getKind() == TargetKind.NEW_HIRES ? Unit.PERSONS : Unit.FTE;
    }

    /**
     * Whether a kind of target asks for a share in [0, 1] (到達率, 受講率) rather than a count: the one place that says
     * so for the model (the engine's mirror says it in {@code SimulationInput.TargetKind#share()}).
     */
    public static boolean isShareKind(TargetKind kind) {
        return kind == TargetKind.SHARE_AT_STEP || kind == TargetKind.COURSE_COMPLETION_RATE;
    }

    /** Whether a target's values are shares in [0, 1] (shown as percentages) rather than counts. */
    public static boolean isShare(Target target) {
        return unit(target) == Unit.SHARE;
    }
}
