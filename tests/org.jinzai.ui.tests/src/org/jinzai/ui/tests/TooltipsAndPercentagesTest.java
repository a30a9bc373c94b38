package org.jinzai.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.jinzai.model.AppointmentPolicy;
import org.jinzai.model.AttritionRate;
import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.Scenario;
import org.jinzai.model.editor.internal.FeatureTable;
import org.jinzai.model.editor.internal.FormFields;
import org.jinzai.model.editor.internal.ModelEditor;
import org.jinzai.model.provider.JinzaiEditPlugin;
import org.jinzai.model.validation.Rates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Every field of the forms and every column of the list pages says what it means, its unit and its range, in English
 * and Japanese; rates are shown and typed as percentages (5, 5%, ５％ all mean 5 %) and stored as fractions.
 */
class TooltipsAndPercentagesTest {

    private static final EAttribute REAPPOINTMENT = JinzaiPackage.Literals.APPOINTMENT_POLICY__REAPPOINTMENT_PROBABILITY;
    private static final EAttribute YEARLY_RATE = JinzaiPackage.Literals.ATTRITION_RATE__YEARLY_RATE;

    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

    @AfterEach
    void closeEditors() {
        page.closeAllEditors(false);
    }

    @Test
    void everyFieldAndColumnSaysWhatItMeansInBothLanguages() throws Exception {
        Properties english = editBundleStrings("plugin.properties");
        Properties japanese = editBundleStrings("plugin_ja.properties");
        Set<String> checked = new LinkedHashSet<>();
        List<String> missing = new ArrayList<>();
        // a scenario with every list filled, and a baseline (the town's lists, and its roster)
        for (String path : List.of("town/ict-hiring.jzs", "town/rotation-rules.jzs", "town/yamanami-cho.jzb")) {
            ModelEditor editor = UiWait.openModelEditor(page, path);
            for (FormFields form : editor.forms()) {
                for (EStructuralFeature feature : form.features()) {
                    Control field = form.field(feature);
                    String tooltip = field.getToolTipText();
                    if (!describes(tooltip, feature, english)) {
                        missing.add(path + ": the field of " + key(feature) + " has no tooltip of its own: " + tooltip);
                    }
                    checkDescription(feature, english, japanese, missing);
                    checked.add(key(feature));
                    double[] range = feature instanceof EAttribute a ? org.jinzai.model.validation.JinzaiValidator.range(a) : null;
                    if (range != null && tooltip != null && !tooltip.contains(org.jinzai.model.validation.JinzaiValidator.bound(range[0]) + " to "
                            + org.jinzai.model.validation.JinzaiValidator.bound(range[1]))) {
                        missing.add(path + ": the tooltip of " + key(feature) + " does not give the validator's range: " + tooltip);
                    }
                    if (feature instanceof EAttribute attribute && Rates.isRate(form.element(), attribute)) {
                        assertTrue(labelOf(field).contains("(%)"), "the label of a rate says (%): " + labelOf(field));
                        assertTrue(tooltip.contains("100%"), "a rate's tooltip gives its range in percent: " + tooltip);
                    }
                }
            }
            for (FeatureTable table : editor.tables()) {
                List<EStructuralFeature> columns = table.columns();
                for (int c = 0; c < columns.size(); c++) {
                    String tooltip = table.viewer().getTable().getColumn(c).getToolTipText();
                    if (!describes(tooltip, columns.get(c), english)) {
                        missing.add(path + ": the column " + key(columns.get(c)) + " has no header tooltip: " + tooltip);
                    }
                    checkDescription(columns.get(c), english, japanese, missing);
                    checked.add(key(columns.get(c)));
                }
            }
            page.closeAllEditors(false);
        }
        assertEquals(List.of(), missing);
        assertTrue(checked.size() > 60, "the fields and columns of a scenario and a baseline: " + checked);
        for (String expected : List.of("RecruitmentChannel.fillProbability", "AttritionRate.yearlyRate",
                "AppointmentPolicy.reappointmentProbability", "RunSettings.replications", "StaffMember.fte")) {
            assertTrue(checked.contains(expected), expected + " checked: " + checked);
        }
    }

