package org.jinzai.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.jinzai.model.HeadcountBoundRule;
import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.NoMoveAfterCourseRule;
import org.jinzai.model.SpreadStepRule;
import org.jinzai.model.editor.internal.FeatureTable;
import org.jinzai.model.editor.internal.ModelEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A rotation rule offers only the choices the engine reads: a rule that keeps members where they are has neither the
 * hard choice nor a weight, a preference has a weight, a headcount bound both (the Properties view and the rules' table).
 */
class RuleChoicesTest {

    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

    @AfterEach
    void closeEditors() {
        page.closeAllEditors(false);
    }

    private static Set<String> properties(ModelEditor editor, EObject rule) {
        return Arrays.stream(editor.propertySources().getPropertySource(rule).getPropertyDescriptors()).map(IPropertyDescriptor::getId)
                .map(Object::toString).collect(Collectors.toSet());
    }

    private static boolean has(Set<String> ids, String feature) {
        return ids.stream().anyMatch(id -> id.equals(feature) || id.endsWith("." + feature) || id.contains(feature));
    }

    @Test
    void aRuleOffersOnlyTheHardChoiceAndWeightTheEngineReads() throws Exception {
        ModelEditor editor = UiWait.openModelEditor(page, "town/rotation-rules.jzs");
        FeatureTable rules = editor.tables().stream().filter(t -> t.columns().contains(JinzaiPackage.Literals.ROTATION_RULE__HARD))
                .findFirst().orElseThrow();
        EObject kept = rules.rows().stream().filter(NoMoveAfterCourseRule.class::isInstance).findFirst().orElseThrow();
        EObject spread = rules.rows().stream().filter(SpreadStepRule.class::isInstance).findFirst().orElseThrow();
        EObject bound = rules.rows().stream().filter(HeadcountBoundRule.class::isInstance).findFirst().orElseThrow();

        Set<String> ofKept = properties(editor, kept);
        assertTrue(has(ofKept, "name"), ofKept.toString());
        assertTrue(!has(ofKept, "hard") && !has(ofKept, "weight"), "a rule always kept: " + ofKept);
        Set<String> ofSpread = properties(editor, spread);
        assertTrue(!has(ofSpread, "hard") && has(ofSpread, "weight"), "a preference, always weighed: " + ofSpread);
        Set<String> ofBound = properties(editor, bound);
        assertTrue(has(ofBound, "hard") && has(ofBound, "weight"), "a headcount bound: " + ofBound);

        // the table: the kept rule's hard and weight cells are empty, the bound's are not
        TableViewer viewer = rules.viewer();
        int hard = rules.columnOf(JinzaiPackage.Literals.ROTATION_RULE__HARD);
        int weight = rules.columnOf(JinzaiPackage.Literals.ROTATION_RULE__WEIGHT);
        UiWait.until(() -> viewer.getTable().getItemCount() == rules.rows().size(), "the rules' table filled", 20_000);
        int keptRow = rules.rows().indexOf(kept);
        int boundRow = rules.rows().indexOf(bound);
        assertEquals("", viewer.getTable().getItem(keptRow).getText(hard));
        assertEquals("", viewer.getTable().getItem(keptRow).getText(weight));
        assertEquals("", viewer.getTable().getItem(rules.rows().indexOf(spread)).getText(hard));
        assertNotEquals("", viewer.getTable().getItem(rules.rows().indexOf(spread)).getText(weight));
        assertNotEquals("", viewer.getTable().getItem(boundRow).getText(hard));
        assertNotEquals("", viewer.getTable().getItem(boundRow).getText(weight));
    }
}
