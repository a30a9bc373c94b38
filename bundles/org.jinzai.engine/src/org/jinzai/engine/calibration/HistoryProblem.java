package org.jinzai.engine.calibration;

/**
 * Something in a history that cannot be right and is not guessed: reported with where it was found, for the caller to
 * tell the user in their language.
 *
 * @param kind   what is wrong
 * @param id     the staff id concerned
 * @param source the file of the record that shows it
 * @param line   its line there
 * @param before the value or year seen before (as text)
 * @param now    the value or year seen in this record (as text)
 */
public record HistoryProblem(Kind kind, String id, String source, int line, String before, String now) {

    /** The kinds of inconsistency. */
    public enum Kind {
        /** The same id twice on one fiscal year's roster. */
        DUPLICATE,
        /** An id that left and comes back in a later year (a re-hire under the same id is not followed). */
        RETURNS,
        /** A birth year that differs from the one of an earlier year. */
        BIRTH_YEAR_CHANGES
    }
}
