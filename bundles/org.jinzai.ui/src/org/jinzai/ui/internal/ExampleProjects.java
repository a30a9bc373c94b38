package org.jinzai.ui.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

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
 * Puts the example municipalities into a new workspace, once, named in the workbench's language ({@link ExampleNames}:
 * 「サンプル自治体/やまなみ町/現状維持.jzs」 under Japanese, {@code jinzai-examples/town/status-quo.jzs} under English): a planner who
 * deletes the project does not get it back at the next start, but the start page offers to restore it.
 */
public final class ExampleProjects {

    private static final String INSTALLED = "examplesInstalled"; //$NON-NLS-1$

    /** The family of the job that puts the examples into a new workspace (to wait for it). */
    public static final Object FAMILY = ExampleProjects.class;

    private ExampleProjects() {
    }

    /** Schedules the installation when this workspace has never had the examples; returns the job, or null. */
    static WorkspaceJob installOnFirstStart() {
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(JinzaiUi.PLUGIN_ID);
        if (preferences.getBoolean(INSTALLED, false)) {
            return null;
        }
        WorkspaceJob job = new WorkspaceJob(Messages.Examples_installing) {
            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }

            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                install(ResourcesPlugin.getWorkspace().getRoot(), ExampleNames.current(), monitor);
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
        return job;
    }

    /**
     * Puts the examples into the project {@link ExampleNames#project()} of the workspace, under those names; files that
     * are there already (changed or not) are left as they are, missing ones are added.
     */
    public static IProject install(IWorkspaceRoot root, ExampleNames names, IProgressMonitor monitor) throws CoreException {
        return install(root.getProject(names.project()), names, monitor);
    }

    /** Puts the examples into a project, under the names given. */
    public static IProject install(IProject project, ExampleNames names, IProgressMonitor monitor) throws CoreException {
        if (!project.exists()) {
            project.create(monitor);
        }
        project.open(monitor);
        for (URL entry : entries()) {
            IPath english = englishPath(entry);
            IFile file = project.getFile(names.path(english.toPortableString()));
            if (file.exists()) {
                continue;
            }
            createParents(file.getParent(), monitor);
            try (InputStream in = entry.openStream()) {
                file.create(new ByteArrayInputStream(names.rewrite(in.readAllBytes())), true, monitor);
            } catch (IOException e) {
                throw new CoreException(Status.error(entry.getPath() + ": " + e.getLocalizedMessage(), e)); //$NON-NLS-1$
            }
        }
        return project;
    }

    /** The paths of the example files in the repository's (English) names: {@code town/status-quo.jzs}, … */
    public static List<String> englishPaths() {
        List<String> paths = new ArrayList<>();
        for (URL entry : entries()) {
            paths.add(englishPath(entry).toPortableString());
        }
        return paths;
    }

    /**
     * An example file in the workspace, named in the workbench's language or, when the examples were put there under
     * another language, in that one; null when it is in neither (deleted, renamed).
     */
    public static IFile find(String englishPath) {
        IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
        for (ExampleNames names : ExampleNames.everyLanguage()) {
            IFile file = root.getProject(names.project()).getFile(names.path(englishPath));
            if (file.exists()) {
                return file;
            }
        }
        return null;
    }

    private static List<URL> entries() {
        Bundle bundle = Platform.getBundle(JinzaiUi.PLUGIN_ID);
        // findEntries patterns know only '*': the extension is checked here
        Enumeration<URL> entries = bundle.findEntries("examples", "*", true); //$NON-NLS-1$ //$NON-NLS-2$
        List<URL> files = new ArrayList<>();
        for (URL entry : entries == null ? Collections.<URL>emptyList() : Collections.list(entries)) {
            String extension = englishPath(entry).getFileExtension();
            // the models, and the past rosters of the history folders (for calibration)
            if (extension != null && (extension.matches("jz[bsrg]") || extension.equals("csv") && entry.getPath().contains("/history/"))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                files.add(entry);
            }
        }
        files.sort(java.util.Comparator.comparing(URL::getPath));
        return files;
    }

    private static IPath englishPath(URL entry) {
        return IPath.fromPortableString(entry.getPath()).removeFirstSegments(1);
    }

    private static void createParents(IContainer container, IProgressMonitor monitor) throws CoreException {
        if (container instanceof IFolder folder && !folder.exists()) {
            createParents(folder.getParent(), monitor);
            folder.create(true, true, monitor);
        }
    }
}
