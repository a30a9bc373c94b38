package org.jinzai.engine;

import java.util.Arrays;
import java.util.List;

import org.jinzai.engine.SimulationInput.Course;
import org.jinzai.engine.SimulationInput.Criterion;
import org.jinzai.engine.SimulationInput.Persona;

/** Interned progress states and their transitions, computed once each. */
final class ProgressStates {
    final SimulationInput input;
    final int personas;
    final int[] caps;
    final boolean[] skillUsed;
    /** Courses that some step asks for or that grant a skill some step asks for; the others are side courses. */
    final long relevant;
    /** The states by their packed values: an open-addressing table of ids + 1 (0: empty), and each state's key. */
    private int[] table = new int[256];
    private final int keyLength;
    private long[] keys;
    private final long[] key;
    /** Scratch for merging equal states: where a state sits in the group being compacted, by stamp. */
    int[] slot = new int[64];
    int[] stamp = new int[64];
    int stampNow;
    long[] courses = new long[64];
    byte[][] steps = new byte[64][];
    /** steps[pid][persona] as one array, for the loops over all states. */
    byte[] stepFlat = new byte[64];
    byte[][] skills = new byte[64][];
    int[] leading = new int[64];
    int[] led = new int[64];
    int[] mentoring = new int[64];
    int[] leadLeft = new int[64];
    int size;
    /**
     * memo[op][pid]: the state after an operation (courses, then tick, mentor, settle per persona, then lead starts
     * by duration), -1 unknown.
     */
    int[][] memo;
    /** The operations of a month passing (a lead counts a month) and of mentoring a month; courses are 0 to courses - 1. */
    final int tick;
    final int mentor;
    /** The duration (months) of each operation that starts a lead. */
    private int[] leadStartDurations;

    /** The step criteria of each persona, compiled. */
    private final Steps.Rules[] rules;

    ProgressStates(SimulationInput input) {
        this.input = input;
        this.personas = input.personas().size();
        this.caps = new int[3];
        this.skillUsed = new boolean[input.skillCount()];
        this.rules = input.personas().stream().map(Steps.Rules::new).toArray(Steps.Rules[]::new);
        for (Persona persona : input.personas()) {
            for (List<Criterion> criteria : persona.steps()) {
                for (Criterion criterion : criteria) {
                    switch (criterion) {
                        case SimulationInput.LeadMonths l -> caps[0] = Math.max(caps[0], l.months());
                        case SimulationInput.ProjectsLed p -> caps[1] = Math.max(caps[1], p.projects());
                        case SimulationInput.MentoringMonths m -> caps[2] = Math.max(caps[2], m.months());
                        case SimulationInput.SkillAtLeast s -> skillUsed[s.skill()] = true;
                        case SimulationInput.CoursesCompleted c -> {
                        }
                    }
                }
            }
        }
        long courseSet = 0;
        for (Persona persona : input.personas()) {
            for (List<Criterion> criteria : persona.steps()) {
                for (Criterion criterion : criteria) {
                    if (criterion instanceof SimulationInput.CoursesCompleted c) {
                        for (int course : c.courses()) {
                            courseSet |= 1L << course;
                        }
                    }
                }
            }
        }
        for (int c = 0; c < input.courses().size(); c++) {
            for (int skill : input.courses().get(c).grantedSkills()) {
                if (skillUsed[skill]) {
                    courseSet |= 1L << c;
                }
            }
        }
        this.relevant = courseSet;
        this.keyLength = 3 + (personas + 7) / 8 + (input.skillCount() + 7) / 8;
        this.keys = new long[64 * keyLength];
        this.key = new long[keyLength];
        this.memo = new int[input.courses().size() + 2 + personas][];
        for (int op = 0; op < memo.length; op++) {
            memo[op] = new int[0];
        }
        this.leadStartDurations = new int[memo.length];
        this.tick = input.courses().size();
        this.mentor = tick + 1;
    }

