package org.jinzai.model.validation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.jinzai.model.NamedElement;
import org.jinzai.model.io.JinzaiResources;

/**
 * Names an element the way a planner can find it: the chain of containers from the file's root, each by
 * its name (and id) or by its position, e.g. {@code Scenario「現状維持」/Target「DX推進員 各課1名」(t1)/TargetValue[2]}.
 */
public final class ElementPaths {

    private ElementPaths() {
    }

    /** The path of an element within its file. */
    public static String of(EObject object) {
        Deque<String> parts = new ArrayDeque<>();
        for (EObject current = object; current != null; current = current.eContainer()) {
            parts.addFirst(step(current));
        }
        return String.join("/", parts); //$NON-NLS-1$
    }

    private static String step(EObject object) {
        String type = object.eClass().getName();
        if (object instanceof NamedElement named) {
            String name = named.getName();
            String id = named.getId();
            if (name != null && !name.isBlank()) {
                return type + "「" + name + "」" + (id == null ? "" : "(" + id + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            }
            if (id != null) {
                return type + "(" + id + ")"; //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        if (object.eContainmentFeature() != null && object.eContainmentFeature().isMany()) {
            List<?> siblings = (List<?>) object.eContainer().eGet(object.eContainmentFeature());
            return type + "[" + (siblings.indexOf(object) + 1) + "]"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        return type;
    }

    /** The file name of a resource as the user knows it. */
    public static String file(Resource resource) {
        if (resource == null || resource.getURI() == null) {
            return "?"; //$NON-NLS-1$
        }
        return JinzaiResources.display(resource.getURI());
    }
}