    /** Whether a tooltip is the feature's description (the tests run in English), not EMF's "The X of the Y". */
    private static boolean describes(String tooltip, EStructuralFeature feature, Properties english) {
        String description = english.getProperty("_UI_" + feature.getEContainingClass().getName() + "_" + feature.getName() + "_description");
        return tooltip != null && description != null && !description.isBlank() && tooltip.startsWith(description);
    }

    /** The description of a feature: in both languages, not its name, the Japanese in Japanese. */
    private static void checkDescription(EStructuralFeature feature, Properties english, Properties japanese, List<String> missing) {
        String prefix = "_UI_" + feature.getEContainingClass().getName() + "_" + feature.getName();
        for (Properties language : List.of(english, japanese)) {
            String description = language.getProperty(prefix + "_description");
            String name = language.getProperty(prefix + "_feature");
            if (description == null || description.isBlank() || description.strip().equalsIgnoreCase(String.valueOf(name).strip())
                    || description.strip().equalsIgnoreCase(feature.getName()) || description.strip().length() < 8) {
                missing.add(prefix + "_description is missing or only a name (" + (language == english ? "en" : "ja") + "): " + description);
            }
        }
        String ja = japanese.getProperty(prefix + "_description");
        if (ja != null && ja.chars().noneMatch(c -> c >= 0x3040 && c <= 0x9fff)) {
            missing.add(prefix + "_description is not Japanese: " + ja);
        }
    }

    private static String key(EStructuralFeature feature) {
        return feature.getEContainingClass().getName() + "." + feature.getName();
    }

    /** The label just before a field on its form. */
    private static String labelOf(Control field) {
        Control[] siblings = field.getParent().getChildren();
        int at = Arrays.asList(siblings).indexOf(field);
        return at > 0 && siblings[at - 1] instanceof Label label ? label.getText() : "";
    }

