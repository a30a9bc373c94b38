package org.jinzai.scenario.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.jinzai.engine.MonteCarloEngine;
import org.jinzai.engine.SimulationInput;
import org.jinzai.engine.calibration.RosterRecord;
import org.jinzai.model.RetirementAge;
import org.jinzai.model.Scenario;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.model.templates.Scenarios;
import org.jinzai.scenario.ScenarioCompiler;

/**
 * The examples' staff histories ({@code examples/town/history/roster-2021.csv} ...): five past rosters of a municipality
 * made by the engine from its status-quo scenario (one replication, seed {@value #SEED}) run five years earlier: every
 * fiscal year of the scenario and its baseline (plans, targets, hires, terms) and every birth year moved five years back,
 * so that the history ends the year before the plan begins, but not the retirement ages, which are the law's in each
 * year (the history retires at the ages then in force, as the scenario says). Synthetic, so that calibrate gives back
 * about the scenario's own rates and a backtest finds its projections honest. A tool ({@code releng/scripts/example-history}) and what
 * {@link ExampleHistoryTest} compares the shipped files with.
 */
public final class ExampleHistory {

    static final long SEED = 2021;
    static final String[] FOLDERS = { "town", "city" };
    private static final int YEARS_BACK = 5;

    private ExampleHistory() {
    }

    /** The files of a folder's history, by name, as CSV text (UTF-8, line ends LF as the repository keeps text). */
    static Map<String, String> files(Path folder) throws IOException {
        Scenario scenario = earlier((Scenario) JinzaiResources.load(folder.resolve("status-quo.jzs")).getContents().get(0));
        SimulationInput input = ScenarioCompiler.compile(scenario);
        String promoter = scenario.getAppointment() == null ? "" : scenario.getAppointment().getPersona().getName();
        Map<String, String> departments = new HashMap<>();
        scenario.getBaseline().getOrganization().getDepartments().forEach(d -> departments.put(d.getId(), d.getName()));
        // courses by name, as an HR system's export has them
        Map<String, String> courses = new HashMap<>();
        scenario.getBaseline().getCourses().forEach(c -> courses.put(c.getId(), c.getName()));
        // every member's persona by name (the promoters' is the appointment's)
        Map<String, String> personas = new HashMap<>();
        scenario.getBaseline().getPersonas().forEach(p -> personas.put(p.getId(), p.getName()));
        Map<Integer, StringBuilder> byYear = new TreeMap<>();
        for (RosterRecord r : new MonteCarloEngine().pastRosters(input, SEED, 0)) {
            StringBuilder csv = byYear.computeIfAbsent(r.fiscalYear(), y -> new StringBuilder("職員ID,生年,所属,任用形態,人材像,退職理由,現所属月数,受講済研修,到達段階\n"));
            String type = switch (r.employment()) {
                case REGULAR -> "常勤";
                case FIXED_TERM -> "任期付";
                case PART_TIME -> "会計年度任用";
                case OUTSOURCED -> "委託";
            };
            String why = switch (r.leaving()) {
                case RETIREMENT -> "定年";
                case TERM_END -> "任期満了";
                case RESIGNATION -> "普通退職";
                case UNKNOWN -> "";
            };
            csv.append(r.id()).append(',').append(r.birthYear()).append(',').append(departments.getOrDefault(r.department(), r.department()))
                    .append(',').append(type).append(',').append(r.promoter() ? promoter : personas.getOrDefault(r.persona(), "")).append(',').append(why)
                    .append(',').append(r.monthsInPost()).append(',')
                    .append(r.courses().stream().map(c -> courses.getOrDefault(c, c)).sorted().collect(Collectors.joining(";"))).append(',')
                    .append(r.step() > 0 ? "Step" + r.step() : r.step() == 0 ? "なし" : "").append("\n");
        }
        Map<String, String> files = new TreeMap<>();
        byYear.forEach((year, csv) -> files.put("roster-" + year + ".csv", csv.toString()));
        return files;
    }

    /** A copy of a scenario and its baseline with every fiscal year and birth year {@value #YEARS_BACK} years earlier, retirement ages aside. */
    private static Scenario earlier(Scenario scenario) {
        Scenario copy = Scenarios.copyWithBaseline(scenario);
        for (EObject root : List.of(copy, copy.getBaseline())) {
            for (Iterator<EObject> all = EcoreUtil.getAllContents(List.of(root)); all.hasNext();) {
                EObject element = all.next();
                if (element instanceof RetirementAge) {
                    continue;
                }
                for (EAttribute attribute : element.eClass().getEAllAttributes()) {
                    boolean year = attribute.getName().endsWith("iscalYear") || attribute.getName().equals("birthYear");
                    if (year && !attribute.isMany() && element.eGet(attribute) instanceof Integer value && value > 0) {
                        element.eSet(attribute, value - YEARS_BACK);
                    }
                }
            }
        }
        return copy;
    }

    /** Writes the histories of the examples: {@code ExampleHistory EXAMPLES_FOLDER}. */
    public static void main(String[] args) throws IOException {
        Path examples = Path.of(args.length > 0 ? args[0] : "examples");
        for (String folder : FOLDERS) {
            Path history = examples.resolve(folder).resolve("history");
            Files.createDirectories(history);
            for (Map.Entry<String, String> file : files(examples.resolve(folder)).entrySet()) {
                Files.writeString(history.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
            System.out.println("wrote " + history);
        }
    }
}
