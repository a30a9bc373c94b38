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
