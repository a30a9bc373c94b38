package org.jinzai.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;
import org.jinzai.engine.RunOptions;
import org.jinzai.model.GoalSeekExperiment;
import org.jinzai.model.Region;
import org.jinzai.model.Scenario;
import org.jinzai.model.io.JinzaiResourceFactory;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.model.io.ModelLoadException;
import org.jinzai.reports.DocxReport;
import org.jinzai.reports.PolicyTemplate;
import org.jinzai.reports.ReportData;
import org.jinzai.reports.XlsxReport;
import org.jinzai.scenario.Experiments;
import org.jinzai.scenario.RegionRunner;
import org.jinzai.scenario.RunChoice;
import org.jinzai.scenario.ScenarioRunner;

/**
 * {@code simulate SCENARIO}: runs the Monte Carlo engine and writes the results (JSON, CSV, the Excel workbook, the
 * policy document); with {@code --engine analytic}, the preview's expected values instead.
 */
final class SimulateCommand extends Command {

    SimulateCommand() {
        super("simulate", Messages.HelpSimulate, //$NON-NLS-1$
                Set.of("--runs", "--seed", "--threads", "--out", "--format", "--lang", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                        "--experiments", "--engine", "--template"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                Set.of());
    }

    @Override
    int run(Options options, CommandContext context) throws UsageException, InvalidInputException {
        Path file = options.oneFile();
        String engine = options.value("--engine", "montecarlo"); //$NON-NLS-1$ //$NON-NLS-2$
        if (!engine.equals("montecarlo") && !engine.equals("analytic")) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new UsageException(NLS.bind(Messages.BadEngine, engine));
        }
        if (file.getFileName().toString().endsWith("." + JinzaiResourceFactory.REGION_EXTENSION)) { //$NON-NLS-1$
            if (engine.equals("analytic") || options.has("--template") || options.has("--experiments")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                throw new UsageException(Messages.RegionOptions);
            }
            return region(file, options, context);
        }
        if (engine.equals("analytic")) { //$NON-NLS-1$
            return preview(file, options, context);
        }
        Set<String> formats = options.formats(List.of("csv", "json", "xlsx", "docx")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        Locale locale = options.locale();
        // the whole command line is checked before any file is read
        RunChoice choice = options.runChoice();
        PolicyTemplate template = template(options, formats, context);
        Scenario scenario = context.loadScenario(file);
        RunOptions run = choice.resolve(scenario.getRunSettings());
        Path outDir = options.output(Options.scenarioFolder(file, "results"), true); //$NON-NLS-1$
        return context.reporting(() -> {
            ScenarioRunner.Run result = ScenarioRunner.run(scenario, run, context.progress(run.replications()));
            ResultFiles files = new ResultFiles(scenario, run, result, locale);
            context.writeResults(outDir, false, folder -> {
                if (formats.contains("json")) { //$NON-NLS-1$
                    files.writeJson(folder);
                }
                if (formats.contains("csv")) { //$NON-NLS-1$
                    files.writeCsv(folder);
                }
                if (formats.contains("xlsx") || formats.contains("docx")) { //$NON-NLS-1$ //$NON-NLS-2$
                    // the reports are in Japanese unless another language is asked for: they go into the 方針
                    ReportData data = ReportData.of(scenario, run, result, options.reportLocale())
                            .withGoalSeeks(goalSeeks(scenario, options, context), scenario);
                    if (formats.contains("xlsx")) { //$NON-NLS-1$
                        JinzaiResources.writeAtomically(folder.resolve("results.xlsx"), new XlsxReport(data).toBytes()); //$NON-NLS-1$
                    }
                    if (formats.contains("docx")) { //$NON-NLS-1$
                        JinzaiResources.writeAtomically(folder.resolve("policy.docx"), new DocxReport(data).toBytes(template)); //$NON-NLS-1$
                    }
                }
            });
            return Cli.OK;
        });
    }

    /**
     * The Word template of --template (read and checked before the run), or the default one in the report's
     * language; a template that cannot be used is told and ends the command with exit code 3.
     */
    private static PolicyTemplate template(Options options, Set<String> formats, CommandContext context)
            throws UsageException, InvalidInputException {
        if (!options.has("--template")) { //$NON-NLS-1$
            return PolicyTemplate.standard(options.reportLocale());
        }
        if (!formats.contains("docx")) { //$NON-NLS-1$
            throw new UsageException(Messages.TemplateNeedsDocx);
        }
        try {
            return PolicyTemplate.read(Path.of(options.value("--template", ""))); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (PolicyTemplate.TemplateException e) {
            context.err.println(e.getMessage());
            throw new InvalidInputException();
        }
    }

    /**
     * A region: its members alone and with the pools, on the same random numbers; the table on the standard output, the
     * CSV files into the output folder (default results/REGION beside the region).
     */
    private static int region(Path file, Options options, CommandContext context) throws UsageException, InvalidInputException {
        Locale locale = options.locale();
        RunChoice choice = options.runChoice();
        Set<String> formats = RegionSimulation.formats(options);
        Region region = context.loadRegion(file);
        RunOptions run = choice.resolve(region.getRunSettings());
        Path outDir = options.output(Options.scenarioFolder(file, "results"), true); //$NON-NLS-1$
        boolean documents = formats.contains("docx"); //$NON-NLS-1$
        return context.reporting(() -> {
            // the members' policy documents show their departments: kept only when they are asked for
            RegionRunner.Run result = RegionRunner.run(region, run, documents, context.progress(2 * run.replications()));
            RegionSimulation simulation = new RegionSimulation(region, run, result, locale);
            context.writeResults(outDir, false, folder -> {
                if (formats.contains("csv")) { //$NON-NLS-1$
                    simulation.writeCsv(folder);
                }
                if (documents) {
                    simulation.writeDocuments(folder, options.reportLocale());
                }
            });
            simulation.print(context.out);
            return Cli.OK;
        });
    }

    /** The analytic preview's expected values (what the workbench's preview shows), written as preview.csv. */
    private static int preview(Path file, Options options, CommandContext context) throws UsageException, InvalidInputException {
        Locale locale = options.locale();
        // --seed as for a run (expected values need no replications; --runs and --threads are checked, not used)
        RunChoice choice = options.runChoice();
        Scenario scenario = context.loadScenario(file);
        long seed = choice.resolve(scenario.getRunSettings()).seed();
        Path outDir = options.output(Options.scenarioFolder(file, "results"), false); //$NON-NLS-1$
        return context.reporting(() -> {
            context.writeResults(outDir, true, folder -> PreviewFile.write(scenario, seed, locale, folder));
            return Cli.OK;
        });
    }

    /**
     * The goal-seeks quoted in the policy document: those saved beside the scenario for it, then those named by
     * --experiments; one that is stale (the scenario changed since) or for another scenario is left out with a line.
     */
    private static List<GoalSeekExperiment> goalSeeks(Scenario scenario, Options options, CommandContext context) {
        List<GoalSeekExperiment> found = new ArrayList<>(Experiments.currentGoalSeeks(scenario));
        String named = options.value("--experiments", ""); //$NON-NLS-1$ //$NON-NLS-2$
        for (String name : named.isBlank() ? new String[0] : named.split(",")) { //$NON-NLS-1$
            Path file = Path.of(name.trim()).toAbsolutePath();
            try {
                Resource resource = JinzaiResources.load(scenario.eResource().getResourceSet(), URI.createFileURI(file.toString()));
                if (resource.getContents().get(0) instanceof GoalSeekExperiment e && e.getScenario() == scenario && !Experiments.stale(e)) {
                    if (!found.contains(e)) {
                        found.add(e);
                    }
                } else {
                    context.err.println(NLS.bind(Messages.ExperimentLeftOut, file.getFileName()));
                }
            } catch (ModelLoadException | RuntimeException e) {
                context.err.println(NLS.bind(Messages.ExperimentLeftOut, file.getFileName()) + " " + e.getLocalizedMessage()); //$NON-NLS-1$
            }
        }
        return found;
    }
}
