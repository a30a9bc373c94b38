package org.jinzai.model.editor.internal;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Ids for new and duplicated elements: other files refer to elements by id, so each new one gets an id not yet used in
 * its file — the original's id with a number ("course-dx-basics-2"), or the kind's name with one ("course-1").
 */
final class Ids {

    private Ids() {
    }

    /** Gives an element, and every element inside it, an id not used in the file of {@code context}. */
    static void giveFreshId(EObject context, EObject element) {
        Set<String> used = new HashSet<>();
        EObject root = EcoreUtil.getRootContainer(context);
        for (Iterator<EObject> all = root.eAllContents(); all.hasNext();) {
            addId(all.next(), used);
        }
        addId(root, used);
        for (EObject each : with(element)) {
            EAttribute id = each.eClass().getEIDAttribute();
            if (id == null || id.getEAttributeType().getInstanceClass() != String.class) {
                continue;
            }
            String base = each.eGet(id) instanceof String old && !old.isBlank() ? old.replaceFirst("-\\d+$", "") //$NON-NLS-1$ //$NON-NLS-2$
                    : kebab(each.eClass().getName());
            int n = each.eGet(id) == null ? 1 : 2;
            while (used.contains(base + "-" + n)) { //$NON-NLS-1$
                n++;
            }
            String fresh = base + "-" + n; //$NON-NLS-1$
            each.eSet(id, fresh);
            used.add(fresh);
        }
    }

    private static List<EObject> with(EObject element) {
        List<EObject> all = new java.util.ArrayList<>();
        all.add(element);
        element.eAllContents().forEachRemaining(all::add);
        return all;
    }

    private static void addId(EObject object, Set<String> used) {
        EAttribute id = object.eClass().getEIDAttribute();
        if (id != null && object.eGet(id) instanceof String value) {
            used.add(value);
        }
    }

    /** "CourseSeats" → "course-seats". */
    static String kebab(String className) {
        return className.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
