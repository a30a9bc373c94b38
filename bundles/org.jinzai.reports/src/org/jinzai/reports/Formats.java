package org.jinzai.reports;

import java.util.Locale;

/** How the reports and the workbench write numbers: staff to one decimal, shares and probabilities in percent. */
public final class Formats {

    private Formats() {
    }

    /** "1,234.5" (FTE), or "-" for no value. */
    public static String number(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%,.1f", zero(value, 0.05)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * A difference with its sign: "+1.5", "-0.3" (a percentage for a share), and "0.0" (never "-0.0" or "+0.0") for
     * one that rounds to nothing; "-" for no value.
     */
    public static String signed(double value, boolean share) {
        String text = value(value, share);
        return Double.isNaN(value) || text.matches("[-0.,%]*") || text.startsWith("-") ? text : "+" + text; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** 0 for a value that rounds to 0 at a resolution (so that nothing prints as "-0.0"), else the value. */
    private static double zero(double value, double resolution) {
        return Math.abs(value) < resolution ? 0 : value;
    }

    /** Whether a target's values are shares in [0, 1] (shown as percentages) rather than counts. */
    public static boolean isShare(org.jinzai.model.Target target) {
        return org.jinzai.model.util.Targets.isShare(target);
    }

    /** A count or, for a share, a percentage to one decimal ("42.5%"); "-" for no value. */
    public static String value(double value, boolean share) {
        if (Double.isNaN(value)) {
            return "-"; //$NON-NLS-1$
        }
        return share ? String.format(Locale.ROOT, "%.1f%%", zero(value * 100, 0.05)) : number(value); //$NON-NLS-1$
    }

    /** A probability as a whole percentage ("87%"); "-" when there is none (no target value that year). */
    public static String probability(double p) {
        return Double.isNaN(p) ? "-" : String.format(Locale.ROOT, "%.0f%%", zero(p * 100, 0.5)); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
