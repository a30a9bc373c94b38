package org.jinzai.model.util;

import org.eclipse.emf.ecore.EObject;
import org.jinzai.model.HeadcountBoundRule;
import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.LeaveItAfterStepRule;
import org.jinzai.model.NoMoveAfterCourseRule;
import org.jinzai.model.NoMoveDuringLargeProjectRule;
import org.jinzai.model.RotationRule;
import org.jinzai.model.SpecialistStaysInItRule;

/**
 * What the engine does with a rotation rule's {@code hard} and {@code weight}: the one place that says which kinds of
 * rule have them, so that a form offers only what changes a result.
 * <ul>
 * <li>Rules that keep a member in post or in a kind of department (no move after a course, none during a large
 * project, IS staff in IT until a step, specialists in IT) are always kept: neither applies.</li>
 * <li>Rules that prefer a placement (spread a step, Step3 to large projects) are always weighed: the weight applies,
 * not the choice of a hard rule.</li>
 * <li>A headcount bound has both: a hard maximum is never exceeded, a hard minimum weighs a hundred times its
 * weight.</li>
 * </ul>
 */
public final class RotationRules {

    private RotationRules() {
    }

    /** Whether a rule is always kept (it holds members where they are), whatever its {@code hard} and weight. */
    public static boolean alwaysKept(RotationRule rule) {
        return rule instanceof NoMoveAfterCourseRule || rule instanceof NoMoveDuringLargeProjectRule
                || rule instanceof LeaveItAfterStepRule || rule instanceof SpecialistStaysInItRule;
    }

    /** Whether a feature of an element is one the engine reads: false only for the hard choice or weight a rule does not have. */
    public static boolean applies(EObject element, Object feature) {
        if (!(element instanceof RotationRule rule)) {
            return true;
        }
        if (feature == JinzaiPackage.Literals.ROTATION_RULE__HARD) {
            return rule instanceof HeadcountBoundRule;
        }
        if (feature == JinzaiPackage.Literals.ROTATION_RULE__WEIGHT) {
            return !alwaysKept(rule);
        }
        return true;
    }
}
