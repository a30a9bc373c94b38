package org.jinzai.scenario;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.jinzai.engine.GoalSeek;
import org.jinzai.engine.ProgressListener;
import org.jinzai.engine.RunOptions;
import org.jinzai.engine.Sensitivity;
import org.jinzai.engine.SimulationInput;
import org.jinzai.engine.Sweep;
import org.jinzai.model.Experiment;
import org.jinzai.model.GoalSeekExperiment;
import org.jinzai.model.JinzaiFactory;
import org.jinzai.model.Lever;
import org.jinzai.model.LeverEvaluation;
import org.jinzai.model.Scenario;
import org.jinzai.model.SensitivityBar;
import org.jinzai.model.SensitivityExperiment;
import org.jinzai.model.SweepExperiment;
import org.jinzai.model.SweepPoint;
import org.jinzai.model.Target;
import org.jinzai.model.TargetOutcome;
import org.jinzai.model.io.JinzaiResourceFactory;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.model.io.ModelLoadException;

/**
 * Experiments on a scenario as model objects: a goal-seek, a sweep or a sensitivity analysis is run here and
 * returned as an {@link Experiment} holding its question (scenario, target, fiscal year, levers, replications,
 * seed, input fingerprint) and its answer, to be saved beside the scenario ({@code .jzx}), reopened, exported
 * and quoted in the policy document. The command line and the workbench both go through this class.
 */
public final class Experiments {

    private static final JinzaiFactory F = JinzaiFactory.eINSTANCE;

    private Experiments() {
    }

    /**
     * Runs the experiment a request asks for on a scenario and returns it with its answer.
     *
     * @throws IllegalArgumentException if a lever of the request is not one of the scenario's (see {@link Levers#of})
     */
    public static Experiment run(Scenario scenario, ExperimentRequest request, RunOptions options, ProgressListener listener) {
        return switch (request) {
            case ExperimentRequest.GoalSeek q -> goalSeek(scenario, q, options, listener);
            case ExperimentRequest.Sweep q -> sweep(scenario, q, options, listener);
            case ExperimentRequest.Sensitivity q -> sensitivity(scenario, q, options, listener);
        };
    }

    /** Runs a goal-seek (see {@link GoalSeek}) and returns it as an experiment. */
    public static GoalSeekExperiment goalSeek(Scenario scenario, ExperimentRequest.GoalSeek q, RunOptions options, ProgressListener listener) {
        long start = System.nanoTime();
        Levers.Lever lever = Levers.of(scenario, q.lever());
        GoalSeek.Outcome outcome = GoalSeek.seek(lever.inputs(options.seed()), q.target(), yearOffset(scenario, q.fiscalYear()), q.probability(),
                q.minimum(), q.maximum(), options, listener);
        GoalSeekExperiment e = F.createGoalSeekExperiment();
        e.setLever(model(lever));
        e.setProbability(q.probability());
        e.setMinimum(q.minimum());
        e.setMaximum(q.maximum());
        e.setFeasible(outcome.feasible());
        e.setAnswer(outcome.feasible() ? outcome.value() : -1);
        e.setAchievedProbability(outcome.probability());
        e.setProbabilityLow(outcome.low());
        e.setProbabilityHigh(outcome.high());
        for (GoalSeek.Evaluation evaluation : outcome.evaluations()) {
            LeverEvaluation row = F.createLeverEvaluation();
            row.setValue(evaluation.value());
            row.setProbability(evaluation.probability());
            row.setMean(evaluation.mean());
            row.setReplications(evaluation.replications());
            e.getEvaluations().add(row);
        }
        describe(e, q, scenario, options, start);
        return e;
    }

