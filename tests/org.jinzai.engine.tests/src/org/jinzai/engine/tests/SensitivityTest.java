package org.jinzai.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jinzai.engine.ProgressListener;
import org.jinzai.engine.RunOptions;
import org.jinzai.engine.Sensitivity;
import org.jinzai.engine.SimulationInput;
import org.jinzai.engine.SimulationInput.DepartmentKind;
import org.jinzai.engine.SimulationInput.TargetKind;
import org.jinzai.engine.SimulationInput.TargetSpec;
import org.junit.jupiter.api.Test;

/** The tornado's signs and order on a small case: seats raise the Step1 count, leaving lowers it, the wider swing first. */
class SensitivityTest {

    private static SimulationInput model(int seats, double leaving) {
        Inputs in = new Inputs().departments(20, DepartmentKind.BUSINESS, 10);
        for (int d = 0; d < 20; d++) {
            in.staff(d, Inputs.PROMOTER, 2).staff(d, Inputs.GENERAL, 8);
        }
        in.rateByType = new double[] { leaving, leaving, 0, 0 };
        in.seats(0, seats, 6);
        in.targets.add(TargetSpec.ofOrganization("step1", TargetKind.HEADCOUNT_AT_STEP, Inputs.PROMOTER, 1, Inputs.values(5, 4, 30)));
        return in.build();
    }

    @Test
    void signsAndOrder() {
        List<Sensitivity.Factor> factors = List.of(new Sensitivity.Factor("leaving", model(6, 0.02), model(6, 0.10)),
                new Sensitivity.Factor("seats", model(3, 0.05), model(9, 0.05)));
        Sensitivity.Outcome outcome = Sensitivity.run(model(6, 0.05), factors, 0, 4, new RunOptions(200, 4, 2), ProgressListener.NONE);
        assertEquals(2, outcome.bars().size());
        Sensitivity.Bar seats = outcome.bars().stream().filter(b -> b.name().equals("seats")).findFirst().get();
        Sensitivity.Bar leaving = outcome.bars().stream().filter(b -> b.name().equals("leaving")).findFirst().get();
        assertTrue(seats.swing() > 0, "more seats, more Step1 promoters: " + seats);
        assertTrue(leaving.swing() < 0, "more leaving, fewer: " + leaving);
        assertTrue(seats.lowMean() < outcome.baseMean() && outcome.baseMean() < seats.highMean(), outcome.toString());
        // 3 → 9 seats a year moves 15 → 40 trained (capped by the staff still there); leaving 2 % → 10 % moves much less
        assertEquals("seats", outcome.bars().get(0).name(), "the widest swing first");
        assertTrue(Math.abs(outcome.bars().get(0).swing()) >= Math.abs(outcome.bars().get(1).swing()));
    }
}
