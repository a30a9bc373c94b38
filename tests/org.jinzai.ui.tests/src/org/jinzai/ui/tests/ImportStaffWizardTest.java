package org.jinzai.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.jinzai.model.Baseline;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.ui.internal.wizards.ImportStaffWizard;
import org.junit.jupiter.api.Test;

/** The CSV import wizard previews or lists every error before writing, and imports only a good file. */
class ImportStaffWizardTest {

    @Test
    void badLinesAreListedAndAGoodFileIsImported() throws Exception {
        IFile baselineFile = ResourcesPlugin.getWorkspace().getRoot().getProject("jinzai-examples").getFile("town/yamanami-cho.jzb");
        byte[] original = baselineFile.getContents().readAllBytes();
        Baseline before = (Baseline) JinzaiResources.load(baselineFile.getLocation().toFile().toPath()).getContents().get(0);
        String department = before.getOrganization().getDepartments().get(0).getName();
        Path dir = Files.createTempDirectory("jinzai-csv");
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "職員ID,生年,採用年度,所属\n1,1980,2010," + department + "\n2,2999,2010," + department + "\n3,1985,2012,どこにもない課\n",
                StandardCharsets.UTF_8);
        Path good = dir.resolve("good.csv");
        Files.write(good, ("職員ID,生年,採用年度,所属\n1,1980,2010," + department + "\n2,1990,2015," + department + "\n")
                .getBytes(java.nio.charset.Charset.forName("windows-31j")));
        ImportStaffWizard wizard = new ImportStaffWizard(baselineFile);
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.create();
        try {
            List<String> errors = wizard.choose(bad.toString(), 0, true);
            assertTrue(errors.size() >= 3, "the summary and an error per bad line: " + errors);
            assertFalse(wizard.canFinish(), "a file with errors cannot be imported");
            assertTrue(java.util.Arrays.equals(original, baselineFile.getContents().readAllBytes()), "nothing written yet");

            List<String> preview = wizard.choose(good.toString(), 2, true);
            assertEquals(3, preview.size(), "the summary and the two members: " + preview);
            assertTrue(wizard.canFinish());
            assertTrue(wizard.performFinish());
            Baseline after = (Baseline) JinzaiResources.load(baselineFile.getLocation().toFile().toPath()).getContents().get(0);
            assertEquals(2, after.getStaff().size(), "the roster was replaced");
        } finally {
            dialog.close();
            baselineFile.setContents(new ByteArrayInputStream(original), true, false, null);
        }
    }
}
