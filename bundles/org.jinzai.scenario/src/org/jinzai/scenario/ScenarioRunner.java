package org.jinzai.scenario;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.jinzai.engine.MonteCarloEngine;
import org.jinzai.engine.ProgressListener;
import org.jinzai.engine.RunOptions;
import org.jinzai.engine.SimulationInput;
import org.jinzai.engine.SimulationResult;
import org.jinzai.engine.SimulationResult.DepartmentFlow;
import org.jinzai.engine.SimulationResult.Flow;
import org.jinzai.engine.Steps;
import org.jinzai.engine.Summary;
import org.jinzai.model.CountResult;
import org.jinzai.model.DepartmentMiss;
import org.jinzai.model.Distribution;
import org.jinzai.model.FlowResult;
import org.jinzai.model.JinzaiFactory;
import org.jinzai.model.Persona;
import org.jinzai.model.RunResult;
import org.jinzai.model.Scenario;
import org.jinzai.model.Target;
import org.jinzai.model.TargetResult;
import org.jinzai.model.YearResult;
import org.jinzai.model.io.JinzaiResourceFactory;

/** Runs a scenario with the Monte Carlo engine and maps the outcome into the results model. */
public final class ScenarioRunner {

    /** Version written into results, to tell which engine produced them. */
    public static final String ENGINE_VERSION = "0.1.0"; //$NON-NLS-1$

    private ScenarioRunner() {
    }

    /** A finished run: the engine's numbers and their results model. */
    public record Run(SimulationInput input, SimulationResult result, RunResult model) {
    }

    /** Runs with the scenario's own replications and seed on the given number of threads. */
    public static Run run(Scenario scenario, int threads, ProgressListener listener) {
        var settings = scenario.getRunSettings();
        return run(scenario, new RunOptions(settings.getReplications(), settings.getSeed(), threads), listener);
    }

    public static Run run(Scenario scenario, RunOptions options, ProgressListener listener) {
        SimulationInput input = ScenarioCompiler.compile(scenario, options.seed());
        SimulationResult result = new MonteCarloEngine().run(input, options, listener);
        return new Run(input, result, toModel(scenario, options, result));
    }

    /**
     * A fingerprint of the inputs: SHA-256 of the scenario and its baseline as saved. Results whose
     * fingerprint differs from the scenario's current one are stale.
     */
    public static String fingerprint(Scenario scenario) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
            for (EObject root : List.of(scenario.getBaseline(), scenario)) {
                Resource resource = root.eResource();
                if (resource == null) {
                    throw new IllegalArgumentException("the scenario and its baseline must be in files to be fingerprinted");
                }
                // the bytes a save would write now (saving to a stream leaves the resource unchanged)
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                resource.save(bytes, JinzaiResourceFactory.saveOptions());
                digest.update(bytes.toByteArray());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The results model of a run: targets (with, for a target of every department, how often each department misses
     * it), counts by persona × step (all and per department) and flows (all and per department).
     */
    public static RunResult toModel(Scenario scenario, RunOptions options, SimulationResult result) {
        JinzaiFactory f = JinzaiFactory.eINSTANCE;
        RunResult run = f.createRunResult();
        run.setScenario(scenario);
        run.setScenarioFile(scenario.eResource() == null ? null : scenario.eResource().getURI().lastSegment());
        run.setReplications(options.replications());
        run.setSeed(options.seed());
        run.setInputFingerprint(fingerprint(scenario));
        run.setCreatedAt(Instant.now().toString());
        run.setEngineVersion(ENGINE_VERSION);
        List<Persona> personas = scenario.getBaseline().getPersonas();
        var departments = scenario.getBaseline().getOrganization().getDepartments();
        for (int y = 0; y < result.years(); y++) {
            YearResult year = f.createYearResult();
            year.setFiscalYear(result.firstFiscalYear() + y);
            for (int t = 0; t < result.targets(); t++) {
                Target target = scenario.getTargets().get(t);
                TargetResult tr = f.createTargetResult();
                tr.setTarget(target);
                tr.setTargetName(target.getName());
                fill(tr, result.targetSummary(t, y));
                tr.setProbabilityMet(nanToMinusOne(result.probabilityMet(t, y)));
                int inScope = result.departmentsInScope(t);
                tr.setDepartmentsInScope(inScope);
                if (inScope > 0) {
                    // the department that misses a target of every department most often
                    int worst = result.mostMissedDepartment(t, y);
                    tr.setMostMissedDepartmentId(worst < 0 ? null : departments.get(worst).getId());
                    tr.setMostMissedProbability(worst < 0 ? 0 : result.probabilityDepartmentMisses(t, y, worst));
                    // and how often each 課 it concerns misses it, for the drill-down by 課
                    for (int d = 0; d < departments.size(); d++) {
                        if (result.departmentInScope(t, d)) {
                            DepartmentMiss miss = f.createDepartmentMiss();
                            miss.setDepartmentId(departments.get(d).getId());
                            miss.setProbability(result.probabilityDepartmentMisses(t, y, d));
                            tr.getDepartmentMisses().add(miss);
                        }
                    }
                }
                year.getTargets().add(tr);
            }
            for (int p = 0; p < personas.size(); p++) {
                for (int s = 0; s <= Steps.TOP; s++) {
                    for (int d = -1; d < departments.size(); d++) {
                        Summary summary = result.countSummary(y, p, s, d);
                        if (summary.mean() == 0 && summary.p90() == 0) {
                            continue;
                        }
                        CountResult count = f.createCountResult();
                        count.setPersonaId(personas.get(p).getId());
                        count.setStep(s);
                        count.setDepartmentId(d < 0 ? null : departments.get(d).getId());
                        fill(count, summary);
                        year.getCounts().add(count);
                    }
                    // by skill, organization-wide: staff who reached the step of this persona's standard, any role
                    Summary skill = result.skillCountSummary(y, p, s, -1);
                    if (personas.get(p).isHasSteps() && (skill.mean() != 0 || skill.p90() != 0)) {
                        CountResult count = f.createCountResult();
                        count.setPersonaId(personas.get(p).getId());
                        count.setStep(s);
                        count.setBySkill(true);
                        fill(count, skill);
                        year.getCounts().add(count);
                    }
                }
            }
            for (Flow flow : Flow.values()) {
                FlowResult fr = f.createFlowResult();
                fr.setMeasure(flow.name().toLowerCase(java.util.Locale.ROOT));
                fill(fr, result.flowSummary(flow, y));
                year.getFlows().add(fr);
            }
            // per 課: moves in and out, hires and leavers, where not always 0
            for (DepartmentFlow flow : DepartmentFlow.values()) {
                for (int d = 0; d < departments.size(); d++) {
                    Summary summary = result.departmentFlowSummary(flow, y, d);
                    if (summary.mean() == 0 && summary.p90() == 0) {
                        continue;
                    }
                    FlowResult fr = f.createFlowResult();
                    fr.setMeasure(flow.name().toLowerCase(java.util.Locale.ROOT));
                    fr.setDepartmentId(departments.get(d).getId());
                    fill(fr, summary);
                    year.getFlows().add(fr);
                }
            }
            run.getYears().add(year);
        }
        return run;
    }

    private static double nanToMinusOne(double value) {
        return Double.isNaN(value) ? -1 : value;
    }

    private static void fill(Distribution distribution, Summary summary) {
        distribution.setMean(summary.mean());
        distribution.setP10(summary.p10());
        distribution.setP50(summary.p50());
        distribution.setP90(summary.p90());
    }
}
