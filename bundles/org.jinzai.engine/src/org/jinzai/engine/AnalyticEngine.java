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
import org.jinzai.engine.SimulationInput.DepartmentKind;
import org.jinzai.engine.SimulationInput.Employment;
import org.jinzai.engine.SimulationInput.Persona;
import org.jinzai.engine.SimulationInput.Staff;
import org.jinzai.engine.SimulationInput.TargetSpec;

/**
 * The expected-value engine for instant previews: the same month loop as the Monte Carlo engine, but on
 * cohorts of identical staff carrying an expected (fractional) count instead of random individuals. Leaving,
 * filling, pass rates and re-appointment act by their probabilities; a course or project with fewer seats
 * than candidates trains each tier of candidates in proportion. Rotation is left out (moves change where
 * staff are, not how many reach a step). Without capacity limits, appointments or rotation, its counts are
 * the exact expectations of the Monte Carlo counts.
 */
public final class AnalyticEngine {

    /** Expected values per fiscal year. */
    public static final class Result {
        private final int personas;
        private final int departments;
        private final double[] counts;
        private final double[] targets;
        private final int targetCount;
        private final double[] hires;
        private final double[] leavers;

        Result(int years, int personas, int departments, int targetCount) {
            this.personas = personas;
            this.departments = departments;
            this.targetCount = targetCount;
            this.counts = new double[years * personas * 4 * (departments + 1)];
            this.targets = new double[years * Math.max(1, targetCount)];
            this.hires = new double[years];
            this.leavers = new double[years];
        }

        private int cell(int year, int persona, int step, int department) {
            return ((year * personas + persona) * 4 + step) * (departments + 1) + department + 1;
        }

        /** Expected FTE of a persona at exactly a step in a department (-1: all) at the end of a fiscal year. */
        public double count(int year, int persona, int step, int department) {
            return counts[cell(year, persona, step, department)];
        }

