package org.jinzai.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;

/**
 * An output folder written as a unit: a command writes its files into a fresh staging folder beside the output
 * folder and the staging folder then takes the output folder's place by renaming. A reader — or a run killed at
 * any moment — sees the old files or the new ones, never a mixture.
 *
 * <p>A folder that is replaced belongs to the results: a run writes a manifest ({@value #MANIFEST}) listing its files
 * with their SHA-256, and a folder is replaced only when it is empty or holds exactly those files, unchanged. A file
 * the user saved there or changed keeps it from being replaced ({@link #refusal}), checked before the run and again
 * just before the folder is replaced, so a run can never take a user's file with it.
 *
 * <p>A command that adds to a folder (an experiment beside the scenario or beside earlier experiments, the preview
 * beside a run's results) does not replace it: each of its files is moved into place on its own, atomically, the
 * saved experiment last; the folder's other files stay.
 *
 * <p>A run killed between the two renames leaves the old folder under a hidden name; the next command on the
 * same folder puts it back.
 */
final class OutputFolder implements AutoCloseable {

    private static final String WRITING = ".writing-"; //$NON-NLS-1$
    private static final String PREVIOUS = ".previous-"; //$NON-NLS-1$

    /** The list of the files a run wrote, with their SHA-256: what may be replaced without asking. */
    static final String MANIFEST = ".jinzai-results"; //$NON-NLS-1$

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
     * Why the folder cannot be replaced by a run's results, in the user's words, or null when it can: absent, empty,
     * or holding exactly the files an earlier run wrote there, unchanged (its manifest says which, with their
     * hashes). A file the user put there or changed — a spreadsheet saved beside the results, an edited workbook —
     * keeps the folder from being replaced. Called before a run, so that a long run never ends in this error, and
     * again just before the folder is replaced.
     */
    static String refusal(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        if (absolute.getParent() == null || !Files.isDirectory(absolute.getParent())) {
            return refusalNow(absolute);
        }
        // another run may be replacing the folder right now: its manifest and files are read between two swaps
        try (Lock lock = lock(absolute)) {
            return refusalNow(absolute);
        } catch (IOException e) {
            return NLS.bind(Messages.OutputUnreadable, absolute, e.getLocalizedMessage());
        }
    }

