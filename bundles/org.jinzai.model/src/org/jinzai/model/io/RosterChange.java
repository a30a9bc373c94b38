package org.jinzai.model.io;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.jinzai.model.Baseline;
import org.jinzai.model.StaffMember;
import org.jinzai.model.steps.StepRules;

/**
 * What a roster import changes in a baseline, worked out before anything is changed: the staff added (a 職員ID not in
 * the roster), updated (an id in the roster whose values the file changes), unchanged, and — only when the roster is
 * replaced — removed (in the roster, not in the file); and how many staff are at Step1, Step2 and Step3 of their
 * persona before and after, the steps of added and updated staff recomputed from the baseline's step rules.
 *
 * <p>An update is a new member in the old one's place (same position in the roster) holding the old member's values
 * with the file's columns set over them; the members the file does not change stay the same objects. So the roster
 * after the import is one list ({@link #staffAfter()}): the command line {@link #apply() applies} it, the workbench
 * sets it in one command whose undo sets the old list back, the very objects in their order.</p>
 */
public final class RosterChange {

    /** A member of the roster and what the file makes of them. */
    public record Update(StaffMember current, StaffMember updated) {
    }

    private final Baseline baseline;
    private final boolean replace;
    private final List<StaffMember> added = new ArrayList<>();
    private final List<Update> updated = new ArrayList<>();
    private final List<StaffMember> removed = new ArrayList<>();
    private int unchanged;
    private final int before;
    private final int[] stepsBefore;
    private int[] stepsAfter;
    private List<StaffMember> staffAfter;

    private RosterChange(Baseline baseline, boolean replace) {
        this.baseline = baseline;
        this.replace = replace;
        this.before = baseline.getStaff().size();
        this.stepsBefore = steps(baseline.getStaff());
    }

    static RosterChange of(Baseline baseline, List<StaffMember> incoming, Set<RosterImport.Column> columns, boolean replace) {
        RosterChange change = new RosterChange(baseline, replace);
        Map<String, StaffMember> byId = new HashMap<>();
        for (StaffMember member : baseline.getStaff()) {
            byId.putIfAbsent(member.getId(), member);
        }
        Map<StaffMember, StaffMember> matched = new IdentityHashMap<>();
        for (StaffMember person : incoming) {
            StaffMember current = byId.get(person.getId());
            if (current == null) {
                change.added.add(person);
                continue;
            }
            matched.put(current, current);
            StaffMember merged = merge(current, person, columns);
            if (same(current, merged)) {
                change.unchanged++;
            } else {
                change.updated.add(new Update(current, merged));
            }
        }
        if (replace) {
            for (StaffMember member : baseline.getStaff()) {
                if (!matched.containsKey(member)) {
                    change.removed.add(member);
                }
            }
        }
        Set<StaffMember> gone = Collections.newSetFromMap(new IdentityHashMap<>());
        gone.addAll(change.removed);
        List<StaffMember> after = new ArrayList<>(baseline.getStaff());
        after.removeIf(gone::contains);
        Map<StaffMember, StaffMember> replacing = new IdentityHashMap<>();
        change.updated.forEach(u -> replacing.put(u.current(), u.updated()));
        after.replaceAll(m -> replacing.getOrDefault(m, m));
        after.addAll(change.added);
        change.staffAfter = List.copyOf(after);
        change.stepsAfter = steps(after);
        return change;
    }

    /** The current member with the file's columns set over it, its step for its persona recomputed. */
    private static StaffMember merge(StaffMember current, StaffMember incoming, Set<RosterImport.Column> columns) {
        StaffMember merged = EcoreUtil.copy(current);
        for (RosterImport.Column column : columns) {
            EStructuralFeature feature = column.feature;
            if (feature.isMany()) {
                @SuppressWarnings("unchecked")
                List<Object> list = (List<Object>) merged.eGet(feature);
                list.clear();
                Collection<?> values = (Collection<?>) incoming.eGet(feature);
                list.addAll(feature instanceof EReference r && r.isContainment() ? EcoreUtil.copyAll(values) : values);
            } else if (incoming.eIsSet(feature)) {
                merged.eSet(feature, incoming.eGet(feature));
            } else {
                merged.eUnset(feature);
            }
        }
        RosterImport.recordStep(merged);
        return merged;
    }

