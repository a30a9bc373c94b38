package org.jinzai.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.URIHandler;
import org.eclipse.emf.ecore.resource.impl.FileURIHandlerImpl;
import org.eclipse.emf.ecore.resource.impl.PlatformResourceURIHandlerImpl;
import org.eclipse.osgi.util.NLS;

/**
 * The one gate every stream of a Jinzai resource set goes through: it opens only local Jinzai files — a
 * {@code file:} path (normalized, a regular file, not under {@code /proc}, {@code /dev} or {@code /sys}) or a
 * workspace file ({@code platform:/resource/…}) whose name ends in {@code .jzb}, {@code .jzs}, {@code .jzr},
 * {@code .jzx} or {@code .jzg}. Every other URI — web addresses, archives ({@code jar:}, {@code zip:}, {@code archive:}), plug-in
 * files, devices, FIFOs — is refused without being looked at, with the same message whether it exists or not. It is
 * the resource set's only URI handler, so no other handler can open a stream.
 */
final class LocalFilesOnly implements URIHandler {

    /** Folders of the operating system's own pseudo-files, never Jinzai files. */
    private static final Set<String> SYSTEM_FOLDERS = Set.of("/proc", "/dev", "/sys"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    private final Set<String> extensions;
    private final URIHandler files = new FileURIHandlerImpl();
    private final URIHandler workspace = new PlatformResourceURIHandlerImpl();

    LocalFilesOnly(Set<String> extensions) {
        this.extensions = extensions;
    }

    /** Whether a URI may be opened at all (nothing is read to decide). */
    boolean allows(URI uri) {
        URI file = uri.trimFragment().trimQuery();
        if (file.isArchive() || file.fileExtension() == null || !extensions.contains(file.fileExtension().toLowerCase())) {
            return false;
        }
        if (file.isPlatformResource()) {
            return !file.segmentsList().contains(".."); //$NON-NLS-1$
        }
        if (!file.isFile() || file.hasAuthority() && !file.authority().isEmpty()) {
            return false;
        }
        Path path = path(file);
        return path != null && !inSystemFolder(path);
    }

    private static Path path(URI file) {
        try {
            return Path.of(file.toFileString()).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static boolean inSystemFolder(Path path) {
        for (String folder : SYSTEM_FOLDERS) {
            if (path.startsWith(folder)) {
                return true;
            }
        }
        return false;
    }

    /** The handler for an allowed URI; for a local file, also that it is a regular file (not a FIFO or device). */
    private URIHandler handler(URI uri) throws IOException {
        if (!allows(uri)) {
            throw new IOException(NLS.bind(Messages.Load_notAllowed, uri.toString()));
        }
        if (uri.isPlatformResource()) {
            return workspace;
        }
        Path path = path(uri.trimFragment().trimQuery());
        if (Files.exists(path) && (!Files.isRegularFile(path) || inSystemFolder(path.toRealPath()))) {
            throw new IOException(NLS.bind(Messages.Load_notAllowed, uri.toString()));
        }
        return files;
    }

    @Override
    public boolean canHandle(URI uri) {
        return true;
    }

    @Override
    public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
        return handler(uri).createInputStream(uri, options);
    }

    @Override
    public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
        return handler(uri).createOutputStream(uri, options);
    }

    @Override
    public void delete(URI uri, Map<?, ?> options) throws IOException {
        handler(uri).delete(uri, options);
    }

    @Override
    public Map<String, ?> contentDescription(URI uri, Map<?, ?> options) throws IOException {
        return handler(uri).contentDescription(uri, options);
    }

    @Override
    public boolean exists(URI uri, Map<?, ?> options) {
        try {
            return handler(uri).exists(uri, options);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
        try {
            return handler(uri).getAttributes(uri, options);
        } catch (IOException e) {
            return Map.of();
        }
    }

    @Override
    public void setAttributes(URI uri, Map<String, ?> attributes, Map<?, ?> options) throws IOException {
        handler(uri).setAttributes(uri, attributes, options);
    }
}
