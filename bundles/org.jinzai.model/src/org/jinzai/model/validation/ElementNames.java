package org.jinzai.model.validation;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.jinzai.model.CourseSeats;
import org.jinzai.model.DxProjectPlan;
import org.jinzai.model.NamedElement;
import org.jinzai.model.util.FiscalYears;

/**
 * Names elements in the planner's words, with the labels the editor's forms use (研修枠, DX推進員の任命 › 人材像), not
 * the model's class and feature names. The labels are those of the edit bundle, written here by
 * {@code releng/nls/apply-edit-labels.py} from the same table, so that the command line, which has no edit bundle,
 * says the same as the workbench.
 */
public final class ElementNames {

    private static final String BUNDLE = "org.jinzai.model.validation.labels"; //$NON-NLS-1$

    private ElementNames() {
    }

    /** The label of a kind of element ("研修枠" / "Training Seats"), or its class name when it has none. */
    public static String type(EClass type) {
        return label("type." + type.getName(), type.getName()); //$NON-NLS-1$
    }

    /**
     * The label of a feature ("人材像" / "Persona"): the one of its class where the forms name it apart ("研修定員" for a
     * course's seats, not the "枠数" of every seats), else of every feature of that name, else its name.
     */
    public static String feature(EStructuralFeature feature) {
        String general = label("feature." + feature.getName(), feature.getName()); //$NON-NLS-1$
        return feature.getEContainingClass() == null ? general
                : label("feature." + feature.getEContainingClass().getName() + "." + feature.getName(), general); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The label of an enum literal ("特別区" / "Special ward"), or its literal when it has none. */
    public static String literal(org.eclipse.emf.common.util.Enumerator literal) {
        return literal(literal, Locale.getDefault());
    }

    /** A value of a list as the forms show it in a language (a document's, which may not be the user's). */
    public static String literal(org.eclipse.emf.common.util.Enumerator literal, Locale locale) {
        return label("literal." + literal.getName(), literal.getLiteral(), locale); //$NON-NLS-1$
    }

    /**
     * An element as the forms show it: a named one by its kind and name (数値目標「DX基礎研修 受講率90%」), a row of a
     * fiscal year by its kind and year (研修枠（2027年度（令和9年度））), any other by its kind (DX推進員の任命).
     */
    public static String of(EObject element) {
        String type = type(element.eClass());
        if (element.eIsProxy()) {
            return NLS.bind(Messages.Names_detail, type, EcoreUtil.getURI(element).fragment());
        }
        if (element instanceof NamedElement named && named.getName() != null && !named.getName().isBlank()) {
            return NLS.bind(Messages.Names_named, type, named.getName());
        }
        int year = element instanceof CourseSeats seats ? seats.getFiscalYear()
                : element instanceof DxProjectPlan plan ? plan.getFiscalYear() : 0;
        if (year > 0) {
            return NLS.bind(Messages.Names_detail, type, FiscalYears.label(year));
        }
        if (element instanceof NamedElement named && named.getId() != null) {
            return NLS.bind(Messages.Names_detail, type, named.getId());
        }
        return type;
    }

    /** Just the name of a named element (DX基礎研修（全職員）), else as {@link #of(EObject)}. */
    public static String name(EObject element) {
        if (!element.eIsProxy() && element instanceof NamedElement named && named.getName() != null && !named.getName().isBlank()) {
            return named.getName();
        }
        return of(element);
    }

    private static String label(String key, String fallback) {
        return label(key, fallback, Locale.getDefault());
    }

    private static String label(String key, String fallback, Locale locale) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, ElementNames.class.getClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
