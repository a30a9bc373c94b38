package org.jinzai.model.editor.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.jinzai.model.editor.ModelEditors;
import org.jinzai.model.io.ModelLoadException;
import org.jinzai.model.validation.ElementNames;
import org.jinzai.model.validation.ElementPaths;

/**
 * Turns validation diagnostics and load errors into Problems-view markers on the file. The markers carry the
 * element's URI, so opening a marker selects the element in the editor.
 */
final class ProblemMarkers {

    /** What one marker says, computed in the UI thread from the model (which is not thread-safe). */
    private record Problem(int severity, String message, String location, String uri, int line) {
    }

    private ProblemMarkers() {
    }

    /** Replaces the file's markers by the problems of a validation. */
    static void show(IFile file, Diagnostic diagnostic) {
        List<Problem> problems = new ArrayList<>();
        for (Diagnostic child : diagnostic.getChildren()) {
            Object data = child.getData().isEmpty() ? null : child.getData().get(0);
            String uri = data instanceof EObject object ? EcoreUtil.getURI(object).toString() : null;
            String path = data instanceof EObject object ? ElementPaths.of(object) : ""; //$NON-NLS-1$
            String message = child.getMessage();
            if (!path.isEmpty() && message.startsWith(path + ": ")) { //$NON-NLS-1$
                message = message.substring(path.length() + 2);
            }
            // the Location column names the element as the forms do (研修枠（2027年度（令和9年度））)
            String location = data instanceof EObject object ? ElementNames.of(object) : ""; //$NON-NLS-1$
            problems.add(new Problem(severity(child.getSeverity()), message, location, uri, 0));
        }
        replace(file, problems);
    }

    /** Replaces the file's markers by one load error (with its line when known). */
    static void show(IFile file, ModelLoadException error) {
        replace(file, List.of(new Problem(IMarker.SEVERITY_ERROR, error.getMessage(), "", null, error.getLine()))); //$NON-NLS-1$
    }

    private static int severity(int diagnosticSeverity) {
        return switch (diagnosticSeverity) {
            case Diagnostic.ERROR, Diagnostic.CANCEL -> IMarker.SEVERITY_ERROR;
            case Diagnostic.WARNING -> IMarker.SEVERITY_WARNING;
            default -> IMarker.SEVERITY_INFO;
        };
    }

    private static void replace(IFile file, List<Problem> problems) {
        WorkspaceJob job = new WorkspaceJob(NLS.bind(Messages.Editor_validating, file.getName())) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                if (!file.exists()) {
                    return Status.OK_STATUS;
                }
                file.deleteMarkers(ModelEditors.PROBLEM_MARKER, false, IResource.DEPTH_ZERO);
                for (Problem problem : problems) {
                    Map<String, Object> attributes = new HashMap<>();
                    attributes.put(IMarker.SEVERITY, problem.severity());
                    attributes.put(IMarker.MESSAGE, problem.message());
                    attributes.put(IMarker.LOCATION, problem.location());
                    if (problem.uri() != null) {
                        attributes.put(EValidator.URI_ATTRIBUTE, problem.uri());
                    }
                    if (problem.line() > 0) {
                        attributes.put(IMarker.LINE_NUMBER, problem.line());
                    }
                    file.createMarker(ModelEditors.PROBLEM_MARKER, attributes);
                }
                return Status.OK_STATUS;
            }
        };
        job.setRule(ResourcesPlugin.getWorkspace().getRuleFactory().markerRule(file));
        job.setSystem(true);
        job.schedule();
    }
}
