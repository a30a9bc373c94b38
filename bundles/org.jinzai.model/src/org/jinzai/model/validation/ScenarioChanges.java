package org.jinzai.model.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.jinzai.model.NamedElement;
import org.jinzai.model.Scenario;
import org.jinzai.model.util.FiscalYears;

/**
 * What one scenario changes against another (the levers a comparison varies), each change a line in the planner's
 * words with the forms' labels: 「異動ルール「研修直後のDX推進員は異動させない」 › 有効: いいえ → はい」, 「追加: 採用チャネル
 * 「ICT枠採用」」. Elements are matched by id, rows of a fiscal year by what they concern and their year; names,
 * descriptions and the run settings are not levers and are left out.
 */
public final class ScenarioChanges {

    /** Features that describe a scenario rather than change what it projects. */
    private static final Set<String> NOT_LEVERS = Set.of("id", "name", "description", "modelVersion", "derivedFrom", "runSettings"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

    private ScenarioChanges() {
    }

    /**
     * The changes from a reference scenario to another, in the order of the forms; empty when they project the same.
     * The same change in several fiscal years is one line with its years (2026年度（令和8年度）～2030年度（令和12年度）).
     */
    public static List<String> of(Scenario reference, Scenario other) {
        List<String> changes = new ArrayList<>();
        compare(reference, other, null, changes);
        return byYears(changes);
    }

    /** Marks where a line names a fiscal year ({@link #label}), so that the same change over several years is one line. */
    private static final char YEAR = '\u0001';

    /** Lines that differ only in their fiscal year become one, with the years as a range (or a list when not consecutive). */
    private static List<String> byYears(List<String> lines) {
        Map<String, List<Integer>> years = new LinkedHashMap<>();
        for (String line : lines) {
            int start = line.indexOf(YEAR);
            int end = start < 0 ? -1 : line.indexOf(YEAR, start + 1);
            if (end < 0) {
                years.put(line, null);
                continue;
            }
            String template = line.substring(0, start) + YEAR + line.substring(end + 1);
            years.computeIfAbsent(template, t -> new ArrayList<>()).add(Integer.parseInt(line.substring(start + 1, end)));
        }
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> entry : years.entrySet()) {
            List<Integer> list = entry.getValue();
            if (list == null) {
                out.add(entry.getKey());
                continue;
            }
            list.sort(null);
            boolean consecutive = list.get(list.size() - 1) - list.get(0) == list.size() - 1;
            String when = list.size() == 1 ? FiscalYears.label(list.get(0))
                    : consecutive ? NLS.bind(Messages.Changes_years, FiscalYears.label(list.get(0)), FiscalYears.label(list.get(list.size() - 1)))
                            : String.join(Messages.Uses_separator, list.stream().map(FiscalYears::label).toList());
            String template = entry.getKey();
            int at = template.indexOf(YEAR);
            out.add(template.substring(0, at) + when + template.substring(at + 1));
        }
        // a year within a year (not in today's model) is named as it is
        java.util.regex.Pattern nested = java.util.regex.Pattern.compile(YEAR + "(\\d+)" + YEAR); //$NON-NLS-1$
        return out.stream().map(line -> nested.matcher(line).replaceAll(m -> FiscalYears.label(Integer.parseInt(m.group(1))))).toList();
    }

    private static void compare(EObject a, EObject b, String path, List<String> out) {
        for (EStructuralFeature feature : a.eClass().getEAllStructuralFeatures()) {
            if (feature.isDerived() || feature.isTransient() || NOT_LEVERS.contains(feature.getName())) {
                continue;
            }
            if (feature instanceof EReference reference && reference.isContainment()) {
                compareChildren(a, b, reference, path, out);
            } else if (!Objects.equals(key(a.eGet(feature)), key(b.eGet(feature)))) {
                String what = ElementNames.feature(feature);
                // a rate as the forms show it: a percentage
                boolean rate = Rates.isRate(a, feature);
                String from = rate && a.eGet(feature) instanceof Double x ? Rates.percent(x) : text(a.eGet(feature));
                String to = rate && b.eGet(feature) instanceof Double y ? Rates.percent(y) : text(b.eGet(feature));
                out.add(path == null ? NLS.bind(Messages.Changes_changedTop, new Object[] { what, from, to })
                        : NLS.bind(Messages.Changes_changed, new Object[] { path, what, from, to }));
            }
        }
    }

