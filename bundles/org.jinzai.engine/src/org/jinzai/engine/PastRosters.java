package org.jinzai.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jinzai.engine.SimulationInput.Employment;
import org.jinzai.engine.calibration.RosterRecord;
import org.jinzai.engine.calibration.RosterRecord.Leaving;

/**
 * The rosters a replication leaves behind, as a municipality keeps them: everyone on the staff at the start of each
 * fiscal year (after the last year's retirements and ends of terms, before its own leaving and hires), in the post
 * they hold after the transfers of April (a roster of 4月1日現在: someone moved that day is shown in the new post, 0
 * months in it), with the courses they have completed and the step of their persona, and on the record of a member's last year why they went. A
 * synthetic history: what calibration is tested on.
 */
final class PastRosters {

    private final Replication replication;
    private final SimulationInput input;
    private final List<String> ids = new ArrayList<>();
    private final List<Integer> years = new ArrayList<>();
    private final List<Integer> rows = new ArrayList<>();
    private final List<Leaving> reasons = new ArrayList<>();
    private final List<int[]> columns = new ArrayList<>();
    /** The courses each record's member had completed. */
    private final List<Long> courses = new ArrayList<>();
    /** The month of the last roster. */
    private int rosterMonth;
    /** Each member's record of the current year (an index into the lists), or -1. */
    private int[] current = new int[0];

    PastRosters(Replication replication, SimulationInput input) {
        this.replication = replication;
        this.input = input;
    }

    /** Everyone on the staff now, on the roster of fiscal year offset y. */
    void roster(int y) {
        StaffTable staff = replication.staff;
        if (current.length < replication.alive.length) {
            current = new int[replication.alive.length];
        }
        Arrays.fill(current, -1);
        int promoter = input.appointment() == null ? -2 : input.appointment().promoterPersona();
        rosterMonth = 12 * y;
        for (int i = 0; i < replication.size; i++) {
            if (!replication.alive[i]) {
                continue;
            }
            current[i] = ids.size();
            ids.add(i < input.staff().size() ? input.staff().get(i).key() : "hire-" + Long.toHexString(replication.key[i]));
            years.add(input.firstFiscalYear() + y);
            rows.add(i);
            reasons.add(Leaving.UNKNOWN);
            columns.add(new int[] { staff.birthYear[i], staff.employment[i].ordinal(), staff.department[i], staff.persona[i] == promoter ? 1 : 0,
                rosterMonth - staff.postStart[i], staff.persona[i] < 0 ? -1 : replication.currentStep(i), staff.persona[i] });
            courses.add(staff.courses[i]);
        }
    }

    /** Member i moved in month m: in the month of the roster (April), the roster shows the new post. */
    void moved(int i, int m) {
        if (m == rosterMonth && i < current.length && current[i] >= 0) {
            int[] c = columns.get(current[i]);
            c[2] = replication.staff.department[i];
            c[4] = 0;
        }
    }

    /** Member i went, for a reason: said on the record of their current year (a hire of this year has none yet). */
    void left(int i, Leaving why) {
        if (i < current.length && current[i] >= 0) {
            reasons.set(current[i], why);
        }
    }

    /** The ids of the courses of a set (a bit per course index). */
    private java.util.Set<String> courseIds(long done) {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        for (int c = 0; c < input.courses().size(); c++) {
            if ((done & 1L << c) != 0) {
                ids.add(input.courses().get(c).id());
            }
        }
        return ids;
    }

    List<RosterRecord> records() {
        List<RosterRecord> records = new ArrayList<>(ids.size());
        for (int k = 0; k < ids.size(); k++) {
            int[] c = columns.get(k);
            records.add(new RosterRecord(ids.get(k), years.get(k), c[0], Employment.values()[c[1]], input.departments().get(c[2]).id(), c[3] == 1,
                    reasons.get(k), "roster-" + years.get(k), rows.get(k) + 2, c[4], courseIds(courses.get(k)), c[5],
                    c[3] == 1 || c[6] < 0 ? null : input.personas().get(c[6]).id()));
        }
        return records;
    }
}
