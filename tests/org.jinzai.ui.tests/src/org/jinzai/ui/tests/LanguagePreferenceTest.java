package org.jinzai.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.jinzai.ui.internal.prefs.RunPreferencePage;
import org.jinzai.ui.internal.prefs.RunPreferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The language chosen in the preferences is written where the launch scripts read it, and removed for "as the OS". */
class LanguagePreferenceTest {

    @TempDir
    Path home;

    /** Closes the information dialog that says the language applies at the next start. */
    private static void closeDialogsSoon(Display display) {
        display.timerExec(300, () -> {
            for (Shell shell : display.getShells()) {
                if (shell.getData() instanceof MessageDialog dialog) {
                    dialog.close();
                }
            }
        });
    }

    @Test
    void theChosenLanguageIsKeptForTheNextStart() throws Exception {
        String before = System.getProperty("jinzai.home");
        System.setProperty("jinzai.home", home.toString());
        Shell shell = new Shell(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
        try {
            RunPreferencePage page = new RunPreferencePage();
            page.init(PlatformUI.getWorkbench());
            page.createControl(shell);
            page.chooseLanguage(2);
            closeDialogsSoon(shell.getDisplay());
            assertTrue(page.performOk());
            Path file = home.resolve(".jinzai/language");
            assertEquals("en", Files.readString(file).strip(), "English chosen");
            assertEquals("en", RunPreferences.language());
            page.chooseLanguage(0);
            closeDialogsSoon(shell.getDisplay());
            assertTrue(page.performOk());
            assertFalse(Files.exists(file), "as the operating system: no file, the locale decides");
            page.dispose();
        } finally {
            shell.dispose();
            if (before == null) {
                System.clearProperty("jinzai.home");
            } else {
                System.setProperty("jinzai.home", before);
            }
        }
    }
}