    private static void compareChildren(EObject a, EObject b, EReference containment, String path, List<String> out) {
        Map<String, EObject> before = children(a, containment);
        Map<String, EObject> after = children(b, containment);
        for (Map.Entry<String, EObject> entry : before.entrySet()) {
            EObject then = entry.getValue();
            EObject now = after.get(entry.getKey());
            String where = path == null ? label(then) : path + Messages.Changes_separator + label(then);
            if (now == null) {
                out.add(NLS.bind(Messages.Changes_removed, where));
            } else if (now.eClass() != then.eClass()) {
                out.add(NLS.bind(Messages.Changes_replaced, where, label(now)));
            } else {
                compare(then, now, where, out);
            }
        }
        for (Map.Entry<String, EObject> entry : after.entrySet()) {
            if (!before.containsKey(entry.getKey())) {
                EObject added = entry.getValue();
                out.add(NLS.bind(Messages.Changes_added, path == null ? label(added) : path + Messages.Changes_separator + label(added)));
            }
        }
    }

    /** The children in a containment, by the key they are matched with. */
    private static Map<String, EObject> children(EObject parent, EReference containment) {
        Map<String, EObject> children = new LinkedHashMap<>();
        Object value = parent.eGet(containment);
        List<?> list = containment.isMany() ? (List<?>) value : value == null ? List.of() : List.of(value);
        Map<String, Integer> seen = new HashMap<>();
        for (Object child : list) {
            EObject element = (EObject) child;
            String key = identity(element);
            int n = seen.merge(key, 1, Integer::sum);
            children.put(n == 1 ? key : key + "#" + n, element); //$NON-NLS-1$
        }
        return children;
    }

    /** What an element is matched by: its id, else its kind, what it concerns and its fiscal year. */
    private static String identity(EObject element) {
        if (element instanceof NamedElement named && named.getId() != null && !named.getId().isBlank()) {
            return named.getId();
        }
        StringBuilder key = new StringBuilder(element.eClass().getName());
        EObject concerns = concerns(element);
        if (concerns != null) {
            key.append('/').append(EcoreUtil.getURI(concerns).fragment());
        }
        int year = fiscalYear(element);
        if (year > 0) {
            key.append('/').append(year);
        }
        return key.toString();
    }

    /** An element as a change names it: by its name, else its kind, what it concerns and its fiscal year. */
    private static String label(EObject element) {
        if (element instanceof NamedElement named && named.getName() != null && !named.getName().isBlank()) {
            return ElementNames.of(element);
        }
        EObject concerns = concerns(element);
        int year = fiscalYear(element);
        String type = ElementNames.type(element.eClass());
        String what = concerns == null ? type : NLS.bind(Messages.Names_named, type, ElementNames.name(concerns));
        return year > 0 ? NLS.bind(Messages.Names_detail, what, YEAR + Integer.toString(year) + YEAR) : what;
    }

    /** The element a row refers to (the course of seats, the persona of a rule), or null. */
    private static EObject concerns(EObject element) {
        for (EReference reference : element.eClass().getEAllReferences()) {
            if (!reference.isContainment() && !reference.isMany() && !reference.isDerived()
                    && element.eGet(reference) instanceof EObject target) {
                return target;
            }
        }
        return null;
    }

    private static int fiscalYear(EObject element) {
        EStructuralFeature year = element.eClass().getEStructuralFeature("fiscalYear"); //$NON-NLS-1$
        return year instanceof EAttribute && element.eGet(year) instanceof Integer value ? value : 0;
    }

    /**
     * What a value is compared by: a baseline by its file, another referenced element by its id (two scenarios refer
     * to their own projects), anything else itself.
     */
    private static Object key(Object value) {
        if (value instanceof EObject element) {
            return element instanceof NamedElement named && named.getId() != null && !(element instanceof org.jinzai.model.Baseline)
                    ? named.getId()
                    : EcoreUtil.getURI(element).toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ScenarioChanges::key).toList();
        }
        return value;
    }

    /** A value as the forms show it. */
    private static String text(Object value) {
        if (value == null) {
            return Messages.Changes_none;
        }
        if (value instanceof Boolean flag) {
            return flag ? Messages.Changes_yes : Messages.Changes_no;
        }
        if (value instanceof Double number) {
            return number.isNaN() ? Messages.Changes_none : BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Enumerator literal) {
            return ElementNames.literal(literal);
        }
        if (value instanceof EObject element) {
            return ElementNames.name(element);
        }
        if (value instanceof List<?> list) {
            return String.join(Messages.Uses_separator, list.stream().map(ScenarioChanges::text).toList());
        }
        return value.toString();
    }
}
