package org.jinzai.model.util;

import java.util.Locale;

/**
 * Fiscal years (年度, April to March) as users read them: the Western year in which the fiscal year starts
 * together with its 令和 (Reiwa) year, e.g. 2026 → "2026年度（令和8年度）" or "FY2026 (Reiwa 8)".
 */
public final class FiscalYears {

    /** 令和元年 is 2019: 令和 N = year - 2018. */
    private static final int REIWA_OFFSET = 2018;

    private FiscalYears() {
    }

    /** The 令和 year of a fiscal year from 2019 on, e.g. 8 for 2026. */
    public static int reiwa(int fiscalYear) {
        if (fiscalYear <= REIWA_OFFSET) {
            throw new IllegalArgumentException("fiscal year before 令和: " + fiscalYear); //$NON-NLS-1$
        }
        return fiscalYear - REIWA_OFFSET;
    }

    /** "令和8年度" (令和元年度 for 2019). */
    public static String japaneseEra(int fiscalYear) {
        int n = reiwa(fiscalYear);
        return "令和" + (n == 1 ? "元" : Integer.toString(n)) + "年度"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** Both forms in the language of the locale: "2026年度（令和8年度）" or "FY2026 (Reiwa 8)". */
    public static String label(int fiscalYear, Locale locale) {
        if (fiscalYear <= REIWA_OFFSET) {
            return Integer.toString(fiscalYear);
        }
        if ("ja".equals(locale.getLanguage())) { //$NON-NLS-1$
            return fiscalYear + "年度（" + japaneseEra(fiscalYear) + "）"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        return "FY" + fiscalYear + " (Reiwa " + reiwa(fiscalYear) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** {@link #label(int, Locale)} in the default locale. */
    public static String label(int fiscalYear) {
        return label(fiscalYear, Locale.getDefault());
    }
}
