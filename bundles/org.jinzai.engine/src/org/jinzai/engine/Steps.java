package org.jinzai.engine;

import java.util.Arrays;
import java.util.List;

import org.jinzai.engine.SimulationInput.CoursesCompleted;
import org.jinzai.engine.SimulationInput.Criterion;
import org.jinzai.engine.SimulationInput.LeadMonths;
import org.jinzai.engine.SimulationInput.MentoringMonths;
import org.jinzai.engine.SimulationInput.Persona;
import org.jinzai.engine.SimulationInput.ProjectsLed;
import org.jinzai.engine.SimulationInput.SkillAtLeast;

/**
 * The steps of a persona's standard: numbered 0 (Step1未満, not yet Step1) to 3 (Step3), as every per-step array and
 * loop names them here instead of a bare 4 or 3, and the step rules shared by both engines.
 */
public final class Steps {

    /** How many steps there are, Step1未満 included: the size of every per-step array. */
    public static final int COUNT = 4;
    /** The highest step (Step3). */
    public static final int TOP = COUNT - 1;
    /** The highest level of a skill item. */
    public static final int MAX_LEVEL = 3;

    private Steps() {
    }

    /**
     * A persona's step criteria compiled into flat arrays, once per run: {@link #reached} is asked for every person whose
     * history changed, so it reads plain arrays instead of walking the criteria records.
     */
    static final class Rules {
        /** Per step: the courses of each course criterion, and how many of them are needed. */
        private final int[][][] courses;
        private final int[][] needed;
        /** Per step and course criterion: its courses as a set of bits, or 0 when a course is listed twice (then counted twice). */
        private final long[][] courseMasks;
        /** Per step: the skills asked for and the level of each. */
        private final int[][] skills;
        private final int[][] levels;
        /** Per step: the least months leading, projects led and months mentoring (0: not asked). */
        private final int[] leading;
        private final int[] projects;
        private final int[] mentoring;

        Rules(Persona persona) {
            int steps = persona.steps().size();
            courses = new int[steps][][];
            needed = new int[steps][];
            courseMasks = new long[steps][];
            skills = new int[steps][];
            levels = new int[steps][];
            leading = new int[steps];
            projects = new int[steps];
            mentoring = new int[steps];
            for (int s = 0; s < steps; s++) {
                List<Criterion> criteria = persona.steps().get(s);
                List<CoursesCompleted> courseCriteria = criteria.stream().filter(CoursesCompleted.class::isInstance)
                        .map(CoursesCompleted.class::cast).toList();
                courses[s] = courseCriteria.stream().map(CoursesCompleted::courses).toArray(int[][]::new);
                needed[s] = courseCriteria.stream().mapToInt(CoursesCompleted::needed).toArray();
                courseMasks[s] = new long[courses[s].length];
                for (int k = 0; k < courses[s].length; k++) {
                    long mask = 0;
                    for (int c : courses[s][k]) {
                        mask = (mask & 1L << c) != 0 || mask == -1L ? -1L : mask | 1L << c;
                    }
                    courseMasks[s][k] = mask == -1L ? 0 : mask;
                }
                List<SkillAtLeast> skillCriteria = criteria.stream().filter(SkillAtLeast.class::isInstance).map(SkillAtLeast.class::cast)
                        .toList();
                skills[s] = skillCriteria.stream().mapToInt(SkillAtLeast::skill).toArray();
                levels[s] = skillCriteria.stream().mapToInt(SkillAtLeast::level).toArray();
                for (Criterion criterion : criteria) {
                    switch (criterion) {
                        case LeadMonths l -> leading[s] = Math.max(leading[s], l.months());
                        case ProjectsLed p -> projects[s] = Math.max(projects[s], p.projects());
                        case MentoringMonths m -> mentoring[s] = Math.max(mentoring[s], m.months());
                        default -> {
                            // courses and skills are gathered above
                        }
                    }
                }
            }
        }

        /** Whether completing a course, or reaching a level of a skill, can change the step these criteria give. */
        boolean concerns(int course, int[] grantedSkills) {
            for (int s = 0; s < leading.length; s++) {
                for (int[] list : courses[s]) {
                    for (int c : list) {
                        if ((c & 63) == (course & 63)) {
                            return true;
                        }
                    }
                }
                for (int skill : skills[s]) {
                    for (int granted : grantedSkills) {
                        if (skill == granted) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        /** Whether months leading or projects led count. */
        boolean countsLeading() {
            return Arrays.stream(leading).anyMatch(n -> n > 0) || Arrays.stream(projects).anyMatch(n -> n > 0);
        }

        /**
         * The least months leading, projects led or months mentoring (kind 0, 1, 2) that some step asks for: a count
         * changes what {@link #reached} gives only when it reaches one of them.
         */
        int[] thresholds(int kind) {
            return (kind == 0 ? leading : kind == 1 ? projects : mentoring).clone();
        }

        /** Whether months mentoring count. */
        boolean countsMentoring() {
            return Arrays.stream(mentoring).anyMatch(n -> n > 0);
        }

        /**
         * The highest Step k whose criteria, and those of all lower steps, hold, for a member who holds Step {@code held}
         * already (by the roster or by their history): the criteria of Step1 to Step {@code held} count as met (a step
         * recorded in the roster attests them even where the roster lists none of the courses behind it, and steps are
         * never lost), so the result is at least {@code held}.
         *
         * @param held        the step the member holds now (0: none)
         * @param skillLevels skill levels; the person's are at {@code skillLevels[offset + skill]}
         * @param done        bitset of completed courses
         */
        int reached(int held, long done, byte[] skillLevels, int offset, int monthsLeading, int projectsLed, int monthsMentoring) {
            for (int s = held; s < leading.length; s++) {
                if (monthsLeading < leading[s] || projectsLed < projects[s] || monthsMentoring < mentoring[s]) {
                    return s;
                }
                for (int k = 0; k < skills[s].length; k++) {
                    if (skillLevels[offset + skills[s][k]] < levels[s][k]) {
                        return s;
                    }
                }
                int[][] lists = courses[s];
                for (int k = 0; k < lists.length; k++) {
                    long mask = courseMasks[s][k];
                    int count = mask != 0 ? Long.bitCount(done & mask) : 0;
                    for (int n = 0; mask == 0 && n < lists[k].length; n++) {
                        count += (int) (done >>> lists[k][n]) & 1;
                    }
                    if (count < needed[s][k]) {
                        return s;
                    }
                }
            }
            return leading.length;
        }
    }
}
