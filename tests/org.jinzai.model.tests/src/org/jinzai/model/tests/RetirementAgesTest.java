package org.jinzai.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jinzai.model.util.RetirementAges;
import org.junit.jupiter.api.Test;

/** The law's retirement age by fiscal year: 60, then one year more every two years from 61 in 2023 to 65 in 2031. */
class RetirementAgesTest {

    @Test
    void theLawsAgeByFiscalYear() {
        int[] years = { 2020, 2022, 2023, 2024, 2025, 2026, 2027, 2029, 2030, 2031, 2040 };
        int[] ages = { 60, 60, 61, 61, 62, 62, 63, 64, 64, 65, 65 };
        for (int k = 0; k < years.length; k++) {
            assertEquals(ages[k], RetirementAges.statutory(years[k]), "fiscal " + years[k]);
        }
    }
}
