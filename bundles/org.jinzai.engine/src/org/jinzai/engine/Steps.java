package org.jinzai.engine;

import java.util.List;

import org.jinzai.engine.SimulationInput.Criterion;
import org.jinzai.engine.SimulationInput.CoursesCompleted;
import org.jinzai.engine.SimulationInput.LeadMonths;
import org.jinzai.engine.SimulationInput.MentoringMonths;
import org.jinzai.engine.SimulationInput.Persona;
import org.jinzai.engine.SimulationInput.ProjectsLed;
import org.jinzai.engine.SimulationInput.SkillAtLeast;

/** The step rules, shared by both engines: the highest Step k whose criteria, and those of all lower steps, hold. */
final class Steps {

    private Steps() {
    }

    /**
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
