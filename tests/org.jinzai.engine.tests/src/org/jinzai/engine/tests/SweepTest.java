package org.jinzai.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jinzai.engine.ProgressListener;
import org.jinzai.engine.RunOptions;
import org.jinzai.engine.SimulationInput.DepartmentKind;
import org.jinzai.engine.SimulationInput.TargetKind;
import org.jinzai.engine.SimulationInput.TargetSpec;
import org.jinzai.engine.Sweep;
import org.junit.jupiter.api.Test;

/** A sweep with common random numbers: exact on a deterministic case, monotone where the model is. */
class SweepTest {

    /** 50 課 × 2 untrained promoters; seats a year of the promoter course × leaving rate in percent; 70 Step1 in year 5. */
    private static List<Sweep.Point> sweep(int[] seats, int[] leavingPercent, int replications) {
        return Sweep.run((s, leaving) -> {
            Inputs in = new Inputs().departments(50, DepartmentKind.BUSINESS, 10);
            for (int d = 0; d < 50; d++) {
                in.staff(d, Inputs.PROMOTER, 2).staff(d, Inputs.GENERAL, 8);
            }
            double rate = leaving / 100.0;
            in.rateByType = new double[] { rate, rate, 0, 0 };
            in.seats(0, s, 6);
            in.targets.add(TargetSpec.ofOrganization("step1", TargetKind.HEADCOUNT_AT_STEP, Inputs.PROMOTER, 1, Inputs.values(5, 4, 70)));
            return in.build();
        }, seats, leavingPercent, 4, new RunOptions(replications, 9, 2), ProgressListener.NONE);
    }

    @Test
    void withoutLeavingTheSurfaceIsExact() {
        List<Sweep.Point> points = sweep(new int[] { 0, 10, 13, 14, 20 }, new int[] { 0 }, 10);
        assertEquals(5, points.size());
        // 5 years × seats trained, at most the 100 promoters; 70 needs 14 a year
        double[] expectedMean = { 0, 50, 65, 70, 100 };
        double[] expectedProbability = { 0, 0, 0, 1, 1 };
        for (int i = 0; i < points.size(); i++) {
            assertEquals(expectedMean[i], points.get(i).mean()[0], 1e-9, "mean at " + points.get(i).first());
            assertEquals(expectedProbability[i], points.get(i).probability()[0], 1e-9);
        }
    }

    @Test
    void moreSeatsNeverLowerAndMoreLeavingNeverRaisesTheProbability() {
        int[] seats = { 10, 14, 16, 18, 22 };
        int[] leaving = { 0, 3, 6 };
        List<Sweep.Point> points = sweep(seats, leaving, 200);
        assertEquals(seats.length * leaving.length, points.size());
        double[][] grid = new double[leaving.length][seats.length];
        for (Sweep.Point p : points) {
            int column = java.util.Arrays.binarySearch(seats, p.first());
            int row = java.util.Arrays.binarySearch(leaving, p.second());
            grid[row][column] = p.probability()[0];
        }
        for (int r = 0; r < leaving.length; r++) {
            for (int c = 0; c < seats.length; c++) {
                if (c > 0) {
                    assertTrue(grid[r][c] >= grid[r][c - 1], "seats " + seats[c] + " at leaving " + leaving[r]);
                }
                if (r > 0) {
                    assertTrue(grid[r][c] <= grid[r - 1][c] + 1e-9, "leaving " + leaving[r] + " at seats " + seats[c]);
                }
            }
        }
        assertTrue(grid[2][0] < grid[0][4], "the levers matter");
    }
}
