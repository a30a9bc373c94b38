package org.jinzai.model.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.jinzai.model.Baseline;
import org.jinzai.model.Course;
import org.jinzai.model.Department;
import org.jinzai.model.DepartmentKind;
import org.jinzai.model.EmploymentType;
import org.jinzai.model.JinzaiFactory;
import org.jinzai.model.Persona;
import org.jinzai.model.RosterAggregate;
import org.jinzai.model.SkillItem;
import org.jinzai.model.SkillLevel;
import org.jinzai.model.StaffMember;
import org.jinzai.model.StepReached;
import org.jinzai.model.steps.StepRules;

/**
 * Expands the aggregate counts of a baseline (department × age band × rank) into individual staff members,
 * for municipalities without individual data. The expansion is deterministic for a seed. Each person gets
 * a plausible history for their persona (courses, skill levels, months leading projects) and the steps
 * that history reaches under the baseline's own step rules.
 */
public final class RosterGenerator {

    private static final JinzaiFactory F = JinzaiFactory.eINSTANCE;

    private final Baseline baseline;
    private final int fiscalYear;
    private final SplittableRandom random;
    private int nextId;

    private RosterGenerator(Baseline baseline, int fiscalYear, long seed) {
        this.baseline = baseline;
        this.fiscalYear = fiscalYear;
        this.random = new SplittableRandom(seed);
        this.nextId = baseline.getStaff().size() + 1;
    }

    /**
     * Replaces the aggregates of the baseline by individual staff members as of April of a fiscal year.
     *
     * @return the staff members created
     */
    public static List<StaffMember> expand(Baseline baseline, int fiscalYear, long seed) {
        return new RosterGenerator(baseline, fiscalYear, seed).expandAll();
    }

    private List<StaffMember> expandAll() {
        List<StaffMember> created = new ArrayList<>();
        for (RosterAggregate aggregate : List.copyOf(baseline.getRosterAggregates())) {
            for (int i = 0; i < aggregate.getCount(); i++) {
                created.add(person(aggregate));
            }
            EcoreUtil.remove(aggregate);
        }
        appointInitialPromoters(created);
        for (StaffMember person : created) {
            recordSteps(person);
        }
        baseline.getStaff().addAll(created);
        return created;
    }

    private StaffMember person(RosterAggregate aggregate) {
        StaffMember person = F.createStaffMember();
        person.setId(String.format("s%05d", nextId++)); //$NON-NLS-1$
        int age = aggregate.getMinAge() + random.nextInt(aggregate.getMaxAge() - aggregate.getMinAge() + 1);
        person.setBirthYear(fiscalYear - age);
        int hireAge = Math.min(age, 22 + (random.nextInt(10) < 7 ? 0 : random.nextInt(12)));
        person.setHireFiscalYear(fiscalYear - (age - hireAge));
        person.setEmploymentType(aggregate.getEmploymentType());
        if (aggregate.getEmploymentType() == EmploymentType.FIXED_TERM) {
            person.setTermEndFiscalYear(fiscalYear + 1 + random.nextInt(4));
        }
        person.setFte(switch (aggregate.getEmploymentType()) {
            case PART_TIME -> 0.5 + 0.1 * random.nextInt(4);
            case REGULAR, FIXED_TERM, OUTSOURCED -> 1.0;
        });
        person.setRank(aggregate.getRank());
        person.setDepartment(aggregate.getDepartment());
        person.setPersona(aggregate.getPersona());
        int yearsInService = fiscalYear - person.getHireFiscalYear();
        person.setMonthsInPost(Math.min(yearsInService * 12, random.nextInt(60)));
        history(person, aggregate.getDepartment());
        return person;
    }