    private static Properties editBundleStrings(String path) throws IOException {
        Bundle bundle = FrameworkUtil.getBundle(JinzaiEditPlugin.class);
        URL url = bundle.getEntry(path);
        assertNotNull(url, path);
        Properties properties = new Properties();
        try (InputStream in = url.openStream()) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void aRateIsTypedAndShownAsAPercentage() throws Exception {
        ModelEditor editor = UiWait.openModelEditor(page, "town/status-quo.jzs");
        Scenario scenario = (Scenario) editor.getResource().getContents().get(0);
        AppointmentPolicy appointment = scenario.getAppointment();
        FormFields form = editor.forms().stream().filter(f -> f.field(REAPPOINTMENT) != null).findFirst().orElseThrow();
        Text field = (Text) form.field(REAPPOINTMENT);
        double before = appointment.getReappointmentProbability();
        assertEquals(Rates.percent(before), field.getText(), "the form shows the stored fraction as a percentage");
        assertTrue(field.getText().endsWith("%"), field.getText());
        assertTrue(labelOf(field).endsWith("(%):"), labelOf(field));
        CommandStack stack = editor.getEditingDomain().getCommandStack();

        for (String typed : List.of("5", "5%", "５％")) {
            FormInput.type(field, typed, () -> appointment.getReappointmentProbability() == 0.05, typed + " stored as 0.05");
            assertEquals(0.05, appointment.getReappointmentProbability(), typed);
            // the form follows the command once it has run: the field shows the value as a percentage
            UiWait.until(() -> "5%".equals(field.getText()), "the field to show 5% after " + typed, 20_000);
            assertTrue(editor.isDirty(), "the editor is dirty after " + typed);
            assertNull(form.problem(REAPPOINTMENT), "no problem after " + typed);
            stack.undo();
            UiWait.until(() -> appointment.getReappointmentProbability() == before, "one undo takes " + typed + " back", 20_000);
            assertFalse(editor.isDirty(), "one command: one undo and the editor is clean again");
            UiWait.until(() -> Rates.percent(before).equals(field.getText()), "the field to show the value again", 20_000);
        }
        FormInput.type(field, "5.5", () -> appointment.getReappointmentProbability() == 0.055, "5.5 stored as 0.055");
        UiWait.until(() -> "5.5%".equals(field.getText()), "the field to show 5.5%", 20_000);
        stack.undo();
        UiWait.until(() -> !editor.isDirty(), "undone", 20_000);

        // out of range: refused beside the field, in percent words, and nothing changes
        FormInput.type(field, "150", () -> form.problem(REAPPOINTMENT) != null, "the refusal of 150 beside the field");
        assertTrue(form.problem(REAPPOINTMENT).contains("100%"), "the refusal says the range in percent: " + form.problem(REAPPOINTMENT));
        assertEquals(before, appointment.getReappointmentProbability(), "150 changes nothing");
        assertFalse(editor.isDirty(), "no command for a refused value");
        assertFalse(stack.canUndo(), "nothing to undo");
        FormInput.type(field, "abc", () -> form.problem(REAPPOINTMENT) != null && form.problem(REAPPOINTMENT).contains("abc"), "abc refused");
        assertEquals(before, appointment.getReappointmentProbability());
        FormInput.type(field, "30", () -> appointment.getReappointmentProbability() == 0.3 || before == 0.3 && form.problem(REAPPOINTMENT) == null,
                "a good value clears the refusal");
        UiWait.until(() -> form.problem(REAPPOINTMENT) == null, "the refusal gone", 10_000);
    }

    @Test
    void aRateIsAPercentageInTheTableAndThePropertiesView() throws Exception {
        ModelEditor editor = UiWait.openModelEditor(page, "town/status-quo.jzs");
        Scenario scenario = (Scenario) editor.getResource().getContents().get(0);
        FeatureTable rates = editor.tables().stream().filter(t -> t.columns().contains(YEARLY_RATE)).findFirst().orElseThrow();
        int column = rates.columnOf(YEARLY_RATE);
        TableViewer viewer = rates.viewer();
        assertTrue(viewer.getTable().getColumn(column).getText().endsWith("(%)"), viewer.getTable().getColumn(column).getText());
        AttritionRate rate = (AttritionRate) rates.rows().get(0);
        double before = rate.getYearlyRate();
        editor.showPage(FormInput.pageOf(editor, viewer.getControl()));
        UiWait.until(() -> Rates.percent(before).equals(viewer.getTable().getItem(0).getText(column)), "the cell shows a percentage",
                10_000);

        // a cell edited as a percentage: one command storing the fraction
        editor.getSite().getShell().forceActive();
        viewer.getTable().setFocus();
        viewer.editElement(rate, column);
        Control cell = FormInput.cellEditor(viewer);
        assertEquals(Rates.percent(before), ((Text) cell).getText(), "the cell editor shows the percentage");
        ((Text) cell).setText("１２．５％");
        cell.notifyListeners(SWT.DefaultSelection, new Event());
        UiWait.until(() -> rate.getYearlyRate() == 0.125, "12.5% stored as 0.125", 20_000);
        UiWait.until(() -> "12.5%".equals(viewer.getTable().getItem(rates.rows().indexOf(rate)).getText(column)), "the cell shows 12.5%",
                20_000);
        assertTrue(editor.isDirty());
        viewer.cancelEditing();
        // out of range in the cell: refused, nothing changes
        viewer.editElement(rate, column);
        Control again = FormInput.cellEditor(viewer);
        ((Text) again).setText("150");
        again.notifyListeners(SWT.DefaultSelection, new Event());
        viewer.cancelEditing();
        assertEquals(0.125, rate.getYearlyRate(), "150% is refused in a cell too");
        editor.getEditingDomain().getCommandStack().undo();
        UiWait.until(() -> rate.getYearlyRate() == before && !editor.isDirty(), "one undo takes the cell's change back", 20_000);

        // the Properties view's row: (%) in its name, the value as a percentage, typed as one
        IPropertySource source = editor.propertySources().getPropertySource(rate);
        IPropertyDescriptor descriptor = Arrays.stream(source.getPropertyDescriptors())
                .filter(d -> d.getId().toString().contains("yearlyRate")).findFirst().orElseThrow();
        assertTrue(descriptor.getDisplayName().endsWith("(%)"), descriptor.getDisplayName());
        assertEquals(Rates.percent(before), descriptor.getLabelProvider().getText(source.getPropertyValue(descriptor.getId())));
        assertTrue(descriptor.getDescription().contains("100%"), descriptor.getDescription());
        source.setPropertyValue(descriptor.getId(), "7%");
        assertEquals(0.07, rate.getYearlyRate());
        editor.getEditingDomain().getCommandStack().undo();
        assertEquals(before, rate.getYearlyRate());
        assertNotEquals(0, scenario.getAttrition().getRates().size());
    }
}