    /** Whether two members hold the same values (referenced elements the same ones, contained ones equal). */
    private static boolean same(EObject a, EObject b) {
        if (a.eClass() != b.eClass()) {
            return false;
        }
        for (EStructuralFeature feature : a.eClass().getEAllStructuralFeatures()) {
            if (feature.isDerived() || feature.isTransient()) {
                continue;
            }
            if (a.eIsSet(feature) != b.eIsSet(feature)) {
                return false;
            }
            Object x = a.eGet(feature);
            Object y = b.eGet(feature);
            if (feature instanceof EAttribute || !((EReference) feature).isContainment()) {
                if (!Objects.equals(x, y)) { // lists of references compare element by element, by identity
                    return false;
                }
            } else if (feature.isMany()) {
                List<?> xs = (List<?>) x;
                List<?> ys = (List<?>) y;
                if (xs.size() != ys.size()) {
                    return false;
                }
                for (int i = 0; i < xs.size(); i++) {
                    if (!same((EObject) xs.get(i), (EObject) ys.get(i))) {
                        return false;
                    }
                }
            } else if (x == null ? y != null : y == null || !same((EObject) x, (EObject) y)) {
                return false;
            }
        }
        return true;
    }

    /** Staff at Step1, Step2 and Step3 of their persona (indexes 1-3), as recorded in the roster. */
    private static int[] steps(List<StaffMember> staff) {
        int[] counts = new int[4];
        for (StaffMember member : staff) {
            if (member.getPersona() != null) {
                int step = StepRules.recordedStep(member, member.getPersona());
                if (step >= 1 && step <= 3) {
                    counts[step]++;
                }
            }
        }
        return counts;
    }

    /**
     * Applies the change to the baseline directly (the command line; the workbench runs it as a command that sets
     * {@link #staffAfter()} and back).
     */
    public void apply() {
        ECollections.setEList(baseline.getStaff(), staffAfter);
    }

    /**
     * The roster after the import, in its order: the members kept (the same objects) and each updated one in its
     * predecessor's place, then the added ones.
     */
    public List<StaffMember> staffAfter() {
        return staffAfter;
    }

    public Baseline baseline() {
        return baseline;
    }

    /** Whether the roster is replaced (staff not in the file removed). */
    public boolean replace() {
        return replace;
    }

    public List<StaffMember> added() {
        return added;
    }

    public List<Update> updated() {
        return updated;
    }

    public List<StaffMember> removed() {
        return removed;
    }

    /** Staff in the file whose values the roster already holds. */
    public int unchanged() {
        return unchanged;
    }

    /** Staff in the roster before. */
    public int before() {
        return before;
    }

    /** Staff in the roster after. */
    public int after() {
        return before - removed.size() + added.size();
    }

    /** Staff at a step (1-3) of their persona before the import. */
    public int stepBefore(int step) {
        return stepsBefore[step];
    }

    /** Staff at a step (1-3) of their persona after the import. */
    public int stepAfter(int step) {
        return stepsAfter[step];
    }

    /** Whether the import changes nothing. */
    public boolean isEmpty() {
        return added.isEmpty() && updated.isEmpty() && removed.isEmpty();
    }

    /** What a replace does, to confirm: 「名簿を置き換えます：144名 → 3名（141名が名簿から外れます）」. */
    public String replaceWarning() {
        return NLS.bind(Messages.Roster_replaceWarning, new Object[] { before, after(), removed.size() });
    }

    /** The counts in one line: added, updated, unchanged, removed, staff before and after. */
    public String counts() {
        return NLS.bind(Messages.Roster_counts, new Object[] { added.size(), updated.size(), unchanged, removed.size(), before, after() });
    }

    /** The staff at each step before and after, in one line. */
    public String stepCounts() {
        return NLS.bind(Messages.Roster_steps, new Object[] { stepsBefore[1], stepsAfter[1], stepsBefore[2], stepsAfter[2],
                stepsBefore[3], stepsAfter[3] });
    }

    /** The summary for the user: the counts and the steps, on two lines. */
    public String summary() {
        return counts() + "\n" + stepCounts(); //$NON-NLS-1$
    }
}
