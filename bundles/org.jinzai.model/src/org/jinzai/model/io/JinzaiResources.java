package org.jinzai.model.io;

import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ContentHandler;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.osgi.util.NLS;
import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.NamedElement;
import org.xml.sax.SAXParseException;

/**
 * Loading and saving of Jinzai files outside and inside the workbench.
 *
 * <p>A resource set made here reads only Jinzai files ({@code .jzb}, {@code .jzs}, {@code .jzr}, {@code .jzx}, {@code .jzg}) from the
 * local file system or the workspace: a reference in an untrusted scenario to any other file, or to the
 * network, fails with a clear message instead of being followed. Saving writes the whole file to a
 * temporary name beside the target and renames it, so a failure never leaves a half-written file.</p>
 */
public final class JinzaiResources {

    private static final Set<String> EXTENSIONS = Set.of(JinzaiResourceFactory.BASELINE_EXTENSION,
            JinzaiResourceFactory.SCENARIO_EXTENSION, JinzaiResourceFactory.RESULTS_EXTENSION,
            JinzaiResourceFactory.EXPERIMENT_EXTENSION, JinzaiResourceFactory.REGION_EXTENSION);

    private JinzaiResources() {
    }

    /** A resource set that knows the Jinzai file kinds and refuses every other URI. */
    public static ResourceSet newResourceSet() {
        JinzaiPackage.eINSTANCE.eClass();
        ResourceSetImpl set = new ResourceSetImpl();
        JinzaiResourceFactory factory = new JinzaiResourceFactory();
        for (String extension : EXTENSIONS) {
            set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(extension, factory);
        }
        set.getPackageRegistry().put(JinzaiPackage.eNS_URI, JinzaiPackage.eINSTANCE);
        // the gate is the only handler: nothing else can open a stream
        set.setURIConverter(new ExtensibleURIConverterImpl(List.of(GATE), ContentHandler.Registry.INSTANCE.contentHandlers()));
        set.getLoadOptions().putAll(JinzaiResourceFactory.loadOptions());
        return set;
    }

    private static final LocalFilesOnly GATE = new LocalFilesOnly(EXTENSIONS);

    /** Whether a URI names a file that Jinzai may read or write (a local Jinzai file; see {@link LocalFilesOnly}). */
    public static boolean isAllowed(URI uri) {
        return GATE.allows(uri);
    }

    /**
     * Loads a file and everything it references (a scenario's baseline).
     *
     * @throws ModelLoadException with a readable message when the file or a referenced file is missing,
     *         malformed, truncated or not allowed
     */
    public static Resource load(ResourceSet set, URI uri) throws ModelLoadException {
        if (!isAllowed(uri)) {
            throw new ModelLoadException(display(uri), 0, NLS.bind(Messages.Load_failed, display(uri),
                    NLS.bind(Messages.Load_notAllowed, uri.toString())), null);
        }
        Resource resource;
        try {
            resource = set.getResource(uri, true);
        } catch (RuntimeException e) {
            Resource failed = set.getResource(uri, false);
            throw toLoadException(uri, failed, e);
        }
        if (!resource.getErrors().isEmpty()) {
            throw toLoadException(uri, resource, null);
        }
        if (resource.getContents().isEmpty()) {
            throw new ModelLoadException(display(uri), 0, NLS.bind(Messages.Load_empty, display(uri)), null);
        }
        References.check(resource);
        return resource;
    }

    /**
     * Checks a loaded file's references (see {@link References}): each one that leaves the file names a local Jinzai
     * file and leads to an element of the kind it expects.
     *
     * @throws ModelLoadException naming the file holding the reference, its line and element
     */
    public static void checkReferences(Resource resource) throws ModelLoadException {
        References.check(resource);
    }

    /** Loads a file given by its path on disk. */
    public static Resource load(Path file) throws ModelLoadException {
        return load(newResourceSet(), URI.createFileURI(file.toAbsolutePath().toString()));
    }

    static ModelLoadException toLoadException(URI uri, Resource resource, Throwable thrown) {
        Resource.Diagnostic diagnostic = resource == null || resource.getErrors().isEmpty() ? null
                : resource.getErrors().get(0);
        Throwable cause = thrown instanceof WrappedException wrapped ? wrapped.exception() : thrown;
        int line = diagnostic == null ? 0 : diagnostic.getLine();
        int column = diagnostic == null ? 0 : diagnostic.getColumn();
        String reason = reason(diagnostic, cause);
        String file = display(uri);
        String message = line > 0 ? NLS.bind(Messages.Load_failedAt, new Object[] { file, line, column, reason })
                : NLS.bind(Messages.Load_failed, file, reason);
        return new ModelLoadException(file, line, message,
                cause != null ? cause : diagnostic instanceof Exception e ? e : null);
    }

    /**
     * Why a part of a file was not read, from an error recorded while loading it: the reason a load failure gives,
     * without the parser's own "(file, line, column)" tail (the caller says where).
     */
    public static String reasonOf(Resource.Diagnostic error) {
        String reason = reason(error, null);
        String where = " (" + error.getLocation() + ", " + error.getLine() + ", " + error.getColumn() + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        return reason.endsWith(where) ? reason.substring(0, reason.length() - where.length()) : reason;
    }

