package org.jinzai.reports;

import java.util.Locale;

/** How the reports and the workbench write numbers: staff to one decimal, shares and probabilities in percent. */
public final class Formats {

    private Formats() {
    }

    /** "1,234.5" (FTE), or "-" for no value. */
    public static String number(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%,.1f", value); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Whether a target's values are shares in [0, 1] (shown as percentages) rather than counts. */
    public static boolean isShare(org.jinzai.model.Target target) {
        // a target of every department counts the departments that meet it, whatever it asks of each
        return target != null && target.getScope() != org.jinzai.model.TargetScope.EACH_DEPARTMENT
                && (target.getKind() == org.jinzai.model.TargetKind.SHARE_AT_STEP
                        || target.getKind() == org.jinzai.model.TargetKind.COURSE_COMPLETION_RATE);
    }

    /** A count or, for a share, a percentage to one decimal ("42.5%"); "-" for no value. */
    public static String value(double value, boolean share) {
        if (Double.isNaN(value)) {
            return "-"; //$NON-NLS-1$
        }
        return share ? String.format(Locale.ROOT, "%.1f%%", value * 100) : number(value); //$NON-NLS-1$
    }

    /** A probability as a whole percentage ("87%"); "-" when there is none (no target value that year). */
    public static String probability(double p) {
        return Double.isNaN(p) ? "-" : String.format(Locale.ROOT, "%.0f%%", p * 100); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
