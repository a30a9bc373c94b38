package org.jinzai.model.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.osgi.util.NLS;
import org.jinzai.model.Baseline;
import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.Scenario;
import org.jinzai.model.validation.ElementPaths;

/**
 * The references of a loaded file, checked before anything they name is opened: every reference that leaves the
 * file must name a local Jinzai file (else the load fails naming the file holding the reference, its line and
 * element, without looking at the target); then each is resolved and must lead to an element of the kind it
 * expects (a course reference cannot point at a department). A scenario's reference to an element that its baseline
 * (read without errors) no longer has is not a load error: validation reports it in the planner's words
 * ({@link org.jinzai.model.validation.BaselineUses}), and a run refuses it.
 */
final class References {

    private References() {
    }

    private record Pending(EObject holder, EReference reference, EObject proxy) {
    }

    static void check(Resource resource) throws ModelLoadException {
        List<Pending> pending = new ArrayList<>();
        for (Iterator<EObject> contents = resource.getAllContents(); contents.hasNext();) {
            EObject holder = contents.next();
            for (EReference reference : holder.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer() || reference.isTransient() || reference.isDerived()
                        || !holder.eIsSet(reference)) {
                    continue;
                }
                for (EObject value : unresolved(holder, reference)) {
                    if (value.eIsProxy()) {
                        URI target = ((InternalEObject) value).eProxyURI();
                        if (!JinzaiResources.isAllowed(target)) {
                            throw problem(resource, target, NLS.bind(Messages.Load_referenceNotAllowed, ElementPaths.of(holder),
                                    target.toString()));
                        }
                        pending.add(new Pending(holder, reference, value));
                    } else if (!reference.getEReferenceType().isInstance(value)) {
                        throw wrongKind(resource, holder, reference, value, EcoreUtil.getURI(value));
                    }
                }
            }
        }
        for (Pending p : pending) {
            URI target = ((InternalEObject) p.proxy()).eProxyURI();
            EObject resolved;
            try {
                resolved = EcoreUtil.resolve(p.proxy(), resource);
            } catch (RuntimeException e) {
                resolved = p.proxy();
            }
            if (resolved.eIsProxy()) {
                Resource referenced = resource.getResourceSet() == null ? null
                        : resource.getResourceSet().getResource(target.trimFragment(), false);
                if (referenced != null && !referenced.getErrors().isEmpty()) {
                    // where the reference is, then what is wrong with the file it names
                    String why = JinzaiResources.toLoadException(target.trimFragment(), referenced, null).getMessage();
                    throw problem(resource, target, NLS.bind(Messages.Load_referencedUnreadable, ElementPaths.of(p.holder()), why));
                }
                if (isBaselineUse(p, referenced)) {
                    // the baseline was read, but the element is gone from it (deleted, or its id changed): the scenario
                    // opens, so that the planner can mend it, and validation names the use in the planner's words
                    continue;
                }
                throw problem(resource, target, NLS.bind(Messages.Load_unresolvedElement, ElementPaths.of(p.holder()),
                        JinzaiResources.display(target.trimFragment()) + "#" + target.fragment())); //$NON-NLS-1$
            }
            if (!p.reference().getEReferenceType().isInstance(resolved)) {
                throw wrongKind(resource, p.holder(), p.reference(), resolved, target);
            }
        }
    }

    /** A reference from a scenario to an element of its baseline, the baseline having been read without errors. */
    private static boolean isBaselineUse(Pending p, Resource referenced) {
        return referenced != null && referenced.isLoaded() && referenced.getErrors().isEmpty()
                && !referenced.getContents().isEmpty() && referenced.getContents().get(0) instanceof Baseline
                && EcoreUtil.getRootContainer(p.holder()) instanceof Scenario && p.reference() != JinzaiPackage.Literals.SCENARIO__BASELINE;
    }

    private static List<EObject> unresolved(EObject holder, EReference reference) {
        Object value = holder.eGet(reference, false);
        if (value instanceof InternalEList<?> list) {
            List<EObject> values = new ArrayList<>();
            for (Object v : list.basicList()) {
                if (v instanceof EObject e) {
                    values.add(e);
                }
            }
            return values;
        }
        return value instanceof EObject e ? List.of(e) : List.of();
    }

    private static ModelLoadException wrongKind(Resource resource, EObject holder, EReference reference, EObject value, URI target) {
        return problem(resource, target, NLS.bind(Messages.Load_wrongKind, new Object[] { ElementPaths.of(holder),
                reference.getEReferenceType().getName(), ElementPaths.of(value), value.eClass().getName() }));
    }

    /** A problem in the file holding the reference, at the line where the reference is written when it can be found. */
    private static ModelLoadException problem(Resource resource, URI target, String what) {
        String file = JinzaiResources.display(resource.getURI());
        int line = lineOf(resource, target);
        String message = line > 0 ? NLS.bind(Messages.Load_failedAtLine, new Object[] { file, line, what })
                : NLS.bind(Messages.Load_failed, file, what);
        return new ModelLoadException(file, line, message, null);
    }

    /** The first line of the file that holds the reference as written (absolute, relative or by its element id). */
    private static int lineOf(Resource resource, URI target) {
        URI uri = resource.getURI();
        if (uri == null || !uri.isFile()) {
            return 0;
        }
        List<String> candidates = new ArrayList<>();
        candidates.add(target.toString());
        if (target.isHierarchical() && !target.isRelative()) {
            candidates.add(target.deresolve(uri).toString());
        }
        if (target.fragment() != null) {
            candidates.add("#" + target.fragment()); //$NON-NLS-1$
        }
        try {
            List<String> lines = Files.readAllLines(Path.of(uri.toFileString()), StandardCharsets.UTF_8);
            for (String candidate : candidates) {
                String escaped = candidate.replace("&", "&amp;"); //$NON-NLS-1$ //$NON-NLS-2$
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).contains(candidate) || lines.get(i).contains(escaped)) {
                        return i + 1;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }
}
