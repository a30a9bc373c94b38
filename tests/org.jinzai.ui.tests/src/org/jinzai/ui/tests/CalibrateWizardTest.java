package org.jinzai.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.jinzai.model.AttritionRate;
import org.jinzai.model.Scenario;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.ui.internal.ExampleNames;
import org.jinzai.ui.internal.wizards.CalibrateHandler;
import org.jinzai.ui.internal.wizards.CalibrateWizard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Rates from the History on the town's scenario with the town's past rosters (shipped with the examples): the estimates
 * shown beside the scenario's rates, Finish writes a new scenario with them and their provenance, the original is not
 * changed; a bad line of a roster is shown with its file and line and nothing can be written.
 */
class CalibrateWizardTest {

    private final List<Runnable> cleanup = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        cleanup.forEach(Runnable::run);
    }

    private CalibrateWizard wizard(IFile scenario) {
        CalibrateWizard wizard = CalibrateHandler.wizardFor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), scenario);
        assertNotNull(wizard);
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.create();
        cleanup.add(0, dialog::close);
        return wizard;
    }

    /** The town's past rosters as the examples put them into the workspace. */
    private static List<Path> history() throws Exception {
        IFolder folder = UiWait.examples().getFolder(ExampleNames.current().path("town/history"));
        List<Path> files = new ArrayList<>();
        for (IResource member : folder.members()) {
            files.add(member.getLocation().toFile().toPath());
        }
        files.sort(null);
        return files;
    }

    @Test
    void theEstimatesComeBesideTheRatesAndFinishWritesThemIntoANewScenario() throws Exception {
        IFile source = UiWait.examples().getFile(ExampleNames.current().path("town/status-quo.jzs"));
        byte[] before = source.getContents().readAllBytes();
        CalibrateWizard wizard = wizard(source);
        List<Path> history = history();
        assertEquals(5, history.size(), "the town's five past rosters are in the workspace");
        Path written = source.getLocation().toFile().toPath().resolveSibling("calibrated-by-test.jzs");
        Files.deleteIfExists(written);
        cleanup.add(() -> written.toFile().delete());
        // a name that is taken (the scenario itself) is refused: nothing can be overwritten
        wizard.choose(history, source.getName());
        assertFalse(wizard.canFinish(), "an existing file is not a new scenario's name");
        List<String> rows = wizard.choose(history, "calibrated-by-test.jzs");
        // seven age bands, the re-appointment probability, the courses the rosters saw completed, and a tenure
        String course = "Course: .+ \\|  \\| \\d+ seats in FY2026 \\| \\d+\\.\\d a year \\| .* completed in FY2021–2024";
        long courses = rows.stream().filter(r -> r.matches(course)).count();
        assertTrue(courses >= 3, String.join("\n", rows));
        assertEquals(9 + courses, rows.size(), String.join("\n", rows));
        String tenure = rows.get(rows.size() - 1);
        assertTrue(tenure.matches("Tenure: Business department \\|  \\| 3–5 years \\| 3–[56] years \\| .*moves in .* person-years .*"), tenure);
        assertTrue(rows.get(0).startsWith("18–29 | "), rows.get(0));
        assertTrue(rows.get(4).contains("nobody of it in the history"), "a type the history has nobody of says so: " + rows.get(4));
        assertTrue(wizard.problems().isEmpty(), wizard.problems());
        assertTrue(wizard.canFinish());
        assertTrue(wizard.performFinish());
        Scenario calibrated = (Scenario) JinzaiResources.load(written).getContents().get(0);
        assertEquals(4, calibrated.getAttrition().getRates().stream().filter(r -> r.getEstimate() != null).count());
        AttritionRate young = calibrated.getAttrition().getRates().get(0);
        assertEquals(young.getEstimate().getEstimated(), young.getYearlyRate(), 0.0);
        assertNotNull(calibrated.getAppointment().getReappointmentEstimate());
        assertEquals(1, calibrated.getRotation().getTenures().size());
        assertNotNull(calibrated.getRotation().getTenures().get(0).getEstimate());
        assertArrayEquals(before, source.getContents().readAllBytes(), "the scenario estimated from is not changed");
    }

    @Test
    void onABaselineFinishWritesANewStatusQuoScenarioBesideIt() throws Exception {
        IFile baseline = UiWait.examples().getFile(ExampleNames.current().path("town/yamanami-cho.jzb"));
        assertTrue(baseline.exists(), baseline.toString());
        byte[] before = baseline.getContents().readAllBytes();
        CalibrateWizard wizard = wizard(baseline);
        Path written = baseline.getLocation().toFile().toPath().resolveSibling("from-baseline-by-test.jzs");
        Files.deleteIfExists(written);
        cleanup.add(() -> written.toFile().delete());
        List<String> rows = wizard.choose(history(), "from-baseline-by-test.jzs");
        // the estimates beside the planning assumptions of a new status-quo scenario (the young regulars' 5.0 %)
        assertTrue(rows.get(0).startsWith("18–29 | Regular | 5.0% | "), rows.get(0));
        assertTrue(wizard.performFinish(), wizard.problems());
        Scenario calibrated = (Scenario) JinzaiResources.load(written).getContents().get(0);
        assertEquals(baseline.getName(), calibrated.getBaseline().eResource().getURI().lastSegment(), "its baseline is the one chosen");
        assertEquals(4, calibrated.getAttrition().getRates().stream().filter(r -> r.getEstimate() != null).count());
        assertArrayEquals(before, baseline.getContents().readAllBytes(), "the baseline is not changed");
    }

    @Test
    void aBadLineIsShownWithItsFileAndLineAndNothingCanBeWritten() throws Exception {
        IFile source = UiWait.examples().getFile(ExampleNames.current().path("town/status-quo.jzs"));
        CalibrateWizard wizard = wizard(source);
        Path folder = Files.createTempDirectory("history");
        Path bad = folder.resolve("roster-2026.csv");
        cleanup.add(() -> {
            bad.toFile().delete();
            folder.toFile().delete();
        });
        Files.writeString(bad, "職員ID,生年,所属\n1,1980,総務課\n2,19x0,総務課\n", StandardCharsets.UTF_8);
        List<Path> files = new ArrayList<>(history());
        files.add(bad);
        List<String> rows = wizard.choose(files, "never-written.jzs");
        assertTrue(rows.isEmpty(), rows.toString());
        assertTrue(wizard.problems().contains(bad.getFileName() + ": line 3") && wizard.problems().contains("19x0"), wizard.problems());
        assertFalse(wizard.canFinish());
        assertFalse(Files.exists(source.getLocation().toFile().toPath().resolveSibling("never-written.jzs")));
    }
}
