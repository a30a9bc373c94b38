package org.jinzai.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;

import org.jinzai.model.util.FiscalYears;
import org.junit.jupiter.api.Test;

/** Fiscal years are shown one way, whatever the era: the Western year and the era year of Japanese documents. */
class FiscalYearsTest {

    @Test
    void everyYearReadsTheSameWayInJapanese() {
        assertEquals("2026年度（令和8年度）", FiscalYears.label(2026, Locale.JAPANESE));
        assertEquals("2019年度（令和元年度）", FiscalYears.label(2019, Locale.JAPANESE), "the fiscal year 2019 is 令和元年度");
        assertEquals("2018年度（平成30年度）", FiscalYears.label(2018, Locale.JAPANESE));
        assertEquals("2016年度（平成28年度）", FiscalYears.label(2016, Locale.JAPANESE), "a hire year of the roster");
        assertEquals("1989年度（平成元年度）", FiscalYears.label(1989, Locale.JAPANESE));
        assertEquals("1988年度（昭和63年度）", FiscalYears.label(1988, Locale.JAPANESE));
        assertEquals("1926年度（昭和元年度）", FiscalYears.label(1926, Locale.JAPANESE));
        assertEquals("1925年度", FiscalYears.label(1925, Locale.JAPANESE));
        assertNull(FiscalYears.era(1925));
    }

    @Test
    void andInEnglish() {
        assertEquals("FY2026 (Reiwa 8)", FiscalYears.label(2026, Locale.ENGLISH));
        assertEquals("FY2016 (Heisei 28)", FiscalYears.label(2016, Locale.ENGLISH));
        assertEquals("FY1987 (Showa 62)", FiscalYears.label(1987, Locale.ENGLISH));
        assertEquals("FY1925", FiscalYears.label(1925, Locale.ENGLISH));
    }
}
