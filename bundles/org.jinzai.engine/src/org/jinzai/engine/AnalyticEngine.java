package org.jinzai.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jinzai.engine.SimulationInput.Appointment;
import org.jinzai.engine.SimulationInput.Channel;
import org.jinzai.engine.SimulationInput.Course;
import org.jinzai.engine.SimulationInput.CourseRun;
import org.jinzai.engine.SimulationInput.Criterion;
import org.jinzai.engine.SimulationInput.DepartmentKind;
import org.jinzai.engine.SimulationInput.Employment;
import org.jinzai.engine.SimulationInput.Persona;
import org.jinzai.engine.SimulationInput.Staff;
import org.jinzai.engine.SimulationInput.TargetSpec;

/**
 * The expected-value engine for instant previews: a Markov cohort-flow model with the Monte Carlo engine's
 * month loop and event order, carrying expected (fractional) numbers instead of random individuals.
 *
 * <p>
 * Staff are pooled in <em>groups</em> of one persona and department: the starting staff form one group, the
 * hires of a channel another (one per fiscal year for fixed-term channels, whose terms end together). A group
 * holds two parts:
 * <ul>
 * <li>how many of its members are in each <em>exit class</em> (what decides leaving, retirement and eligibility
 * for appointment: employment, age, career track, term end, FTE, time in post), changed by attrition; and</li>
 * <li>the probability of each <em>progress state</em> (courses done, skill levels that some step asks for,
 * months leading and mentoring, projects led, steps reached), changed by training, projects, mentoring and
 * steps, which act alike on every exit class.</li>
 * </ul>
 * The expected number in a (class, progress) pair is taken as the product of the two. The progress states are
 * interned and shared by all groups, and each transition (a course, a month of a lead, …) is computed once.
 * Courses that no step asks for are followed as a completion share per group. A course or project with fewer
 * seats than candidates trains the same share of each tier of candidates; appointments take the same share of
 * the eligible members at each step, the highest first. Rotation is left out (moves change where staff are,
 * not how many reach a step).
 *
 * <p>
 * The counts are the exact expectations of the Monte Carlo counts when each group starts alike, no capacity
 * binds and there are no appointments or rotation (tested). Otherwise the product form is an approximation —
 * it forgets, for instance, that older staff may have done more courses — whose distance to the Monte Carlo
 * means is tested on the examples.
 */
public final class AnalyticEngine {

    /** Expected values per fiscal year. */
    public static final class Result {
        private final int personas;
        private final int departments;
        private final double[] counts;
        private final double[] skillCounts;
        private final double[] targets;
        private final int targetCount;
        private final double[] hires;
        /** Hires per fiscal year and persona (NEW_HIRES targets of a persona). */
        private final double[] hiresByPersona;
        private final double[] leavers;
        /** Per fiscal year and persona: whether its counts are only an approximation (see {@link #approximate(int, int)}). */
        private final boolean[] approximate;
        /** Per fiscal year and target: whether its value is only an approximation. */
        private final boolean[] approximateTargets;

        Result(int years, int personas, int departments, int targetCount) {
            this.personas = personas;
            this.departments = departments;
            this.targetCount = targetCount;
            this.counts = new double[years * personas * Steps.COUNT * (departments + 1)];
            // by skill, the whole organization only
            this.skillCounts = new double[years * personas * Steps.COUNT];
            this.targets = new double[years * Math.max(1, targetCount)];
            this.hires = new double[years];
            this.hiresByPersona = new double[years * Math.max(1, personas)];
            this.leavers = new double[years];
            this.approximate = new boolean[years * Math.max(1, personas) * Steps.COUNT];
            this.approximateTargets = new boolean[years * Math.max(1, targetCount)];
        }

        private int cell(int year, int persona, int step, int department) {
            return ((year * personas + persona) * Steps.COUNT + step) * (departments + 1) + department + 1;
        }

        /** Expected FTE of a persona at exactly a step in a department (-1: all) at the end of a fiscal year. */
        public double count(int year, int persona, int step, int department) {
            return counts[cell(year, persona, step, department)];
        }

        public double countAtLeast(int year, int persona, int minimumStep, int department) {
            double sum = 0;
            for (int s = minimumStep; s <= Steps.TOP; s++) {
                sum += count(year, persona, s, department);
            }
            return sum;
        }

        private int skillCell(int year, int persona, int step) {
            return (year * personas + persona) * Steps.COUNT + step;
        }

        /** Expected FTE of staff who have reached exactly a step of a persona's standard, whatever their role (all 課). */
        public double skillCount(int year, int persona, int step) {
            return skillCounts[skillCell(year, persona, step)];
        }

        /**
         * Whether the counts of a persona at a step in a fiscal year (by role and by skill, every department) are only
         * an approximation of the Monte Carlo means, because they depend on which person something happens to:
         * <ul>
         * <li>the promoter persona of an appointment (who is appointed, and who is re-appointed, depends on each
         * person's step, age and time in post), and the steps of the general persona where that year's role changes
         * (appointments and returns) outnumber the count;</li>
         * <li>personas whose steps count months leading, projects led or months mentoring (leads and mentors are
         * chosen person by person);</li>
         * <li>from the year a course's seats run out among fewer than {@value AnalyticEngine#FEW} candidates of the
         * persona (the Monte Carlo gives each seat to one whole person; the preview shares it out).</li>
         * </ul>
         * The other counts agree with the Monte Carlo means within 2 % or half a person (tested on every example).
         */
        public boolean approximate(int year, int persona, int step) {
            return approximate[(year * personas + persona) * Steps.COUNT + step];
        }

        /**
         * Whether a target's value in a fiscal year is only an approximation: a target of every department (counted
         * from expected amounts, each department's count taken as Poisson), a target of a persona whose counts are
         * approximate that year, or a share of fewer than {@value AnalyticEngine#FEW} staff (the mean of the Monte
         * Carlo's shares is not the share of the expected counts: a section of one is 100 % or empty).
         */
        public boolean approximateTarget(int target, int year) {
            return approximateTargets[year * targetCount + target];
        }

