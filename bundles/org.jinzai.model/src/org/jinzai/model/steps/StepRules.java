package org.jinzai.model.steps;

import org.jinzai.model.Course;
import org.jinzai.model.CoursesCompletedCriterion;
import org.jinzai.model.LeadMonthsCriterion;
import org.jinzai.model.MentoringCriterion;
import org.jinzai.model.Persona;
import org.jinzai.model.PreviousStepCriterion;
import org.jinzai.model.ProjectsLedCriterion;
import org.jinzai.model.SkillItem;
import org.jinzai.model.SkillLevel;
import org.jinzai.model.SkillLevelCriterion;
import org.jinzai.model.StaffMember;
import org.jinzai.model.StepCriterion;
import org.jinzai.model.StepDefinition;
import org.jinzai.model.StepReached;

/**
 * Evaluates the 育成段階 (development steps) of a persona for one staff member, from the criteria of the
 * baseline. Steps are cumulative: Step{@code k} counts only when Step1 … Step{@code k-1} are reached too.
 * The simulation engine applies the same rules to its own compiled form of the criteria.
 */
public final class StepRules {

    private StepRules() {
    }

    /** The highest step (0-3) the person has reached for the persona. */
    public static int stepReached(StaffMember person, Persona persona) {
        int reached = 0;
        for (int step = 1; step <= 3; step++) {
            StepDefinition definition = definition(persona, step);
            if (definition == null || !holds(definition, person, reached)) {
                break;
            }
            reached = step;
        }
        return reached;
    }

    /** The step definition of a persona for a step number, or null. */
    public static StepDefinition definition(Persona persona, int step) {
        for (StepDefinition definition : persona.getSteps()) {
            if (definition.getStep() == step) {
                return definition;
            }
        }
        return null;
    }

    private static boolean holds(StepDefinition definition, StaffMember person, int previousReached) {
        for (StepCriterion criterion : definition.getCriteria()) {
            if (!holds(criterion, person, definition.getStep(), previousReached)) {
                return false;
            }
        }
        return true;
    }

    private static boolean holds(StepCriterion criterion, StaffMember person, int step, int previousReached) {
        if (criterion instanceof CoursesCompletedCriterion courses) {
            int done = 0;
            for (Course course : courses.getCourses()) {
                if (person.getCoursesCompleted().contains(course)) {
                    done++;
                }
            }
            int needed = courses.getMinimumCount() == 0 ? courses.getCourses().size() : courses.getMinimumCount();
            return done >= needed;
        }
        if (criterion instanceof SkillLevelCriterion skill) {
            return level(person, skill.getSkill()) >= skill.getMinimumLevel();
        }
        if (criterion instanceof LeadMonthsCriterion lead) {
            return person.getMonthsLeading() >= lead.getMinimumMonths();
        }
        if (criterion instanceof ProjectsLedCriterion projects) {
            return person.getProjectsLed() >= projects.getMinimumProjects();
        }
        if (criterion instanceof MentoringCriterion mentoring) {
            return person.getMonthsMentoring() >= mentoring.getMinimumMonths();
        }
        if (criterion instanceof PreviousStepCriterion) {
            return previousReached >= step - 1;
        }
        throw new IllegalArgumentException("unknown step criterion: " + criterion.eClass().getName()); //$NON-NLS-1$
    }

    /** The person's level (0-3) of a skill item. */
    public static int level(StaffMember person, SkillItem skill) {
        for (SkillLevel level : person.getSkillLevels()) {
            if (level.getSkill() == skill) {
                return level.getLevel();
            }
        }
        return 0;
    }

    /** The step recorded in the roster for a persona (0 if none). */
    public static int recordedStep(StaffMember person, Persona persona) {
        for (StepReached reached : person.getStepsReached()) {
            if (reached.getPersona() == persona) {
                return reached.getStep();
            }
        }
        return 0;
    }
}
