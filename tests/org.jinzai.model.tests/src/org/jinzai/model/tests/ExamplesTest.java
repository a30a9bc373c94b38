package org.jinzai.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.resource.Resource;
import org.jinzai.model.Baseline;
import org.jinzai.model.DepartmentKind;
import org.jinzai.model.Persona;
import org.jinzai.model.Scenario;
import org.jinzai.model.StaffMember;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.model.steps.StepRules;
import org.jinzai.model.templates.ExampleSet;
import org.jinzai.model.templates.MunicipalitySize;
import org.jinzai.model.validation.JinzaiValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped examples: generated from the templates, valid, and stable through save and load. */
class ExamplesTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("jinzai.examples", "../../examples"));

    @TempDir
    Path temp;

    private static List<Path> committedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(EXAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".jzb") || p.toString().endsWith(".jzs")
                    || p.toString().endsWith(".jzg")).sorted().toList();
        }
    }

    @Test
    void templatesReproduceTheCommittedExamples() throws IOException {
        if (Boolean.getBoolean("jinzai.examples.update")) {
            ExampleSet.write(EXAMPLES);
        }
        List<Path> generated = ExampleSet.write(temp);
        List<String> expected = new ArrayList<>();
        for (Path file : generated) {
            expected.add(temp.relativize(file).toString());
        }
        List<String> committed = committedFiles().stream().map(p -> EXAMPLES.relativize(p).toString()).sorted().toList();
        assertEquals(expected.stream().sorted().toList(), committed, "examples/ holds exactly the generated files");
        for (Path file : generated) {
            assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(EXAMPLES.resolve(temp.relativize(file))),
                    "examples/" + temp.relativize(file) + " differs from the templates; regenerate with -Djinzai.examples.update=true");
        }
    }

    @Test
    void everyExampleLoadsValidatesAndSurvivesSaveLoadSave() throws IOException {
        List<Path> files = committedFiles();
        assertTrue(files.size() >= 12, "examples present: " + files);
        // a copy of the whole tree: a region refers to its members' folders
        try (Stream<Path> all = Files.walk(EXAMPLES)) {
            for (Path from : all.toList()) {
                Path to = temp.resolve(EXAMPLES.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        for (Path original : files) {
            Path copy = temp.resolve(EXAMPLES.relativize(original).toString());
            Resource resource = JinzaiResources.load(copy);
            Diagnostic diagnostic = JinzaiValidator.validate(resource);
            assertEquals(List.of(), diagnostic.getChildren().stream().map(Diagnostic::getMessage).toList(), original.toString());
            JinzaiResources.save(resource);
            byte[] once = Files.readAllBytes(copy);
            assertArrayEquals(Files.readAllBytes(original), once, "save after load is byte-identical: " + original);
            JinzaiResources.save(JinzaiResources.load(copy));
            assertArrayEquals(once, Files.readAllBytes(copy), "load → save → load → save: " + original);
        }
    }

    @Test
    void examplesHaveTheAdvertisedSizes() throws IOException {
        assertSize("town/yamanami-cho.jzb", 140, 160, 20);
        assertSize("city/sakura-shi.jzb", 750, 850, 40);
        assertSize("special-ward/minami-ku.jzb", 2_850, 3_100, 77);
        assertSize("designated-city/ominato-shi.jzb", 9_700, 10_300, 200);
        Baseline town = (Baseline) JinzaiResources.load(EXAMPLES.resolve("town/yamanami-cho.jzb")).getContents().get(0);
        assertEquals(1, town.getStaff().stream().filter(s -> s.getDepartment().getKind() == DepartmentKind.INFORMATION_SYSTEMS)
                .count(), "the town has a one-person IT section (一人情シス)");
        assertEquals(MunicipalitySize.TOWN.kind(), town.getOrganization().getKind());
    }

    private static void assertSize(String file, int minStaff, int maxStaff, int businessDepartments) throws IOException {
        Baseline baseline = (Baseline) JinzaiResources.load(EXAMPLES.resolve(file)).getContents().get(0);
        int staff = baseline.getStaff().size();
        assertTrue(staff >= minStaff && staff <= maxStaff, file + ": " + staff + " staff");
        assertEquals(businessDepartments, baseline.getOrganization().getDepartments().stream()
                .filter(d -> d.getKind() == DepartmentKind.BUSINESS).count(), file);
        assertTrue(baseline.getRosterAggregates().isEmpty(), "aggregates were expanded: " + file);
    }

    @Test
    void recordedStepsFollowTheStepRulesOfTheBaseline() throws IOException {
        Baseline ward = (Baseline) JinzaiResources.load(EXAMPLES.resolve("special-ward/minami-ku.jzb")).getContents().get(0);
        int withSteps = 0;
        for (StaffMember person : ward.getStaff()) {
            Persona persona = person.getPersona();
            if (persona != null && persona.isHasSteps()) {
                assertEquals(StepRules.stepReached(person, persona), StepRules.recordedStep(person, persona), person.getId());
                withSteps += StepRules.recordedStep(person, persona) > 0 ? 1 : 0;
            }
        }
        assertTrue(withSteps > 100, "some staff have reached a step today: " + withSteps);
    }

    @Test
    void variantsRecordTheScenarioTheyCameFrom() throws IOException {
        Scenario training = (Scenario) JinzaiResources.load(EXAMPLES.resolve("city/more-training.jzs")).getContents().get(0);
        assertEquals("status-quo.jzs", training.getDerivedFrom());
        assertFalse(training.getBaseline().eIsProxy());
    }
}