    /**
     * Runs a sweep of one lever or two over their values and returns it as an experiment; every target's
     * probability and mean are kept per point.
     */
    public static SweepExperiment sweep(Scenario scenario, ExperimentRequest.Sweep q, RunOptions options, ProgressListener listener) {
        long start = System.nanoTime();
        Levers.Lever first = Levers.of(scenario, q.lever());
        Levers.Lever second = q.lever2() == null ? null : Levers.of(scenario, q.lever2());
        BiFunction<Integer, Integer, SimulationInput> inputs = second == null ? (a, b) -> first.inputs(options.seed()).apply(a)
                : first.with(second, options.seed());
        List<Sweep.Point> points = Sweep.run(inputs, q.values(), q.values2(), yearOffset(scenario, q.fiscalYear()), options, listener);
        SweepExperiment e = F.createSweepExperiment();
        e.setFirst(model(first));
        for (int v : q.values()) {
            e.getFirstValues().add(v);
        }
        if (second != null) {
            e.setSecond(model(second));
            for (int v : q.values2()) {
                e.getSecondValues().add(v);
            }
        }
        for (Sweep.Point point : points) {
            SweepPoint row = F.createSweepPoint();
            row.setFirst(point.first());
            row.setSecond(point.second());
            for (int t = 0; t < point.probability().length; t++) {
                TargetOutcome outcome = F.createTargetOutcome();
                Target goal = scenario.getTargets().get(t);
                outcome.setTarget(goal);
                outcome.setTargetName(goal.getName());
                outcome.setProbability(point.probability()[t]);
                outcome.setMean(point.mean()[t]);
                row.getValues().add(outcome);
            }
            e.getPoints().add(row);
        }
        describe(e, q, scenario, options, start);
        return e;
    }

    /** Runs a sensitivity analysis: each lever's plan multiplied by 1 − percent/100 and 1 + percent/100. */
    public static SensitivityExperiment sensitivity(Scenario scenario, ExperimentRequest.Sensitivity q, RunOptions options,
            ProgressListener listener) {
        long start = System.nanoTime();
        double percent = q.percent();
        double low = 1 - percent / 100;
        double high = 1 + percent / 100;
        List<Levers.Lever> levers = new ArrayList<>();
        List<Sensitivity.Factor> factors = new ArrayList<>();
        for (String specification : q.levers()) {
            Levers.Lever lever = Levers.of(scenario, specification);
            // named by position, so that each bar finds its lever again after sorting
            factors.add(new Sensitivity.Factor(Integer.toString(levers.size()), lever.scaled(low, options.seed()), lever.scaled(high, options.seed())));
            levers.add(lever);
        }
        Sensitivity.Outcome outcome = Sensitivity.run(ScenarioCompiler.compile(scenario, options.seed()), factors, q.target(),
                yearOffset(scenario, q.fiscalYear()), options, listener);
        SensitivityExperiment e = F.createSensitivityExperiment();
        e.setPercent(percent);
        e.setBaseMean(outcome.baseMean());
        e.setBaseProbability(outcome.baseProbability());
        for (Sensitivity.Bar bar : outcome.bars()) {
            Levers.Lever lever = levers.get(Integer.parseInt(bar.name()));
            double planned = Levers.plannedPerYear(lever);
            SensitivityBar row = F.createSensitivityBar();
            row.setLever(model(lever));
            row.setLowValue(planned * low);
            row.setHighValue(planned * high);
            row.setLowMean(bar.lowMean());
            row.setHighMean(bar.highMean());
            row.setLowProbability(bar.lowProbability());
            row.setHighProbability(bar.highProbability());
            e.getBars().add(row);
        }
        describe(e, q, scenario, options, start);
        return e;
    }

    /** The file name of an experiment beside its scenario: NAME-goal-seek-TARGET-YEAR.jzx and so on. */
    public static String fileName(Scenario scenario, Experiment e) {
        String file = scenario.eResource() == null ? scenario.getId() : scenario.eResource().getURI().trimFileExtension().lastSegment();
        String kind = e instanceof GoalSeekExperiment ? "goal-seek" : e instanceof SweepExperiment ? "sweep" : "sensitivity"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        String what = e instanceof SweepExperiment sweep
                ? sweep.getFirst().getElementId() + (sweep.getSecond() == null ? "" : "-" + sweep.getSecond().getElementId()) //$NON-NLS-1$ //$NON-NLS-2$
                : e.getTarget().getId() + "-" + e.getFiscalYear(); //$NON-NLS-1$
        return file + "-" + kind + "-" + what.replaceAll("[^A-Za-z0-9._-]", "_") + "." //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                + JinzaiResourceFactory.EXPERIMENT_EXTENSION;
    }

