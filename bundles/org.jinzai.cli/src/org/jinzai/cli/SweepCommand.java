package org.jinzai.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.jinzai.engine.RunOptions;
import org.jinzai.model.AllocationPolicy;
import org.jinzai.model.Pool;
import org.jinzai.model.Region;
import org.jinzai.model.Scenario;
import org.jinzai.model.SweepExperiment;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.model.util.FiscalYears;
import org.jinzai.model.validation.ElementNames;
import org.jinzai.reports.Charts;
import org.jinzai.reports.ReportData;
import org.jinzai.scenario.ExperimentRequest;
import org.jinzai.scenario.Experiments;
import org.jinzai.scenario.Levers;
import org.jinzai.scenario.RegionSweep;
import org.jinzai.scenario.RunChoice;

/** {@code sweep SCENARIO}: the probability of each target over a range of one or two levers; on a region, a pool's lever × allocation. */
final class SweepCommand extends ExperimentCommand<ExperimentRequest.Sweep, SweepExperiment> {

    SweepCommand() {
        super("sweep", Messages.HelpSweep, Set.of("--lever", "--values", "--lever2", "--values2", "--target", "--apply", "--at", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                "--template", "--allocations")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    Question<ExperimentRequest.Sweep> parse(Options options) throws UsageException {
        options.require("--lever", "--values", "--year"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (options.has("--allocations")) { //$NON-NLS-1$
            throw new UsageException(Messages.AllocationsForRegion);
        }
        boolean two = options.has("--lever2"); //$NON-NLS-1$
        if (two != options.has("--values2")) { //$NON-NLS-1$
            throw new UsageException(NLS.bind(Messages.MissingOption, two ? "--values2" : "--lever2", name)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        int[] first = options.leverValues("--values"); //$NON-NLS-1$
        int[] second = two ? options.leverValues("--values2") : null; //$NON-NLS-1$
        checkApply(options);
        at(options, first, second);
        checkTemplate(options);
        return (scenario, fiscalYear) -> new ExperimentRequest.Sweep(
                options.has("--target") ? options.target(scenario, "--target") : 0, fiscalYear, //$NON-NLS-1$ //$NON-NLS-2$
                options.lever(scenario, "--lever").specification(), first, //$NON-NLS-1$
                two ? options.lever(scenario, "--lever2").specification() : null, second); //$NON-NLS-1$
    }

    /**
     * On a region: every value of a pool's lever × every allocation policy asked (--allocations; default the pool's own),
     * each run together with the same seed; prints the probability that every member meets a target they all have in a
     * fiscal year, with the members meeting it and the pool's utilization, and writes region-sweep.csv.
     */
    @Override
    int region(Path file, Options options, CommandContext context) throws UsageException, InvalidInputException {
        options.require("--lever", "--values", "--target", "--year"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        if (options.has("--apply") || options.has("--at") || options.has("--template") || options.has("--lever2") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                || options.has("--values2")) { //$NON-NLS-1$
            throw new UsageException(Messages.RegionSweepOptions);
        }
        int[] values = options.leverValues("--values"); //$NON-NLS-1$
        RunChoice choice = options.runChoice();
        Locale locale = options.locale();
        Region region = context.loadRegion(file);
        RegionQuestion question = RegionQuestion.of(region, options);
        List<AllocationPolicy> policies = allocations(options, question.pool());
        RunOptions run = choice.resolve(region.getRunSettings());
        Path outDir = options.output(Options.beside(file, "sweep"), false); //$NON-NLS-1$
        return context.reporting(() -> {
            RegionSweep.Question asked = new RegionSweep.Question(question.poolIndex(), question.staff(), values, policies, question.targetId(),
                    question.year());
            int[] swept = asked.values();
            List<AllocationPolicy> chosen = asked.policies();
            RegionSweep.Grid grid = RegionSweep.run(region, asked, run, context.progress(run.replications() * swept.length * chosen.size()));
            StringBuilder csv = new StringBuilder("\uFEFFpool_id,lever,value,allocation,target_id,fiscal_year,probability_every_member," //$NON-NLS-1$
                    + "mean_members_meeting,members_with_target,utilization,cost_yen,replications\r\n"); //$NON-NLS-1$
            String[][] cells = new String[swept.length][chosen.size()];
            for (int j = 0; j < chosen.size(); j++) {
                for (int i = 0; i < swept.length; i++) {
                    RegionSweep.Point point = grid.points()[i][j];
                    cells[i][j] = String.format(Locale.ROOT, "%3.0f%% (%4.1f, %3.0f%%)", 100 * point.everyMember(), point.membersMeeting(), //$NON-NLS-1$
                            100 * point.utilization());
                    csv.append(ResultFiles.csv(question.pool().getId())).append(',').append(question.leverKind()).append(',').append(swept[i])
                            .append(',').append(chosen.get(j).getName()).append(',').append(ResultFiles.csv(question.targetId())).append(',')
                            .append(question.fiscalYear()).append(',').append(ResultFiles.csvNumber(point.everyMember())).append(',')
                            .append(ResultFiles.csvNumber(point.membersMeeting())).append(',').append(point.membersWithTarget()).append(',')
                            .append(ResultFiles.csvNumber(point.utilization())).append(',').append(ResultFiles.csvNumber(point.cost())).append(',')
                            .append(point.replications()).append("\r\n"); //$NON-NLS-1$
                }
            }
            context.out.println(NLS.bind(Messages.RegionSweepGrid, new Object[] { question.pool().getName(), question.leverName(),
                    question.target().getName(), question.yearLabel(locale), grid.points()[0][0].membersWithTarget() }));
            StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %8s", "")); //$NON-NLS-1$ //$NON-NLS-2$
            for (AllocationPolicy policy : chosen) {
                header.append("  ").append(CalibrateCommand.pad(ElementNames.literal(policy, locale), 22)); //$NON-NLS-1$
            }
            context.out.println(header.toString().stripTrailing());
            for (int i = 0; i < swept.length; i++) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %8d", swept[i])); //$NON-NLS-1$
                for (int j = 0; j < chosen.size(); j++) {
                    line.append("  ").append(CalibrateCommand.pad(cells[i][j], 22)); //$NON-NLS-1$
                }
                context.out.println(line.toString().stripTrailing());
            }
            context.writeResults(outDir, true, folder -> JinzaiResources.writeAtomically(folder.resolve("region-sweep.csv"), //$NON-NLS-1$
                    csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            return Cli.OK;
        });
    }

    /** The policies of --allocations (all, or a list of their names), or the pool's own. */
    private static List<AllocationPolicy> allocations(Options options, Pool pool) throws UsageException {
        if (!options.has("--allocations")) { //$NON-NLS-1$
            return List.of(pool.getAllocation());
        }
        String text = options.value("--allocations", "").strip(); //$NON-NLS-1$ //$NON-NLS-2$
        if (text.equalsIgnoreCase("all")) { //$NON-NLS-1$
            return AllocationPolicy.VALUES;
        }
        List<AllocationPolicy> policies = new java.util.ArrayList<>();
        for (String name : text.split(",")) { //$NON-NLS-1$
            AllocationPolicy policy = AllocationPolicy.getByName(name.strip().toUpperCase(Locale.ROOT));
            if (policy == null || policies.contains(policy)) {
                throw new UsageException(NLS.bind(Messages.RegionBadAllocations, text,
                        String.join(",", AllocationPolicy.VALUES.stream().map(AllocationPolicy::getName).toList()))); //$NON-NLS-1$
            }
            policies.add(policy);
        }
        return policies;
    }

    /**
     * The point of --at that --apply puts into the plan ({@code V}, or {@code V,W} for two levers), one of the swept
     * values; null without --apply.
     */
    private static int[] at(Options options, int[] first, int[] second) throws UsageException {
        if (!options.has("--apply")) { //$NON-NLS-1$
            if (options.has("--at")) { //$NON-NLS-1$
                throw new UsageException(NLS.bind(Messages.MissingOption, "--apply", "sweep")); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return null;
        }
        options.require("--at"); //$NON-NLS-1$
        String text = options.value("--at", ""); //$NON-NLS-1$ //$NON-NLS-2$
        String[] parts = text.split(",", -1); //$NON-NLS-1$
        if (parts.length != (second == null ? 1 : 2)) {
            throw new UsageException(NLS.bind(Messages.BadPoint, text));
        }
        int[] point = new int[parts.length];
        for (int k = 0; k < parts.length; k++) {
            int[] swept = k == 0 ? first : second;
            try {
                point[k] = Integer.parseInt(parts[k].strip());
            } catch (NumberFormatException e) {
                throw new UsageException(NLS.bind(Messages.BadPoint, text));
            }
            int value = point[k];
            if (java.util.Arrays.stream(swept).noneMatch(v -> v == value)) {
                throw new UsageException(NLS.bind(Messages.BadPoint, text));
            }
        }
        return point;
    }

    /** With --apply: the plan with the lever(s) at the point of --at, written beside the scenario and run as simulate runs it. */
    @Override
    int afterwards(Options options, CommandContext context, Path scenarioFile, SweepExperiment sweep, RunOptions run) {
        return applyAndRun(options, context, run, applied -> {
            int[] point;
            try {
                point = at(options, sweep.getFirstValues().stream().mapToInt(Integer::intValue).toArray(),
                        sweep.getSecond() == null ? null : sweep.getSecondValues().stream().mapToInt(Integer::intValue).toArray());
            } catch (UsageException e) {
                // checked before the sweep ran: not reached
                throw new IllegalArgumentException(e.getMessage(), e);
            }
            int second = point.length > 1 ? point[1] : 0;
            Experiments.apply(sweep, point[0], second, applied, ReportData.appliedPlanName(sweep, point[0], second, options.reportLocale()));
            String levers = Charts.elementName(sweep.getFirst()) + (sweep.getSecond() == null ? "" : "・" + Charts.elementName(sweep.getSecond())); //$NON-NLS-1$ //$NON-NLS-2$
            String values = point[0] + (point.length > 1 ? "・" + point[1] : ""); //$NON-NLS-1$ //$NON-NLS-2$
            return NLS.bind(Messages.AppliedPoint, new Object[] { applied.getFileName(), scenarioFile.getFileName(), levers, values });
        });
    }

    @Override
    TableFiles report(CommandContext context, Scenario scenario, ExperimentRequest.Sweep request, SweepExperiment experiment,
            RunOptions run, Locale locale) {
        SweepFiles files = new SweepFiles(scenario, request.fiscalYear(), FiscalYears.label(request.fiscalYear(), locale),
                Levers.of(scenario, request.lever()), request.lever2() == null ? null : Levers.of(scenario, request.lever2()), run,
                experiment.getPoints());
        context.out.print(files.grids());
        return files;
    }
}
