package org.jinzai.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.jinzai.model.Scenario;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.ui.internal.wizards.CopyScenarioHandler;
import org.junit.jupiter.api.Test;

/** Copy Scenario makes a new scenario beside the original, on the same baseline, and leaves the original as it was. */
class CopyScenarioTest {

    @Test
    void copyBesideTheOriginal() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("jinzai-examples");
        IFile source = project.getFile("town/status-quo.jzs");
        byte[] before = source.getContents().readAllBytes();
        IFile first = CopyScenarioHandler.copy(source, "現状維持（研修を見直す）");
        IFile second = CopyScenarioHandler.copy(source, "もう一つの案");
        try {
            assertEquals("status-quo-copy.jzs", first.getName());
            assertEquals("status-quo-copy-2.jzs", second.getName());
            Scenario copy = (Scenario) JinzaiResources.load(first.getLocation().toFile().toPath()).getContents().get(0);
            assertEquals("現状維持（研修を見直す）", copy.getName());
            assertEquals("status-quo.jzs", copy.getDerivedFrom());
            assertEquals("やまなみ町", copy.getBaseline().getName(), "the same baseline, resolved");
            assertTrue(copy.getTargets().size() > 0);
            assertArrayEquals(before, source.getContents().readAllBytes(), "the original is untouched");
        } finally {
            first.delete(true, null);
            second.delete(true, null);
        }
    }
}
