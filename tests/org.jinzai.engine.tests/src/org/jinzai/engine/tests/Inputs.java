package org.jinzai.engine.tests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jinzai.engine.SimulationInput;
import org.jinzai.engine.SimulationInput.Appointment;
import org.jinzai.engine.SimulationInput.Attrition;
import org.jinzai.engine.SimulationInput.Channel;
import org.jinzai.engine.SimulationInput.Course;
import org.jinzai.engine.SimulationInput.CourseRun;
import org.jinzai.engine.SimulationInput.CoursesCompleted;
import org.jinzai.engine.SimulationInput.Criterion;
import org.jinzai.engine.SimulationInput.Department;
import org.jinzai.engine.SimulationInput.DepartmentKind;
import org.jinzai.engine.SimulationInput.Employment;
import org.jinzai.engine.SimulationInput.LeadMonths;
import org.jinzai.engine.SimulationInput.Persona;
import org.jinzai.engine.SimulationInput.ProjectPlan;
import org.jinzai.engine.SimulationInput.ProjectsLed;
import org.jinzai.engine.SimulationInput.Rotation;
import org.jinzai.engine.SimulationInput.Rule;
import org.jinzai.engine.SimulationInput.Staff;
import org.jinzai.engine.SimulationInput.TargetSpec;

/**
 * A small mutable builder of engine inputs for tests: personas 0 = general, 1 = DX promoter (Step1 = course
 * 0; Step2 = 12 months leading), 2 = IS officer (Step1 = course 1, IT specialist).
 */
final class Inputs {

    static final int GENERAL = 0, PROMOTER = 1, IS_OFFICER = 2;

    int firstYear = 2026;
    int years = 5;
    final List<Department> departments = new ArrayList<>();
    final List<Staff> staff = new ArrayList<>();
    final List<CourseRun> runs = new ArrayList<>();
    final List<ProjectPlan> projects = new ArrayList<>();
    final List<Channel> channels = new ArrayList<>();
    final List<TargetSpec> targets = new ArrayList<>();
    Appointment appointment;
    Rotation rotation;
    double[] rateByType = { 0, 0, 0, 0 };
    /** Yearly leaving rates by employment type and age (null: {@link #rateByType} at every age). */
    double[][] rates;
    double specialistMultiplier = 1;
    /** Bands whose leaving rate each replication draws from a posterior. */
    final List<SimulationInput.UncertainRate> uncertain = new ArrayList<>();
    int retirementAge = 99;
    /** The retirement age of each fiscal year (null: {@link #retirementAge} in every one). */
    int[] retirementAges;
    /** The criteria of the promoter's Step1 (default: course 0 completed). */
    List<Criterion> promoterStep1 = List.of(new CoursesCompleted(new int[] { 0 }, 0));
    List<Criterion> promoterStep2 = List.of(new LeadMonths(12));
    List<Criterion> promoterStep3 = List.of(new ProjectsLed(2));

    Inputs departments(int count, DepartmentKind kind, int headcount) {
        for (int i = 0; i < count; i++) {
            departments.add(new Department(kind.name().toLowerCase() + departments.size(), kind, headcount, List.of(), List.of()));
        }
        return this;
    }

    /** Adds {@code count} regular staff of a persona, aged 30, to a department. */
    Inputs staff(int department, int persona, int count) {
        for (int i = 0; i < count; i++) {
            staff.add(person("s" + staff.size(), department, persona, 1996, Employment.REGULAR, 0, false));
        }
        return this;
    }

    Staff person(String key, int department, int persona, int birthYear, Employment employment, int monthsInPost,
            boolean specialist) {
        int[] steps = new int[3];
        return new Staff(key, birthYear, 2018, employment, employment == Employment.FIXED_TERM ? 2027 : 0, 1.0, 0,
                department, persona, specialist, monthsInPost, new int[2], new int[0], 0, 0, 0, steps);
    }

