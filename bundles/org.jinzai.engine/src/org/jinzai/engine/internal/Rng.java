package org.jinzai.engine.internal;

/**
 * Counter-based random numbers: each draw is a pure function of (seed, replication, key, kind, time), mixed
 * with the SplitMix64 finalizer. No state is shared, so the numbers do not depend on threads or on the order
 * of other draws, and the same person and event get the same number in every scenario (common random
 * numbers).
 */
public final class Rng {

    /** Kinds of random decision; each has its own stream. */
    public static final int ATTRITION = 1, RECRUIT = 2, REAPPOINT = 3, APPOINT = 4, COURSE = 5, LEAD = 6, TENURE = 7,
            ROTATE = 8, HIRE_AGE = 9, APPOINT_ORDER = 10, PARAMETER = 11, SECOND = 12, LEAD_SEAT = 13, COURSE_RUN = 14,
            SECOND_SPEC = 15;

    private Rng() {
    }

    /** The SplitMix64 finalizer: a bijective mix of 64 bits. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A stable 64-bit key of a text (a staff id). */
    public static long key(String text) {
        long h = 0x2545F4914F6CDD1DL;
        for (int i = 0; i < text.length(); i++) {
            h = mix(h ^ text.charAt(i));
        }
        return h;
    }

    /** A uniform number in [0, 1). */
    public static double uniform(long seed, int replication, long key, int kind, int time) {
        return uniform(stream(seed, replication), key, kind, time);
    }

    /** The part of every draw of a replication that depends on the seed and replication only. */
    public static long stream(long seed, int replication) {
        return mix(seed + 0x9E3779B97F4A7C15L * (replication + 1L));
    }

    /** A uniform number in [0, 1) of a replication's {@link #stream(long, int) stream}. */
    public static double uniform(long stream, long key, int kind, int time) {
        return draw(person(stream, key), kind, time);
    }

    /** The part of every draw for one key (a person, a planned hire) in a replication's stream. */
    public static long person(long stream, long key) {
        return mix(stream ^ key);
    }

    /**
     * As {@link #draw(long, int, int)} for a time of up to 56 bits (an event named by several numbers); never equal to a
     * draw of that method (its kind sits above the bits that method uses).
     */
    public static double drawAt(long person, int kind, long time) {
        return drawSalted(person, saltAt(kind, time));
    }

    /** What {@link #draw(long, int, int)} mixes into a person's numbers for a kind and time (to draw many at once). */
    public static long salt(int kind, int time) {
        return ((long) kind << 40) ^ (time & 0xFFFFFFFFL);
    }

    /** As {@link #salt(int, int)} for {@link #drawAt(long, int, long)}. */
    public static long saltAt(int kind, long time) {
        return ((long) kind << 56) ^ (time & 0xFFFFFFFFFFFFFFL);
    }

    /** The person's number for a {@link #salt(int, int) salt}. */
    public static double drawSalted(long person, long salt) {
        long z = mix(person ^ salt);
        return (z >>> 11) * 0x1.0p-53;
    }

    /** A uniform number in [0, 1) from a {@link #person(long, long) person's} numbers. */
    public static double draw(long person, int kind, int time) {
        return drawSalted(person, salt(kind, time));
    }
}