    /**
     * Saves an experiment to a file (atomically) in its scenario's resource set, so that its references to the
     * scenario and its targets are written relative to the file.
     */
    public static void save(Experiment e, Path file) throws IOException {
        ResourceSet set = e.getScenario().eResource().getResourceSet();
        URI uri = URI.createFileURI(file.toAbsolutePath().toString());
        Resource existing = set.getResource(uri, false);
        if (existing != null) {
            existing.unload();
            set.getResources().remove(existing);
        }
        Resource resource = set.createResource(uri);
        resource.getContents().add(e);
        JinzaiResources.save(resource);
    }

    /**
     * A new scenario for the plan a goal-seek answered: a copy of its scenario with the lever set to the answer in every
     * fiscal year, with the given name (the caller says it in the user's language, e.g. 「現状維持（DX基礎研修 年19人）」),
     * its 複製元 the original's file, saved atomically as {@code file} in the original's folder (so that its baseline
     * reference stays valid). Nothing is written when the file exists.
     *
     * @throws IllegalArgumentException if the goal-seek found no answer, its scenario changed since it ran, or the file
     *                                  is not beside the original
     * @throws IOException              if the file exists or cannot be written
     */
    public static Scenario apply(GoalSeekExperiment e, Path file, String name) throws IOException {
        if (!e.isFeasible() || stale(e)) {
            throw new IllegalArgumentException(e.isFeasible() ? "the scenario changed since the goal-seek ran" //$NON-NLS-1$
                    : "the goal-seek found no value that meets the target"); //$NON-NLS-1$
        }
        return applyLevers(e.getScenario(), List.of(Map.entry(specification(e.getLever()), e.getAnswer())), file, name);
    }

    /**
     * A new scenario for a point of a sweep: a copy of its scenario with the sweep's lever (or both levers) at the
     * point's values in every fiscal year; named, placed and saved as {@link #apply(GoalSeekExperiment, Path, String)}.
     *
     * @param second the second lever's value, ignored for a sweep of one lever
     * @throws IllegalArgumentException if the sweep has no such point or its scenario changed since it ran
     */
    public static Scenario apply(SweepExperiment e, int first, int second, Path file, String name) throws IOException {
        boolean two = e.getSecond() != null;
        boolean swept = e.getPoints().stream().anyMatch(p -> p.getFirst() == first && (!two || p.getSecond() == second));
        if (!swept || stale(e)) {
            throw new IllegalArgumentException(swept ? "the scenario changed since the sweep ran" //$NON-NLS-1$
                    : "the sweep has no point at that value"); //$NON-NLS-1$
        }
        List<Map.Entry<String, Integer>> levers = new ArrayList<>();
        levers.add(Map.entry(specification(e.getFirst()), first));
        if (two) {
            levers.add(Map.entry(specification(e.getSecond()), second));
        }
        return applyLevers(e.getScenario(), levers, file, name);
    }

    /** A copy of a scenario with levers set to values every fiscal year, saved beside it (see {@link #apply}). */
    private static Scenario applyLevers(Scenario original, List<Map.Entry<String, Integer>> levers, Path file, String name) throws IOException {
        Path folder = Path.of(original.eResource().getURI().toFileString()).toAbsolutePath().getParent();
        if (!folder.equals(file.toAbsolutePath().getParent())) {
            throw new IllegalArgumentException("the new scenario must be beside " + original.eResource().getURI().lastSegment()); //$NON-NLS-1$
        }
        if (Files.exists(file)) {
            throw new java.nio.file.FileAlreadyExistsException(file.toString());
        }
        Scenario changed = original;
        for (Map.Entry<String, Integer> lever : levers) {
            changed = Levers.of(original, lever.getKey()).change().apply(changed, lever.getValue());
        }
        return saveCopy(original, changed, file, name);
    }

