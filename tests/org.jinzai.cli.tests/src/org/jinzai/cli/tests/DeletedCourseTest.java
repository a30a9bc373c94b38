package org.jinzai.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.jinzai.cli.Cli;
import org.jinzai.model.Scenario;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.model.validation.JinzaiValidator;
import org.jinzai.scenario.ScenarioCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A course deleted from the baseline that the scenarios still plan seats for: validate and simulate refuse the scenario
 * naming each use as the forms do (not with a file URI and the advice to put the files in one folder), with the message
 * that validation and the Problems view give; the compiler, asked without validating, refuses with the same message; and a
 * baseline file that is missing keeps its own message.
 */
class DeletedCourseTest {

    @TempDir
    Path temp;

    private final CliSession cli = new CliSession();

    /** The town with the course 業務ツール活用研修 removed from its baseline (and from the staff who had taken it). */
    private Path townWithoutTools() throws IOException {
        Path town = CliSession.copyExample(temp, "town");
        Path baseline = town.resolve("yamanami-cho.jzb");
        String text = Files.readString(baseline).replaceAll("(?s)\\s*<courses id=\"course-tools\".*?</courses>", "")
                .replace(" #course-tools", "").replace("#course-tools ", "").replace(" coursesCompleted=\"#course-tools\"", "");
        assertFalse(text.contains("course-tools"));
        Files.writeString(baseline, text);
        return town;
    }

    @Test
    void validateAndSimulateNameTheUsesInThePlannersWords() throws Exception {
        Path town = townWithoutTools();
        Path scenario = town.resolve("status-quo.jzs");
        assertEquals(Cli.INVALID, cli.run("validate", scenario.toString()), cli.out() + cli.err());
        List<String> lines = cli.out().lines().filter(l -> l.contains("course-tools")).toList();
        assertEquals(5, lines.size(), cli.out());
        assertEquals(scenario + ": The Course of Training Seats (FY2026 (Reiwa 8)) is not in the baseline \"やまなみ町\" (course-tools):"
                + " it was deleted from the baseline, or its id changed. Remove it from the scenario or choose another Course.", lines.get(0));

        byte[] before = Files.readAllBytes(scenario);
        assertEquals(Cli.INVALID, cli.run("simulate", scenario.toString(), "--runs", "2", "--out", temp.resolve("out").toString()));
        String err = cli.err();
        assertTrue(err.contains(lines.get(0)), err);
        assertFalse(err.contains("same") || err.contains("file:") || err.contains("#course-tools"), err);
        assertFalse(Files.exists(temp.resolve("out")), "nothing was run");
        assertEquals(new String(before), Files.readString(scenario), "the scenario is untouched");

        // the compiler says the same when asked without validating
        Scenario loaded = (Scenario) JinzaiResources.load(scenario).getContents().get(0);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> ScenarioCompiler.compile(loaded));
        assertEquals(lines.get(0), scenario + ": " + refused.getMessage());
        Diagnostic problems = JinzaiValidator.validateWithReferences(loaded.eResource());
        assertEquals(lines.get(0), problems.getChildren().stream().map(Diagnostic::getMessage)
                .filter(m -> m.startsWith(scenario + ": ")).findFirst().orElseThrow());
    }

    @Test
    void aMissingBaselineFileIsStillSaidToBeMissing() throws IOException {
        Path town = CliSession.copyExample(temp, "town");
        Files.delete(town.resolve("yamanami-cho.jzb"));
        assertEquals(Cli.INVALID, cli.run("simulate", town.resolve("status-quo.jzs").toString(), "--runs", "2"));
        assertTrue(cli.err().contains("yamanami-cho.jzb") && cli.err().contains("does not exist"), cli.err());
        assertFalse(cli.err().contains("is not in the baseline"), cli.err());
    }
}
