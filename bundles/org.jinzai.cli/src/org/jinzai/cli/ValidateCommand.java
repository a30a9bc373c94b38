package org.jinzai.cli;

import java.nio.file.Path;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.model.io.ModelLoadException;
import org.jinzai.model.util.InternalErrors;
import org.jinzai.model.validation.JinzaiValidator;

/** {@code validate FILE...}: the problems of each file and of what it refers to, on the output stream. */
final class ValidateCommand extends Command {

    ValidateCommand() {
        super("validate", Messages.HelpValidate, //$NON-NLS-1$
                Set.of(),
                Set.of());
    }

    @Override
    int run(Options options, CommandContext context) throws UsageException, InvalidInputException {
        if (options.files.isEmpty()) {
            throw new UsageException(NLS.bind(Messages.NeedsFiles, name));
        }
        int errors = 0;
        int warnings = 0;
        for (String fileName : options.files) {
            Resource resource;
            try {
                resource = JinzaiResources.load(Path.of(fileName));
            } catch (ModelLoadException e) {
                context.err.println(e.getMessage());
                errors++;
                continue;
            } catch (RuntimeException | StackOverflowError e) {
                // each file of a batch on its own: the others are still checked
                context.err.println(fileName + ": " + NLS.bind(Messages.InternalError, InternalErrors.log(e))); //$NON-NLS-1$
                errors++;
                continue;
            }
            int before = errors + warnings;
            // the file and what it refers to (a scenario's baseline)
            for (Diagnostic problem : JinzaiValidator.validateWithReferences(resource).getChildren()) {
                context.out.println(problem.getMessage());
                if (problem.getSeverity() >= Diagnostic.ERROR) {
                    errors++;
                } else {
                    warnings++;
                }
            }
            if (errors + warnings == before) {
                context.err.println(NLS.bind(Messages.NoProblems, fileName));
            }
        }
        if (errors + warnings > 0) {
            context.err.println(NLS.bind(Messages.ProblemCount, errors, warnings));
        }
        return errors > 0 ? Cli.INVALID : Cli.OK;
    }
}
