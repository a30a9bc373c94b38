package org.jinzai.scenario.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.jinzai.engine.MonteCarloEngine;
import org.jinzai.engine.SimulationInput;
import org.jinzai.engine.calibration.RosterRecord;
import org.jinzai.model.Scenario;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.scenario.ScenarioCompiler;

/**
 * The examples' staff histories ({@code examples/town/history/roster-2021.csv} ...): five past rosters of a municipality
 * made by the engine from its status-quo scenario (one replication, seed {@value #SEED}), its fiscal years and birth years
 * moved five years back so that the history ends the year before the plan begins. Synthetic, so that calibrate gives
 * back about the scenario's own rates. A tool ({@code releng/scripts/example-history}) and what
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
        Scenario scenario = (Scenario) JinzaiResources.load(folder.resolve("status-quo.jzs")).getContents().get(0);
        SimulationInput input = ScenarioCompiler.compile(scenario);
        String promoter = scenario.getAppointment() == null ? "" : scenario.getAppointment().getPersona().getName();
        Map<String, String> departments = new HashMap<>();
        scenario.getBaseline().getOrganization().getDepartments().forEach(d -> departments.put(d.getId(), d.getName()));
        Map<Integer, StringBuilder> byYear = new TreeMap<>();
        for (RosterRecord r : new MonteCarloEngine().pastRosters(input, SEED, 0)) {
            StringBuilder csv = byYear.computeIfAbsent(r.fiscalYear() - YEARS_BACK, y -> new StringBuilder("職員ID,生年,所属,任用形態,人材像,退職理由\n"));
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
            csv.append(r.id()).append(',').append(r.birthYear() - YEARS_BACK).append(',').append(departments.getOrDefault(r.department(), r.department()))
                    .append(',').append(type).append(',').append(r.promoter() ? promoter : "").append(',').append(why).append("\n");
        }
        Map<String, String> files = new TreeMap<>();
        byYear.forEach((year, csv) -> files.put("roster-" + year + ".csv", csv.toString()));
        return files;
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
