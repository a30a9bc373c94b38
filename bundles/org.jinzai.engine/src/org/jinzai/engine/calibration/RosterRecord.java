package org.jinzai.engine.calibration;

import org.jinzai.engine.SimulationInput.Employment;

/**
 * One member on one fiscal year's roster (職員名簿), as read from a history file: who, born when, employed how, where, and
 * whether a DX promoter (DX推進員). Where it was read is kept for messages.
 *
 * @param id          the staff id (職員ID) that joins the years
 * @param fiscalYear  the fiscal year of the roster
 * @param department  the department's id or name as the roster gives it
 * @param promoter    whether the member holds the DX-promoter role that year
 * @param leaving     why the member left after this year, when the roster says so (else {@link Leaving#UNKNOWN})
 * @param source      the file (or sheet) the record comes from
 * @param line        its line (or row) there, from 1
 * @param monthsInPost months in the current post on the roster's date, or -1 when the roster does not say
 * @param courses     the courses completed so far (ids or names as the roster gives them), or null when it does not say
 * @param step        the step (1–3; 0 none) the member has reached of their persona, or -1 when the roster does not say
 * @param persona     the member's persona (人材像) as the roster names it, or null when it does not say
 */
public record RosterRecord(String id, int fiscalYear, int birthYear, Employment employment, String department, boolean promoter,
        Leaving leaving, String source, int line, int monthsInPost, java.util.Set<String> courses, int step, String persona) {

    /** A record of a roster that says neither months in post nor courses. */
    public RosterRecord(String id, int fiscalYear, int birthYear, Employment employment, String department, boolean promoter, Leaving leaving,
            String source, int line) {
        this(id, fiscalYear, birthYear, employment, department, promoter, leaving, source, line, -1, null, -1, null);
    }

    /** Why someone left, where a history says so. */
    public enum Leaving {
        /** Not said (or still there). */
        UNKNOWN,
        /** 定年: reached the retirement age. */
        RETIREMENT,
        /** 任期満了: a fixed term ended. */
        TERM_END,
        /** 普通退職: left of their own accord (or any other reason): what the leaving rates are about. */
        RESIGNATION
    }

    public RosterRecord {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a roster record needs a staff id (" + source + ":" + line + ")");
        }
        if (leaving == null) {
            leaving = Leaving.UNKNOWN;
        }
        if (source == null) {
            source = "";
        }
        courses = courses == null ? null : java.util.Set.copyOf(courses);
    }
}
