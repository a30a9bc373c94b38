package org.jinzai.model.validation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;
import org.jinzai.model.NamedElement;
import org.jinzai.model.io.JinzaiResources;

/**
 * Names an element the way a planner can find it: the chain of containers from the file's root, each as the forms name
 * it — its kind and name, else its kind and id or position — e.g. {@code シナリオ「現状維持」 › 数値目標「DX推進員 各課1名」 ›
 * 目標値（2）} (Scenario「現状維持」 › Numeric Target「…」 › Target Value (2) in English).
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
        return String.join(" \u203a ", parts); //$NON-NLS-1$
    }

    private static String step(EObject object) {
        String type = ElementNames.type(object.eClass());
        if (object instanceof NamedElement named) {
            String name = named.getName();
            if (name != null && !name.isBlank()) {
                return type + "「" + name + "」"; //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (named.getId() != null) {
                return NLS.bind(Messages.Names_detail, type, named.getId());
            }
        }
        if (object.eContainmentFeature() != null && object.eContainmentFeature().isMany()) {
            List<?> siblings = (List<?>) object.eContainer().eGet(object.eContainmentFeature());
            return NLS.bind(Messages.Names_detail, type, siblings.indexOf(object) + 1);
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
