package org.jinzai.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.resource.Resource;
import org.jinzai.cli.Cli;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.model.validation.JinzaiValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A baseline that is refused when opened alone is refused through its scenario too: before, the parser left the broken
 * part out and the scenario ran on the rest (a persona's Step1 rule without its criterion: everyone Step1 from day one).
 */
class BrokenBaselineTest {

    /** DX推進員 Step1: the criterion's type misspelled, so the parser drops the criterion. */
    private static final String STEP1 = "<criteria xsi:type=\"jinzai:CoursesCompletedCriterion\" courses=\"#course-dx-basics #course-bpr #course-pm\"/>";

    @TempDir
    Path temp;

    private final CliSession cli = new CliSession();

    private Path town(String from, String to) throws IOException {
        Path town = CliSession.copyExample(temp, "town");
        CliSession.replace(town.resolve("yamanami-cho.jzb"), from, to);
        return town;
    }

    /** The line of the first occurrence of a text in a file. */
    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text);
    }

    @Test
    void everyCommandRefusesAScenarioWhoseBaselineIsRefusedAlone() throws IOException {
        Path town = town(STEP1, STEP1.replace("CoursesCompletedCriterion", "CoursesCompleted"));
        Path baseline = town.resolve("yamanami-cho.jzb");
        int line = lineOf(baseline, "jinzai:CoursesCompleted\"");
        String scenario = town.resolve("status-quo.jzs").toString();

        assertEquals(Cli.INVALID, cli.run("validate", baseline.toString()), "refused alone, as before");

        assertEquals(Cli.INVALID, cli.run("validate", scenario), cli.out() + cli.err());
        String told = cli.out();
        assertTrue(told.contains(baseline.toAbsolutePath() + ": ") && told.contains(String.valueOf(line))
                && told.contains("CoursesCompleted"), told);

        Path out = temp.resolve("out");
        assertEquals(Cli.INVALID, cli.run("simulate", scenario, "--runs", "5", "--out", out.toString()), cli.err());
        assertTrue(cli.err().contains(baseline.toAbsolutePath() + ": ") && cli.err().contains(String.valueOf(line)), cli.err());
        assertFalse(Files.exists(out), "nothing written");

        String[][] others = {
                { "compare", scenario, town.resolve("ict-hiring.jzs").toString(), "--runs", "5" },
                { "goal-seek", scenario, "--target", "target-dx-basics", "--year", "2030", "--lever", "seats:course-dx-basics",
                        "--max", "20", "--runs", "5" },
                { "sweep", scenario, "--lever", "seats:course-dx-basics", "--values", "0..20:10", "--year", "2030", "--runs", "5" },
                { "sensitivity", scenario, "--target", "target-dx-basics", "--year", "2030", "--levers", "seats:course-dx-basics",
                        "--runs", "5" } };
        for (String[] command : others) {
            assertEquals(Cli.INVALID, cli.run(command), command[0] + ": " + cli.err());
            assertTrue(cli.err().contains(baseline.toAbsolutePath() + ": "), command[0] + ": " + cli.err());
        }
    }

    @Test
    void theScenarioIsValidatedWithItsBaseline() throws Exception {
        // a step criterion that names a course missing from the baseline, and a skill level out of range
        Path town = town("courses=\"#course-dx-basics #course-bpr #course-pm\"", "courses=\"#course-dx-basics #course-nope #course-pm\"");
        Path baseline = town.resolve("yamanami-cho.jzb");
        Files.writeString(baseline, Files.readString(baseline).replace("skill=\"#tool-excel\" minimumLevel=\"2\"",
                "skill=\"#tool-excel\" minimumLevel=\"7\""));
        int line = lineOf(baseline, "#course-nope");

        Resource scenario = JinzaiResources.load(town.resolve("status-quo.jzs"));
        assertEquals(Diagnostic.OK, JinzaiValidator.validate(scenario).getSeverity(), "the scenario alone is fine");

        Diagnostic all = JinzaiValidator.validateWithReferences(scenario);
        assertEquals(Diagnostic.ERROR, all.getSeverity());
        List<Diagnostic> problems = all.getChildren();
        assertEquals(2, problems.size(), problems.toString());
        String file = baseline.toAbsolutePath() + ": ";

        Diagnostic unread = problems.stream().filter(p -> p.getCode() == JinzaiValidator.UNREAD).findFirst().orElseThrow();
        assertEquals(Diagnostic.ERROR, unread.getSeverity());
        assertTrue(unread.getMessage().startsWith(file) && unread.getMessage().contains(String.valueOf(line))
                && unread.getMessage().contains("course-nope"), unread.getMessage());
        assertFalse(unread.getMessage().contains("file:"), "the parser's location is said once: " + unread.getMessage());

        Diagnostic range = problems.stream().filter(p -> p.getCode() == JinzaiValidator.RANGE).findFirst().orElseThrow();
        assertTrue(range.getMessage().startsWith(file + "Baseline「やまなみ町」 › Persona「一般行政職員」")
                && !range.getMessage().contains("minimumLevel") && range.getMessage().contains("7"), range.getMessage());
        assertTrue(range.getData().get(0) instanceof org.eclipse.emf.ecore.EObject, "the element, as validate gives it");
    }

    @Test
    void aSoundScenarioAndBaselineHaveNoProblems() throws Exception {
        Resource scenario = JinzaiResources.load(CliSession.EXAMPLES.resolve("town/status-quo.jzs"));
        Diagnostic all = JinzaiValidator.validateWithReferences(scenario);
        assertEquals(Diagnostic.OK, all.getSeverity(), all.getChildren().toString());
        assertEquals(2, scenario.getResourceSet().getResources().size(), "the scenario and its baseline");
    }
}
