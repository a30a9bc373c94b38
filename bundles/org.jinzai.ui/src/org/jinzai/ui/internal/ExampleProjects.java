package org.jinzai.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.jinzai.ui.JinzaiUi;
import org.osgi.framework.Bundle;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Puts the example municipalities into a new workspace as the project {@value #PROJECT}, once: a planner who
 * deletes the project does not get it back at the next start.
 */
final class ExampleProjects {

    /** Name of the project with the examples. */
    static final String PROJECT = "jinzai-examples"; //$NON-NLS-1$
    private static final String INSTALLED = "examplesInstalled"; //$NON-NLS-1$

    private ExampleProjects() {
    }

    /** Schedules the installation when this workspace has never had the examples. */
    static void installOnFirstStart() {
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(JinzaiUi.PLUGIN_ID);
        if (preferences.getBoolean(INSTALLED, false)) {
            return;
        }
        WorkspaceJob job = new WorkspaceJob(Messages.Examples_installing) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                install(ResourcesPlugin.getWorkspace().getRoot(), monitor);
                preferences.putBoolean(INSTALLED, true);
                try {
                    preferences.flush();
                } catch (BackingStoreException e) {
                    return Status.warning(e.getLocalizedMessage(), e);
                }
                return Status.OK_STATUS;
            }
        };
        job.setRule(ResourcesPlugin.getWorkspace().getRoot());
        job.schedule();
    }

    static void install(IWorkspaceRoot root, IProgressMonitor monitor) throws CoreException {
        IProject project = root.getProject(PROJECT);
        if (!project.exists()) {
            project.create(monitor);
        }
        project.open(monitor);
        Bundle bundle = Platform.getBundle(JinzaiUi.PLUGIN_ID);
        // findEntries patterns know only '*': the extension is checked here
        Enumeration<URL> entries = bundle.findEntries("examples", "*", true); //$NON-NLS-1$ //$NON-NLS-2$
        for (URL entry : entries == null ? Collections.<URL>emptyList() : Collections.list(entries)) {
            IPath path = IPath.fromPortableString(entry.getPath()).removeFirstSegments(1);
            String extension = path.getFileExtension();
            if (extension == null || !extension.matches("jz[bsr]")) { //$NON-NLS-1$
                continue;
            }
            IFile file = project.getFile(path);
            if (file.exists()) {
                continue;
            }
            createParents(file.getParent(), monitor);
            try (InputStream in = entry.openStream()) {
                file.create(in, true, monitor);
            } catch (IOException e) {
                throw new CoreException(Status.error(entry.getPath() + ": " + e.getLocalizedMessage(), e)); //$NON-NLS-1$
            }
        }
    }

    private static void createParents(IContainer container, IProgressMonitor monitor) throws CoreException {
        if (container instanceof IFolder folder && !folder.exists()) {
            createParents(folder.getParent(), monitor);
            folder.create(true, true, monitor);
        }
    }
}
