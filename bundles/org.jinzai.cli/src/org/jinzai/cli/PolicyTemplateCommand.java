package org.jinzai.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.reports.PolicyTemplate;

/**
 * {@code policy-template FILE.docx}: writes the default Word template of the policy document, the start of the
 * municipality's own (its places and fields are those README lists). An existing file is never replaced.
 */
final class PolicyTemplateCommand extends Command {

    PolicyTemplateCommand() {
        super("policy-template", Messages.HelpPolicyTemplate, Set.of("--lang"), Set.of()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    int run(Options options, CommandContext context) throws UsageException, InvalidInputException {
        Path file = options.oneFile().toAbsolutePath().normalize();
        if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".docx")) { //$NON-NLS-1$
            throw new UsageException(NLS.bind(Messages.TemplateNeedsDocxName, file.getFileName()));
        }
        if (Files.exists(file)) {
            // the planner's own template may already be there: it is never replaced
            context.err.println(NLS.bind(Messages.TemplateExists, file));
            throw new InvalidInputException();
        }
        try {
            JinzaiResources.writeAtomically(file, PolicyTemplate.standard(options.reportLocale()).bytes());
        } catch (IOException e) {
            context.err.println(NLS.bind(Messages.TemplateNotWritten, file, e.getLocalizedMessage()));
            return Cli.FAILED;
        }
        context.out.println(NLS.bind(Messages.TemplateWritten, file));
        return Cli.OK;
    }
}
