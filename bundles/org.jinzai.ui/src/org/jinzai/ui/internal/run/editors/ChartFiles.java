package org.jinzai.ui.internal.run.editors;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.ui.internal.Messages;

/**
 * Files that leave the workbench from a view (a chart as PNG or SVG, the results as PDF): where to save them (a file
 * dialog that proposes a name from the title and asks before it overwrites, as the platform does), written atomically,
 * and a failure told in the user's words, with the assurance that a file that was there is unchanged.
 */
public final class ChartFiles {

    /** The kinds of file, with their extension. */
    public enum Format {
        PNG("png"), SVG("svg"), PDF("pdf"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        String filterName() {
            return switch (this) {
            case PNG -> Messages.Chart_pngFiles;
            case SVG -> Messages.Chart_svgFiles;
            case PDF -> Messages.Print_pdfFiles;
            };
        }
    }

    /** The content of a file, made when it is written. */
    @FunctionalInterface
    public interface Content {
        byte[] bytes() throws IOException;
    }

    /** The folder last saved into, proposed next time (in this session). */
    private static String lastFolder;

    /** The characters no file system takes in a file's name: {@code \ / : * ? " < > |} and control characters. */
    public static final java.util.regex.Pattern NOT_IN_FILE_NAMES = java.util.regex.Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]"); //$NON-NLS-1$

    private ChartFiles() {
    }

    /**
     * A file name made from a title: the characters no file system takes ({@code \ / : * ? " < > |}, control
     * characters) as {@code _}, no dot or space at its ends, at most 80 characters; {@code グラフ} / {@code chart} when
     * nothing is left.
     */
    public static String fileName(String title) {
        String name = title == null ? "" : NOT_IN_FILE_NAMES.matcher(title).replaceAll("_"); //$NON-NLS-1$ //$NON-NLS-2$
        name = name.strip().replaceAll("^[.\\s]+|[.\\s]+$", ""); //$NON-NLS-1$ //$NON-NLS-2$
        if (name.codePointCount(0, name.length()) > 80) {
            name = name.substring(0, name.offsetByCodePoints(0, 80)).strip();
        }
        return name.isEmpty() ? Messages.Chart_defaultName : name;
    }

    /** Asks where to save a file of a format, proposing a name from a title; null when cancelled. */
    static Path askWhere(Shell shell, Format format, String title) {
        return askWhere(shell, format, title, null);
    }

    /** Asks where to save a file, proposing a name from a title and a folder (null: the last one); null when cancelled. */
    static Path askWhere(Shell shell, Format format, String title, String folder) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*." + format.extension() }); //$NON-NLS-1$
        dialog.setFilterNames(new String[] { format.filterName() });
        dialog.setFileName(fileName(title) + "." + format.extension()); //$NON-NLS-1$
        dialog.setFilterPath(folder != null ? folder : lastFolder != null ? lastFolder : System.getProperty("user.home")); //$NON-NLS-1$
        // the platform's question before a file is replaced
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        Path file = Path.of(chosen);
        if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith("." + format.extension())) { //$NON-NLS-1$
            file = file.resolveSibling(file.getFileName() + "." + format.extension()); //$NON-NLS-1$
        }
        return file;
    }

    /**
     * Writes a file atomically; tells in a dialog when it cannot (the content could not be made or the file not
     * written), and that a file that was there before is unchanged.
     *
     * @return whether it was written
     */
    static boolean saveAtomically(Shell shell, Path file, Content content) {
        try {
            JinzaiResources.writeAtomically(file, content.bytes());
            Path folder = file.toAbsolutePath().getParent();
            lastFolder = folder == null ? null : folder.toString();
            return true;
        } catch (IOException | RuntimeException e) {
            failed(shell, file, e);
            return false;
        }
    }

    /** Tells that a file could not be written, and why, in the user's words. */
    static void failed(Shell shell, Path file, Exception e) {
        MessageDialog.openError(shell, Messages.Save_failedTitle,
                NLS.bind(Messages.Save_failed, file.getFileName(), reason(file, e)));
    }

    /** Why a file could not be written, as a user reads it. */
    static String reason(Path file, Exception e) {
        Path folder = file.toAbsolutePath().getParent();
        if (e instanceof AccessDeniedException) {
            return NLS.bind(Messages.Save_accessDenied, folder);
        }
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            // the folder (or one above it) is a file
            Path blocking = folder;
            while (blocking != null && !Files.isRegularFile(blocking)) {
                blocking = blocking.getParent();
            }
            return NLS.bind(Messages.Save_notAFolder, blocking != null ? blocking : folder);
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            String why = fs.getReason();
            if (why.contains("Read-only")) { //$NON-NLS-1$
                return NLS.bind(Messages.Save_readOnly, folder);
            }
            if (why.contains("Not a directory")) { //$NON-NLS-1$
                return NLS.bind(Messages.Save_notAFolder, folder);
            }
            if (Files.isDirectory(file)) {
                return Messages.Save_isFolder;
            }
            return why;
        }
        if (Files.isDirectory(file)) {
            return Messages.Save_isFolder;
        }
        return e.getLocalizedMessage() != null ? e.getLocalizedMessage() : e.getClass().getSimpleName();
    }
}
