package org.jinzai.ui.internal.run.jobs;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.jinzai.model.Scenario;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.model.io.ModelLoadException;
import org.jinzai.model.validation.JinzaiValidator;
import org.jinzai.ui.internal.Messages;

/**
 * A scenario file loaded for a run, as saved: the scenario when it and the files it refers to (its baseline) have no
 * errors, else what keeps it from running (a file that cannot be read, not a scenario, or every validation error with
 * its file, as {@link JinzaiValidator#validateWithReferences} gives them).
 */
public record ValidScenario(Scenario scenario, List<String> problems) {

    public static ValidScenario load(IFile file) {
        Valid<Scenario> loaded = load(file, Scenario.class, Messages.Run_notAScenario);
        return new ValidScenario(loaded.element(), loaded.problems());
    }

    /** A file's first element of a kind, when it and the files it refers to have no errors; else what is wrong. */
    public record Valid<T>(T element, List<String> problems) {
    }

    /**
     * Loads a file whose first element must be of a type (else {@code notOfType}, bound to the file's name, is the
     * problem) and validates it with the files it refers to (a region's members, their baselines).
     */
    public static <T> Valid<T> load(IFile file, Class<T> type, String notOfType) {
        Resource resource;
        try {
            resource = JinzaiResources.load(file.getLocation().toFile().toPath());
        } catch (ModelLoadException e) {
            return new Valid<>(null, List.of(e.getMessage()));
        }
        if (!type.isInstance(resource.getContents().get(0))) {
            return new Valid<>(null, List.of(NLS.bind(notOfType, file.getName())));
        }
        List<String> errors = new ArrayList<>();
        for (Diagnostic problem : JinzaiValidator.validateWithReferences(resource).getChildren()) {
            if (problem.getSeverity() >= Diagnostic.ERROR) {
                errors.add(problem.getMessage());
            }
        }
        return new Valid<>(errors.isEmpty() ? type.cast(resource.getContents().get(0)) : null, List.copyOf(errors));
    }

    /** Tells the user why a run could not start: the number of problems and the first ten. */
    public static void tell(Shell shell, String title, List<String> problems) {
        StringBuilder list = new StringBuilder();
        int shown = Math.min(10, problems.size());
        for (int i = 0; i < shown; i++) {
            list.append("\n\u2022 ").append(problems.get(i)); //$NON-NLS-1$
        }
        if (problems.size() > shown) {
            list.append("\n\u2026"); //$NON-NLS-1$
        }
        MessageDialog.openError(shell, title, NLS.bind(Messages.Run_cannotRun, problems.size()) + list);
    }
}
