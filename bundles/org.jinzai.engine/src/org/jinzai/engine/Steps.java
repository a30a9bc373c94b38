package org.jinzai.engine;

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
     * The highest Step k whose criteria, and those of all lower steps, hold.
     *
     * @param skills      skill levels; the person's are at {@code skills[offset + skill]}
     * @param courses     bitset of completed courses
     */
    static int reached(Persona persona, long courses, byte[] skills, int offset, int monthsLeading, int projectsLed,
            int monthsMentoring) {
        int reached = 0;
        for (List<Criterion> criteria : persona.steps()) {
            for (Criterion criterion : criteria) {
                boolean holds = switch (criterion) {
                    case CoursesCompleted c -> {
                        int done = 0;
                        for (int course : c.courses()) {
                            if ((courses & (1L << course)) != 0) {
                                done++;
                            }
                        }
                        yield done >= c.needed();
                    }
                    case SkillAtLeast s -> skills[offset + s.skill()] >= s.level();
                    case LeadMonths l -> monthsLeading >= l.months();
                    case ProjectsLed p -> projectsLed >= p.projects();
                    case MentoringMonths m -> monthsMentoring >= m.months();
                };
                if (!holds) {
                    return reached;
                }
            }
            reached++;
        }
        return reached;
    }
}
