package org.jinzai.model.util;

import org.jinzai.model.DepartmentKind;
import org.jinzai.model.KindTenure;
import org.jinzai.model.RotationPolicy;

/** The tenure a rotation gives the posts of each kind of department: the kind's own, else the policy's least and most years. */
public final class Tenures {

    private Tenures() {
    }

    /** The kind's own tenure (the first given: a second is an error of the model), or null. */
    public static KindTenure own(RotationPolicy rotation, DepartmentKind kind) {
        for (KindTenure tenure : rotation.getTenures()) {
            if (tenure.getKind() == kind) {
                return tenure;
            }
        }
        return null;
    }

    /** {least, most} years in a post of a kind of department. */
    public static int[] of(RotationPolicy rotation, DepartmentKind kind) {
        KindTenure own = own(rotation, kind);
        return own != null ? new int[] { own.getMinTenureYears(), own.getMaxTenureYears() }
                : new int[] { rotation.getMinTenureYears(), rotation.getMaxTenureYears() };
    }
}
