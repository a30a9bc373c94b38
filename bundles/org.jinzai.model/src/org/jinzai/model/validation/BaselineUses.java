package org.jinzai.model.validation;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.osgi.util.NLS;
import org.jinzai.model.Baseline;
import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.NamedElement;
import org.jinzai.model.Scenario;
import org.jinzai.model.io.JinzaiResourceFactory;
import org.jinzai.model.io.JinzaiResources;

/**
 * Where scenarios use the elements of a baseline (courses, departments, personas, skill items…), which they name by
 * file and id ({@code course="yamanami-cho.jzb#course-dx-basics"}): the uses of elements about to be deleted, so that
 * the planner is told which scenarios would lose them and can have the uses removed; and the uses whose element is no
 * longer in the baseline, with the message that validation, the markers and every run give for them.
 */
public final class BaselineUses {

    private BaselineUses() {
    }

    /** What removing a use does to the scenario that has it. */
    public enum Removal {
        /** The element is taken out of a list (the other values stay). */
        REMOVE_VALUE,
        /** The reference is emptied: a refinement that the row keeps its meaning without, or a single setting to choose again. */
        UNSET,
        /** The row that exists for the element is deleted (the seats of a course, a target of a persona, a rule, a channel…). */
        DELETE_ROW
    }

    /**
     * One use of a baseline element by a scenario: the element holding the reference, the reference, and the element
     * (or, when it is no longer in the baseline, the unresolved reference) with its id.
     */
    public record Use(EObject holder, EReference reference, EObject element, String id) {

        /** What removing this use does. */
        public Removal removal() {
            if (reference.isMany()) {
                return Removal.REMOVE_VALUE;
            }
            if (reference == JinzaiPackage.Literals.COURSE_SEATS__PRIORITY_PERSONA) {
                return Removal.UNSET; // the seats stay; only the preference goes
            }
            EReference containment = holder.eContainmentFeature();
            return containment != null && containment.isMany() ? Removal.DELETE_ROW : Removal.UNSET;
        }

        /** The use in the planner's words: 研修枠（2027年度（令和9年度）） › 研修. */
        public String describe() {
            return ElementNames.of(holder) + " \u203a " + ElementNames.feature(reference); //$NON-NLS-1$
        }
    }

    /** The uses in one scenario file. */
    public record ScenarioUses(URI file, Resource resource, String scenarioName, List<Use> uses) {

        /** The scenario as the planner knows it: its name, else its file name. */
        public String name() {
            return scenarioName == null || scenarioName.isBlank() ? file.lastSegment() : scenarioName;
        }

        /** What the uses are, by kind and count: 「研修枠 5 件、数値目標 1 件」. */
        public String summary() {
            return BaselineUses.summary(uses);
        }
    }

    /** The ids of elements and of everything they contain (deleting an element deletes its contents too). */
    public static Set<String> idsOf(Collection<?> elements) {
        Set<String> ids = new LinkedHashSet<>();
        for (Object element : elements) {
            if (element instanceof EObject object) {
                add(ids, object);
                for (Iterator<EObject> it = object.eAllContents(); it.hasNext();) {
                    add(ids, it.next());
                }
            }
        }
        return ids;
    }

    private static void add(Set<String> ids, EObject object) {
        if (object instanceof NamedElement named && named.getId() != null && !(object instanceof Baseline)) {
            ids.add(named.getId());
        }
    }

    /**
     * The uses in a scenario of the elements with these ids in the baseline file (given by any of its URIs: the
     * workbench's platform:/resource one and the file's), in the order of the scenario file. References are not followed.
     */
    public static List<Use> uses(Resource scenario, Collection<URI> baseline, Set<String> ids) {
        Set<String> files = new LinkedHashSet<>();
        for (URI uri : baseline) {
            files.add(normal(uri));
        }
        List<Use> uses = new ArrayList<>();
        forEachBaselineReference(scenario, (holder, reference, value) -> {
            URI target = EcoreUtil.getURI(value);
            if (target != null && ids.contains(target.fragment()) && files.contains(normal(target.trimFragment()))) {
                uses.add(new Use(holder, reference, value, target.fragment()));
            }
        });
        return uses;
    }

    /**
     * The scenario files among these that use the elements with these ids of a baseline file, each read on its own (the
     * files are not written; one that cannot be read is left out: it cannot run anyway, and opening it says why).
     */
    public static List<ScenarioUses> find(URI baseline, Set<String> ids, List<URI> scenarios) {
        List<ScenarioUses> found = new ArrayList<>();
        if (ids.isEmpty()) {
            return found;
        }
        for (URI file : scenarios) {
            if (!JinzaiResources.isAllowed(file)) {
                continue;
            }
            ResourceSet set = JinzaiResources.newResourceSet();
            Resource resource;
            try {
                resource = set.getResource(file, true);
            } catch (RuntimeException e) {
                continue;
            }
            if (!resource.getErrors().isEmpty() || resource.getContents().isEmpty()
                    || !(resource.getContents().get(0) instanceof Scenario scenario)) {
                continue;
            }
            List<Use> uses = uses(resource, List.of(baseline), ids);
            if (!uses.isEmpty()) {
                found.add(new ScenarioUses(file, resource, scenario.getName(), uses));
            }
        }
        return found;
    }

