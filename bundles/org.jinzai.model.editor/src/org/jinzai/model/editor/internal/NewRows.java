package org.jinzai.model.editor.internal;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.jinzai.model.Region;
import org.jinzai.model.RetirementAge;
import org.jinzai.model.RunSettings;
import org.jinzai.model.Scenario;
import org.jinzai.model.util.RetirementAges;

/**
 * What a row added to a table starts with where the model's default would be refused at once: a fiscal year of 0
 * becomes the year after the latest of the list (the run's first fiscal year for the first row), and a retirement age
 * of 0 the law's age of its year.
 */
final class NewRows {

    private NewRows() {
    }

    /** Fills in a new element of {@code owner}'s list {@code list} before it is added. */
    static void prefill(EObject owner, EReference list, EObject element) {
        List<?> rows = (List<?>) owner.eGet(list);
        for (EAttribute attribute : element.eClass().getEAllAttributes()) {
            if (isFiscalYear(attribute) && Integer.valueOf(0).equals(element.eGet(attribute))) {
                int latest = 0;
                for (Object row : rows) {
                    if (row instanceof EObject other && other.eClass() == element.eClass() && other.eGet(attribute) instanceof Integer year) {
                        latest = Math.max(latest, year);
                    }
                }
                element.eSet(attribute, latest > 0 ? latest + 1 : firstFiscalYear(owner));
            }
        }
        if (element instanceof RetirementAge age && age.getAge() == 0) {
            age.setAge(RetirementAges.statutory(age.getFiscalYear()));
        }
    }

    /**
     * A fiscal year a row is for (fiscalYear; a large project's firstFiscalYear and lastFiscalYear), not one where 0 means
     * none (a member's term end) or that is a fact about the past (a member's hire year).
     */
    private static boolean isFiscalYear(EAttribute attribute) {
        String name = attribute.getName();
        return (name.equals("fiscalYear") || name.equals("firstFiscalYear") || name.equals("lastFiscalYear")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                && attribute.getEAttributeType().getInstanceClass() == int.class;
    }

    /** The first fiscal year of the run the element belongs to, or the fiscal year of today (April to March). */
    private static int firstFiscalYear(EObject owner) {
        EObject root = EcoreUtil.getRootContainer(owner);
        RunSettings settings = root instanceof Scenario scenario ? scenario.getRunSettings()
                : root instanceof Region region ? region.getRunSettings() : null;
        if (settings != null) {
            return settings.getFirstFiscalYear();
        }
        LocalDate today = LocalDate.now();
        return today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
    }
}