    /**
     * A copy of a changed scenario saved as a new file (atomically; nothing is left behind when saving fails): a new
     * id from the file's name, the name given, derived from the original's file.
     */
    public static Scenario saveCopy(Scenario original, Scenario changed, Path file, String name) throws IOException {
        String base = file.getFileName().toString().replaceFirst("\\.[^.]*$", ""); //$NON-NLS-1$ //$NON-NLS-2$
        Scenario applied = org.jinzai.model.templates.Scenarios.copy(changed, "scenario-" + base, name, //$NON-NLS-1$
                original.eResource().getURI().lastSegment());
        ResourceSet set = original.eResource().getResourceSet();
        Resource resource = set.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        resource.getContents().add(applied);
        try {
            JinzaiResources.save(resource);
        } catch (IOException | RuntimeException failure) {
            set.getResources().remove(resource);
            throw failure;
        }
        return applied;
    }

    /**
     * A new status-quo scenario of a baseline (as the new-baseline wizard makes one), in no file yet (see
     * {@link #saveNew}).
     */
    public static Scenario newStatusQuo(org.jinzai.model.Baseline baseline) {
        return org.jinzai.model.templates.ScenarioTemplates.create(baseline, org.jinzai.model.templates.ScenarioTemplates.Variant.STATUS_QUO);
    }

