package org.jinzai.engine;

import java.util.List;

/**
 * Everything a simulation needs, in the engine's own terms (indices instead of references). Immutable and
 * checked when built: a wrong value fails at once with an {@link IllegalArgumentException} naming it.
 *
 * @param firstFiscalYear fiscal year of the first April
 * @param horizonYears    number of fiscal years, 1-10
 * @param departments     the organization's departments (部門/課)
 * @param skillCount      number of skill items; skills are indices 0..skillCount-1
 * @param courses         the courses (研修)
 * @param personas        the personas (人材像) with their step rules
 * @param staff           the roster at the start
 * @param courseRuns      seats per course, fiscal year and month
 * @param projects        the DX project pipeline
 * @param appointment     the DX-promoter appointment policy, or null
 * @param rotation        the rotation policy, or null for no rotation
 * @param channels        the recruitment channels
 * @param attrition       leaving rates and retirement ages
 * @param targets         the numeric targets (数値目標)
 */
public record SimulationInput(int firstFiscalYear, int horizonYears, List<Department> departments, int skillCount,
        List<Course> courses, List<Persona> personas, List<Staff> staff, List<CourseRun> courseRuns,
        List<ProjectPlan> projects, Appointment appointment, Rotation rotation, List<Channel> channels,
        Attrition attrition, List<TargetSpec> targets) {

    /** The same input with another rotation (null: none). */
    public SimulationInput withRotation(Rotation other) {
        return new SimulationInput(firstFiscalYear, horizonYears, departments, skillCount, courses, personas, staff, courseRuns, projects,
                appointment, other, channels, attrition, targets);
    }

    /** The same input with more course runs after its own (a region's joint courses). */
    public SimulationInput withMoreCourseRuns(List<CourseRun> more) {
        List<CourseRun> runs = new java.util.ArrayList<>(courseRuns);
        runs.addAll(more);
        return new SimulationInput(firstFiscalYear, horizonYears, departments, skillCount, courses, personas, staff, runs, projects,
                appointment, rotation, channels, attrition, targets);
    }

    /** Kinds of department. */
    public enum DepartmentKind {
        BUSINESS, DX_PROMOTION, INFORMATION_SYSTEMS, HR, OTHER;

        /** How many kinds there are. */
        public static final int COUNT = values().length;

        /** Departments where IT specialists may work. */
        public boolean itRelated() {
            return this == DX_PROMOTION || this == INFORMATION_SYSTEMS;
        }
    }

    /** Employment types (任用形態). */
    public enum Employment {
        REGULAR, FIXED_TERM, PART_TIME, OUTSOURCED;

        /** How many types there are. */
        public static final int COUNT = values().length;
    }

    /** The unit of a target's values (a target of every department counts departments instead). */
    public enum TargetUnit {
        /** Staff in full-time equivalents. */
        FTE,
        /** Persons (hires). */
        PERSONS,
        /** A share in [0, 1]. */
        SHARE
    }

    /** What a kind of target counts. */
    public enum Counted {
        /** The staff in scope who have reached a step (of their persona, or by skill of the target's). */
        STEP,
        /** The staff in scope who have completed a course. */
        COURSE,
        /** The hires of the fiscal year (a flow, not a stock). */
        HIRES
    }

    /**
     * Kinds of numeric target with their unit and what they count: the engine's mirror of the model's kinds (by
     * name; the model's {@code Targets.unit} gives the same unit, which a test pins). A kind that counts what another
     * already counts needs nothing but its constant here.
     */
    public enum TargetKind {
        HEADCOUNT_AT_STEP(TargetUnit.FTE, Counted.STEP), SHARE_AT_STEP(TargetUnit.SHARE, Counted.STEP),
        NEW_HIRES(TargetUnit.PERSONS, Counted.HIRES), COURSE_COMPLETION_RATE(TargetUnit.SHARE, Counted.COURSE);

        private final TargetUnit unit;
        private final Counted counted;

        TargetKind(TargetUnit unit, Counted counted) {
            this.unit = unit;
            this.counted = counted;
        }

        /** The unit of its values in a target of the organization, a department or a kind of department. */
        public TargetUnit unit() {
            return unit;
        }

        /** What it counts. */
        public Counted counted() {
            return counted;
        }

        /** Whether the kind asks for a share in [0, 1] rather than a count. */
        public boolean share() {
            return unit == TargetUnit.SHARE;
        }
    }

    /** What a target counts over. */
    public enum TargetScope {
        ORGANIZATION, EACH_DEPARTMENT, DEPARTMENT, DEPARTMENT_KIND
    }

    /**
     * A department.
     *
     * @param largeProjects its large projects (大規模案件), each with its years and the personas it holds
     */
    public record Department(String id, DepartmentKind kind, int headcount, List<LargeProject> largeProjects) {
        public Department {
            require(id != null && !id.isBlank(), "department id", id);
            require(kind != null, "department kind of " + id, kind);
            require(headcount >= 0, "headcount of " + id, headcount);
            largeProjects = List.copyOf(largeProjects);
        }

        /** A department whose large projects run one fiscal year each (those listed), each holding the same personas. */
        public Department(String id, DepartmentKind kind, int headcount, List<Integer> largeProjectYears, List<Integer> heldPersonas) {
            this(id, kind, headcount, largeProjectYears.stream().map(year -> new LargeProject(year, year, heldPersonas)).toList());
        }
    }

    /**
     * A large project (大規模案件) of a department: the fiscal years it runs, first to last, and the personas that must not
     * move out of the department while it runs (each project its own: another project of the department holds its own).
     */
    public record LargeProject(int firstFiscalYear, int lastFiscalYear, List<Integer> heldPersonas) {
        public LargeProject {
            require(firstFiscalYear <= lastFiscalYear, "last fiscal year of a large project", lastFiscalYear);
            heldPersonas = List.copyOf(heldPersonas);
        }
    }

    /** A course, the skill levels it grants (parallel arrays) and the personas it is meant for. */
    public record Course(String id, int[] grantedSkills, int[] grantedLevels, int costPerSeat, int[] targetPersonas) {
        public Course {
            targetPersonas = targetPersonas.clone();
            require(id != null, "course id", id);
            require(grantedSkills.length == grantedLevels.length, "grants of " + id, grantedSkills.length);
            require(costPerSeat >= 0, "cost per seat of " + id, costPerSeat);
            for (int level : grantedLevels) {
                require(level >= 0 && level <= Steps.MAX_LEVEL, "granted level of " + id, level);
            }
            grantedSkills = grantedSkills.clone();
            grantedLevels = grantedLevels.clone();
        }
    }

    /** One condition of a step. */
    public sealed interface Criterion {
    }

    /** At least {@code minimum} of the courses completed (0 = all). */
    public record CoursesCompleted(int[] courses, int minimum) implements Criterion {
        public CoursesCompleted {
            courses = courses.clone();
            require(minimum >= 0 && minimum <= courses.length, "minimum courses", minimum);
        }

        /** The number of courses that must be completed. */
        public int needed() {
            return minimum == 0 ? courses.length : minimum;
        }
    }

    /** A skill at or above a level. */
    public record SkillAtLeast(int skill, int level) implements Criterion {
    }

    /** Months leading DX projects. */
    public record LeadMonths(int months) implements Criterion {
    }

    /** DX projects led to completion. */
    public record ProjectsLed(int projects) implements Criterion {
    }

    /** Months mentoring Step1 staff. */
    public record MentoringMonths(int months) implements Criterion {
    }

    /**
     * A persona with its steps: {@code steps.get(k)} are the criteria of Step{@code k+1} (all must hold;
     * steps are cumulative).
     *
     * @param leads        whether staff of this persona lead DX projects (its steps ask for months leading)
     * @param itSpecialist whether staff of this persona are IT specialists (their leaving rate is multiplied
     *                     when they are not on a specialist career track)
     */
    public record Persona(String id, boolean hasSteps, List<List<Criterion>> steps, boolean leads, boolean itSpecialist) {
        public Persona {
            require(id != null, "persona id", id);
            require(steps.size() <= Steps.TOP, "steps of " + id, steps.size());
            steps = steps.stream().map(List::copyOf).toList();
        }
    }

    /**
     * A member of the roster.
     *
     * @param key           stable identity for random numbers (the staff id)
     * @param persona       index of the persona, or -1
     * @param rank          0 主事 … 5 部長
     * @param skillLevels   level per skill index (length skillCount)
     * @param coursesDone   indices of completed courses
     * @param stepByPersona step reached per persona index (length personas)
     */
    public record Staff(String key, int birthYear, int hireFiscalYear, Employment employment, int termEndFiscalYear,
            double fte, int rank, int department, int persona, boolean specialist, int monthsInPost, int[] skillLevels,
            int[] coursesDone, int monthsLeading, int projectsLed, int monthsMentoring, int[] stepByPersona) {
        public Staff {
            require(key != null, "staff key", key);
            require(fte > 0 && fte <= 1, "fte of " + key, fte);
            require(rank >= 0 && rank <= 5, "rank of " + key, rank);
            require(department >= 0, "department of " + key, department);
            require(monthsInPost >= 0 && monthsLeading >= 0 && projectsLed >= 0 && monthsMentoring >= 0,
                    "experience of " + key, monthsInPost);
            skillLevels = skillLevels.clone();
            coursesDone = coursesDone.clone();
            stepByPersona = stepByPersona.clone();
        }
    }

    /** Seats of a course in a month of a fiscal year. */
    public record CourseRun(int course, int fiscalYear, int month, int seats, int priorityPersona) {
        public CourseRun {
            require(seats >= 0, "seats", seats);
            require(month >= 1 && month <= 12, "course month", month);
        }
    }

    /** DX projects of a department (-1: every business department) starting in a fiscal year. */
    public record ProjectPlan(int department, int fiscalYear, int count, int durationMonths, int leadSeats,
            int startMonth) {
        public ProjectPlan {
            require(count >= 0, "project count", count);
            require(durationMonths >= 1, "project duration", durationMonths);
            require(leadSeats >= 0, "lead seats", leadSeats);
            require(startMonth >= 1 && startMonth <= 12, "project start month", startMonth);
        }
    }

    /**
     * DX推進員 (DX promoter) appointment. The role is not the skill: a promoter who is not re-appointed returns to
     * {@code generalPersona} with every skill and step, and is not a candidate again in the same April.
     *
     * @param perDepartment promoters (a stock) in each business department
     * @param total         cap on promoters in total (a stock), 0 = none
     * @param yearly        cap on new appointments each April (a flow, as 金沢市's "20 a year"), 0 = none
     */
    public record Appointment(int promoterPersona, int generalPersona, int perDepartment, int total, int yearly,
            int minAge, int maxAge, int minMonthsInPost, double reappointmentProbability, Posterior reappointmentPosterior) {
        public Appointment {
            require(promoterPersona >= 0, "promoter persona", promoterPersona);
            require(generalPersona >= -1 && generalPersona != promoterPersona, "general persona", generalPersona);
            require(perDepartment >= 0 && total >= 0, "promoters per department", perDepartment);
            require(yearly >= 0, "appointments per year", yearly);
            require(minAge <= maxAge, "promoter age band", minAge + "-" + maxAge);
            requireRate(reappointmentProbability, "re-appointment probability");
        }

        /** A policy whose re-appointment probability is the same in every replication. */
        public Appointment(int promoterPersona, int generalPersona, int perDepartment, int total, int yearly, int minAge, int maxAge,
                int minMonthsInPost, double reappointmentProbability) {
            this(promoterPersona, generalPersona, perDepartment, total, yearly, minAge, maxAge, minMonthsInPost, reappointmentProbability, null);
        }

        /** The same policy with its re-appointment probability drawn in each replication from Beta(alpha, beta). */
        public Appointment withPosterior(double alpha, double beta) {
            return new Appointment(promoterPersona, generalPersona, perDepartment, total, yearly, minAge, maxAge, minMonthsInPost,
                    reappointmentProbability, new Posterior(alpha, beta));
        }
    }

    /**
     * The posterior of a rate estimated from the history, from which each replication draws its own value (parameter
     * uncertainty): Gamma(alpha, beta) of a monthly leaving hazard (beta in months), or Beta(alpha, beta) of a
     * probability.
     */
    public record Posterior(double alpha, double beta) {
        public Posterior {
            require(alpha > 0 && beta > 0 && Double.isFinite(alpha) && Double.isFinite(beta), "posterior", alpha + ", " + beta);
        }
    }

    /** The leaving rate of an age band of an employment type, drawn in each replication from the posterior of its hazard. */
    public record UncertainRate(Employment employment, int minAge, int maxAge, Posterior hazard) {
        public UncertainRate {
            require(minAge >= 0 && minAge <= maxAge && maxAge <= 99, "age band", minAge + "-" + maxAge);
        }
    }

    /**
     * Rotation: tenure in post drawn uniformly in whole years (by the kind of department of the post:
     * {@code tenure[kind.ordinal()] = {min, max}}), moves in {@code moveMonth}, allowed transfers
     * {@code allowed[from.ordinal()][to.ordinal()]}, and the rules. A member of the staff at the start with s whole
     * years in the post has not been moved at the last move date, so their tenure is drawn from the years not yet
     * served: at least s (they may be moved at the first move date), or, when the staff are a roster taken after the
     * first move date's transfers ({@code startsAfterTransfers}, as a 4月1日 roster is), at least s + 1.
     */
    public record Rotation(int[][] tenure, int moveMonth, boolean[][] allowed, List<Rule> rules, boolean startsAfterTransfers) {
        public Rotation {
            tenure = java.util.Arrays.stream(tenure).map(int[]::clone).toArray(int[][]::new);
            require(tenure.length == DepartmentKind.COUNT, "tenure (one per kind of department)", tenure.length);
            for (int[] range : tenure) {
                require(range.length == 2 && range[0] >= 1 && range[0] <= range[1], "tenure", java.util.Arrays.toString(range));
            }
            require(moveMonth >= 1 && moveMonth <= 12, "move month", moveMonth);
            allowed = java.util.Arrays.stream(allowed).map(boolean[]::clone).toArray(boolean[][]::new);
            require(allowed.length == DepartmentKind.COUNT, "allowed moves (a row per kind of department)", allowed.length);
            rules = List.copyOf(rules);
        }

        /** The same tenure in every kind of department. */
        public Rotation(int minTenureYears, int maxTenureYears, int moveMonth, boolean[][] allowed, List<Rule> rules) {
            this(sameTenure(minTenureYears, maxTenureYears), moveMonth, allowed, rules, false);
        }

        /** A tenure by kind of department, the staff as before the first move date's transfers. */
        public Rotation(int[][] tenure, int moveMonth, boolean[][] allowed, List<Rule> rules) {
            this(tenure, moveMonth, allowed, rules, false);
        }

        /** The same rotation for staff from a roster taken after the first move date's transfers. */
        public Rotation afterTransfers() {
            return new Rotation(tenure, moveMonth, allowed, rules, true);
        }

        /** {min, max} for every kind of department. */
        public static int[][] sameTenure(int minTenureYears, int maxTenureYears) {
            int[][] tenure = new int[DepartmentKind.COUNT][];
            java.util.Arrays.setAll(tenure, k -> new int[] { minTenureYears, maxTenureYears });
            return tenure;
        }
    }

    /**
     * Rotation rules. Holding and restricting rules (after a course, during a large project, IT staff before a
     * step, the specialist track) are constraints and always apply; spreading, Step3 placement and minimum per
     * department are weighed by their weight (a hard minimum weighs a hundred times more).
     */
    public sealed interface Rule {
        /** Name for reports. */
        String name();

        boolean hard();

        double weight();
    }

    /** No move within {@code months} after completing a course. */
    public record NoMoveAfterCourse(String name, int months, boolean hard, double weight) implements Rule {
    }

    /** No move of held personas out of a department during its large project. */
    public record NoMoveDuringLargeProject(String name, boolean hard, double weight) implements Rule {
    }

    /** Staff of a persona leave IT-related departments only after reaching a step. */
    public record LeaveItAfterStep(String name, int persona, int step, boolean hard, double weight) implements Rule {
    }

    /** Specialist-track staff move only between IT-related departments. */
    public record SpecialistStaysInIt(String name, boolean hard, double weight) implements Rule {
    }

    /** Do not concentrate staff of a persona at a step in one department. */
    public record SpreadStep(String name, int persona, int step, boolean hard, double weight) implements Rule {
    }

    /** Place Step3 staff of a persona in departments with a large project. */
    public record Step3ToLargeProjects(String name, int persona, boolean hard, double weight) implements Rule {
    }

    /**
     * At least {@code minimum} and at most {@code maximum} (-1: no maximum) staff of a persona at or above a step
     * in each department of a kind (null: every kind). The minimum rewards the movers that fill a gap; the maximum
     * penalizes, per mover, an arrival beyond it (a hard maximum is never exceeded by a move). Rotation only places
     * movers: it never moves someone out to bring a department under its maximum.
     */
    public record HeadcountBound(String name, int persona, int step, int minimum, int maximum, DepartmentKind kind,
            boolean hard, double weight) implements Rule {
        public HeadcountBound {
            require(minimum >= 0, "minimum of " + name, minimum);
            require(maximum >= -1, "maximum of " + name, maximum);
            require(maximum < 0 || maximum >= minimum, "maximum below the minimum of " + name, maximum);
        }
    }

    /** Kinds of recruitment channel, which decide the age of hires: from {@code youngest}, over {@code ages} years. */
    public enum ChannelKind {
        NEW_GRADUATE(22, 3), ICT_SLOT(22, 8), MID_CAREER(30, 15), FIXED_TERM(30, 20), EXTERNAL_EXPERT(40, 15), SHARED_EXPERT(40, 15);

        private final int youngest;
        private final int ages;

        ChannelKind(int youngest, int ages) {
            this.youngest = youngest;
            this.ages = ages;
        }

        /** The age of a hire for a uniform draw in [0, 1); the draw 0.5 gives the middle of the range. */
        public int age(double draw) {
            return youngest + (int) (draw * ages);
        }
    }

    /**
     * A recruitment channel: {@code planned[y]} hires planned in fiscal year {@code first + y}, each filled
     * with probability {@code fill × passRate}, arriving {@code leadTimeMonths} after {@code month}. Both engines
     * derive a hire from it the same way ({@link #employment()}, {@link #termEnd(int)}, {@link #birthYear(int, double)}).
     * Build one with {@link #builder(String, ChannelKind, int, int)}.
     */
    public record Channel(String key, ChannelKind kind, int persona, int department, int month, double fill,
            double passRate, int leadTimeMonths, int costPerYear, double fte, int termYears, int[] planned,
            boolean specialist) {
        public Channel {
            requireRate(fill, "fill probability of " + key);
            requireRate(passRate, "pass rate of " + key);
            require(fte > 0 && fte <= 1, "fte of " + key, fte);
            require(month >= 1 && month <= 12, "month of " + key, month);
            require(leadTimeMonths >= 0, "lead time of " + key, leadTimeMonths);
            planned = planned.clone();
        }

        /** The employment of its hires: shared experts are outsourced, a channel with a term hires for a fixed term. */
        public Employment employment() {
            return kind == ChannelKind.SHARED_EXPERT ? Employment.OUTSOURCED : termYears > 0 ? Employment.FIXED_TERM : Employment.REGULAR;
        }

        /** The last fiscal year of the term of a hire in a fiscal year, or 0 for hires without a term. */
        public int termEnd(int fiscalYear) {
            return termYears > 0 ? fiscalYear + termYears - 1 : 0;
        }

        /** The birth year of a hire in a fiscal year for a uniform draw in [0, 1) (the analytic engine takes 0.5). */
        public int birthYear(int fiscalYear, double ageDraw) {
            return fiscalYear - kind.age(ageDraw);
        }

        /**
         * A channel hiring into a persona (-1: none) and department (-1: the business department with most vacancies),
         * by default in April, always filled, full-time, without a term, cost or lead time; {@code planned} must be set.
         */
        public static Builder builder(String key, ChannelKind kind, int persona, int department) {
            return new Builder(key, kind, persona, department);
        }

        /** Builds a {@link Channel} by named settings. */
        public static final class Builder {
            private final String key;
            private final ChannelKind kind;
            private final int persona;
            private final int department;
            private int month = 4;
            private double fill = 1;
            private double passRate = 1;
            private int leadTimeMonths;
            private int costPerYear;
            private double fte = 1;
            private int termYears;
            private int[] planned;
            private boolean specialist;

            private Builder(String key, ChannelKind kind, int persona, int department) {
                this.key = key;
                this.kind = kind;
                this.persona = persona;
                this.department = department;
            }

            public Builder month(int value) {
                month = value;
                return this;
            }

            public Builder fill(double value) {
                fill = value;
                return this;
            }

            public Builder passRate(double value) {
                passRate = value;
                return this;
            }

            public Builder leadTimeMonths(int value) {
                leadTimeMonths = value;
                return this;
            }

            public Builder costPerYear(int value) {
                costPerYear = value;
                return this;
            }

            public Builder fte(double value) {
                fte = value;
                return this;
            }

            public Builder termYears(int value) {
                termYears = value;
                return this;
            }

            /** Hires planned per fiscal year of the horizon. */
            public Builder planned(int... value) {
                planned = value;
                return this;
            }

            /** Whether its hires are IT specialists (専門人材). */
            public Builder specialist(boolean value) {
                specialist = value;
                return this;
            }

            public Channel build() {
                require(planned != null, "yearly plan of " + key, null);
                return new Channel(key, kind, persona, department, month, fill, passRate, leadTimeMonths, costPerYear, fte, termYears,
                        planned, specialist);
            }
        }
    }

    /**
     * Leaving rates: {@code yearlyRate[type][age]} for ages 0-99, the multiplier for IT specialists without a
     * career track, the mandatory retirement age per fiscal-year offset, and the bands whose rate each replication
     * draws from its posterior instead (parameter uncertainty; the table then holds the estimate, for the preview).
     */
    public record Attrition(double[][] yearlyRate, double specialistWithoutTrackMultiplier, int[] retirementAge, List<UncertainRate> uncertain) {
        public Attrition {
            for (double[] byAge : yearlyRate) {
                for (double rate : byAge) {
                    requireRate(rate, "yearly leaving rate");
                }
            }
            require(specialistWithoutTrackMultiplier >= 0, "specialist multiplier", specialistWithoutTrackMultiplier);
            yearlyRate = java.util.Arrays.stream(yearlyRate).map(double[]::clone).toArray(double[][]::new);
            retirementAge = retirementAge.clone();
            uncertain = List.copyOf(uncertain);
        }

        /** Rates that are the same in every replication. */
        public Attrition(double[][] yearlyRate, double specialistWithoutTrackMultiplier, int[] retirementAge) {
            this(yearlyRate, specialistWithoutTrackMultiplier, retirementAge, List.of());
        }
    }

    /**
     * A numeric target: {@code values[y]} for fiscal-year offset y, or NaN where none is set. For EACH_DEPARTMENT
     * the value is what each department must reach; the target's result is the number of departments that do.
     *
     * @param persona     persona counted (-1 for all)
     * @param department  the department of a DEPARTMENT scope, else -1
     * @param kindFilter  kind of department of EACH_DEPARTMENT and DEPARTMENT_KIND scopes, or null for all
     * @param bySkill     step targets (ignored for others): count every member who has reached the step of the persona's standard,
     *                    whatever their current role (a share is then of all staff in scope), instead of the
     *                    holders of the persona
     */
    public record TargetSpec(String id, TargetKind kind, int persona, int minimumStep, TargetScope scope,
            int department, DepartmentKind kindFilter, int course, double[] values, boolean bySkill) {
        public TargetSpec {
            require(id != null, "target id", id);
            require(!bySkill || persona >= 0, "persona of a target by skill " + id, persona);
            // only steps are counted by skill; a course or hires target counts as it always does
            bySkill = bySkill && kind.counted() == Counted.STEP;
            values = values.clone();
        }

        /** A target of the whole organization that counts the holders of a persona (-1: everyone) by role. */
        public static TargetSpec ofOrganization(String id, TargetKind kind, int persona, int minimumStep, double... values) {
            return new TargetSpec(id, kind, persona, minimumStep, TargetScope.ORGANIZATION, -1, null, -1, values, false);
        }

        /** A target each department (of a kind; null: every one) must reach by role; its result is how many do. */
        public static TargetSpec ofEachDepartment(String id, TargetKind kind, int persona, int minimumStep, DepartmentKind kindFilter,
                double... values) {
            return new TargetSpec(id, kind, persona, minimumStep, TargetScope.EACH_DEPARTMENT, -1, kindFilter, -1, values, false);
        }

        /** The same target counting by skill (everyone who has reached the step of the persona's standard). */
        public TargetSpec countedBySkill() {
            return new TargetSpec(id, kind, persona, minimumStep, scope, department, kindFilter, course, values, true);
        }
    }

    public SimulationInput {
        require(horizonYears >= 1 && horizonYears <= 10, "horizon (years)", horizonYears);
        require(!departments.isEmpty(), "departments", departments.size());
        departments = List.copyOf(departments);
        courses = List.copyOf(courses);
        personas = List.copyOf(personas);
        staff = List.copyOf(staff);
        courseRuns = List.copyOf(courseRuns);
        projects = List.copyOf(projects);
        channels = List.copyOf(channels);
        targets = List.copyOf(targets);
        require(attrition != null, "attrition", attrition);
        // courses and personas are bit positions in 64-bit sets inside the engine
        require(courses.size() <= 64, "courses (at most 64)", courses.size());
        require(personas.size() <= 64, "personas (at most 64)", personas.size());
        for (Staff s : staff) {
            require(s.department() < departments.size(), "department of " + s.key(), s.department());
            require(s.persona() < personas.size(), "persona of " + s.key(), s.persona());
            require(s.skillLevels().length == skillCount, "skill levels of " + s.key(), s.skillLevels().length);
            require(s.stepByPersona().length == personas.size(), "steps of " + s.key(), s.stepByPersona().length);
        }
        for (CourseRun run : courseRuns) {
            require(run.course() >= 0 && run.course() < courses.size(), "course of a course run", run.course());
        }
        for (Channel channel : channels) {
            require(channel.planned().length == horizonYears, "yearly plan of " + channel.key(), channel.planned().length);
        }
        for (TargetSpec target : targets) {
            require(target.values().length == horizonYears, "values of " + target.id(), target.values().length);
        }
    }

    static void require(boolean condition, String what, Object value) {
        if (!condition) {
            throw new IllegalArgumentException("invalid " + what + ": " + value);
        }
    }

    static void requireRate(double rate, String what) {
        require(rate >= 0 && rate <= 1, what + " (must be in [0,1])", rate);
    }

    /** Months simulated. */
    public int months() {
        return horizonYears * 12;
    }
}
