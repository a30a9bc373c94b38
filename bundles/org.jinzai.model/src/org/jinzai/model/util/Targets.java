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
        return unit(target.getKind());
    }

    /**
     * The unit of a kind of target in a target of the organization, a department or a kind of department: the one
     * place that says so for the model (the engine's mirror, {@code SimulationInput.TargetKind#unit()}, is pinned to
     * it by a test).
     */
    public static Unit unit(TargetKind kind) {
        return switch (kind) {
            case HEADCOUNT_AT_STEP -> Unit.FTE;
            case SHARE_AT_STEP, COURSE_COMPLETION_RATE -> Unit.SHARE;
            case NEW_HIRES -> Unit.PERSONS;
        };
    }

    /** What a target of a kind must name besides its values (validation says so when it does not). */
    public enum Needs {
        /** The persona whose steps it counts. */
        PERSONA,
        /** The course whose completion it counts. */
        COURSE,
        /** Nothing (it may name a persona to count only its hires). */
        NOTHING
    }

    /** What a target of a kind must name. */
    public static Needs needs(TargetKind kind) {
        return switch (kind) {
            case HEADCOUNT_AT_STEP, SHARE_AT_STEP -> Needs.PERSONA;
            case COURSE_COMPLETION_RATE -> Needs.COURSE;
            case NEW_HIRES -> Needs.NOTHING;
        };
    }

    /** Whether a kind of target asks for a share in [0, 1] (到達率, 受講率) rather than a count. */
    public static boolean isShareKind(TargetKind kind) {
        return unit(kind) == Unit.SHARE;
    }

    /** Whether a target's values are shares in [0, 1] (shown as percentages) rather than counts. */
    public static boolean isShare(Target target) {
        return unit(target) == Unit.SHARE;
    }
}
