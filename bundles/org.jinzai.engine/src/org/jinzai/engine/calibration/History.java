package org.jinzai.engine.calibration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jinzai.engine.calibration.HistoryProblem.Kind;

/**
 * Yearly rosters joined on the staff id: for every member on a year's roster whose next year's roster exists, what
 * became of them a year later (there again, where, in which role; or gone). Members whose history cannot be right (an
 * id twice in a year, an id that comes back, a birth year that changes) are reported with the line that shows it and
 * left out, not guessed.
 */
public final class History {

    /**
     * A member's year: the record, the next year's record of the same id (null: not on the next roster), and the
     * months the member had been in the post on the record's date: as the roster says, else known when the history
     * saw them arrive by a move (0 on the first roster in the new post, 12 more each year), else -1.
     */
    public record Transition(RosterRecord from, RosterRecord to, int monthsInPost) {
        public boolean left() {
            return to == null;
        }

        /** Whether the member is in another department a year later. */
        public boolean moved() {
            return to != null && !to.department().equals(from.department());
        }
    }

    private final TreeSet<Integer> years = new TreeSet<>();
    private final List<Transition> transitions = new ArrayList<>();
    private final List<HistoryProblem> problems = new ArrayList<>();
    private final int members;

    private History(Collection<RosterRecord> records) {
        Map<String, List<RosterRecord>> byId = new LinkedHashMap<>();
        for (RosterRecord r : records) {
            years.add(r.fiscalYear());
            byId.computeIfAbsent(r.id(), id -> new ArrayList<>()).add(r);
        }
        Set<String> excluded = new HashSet<>();
        for (Map.Entry<String, List<RosterRecord>> entry : byId.entrySet()) {
            List<RosterRecord> list = entry.getValue();
            list.sort(Comparator.comparingInt(RosterRecord::fiscalYear).thenComparingInt(RosterRecord::line));
            HistoryProblem problem = check(list);
            if (problem != null) {
                problems.add(problem);
                excluded.add(entry.getKey());
            }
        }
        problems.sort(Comparator.comparing(HistoryProblem::source).thenComparingInt(HistoryProblem::line));
        int kept = 0;
        for (Map.Entry<String, List<RosterRecord>> entry : byId.entrySet()) {
            if (excluded.contains(entry.getKey())) {
                continue;
            }
            kept++;
            Map<Integer, RosterRecord> byYear = new HashMap<>();
            for (RosterRecord r : entry.getValue()) {
                byYear.put(r.fiscalYear(), r);
            }
            for (RosterRecord r : entry.getValue()) {
                // a year is followed only when the next year's roster exists (the last year's members are censored)
                if (years.contains(r.fiscalYear() + 1)) {
                    transitions.add(new Transition(r, byYear.get(r.fiscalYear() + 1), monthsInPost(r, byYear)));
                }
            }
        }
        members = kept;
    }

    /** Months in post on a record: the roster's own figure, else from a move the history saw, else -1. */
    private static int monthsInPost(RosterRecord r, Map<Integer, RosterRecord> byYear) {
        if (r.monthsInPost() >= 0) {
            return r.monthsInPost();
        }
        int year = r.fiscalYear();
        while (byYear.get(year - 1) != null && byYear.get(year - 1).department().equals(r.department())) {
            year--;
        }
        // a move seen (the year before in another post); a hire's months are not known from the rosters alone
        return byYear.get(year - 1) == null ? -1 : 12 * (r.fiscalYear() - year);
    }

    /** Joins yearly roster records (of any number of files, in any order). */
    public static History of(Collection<RosterRecord> records) {
        return new History(records);
    }

    /** The first inconsistency of a member's records (sorted by year), or null. */
    private HistoryProblem check(List<RosterRecord> list) {
        for (int k = 1; k < list.size(); k++) {
            RosterRecord before = list.get(k - 1);
            RosterRecord now = list.get(k);
            if (now.fiscalYear() == before.fiscalYear()) {
                return new HistoryProblem(Kind.DUPLICATE, now.id(), now.source(), now.line(), before.source() + ":" + before.line(),
                        Integer.toString(now.fiscalYear()));
            }
            if (now.birthYear() != before.birthYear()) {
                return new HistoryProblem(Kind.BIRTH_YEAR_CHANGES, now.id(), now.source(), now.line(), Integer.toString(before.birthYear()),
                        Integer.toString(now.birthYear()));
            }
            // gone in a year whose roster exists, back later
            for (int y = before.fiscalYear() + 1; y < now.fiscalYear(); y++) {
                if (years.contains(y)) {
                    return new HistoryProblem(Kind.RETURNS, now.id(), now.source(), now.line(), Integer.toString(before.fiscalYear()),
                            Integer.toString(now.fiscalYear()));
                }
            }
        }
        return null;
    }

    /** The fiscal years with a roster. */
    public Set<Integer> years() {
        return java.util.Collections.unmodifiableSet(years);
    }

    public int firstYear() {
        return years.isEmpty() ? 0 : years.first();
    }

    public int lastYear() {
        return years.isEmpty() ? 0 : years.last();
    }

    /** Every followed member-year, in the order of the members' first appearance and then of the years. */
    public List<Transition> transitions() {
        return List.copyOf(transitions);
    }

    /** What cannot be right, in the order of the files and lines; those members are left out. */
    public List<HistoryProblem> problems() {
        return List.copyOf(problems);
    }

    /** How many members are followed (those without a problem). */
    public int members() {
        return members;
    }
}