    /** A regular member aged 30 who has reached a step of their persona, {@code monthsInPost} in post. */
    Staff withStep(String key, int department, int persona, int step, int monthsInPost, boolean specialist) {
        int[] steps = new int[3];
        if (persona >= 0) {
            steps[persona] = step;
        }
        return new Staff(key, 1996, 2018, Employment.REGULAR, 0, 1.0, 0, department, persona, specialist, monthsInPost,
                new int[2], new int[0], 0, 0, 0, steps);
    }

    /**
     * A regular member aged 30 of a persona with a history: a step recorded, courses done, skill levels, months
     * leading, projects led and months mentoring.
     */
    Staff withHistory(String key, int department, int persona, int step, int[] coursesDone, int[] skillLevels, int monthsLeading,
            int projectsLed, int monthsMentoring) {
        int[] steps = new int[3];
        steps[persona] = step;
        return new Staff(key, 1996, 2018, Employment.REGULAR, 0, 1.0, 0, department, persona, false, 0, skillLevels,
                coursesDone, monthsLeading, projectsLed, monthsMentoring, steps);
    }

    Inputs seats(int course, int seatsPerYear, int month) {
        for (int y = 0; y < years; y++) {
            runs.add(new CourseRun(course, firstYear + y, month, seatsPerYear, -1));
        }
        return this;
    }

    SimulationInput build() {
        List<Course> courses = List.of(new Course("c-dx", new int[] { 0 }, new int[] { 1 }, 10_000, new int[] { PROMOTER }),
                new Course("c-is", new int[] { 1 }, new int[] { 1 }, 20_000, new int[] { IS_OFFICER }));
        List<List<Criterion>> promoterSteps = List.of(promoterStep1, promoterStep2, promoterStep3);
        List<Persona> personas = List.of(new Persona("general", false, List.of(), false, false),
                new Persona("promoter", true, promoterSteps, true, false),
                new Persona("is", true, List.of(List.of(new CoursesCompleted(new int[] { 1 }, 0))), false, true));
        double[][] rates = this.rates != null ? this.rates : new double[4][100];
        for (int t = 0; t < 4 && this.rates == null; t++) {
            Arrays.fill(rates[t], rateByType[t]);
        }
        int[] retirement = retirementAges != null ? retirementAges : new int[years];
        if (retirementAges == null) {
            Arrays.fill(retirement, retirementAge);
        }
        return new SimulationInput(firstYear, years, departments, 2, courses, personas, staff, runs, projects, appointment,
                rotation, channels, new Attrition(rates, specialistMultiplier, retirement, uncertain), targets);
    }

    /**
     * One year; six business 課 of six staff, each with a Step3 promoter and five general staff, all due to move; a large
     * project in 課 0 this year.
     */
    static Inputs step3PromoterInEachOfSixDepartments() {
        Inputs in = new Inputs();
        in.years = 1;
        in.departments.add(new SimulationInput.Department("big", SimulationInput.DepartmentKind.BUSINESS, 6, List.of(2026), List.of()));
        in.departments(5, SimulationInput.DepartmentKind.BUSINESS, 6);
        for (int d = 0; d < 6; d++) {
            in.staff.add(in.withStep("leader" + d, d, PROMOTER, 3, 24, false));
            for (int k = 0; k < 5; k++) {
                in.staff.add(in.withStep("g" + d + "-" + k, d, GENERAL, 0, 24, false));
            }
        }
        return in;
    }

    static Rotation rotation(int tenureYears, List<Rule> rules) {
        boolean[][] allowed = new boolean[5][5];
        for (boolean[] row : allowed) {
            Arrays.fill(row, true);
        }
        return new Rotation(tenureYears, tenureYears, 4, allowed, rules);
    }

    static double[] values(int years, int yearIndex, double value) {
        double[] values = new double[years];
        Arrays.fill(values, Double.NaN);
        values[yearIndex] = value;
        return values;
    }
}