    /** The scenario files (.jzs) in the folder of a baseline file given by a file URI, by name. */
    public static List<URI> siblingScenarios(URI baselineFile) {
        List<URI> files = new ArrayList<>();
        if (!baselineFile.isFile()) {
            return files;
        }
        Path folder = Path.of(baselineFile.toFileString()).toAbsolutePath().getParent();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*." + JinzaiResourceFactory.SCENARIO_EXTENSION)) { //$NON-NLS-1$
            for (Path file : stream) {
                if (Files.isRegularFile(file)) {
                    files.add(URI.createFileURI(file.toString()));
                }
            }
        } catch (IOException e) {
            return files;
        }
        files.sort((a, b) -> a.toString().compareTo(b.toString()));
        return files;
    }

    /**
     * Removes uses from their scenario (plain EMF: for a scenario that no editor has open; an editor does the same through
     * its command stack, so that it can be undone there). A row with several uses is deleted once.
     */
    public static void remove(List<Use> uses) {
        for (Use use : uses) {
            switch (use.removal()) {
                case REMOVE_VALUE -> {
                    @SuppressWarnings("unchecked")
                    InternalEList<EObject> list = (InternalEList<EObject>) use.holder().eGet(use.reference(), false);
                    int at = list.basicList().indexOf(use.element());
                    if (at >= 0) {
                        list.remove(at);
                    }
                }
                case UNSET -> use.holder().eUnset(use.reference());
                case DELETE_ROW -> {
                    if (use.holder().eContainer() != null) {
                        EcoreUtil.remove(use.holder());
                    }
                }
            }
        }
    }

    /** The rows and settings that removing these uses changes, each once, in the order of the uses. */
    public static List<EObject> rowsToDelete(List<Use> uses) {
        Set<EObject> rows = new LinkedHashSet<>();
        for (Use use : uses) {
            if (use.removal() == Removal.DELETE_ROW) {
                rows.add(use.holder());
            }
        }
        return new ArrayList<>(rows);
    }

    /** The uses by the kind of element holding them, with counts: 「研修枠 5 件、数値目標 1 件」. */
    public static String summary(List<Use> uses) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Use use : uses) {
            counts.merge(ElementNames.type(use.holder().eClass()), 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((type, count) -> parts.add(NLS.bind(Messages.Uses_count, type, count)));
        return String.join(Messages.Uses_separator, parts);
    }

    /**
     * The references of a scenario to elements its baseline does not have (deleted, or their id changed), the baseline
     * itself having been read: each is an error with {@link #message(Use)}.
     */
    public static List<Use> dangling(Scenario scenario) {
        List<Use> found = new ArrayList<>();
        if (scenario.eResource() == null) {
            return found;
        }
        forEachBaselineReference(scenario.eResource(), (holder, reference, value) -> {
            Use use = danglingUse(holder, reference, value);
            if (use != null) {
                found.add(use);
            }
        });
        return found;
    }

    /** A use whose element is not in its baseline, or null (it is there, or the baseline itself cannot be read). */
    static Use danglingUse(EObject holder, EReference reference, EObject value) {
        if (reference == JinzaiPackage.Literals.SCENARIO__BASELINE || !value.eIsProxy()
                || !(EcoreUtil.getRootContainer(holder) instanceof Scenario)) {
            return null;
        }
        EObject resolved = EcoreUtil.resolve(value, holder);
        if (!resolved.eIsProxy()) {
            return null;
        }
        URI target = ((InternalEObject) value).eProxyURI();
        return baselineOf(holder, target) == null ? null : new Use(holder, reference, value, target.fragment());
    }

    /** The baseline read from the file a reference names, when that file was read without errors. */
    private static Baseline baselineOf(EObject holder, URI target) {
        Resource resource = holder.eResource();
        ResourceSet set = resource == null ? null : resource.getResourceSet();
        Resource file = set == null ? null : set.getResource(target.trimFragment(), false);
        if (file == null || !file.isLoaded() || !file.getErrors().isEmpty() || file.getContents().isEmpty()) {
            return null;
        }
        return file.getContents().get(0) instanceof Baseline baseline ? baseline : null;
    }

    /**
     * What is wrong with a use whose element is not in the baseline, in the planner's words:
     * 「研修枠（2027年度（令和9年度））の研修が基礎データ「やまなみ町」にありません（course-dx-basics）。…」.
     */
    public static String message(Use use) {
        URI target = EcoreUtil.getURI(use.element());
        Baseline baseline = target == null ? null : baselineOf(use.holder(), target);
        String name = baseline == null ? "?" : baseline.getName() != null ? baseline.getName() //$NON-NLS-1$
                : baseline.eResource().getURI().lastSegment();
        return NLS.bind(Messages.Validation_notInBaseline, new Object[] { ElementNames.of(use.holder()),
                ElementNames.feature(use.reference()), name, use.id() });
    }

    private interface ReferenceVisitor {
        void visit(EObject holder, EReference reference, EObject value);
    }

    /** Every reference of a scenario file that leaves the file (to its baseline), without following any. */
    private static void forEachBaselineReference(Resource scenario, ReferenceVisitor visitor) {
        for (Iterator<EObject> contents = scenario.getAllContents(); contents.hasNext();) {
            EObject holder = contents.next();
            for (EReference reference : holder.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer() || reference.isTransient() || reference.isDerived()
                        || reference == JinzaiPackage.Literals.SCENARIO__BASELINE || !holder.eIsSet(reference)) {
                    continue;
                }
                Object value = holder.eGet(reference, false);
                List<EObject> values = new ArrayList<>();
                if (value instanceof InternalEList<?> list) {
                    for (Object v : list.basicList()) {
                        if (v instanceof EObject e) {
                            values.add(e);
                        }
                    }
                } else if (value instanceof EObject e) {
                    values.add(e);
                }
                for (EObject v : values) {
                    if (v.eIsProxy() || v.eResource() != scenario) {
                        visitor.visit(holder, reference, v);
                    }
                }
            }
        }
    }

    private static String normal(URI uri) {
        return URI.decode(uri.trimFragment().toString());
    }
}
