package org.jinzai.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.IntFunction;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.jinzai.engine.SimulationInput;
import org.jinzai.model.Course;
import org.jinzai.model.CourseSeats;
import org.jinzai.model.JinzaiFactory;
import org.jinzai.model.RecruitmentChannel;
import org.jinzai.model.Scenario;
import org.jinzai.model.YearlyCount;

/**
 * The levers a planner can seek a value for, each a whole number per fiscal year over the horizon:
 * {@code seats:<course id>} (the seats of a course each year) and {@code hires:<channel id>} (the hires a channel
 * plans each year). A lever changes a copy of the scenario; the scenario itself is never touched.
 */
public final class Levers {

    /** A lever of a scenario: its description and how a value changes (a copy of) a scenario. */
    public record Lever(String kind, String id, String name, BiFunction<Scenario, Integer, Scenario> change,
            BiFunction<Scenario, Double, Scenario> scale, Scenario scenario) {

        /** How a request names this lever: {@code seats:COURSE} or {@code hires:CHANNEL} (see {@link Levers#of}). */
        public String specification() {
            return kind + ":" + id; //$NON-NLS-1$
        }

        /** The engine input (for a run with this seed) with this lever's planned values multiplied by a factor (rounded). */
        public SimulationInput scaled(double factor, long seed) {
            return ScenarioCompiler.compile(scale.apply(scenario, factor), seed);
        }

        /** The engine input (for a run with this seed) for each value of this lever. */
        public IntFunction<SimulationInput> inputs(long seed) {
            return value -> ScenarioCompiler.compile(change.apply(scenario, value), seed);
        }

        /** The engine input (for a run with this seed) for each pair of values of this lever and another one. */
        public BiFunction<Integer, Integer, SimulationInput> with(Lever other, long seed) {
            return (a, b) -> ScenarioCompiler.compile(other.change().apply(change.apply(scenario, a), b), seed);
        }
    }

    private Levers() {
    }

