package org.jinzai.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.jinzai.model.Baseline;
import org.jinzai.model.Scenario;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.model.templates.MunicipalitySize;
import org.jinzai.model.validation.JinzaiValidator;
import org.jinzai.ui.internal.ExampleNames;
import org.jinzai.ui.internal.wizards.NewBaselineWizard;
import org.junit.jupiter.api.Test;

/** File ▸ New ▸ Baseline makes a valid baseline of the chosen size and a status-quo scenario that can run. */
class NewBaselineWizardTest {

    @Test
    void aTownFromTheTemplate() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("jinzai-examples");
        IFolder folder = project.getFolder("new-town");
        if (folder.exists()) {
            folder.delete(true, null);
        }
        folder.create(true, true, null);
        NewBaselineWizard wizard = new NewBaselineWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(folder));
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.create();
        try {
            wizard.fill("jinzai-examples/new-town", "", MunicipalitySize.TOWN, "kawabe-cho");
            assertNotNull(wizard.problem(), "a municipality needs a name");
            wizard.fill("jinzai-examples/no-such-folder", "かわべ町", MunicipalitySize.TOWN, "kawabe-cho");
            assertNotNull(wizard.problem(), "the folder must exist");
            wizard.fill("jinzai-examples/new-town", "かわべ町", MunicipalitySize.TOWN, "kawabe cho?");
            assertNotNull(wizard.problem(), "a file name without question marks");
            wizard.fill("jinzai-examples/new-town", "かわべ町", MunicipalitySize.TOWN, ".kawabe");
            assertNotNull(wizard.problem(), "a file name that is not hidden");
            // a Japanese file name, as the examples have, wherever the file system's encoding can hold it
            wizard.fill("jinzai-examples/new-town", "かわべ町", MunicipalitySize.TOWN, "かわべ町 基礎データ");
            assertEquals(ExampleNames.fitsFileName("かわべ町"), wizard.problem() == null, String.valueOf(wizard.problem()));
            wizard.fill("jinzai-examples/new-town", "かわべ町", MunicipalitySize.TOWN, "kawabe-cho");
            assertNull(wizard.problem());
            assertTrue(wizard.performFinish());
        } finally {
            dialog.close();
            PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        }
        IFile baselineFile = folder.getFile("kawabe-cho.jzb");
        assertTrue(baselineFile.exists());
        IFile scenarioFile = folder.getFile("status-quo.jzs");
        assertTrue(scenarioFile.exists());
        Resource resource = JinzaiResources.load(scenarioFile.getLocation().toFile().toPath());
        Scenario scenario = (Scenario) resource.getContents().get(0);
        Baseline baseline = scenario.getBaseline();
        assertEquals("かわべ町", baseline.getName());
        for (Resource each : resource.getResourceSet().getResources()) {
            assertEquals(Diagnostic.OK, JinzaiValidator.validate(each).getSeverity(), each.getURI().lastSegment());
        }
        assertTrue(baseline.getOrganization().getDepartments().size() > 5);
        folder.delete(true, null);
    }
}
