package org.jinzai.ui.internal.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorLauncher;
import org.eclipse.ui.PlatformUI;
import org.jinzai.ui.internal.Messages;

/**
 * The right program for each file: reports (.docx, .xlsx), PDFs and CSV files open in the application the system
 * associates with them (Word, Excel, a PDF reader), never in a text editor where a keystroke and a save would corrupt
 * them. The workbench's editor registry names this class as the launcher of those extensions; the export's result
 * message opens its files and their folder the same way.
 */
public final class SystemPrograms implements IEditorLauncher {

    /** How a file or folder is handed to the system (replaced by tests, which must not start programs). */
    private static volatile Predicate<String> launcher = Program::launch;

    /** Replaces how files are handed to the system; returns the previous way. For tests. */
    public static Predicate<String> launchWith(Predicate<String> replacement) {
        Predicate<String> previous = launcher;
        launcher = replacement;
        return previous;
    }

    @Override
    public void open(IPath file) {
        Display display = PlatformUI.getWorkbench().getDisplay();
        Shell shell = display.getActiveShell();
        open(shell, file.toPath());
    }

    /** Hands an existing file to the system's application for it; false when the system has none (nothing said). */
    public static boolean launch(Path file) {
        return Files.exists(file) && launcher.test(file.toAbsolutePath().toString());
    }

    /** Opens a file in its system application; tells the user when the system has none for it. */
    public static boolean open(Shell shell, Path file) {
        if (!Files.exists(file)) {
            MessageDialog.openError(shell, Messages.SystemProgram_title, NLS.bind(Messages.SystemProgram_missing, file));
            return false;
        }
        if (launcher.test(file.toAbsolutePath().toString())) {
            return true;
        }
        MessageDialog.openError(shell, Messages.SystemProgram_title,
                NLS.bind(Messages.SystemProgram_none, file.getFileName(), file.toAbsolutePath().getParent()));
        return false;
    }

    /**
     * Tells the user that files were written ({@code message} with {0} the files, one per line), with buttons that open
     * them in their applications (Word, Excel) or show their folder.
     */
    public static void tellWritten(Shell shell, String title, String message, List<IFile> written) {
        MessageDialog done = new MessageDialog(shell, title, null,
                NLS.bind(message, String.join("\n", written.stream().map(f -> f.getFullPath().makeRelative().toString()).toList())), //$NON-NLS-1$
                MessageDialog.INFORMATION, 2, Messages.Export_open, Messages.Export_openFolder, Messages.Export_close) {
            @Override
            public void create() {
                super.create();
                // closed without a button (Esc, the window's close box): nothing is opened
                setReturnCode(SWT.DEFAULT);
            }
        };
        switch (done.open()) {
            case 0 -> written.forEach(f -> open(shell, f.getLocation().toFile().toPath()));
            case 1 -> openFolder(shell, written.get(0).getParent().getLocation().toFile().toPath());
            default -> {
                // closed
            }
        }
    }

    /** Opens a folder in the system's file manager. */
    public static boolean openFolder(Shell shell, Path folder) {
        if (launcher.test(folder.toAbsolutePath().toString())) {
            return true;
        }
        MessageDialog.openError(shell, Messages.SystemProgram_title, NLS.bind(Messages.SystemProgram_noFolder, folder.toAbsolutePath()));
        return false;
    }
}
