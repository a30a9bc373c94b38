package org.jinzai.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.model.validation.JinzaiValidator;
import org.jinzai.model.validation.Rates;
import org.junit.jupiter.api.Test;

/**
 * Rates (rates, probabilities and shares in [0, 1]) are defined once, shown as percentages that keep every digit and
 * typed as percentages; every such attribute of the model is one of them.
 */
class RatesTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("jinzai.examples", "../../examples"));

    @Test
    void aRateIsShownAsAPercentageWithEveryDigit() {
        assertEquals("5%", Rates.percent(0.05));
        assertEquals("1.25%", Rates.percent(0.0125));
        assertEquals("5.5%", Rates.percent(0.055));
        assertEquals("0%", Rates.percent(0));
        assertEquals("100%", Rates.percent(1));
        assertEquals("150%", Rates.percent(1.5));
        assertEquals("7", Rates.percentNumber(0.07));
    }

    @Test
    void aPercentageIsTypedAsAPlannerWrites() {
        for (String typed : List.of("5", "5%", "５％", "５", " 5 % ", "5.0", "05")) {
            assertEquals(0.05, Rates.parsePercent(typed), typed);
        }
        assertEquals(0.055, Rates.parsePercent("5.5"));
        assertEquals(0.055, Rates.parsePercent("５．５％"));
        assertEquals(0.0125, Rates.parsePercent("1.25%"));
        assertEquals(0.0, Rates.parsePercent("0"));
        assertEquals(1.0, Rates.parsePercent("100%"));
        for (String outside : List.of("150", "100.01", "-1", "-0.5%")) {
            assertThrows(Rates.OutOfRange.class, () -> Rates.parsePercent(outside), outside);
        }
        for (String bad : List.of("", "abc", "5%%", "5,5", "1e3", "%", "0.05.1")) {
            NumberFormatException e = assertThrows(NumberFormatException.class, () -> Rates.parsePercent(bad), bad);
            assertFalse(e instanceof Rates.OutOfRange, "not a number is not out of range: " + bad);
        }
    }

    @Test
    void everyRateOfTheExamplesReadsBackAsItIsStored() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(EXAMPLES)) {
            files = walk.filter(p -> p.toString().endsWith(".jzs") || p.toString().endsWith(".jzb")).sorted().toList();
        }
        int rates = 0;
        for (Path file : files) {
            Resource resource = JinzaiResources.load(file);
            for (var it = resource.getAllContents(); it.hasNext();) {
                EObject element = it.next();
                for (EAttribute attribute : element.eClass().getEAllAttributes()) {
                    if (Rates.isRate(element, attribute)) {
                        double stored = ((Number) element.eGet(attribute)).doubleValue();
                        // what the form shows, typed back, is the value stored (no digit lost, no rounding)
                        assertEquals(stored, Rates.parsePercent(Rates.percent(stored)), file + " " + attribute.getName());
                        rates++;
                    }
                }
            }
        }
        assertTrue(rates > 20, "the examples have rates: " + rates);
    }

    /**
     * A new attribute that is a rate, a probability or a share must be declared a rate (and so validated in [0, 1],
     * shown and typed in percent): every number a planner enters is a rate, a full-time equivalent or has a range, and
     * one whose name or range says it is a rate is a rate. Run outputs (results, experiments) are computed, not entered.
     */
    @Test
    void everyRateOfTheModelIsRecognised() {
        Set<EClass> outputs = outputClasses();
        List<String> unclassified = new ArrayList<>();
        List<String> notRates = new ArrayList<>();
        for (EClassifier classifier : JinzaiPackage.eINSTANCE.getEClassifiers()) {
            if (!(classifier instanceof EClass type) || outputs.contains(type)) {
                continue;
            }
            for (EAttribute attribute : type.getEAttributes()) {
                Class<?> kind = attribute.getEAttributeType().getInstanceClass();
                if (kind != double.class && kind != float.class && kind != Double.class && kind != Float.class) {
                    continue;
                }
                double[] range = JinzaiValidator.range(attribute);
                boolean rate = Rates.isRate(attribute);
                if (!rate && !JinzaiValidator.isFullTimeEquivalent(attribute) && range == null) {
                    unclassified.add(type.getName() + "." + attribute.getName());
                }
                boolean looksLikeARate = attribute.getName().matches("(rate|probabilit|share|percent).*|.*(Rate|Probabilit|Share|Percent).*")
                        || range != null && range[0] == 0 && range[1] == 1;
                if (looksLikeARate && !rate) {
                    notRates.add(type.getName() + "." + attribute.getName());
                }
            }
        }
        assertEquals(List.of(), unclassified, "numbers with no bounds: a rate (Rates), a full-time equivalent or a range");
        assertEquals(List.of(), notRates, "rates, probabilities or shares not declared in Rates");
        for (EAttribute attribute : Rates.attributes()) {
            assertEquals(double.class, attribute.getEAttributeType().getInstanceClass(), attribute.getName());
        }
    }

    /** Classes whose elements a run or an experiment writes (everything contained in a result or an experiment). */
    private static Set<EClass> outputClasses() {
        Set<EClass> outputs = new HashSet<>();
        List<EClass> todo = new ArrayList<>(List.of(JinzaiPackage.Literals.RUN_RESULT, JinzaiPackage.Literals.EXPERIMENT));
        while (!todo.isEmpty()) {
            EClass type = todo.remove(todo.size() - 1);
            if (!outputs.add(type)) {
                continue;
            }
            for (EReference containment : type.getEAllContainments()) {
                todo.add(containment.getEReferenceType());
            }
            for (EClassifier classifier : JinzaiPackage.eINSTANCE.getEClassifiers()) {
                if (classifier instanceof EClass sub && sub.getESuperTypes().contains(type)) {
                    todo.add(sub);
                }
                if (classifier instanceof EClass sub && type.getESuperTypes().contains(sub) && !sub.getName().equals("NamedElement")) {
                    todo.add(sub); // Distribution, the shape of every result's numbers
                }
            }
        }
        return outputs;
    }
}
