package org.jinzai.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/**
 * The workbench starts without errors: every view tab is drawn with its title, and the platform log has
 * no error entry (an error there once meant SWT could not draw the SVG view icons on Java 25).
 */
class CleanStartTest {

    @Test
    void everyViewTabHasATitle() {
        Display display = PlatformUI.getWorkbench().getDisplay();
        while (display.readAndDispatch()) {
            // let pending paints and asynchronous work of the start run
        }
        List<CTabItem> tabs = new ArrayList<>();
        collectTabs(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), tabs);
        assertFalse(tabs.isEmpty(), "the window shows view tabs");
        for (CTabItem tab : tabs) {
            assertFalse(tab.getText().isBlank(), "a view tab without title");
        }
    }

    @Test
    void platformLogHasNoErrors() throws IOException {
        Display display = PlatformUI.getWorkbench().getDisplay();
        while (display.readAndDispatch()) {
            // flush deferred work that might log
        }
        Path log = Platform.getLogFileLocation().toPath();
        if (!Files.exists(log)) {
            return; // nothing was logged at all
        }
        List<String> errors = new ArrayList<>();
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String[] entry = lines.get(i).split(" ");
            // !ENTRY <plugin> <severity> ...; severity 4 is IStatus.ERROR
            // (the failures FailureDialogTest makes on purpose are marked as such)
            if (entry.length > 2 && entry[0].equals("!ENTRY") && entry[2].equals("4")
                    && !(i + 1 < lines.size() && lines.get(i + 1).contains(FailureDialogTest.ON_PURPOSE))) {
                errors.add(lines.get(i) + (i + 1 < lines.size() ? " " + lines.get(i + 1) : "")
                        + (i + 3 < lines.size() ? " " + lines.get(i + 3) : ""));
            }
        }
        assertEquals(List.of(), errors, "errors in " + log);
    }

    private static void collectTabs(Control control, List<CTabItem> tabs) {
        if (control instanceof CTabFolder folder) {
            tabs.addAll(List.of(folder.getItems()));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collectTabs(child, tabs);
            }
        }
    }
}
