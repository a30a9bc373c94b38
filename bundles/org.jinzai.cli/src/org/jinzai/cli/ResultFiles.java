package org.jinzai.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jinzai.engine.RunOptions;
import org.jinzai.engine.SimulationInput;
import org.jinzai.engine.SimulationResult;
import org.jinzai.engine.SimulationResult.Flow;
import org.jinzai.engine.Summary;
import org.jinzai.engine.TargetValues;
import org.jinzai.model.Department;
import org.jinzai.model.Persona;
import org.jinzai.model.Scenario;
import org.jinzai.model.Target;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.model.util.FiscalYears;
import org.jinzai.reports.SpreadsheetText;
import org.jinzai.scenario.ScenarioRunner;

/**
 * Writes the results of a run as JSON and as long-format CSV (UTF-8 with BOM, which Excel in Japan opens
 * correctly). The files hold no time stamp: the same inputs, seed and replications give the same bytes.
 * Each file is written to a temporary name and renamed when complete.
 */
final class ResultFiles {

    private static final String BOM = "\uFEFF"; //$NON-NLS-1$

    private final Scenario scenario;
    private final RunOptions options;
    private final SimulationInput input;
    private final SimulationResult result;
    private final String fingerprint;
    private final Locale locale;

    ResultFiles(Scenario scenario, RunOptions options, ScenarioRunner.Run run, Locale locale) {
        this.scenario = scenario;
        this.options = options;
        this.input = run.input();
        this.result = run.result();
        this.fingerprint = run.model().getInputFingerprint();
        this.locale = locale;
    }

