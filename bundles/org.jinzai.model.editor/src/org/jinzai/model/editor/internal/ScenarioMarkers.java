package org.jinzai.model.editor.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.jinzai.model.io.JinzaiResourceFactory;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.model.io.ModelLoadException;
import org.jinzai.model.validation.JinzaiValidator;

/**
 * Keeps the Problems view right for scenarios that no editor has open when their baseline is saved or removed: each
 * scenario beside the baseline is read again and validated, so that one using what the baseline no longer has gets its
 * marker (「研修枠（…）の研修が基礎データ「やまなみ町」にありません…」) without being opened. A scenario open in an editor
 * is left to its editor, which reads the baseline again itself.
 */
public final class ScenarioMarkers implements IResourceChangeListener {

    private static ScenarioMarkers installed;

    private ScenarioMarkers() {
    }

    private static final OneAtATime ONE_AT_A_TIME = new OneAtATime();

    /** Starts listening to the workspace (once). */
    public static synchronized void install() {
        if (installed == null) {
            installed = new ScenarioMarkers();
            ResourcesPlugin.getWorkspace().addResourceChangeListener(installed, IResourceChangeEvent.POST_CHANGE);
        }
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        if (event.getDelta() == null) {
            return;
        }
        Set<IContainer> folders = new LinkedHashSet<>();
        try {
            event.getDelta().accept(delta -> {
                if (delta.getResource() instanceof IFile file
                        && JinzaiResourceFactory.BASELINE_EXTENSION.equals(file.getFileExtension())
                        && (delta.getKind() == IResourceDelta.REMOVED
                                || delta.getKind() == IResourceDelta.CHANGED && (delta.getFlags() & IResourceDelta.CONTENT) != 0)) {
                    folders.add(file.getParent());
                }
                return true;
            });
        } catch (CoreException e) {
            return;
        }
        if (folders.isEmpty()) {
            return;
        }
        Display display = Display.getDefault();
        display.asyncExec(() -> {
            // which scenarios an editor has open: the editor, not this, keeps their markers
            Set<IFile> open = BaselineDelete.openEditors().keySet();
            List<IFile> scenarios = new ArrayList<>();
            for (IContainer folder : folders) {
                try {
                    if (!folder.isAccessible()) {
                        continue;
                    }
                    for (IResource member : folder.members()) {
                        if (member instanceof IFile file && JinzaiResourceFactory.SCENARIO_EXTENSION.equals(file.getFileExtension())
                                && !open.contains(file)) {
                            scenarios.add(file);
                        }
                    }
                } catch (CoreException e) {
                    // a folder that cannot be listed: nothing to check in it
                }
            }
            if (!scenarios.isEmpty()) {
                check(scenarios);
            }
        });
    }

    private static void check(List<IFile> scenarios) {
        Job job = new Job(NLS.bind(Messages.Editor_validating, scenarios.get(0).getParent().getName())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                for (IFile file : scenarios) {
                    if (monitor.isCanceled()) {
                        return Status.CANCEL_STATUS;
                    }
                    if (!file.exists()) {
                        continue;
                    }
                    URI uri = URI.createPlatformResourceURI(file.getFullPath().toString(), true);
                    try {
                        Resource resource = JinzaiResources.load(JinzaiResources.newResourceSet(), uri);
                        ProblemMarkers.show(file, JinzaiValidator.validate(resource));
                    } catch (ModelLoadException e) {
                        ProblemMarkers.show(file, e);
                    } catch (RuntimeException e) {
                        // what an editor would show on opening; never a failure of the workbench
                    }
                }
                return Status.OK_STATUS;
            }
        };
        job.setSystem(true);
        // checks take turns, in the order of the saves: an older baseline's markers never land after a newer one's
        job.setRule(ONE_AT_A_TIME);
        job.schedule();
    }
}
