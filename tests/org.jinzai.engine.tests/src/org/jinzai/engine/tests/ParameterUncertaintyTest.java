package org.jinzai.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jinzai.engine.MonteCarloEngine;
import org.jinzai.engine.ProgressListener;
import org.jinzai.engine.RunOptions;
import org.jinzai.engine.SimulationInput.Appointment;
import org.jinzai.engine.SimulationInput.DepartmentKind;
import org.jinzai.engine.SimulationInput.Employment;
import org.jinzai.engine.SimulationInput.Posterior;
import org.jinzai.engine.SimulationInput.UncertainRate;
import org.jinzai.engine.SimulationResult;
import org.jinzai.engine.SimulationResult.Flow;
import org.junit.jupiter.api.Test;

/**
 * Rates drawn from their posterior in each replication (parameter uncertainty): the spread of the results grows as a
 * closed form says, the mean stays, common random numbers hold, and a posterior nobody is in changes nothing.
 */
class ParameterUncertaintyTest {

    private static final int STAFF = 400;
    private static final int RUNS = 600;

    /** 400 regular staff aged 30 (in the 18-39 band for the first years), leaving at 10 % a year, nobody hired. */
    private static Inputs town() {
        Inputs in = new Inputs().departments(4, DepartmentKind.BUSINESS, 100);
        for (int d = 0; d < 4; d++) {
            in.staff(d, Inputs.GENERAL, STAFF / 4);
        }
        in.rateByType[Employment.REGULAR.ordinal()] = 0.10;
        in.years = 1;
        return in;
    }

    private static double[] leaversOfFirstYear(SimulationResult result) {
        double[] leavers = new double[result.replications()];
        for (int r = 0; r < leavers.length; r++) {
            leavers[r] = result.flow(r, Flow.LEAVERS, 0);
        }
        return leavers;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static double variance(double[] values) {
        double m = mean(values);
        double sum = 0;
        for (double v : values) {
            sum += (v - m) * (v - m);
        }
        return sum / (values.length - 1);
    }

    @Test
    void theSpreadOfLeaversIsThatOfTheRateAndOfFatesTogether() {
        // hazard ~ Gamma(alpha, beta months): mean 0.10 a year's hazard, as uncertain as 10 leavers seen
        double hazard = -Math.log(0.9) / 12;
        double alpha = 10;
        double beta = alpha / hazard;
        Inputs fixed = town();
        Inputs drawn = town();
        drawn.uncertain.add(new UncertainRate(Employment.REGULAR, 18, 39, new Posterior(alpha, beta)));
        MonteCarloEngine engine = new MonteCarloEngine();
        double[] alone = leaversOfFirstYear(engine.run(fixed.build(), new RunOptions(RUNS, 7, 2), ProgressListener.NONE));
        double[] uncertain = leaversOfFirstYear(engine.run(drawn.build(), new RunOptions(RUNS, 7, 2), ProgressListener.NONE));
        // closed form: leavers | p ~ Binomial(n, p), p = 1 - exp(-12 h); E and Var over h by the Gamma's moment
        // generating function E[exp(-t h)] = (1 + t / beta)^-alpha
        double e1 = Math.pow(1 + 12 / beta, -alpha);
        double e2 = Math.pow(1 + 24 / beta, -alpha);
        double meanP = 1 - e1;
        double varP = e2 - e1 * e1;
        double expectedMean = STAFF * meanP;
        double expectedVariance = STAFF * (meanP - (varP + meanP * meanP)) + STAFF * (double) STAFF * varP;
        double binomialVariance = STAFF * 0.1 * 0.9;
        // the fixed rate: binomial spread; the drawn rate: the closed form's, several times larger
        assertEquals(STAFF * 0.1, mean(alone), 4 * Math.sqrt(binomialVariance / RUNS));
        assertEquals(binomialVariance, variance(alone), 0.25 * binomialVariance);
        assertEquals(expectedMean, mean(uncertain), 4 * Math.sqrt(expectedVariance / RUNS));
        assertEquals(expectedVariance, variance(uncertain), 0.25 * expectedVariance);
        assertTrue(expectedVariance > 4 * binomialVariance, "the test must tell the two apart");
    }

    @Test
    void aPosteriorOfABandNobodyIsInChangesNothingAndDrawsAreKeyedByBand() {
        Posterior posterior = new Posterior(5, 5 / 0.01);
        Inputs one = town();
        one.uncertain.add(new UncertainRate(Employment.REGULAR, 18, 39, posterior));
        Inputs two = town();
        // a band of fixed-term staff (there are none), listed first: the regular band still draws the same rates
        two.uncertain.add(new UncertainRate(Employment.FIXED_TERM, 18, 75, new Posterior(2, 100)));
        two.uncertain.add(new UncertainRate(Employment.REGULAR, 18, 39, posterior));
        MonteCarloEngine engine = new MonteCarloEngine();
        SimulationResult a = engine.run(one.build(), new RunOptions(200, 3, 1), ProgressListener.NONE);
        SimulationResult b = engine.run(two.build(), new RunOptions(200, 3, 2), ProgressListener.NONE);
        for (int r = 0; r < 200; r++) {
            assertEquals(a.flow(r, Flow.LEAVERS, 0), b.flow(r, Flow.LEAVERS, 0), "replication " + r);
        }
        // and the draw does change results: another posterior, other leavers
        Inputs other = town();
        other.uncertain.add(new UncertainRate(Employment.REGULAR, 18, 39, new Posterior(5, 5 / 0.002)));
        SimulationResult c = engine.run(other.build(), new RunOptions(200, 3, 1), ProgressListener.NONE);
        assertNotEquals(mean(leaversOfFirstYear(a)), mean(leaversOfFirstYear(c)));
        assertTrue(mean(leaversOfFirstYear(c)) < mean(leaversOfFirstYear(a)), "a lower hazard, fewer leavers");
    }

    @Test
    void theReappointmentProbabilityIsDrawnFromItsBeta() {
        // 100 promoters in 100 departments, nobody leaves: those kept in the first April follow Binomial(100, p), p ~ Beta(a, b)
        Inputs in = new Inputs().departments(100, DepartmentKind.BUSINESS, 10);
        for (int d = 0; d < 100; d++) {
            in.staff(d, Inputs.PROMOTER, 1);
        }
        in.years = 1;
        double a = 6;
        double b = 14;
        in.appointment = new Appointment(Inputs.PROMOTER, Inputs.GENERAL, 1, 0, 0, 18, 65, 0, a / (a + b)).withPosterior(a, b);
        SimulationResult result = new MonteCarloEngine().run(in.build(), new RunOptions(RUNS, 5, 2), ProgressListener.NONE);
        double[] exits = new double[RUNS];
        for (int r = 0; r < RUNS; r++) {
            exits[r] = result.flow(r, Flow.ROLE_EXITS, 0);
        }
        double p = a / (a + b);
        double varP = a * b / ((a + b) * (a + b) * (a + b + 1));
        double expectedVariance = 100 * (p * (1 - p) - varP) + 100 * 100 * varP;
        assertEquals(100 * (1 - p), mean(exits), 4 * Math.sqrt(expectedVariance / RUNS));
        assertEquals(expectedVariance, variance(exits), 0.25 * expectedVariance);
        assertTrue(expectedVariance > 4 * 100 * p * (1 - p), "the test must tell the fixed and the drawn probability apart");
    }
}