    /** A number in JSON: four decimals, null when it is not finite. */
    static String number(double value) {
        return !Double.isFinite(value) ? "null" : String.format(Locale.ROOT, "%.4f", value); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** A number in CSV: four decimals, empty when it is not finite. */
    static String csvNumber(double value) {
        return !Double.isFinite(value) ? "" : String.format(Locale.ROOT, "%.4f", value); //$NON-NLS-1$ //$NON-NLS-2$
    }

    static String json(String text) {
        if (text == null) {
            return "null"; //$NON-NLS-1$
        }
        StringBuilder out = new StringBuilder("\""); //$NON-NLS-1$
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\""); //$NON-NLS-1$
                case '\\' -> out.append("\\\\"); //$NON-NLS-1$
                case '\n' -> out.append("\\n"); //$NON-NLS-1$
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c)); //$NON-NLS-1$
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** A CSV text field: safe against spreadsheet formulas, quoted where needed. */
    static String csv(String value) {
        if (value == null) {
            return ""; //$NON-NLS-1$
        }
        String text = SpreadsheetText.safe(value);
        return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    private String summaryJson(Summary s) {
        return "\"mean\": " + number(s.mean()) + ", \"p10\": " + number(s.p10()) + ", \"p50\": " + number(s.p50()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + ", \"p90\": " + number(s.p90()); //$NON-NLS-1$
    }

    Path writeJson(Path folder) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("{\n"); //$NON-NLS-1$
        out.append("  \"scenario\": ").append(json(scenario.getName())).append(",\n"); //$NON-NLS-1$ //$NON-NLS-2$
        out.append("  \"scenarioId\": ").append(json(scenario.getId())).append(",\n"); //$NON-NLS-1$ //$NON-NLS-2$
        out.append("  \"baseline\": ").append(json(scenario.getBaseline().getName())).append(",\n"); //$NON-NLS-1$ //$NON-NLS-2$
        out.append("  \"replications\": ").append(options.replications()).append(",\n"); //$NON-NLS-1$ //$NON-NLS-2$
        out.append("  \"seed\": ").append(options.seed()).append(",\n"); //$NON-NLS-1$ //$NON-NLS-2$
        out.append("  \"inputFingerprint\": ").append(json(fingerprint)).append(",\n"); //$NON-NLS-1$ //$NON-NLS-2$
        out.append("  \"engineVersion\": ").append(json(ScenarioRunner.ENGINE_VERSION)).append(",\n"); //$NON-NLS-1$ //$NON-NLS-2$
        out.append("  \"years\": [\n"); //$NON-NLS-1$
        List<Persona> personas = scenario.getBaseline().getPersonas();
        List<Department> departments = scenario.getBaseline().getOrganization().getDepartments();
        for (int y = 0; y < result.years(); y++) {
            int fy = result.firstFiscalYear() + y;
            out.append("    {\"fiscalYear\": ").append(fy).append(", \"label\": ").append(json(FiscalYears.label(fy, locale))) //$NON-NLS-1$ //$NON-NLS-2$
                    .append(",\n     \"targets\": [\n"); //$NON-NLS-1$
            for (int t = 0; t < result.targets(); t++) {
                Target target = scenario.getTargets().get(t);
                out.append("      {\"id\": ").append(json(target.getId())).append(", \"name\": ").append(json(target.getName())) //$NON-NLS-1$ //$NON-NLS-2$
                        .append(", \"target\": ").append(number(TargetValues.wanted(input, input.targets().get(t), y))).append(", ") //$NON-NLS-1$ //$NON-NLS-2$
                        .append(summaryJson(result.targetSummary(t, y))).append(", \"probabilityMet\": ") //$NON-NLS-1$
                        .append(number(result.probabilityMet(t, y))).append(", \"unit\": ").append(json(TargetValues.unit(input.targets().get(t)))); //$NON-NLS-1$
                if (result.departmentsInScope(t) > 0) {
                    int worst = result.mostMissedDepartment(t, y);
                    out.append(", \"departmentsInScope\": ").append(result.departmentsInScope(t)) //$NON-NLS-1$
                            .append(", \"mostMissedDepartment\": ").append(worst < 0 ? "null" : json(departments.get(worst).getId())) //$NON-NLS-1$ //$NON-NLS-2$
                            .append(", \"mostMissedProbability\": ") //$NON-NLS-1$
                            .append(number(worst < 0 ? 0 : result.probabilityDepartmentMisses(t, y, worst)));
                }
                out.append('}')
                        .append(t + 1 < result.targets() ? ",\n" : "\n"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            out.append("     ],\n     \"counts\": [\n"); //$NON-NLS-1$
            List<String> counts = new ArrayList<>();
            for (int p = 0; p < result.personas(); p++) {
                for (int s = 0; s <= 3; s++) {
                    for (int d = -1; d < result.departments(); d++) {
                        Summary summary = result.countSummary(y, p, s, d);
                        if (summary.mean() == 0 && summary.p90() == 0) {
                            continue;
                        }
                        counts.add("      {\"basis\": \"role\", \"persona\": " + json(personas.get(p).getId()) + ", \"step\": " + s //$NON-NLS-1$ //$NON-NLS-2$
                                + ", \"department\": " + (d < 0 ? "null" : json(departments.get(d).getId())) + ", \"unit\": \"fte\", " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                                + summaryJson(summary) + "}"); //$NON-NLS-1$
                    }
                    Summary skill = result.skillCountSummary(y, p, s, -1);
                    if (personas.get(p).isHasSteps() && (skill.mean() != 0 || skill.p90() != 0)) {
                        counts.add("      {\"basis\": \"skill\", \"persona\": " + json(personas.get(p).getId()) + ", \"step\": " + s //$NON-NLS-1$ //$NON-NLS-2$
                                + ", \"department\": null, \"unit\": \"fte\", " + summaryJson(skill) + "}"); //$NON-NLS-1$ //$NON-NLS-2$
                    }
                }
            }
            out.append(String.join(",\n", counts)).append("\n     ],\n     \"flows\": [\n"); //$NON-NLS-1$ //$NON-NLS-2$
            Flow[] flows = Flow.values();
            for (int f = 0; f < flows.length; f++) {
                out.append("      {\"measure\": ").append(json(flows[f].name().toLowerCase(Locale.ROOT))).append(", \"unit\": ") //$NON-NLS-1$ //$NON-NLS-2$
                        .append(json(flows[f].unit())).append(", ") //$NON-NLS-1$
                        .append(summaryJson(result.flowSummary(flows[f], y))).append('}')
                        .append(f + 1 < flows.length ? ",\n" : "\n"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            out.append("     ]}").append(y + 1 < result.years() ? ",\n" : "\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        out.append("  ]\n}\n"); //$NON-NLS-1$
        Path file = folder.resolve("results.json"); //$NON-NLS-1$
        JinzaiResources.writeAtomically(file, out.toString().getBytes(StandardCharsets.UTF_8));
        return file;
    }

    List<Path> writeCsv(Path folder) throws IOException {
        List<Persona> personas = scenario.getBaseline().getPersonas();
        List<Department> departments = scenario.getBaseline().getOrganization().getDepartments();
        StringBuilder targets = new StringBuilder(BOM).append(
                "fiscal_year,fiscal_year_label,target_id,target_name,target_value,mean,p10,p50,p90,probability_met,unit,departments_in_scope,most_missed_department_id,most_missed_probability\r\n"); //$NON-NLS-1$
        StringBuilder counts = new StringBuilder(BOM).append(
                "fiscal_year,fiscal_year_label,persona_id,persona_name,step,department_id,department_name,mean,p10,p50,p90,basis,unit\r\n"); //$NON-NLS-1$
        StringBuilder flows = new StringBuilder(BOM).append("fiscal_year,fiscal_year_label,measure,mean,p10,p50,p90,unit\r\n"); //$NON-NLS-1$
        for (int y = 0; y < result.years(); y++) {
            int fy = result.firstFiscalYear() + y;
            String year = fy + "," + csv(FiscalYears.label(fy, locale)); //$NON-NLS-1$
            for (int t = 0; t < result.targets(); t++) {
                Target target = scenario.getTargets().get(t);
                Summary s = result.targetSummary(t, y);
                targets.append(year).append(',').append(csv(target.getId())).append(',').append(csv(target.getName())).append(',')
                        .append(csvNumber(TargetValues.wanted(input, input.targets().get(t), y))).append(',').append(row(s)).append(',')
                        .append(csvNumber(result.probabilityMet(t, y))).append(',').append(TargetValues.unit(input.targets().get(t))).append(',');
                int inScope = result.departmentsInScope(t);
                int worst = inScope > 0 ? result.mostMissedDepartment(t, y) : -1;
                targets.append(inScope > 0 ? Integer.toString(inScope) : "").append(',') //$NON-NLS-1$
                        .append(worst < 0 ? "" : csv(departments.get(worst).getId())).append(',') //$NON-NLS-1$
                        .append(worst < 0 ? "" : csvNumber(result.probabilityDepartmentMisses(t, y, worst))).append("\r\n"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            for (int p = 0; p < result.personas(); p++) {
                for (int st = 0; st <= 3; st++) {
                    for (int d = -1; d < result.departments(); d++) {
                        Summary s = result.countSummary(y, p, st, d);
                        if (s.mean() == 0 && s.p90() == 0) {
                            continue;
                        }
                        counts.append(year).append(',').append(csv(personas.get(p).getId())).append(',')
                                .append(csv(personas.get(p).getName())).append(',').append(st).append(',')
                                .append(d < 0 ? "" : csv(departments.get(d).getId())).append(',') //$NON-NLS-1$
                                .append(d < 0 ? "" : csv(departments.get(d).getName())).append(',').append(row(s)).append(",role,fte\r\n"); //$NON-NLS-1$ //$NON-NLS-2$
                    }
                    Summary skill = result.skillCountSummary(y, p, st, -1);
                    if (personas.get(p).isHasSteps() && (skill.mean() != 0 || skill.p90() != 0)) {
                        counts.append(year).append(',').append(csv(personas.get(p).getId())).append(',')
                                .append(csv(personas.get(p).getName())).append(',').append(st).append(",,,").append(row(skill)) //$NON-NLS-1$
                                .append(",skill,fte\r\n"); //$NON-NLS-1$
                    }
                }
            }
            for (Flow flow : Flow.values()) {
                flows.append(year).append(',').append(flow.name().toLowerCase(Locale.ROOT)).append(',')
                        .append(row(result.flowSummary(flow, y))).append(',').append(flow.unit()).append("\r\n"); //$NON-NLS-1$
            }
        }
        List<Path> files = List.of(folder.resolve("targets.csv"), folder.resolve("counts.csv"), folder.resolve("flows.csv")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        JinzaiResources.writeAtomically(files.get(0), targets.toString().getBytes(StandardCharsets.UTF_8));
        JinzaiResources.writeAtomically(files.get(1), counts.toString().getBytes(StandardCharsets.UTF_8));
        JinzaiResources.writeAtomically(files.get(2), flows.toString().getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private static String row(Summary s) {
        return csvNumber(s.mean()) + "," + csvNumber(s.p10()) + "," + csvNumber(s.p50()) + "," + csvNumber(s.p90()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
