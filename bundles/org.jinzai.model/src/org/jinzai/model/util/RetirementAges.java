package org.jinzai.model.util;

/**
 * The retirement age of local public servants by law (地方公務員法の定年引上げ): 60 until fiscal 2022, then one year more
 * every two years from 61 in fiscal 2023 to 65 from fiscal 2031.
 */
public final class RetirementAges {

    /** The fiscal years in which the statutory age rises, and the age from then on. */
    private static final int[][] STEPS = { { 2023, 61 }, { 2025, 62 }, { 2027, 63 }, { 2029, 64 }, { 2031, 65 } };

    private RetirementAges() {
    }

    /** The statutory retirement age in a fiscal year. */
    public static int statutory(int fiscalYear) {
        int age = 60;
        for (int[] step : STEPS) {
            if (fiscalYear >= step[0]) {
                age = step[1];
            }
        }
        return age;
    }

    /** The fiscal years in which the statutory age rises, each with the age from then on ({fiscal year, age}). */
    public static int[][] steps() {
        int[][] copy = new int[STEPS.length][];
        for (int k = 0; k < STEPS.length; k++) {
            copy[k] = STEPS[k].clone();
        }
        return copy;
    }
}