    /**
     * The lever named by a specification such as {@code seats:course-dx-basics} or {@code hires:channel-ict}.
     *
     * @throws IllegalArgumentException naming what is wrong (unknown kind, course or channel)
     */
    public static Lever of(Scenario scenario, String specification) {
        int colon = specification.indexOf(':');
        String kind = colon < 0 ? specification : specification.substring(0, colon);
        String id = colon < 0 ? "" : specification.substring(colon + 1); //$NON-NLS-1$
        switch (kind) {
            case "seats" -> { //$NON-NLS-1$
                Course course = scenario.getBaseline().getCourses().stream().filter(c -> id.equals(c.getId())).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("no course " + id)); //$NON-NLS-1$
                return new Lever(kind, id, course.getName(), (s, value) -> withSeats(s, course, value),
                        (s, factor) -> seatsScaled(s, course, factor), scenario);
            }
            case "hires" -> { //$NON-NLS-1$
                boolean known = scenario.getChannels().stream().anyMatch(c -> id.equals(c.getId()));
                if (!known) {
                    throw new IllegalArgumentException("no recruitment channel " + id); //$NON-NLS-1$
                }
                String name = scenario.getChannels().stream().filter(c -> id.equals(c.getId())).findFirst().get().getName();
                return new Lever(kind, id, name, (s, value) -> withHires(s, id, value), (s, factor) -> hiresScaled(s, id, factor),
                        scenario);
            }
            default -> throw new IllegalArgumentException("unknown lever " + specification + " (seats:<course id> or hires:<channel id>)"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /**
     * Values of a lever for a sweep: a list ("10,20,30") or a range with a step ("0..60:10"); whole numbers of 0 or
     * more, at most 101 of them. Null when the text is not that.
     */
    public static int[] values(String text) {
        try {
            List<Integer> values = new ArrayList<>();
            String trimmed = text.trim();
            if (trimmed.contains("..")) { //$NON-NLS-1$
                String[] range = trimmed.split("\\.\\.|:"); //$NON-NLS-1$
                int from = Integer.parseInt(range[0].trim());
                int to = Integer.parseInt(range[1].trim());
                int step = range.length > 2 ? Integer.parseInt(range[2].trim()) : 1;
                if (step < 1 || to < from || (to - from) / step > 100) {
                    return null;
                }
                for (int v = from; v <= to; v += step) {
                    values.add(v);
                }
            } else {
                for (String part : trimmed.split(",")) { //$NON-NLS-1$
                    values.add(Integer.parseInt(part.trim()));
                }
            }
            if (values.isEmpty() || values.size() > 101 || values.stream().anyMatch(v -> v < 0)) {
                return null;
            }
            return values.stream().mapToInt(Integer::intValue).toArray();
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return null;
        }
    }

    /** Every lever of a scenario: the seats of each course of its baseline, then the hires of each channel. */
    public static List<Lever> all(Scenario scenario) {
        List<Lever> levers = new ArrayList<>();
        for (Course course : scenario.getBaseline().getCourses()) {
            levers.add(of(scenario, "seats:" + course.getId())); //$NON-NLS-1$
        }
        for (RecruitmentChannel channel : scenario.getChannels()) {
            levers.add(of(scenario, "hires:" + channel.getId())); //$NON-NLS-1$
        }
        return levers;
    }

    /** What a lever plans a year on average over the horizon (seats of the course, hires of the channel). */
    public static double plannedPerYear(Lever lever) {
        int[] byYear = plannedByYear(lever);
        return java.util.Arrays.stream(byYear).sum() / (double) byYear.length;
    }

    /** What a lever plans in each fiscal year of the horizon (seats of the course, hires of the channel). */
    public static int[] plannedByYear(Lever lever) {
        Scenario scenario = lever.scenario();
        int first = scenario.getRunSettings().getFirstFiscalYear();
        int years = scenario.getRunSettings().getHorizonYears();
        int[] planned = new int[years];
        if (lever.kind().equals("seats")) { //$NON-NLS-1$
            for (CourseSeats entry : scenario.getCourseSeats()) {
                int y = entry.getFiscalYear() - first;
                if (entry.getCourse() != null && lever.id().equals(entry.getCourse().getId()) && y >= 0 && y < years) {
                    planned[y] += entry.getSeats();
                }
            }
        } else {
            for (RecruitmentChannel channel : scenario.getChannels()) {
                if (lever.id().equals(channel.getId())) {
                    for (YearlyCount count : channel.getPlan()) {
                        int y = count.getFiscalYear() - first;
                        if (y >= 0 && y < years) {
                            planned[y] += count.getCount();
                        }
                    }
                }
            }
        }
        return planned;
    }

    /**
     * Whether a scenario's plan already sets a lever (by specification) to a value in every fiscal year, as setting it
     * would: then a measure "the lever at this value" is what the scenario's own plan tables show.
     */
    public static boolean isSetTo(Scenario scenario, String specification, int value) {
        Lever lever = of(scenario, specification);
        return java.util.Arrays.equals(plannedByYear(lever), plannedByYear(of(lever.change().apply(scenario, value), specification)));
    }

    /**
     * A copy of the scenario with the course's seats set to a value in every fiscal year (its months kept): a year with
     * several runs of the course shares the value among them (the earlier in the plan one more where it does not divide),
     * so that the year has the seats the lever says.
     */
    static Scenario withSeats(Scenario scenario, Course course, int seats) {
        Scenario copy = EcoreUtil.copy(scenario);
        int first = copy.getRunSettings().getFirstFiscalYear();
        int years = copy.getRunSettings().getHorizonYears();
        int month = 6;
        int[] runs = new int[years];
        for (CourseSeats entry : copy.getCourseSeats()) {
            int y = entry.getFiscalYear() - first;
            if (entry.getCourse() == course && y >= 0 && y < years) {
                runs[y]++;
            }
        }
        int[] given = new int[years];
        for (CourseSeats entry : copy.getCourseSeats()) {
            if (entry.getCourse() == course) {
                month = entry.getMonth();
                int y = entry.getFiscalYear() - first;
                if (y >= 0 && y < years) {
                    entry.setSeats(seats / runs[y] + (given[y] < seats % runs[y] ? 1 : 0));
                    given[y]++;
                } else {
                    entry.setSeats(seats);
                }
            }
        }
        for (int y = 0; y < years; y++) {
            if (runs[y] == 0) {
                CourseSeats entry = JinzaiFactory.eINSTANCE.createCourseSeats();
                entry.setCourse(course);
                entry.setFiscalYear(first + y);
                entry.setMonth(month);
                entry.setSeats(seats);
                copy.getCourseSeats().add(entry);
            }
        }
        return copy;
    }

    /** A copy of the scenario with the course's planned seats multiplied by a factor (rounded). */
    static Scenario seatsScaled(Scenario scenario, Course course, double factor) {
        Scenario copy = EcoreUtil.copy(scenario);
        for (CourseSeats entry : copy.getCourseSeats()) {
            if (entry.getCourse() == course) {
                entry.setSeats((int) Math.round(entry.getSeats() * factor));
            }
        }
        return copy;
    }

    /** A copy of the scenario with a channel's planned hires multiplied by a factor (rounded). */
    static Scenario hiresScaled(Scenario scenario, String channelId, double factor) {
        Scenario copy = EcoreUtil.copy(scenario);
        for (RecruitmentChannel channel : copy.getChannels()) {
            if (channelId.equals(channel.getId())) {
                for (YearlyCount count : channel.getPlan()) {
                    count.setCount((int) Math.round(count.getCount() * factor));
                }
            }
        }
        return copy;
    }

    /** A copy of the scenario with a channel's planned hires set to a value in every fiscal year. */
    static Scenario withHires(Scenario scenario, String channelId, int hires) {
        Scenario copy = EcoreUtil.copy(scenario);
        int first = copy.getRunSettings().getFirstFiscalYear();
        int years = copy.getRunSettings().getHorizonYears();
        for (RecruitmentChannel channel : copy.getChannels()) {
            if (!channelId.equals(channel.getId())) {
                continue;
            }
            for (int y = 0; y < years; y++) {
                int fiscalYear = first + y;
                YearlyCount count = channel.getPlan().stream().filter(c -> c.getFiscalYear() == fiscalYear).findFirst().orElse(null);
                // one entry a year: another of the same year would add to the lever's value
                YearlyCount kept = count;
                channel.getPlan().removeIf(c -> c.getFiscalYear() == fiscalYear && c != kept);
                if (count == null) {
                    count = JinzaiFactory.eINSTANCE.createYearlyCount();
                    count.setFiscalYear(fiscalYear);
                    channel.getPlan().add(count);
                }
                count.setCount(hires);
            }
        }
        return copy;
    }
}