    private static String reason(Resource.Diagnostic diagnostic, Throwable cause) {
        Throwable root = cause;
        if (diagnostic instanceof Throwable thrown) {
            root = thrown;
        } else if (diagnostic != null) {
            return clean(diagnostic.getMessage());
        }
        String parsing = parsingReason(root);
        if (parsing != null) {
            return parsing;
        }
        while (root != null && root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof java.io.FileNotFoundException || root instanceof java.nio.file.NoSuchFileException) {
            return Messages.Load_notFound;
        }
        if (root instanceof SAXParseException sax) {
            String text = sax.getMessage() == null ? "" : sax.getMessage(); //$NON-NLS-1$
            if (text.contains("DOCTYPE")) { //$NON-NLS-1$
                return Messages.Load_doctype;
            }
            if (text.contains("XML document structures must start and end") //$NON-NLS-1$
                    || text.contains("Premature end of file")) { //$NON-NLS-1$
                return Messages.Load_truncated;
            }
            return NLS.bind(Messages.Load_notXml, clean(text));
        }
        return root == null ? "" : clean(root.getLocalizedMessage()); //$NON-NLS-1$
    }

    /**
     * What the XML parser of EMF found, in the user's words: a misspelt attribute or element, a value that is not
     * a number or not one of the allowed words, a reference to an id that is not there. Null for other failures.
     */
    private static String parsingReason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof FeatureNotFoundException e) {
                return NLS.bind(Messages.Load_unknownFeature, e.getName());
            }
            if (t instanceof ClassNotFoundException e) {
                return NLS.bind(Messages.Load_unknownClass, e.getName());
            }
            if (t instanceof PackageNotFoundException) {
                return Messages.Load_unknownPackage;
            }
            if (t instanceof IllegalValueException e && e.getValue() instanceof EObject element
                    && e.getFeature() != null) {
                // a reference inside the file to an element of another kind
                String id = element instanceof NamedElement named ? named.getId() : null;
                return NLS.bind(Messages.Load_wrongKind, new Object[] { e.getFeature().getName(), e.getFeature().getEType().getName(),
                        id == null ? element.eClass().getName() : id, element.eClass().getName() });
            }
            if (t instanceof IllegalValueException e) {
                return NLS.bind(Messages.Load_illegalValue, e.getFeature() == null ? "" : e.getFeature().getName(), //$NON-NLS-1$
                        String.valueOf(e.getValue()));
            }
            if (t instanceof UnresolvedReferenceException e) {
                return NLS.bind(Messages.Load_unresolvedReference, e.getFeature() == null ? "" : e.getFeature().getName(), //$NON-NLS-1$
                        e.getReference());
            }
            if (t instanceof CharConversionException) {
                return Messages.Load_notUtf8;
            }
            if (t instanceof SAXParseException e && e.getMessage() != null && e.getMessage().contains("invalid XML character")) { //$NON-NLS-1$
                Matcher code = Pattern.compile("0x[0-9a-fA-F]+").matcher(e.getMessage()); //$NON-NLS-1$
                return NLS.bind(Messages.Load_badCharacter, code.find() ? code.group() : "?"); //$NON-NLS-1$
            }
            if (t instanceof NumberFormatException e) {
                String text = e.getMessage() == null ? "" : e.getMessage(); //$NON-NLS-1$
                Matcher quoted = Pattern.compile("\"(.*)\"").matcher(text); //$NON-NLS-1$
                return NLS.bind(Messages.Load_notANumber, quoted.find() ? quoted.group(1) : text.replaceFirst("^[^:]*: ?", "")); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return null;
    }

    private static String clean(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").trim(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** A file name as the user knows it. */
    public static String display(URI uri) {
        return uri.isFile() ? uri.toFileString() : uri.isPlatformResource() ? uri.toPlatformString(true) : uri.toString();
    }

    /**
     * Saves a resource atomically: to a temporary file in the same folder first, then renamed over the
     * target. On failure the previous file is untouched.
     */
    public static void save(Resource resource) throws IOException {
        URI uri = resource.getURI();
        if (!uri.isFile()) {
            resource.save(null);
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        resource.save(bytes, null);
        writeAtomically(Path.of(uri.toFileString()), bytes.toByteArray());
    }

    /**
     * Writes bytes to a new file and forces them to the disk, so that a rename over the user's file never puts in place
     * a file whose contents a power cut could still lose.
     */
    private static void writeDurably(Path temporary, byte[] content) throws IOException {
        try (OutputStream out = Files.newOutputStream(temporary)) {
            out.write(content);
        }
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(temporary, java.nio.file.StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Writes bytes to a temporary file beside the target, forced to the disk, and renames it over the target. */
    public static void writeAtomically(Path target, byte[] content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            keepPermissions(target, temporary);
            writeDurably(temporary, content);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Copies a file beside itself before it is changed, as {@code NAME.before-TAG-yyyyMMdd-HHmmss.bak} (with
     * {@code -2}, {@code -3}… when that name is taken): written to a temporary file first and then renamed to a name
     * that is free, so an earlier backup is never overwritten and a copy that stops half-way leaves no backup that looks
     * whole.
     *
     * @return the backup
     */
    public static Path backup(Path file, String tag) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")); //$NON-NLS-1$
        Path temporary = Files.createTempFile(folder, "." + file.getFileName(), ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            keepPermissions(file, temporary);
            writeDurably(temporary, Files.readAllBytes(file));
            for (int n = 1;; n++) {
                Path backup = folder.resolve(file.getFileName() + ".before-" + tag + "-" + stamp + (n == 1 ? "" : "-" + n) + ".bak"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                try {
                    // no REPLACE_EXISTING: the move fails rather than overwrite a backup of that name
                    Files.move(temporary, backup);
                    return backup;
                } catch (FileAlreadyExistsException e) {
                    // taken: the next number
                }
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * A temporary file is private (rw-------); the saved file keeps the permissions the target had, or gets
     * the usual rw-r--r-- when it is new.
     */
    private static void keepPermissions(Path target, Path temporary) throws IOException {
        if (!Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--"); //$NON-NLS-1$
        Files.setPosixFilePermissions(temporary, permissions);
    }

}