        public double countAtLeast(int year, int persona, int minimumStep, int department) {
            double sum = 0;
            for (int s = minimumStep; s <= 3; s++) {
                sum += count(year, persona, s, department);
            }
            return sum;
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

    /** A group of staff in the same state; {@code count} is their expected number. */
    private static final class Cohort {
        double count;
        int persona;
        byte[] steps;
        int department;
        Employment employment;
        int birthYear;
        int termEnd;
        double fte;
        int rank;
        boolean specialist;
        long courses;
        byte[] skills;
        int monthsLeading;
        int projectsLed;
        int monthsMentoring;
        int leadEnd = -1;
        int postStart;

        Cohort copy(double share) {
            Cohort c = new Cohort();
            c.count = share;
            c.persona = persona;
            c.steps = steps.clone();
            c.department = department;
            c.employment = employment;
            c.birthYear = birthYear;
            c.termEnd = termEnd;
            c.fte = fte;
            c.rank = rank;
            c.specialist = specialist;
            c.courses = courses;
            c.skills = skills.clone();
            c.monthsLeading = monthsLeading;
            c.projectsLed = projectsLed;
            c.monthsMentoring = monthsMentoring;
            c.leadEnd = leadEnd;
            c.postStart = postStart;
            return c;
        }

        /**
         * Everything but the count, for merging identical cohorts. A coarse key puts birth years in 5-year bands
         * and time in post in whole years, which bounds the number of cohorts of large organizations.
         */
        Key key(boolean coarse, int month, Merging merging) {
            long[] v = new long[9 + (steps.length + 7) / 8 + (skills.length + 7) / 8];
            v[0] = persona * 1_000_003L + department;
            // the birth year matters only through the leaving rates, retirement and appointment age of each year
            v[1] = employment.ordinal() * 100_000L + (coarse ? birthYear / 5 : merging.ageClass(this));
            v[2] = termEnd * 16L + (rank <= 1 ? 2 : 0) + (specialist ? 1 : 0);
            v[3] = courses;
            v[4] = Double.doubleToLongBits(fte);
            // counters matter only up to the largest threshold a step asks for; a finished lead not at all
            v[5] = Math.min(monthsLeading, merging.caps[0]) * 1_000_000L + Math.min(projectsLed, merging.caps[1]) * 1_000L;
            v[6] = Math.min(monthsMentoring, merging.caps[2]);
            v[7] = leadEnd >= month ? leadEnd : -1;
            // time in post matters only until it reaches the appointment's minimum (no rotation here)
            v[8] = merging.minMonthsInPost < 0 ? 0 : Math.max(postStart, month - merging.minMonthsInPost);
            if (coarse) {
                v[8] = Math.floorDiv(v[8], 12);
            }
            int k = 9;
            for (int i = 0; i < steps.length; i += 8, k++) {
                for (int j = i; j < Math.min(steps.length, i + 8); j++) {
                    v[k] |= (steps[j] & 0xFFL) << (8 * (j - i));
                }
            }
            // only the skills some step asks about
            for (int i = 0; i < skills.length; i += 8, k++) {
                for (int j = i; j < Math.min(skills.length, i + 8); j++) {
                    if (merging.skillUsed[j]) {
                        v[k] |= (skills[j] & 0xFFL) << (8 * (j - i));
                    }
                }
            }
            return new Key(v);
        }
    }

    /** What merging needs to know to tell which differences between cohorts can matter. */
    private static final class Merging {
        final SimulationInput input;
        final Plan plan;
        final int[] caps;
        final boolean[] skillUsed;
        final int minMonthsInPost;
        private final Map<Long, Integer> ageClasses = new HashMap<>();
        private final Map<List<Object>, Integer> classIds = new HashMap<>();

        Merging(SimulationInput input, Plan plan) {
            this.input = input;
            this.plan = plan;
            this.caps = caps(input);
            this.skillUsed = new boolean[input.skillCount()];
            for (Persona persona : input.personas()) {
                for (List<SimulationInput.Criterion> criteria : persona.steps()) {
                    for (SimulationInput.Criterion criterion : criteria) {
                        if (criterion instanceof SimulationInput.SkillAtLeast skill) {
                            skillUsed[skill.skill()] = true;
                        }
                    }
                }
            }
            this.minMonthsInPost = input.appointment() == null ? -1 : input.appointment().minMonthsInPost();
        }

        /** Birth years with the same leaving rates, retirement and appointment eligibility in every year share a class. */
        int ageClass(Cohort c) {
            boolean multiplied = c.persona >= 0 && input.personas().get(c.persona).itSpecialist() && !c.specialist;
            long memo = (c.employment.ordinal() * 10_000L + c.birthYear) * 2 + (multiplied ? 1 : 0);
            Integer known = ageClasses.get(memo);
            if (known != null) {
                return known;
            }
            List<Object> signature = new ArrayList<>();
            signature.add(c.employment);
            signature.add(multiplied);
            Appointment appointment = input.appointment();
            for (int y = 0; y < input.horizonYears(); y++) {
                int age = Math.max(0, Math.min(99, input.firstFiscalYear() + y - c.birthYear));
                signature.add(plan.stayPowers(c.employment.ordinal(), age, multiplied));
                int retirement = input.attrition().retirementAge()[Math.min(y, input.attrition().retirementAge().length - 1)];
                signature.add(retirement > 0 && age >= retirement);
                signature.add(appointment != null && age >= appointment.minAge() && age <= appointment.maxAge());
            }
            int id = classIds.computeIfAbsent(signature, k -> classIds.size());
            ageClasses.put(memo, id);
            return id;
        }
    }

    /** A cohort's state as packed numbers. */
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

    /** Above this many cohorts, cohorts are merged by their coarse key. */
    private static final int COARSE_ABOVE = 60_000;

    /** Computes the expected values of a scenario. */
    public Result run(SimulationInput input) {
        Plan plan = new Plan(input);
        int years = input.horizonYears();
        Result result = new Result(years, plan.personas, plan.departments, input.targets().size());
        List<Cohort> cohorts = new ArrayList<>();
        for (Staff s : input.staff()) {
            Cohort c = new Cohort();
            c.count = 1;
            c.persona = s.persona();
            c.steps = new byte[plan.personas];
            for (int p = 0; p < plan.personas; p++) {
                c.steps[p] = (byte) s.stepByPersona()[p];
            }
            c.department = s.department();
            c.employment = s.employment();
            c.birthYear = s.birthYear();
            c.termEnd = s.termEndFiscalYear();
            c.fte = s.fte();
            c.rank = s.rank();
            c.specialist = s.specialist();
            for (int course : s.coursesDone()) {
                c.courses |= 1L << course;
            }
            c.skills = new byte[input.skillCount()];
            for (int k = 0; k < input.skillCount(); k++) {
                c.skills[k] = (byte) s.skillLevels()[k];
            }
            c.monthsLeading = s.monthsLeading();
            c.projectsLed = s.projectsLed();
            c.monthsMentoring = s.monthsMentoring();
            c.postStart = -s.monthsInPost();
            cohorts.add(c);
        }
        Merging merging = new Merging(input, plan);
        cohorts = merge(cohorts, 0, merging);
        updateSteps(input, cohorts);
        for (int m = 0; m < plan.months; m++) {
            int y = m / 12;
            if (m % 12 == 0 && m > 0) {
                retire(input, cohorts, y - 1, result, y);
            }
            leave(plan, cohorts, y, result);
            recruit(plan, cohorts, m, y, result);
            if (m % 12 == 0 && input.appointment() != null) {
                cohorts = appoint(input, plan, cohorts, y);
            }
            cohorts = train(input, plan, cohorts, m);
            cohorts = projects(input, plan, cohorts, m);
            mentoring(input, plan, cohorts);
            updateSteps(input, cohorts);
            cohorts = merge(cohorts, m + 1, merging);
            if (m % 12 == 11) {
                observe(input, plan, cohorts, y, result);
            }
        }
        return result;
    }

    private static List<Cohort> merge(List<Cohort> cohorts, int month, Merging merging) {
        boolean coarse = cohorts.size() > COARSE_ABOVE;
        Map<Key, Cohort> merged = new HashMap<>(cohorts.size() * 2);
        List<Cohort> out = new ArrayList<>();
        for (Cohort c : cohorts) {
            if (c.count <= 1e-12) {
                continue;
            }
            Cohort same = merged.putIfAbsent(c.key(coarse, month, merging), c);
            if (same == null) {
                out.add(c);
            } else {
                // a coarse merge keeps the count-weighted birth year and post start
                double total = same.count + c.count;
                if (coarse) {
                    same.birthYear = (int) Math.round((same.birthYear * same.count + c.birthYear * c.count) / total);
                    same.postStart = (int) Math.round((same.postStart * same.count + c.postStart * c.count) / total);
                }
                same.count = total;
            }
        }
        return out;
    }

    /** The largest months leading, projects led and months mentoring any step asks for. */
    private static int[] caps(SimulationInput input) {
        int[] caps = new int[3];
        for (Persona persona : input.personas()) {
            for (List<SimulationInput.Criterion> criteria : persona.steps()) {
                for (SimulationInput.Criterion criterion : criteria) {
                    switch (criterion) {
                        case SimulationInput.LeadMonths l -> caps[0] = Math.max(caps[0], l.months());
                        case SimulationInput.ProjectsLed p -> caps[1] = Math.max(caps[1], p.projects());
                        case SimulationInput.MentoringMonths mm -> caps[2] = Math.max(caps[2], mm.months());
                        default -> {
                        }
                    }
                }
            }
        }
        return caps;
    }

    private static void retire(SimulationInput input, List<Cohort> cohorts, int lastYear, Result result, int y) {
        int fiscalYear = input.firstFiscalYear() + lastYear;
        int[] ages = input.attrition().retirementAge();
        int retirementAge = ages[Math.min(lastYear, ages.length - 1)];
        for (Cohort c : cohorts) {
            boolean termOver = c.employment != Employment.REGULAR && c.termEnd > 0 && c.termEnd <= fiscalYear;
            boolean retires = c.employment == Employment.REGULAR && retirementAge > 0 && fiscalYear - c.birthYear >= retirementAge;
            if (termOver || retires) {
                result.leavers[y] += c.count;
                c.count = 0;
            }
        }
    }

    /** One month of the constant monthly hazard of each cohort's yearly rate. */
    private static void leave(Plan plan, List<Cohort> cohorts, int y, Result result) {
        int fiscalYear = plan.input.firstFiscalYear() + y;
        for (Cohort c : cohorts) {
            int age = Math.max(0, Math.min(99, fiscalYear - c.birthYear));
            boolean multiplied = c.persona >= 0 && plan.input.personas().get(c.persona).itSpecialist() && !c.specialist;
            double[] stay = plan.stayPowers(c.employment.ordinal(), age, multiplied);
            if (stay != null) {
                double leaving = c.count * (1 - stay[1]);
                c.count -= leaving;
                result.leavers[y] += leaving;
            }
        }
    }

    private static void recruit(Plan plan, List<Cohort> cohorts, int m, int y, Result result) {
        SimulationInput input = plan.input;
        for (Plan.Hire hire : plan.hiresByMonth.get(m)) {
            Channel channel = input.channels().get(hire.channel());
            double expected = channel.fill() * channel.passRate();
            if (expected <= 0) {
                continue;
            }
            Cohort c = new Cohort();
            c.count = expected;
            c.persona = channel.persona();
            c.steps = new byte[plan.personas];
            c.department = channel.department() >= 0 ? channel.department() : mostVacant(input, cohorts);
            boolean fixed = channel.termYears() > 0;
            c.employment = channel.kind() == SimulationInput.ChannelKind.SHARED_EXPERT ? Employment.OUTSOURCED
                    : fixed ? Employment.FIXED_TERM : Employment.REGULAR;
            c.termEnd = fixed ? input.firstFiscalYear() + y + channel.termYears() - 1 : 0;
            c.birthYear = input.firstFiscalYear() + y - typicalHireAge(channel);
            c.fte = channel.fte();
            c.specialist = channel.specialist();
            c.skills = new byte[input.skillCount()];
            c.postStart = m;
            // arrival month: leaving from this month on, like the Monte Carlo draw at arrival
            cohorts.add(c);
            result.hires[y] += expected;
        }
    }

    /** The hire's age is random in the Monte Carlo engine; the analytic one uses the middle of its range. */
    private static int typicalHireAge(Channel channel) {
        return switch (channel.kind()) {
            case NEW_GRADUATE -> 23;
            case ICT_SLOT -> 25;
            case MID_CAREER -> 37;
            case FIXED_TERM -> 40;
            case EXTERNAL_EXPERT, SHARED_EXPERT -> 47;
        };
    }

    private static int mostVacant(SimulationInput input, List<Cohort> cohorts) {
        double[] staff = new double[input.departments().size()];
        for (Cohort c : cohorts) {
            staff[c.department] += c.count;
        }
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

    private static List<Cohort> appoint(SimulationInput input, Plan plan, List<Cohort> cohorts, int y) {
        Appointment policy = input.appointment();
        List<Cohort> out = new ArrayList<>();
        double[] promoters = new double[plan.departments];
        for (Cohort c : cohorts) {
            if (c.persona == policy.promoterPersona()) {
                Cohort gone = c.copy(c.count * (1 - policy.reappointmentProbability()));
                gone.persona = policy.generalPersona();
                c.count *= policy.reappointmentProbability();
                promoters[c.department] += c.count;
                out.add(gone);
            }
            out.add(c);
        }
        // fill each department's expected deficit from its eligible staff, the most trained first
        int month = y * 12;
        for (int d = 0; d < plan.departments; d++) {
            double deficit = policy.perDepartment() - promoters[d];
            if (input.departments().get(d).kind() != DepartmentKind.BUSINESS || deficit <= 1e-12) {
                continue;
            }
            for (int step = 3; step >= 0 && deficit > 1e-12; step--) {
                double eligible = 0;
                List<Cohort> tier = new ArrayList<>();
                for (Cohort c : out) {
                    int age = input.firstFiscalYear() + y - c.birthYear;
                    if (c.department == d && c.persona == policy.generalPersona() && c.employment == Employment.REGULAR
                            && c.rank <= 1 && age >= policy.minAge() && age <= policy.maxAge()
                            && month - c.postStart >= policy.minMonthsInPost() && c.steps[policy.promoterPersona()] == step) {
                        eligible += c.count;
                        tier.add(c);
                    }
                }
                if (eligible <= 0) {
                    continue;
                }
                double share = Math.min(1, deficit / eligible);
                for (Cohort c : tier) {
                    Cohort appointed = c.copy(c.count * share);
                    appointed.persona = policy.promoterPersona();
                    c.count -= appointed.count;
                    out.add(appointed);
                }
                deficit -= share * eligible;
            }
        }
        return out;
    }

    private static List<Cohort> train(SimulationInput input, Plan plan, List<Cohort> cohorts, int m) {
        List<CourseRun> runs = plan.coursesByMonth.get(m);
        if (runs.isEmpty()) {
            return cohorts;
        }
        for (CourseRun run : runs) {
            int course = run.course();
            long bit = 1L << course;
            double[] tierCount = new double[3];
            int[] tierOf = new int[cohorts.size()];
            for (int k = 0; k < cohorts.size(); k++) {
                Cohort c = cohorts.get(k);
                tierOf[k] = -1;
                if ((c.courses & bit) != 0 || c.persona < 0) {
                    continue;
                }
                int next = c.steps[c.persona];
                boolean needed = next < 3 && (plan.nextStepCourses[c.persona][next] & bit) != 0;
                boolean priority = c.persona == run.priorityPersona();
                boolean target = (plan.coursePersonas[course] & (1L << c.persona)) != 0;
                if (needed || priority || target) {
                    tierOf[k] = needed ? 0 : priority ? 1 : 2;
                    tierCount[tierOf[k]] += c.count;
                }
            }
            double seats = run.seats();
            double[] share = new double[3];
            for (int t = 0; t < 3; t++) {
                share[t] = tierCount[t] <= 0 ? 0 : Math.min(1, seats / tierCount[t]);
                seats -= share[t] * tierCount[t];
            }
            Course spec = input.courses().get(course);
            int size = cohorts.size();
            for (int k = 0; k < size; k++) {
                if (tierOf[k] < 0 || share[tierOf[k]] <= 0) {
                    continue;
                }
                Cohort c = cohorts.get(k);
                Cohort trained = share[tierOf[k]] >= 1 ? c : c.copy(c.count * share[tierOf[k]]);
                if (trained != c) {
                    c.count -= trained.count;
                    cohorts.add(trained);
                }
                trained.courses |= bit;
                for (int g = 0; g < spec.grantedSkills().length; g++) {
                    int s = spec.grantedSkills()[g];
                    trained.skills[s] = (byte) Math.max(trained.skills[s], spec.grantedLevels()[g]);
                }
            }
        }
        return cohorts;
    }

    private static List<Cohort> projects(SimulationInput input, Plan plan, List<Cohort> cohorts, int m) {
        for (Plan.ProjectStart start : plan.projectsByMonth.get(m)) {
            double eligible = 0;
            List<Cohort> leads = new ArrayList<>();
            for (Cohort c : cohorts) {
                if (c.department == start.department() && c.leadEnd < m && c.persona >= 0
                        && input.personas().get(c.persona).leads() && c.steps[c.persona] >= 1) {
                    eligible += c.count;
                    leads.add(c);
                }
            }
            if (eligible <= 0) {
                continue;
            }
            double share = Math.min(1, start.leadSeats() / eligible);
            for (Cohort c : leads) {
                Cohort leading = share >= 1 ? c : c.copy(c.count * share);
                if (leading != c) {
                    c.count -= leading.count;
                    cohorts.add(leading);
                }
                leading.leadEnd = m + start.durationMonths() - 1;
            }
        }
        for (Cohort c : cohorts) {
            if (c.leadEnd >= m) {
                c.monthsLeading++;
                if (c.leadEnd == m) {
                    c.projectsLed++;
                }
            }
        }
        return cohorts;
    }

    private static void mentoring(SimulationInput input, Plan plan, List<Cohort> cohorts) {
        double[][] step1 = new double[plan.departments][plan.personas];
        for (Cohort c : cohorts) {
            if (c.persona >= 0 && plan.mentors[c.persona] && c.steps[c.persona] == 1) {
                step1[c.department][c.persona] += c.count;
            }
        }
        for (Cohort c : cohorts) {
            if (c.persona >= 0 && plan.mentors[c.persona] && c.steps[c.persona] >= 2 && step1[c.department][c.persona] > 1e-9) {
                c.monthsMentoring++;
            }
        }
    }

    private static void updateSteps(SimulationInput input, List<Cohort> cohorts) {
        for (Cohort c : cohorts) {
            if (c.persona >= 0) {
                Persona p = input.personas().get(c.persona);
                if (p.hasSteps()) {
                    int reached = Steps.reached(p, c.courses, c.skills, 0, c.monthsLeading, c.projectsLed, c.monthsMentoring);
                    c.steps[c.persona] = (byte) Math.max(c.steps[c.persona], reached);
                }
            }
        }
    }

    private static void observe(SimulationInput input, Plan plan, List<Cohort> cohorts, int y, Result result) {
        for (Cohort c : cohorts) {
            if (c.persona < 0) {
                continue;
            }
            int step = input.personas().get(c.persona).hasSteps() ? c.steps[c.persona] : 0;
            result.counts[result.cell(y, c.persona, step, c.department)] += c.count * c.fte;
            result.counts[result.cell(y, c.persona, step, -1)] += c.count * c.fte;
        }
        for (int t = 0; t < input.targets().size(); t++) {
            TargetSpec target = input.targets().get(t);
            result.targets[y * result.targetCount + t] = value(input, plan, cohorts, target, y, result);
        }
    }

    private static double value(SimulationInput input, Plan plan, List<Cohort> cohorts, TargetSpec target, int y, Result result) {
        if (target.kind() == SimulationInput.TargetKind.NEW_HIRES) {
            return result.hires[y];
        }
        double[] part = new double[plan.departments];
        double[] whole = new double[plan.departments];
        boolean courseTarget = target.kind() == SimulationInput.TargetKind.COURSE_COMPLETION_RATE;
        long bit = target.course() >= 0 ? 1L << target.course() : 0;
        for (Cohort c : cohorts) {
            if (target.persona() >= 0 && c.persona != target.persona()) {
                continue;
            }
            double amount = c.count * c.fte;
            whole[c.department] += amount;
            boolean counted = courseTarget ? (c.courses & bit) != 0
                    : c.persona >= 0 && c.steps[c.persona] >= target.minimumStep();
            if (counted) {
                part[c.department] += amount;
            }
        }
        boolean share = courseTarget || target.kind() == SimulationInput.TargetKind.SHARE_AT_STEP;
        return TargetValues.aggregate(input, target, part, whole, share);
    }
}