    /** The state with these values (counters capped at the largest threshold a step asks for); the arrays are not kept. */
    int intern(long courseSet, byte[] stepValues, byte[] skillValues, int months, int projects, int mentored, int left) {
        int monthsCapped = Math.min(months, caps[0]);
        int projectsCapped = Math.min(projects, caps[1]);
        int mentoredCapped = Math.min(mentored, caps[2]);
        // the state packed into the scratch key: courses, counters, steps and the skills some step asks for
        long[] v = key;
        Arrays.fill(v, 0);
        v[0] = courseSet & relevant;
        v[1] = ((long) monthsCapped << 40) | ((long) projectsCapped << 20) | mentoredCapped;
        v[2] = left;
        int k = pack(stepValues, null, v, 3);
        pack(skillValues, skillUsed, v, k);
        int mask = table.length - 1;
        int at = slotOf(v, 0, mask);
        for (int known = table[at]; known != 0; at = (at + 1) & mask, known = table[at]) {
            if (Arrays.equals(keys, (known - 1) * keyLength, known * keyLength, v, 0, keyLength)) {
                return known - 1;
            }
        }
        int id = size++;
        if (id == courses.length) {
            int n = id * 2;
            slot = Arrays.copyOf(slot, n);
            stamp = Arrays.copyOf(stamp, n);
            courses = Arrays.copyOf(courses, n);
            steps = Arrays.copyOf(steps, n);
            skills = Arrays.copyOf(skills, n);
            leading = Arrays.copyOf(leading, n);
            led = Arrays.copyOf(led, n);
            mentoring = Arrays.copyOf(mentoring, n);
            leadLeft = Arrays.copyOf(leadLeft, n);
            keys = Arrays.copyOf(keys, n * keyLength);
        }
        byte[] kept = skillValues.clone();
        for (int s = 0; s < kept.length; s++) {
            if (!skillUsed[s]) {
                kept[s] = 0;
            }
        }
        courses[id] = courseSet & relevant;
        steps[id] = stepValues.clone();
        if ((id + 1) * personas > stepFlat.length) {
            stepFlat = Arrays.copyOf(stepFlat, (id + 1) * personas * 2);
        }
        System.arraycopy(stepValues, 0, stepFlat, id * personas, personas);
        skills[id] = kept;
        leading[id] = monthsCapped;
        led[id] = projectsCapped;
        mentoring[id] = mentoredCapped;
        leadLeft[id] = left;
        System.arraycopy(v, 0, keys, id * keyLength, keyLength);
        table[at] = id + 1;
        if (size * 2 > table.length) {
            rehash();
        }
        return id;
    }

    /** Where the table looks first for the key at {@code from} in {@code values} ({@link #keyLength} numbers). */
    private int slotOf(long[] values, int from, int mask) {
        long hash = 0;
        for (int k = from; k < from + keyLength; k++) {
            hash = (hash + values[k]) * 0x9E3779B97F4A7C15L;
        }
        return (int) (hash ^ (hash >>> 29)) & mask;
    }

    /** The table of states twice as large, every state placed again. */
    private void rehash() {
        int[] larger = new int[table.length * 2];
        int mask = larger.length - 1;
        for (int id = 0; id < size; id++) {
            int at = slotOf(keys, id * keyLength, mask);
            while (larger[at] != 0) {
                at = (at + 1) & mask;
            }
            larger[at] = id + 1;
        }
        table = larger;
    }

    int step(int pid, int persona) {
        return stepFlat[pid * personas + persona];
    }

    /** Packs values (those marked used, all when null) eight to a number from {@code into[at]}; returns the next index. */
    static int pack(byte[] values, boolean[] used, long[] into, int at) {
        for (int i = 0; i < values.length; i += 8, at++) {
            for (int j = i; j < Math.min(values.length, i + 8); j++) {
                if (used == null || used[j]) {
                    into[at] |= (values[j] & 0xFFL) << (8 * (j - i));
                }
            }
        }
        return at;
    }

