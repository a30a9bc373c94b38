package org.jinzai.model.util;

import org.jinzai.model.AppointmentPolicy;
import org.jinzai.model.AttritionRate;
import org.jinzai.model.CourseSeats;
import org.jinzai.model.KindTenure;
import org.jinzai.model.RateEstimate;
import org.jinzai.model.TenureEstimate;
import org.jinzai.model.UptakeEstimate;

/**
 * The estimates from the history a scenario's rates carry: a rate is estimated while it still holds the value the
 * history gave; typed over, it is an override (its estimate stays, to say what the history gave).
 */
public final class Estimates {

    /** Values closer than this (half of the 0.01 % the estimates are written to) are the same. */
    private static final double SAME = 0.5e-4;

    private Estimates() {
    }

    /** Whether a value was typed over its estimate: it differs from what the history gave. */
    public static boolean overridden(RateEstimate estimate, double value) {
        return Math.abs(value - estimate.getEstimated()) > SAME;
    }

    /** The estimate a leaving rate still holds (null: none, or typed over). */
    public static RateEstimate inForce(AttritionRate rate) {
        RateEstimate e = rate.getEstimate();
        return e == null || overridden(e, rate.getYearlyRate()) ? null : e;
    }

    /** The estimate the re-appointment probability still holds (null: none, or typed over). */
    public static RateEstimate inForce(AppointmentPolicy policy) {
        RateEstimate e = policy.getReappointmentEstimate();
        return e == null || overridden(e, policy.getReappointmentProbability()) ? null : e;
    }

    /** Whether a tenure was typed over its estimate: its range is not the one the history fitted. */
    public static boolean overridden(KindTenure tenure) {
        TenureEstimate e = tenure.getEstimate();
        return e != null && (tenure.getMinTenureYears() != e.getFittedMinYears() || tenure.getMaxTenureYears() != e.getFittedMaxYears());
    }

    /** The estimate a tenure still holds (null: none, or typed over). */
    public static TenureEstimate inForce(KindTenure tenure) {
        return overridden(tenure) ? null : tenure.getEstimate();
    }

    /** Whether seats were typed over their estimate: they are not the yearly count the history gave, rounded. */
    public static boolean overridden(CourseSeats seats) {
        UptakeEstimate e = seats.getEstimate();
        return e != null && seats.getSeats() != seatsOf(e);
    }

    /** The estimate seats still hold (null: none, or typed over). */
    public static UptakeEstimate inForce(CourseSeats seats) {
        return overridden(seats) ? null : seats.getEstimate();
    }

    /** The seats a yearly count of completions gives: the count rounded. */
    public static int seatsOf(UptakeEstimate estimate) {
        return (int) Math.round(estimate.getPerYear());
    }

    /** Whether an estimate has a posterior a run can draw from (one written by calibrate does; a file edited by hand may not). */
    public static boolean drawable(RateEstimate estimate) {
        return estimate.getAlpha() > 0 && estimate.getBeta() > 0;
    }
}