    /** {@link #refusal(Path)} for a caller that holds the folder's lock. */
    private static String refusalNow(Path absolute) {
        String notFolder = notFolder(absolute);
        if (notFolder != null || !Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
            return notFolder;
        }
        try {
            Map<String, String> written = manifest(absolute);
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(absolute)) {
                for (Path entry : entries) {
                    String name = entry.getFileName().toString();
                    if (name.equals(MANIFEST)) {
                        continue;
                    }
                    if (!written.containsKey(name) || !Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                        return NLS.bind(Messages.OutputHoldsOthers, absolute, name);
                    }
                    if (!written.get(name).equals(sha256(entry))) {
                        return NLS.bind(Messages.OutputChanged, absolute, name);
                    }
                }
            }
        } catch (IOException e) {
            return NLS.bind(Messages.OutputUnreadable, absolute, e.getLocalizedMessage());
        }
        return null;
    }

    /**
     * Why files cannot be written into or beside the folder, or null: it is a file, a link, the root of a drive, or
     * its parent folder cannot be written.
     */
    static String notFolder(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        if (absolute.getParent() == null || absolute.getFileName() == null) {
            return NLS.bind(Messages.OutputIsRoot, absolute);
        }
        if (Files.isSymbolicLink(absolute)) {
            return NLS.bind(Messages.OutputIsLink, absolute);
        }
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            return NLS.bind(Messages.OutputNotFolder, absolute);
        }
        Path parent = absolute.getParent();
        while (parent != null && !Files.exists(parent)) {
            parent = parent.getParent();
        }
        if (parent != null && !Files.isWritable(parent)) {
            return NLS.bind(Messages.OutputNotWritable, absolute, parent);
        }
        return null;
    }

    /** The files an earlier run wrote into the folder, by name, with their SHA-256; empty without a manifest. */
    private static Map<String, String> manifest(Path folder) throws IOException {
        Map<String, String> written = new HashMap<>();
        Path file = folder.resolve(MANIFEST);
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int space = line.indexOf("  "); //$NON-NLS-1$
                if (space > 0) {
                    written.put(line.substring(space + 2), line.substring(0, space));
                }
            }
        }
        return written;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))); //$NON-NLS-1$
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Starts writing results for the folder: puts back an old folder left by a killed run, removes stale staging
     * folders, and creates a fresh staging folder (readable by others, as the folder it will become). With
     * {@code keepOthers} the command adds its files to the folder instead of replacing it.
     */
    static OutputFolder open(Path folder, boolean keepOthers) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        try (Lock lock = lock(absolute)) {
            recover(absolute);
        }
        Path staging = Files.createTempDirectory(parent, hidden(absolute, WRITING));
        if (Files.getFileStore(staging).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(staging, Files.isDirectory(absolute) ? Files.getPosixFilePermissions(absolute)
                    : PosixFilePermissions.fromString("rwxr-xr-x")); //$NON-NLS-1$
        }
        return new OutputFolder(absolute, keepOthers, staging);
    }

    /** Runs in this process, by folder: a file lock is held for the whole process, so threads take turns first. */
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    /** Runs on one folder take turns to recover and replace it, in this process and across processes. */
    private static Lock lock(Path folder) throws IOException {
        ReentrantLock local = IN_PROCESS.computeIfAbsent(folder, f -> new ReentrantLock());
        local.lock();
        try {
            FileChannel channel = FileChannel.open(folder.getParent().resolve(hidden(folder, ".lock")), //$NON-NLS-1$
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                channel.lock();
                return new Lock(channel, local);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            local.unlock();
            throw e;
        }
    }

    /** Closing the channel releases the file lock. */
    private record Lock(FileChannel channel, ReentrantLock local) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            try {
                channel.close();
            } finally {
                local.unlock();
            }
        }
    }

    private static String hidden(Path folder, String kind) {
        return "." + folder.getFileName() + kind; //$NON-NLS-1$
    }

    /** Siblings of the folder left by earlier runs: staging folders and previous folders. */
    private static List<Path> leftovers(Path folder, String kind) throws IOException {
        String prefix = hidden(folder, kind);
        List<Path> found = new ArrayList<>();
        // not a glob: the folder's name may hold [ or {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder.getParent(),
                entry -> entry.getFileName().toString().startsWith(prefix))) {
            entries.forEach(found::add);
        }
        found.sort(Comparator.naturalOrder());
        return found;
    }

    private static void recover(Path folder) throws IOException {
        List<Path> previous = leftovers(folder, PREVIOUS);
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !previous.isEmpty()) {
            Files.move(previous.get(0), folder, StandardCopyOption.ATOMIC_MOVE);
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
        StringBuilder manifest = new StringBuilder();
        try (Stream<Path> list = Files.list(staging)) {
            for (Path file : list.sorted().toList()) {
                manifest.append(sha256(file)).append("  ").append(file.getFileName()).append('\n'); //$NON-NLS-1$
            }
        }
        Files.writeString(staging.resolve(MANIFEST), manifest, StandardCharsets.UTF_8);
        try (Lock lock = lock(folder)) {
            recover(folder);
            // the user may have put something into the folder while the run went on
            String refusal = refusalNow(folder);
            if (refusal != null) {
                throw new IOException(refusal);
            }
            Path previous = null;
            if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                // a name that does not exist yet: renaming onto an existing folder is refused on Windows
                previous = folder.resolveSibling(hidden(folder, PREVIOUS) + UUID.randomUUID());
                Files.move(folder, previous, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
            committed = true;
            if (previous != null) {
                deleteTree(previous);
            }
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException(NLS.bind(Messages.OutputUnreadable, folder, e.getLocalizedMessage()), e);
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
