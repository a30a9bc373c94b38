package org.jinzai.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.jinzai.ui.internal.Messages;
import org.jinzai.ui.internal.files.SystemPrograms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The right program for each file: a report, a PDF or a CSV file opened from the workbench goes to the system's
 * application (the test records what would be handed to the system instead of starting Word), never into a text editor
 * where a keystroke and a save would corrupt it; the message after writing a report opens the files or their folder.
 */
class SystemProgramsTest {

    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    private final List<String> launched = Collections.synchronizedList(new ArrayList<>());
    private Predicate<String> previous;
    private IFolder folder;

    @BeforeEach
    void recordLaunches() throws Exception {
        previous = SystemPrograms.launchWith(path -> launched.add(path));
        folder = UiWait.examples().getFolder("reports-" + System.nanoTime());
        folder.create(true, true, null);
    }

    @AfterEach
    void restore() throws Exception {
        SystemPrograms.launchWith(previous);
        page.closeAllEditors(false);
        folder.delete(true, null);
    }

    private IFile file(String name) throws Exception {
        IFile file = folder.getFile(name);
        // binary content, as a report has: a text editor would show and damage it
        file.create(new ByteArrayInputStream(new byte[] { 'P', 'K', 3, 4, 0, 0, (byte) 0xFF, 0x10 }), true, null);
        return file;
    }

    @Test
    void reportsPdfsAndCsvFilesOpenInTheSystemsApplication() throws Exception {
        for (String name : List.of("方針-policy.docx", "results.xlsx", "方針.pdf", "staff.csv")) {
            IFile file = file(name);
            IEditorDescriptor descriptor = IDE.getDefaultEditor(file);
            assertEquals("org.jinzai.ui.systemProgram", descriptor == null ? null : descriptor.getId(), name + " is associated with the system's application");
            launched.clear();
            IDE.openEditor(page, file);
            assertEquals(List.of(file.getLocation().toOSString()), launched, name + " handed to the system");
            assertEquals(0, page.getEditorReferences().length, name + " opened in no editor of the workbench");
        }
    }

    /**
     * Presses a button of the message dialog as soon as it shows (the dialog runs its own event loop); the flag
     * returned is set once it is pressed, so that a test can wait for it and leave no press pending for the next one.
     */
    static java.util.concurrent.atomic.AtomicBoolean pressSoon(Display display, String label) {
        java.util.concurrent.atomic.AtomicBoolean pressed = new java.util.concurrent.atomic.AtomicBoolean();
        display.timerExec(50, new Runnable() {
            @Override
            public void run() {
                for (Shell shell : display.getShells()) {
                    if (shell.isVisible() && shell.getData() instanceof MessageDialog) {
                        Button button = find(shell, label);
                        if (button != null) {
                            button.notifyListeners(SWT.Selection, null);
                            pressed.set(true);
                            return;
                        }
                    }
                }
                display.timerExec(50, this);
            }
        });
        return pressed;
    }

    private static Button find(Composite parent, String label) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Button button && label.equals(button.getText())) {
                return button;
            }
            if (child instanceof Composite composite) {
                Button found = find(composite, label);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Test
    void theMessageAfterAnExportOpensTheFilesOrTheirFolder() throws Exception {
        IFile docx = file("town-policy.docx");
        IFile xlsx = file("town-results.xlsx");
        Shell shell = page.getWorkbenchWindow().getShell();
        pressSoon(shell.getDisplay(), Messages.Export_open);
        SystemPrograms.tellWritten(shell, Messages.Export_title, Messages.Export_done, List.of(docx, xlsx));
        assertEquals(List.of(docx.getLocation().toOSString(), xlsx.getLocation().toOSString()), launched, "開く opens each file written");

        launched.clear();
        pressSoon(shell.getDisplay(), Messages.Export_openFolder);
        SystemPrograms.tellWritten(shell, Messages.Export_title, Messages.Export_done, List.of(docx, xlsx));
        assertEquals(List.of(folder.getLocation().toOSString()), launched, "フォルダーを開く opens the folder");

        launched.clear();
        pressSoon(shell.getDisplay(), Messages.Export_close);
        SystemPrograms.tellWritten(shell, Messages.Export_title, Messages.Export_done, List.of(docx));
        assertTrue(launched.isEmpty(), "閉じる opens nothing");
        assertFalse(page.getEditorReferences().length > 0);
    }
}
