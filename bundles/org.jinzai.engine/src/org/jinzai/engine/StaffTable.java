package org.jinzai.engine;

import java.util.List;

import org.jinzai.engine.SimulationInput.Employment;
import org.jinzai.engine.SimulationInput.Staff;

/**
 * The staff as columns, one row per person (struct of arrays): what a member brings to a replication and carries
 * through it. The plan holds the initial staff in this layout ({@link #of}); each replication copies it
 * ({@link #copyFrom}) into a table with room for its hires and adds its own per-replication columns beside it.
 * Skills and steps are row-major blocks: {@code skill[i * skills + k]}, {@code step[i * personas + p]}.
 */
final class StaffTable {

    final int skills;
    final int personas;
    final int[] birthYear;
    final Employment[] employment;
    /** The last fiscal year of a fixed term, or 0. */
    final int[] termEnd;
    final double[] fte;
    /** The FTE in the observation's exact units ({@link #units}). */
    final long[] fteUnits;
    final int[] rank;
    /**
     * The fiscal years (a bit each, 0: the first) in which the member may be appointed as far as employment, rank and age
     * go ({@link #appointableYears}); department, months in post and a role just ended are checked in April.
     */
    final int[] appointable;
    final int[] department;
    /** The persona a member holds (its role), or -1. */
    final int[] persona;
    final boolean[] specialist;
    /** The month (index from the first April) the member started in its post; negative before the horizon. */
    final int[] postStart;
    final byte[] skill;
    /** Completed courses as a set of course indexes. */
    final long[] courses;
    final int[] monthsLeading;
    final int[] projectsLed;
    final int[] monthsMentoring;
    /** The step reached of each persona's standard. */
    final byte[] step;
    /** Members per department (not per row). */
    final int[] departmentCount;

    StaffTable(int capacity, int skills, int personas, int departments) {
        this.skills = skills;
        this.personas = personas;
        birthYear = new int[capacity];
        employment = new Employment[capacity];
        termEnd = new int[capacity];
        fte = new double[capacity];
        fteUnits = new long[capacity];
        rank = new int[capacity];
        appointable = new int[capacity];
        department = new int[capacity];
        persona = new int[capacity];
        specialist = new boolean[capacity];
        postStart = new int[capacity];
        skill = new byte[capacity * Math.max(1, skills)];
        courses = new long[capacity];
        monthsLeading = new int[capacity];
        projectsLed = new int[capacity];
        monthsMentoring = new int[capacity];
        step = new byte[capacity * Math.max(1, personas)];
        departmentCount = new int[departments];
    }

    /** The initial staff of an input, a row per member in the input's order. */
    static StaffTable of(SimulationInput input) {
        List<Staff> staff = input.staff();
        int skills = input.skillCount();
        int personas = input.personas().size();
        StaffTable t = new StaffTable(staff.size(), skills, personas, input.departments().size());
        for (int i = 0; i < staff.size(); i++) {
            Staff s = staff.get(i);
            t.birthYear[i] = s.birthYear();
            t.employment[i] = s.employment();
            t.termEnd[i] = s.termEndFiscalYear();
            t.fte[i] = s.fte();
            t.fteUnits[i] = units(s.fte());
            t.rank[i] = s.rank();
            t.appointable[i] = appointableYears(input, s.employment(), s.rank(), s.birthYear());
            t.department[i] = s.department();
            t.departmentCount[s.department()]++;
            t.persona[i] = s.persona();
            t.specialist[i] = s.specialist();
            t.postStart[i] = -s.monthsInPost();
            for (int k = 0; k < skills; k++) {
                t.skill[i * skills + k] = (byte) s.skillLevels()[k];
            }
            for (int c : s.coursesDone()) {
                t.courses[i] |= 1L << c;
            }
            t.monthsLeading[i] = s.monthsLeading();
            t.projectsLed[i] = s.projectsLed();
            t.monthsMentoring[i] = s.monthsMentoring();
            // a persona without steps has everyone at Step1未満, whatever a roster recorded for it
            for (int p = 0; p < personas; p++) {
                t.step[i * personas + p] = input.personas().get(p).hasSteps() ? (byte) s.stepByPersona()[p] : 0;
            }
        }
        return t;
    }

    /**
     * The step of persona p's standard (its compiled criteria {@code rules}) that member i has reached now: from the
     * step held (recorded or reached before: its criteria count as met, steps are never lost) as far as the history
     * meets the next steps' criteria.
     */
    int stepNow(int i, int p, Steps.Rules rules) {
        return rules.reached(step[i * personas + p], courses[i], skill, i * skills, monthsLeading[i], projectsLed[i], monthsMentoring[i]);
    }

    /** An FTE in the exact units in which the observation sums it ({@link Replication#FTE_UNITS} to one). */
    static long units(double fte) {
        return Math.round(fte * Replication.FTE_UNITS);
    }

    /**
     * The fiscal years of the horizon (bits) in which a member of this employment, rank and birth year may be appointed
     * to the DX-promoter role: regular 主事 and 主任 (below 係長) within the policy's ages (none without a policy).
     */
    static int appointableYears(SimulationInput input, Employment employment, int rank, int birthYear) {
        SimulationInput.Appointment policy = input.appointment();
        if (policy == null || employment != Employment.REGULAR || rank > 1) {
            return 0;
        }
        int years = 0;
        for (int y = 0; y < input.horizonYears(); y++) {
            int age = input.firstFiscalYear() + y - birthYear;
            if (age >= policy.minAge() && age <= policy.maxAge()) {
                years |= 1 << y;
            }
        }
        return years;
    }

    /** How many rows the table has room for. */
    int capacity() {
        return birthYear.length;
    }

    /** Copies the first {@code rows} rows of another table (of the same skills and personas) and its department counts. */
    void copyFrom(StaffTable from, int rows) {
        System.arraycopy(from.birthYear, 0, birthYear, 0, rows);
        System.arraycopy(from.employment, 0, employment, 0, rows);
        System.arraycopy(from.termEnd, 0, termEnd, 0, rows);
        System.arraycopy(from.fte, 0, fte, 0, rows);
        System.arraycopy(from.fteUnits, 0, fteUnits, 0, rows);
        System.arraycopy(from.rank, 0, rank, 0, rows);
        System.arraycopy(from.appointable, 0, appointable, 0, rows);
        System.arraycopy(from.specialist, 0, specialist, 0, rows);
        copyChangingFrom(from, rows);
    }

    /**
     * Copies the columns a replication changes in the first {@code rows} rows (post, role, history, steps); the others
     * (birth year, employment, term, FTE, rank, appointable years, specialist) are written only for hires, in the rows
     * after them, so that a table copied in full once needs only these for its next replications.
     */
    void copyChangingFrom(StaffTable from, int rows) {
        System.arraycopy(from.departmentCount, 0, departmentCount, 0, departmentCount.length);
        System.arraycopy(from.department, 0, department, 0, rows);
        System.arraycopy(from.persona, 0, persona, 0, rows);
        System.arraycopy(from.postStart, 0, postStart, 0, rows);
        System.arraycopy(from.skill, 0, skill, 0, rows * skills);
        System.arraycopy(from.courses, 0, courses, 0, rows);
        System.arraycopy(from.monthsLeading, 0, monthsLeading, 0, rows);
        System.arraycopy(from.projectsLed, 0, projectsLed, 0, rows);
        System.arraycopy(from.monthsMentoring, 0, monthsMentoring, 0, rows);
        System.arraycopy(from.step, 0, step, 0, rows * personas);
    }
}
