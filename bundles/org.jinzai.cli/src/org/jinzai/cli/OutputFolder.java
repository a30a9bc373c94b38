package org.jinzai.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;

/**
 * An output folder written as a unit: a command writes its files into a fresh staging folder beside the output
 * folder and the staging folder then takes the output folder's place by renaming. A reader — or a run killed at
 * any moment — sees the old files or the new ones, never a mixture.
 *
 * <p>A folder that is replaced belongs to the results: it may hold only files of the kinds the commands write (and
 * no folders); anything else is refused before the run ({@link #refusal}), so that replacing the folder can never
 * take a user's other files with it.
 *
 * <p>A command that adds to a folder (an experiment beside the scenario or beside earlier experiments, the preview
 * beside a run's results) does not replace it: each of its files is moved into place on its own, atomically, the
 * saved experiment last; the folder's other files stay.
 *
 * <p>A run killed between the two renames leaves the old folder under a hidden name; the next command on the
 * same folder puts it back.
 */
final class OutputFolder implements AutoCloseable {

    /** The kinds of file the commands write; an output folder holding anything else is not replaced. */
    private static final List<String> RESULT_KINDS = List.of(".json", ".csv", ".xlsx", ".docx", ".jzx"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    private static final String WRITING = ".writing-"; //$NON-NLS-1$
    private static final String PREVIOUS = ".previous-"; //$NON-NLS-1$

    private final Path folder;
    private final boolean keepOthers;
    private final Path staging;
    private boolean committed;

    private OutputFolder(Path folder, boolean keepOthers, Path staging) {
        this.folder = folder;
        this.keepOthers = keepOthers;
        this.staging = staging;
    }

    /**
     * Why the folder cannot be replaced by a run's results, in the user's words, or null when it can (absent, empty,
     * or holding only result files). Called before a run so that a long run never ends in this error.
     */
    static String refusal(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        String notFolder = notFolder(absolute);
        if (notFolder != null || !Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
            return notFolder;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(absolute)) {
            for (Path entry : entries) {
                if (!isResultFile(entry)) {
                    return NLS.bind(Messages.OutputHoldsOthers, absolute, entry.getFileName());
                }
            }
        } catch (IOException e) {
            return NLS.bind(Messages.OutputUnreadable, absolute, e.getLocalizedMessage());
        }
        return null;
    }

    /** Why files cannot be added to the folder (it is a file), or null. */
    static String notFolder(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        return Files.exists(absolute) && !Files.isDirectory(absolute) ? NLS.bind(Messages.OutputNotFolder, absolute) : null;
    }

    private static boolean isResultFile(Path entry) {
        String name = entry.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS) && RESULT_KINDS.stream().anyMatch(name::endsWith);
    }

    /**
     * Starts writing results for the folder: puts back an old folder left by a killed run, removes stale staging
     * folders, and creates a fresh staging folder. With {@code keepOthers} the command adds its files to the folder
     * instead of replacing it.
     */
    static OutputFolder open(Path folder, boolean keepOthers) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        recover(absolute);
        Path staging = Files.createTempDirectory(parent, hidden(absolute, WRITING));
        return new OutputFolder(absolute, keepOthers, staging);
    }

    private static String hidden(Path folder, String kind) {
        return "." + folder.getFileName() + kind; //$NON-NLS-1$
    }

    /** Siblings of the folder left by earlier runs: staging folders and previous folders. */
    private static List<Path> leftovers(Path folder, String kind) throws IOException {
        String prefix = hidden(folder, kind);
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder.getParent(), prefix + "*")) { //$NON-NLS-1$
            entries.forEach(found::add);
        }
        found.sort(Comparator.naturalOrder());
        return found;
    }

    private static void recover(Path folder) throws IOException {
        List<Path> previous = leftovers(folder, PREVIOUS);
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !previous.isEmpty()) {
            try {
                Files.move(previous.get(0), folder, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException | NoSuchFileException e) {
                // another run got there first
            }
        }
        for (Path stale : leftovers(folder, PREVIOUS)) {
            deleteTree(stale);
        }
        // a staging folder younger than a minute may belong to a run still writing into the same folder
        long now = System.currentTimeMillis();
        for (Path stale : leftovers(folder, WRITING)) {
            if (now - Files.getLastModifiedTime(stale).toMillis() > 60_000) {
                deleteTree(stale);
            }
        }
    }

    /** Where the command writes its files. */
    Path staging() {
        return staging;
    }

    /** The output folder (as the user will find it). */
    Path folder() {
        return folder;
    }

    /** Puts the new files in place of the old ones: the whole folder at once, or each added file at once. */
    Path commit() throws IOException {
        if (keepOthers) {
            add();
        } else {
            replace();
        }
        return folder;
    }

    private void add() throws IOException {
        Files.createDirectories(folder);
        List<Path> files;
        try (Stream<Path> list = Files.list(staging)) {
            // the saved experiment last: it is what the workbench and the policy document read
            files = list.sorted(Comparator.comparing((Path p) -> p.toString().endsWith(".jzx")).thenComparing(Comparator.naturalOrder())) //$NON-NLS-1$
                    .toList();
        }
        for (Path file : files) {
            Files.move(file, folder.resolve(file.getFileName().toString()), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void replace() throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path previous = null;
            if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                previous = Files.createTempDirectory(folder.getParent(), hidden(folder, PREVIOUS));
                try {
                    // renaming onto an empty folder replaces it
                    Files.move(folder, previous, StandardCopyOption.ATOMIC_MOVE);
                } catch (NoSuchFileException e) {
                    Files.deleteIfExists(previous);
                    previous = null;
                }
            }
            try {
                Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
                committed = true;
                if (previous != null) {
                    deleteTree(previous);
                }
                return;
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
                // a concurrent run into the same folder put its results there first: ours replace them
                if (previous != null) {
                    deleteTree(previous);
                }
                if (attempt > 10) {
                    throw e;
                }
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException(NLS.bind(Messages.OutputUnreadable, folder, e.getLocalizedMessage()), e);
            }
        }
    }

    /** Removes the staging folder of a run that did not finish; the output folder is untouched. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            // after adding, the staging folder is empty
            deleteTree(staging);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
