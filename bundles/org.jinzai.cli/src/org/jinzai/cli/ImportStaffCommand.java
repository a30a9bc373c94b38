package org.jinzai.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;
import org.jinzai.model.Baseline;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.model.io.ModelLoadException;
import org.jinzai.model.io.RosterChange;
import org.jinzai.model.io.RosterImport;
import org.jinzai.model.io.StaffCsvImport;
import org.jinzai.reports.RosterFiles;

/**
 * {@code import-staff BASELINE ROSTER}: reads a staff roster (CSV or Excel) into a baseline, after a backup; nothing
 * is changed when a line is wrong (each is told with its line number).
 */
final class ImportStaffCommand extends Command {

    ImportStaffCommand() {
        super("import-staff", Messages.HelpImportStaff, //$NON-NLS-1$
                Set.of("--encoding", "--sheet"), //$NON-NLS-1$ //$NON-NLS-2$
                Set.of("--append", "--replace")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    int run(Options options, CommandContext context) throws UsageException, InvalidInputException {
        if (options.files.size() != 2) {
            throw new UsageException(NLS.bind(Messages.NeedsFiles, name));
        }
        boolean replace = options.has("--replace"); //$NON-NLS-1$
        if (replace && options.has("--append")) { //$NON-NLS-1$
            // --append (add, the earlier default's opposite) is what happens without --replace now
            throw new UsageException(Messages.ImportReplaceAndAppend);
        }
        Charset charset = encoding(options);
        Path baselineFile = Path.of(options.files.get(0));
        Path rosterFile = Path.of(options.files.get(1));
        Resource resource;
        try {
            resource = JinzaiResources.load(baselineFile);
        } catch (ModelLoadException e) {
            context.err.println(e.getMessage());
            return Cli.INVALID;
        }
        if (!(resource.getContents().get(0) instanceof Baseline baseline)) {
            context.err.println(NLS.bind(Messages.NotABaseline, baselineFile));
            return Cli.INVALID;
        }
        if (!Files.isRegularFile(rosterFile)) {
            context.err.println(NLS.bind(Messages.ImportNoFile, rosterFile));
            return Cli.INVALID;
        }
        try {
            RosterFiles.Format format = RosterFiles.format(rosterFile);
            if (format == RosterFiles.Format.CSV && options.has("--sheet")) { //$NON-NLS-1$
                throw new UsageException(NLS.bind(Messages.ImportSheetNotWorkbook, rosterFile));
            }
            if (format == RosterFiles.Format.XLSX && charset != null) {
                throw new UsageException(NLS.bind(Messages.ImportEncodingNotCsv, rosterFile));
            }
            RosterImport.Result result = RosterFiles.read(baseline, rosterFile, charset, options.value("--sheet", null)); //$NON-NLS-1$
            for (RosterImport.LineError error : result.errors()) {
                context.err.println(rosterFile + ": " + error); //$NON-NLS-1$
            }
            context.err.println(result.summary());
            if (!result.isOk()) {
                return Cli.INVALID;
            }
            RosterChange change = result.changes(replace);
            if (change.isEmpty()) {
                context.out.println(change.summary());
                context.err.println(NLS.bind(Messages.ImportNothingChanged, baselineFile));
                return Cli.OK;
            }
            Path backup = JinzaiResources.backup(baselineFile, "import"); //$NON-NLS-1$
            context.err.println(NLS.bind(Messages.ImportBackup, backup));
            change.apply();
            JinzaiResources.save(resource);
            context.out.println(change.summary());
            context.err.println(NLS.bind(Messages.Imported, baselineFile));
            return Cli.OK;
        } catch (IOException e) {
            context.err.println(NLS.bind(Messages.ImportFailed, e.getLocalizedMessage()));
            return Cli.FAILED;
        }
    }

    /** --encoding: CP932 (Shift_JIS) or UTF-8; null when not given (detected: UTF-8 when valid or with a byte-order mark, else CP932). */
    static Charset encoding(Options options) throws UsageException {
        if (!options.has("--encoding")) { //$NON-NLS-1$
            return null;
        }
        String name = options.value("--encoding", "").toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
        if (name.equals("cp932") || name.equals("shift_jis") || name.equals("sjis")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return StaffCsvImport.CP932;
        }
        if (name.equals("utf-8") || name.equals("utf8")) { //$NON-NLS-1$ //$NON-NLS-2$
            return StandardCharsets.UTF_8;
        }
        throw new UsageException(NLS.bind(Messages.BadEncoding, options.value("--encoding", ""))); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