        /** The target's value computed from expected counts. */
        public double target(int target, int year) {
            return targets[year * targetCount + target];
        }

        public double hires(int year) {
            return hires[year];
        }

        public double leavers(int year) {
            return leavers[year];
        }
    }

    /** Fewer candidates of a persona than this for a course whose seats run out make its counts approximate. */
    static final int FEW = 20;

    /** Progress below this probability is dropped. */
    private static final double NEGLIGIBLE = 1e-13;

    /** Computes the expected values of a scenario. */
    public Result run(SimulationInput input) {
        return new Run(input).run();
    }

    /** Exit classes: what decides leaving, retirement and eligibility for appointment; the same for a member for ever. */
    private static final class ExitClasses {
        // per class, as plain arrays (read in every month's loops); count classes in use
        int count;
        /** Monthly stay per year, plain and multiplied. */
        double[][] stay = new double[16][];
        /** Year index at whose April the class leaves. */
        int[] exitYear = new int[16];
        double[] fte = new double[16];
        boolean[] specialist = new boolean[16];
        /** The years (bits) in whose April its members may be appointed, persona and department aside. */
        int[] eligible = new int[16];
        /** Scratch for merging exit classes: where a class sits in a group (checked against the group's list). */
        int[] classSlot = new int[8];
        private final Map<List<Object>, Integer> ids = new HashMap<>();
        private final Map<List<Object>, Integer> known = new HashMap<>();

        int id(Plan plan, Employment employment, int birthYear, int termEnd, double fte, boolean specialist, int eligibleYears) {
            List<Object> raw = List.of(employment, birthYear, termEnd, fte, specialist, eligibleYears);
            Integer id = known.get(raw);
            if (id == null) {
                id = classify(plan, employment, birthYear, termEnd, fte, specialist, eligibleYears);
                known.put(raw, id);
            }
            return id;
        }

        /** Members with the same leaving rates, exit year, FTE and eligibility share a class. */
        private int classify(Plan plan, Employment employment, int birthYear, int termEnd, double fte, boolean specialist,
                int eligibleYears) {
            SimulationInput input = plan.input;
            int years = input.horizonYears();
            double[] monthly = new double[years * 2];
            for (int y = 0; y < years; y++) {
                int age = Math.max(0, Math.min(99, input.firstFiscalYear() + y - birthYear));
                for (int multiplied = 0; multiplied < 2; multiplied++) {
                    double[] powers = plan.stayPowers(employment.ordinal(), age, multiplied == 1);
                    monthly[y * 2 + multiplied] = powers == null ? 1 : powers[1];
                }
            }
            int exit = Integer.MAX_VALUE;
            int[] ages = input.attrition().retirementAge();
            for (int y = 1; y <= years && exit == Integer.MAX_VALUE; y++) {
                int fiscalYear = input.firstFiscalYear() + y - 1;
                int retirementAge = ages[Math.min(y - 1, ages.length - 1)];
                boolean termOver = employment != Employment.REGULAR && termEnd > 0 && termEnd <= fiscalYear;
                boolean retires = employment == Employment.REGULAR && retirementAge > 0 && fiscalYear - birthYear >= retirementAge;
                if (termOver || retires) {
                    exit = y;
                }
            }
            List<Object> signature = List.of(Arrays.toString(monthly), exit, fte, specialist, eligibleYears);
            Integer same = ids.get(signature);
            if (same != null) {
                return same;
            }
            int id = count++;
            ids.put(signature, id);
            if (id == stay.length) {
                stay = Arrays.copyOf(stay, id * 2);
                exitYear = Arrays.copyOf(exitYear, id * 2);
                this.fte = Arrays.copyOf(this.fte, id * 2);
                this.specialist = Arrays.copyOf(this.specialist, id * 2);
                this.eligible = Arrays.copyOf(this.eligible, id * 2);
            }
            stay[id] = monthly;
            if (classSlot.length < count) {
                classSlot = Arrays.copyOf(classSlot, count * 2);
            }
            exitYear[id] = exit;
            this.fte[id] = fte;
            this.specialist[id] = specialist;
            this.eligible[id] = eligibleYears;
            return id;
        }
    }

    /** Interned progress states and their transitions, computed once each. */
    private static final class Progress {
        private final SimulationInput input;
        private final int personas;
        private final int[] caps;
        private final boolean[] skillUsed;
        /** Courses that some step asks for or that grant a skill some step asks for; the others are side courses. */
        final long relevant;
        private final Map<Key, Integer> index = new HashMap<>();
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
        /** memo[op][pid]: the state after an operation (courses, then tick, mentor, settle per persona), -1 unknown. */
        private final int[][] memo;
        private final Map<Long, Integer> leadStarts = new HashMap<>();

        Progress(SimulationInput input) {
            this.input = input;
            this.personas = input.personas().size();
            this.caps = new int[3];
            this.skillUsed = new boolean[input.skillCount()];
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
            this.memo = new int[input.courses().size() + 2 + personas][];
            for (int op = 0; op < memo.length; op++) {
                memo[op] = new int[0];
            }
        }

