package org.jinzai.model.util;

import java.util.Locale;

/**
 * Fiscal years (年度, April to March) as users read them: the Western year in which the fiscal year starts
 * together with its 令和 (Reiwa) year, e.g. 2026 → "2026年度（令和8年度）" or "FY2026 (Reiwa 8)".
 */
public final class FiscalYears {

    /** 令和元年 is 2019: 令和 N = year - 2018. */
    private static final int REIWA_OFFSET = 2018;
    /** 平成元年 is 1989. */
    private static final int HEISEI_OFFSET = 1988;
    /** 昭和元年 is 1926. */
    private static final int SHOWA_OFFSET = 1925;

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

    /**
     * The era name of a fiscal year as Japanese municipalities write it: "令和8年度", "平成28年度", "昭和62年度" (元年 for
     * the first year; the fiscal year 2019 is 令和元年度, 1989 平成元年度); null before 昭和 (1926).
     */
    public static String era(int fiscalYear) {
        if (fiscalYear > REIWA_OFFSET) {
            return japaneseEra(fiscalYear);
        }
        if (fiscalYear > HEISEI_OFFSET) {
            return "平成" + number(fiscalYear - HEISEI_OFFSET) + "年度"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (fiscalYear > SHOWA_OFFSET) {
            return "昭和" + number(fiscalYear - SHOWA_OFFSET) + "年度"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        return null;
    }

    private static String number(int n) {
        return n == 1 ? "元" : Integer.toString(n); //$NON-NLS-1$
    }

    /** The era of a fiscal year in English: "Reiwa 8", "Heisei 28", "Showa 62"; null before Showa. */
    private static String eraInEnglish(int fiscalYear) {
        if (fiscalYear > REIWA_OFFSET) {
            return "Reiwa " + (fiscalYear - REIWA_OFFSET); //$NON-NLS-1$
        }
        if (fiscalYear > HEISEI_OFFSET) {
            return "Heisei " + (fiscalYear - HEISEI_OFFSET); //$NON-NLS-1$
        }
        return fiscalYear > SHOWA_OFFSET ? "Showa " + (fiscalYear - SHOWA_OFFSET) : null; //$NON-NLS-1$
    }

    /**
     * Both forms in the language of the locale, one way for every year: "2026年度（令和8年度）", "2016年度（平成28年度）" or
     * "FY2026 (Reiwa 8)", "FY2016 (Heisei 28)".
     */
    public static String label(int fiscalYear, Locale locale) {
        if ("ja".equals(locale.getLanguage())) { //$NON-NLS-1$
            String era = era(fiscalYear);
            return era == null ? fiscalYear + "年度" : fiscalYear + "年度（" + era + "）"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        String era = eraInEnglish(fiscalYear);
        return era == null ? "FY" + fiscalYear : "FY" + fiscalYear + " (" + era + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    /** {@link #label(int, Locale)} in the default locale. */
    public static String label(int fiscalYear) {
        return label(fiscalYear, Locale.getDefault());
    }
}