    int known(int op, int pid) {
        int[] table = memo[op];
        return pid < table.length ? table[pid] : -1;
    }

    int remember(int op, int pid, int next) {
        int[] table = memo[op];
        if (pid >= table.length) {
            int old = table.length;
            table = Arrays.copyOf(table, Math.max(size, pid + 1) * 2);
            Arrays.fill(table, old, table.length, -1);
            memo[op] = table;
        }
        table[pid] = next;
        return next;
    }

    /** After completing a course: the course done and its skill levels granted. */
    int afterCourse(int pid, int course) {
        int next = known(course, pid);
        if (next >= 0) {
            return next;
        }
        Course spec = input.courses().get(course);
        byte[] newSkills = skills[pid].clone();
        for (int g = 0; g < spec.grantedSkills().length; g++) {
            int s = spec.grantedSkills()[g];
            newSkills[s] = (byte) Math.max(newSkills[s], spec.grantedLevels()[g]);
        }
        return remember(course, pid, intern(courses[pid] | (1L << course), steps[pid], newSkills, leading[pid], led[pid],
                mentoring[pid], leadLeft[pid]));
    }

    /** A month passes: a lead counts a month, and a project led to its end. */
    int afterTick(int pid) {
        int op = tick;
        int next = known(op, pid);
        if (next >= 0) {
            return next;
        }
        int left = leadLeft[pid];
        return remember(op, pid, left == 0 ? pid
                : intern(courses[pid], steps[pid], skills[pid], leading[pid] + 1, led[pid] + (left == 1 ? 1 : 0),
                        mentoring[pid], left - 1));
    }

    int afterMentoring(int pid) {
        int op = mentor;
        int next = known(op, pid);
        if (next >= 0) {
            return next;
        }
        return remember(op, pid, intern(courses[pid], steps[pid], skills[pid], leading[pid], led[pid], mentoring[pid] + 1,
                leadLeft[pid]));
    }

    /** The operation (memo row) of starting to lead a project of a duration, for {@link #afterLeadStart}. */
    int leadStart(int duration) {
        // the operations after the settling ones are lead starts, one per duration (a run has few)
        for (int op = input.courses().size() + 2 + personas; op < memo.length; op++) {
            if (leadStartDurations[op] == duration) {
                return op;
            }
        }
        int op = memo.length;
        memo = Arrays.copyOf(memo, op + 1);
        memo[op] = new int[0];
        leadStartDurations = Arrays.copyOf(leadStartDurations, op + 1);
        leadStartDurations[op] = duration;
        return op;
    }

    /** After starting to lead a project ({@code op} from {@link #leadStart(int)}). */
    int afterLeadStart(int pid, int op) {
        int next = known(op, pid);
        if (next >= 0) {
            return next;
        }
        return remember(op, pid, intern(courses[pid], steps[pid], skills[pid], leading[pid], led[pid], mentoring[pid],
                leadStartDurations[op]));
    }

    /** The operation (memo row) of settling a persona's steps. */
    int settleOp(int persona) {
        return input.courses().size() + 2 + persona;
    }

    /** The steps of a persona recomputed (steps are never lost). */
    int settled(int pid, int persona) {
        int op = settleOp(persona);
        int next = known(op, pid);
        if (next >= 0) {
            return next;
        }
        int reached = rules[persona].reached(steps[pid][persona], courses[pid], skills[pid], 0, leading[pid], led[pid], mentoring[pid]);
        if (reached <= steps[pid][persona]) {
            return remember(op, pid, pid);
        }
        byte[] newSteps = steps[pid].clone();
        newSteps[persona] = (byte) reached;
        return remember(op, pid, intern(courses[pid], newSteps, skills[pid], leading[pid], led[pid], mentoring[pid],
                leadLeft[pid]));
    }
}