        /** The state with these values (counters capped at the largest threshold a step asks for). */
        int intern(long courseSet, byte[] stepValues, byte[] skillValues, int months, int projects, int mentored, int left) {
            byte[] kept = skillValues.clone();
            for (int k = 0; k < kept.length; k++) {
                if (!skillUsed[k]) {
                    kept[k] = 0;
                }
            }
            int monthsCapped = Math.min(months, caps[0]);
            int projectsCapped = Math.min(projects, caps[1]);
            int mentoredCapped = Math.min(mentored, caps[2]);
            long[] v = new long[3 + (stepValues.length + 7) / 8 + (kept.length + 7) / 8];
            v[0] = courseSet & relevant;
            v[1] = ((long) monthsCapped << 40) | ((long) projectsCapped << 20) | mentoredCapped;
            v[2] = left;
            int k = 3;
            k = pack(stepValues, v, k);
            pack(kept, v, k);
            Key key = new Key(v);
            Integer known = index.get(key);
            if (known != null) {
                return known;
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
            index.put(key, id);
            return id;
        }

        int step(int pid, int persona) {
            return stepFlat[pid * personas + persona];
        }

        private static int pack(byte[] values, long[] into, int at) {
            for (int i = 0; i < values.length; i += 8, at++) {
                for (int j = i; j < Math.min(values.length, i + 8); j++) {
                    into[at] |= (values[j] & 0xFFL) << (8 * (j - i));
                }
            }
            return at;
        }

        private int known(int op, int pid) {
            int[] table = memo[op];
            return pid < table.length ? table[pid] : -1;
        }

        private int remember(int op, int pid, int next) {
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
            int op = input.courses().size();
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
            int op = input.courses().size() + 1;
            int next = known(op, pid);
            if (next >= 0) {
                return next;
            }
            return remember(op, pid, intern(courses[pid], steps[pid], skills[pid], leading[pid], led[pid], mentoring[pid] + 1,
                    leadLeft[pid]));
        }

        int afterLeadStart(int pid, int duration) {
            long memoKey = (long) pid * 100_000L + duration;
            Integer next = leadStarts.get(memoKey);
            if (next == null) {
                next = intern(courses[pid], steps[pid], skills[pid], leading[pid], led[pid], mentoring[pid], duration);
                leadStarts.put(memoKey, next);
            }
            return next;
        }

        /** The steps of a persona recomputed (steps are never lost). */
        int settled(int pid, int persona) {
            int op = input.courses().size() + 2 + persona;
            int next = known(op, pid);
            if (next >= 0) {
                return next;
            }
            int reached = Steps.reached(input.personas().get(persona), courses[pid], skills[pid], 0, leading[pid], led[pid],
                    mentoring[pid]);
            if (reached <= steps[pid][persona]) {
                return remember(op, pid, pid);
            }
            byte[] newSteps = steps[pid].clone();
            newSteps[persona] = (byte) reached;
            return remember(op, pid, intern(courses[pid], newSteps, skills[pid], leading[pid], led[pid], mentoring[pid],
                    leadLeft[pid]));
        }
    }

    /** A progress state as packed numbers. */
    private static final class Key {
        private final long[] values;
        private final int hash;