    /** Courses, skills and experience typical of the person's persona today. */
    private void history(StaffMember person, Department department) {
        Persona persona = person.getPersona();
        String id = persona == null ? "" : persona.getId(); //$NON-NLS-1$
        maybe(person, 0.35, StandardCatalog.DX_BASICS);
        maybe(person, 0.15, StandardCatalog.TOOLS);
        switch (id) {
            case StandardCatalog.DX_OFFICER -> {
                complete(person, StandardCatalog.DX_BASICS);
                maybe(person, 0.7, StandardCatalog.BPR);
                maybe(person, 0.6, StandardCatalog.PM);
                maybe(person, 0.5, StandardCatalog.DATA);
                maybe(person, 0.4, StandardCatalog.DX_LEADER);
                experience(person, 0.5);
            }
            case StandardCatalog.IS_OFFICER -> {
                person.setSpecialistTrack(random.nextDouble() < 0.3);
                raise(person, "skill-20", random.nextInt(3)); //$NON-NLS-1$
                raise(person, "skill-19", random.nextInt(3)); //$NON-NLS-1$
                raise(person, "skill-10", random.nextInt(2)); //$NON-NLS-1$
                raise(person, "skill-09", random.nextInt(2)); //$NON-NLS-1$
                raise(person, "skill-14", random.nextInt(2)); //$NON-NLS-1$
                raise(person, "skill-17", random.nextInt(3)); //$NON-NLS-1$
                maybe(person, 0.3, StandardCatalog.SYS_ADMIN);
            }
            case StandardCatalog.MANAGER -> maybe(person, 0.3, StandardCatalog.MANAGEMENT);
            default -> {
                if (department.getKind() == DepartmentKind.BUSINESS && random.nextDouble() < 0.1) {
                    raise(person, "tool-excel", 2); //$NON-NLS-1$
                    raise(person, "tool-teams", 2); //$NON-NLS-1$
                }
            }
        }
    }

    /** About one DX promoter for every two business departments today, some of them trained. */
    private void appointInitialPromoters(List<StaffMember> staff) {
        Persona promoter = persona(StandardCatalog.PROMOTER);
        Persona general = persona(StandardCatalog.GENERAL);
        if (promoter == null || general == null) {
            return;
        }
        for (Department department : baseline.getOrganization().getDepartments()) {
            if (department.getKind() != DepartmentKind.BUSINESS || random.nextDouble() >= 0.5) {
                continue;
            }
            List<StaffMember> candidates = staff.stream().filter(s -> s.getDepartment() == department
                    && s.getPersona() == general && s.getEmploymentType() == EmploymentType.REGULAR
                    && fiscalYear - s.getBirthYear() <= 50).toList();
            if (candidates.isEmpty()) {
                continue;
            }
            StaffMember chosen = candidates.get(random.nextInt(candidates.size()));
            chosen.setPersona(promoter);
            complete(chosen, StandardCatalog.DX_BASICS);
            maybe(chosen, 0.6, StandardCatalog.BPR);
            maybe(chosen, 0.5, StandardCatalog.PM);
            experience(chosen, 0.25);
        }
    }

    private void experience(StaffMember person, double probability) {
        if (random.nextDouble() < probability) {
            person.setMonthsLeading(6 + random.nextInt(24));
            person.setProjectsLed(person.getMonthsLeading() >= 12 ? random.nextInt(3) : 0);
            if (person.getProjectsLed() >= 2 && random.nextBoolean()) {
                person.setMonthsMentoring(random.nextInt(18));
            }
        }
    }

    private void recordSteps(StaffMember person) {
        for (Persona persona : baseline.getPersonas()) {
            if (!persona.isHasSteps() || persona != person.getPersona()) {
                continue;
            }
            int step = StepRules.stepReached(person, persona);
            if (step > 0) {
                StepReached reached = F.createStepReached();
                reached.setPersona(persona);
                reached.setStep(step);
                person.getStepsReached().add(reached);
            }
        }
    }

    private void maybe(StaffMember person, double probability, String courseId) {
        if (random.nextDouble() < probability) {
            complete(person, courseId);
        }
    }

    /** Completing a course sets the granted skill levels. */
    private void complete(StaffMember person, String courseId) {
        Course course = course(courseId);
        if (course == null || person.getCoursesCompleted().contains(course)) {
            return;
        }
        person.getCoursesCompleted().add(course);
        course.getGrants().forEach(g -> raise(person, g.getSkill(), g.getLevel()));
    }

    private void raise(StaffMember person, String skillId, int level) {
        SkillItem skill = baseline.getSkillItems().stream().filter(s -> s.getId().equals(skillId)).findFirst().orElse(null);
        if (skill != null) {
            raise(person, skill, level);
        }
    }

    private static void raise(StaffMember person, SkillItem skill, int level) {
        if (level <= 0) {
            return;
        }
        for (SkillLevel existing : person.getSkillLevels()) {
            if (existing.getSkill() == skill) {
                existing.setLevel(Math.max(existing.getLevel(), level));
                return;
            }
        }
        SkillLevel created = F.createSkillLevel();
        created.setSkill(skill);
        created.setLevel(level);
        person.getSkillLevels().add(created);
    }

    private Course course(String id) {
        return baseline.getCourses().stream().filter(c -> id.equals(c.getId())).findFirst().orElse(null);
    }

    private Persona persona(String id) {
        return baseline.getPersonas().stream().filter(p -> id.equals(p.getId())).findFirst().orElse(null);
    }
}