    /**
     * Saves a scenario in no file yet (a new one of a baseline, or a copy of it) as {@code file} beside its baseline's,
     * under a name, atomically; on failure nothing is written and the scenario stays in no file.
     */
    public static void saveNew(Scenario scenario, Path file, String name) throws IOException {
        ResourceSet set = scenario.getBaseline().eResource().getResourceSet();
        Resource resource = set.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        scenario.setName(name);
        // an id of its own (the template's would be the status-quo scenario's beside it)
        scenario.setId("scenario-" + file.getFileName().toString().replaceFirst("\\.[^.]*$", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        resource.getContents().add(scenario);
        try {
            JinzaiResources.save(resource);
        } catch (IOException | RuntimeException failure) {
            resource.getContents().clear();
            set.getResources().remove(resource);
            throw failure;
        }
    }

    /**
     * Saves a goal-seek in a folder under its usual name ({@link #fileName}), or, when another file already has that
     * name (a goal-seek of another lever for the same target and year), under one that adds the lever and the answer;
     * never over another file. Returns the file written.
     */
    public static Path saveBeside(GoalSeekExperiment e, Path folder) throws IOException {
        Path file = folder.resolve(fileName(e.getScenario(), e));
        if (Files.exists(file)) {
            file = folder.resolve(file.getFileName().toString().replaceFirst("\\.[^.]*$", "") + "-" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + e.getLever().getElementId().replaceAll("[^A-Za-z0-9._-]", "_") + "-" + e.getAnswer() + "." //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    + JinzaiResourceFactory.EXPERIMENT_EXTENSION);
        }
        save(e, file);
        return file;
    }

    /** How requests name an experiment's lever ({@code seats:COURSE}). */
    public static String specification(Lever lever) {
        return lever.getKind() + ":" + lever.getElementId(); //$NON-NLS-1$
    }

    private static boolean appliedFromOrigin(GoalSeekExperiment e, Scenario scenario) {
        Scenario origin = e.getScenario();
        return scenario.getDerivedFrom() != null && origin != null && !origin.eIsProxy() && origin != scenario && origin.eResource() != null
                && scenario.getDerivedFrom().equals(origin.eResource().getURI().lastSegment()) && !stale(e) && appliedIn(e, scenario);
    }

    /** Whether a scenario's plan already sets a goal-seek's lever to its answer in every fiscal year. */
    public static boolean appliedIn(GoalSeekExperiment e, Scenario scenario) {
        if (!e.isFeasible() || e.getLever() == null) {
            return false;
        }
        try {
            return Levers.isSetTo(scenario, specification(e.getLever()), e.getAnswer());
        } catch (IllegalArgumentException leverGone) {
            // the plan has no such course or channel any more: it cannot apply the answer
            return false;
        }
    }

    /** Whether the scenario or its baseline changed since the experiment ran. */
    public static boolean stale(Experiment e) {
        return e.getScenario() == null || e.getScenario().eIsProxy()
                || !ScenarioRunner.fingerprint(e.getScenario()).equals(e.getInputFingerprint());
    }

    /**
     * The goal-seeks saved beside a scenario for the policy document: those of the scenario that are still current (the
     * inputs unchanged), and those of the scenario it was copied from (its 複製元) that are current there and whose
     * answer this scenario's plan applies (see {@link #apply}). Files that cannot be read are skipped.
     */
    public static List<GoalSeekExperiment> currentGoalSeeks(Scenario scenario) {
        List<GoalSeekExperiment> found = new ArrayList<>();
        if (scenario.eResource() == null || !scenario.eResource().getURI().isFile()) {
            return found;
        }
        Path folder = Path.of(scenario.eResource().getURI().toFileString()).toAbsolutePath().getParent();
        String fingerprint = ScenarioRunner.fingerprint(scenario);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*." + JinzaiResourceFactory.EXPERIMENT_EXTENSION)) { //$NON-NLS-1$
            List<Path> sorted = new ArrayList<>();
            files.forEach(sorted::add);
            sorted.sort(null);
            for (Path file : sorted) {
                try {
                    Resource resource = JinzaiResources.load(scenario.eResource().getResourceSet(),
                            URI.createFileURI(file.toAbsolutePath().toString()));
                    for (EObject root : resource.getContents()) {
                        if (root instanceof GoalSeekExperiment e && (e.getScenario() == scenario && fingerprint.equals(e.getInputFingerprint())
                                || appliedFromOrigin(e, scenario))) {
                            found.add(e);
                        }
                    }
                } catch (ModelLoadException | RuntimeException e) {
                    // not an experiment of this scenario that can be read or checked (its scenario or baseline gone):
                    // left out of the document
                }
            }
        } catch (IOException e) {
            return found;
        }
        return found;
    }

    private static void describe(Experiment e, ExperimentRequest q, Scenario scenario, RunOptions options, long start) {
        int fiscalYear = q.fiscalYear();
        Target goal = scenario.getTargets().get(q.target());
        e.setId(q.kind() + "-" + goal.getId() + "-" + fiscalYear); //$NON-NLS-1$ //$NON-NLS-2$
        e.setName(scenario.getName());
        e.setScenario(scenario);
        e.setScenarioFile(scenario.eResource() == null ? null : scenario.eResource().getURI().lastSegment());
        e.setTarget(goal);
        e.setTargetName(goal.getName());
        e.setFiscalYear(fiscalYear);
        e.setReplications(options.replications());
        e.setSeed(options.seed());
        e.setInputFingerprint(scenario.eResource() == null ? null : ScenarioRunner.fingerprint(scenario));
        e.setCreatedAt(Instant.now().toString());
        e.setElapsedSeconds((System.nanoTime() - start) / 1e9);
    }

    /** A lever as the model keeps it in an experiment (its kind, the course or channel, its name). */
    public static Lever model(Levers.Lever lever) {
        Lever model = F.createLever();
        model.setKind(lever.kind());
        model.setElementId(lever.id());
        model.setElementName(lever.name());
        return model;
    }

    private static int yearOffset(Scenario scenario, int fiscalYear) {
        return fiscalYear - scenario.getRunSettings().getFirstFiscalYear();
    }
}