        Key(long[] values) {
            this.values = values;
            this.hash = Arrays.hashCode(values);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Arrays.equals(values, key.values);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** Staff of one persona, department and origin: numbers per exit class times probabilities of progress. */
    private static final class Group {
        final int persona;
        final int department;
        final long origin;
        int[] classes = new int[4];
        double[] counts = new double[4];
        int classCount;
        int[] pids = new int[4];
        double[] probs = new double[4];
        int pidCount;
        /** Entries whose state changed since the last compaction or settling (may repeat). */
        int[] changed = new int[8];
        int changedCount;
        /** Entries after the last compaction: equal states may repeat until the next one. */
        int compactedCount;
        /** Whether the persona has steps to settle. */
        final boolean settles;
        /** Whether some state is leading a project, as of the last compaction or lead start. */
        boolean leading;
        /** Probability of each step of the group's persona, as of the last compaction (steps change only then). */
        final double[] stepProb = new double[Steps.COUNT];
        /** The number of members, as of the last {@link Run#refreshTotals()}. */
        double cachedTotal;
        /** Probability of having completed each side course (a course no step asks for). */
        final double[] sideDone;

        Group(int persona, int department, long origin, int courses, boolean settles) {
            this.settles = settles;
            this.persona = persona;
            this.department = department;
            this.origin = origin;
            this.sideDone = new double[courses];
        }

        double total() {
            double sum = 0;
            for (int i = 0; i < classCount; i++) {
                sum += counts[i];
            }
            return sum;
        }

        double fteTotal(ExitClasses exits) {
            double sum = 0;
            for (int i = 0; i < classCount; i++) {
                sum += counts[i] * exits.fte[classes[i]];
            }
            return sum;
        }

        void addClass(int id, double count) {
            for (int i = 0; i < classCount; i++) {
                if (classes[i] == id) {
                    counts[i] += count;
                    return;
                }
            }
            if (classCount == classes.length) {
                classes = Arrays.copyOf(classes, classCount * 2);
                counts = Arrays.copyOf(counts, classCount * 2);
            }
            classes[classCount] = id;
            counts[classCount++] = count;
        }

        /** Notes that an entry's state changed: its steps are settled at the end of the month. */
        void touch(int i) {
            if (changedCount == changed.length) {
                changed = Arrays.copyOf(changed, changedCount * 2);
            }
            changed[changedCount++] = i;
        }

        /**
         * Adds the progress of {@code count} members about to join (their classes are added after): its weight is
         * their share of the members, which is returned. Side courses are thinned as if they had done none.
         */
        /** After members were appended with weight 1 each: their counts become shares, then merged. */
        void countsToShares(Progress progress) {
            double members = 0;
            for (int i = 0; i < pidCount; i++) {
                members += probs[i];
            }
            for (int i = 0; i < pidCount; i++) {
                probs[i] /= members;
            }
            for (int c = 0; c < sideDone.length; c++) {
                sideDone[c] /= members;
            }
            compact(progress);
        }

        double mix(int pid, double count, Progress progress) {
            double before = total();
            double w = before / (before + count);
            for (int i = 0; i < pidCount; i++) {
                probs[i] *= w;
            }
            for (int c = 0; c < sideDone.length; c++) {
                sideDone[c] *= w;
            }
            append(pid, 1 - w);
            compact(progress);
            return 1 - w;
        }

        /** Moves probability {@code share} of state i to another state; {@link #compact()} merges them afterwards. */
        void move(int i, double share, int to) {
            if (to == pids[i]) {
                return;
            }
            if (share >= 1) {
                pids[i] = to;
                touch(i);
                return;
            }
            double moved = probs[i] * share;
            probs[i] -= moved;
            append(to, moved);
        }

        /** Adds a state without looking for an equal one; {@link #compact(Progress)} merges them. */
        void append(int pid, double prob) {
            if (pidCount == pids.length) {
                pids = Arrays.copyOf(pids, pidCount * 2);
                probs = Arrays.copyOf(probs, pidCount * 2);
            }
            touch(pidCount);
            pids[pidCount] = pid;
            probs[pidCount++] = prob;
        }

        /** Settles every entry's steps, merges equal states, drops negligible ones and refreshes the caches. */
        void compact(Progress progress) {
            if (settles) {
                for (int i = 0; i < pidCount; i++) {
                    pids[i] = progress.settled(pids[i], persona);
                }
            }
            changedCount = 0;
            int now = ++progress.stampNow;
            int[] stamp = progress.stamp;
            int[] slot = progress.slot;
            int n = 0;
            for (int i = 0; i < pidCount; i++) {
                int pid = pids[i];
                if (stamp[pid] == now) {
                    probs[slot[pid]] += probs[i];
                    continue;
                }
                stamp[pid] = now;
                slot[pid] = n;
                pids[n] = pid;
                probs[n++] = probs[i];
            }
            int kept = 0;
            leading = false;
            Arrays.fill(stepProb, 0);
            for (int i = 0; i < n; i++) {
                if (probs[i] >= NEGLIGIBLE) {
                    pids[kept] = pids[i];
                    probs[kept++] = probs[i];
                    leading |= progress.leadLeft[pids[i]] > 0;
                    if (persona >= 0) {
                        stepProb[progress.step(pids[i], persona)] += probs[i];
                    }
                }
            }
            pidCount = kept;
            compactedCount = kept;
        }

        /** Recomputes the step probabilities after probabilities changed (the entries' steps are settled). */
        void refreshSteps(Progress progress) {
            Arrays.fill(stepProb, 0);
            if (persona >= 0) {
                for (int i = 0; i < pidCount; i++) {
                    stepProb[progress.step(pids[i], persona)] += probs[i];
                }
            }
        }

        /** Settles the changed entries' steps, or compacts when repeated states have piled up. */
        void settle(Progress progress) {
            if (changedCount == 0) {
                return;
            }
            if (pidCount > compactedCount + compactedCount / 10 + 2) {
                compact(progress);
                return;
            }
            for (int k = 0; k < changedCount; k++) {
                int i = changed[k];
                int pid = pids[i];
                leading |= progress.leadLeft[pid] > 0;
                if (settles) {
                    int next = progress.settled(pid, persona);
                    if (next != pid) {
                        stepProb[progress.step(pid, persona)] -= probs[i];
                        stepProb[progress.step(next, persona)] += probs[i];
                        pids[i] = next;
                    }
                }
            }
            changedCount = 0;
        }

        /** Scales every exit class by a factor. */
        void scale(double factor) {
            for (int i = 0; i < classCount; i++) {
                counts[i] *= factor;
            }
        }

        /** Mixes members of another group into this one: numbers per class (parallel to its classes) and progress. */
        void absorb(Group other, double[] otherCounts, double[] otherProbs, Progress progress, ExitClasses exits) {
            absorb(other.classes, otherCounts, other.pids, otherProbs, other.sideDone, progress, exits);
        }

        /** As {@link #absorb(Group, double[], double[], Progress, ExitClasses)}, from a snapshot of the other group. */
        void absorb(int[] otherClasses, double[] otherCounts, int[] otherPids, double[] otherProbs, double[] otherSideDone,
                Progress progress, ExitClasses exits) {
            double mine = total();
            double theirs = 0;
            for (double count : otherCounts) {
                theirs += count;
            }
            if (theirs <= 0) {
                return;
            }
            double w = mine / (mine + theirs);
            for (int i = 0; i < pidCount; i++) {
                probs[i] *= w;
            }
            for (int s = 0; s < stepProb.length; s++) {
                stepProb[s] *= w;
            }
            for (int i = 0; i < otherProbs.length; i++) {
                if (otherProbs[i] > 0) {
                    // settled at once for this group's persona, so that the cached step probabilities hold
                    int pid = settles ? progress.settled(otherPids[i], persona) : otherPids[i];
                    append(pid, otherProbs[i] * (1 - w));
                    if (persona >= 0) {
                        stepProb[progress.step(pid, persona)] += otherProbs[i] * (1 - w);
                    }
                    leading |= progress.leadLeft[pid] > 0;
                }
            }
            // where each of this group's classes sits, to add the other's without a search
            int[] slot = exits.classSlot;
            for (int i = 0; i < classCount; i++) {
                slot[classes[i]] = i;
            }
            for (int i = 0; i < otherCounts.length; i++) {
                if (otherCounts[i] <= 0) {
                    continue;
                }
                int c = otherClasses[i];
                int at = slot[c];
                if (at < classCount && classes[at] == c) {
                    counts[at] += otherCounts[i];
                } else {
                    slot[c] = classCount;
                    addClass(c, otherCounts[i]);
                }
            }
            for (int c = 0; c < sideDone.length; c++) {
                sideDone[c] = sideDone[c] * w + otherSideDone[c] * (1 - w);
            }
        }
    }

    /** One computation. */
    private static final class Run {
        final SimulationInput input;
        final Plan plan;
        final Result result;
        final ExitClasses exits = new ExitClasses();
        final Progress progress;
        final List<Group> groups = new ArrayList<>();
        final Map<Long, Group> byKey = new HashMap<>();
        final boolean[] hasSteps;
        final boolean[] leads;
        final boolean[] itSpecialist;
        final int[] lastStep;
        /** Personas whose counts are approximate from now on (see {@link Result#approximate(int, int, int)}). */
        final boolean[] approximate;
        /** Expected members appointed or returned to general staff in this year's April. */
        double roleChanges;

        Run(SimulationInput input) {
            this.input = input;
            this.plan = new Plan(input);
            this.result = new Result(input.horizonYears(), plan.personas, plan.departments, input.targets().size());
            this.progress = new Progress(input);
            hasSteps = new boolean[plan.personas];
            leads = new boolean[plan.personas];
            itSpecialist = new boolean[plan.personas];
            lastStep = new int[plan.personas];
            approximate = new boolean[plan.personas];
            for (int p = 0; p < plan.personas; p++) {
                Persona persona = input.personas().get(p);
                hasSteps[p] = persona.hasSteps();
                leads[p] = persona.leads();
                itSpecialist[p] = persona.itSpecialist();
                lastStep[p] = persona.steps().size();
                for (List<Criterion> criteria : persona.steps()) {
                    for (Criterion criterion : criteria) {
                        approximate[p] |= criterion instanceof SimulationInput.LeadMonths
                                || criterion instanceof SimulationInput.ProjectsLed
                                || criterion instanceof SimulationInput.MentoringMonths;
                    }
                }
            }
            Appointment policy = input.appointment();
            if (policy != null) {
                approximate[policy.promoterPersona()] = true;
            }
        }

        Result run() {
            for (Staff s : input.staff()) {
                byte[] steps = new byte[plan.personas];
                for (int p = 0; p < plan.personas; p++) {
                    steps[p] = (byte) s.stepByPersona()[p];
                }
                byte[] skills = new byte[input.skillCount()];
                for (int k = 0; k < skills.length; k++) {
                    skills[k] = (byte) s.skillLevels()[k];
                }
                long courses = 0;
                for (int course : s.coursesDone()) {
                    courses |= 1L << course;
                }
                int pid = progress.intern(courses, steps, skills, s.monthsLeading(), s.projectsLed(), s.monthsMentoring(), 0);
                int eligible = eligibility(s.employment(), s.rank(), s.birthYear(), -s.monthsInPost());
                // the starting staff of a persona and department form one group (origin 0); members are counted
                // here and turned into shares once all are in
                Group group = group(s.persona(), s.department(), 0);
                group.append(pid, 1);
                for (int c = 0; c < group.sideDone.length; c++) {
                    if ((courses & (1L << c)) != 0) {
                        // side courses: the group's share of members who completed them
                        group.sideDone[c]++;
                    }
                }
                group.addClass(exits.id(plan, s.employment(), s.birthYear(), s.termEndFiscalYear(), s.fte(), s.specialist(),
                        eligible), 1);
            }
            for (Group group : groups) {
                group.countsToShares(progress);
            }
            settle();
            for (int m = 0; m < plan.months; m++) {
                int y = m / 12;
                if (m % 12 == 0 && m > 0) {
                    retire(y);
                }
                leave(y);
                recruit(m, y);
                if (m % 12 == 0 && input.appointment() != null) {
                    appoint(y);
                }
                refreshTotals();
                train(m);
                projects(m);
                mentoring();
                settle();
                if (m % 12 == 11) {
                    observe(y);
                }
            }
            return result;
        }

        private Group group(int persona, int department, long origin) {
            long key = (origin * 65 + persona + 1) * plan.departments + department;
            Group group = byKey.get(key);
            if (group == null) {
                group = new Group(persona, department, origin, input.courses().size(), persona >= 0 && hasSteps[persona]);
                byKey.put(key, group);
                groups.add(group);
            }
            return group;
        }

        /** Years (bits) in whose April a member is eligible for appointment, apart from persona and department. */
        private int eligibility(Employment employment, int rank, int birthYear, int postStart) {
            Appointment policy = input.appointment();
            if (policy == null || employment != Employment.REGULAR || rank > 1) {
                return 0;
            }
            int bits = 0;
            for (int y = 0; y < input.horizonYears(); y++) {
                int age = input.firstFiscalYear() + y - birthYear;
                if (age >= policy.minAge() && age <= policy.maxAge() && y * 12 - postStart >= policy.minMonthsInPost()) {
                    bits |= 1 << y;
                }
            }
            return bits;
        }

        private void retire(int y) {
            for (Group g : groups) {
                for (int i = 0; i < g.classCount; i++) {
                    if (exits.exitYear[g.classes[i]] == y) {
                        result.leavers[y] += g.counts[i];
                        g.counts[i] = 0;
                    }
                }
            }
        }

        /** One month of the constant monthly hazard of each class's yearly rate. */
        private void leave(int y) {
            double leavers = 0;
            for (Group g : groups) {
                boolean specialistPersona = g.persona >= 0 && itSpecialist[g.persona];
                for (int i = 0; i < g.classCount; i++) {
                    int c = g.classes[i];
                    boolean multiplied = specialistPersona && !exits.specialist[c];
                    double stay = exits.stay[c][y * 2 + (multiplied ? 1 : 0)];
                    double leaving = g.counts[i] * (1 - stay);
                    g.counts[i] -= leaving;
                    leavers += leaving;
                }
            }
            result.leavers[y] += leavers;
        }

        private void recruit(int m, int y) {
            List<Plan.Hire> hires = plan.hiresByMonth.get(m);
            if (hires.isEmpty()) {
                return;
            }
            double[] staff = null;
            int zero = -1;
            for (Plan.Hire hire : hires) {
                Channel channel = input.channels().get(hire.channel());
                double expected = channel.fill() * channel.passRate();
                if (expected <= 0) {
                    continue;
                }
                int department = channel.department();
                if (department < 0) {
                    if (staff == null) {
                        staff = new double[plan.departments];
                        for (Group g : groups) {
                            staff[g.department] += g.total();
                        }
                    }
                    department = mostVacant(staff);
                }
                if (staff != null) {
                    staff[department] += expected;
                }
                boolean fixed = channel.termYears() > 0;
                Employment employment = channel.employment();
                int termEnd = channel.termEnd(input.firstFiscalYear() + y);
                // the hire's age is random in the Monte Carlo engine; here the middle of its range
                int birthYear = channel.birthYear(input.firstFiscalYear() + y, 0.5);
                if (zero < 0) {
                    zero = progress.intern(0, new byte[plan.personas], new byte[input.skillCount()], 0, 0, 0, 0);
                }
                // one origin per channel (and fiscal year for fixed terms, which end together)
                long origin = -((fixed ? y : 99) * 1_000L + hire.channel()) - 1;
                Group group = group(channel.persona(), department, origin);
                // the newcomers start with no progress
                group.mix(zero, expected, progress);
                group.addClass(exits.id(plan, employment, birthYear, termEnd, channel.fte(), channel.specialist(),
                        eligibility(employment, 0, birthYear, m)), expected);
                result.hires[y] += expected;
                if (channel.persona() >= 0) {
                    result.hiresByPersona[y * plan.personas + channel.persona()] += expected;
                }
            }
        }

        private int mostVacant(double[] staff) {
            int best = 0;
            double bestGap = Double.NEGATIVE_INFINITY;
            for (int d = 0; d < staff.length; d++) {
                var department = input.departments().get(d);
                double gap = department.headcount() - staff[d];
                if (department.kind() == DepartmentKind.BUSINESS && gap > bestGap + 1e-9) {
                    best = d;
                    bestGap = gap;
                }
            }
            return best;
        }

        private void appoint(int y) {
            Appointment policy = input.appointment();
            int promoter = policy.promoterPersona();
            int general = policy.generalPersona();
            double[] promoters = new double[plan.departments];
            double lost = 1 - policy.reappointmentProbability();
            // those not re-appointed return to general staff after this April's appointments: not candidates again now
            List<Runnable> returning = new ArrayList<>();
            roleChanges = 0;
            for (Group g : new ArrayList<>(groups)) {
                if (g.persona != promoter) {
                    continue;
                }
                if (lost > 0 && general >= 0) {
                    double[] leaving = Arrays.copyOf(g.counts, g.classCount);
                    for (int i = 0; i < leaving.length; i++) {
                        leaving[i] *= lost;
                        roleChanges += leaving[i];
                    }
                    double[] probs = Arrays.copyOf(g.probs, g.pidCount);
                    int[] pids = Arrays.copyOf(g.pids, g.pidCount);
                    int[] classes = Arrays.copyOf(g.classes, g.classCount);
                    double[] sideDone = g.sideDone.clone();
                    int department = g.department;
                    long origin = g.origin;
                    returning.add(() -> group(general, department, origin).absorb(classes, leaving, pids, probs, sideDone,
                            progress, exits));
                }
                g.scale(1 - lost);
                promoters[g.department] += g.total();
            }
            if (general < 0) {
                return;
            }
            fill(policy, promoter, general, promoters, y);
            returning.forEach(Runnable::run);
        }

        private void fill(Appointment policy, int promoter, int general, double[] promoters, int y) {
            // fill each department's expected deficit from its eligible staff, the most trained first
            int bit = 1 << y;
            List<List<Group>> candidates = new ArrayList<>();
            for (int d = 0; d < plan.departments; d++) {
                candidates.add(new ArrayList<>());
            }
            for (Group g : groups) {
                if (g.persona == general && input.departments().get(g.department).kind() == DepartmentKind.BUSINESS
                        && eligibleCount(g, bit) > 0) {
                    candidates.get(g.department).add(g);
                }
            }
            // the caps (a total stock, a yearly number of appointments) scale every department's deficit alike, as the
            // Monte Carlo serves departments in rounds by need
            double wanted = 0;
            double[] deficits = new double[plan.departments];
            for (int d = 0; d < plan.departments; d++) {
                if (!candidates.get(d).isEmpty()) {
                    deficits[d] = Math.max(0, Math.min(policy.perDepartment() - promoters[d], available(candidates.get(d), bit)));
                    wanted += deficits[d];
                }
            }
            double room = Double.POSITIVE_INFINITY;
            if (policy.total() > 0) {
                double held = 0;
                for (double n : promoters) {
                    held += n;
                }
                room = Math.max(0, policy.total() - held);
            }
            if (policy.yearly() > 0) {
                room = Math.min(room, policy.yearly());
            }
            double scale = wanted > room ? room / wanted : 1;
            for (int d = 0; d < plan.departments; d++) {
                double deficit = deficits[d] * scale;
                List<Group> here = candidates.get(d);
                if (here.isEmpty() || deficit <= 1e-12) {
                    continue;
                }
                // per candidate group: its eligible members and the probabilities of their promoter steps
                double[] eligibleMembers = new double[here.size()];
                double[][] tiers = new double[here.size()][Steps.COUNT];
                for (int k = 0; k < here.size(); k++) {
                    eligibleMembers[k] = eligibleCount(here.get(k), bit);
                    promoterSteps(here.get(k), promoter, tiers[k]);
                }
                // the share appointed at each step, the highest first
                double[] shares = new double[Steps.COUNT];
                for (int step = Steps.TOP; step >= 0 && deficit > 1e-12; step--) {
                    double eligible = 0;
                    for (int k = 0; k < here.size(); k++) {
                        eligible += eligibleMembers[k] * tiers[k][step];
                    }
                    if (eligible > 0) {
                        shares[step] = Math.min(1, deficit / eligible);
                        deficit -= shares[step] * eligible;
                    }
                }
                for (int k = 0; k < here.size(); k++) {
                    Group g = here.get(k);
                    appointFrom(g, group(promoter, d, g.origin), promoter, shares, tiers[k], bit);
                }
            }
        }

        private double available(List<Group> here, int bit) {
            double sum = 0;
            for (Group g : here) {
                sum += eligibleCount(g, bit);
            }
            return sum;
        }

        /** The probability of each step of another persona among a group's members. */
        private void promoterSteps(Group g, int persona, double[] into) {
            Arrays.fill(into, 0);
            for (int i = 0; i < g.pidCount; i++) {
                into[progress.step(g.pids[i], persona)] += g.probs[i];
            }
        }

        private double eligibleCount(Group g, int yearBit) {
            double sum = 0;
            for (int i = 0; i < g.classCount; i++) {
                if ((exits.eligible[g.classes[i]] & yearBit) != 0) {
                    sum += g.counts[i];
                }
            }
            return sum;
        }

        /**
         * Appoints a share of a group's eligible members at each step. The appointed have the eligible classes and
         * the steps' progress; what stays keeps its numbers per class and per progress state (their product is then
         * an approximation when eligibility and progress differ between classes).
         */
        private void appointFrom(Group g, Group to, int promoter, double[] shares, double[] tiers, int yearBit) {
            double fraction = 0;
            for (int step = 0; step < Steps.COUNT; step++) {
                fraction += tiers[step] * shares[step];
            }
            if (fraction <= 0) {
                return;
            }
            double total = g.total();
            double[] movedCounts = new double[g.classCount];
            double moved = 0;
            for (int i = 0; i < g.classCount; i++) {
                if ((exits.eligible[g.classes[i]] & yearBit) != 0) {
                    movedCounts[i] = g.counts[i] * fraction;
                    moved += movedCounts[i];
                }
            }
            if (moved <= 0) {
                return;
            }
            double[] movedProbs = new double[g.pidCount];
            for (int i = 0; i < g.pidCount; i++) {
                movedProbs[i] = g.probs[i] * shares[progress.step(g.pids[i], promoter)] / fraction;
            }
            to.absorb(g, movedCounts, movedProbs, progress, exits);
            roleChanges += moved;
            for (int i = 0; i < g.classCount; i++) {
                g.counts[i] -= movedCounts[i];
            }
            double rest = total - moved;
            for (int i = 0; i < g.pidCount; i++) {
                g.probs[i] = rest <= 1e-12 ? 0 : Math.max(0, (total * g.probs[i] - moved * movedProbs[i]) / rest);
            }
            g.refreshSteps(progress);
        }

        /** Members per group, for the phases of a month that move progress only. */
        private void refreshTotals() {
            for (Group g : groups) {
                g.cachedTotal = g.total();
            }
        }

        private void train(int m) {
            List<CourseRun> runs = plan.coursesByMonth.get(m);
            for (CourseRun run : runs) {
                int course = run.course();
                long bit = 1L << course;
                boolean side = (progress.relevant & bit) == 0;
                // the tier of each persona and step: 0 needs it for the next step, 1 priority persona, 2 target persona
                int[][] tiers = new int[plan.personas][Steps.COUNT];
                boolean[] candidates = new boolean[plan.personas];
                for (int p = 0; p < plan.personas; p++) {
                    boolean priority = p == run.priorityPersona();
                    boolean target = (plan.coursePersonas[course] & (1L << p)) != 0;
                    for (int s = 0; s <= Steps.TOP; s++) {
                        boolean needed = s < Steps.TOP && (plan.nextStepCourses[p][s] & bit) != 0;
                        tiers[p][s] = needed ? 0 : priority ? 1 : target ? 2 : -1;
                        candidates[p] |= tiers[p][s] >= 0;
                    }
                }
                double[] tierCount = new double[3];
                double[][] tierByPersona = new double[plan.personas][3];
                for (Group g : groups) {
                    if (g.persona < 0) {
                        continue;
                    }
                    if (side) {
                        // a side course's tier does not depend on the step
                        int tier = tiers[g.persona][0];
                        if (tier >= 0) {
                            tierCount[tier] += g.cachedTotal * (1 - g.sideDone[course]);
                        }
                        continue;
                    }
                    if (!candidates[g.persona]) {
                        continue;
                    }
                    double total = g.cachedTotal;
                    for (int i = 0; i < g.pidCount; i++) {
                        int pid = g.pids[i];
                        int tier = tiers[g.persona][progress.step(pid, g.persona)];
                        if (tier >= 0 && (progress.courses[pid] & bit) == 0) {
                            tierCount[tier] += total * g.probs[i];
                            tierByPersona[g.persona][tier] += total * g.probs[i];
                        }
                    }
                }
                double seats = run.seats();
                double[] share = new double[3];
                for (int t = 0; t < 3; t++) {
                    share[t] = tierCount[t] <= 0 ? 0 : Math.min(1, seats / tierCount[t]);
                    seats -= share[t] * tierCount[t];
                    if (share[t] > 0 && share[t] < 1) {
                        // the seats run out in this tier: among a few candidates, whole persons matter
                        for (int p = 0; p < plan.personas; p++) {
                            approximate[p] |= hasSteps[p] && tierByPersona[p][t] > 0 && tierByPersona[p][t] < FEW;
                        }
                    }
                }
                if (share[0] <= 0 && share[1] <= 0 && share[2] <= 0) {
                    continue;
                }
                for (Group g : groups) {
                    if (g.persona < 0) {
                        continue;
                    }
                    if (side) {
                        int tier = tiers[g.persona][0];
                        if (tier >= 0 && share[tier] > 0) {
                            g.sideDone[course] += (1 - g.sideDone[course]) * Math.min(1, share[tier]);
                        }
                        continue;
                    }
                    if (!candidates[g.persona]) {
                        continue;
                    }
                    int n = g.pidCount;
                    for (int i = 0; i < n; i++) {
                        int pid = g.pids[i];
                        int tier = tiers[g.persona][progress.step(pid, g.persona)];
                        if (tier >= 0 && share[tier] > 0 && (progress.courses[pid] & bit) == 0) {
                            g.move(i, share[tier], progress.afterCourse(pid, course));
                        }
                    }
                }
            }
        }

        private void projects(int m) {
            List<Plan.ProjectStart> starts = plan.projectsByMonth.get(m);
            List<List<Group>> byDepartment = null;
            for (Plan.ProjectStart start : starts) {
                if (byDepartment == null) {
                    byDepartment = new ArrayList<>();
                    for (int d = 0; d < plan.departments; d++) {
                        byDepartment.add(new ArrayList<>());
                    }
                    for (Group g : groups) {
                        if (g.persona >= 0 && leads[g.persona]) {
                            byDepartment.get(g.department).add(g);
                        }
                    }
                }
                List<Group> here = byDepartment.get(start.department());
                double eligible = 0;
                for (Group g : here) {
                    double total = g.cachedTotal;
                    for (int i = 0; i < g.pidCount; i++) {
                        int pid = g.pids[i];
                        if (progress.leadLeft[pid] == 0 && progress.step(pid, g.persona) >= 1) {
                            eligible += total * g.probs[i];
                        }
                    }
                }
                if (eligible <= 0) {
                    continue;
                }
                double share = Math.min(1, start.leadSeats() / eligible);
                for (Group g : here) {
                    int n = g.pidCount;
                    for (int i = 0; i < n; i++) {
                        int pid = g.pids[i];
                        if (progress.leadLeft[pid] == 0 && progress.step(pid, g.persona) >= 1) {
                            g.move(i, share, progress.afterLeadStart(pid, start.durationMonths()));
                            g.leading = true;
                        }
                    }
                }
            }
            for (Group g : groups) {
                if (!g.leading) {
                    continue;
                }
                for (int i = 0; i < g.pidCount; i++) {
                    int pid = g.pids[i];
                    if (progress.leadLeft[pid] > 0) {
                        g.pids[i] = progress.afterTick(pid);
                        g.touch(i);
                    }
                }
            }
        }

        private void mentoring() {
            double[][] step1 = null;
            for (Group g : groups) {
                if (g.persona >= 0 && plan.mentors[g.persona]) {
                    if (step1 == null) {
                        step1 = new double[plan.departments][plan.personas];
                    }
                    step1[g.department][g.persona] += g.cachedTotal * g.stepProb[1];
                }
            }
            if (step1 == null) {
                return;
            }
            for (Group g : groups) {
                if (g.persona < 0 || !plan.mentors[g.persona] || step1[g.department][g.persona] <= 1e-9) {
                    continue;
                }
                int last = lastStep[g.persona];
                double mentoring = 0;
                for (int s = 2; s < last; s++) {
                    mentoring += g.stepProb[s];
                }
                if (mentoring <= 0) {
                    continue;
                }
                for (int i = 0; i < g.pidCount; i++) {
                    int pid = g.pids[i];
                    int step = progress.step(pid, g.persona);
                    // months mentoring no longer matter once the persona's last step is reached
                    if (step >= 2 && step < last) {
                        g.pids[i] = progress.afterMentoring(pid);
                        if (g.pids[i] != pid) {
                            g.touch(i);
                        }
                    }
                }
            }
        }

        private void settle() {
            for (Group g : groups) {
                g.settle(progress);
            }
        }

        private void observe(int y) {
            for (Group g : groups) {
                double fte = g.fteTotal(exits);
                for (int i = 0; i < g.pidCount; i++) {
                    double amount = fte * g.probs[i];
                    if (g.persona >= 0) {
                        int step = hasSteps[g.persona] ? progress.steps[g.pids[i]][g.persona] : 0;
                        result.counts[result.cell(y, g.persona, step, g.department)] += amount;
                        result.counts[result.cell(y, g.persona, step, -1)] += amount;
                    }
                    // by skill: the step of every persona's standard, whatever the group's persona; a group settles
                    // only its own persona's steps, so the others are brought up to date here (as the Monte Carlo does)
                    for (int p = 0; p < plan.personas; p++) {
                        if (hasSteps[p]) {
                            int pid = p == g.persona ? g.pids[i] : progress.settled(g.pids[i], p);
                            result.skillCounts[result.skillCell(y, p, progress.step(pid, p))] += amount;
                        }
                    }
                }
            }
            Appointment policy = input.appointment();
            int general = policy == null ? -1 : policy.generalPersona();
            for (int p = 0; p < plan.personas; p++) {
                for (int s = 0; s <= Steps.TOP; s++) {
                    result.approximate[(y * plan.personas + p) * Steps.COUNT + s] = approximate[p]
                            || p == general && result.count(y, p, s, -1) < roleChanges;
                }
            }
            for (int t = 0; t < input.targets().size(); t++) {
                TargetSpec target = input.targets().get(t);
                result.targets[y * result.targetCount + t] = value(target, y);
                boolean approximateCounts = false;
                // a share's denominator counts every step
                for (int s = 0; target.persona() >= 0 && s <= Steps.TOP; s++) {
                    approximateCounts |= result.approximate(y, target.persona(), s);
                }
                result.approximateTargets[y * result.targetCount + t] = TargetValues.approximateInPreview(target) || approximateCounts
                        || smallShare;
            }
        }

        /** Set by {@link #value(TargetSpec, int)}: the target is a share of fewer than {@link AnalyticEngine#FEW} staff. */
        private boolean smallShare;

        private double value(TargetSpec target, int y) {
            smallShare = false;
            if (target.kind().counted() == SimulationInput.Counted.HIRES) {
                return target.persona() < 0 ? result.hires[y] : result.hiresByPersona[y * plan.personas + target.persona()];
            }
            double[] part = new double[plan.departments];
            double[] whole = new double[plan.departments];
            boolean courseTarget = target.kind().counted() == SimulationInput.Counted.COURSE;
            for (Group g : groups) {
                if (!TargetValues.countsOver(target, g.persona)) {
                    continue;
                }
                int stepPersona = TargetValues.stepPersona(target, g.persona);
                double fte = g.fteTotal(exits);
                if (courseTarget && target.course() >= 0 && (progress.relevant & 1L << target.course()) == 0) {
                    // a course that moves no step is followed per group, not per progress
                    whole[g.department] += fte;
                    part[g.department] += fte * g.sideDone[target.course()];
                    continue;
                }
                for (int i = 0; i < g.pidCount; i++) {
                    // another persona's steps are brought up to date first, as for the counts by skill
                    int pid = stepPersona >= 0 && stepPersona != g.persona ? progress.settled(g.pids[i], stepPersona) : g.pids[i];
                    double amount = fte * g.probs[i];
                    whole[g.department] += amount;
                    if (TargetValues.counted(target, stepPersona >= 0 ? progress.step(pid, stepPersona) : -1, progress.courses[pid])) {
                        part[g.department] += amount;
                    }
                }
            }
            boolean share = target.kind().share();
            if (share) {
                // a share of a few people: the mean of the Monte Carlo's shares is not the share of the means
                double staff = 0;
                for (int d = 0; d < plan.departments; d++) {
                    staff += TargetValues.inScope(input, target, d) ? whole[d] : 0;
                }
                smallShare = staff < FEW;
            }
            // every department: how many have an expected amount at the target (the Monte Carlo counts departments
            // per replication, so this is an approximation)
            return TargetValues.aggregateExpected(input, target, y, part, whole, share);
        }
    }
}
