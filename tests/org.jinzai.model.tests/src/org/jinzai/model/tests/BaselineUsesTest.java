package org.jinzai.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.jinzai.model.Baseline;
import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.NamedElement;
import org.jinzai.model.Scenario;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.model.io.ModelLoadException;
import org.jinzai.model.validation.BaselineUses;
import org.jinzai.model.validation.BaselineUses.Removal;
import org.jinzai.model.validation.BaselineUses.ScenarioUses;
import org.jinzai.model.validation.BaselineUses.Use;
import org.jinzai.model.validation.ElementNames;
import org.jinzai.model.validation.JinzaiValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenarios name the elements of their baseline by file and id: a finder lists the scenarios that use an element and
 * how, count by count (the town example, whose three scenarios each plan five years of seats of every course); a scenario
 * whose course, persona or department is no longer in the baseline opens, and validation names the use in the
 * planner's words; removing the uses leaves scenarios that validate.
 */
class BaselineUsesTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("jinzai.examples", "../../examples"));
    private static final List<String> SCENARIOS = List.of("ict-hiring.jzs", "rotation-rules.jzs", "status-quo.jzs");

    @TempDir
    Path dir;

    private URI baselineUri;

    @BeforeEach
    void copyTown() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES.resolve("town"))) {
            for (Path file : files.toList()) {
                if (Files.isRegularFile(file)) {
                    Files.copy(file, dir.resolve(file.getFileName()));
                }
            }
        }
        baselineUri = URI.createFileURI(dir.resolve("yamanami-cho.jzb").toString());
    }

    private List<ScenarioUses> find(String... ids) {
        return BaselineUses.find(baselineUri, Set.of(ids), BaselineUses.siblingScenarios(baselineUri));
    }

    private static List<String> names(List<ScenarioUses> found) {
        return found.stream().map(s -> s.file().lastSegment()).toList();
    }

    @Test
    void aCourseIsUsedByEveryScenarioForFiveYearsOfSeatsAndOneTarget() {
        List<ScenarioUses> found = find("course-dx-basics");
        assertEquals(SCENARIOS, names(found));
        for (ScenarioUses uses : found) {
            assertEquals(6, uses.uses().size(), uses.file().lastSegment());
            assertEquals(5, uses.uses().stream().filter(u -> u.reference() == JinzaiPackage.Literals.COURSE_SEATS__COURSE).count());
            assertEquals(1, uses.uses().stream().filter(u -> u.reference() == JinzaiPackage.Literals.TARGET__COURSE).count());
            assertTrue(uses.uses().stream().allMatch(u -> u.removal() == Removal.DELETE_ROW));
            assertEquals("Training Seats: 5, Numeric Target: 1", uses.summary());
        }
        assertEquals("現状維持", found.get(2).name());
        // the finder reads the files and writes none
        assertEquals("course-dx-basics", found.get(0).uses().get(0).id());
    }

    @Test
    void personaDepartmentAndChannelPersonaUsesAreCountedOneByOne() {
        // the DX promoter: the appointment (a setting to choose again), three rotation rules and three targets
        for (ScenarioUses uses : find("persona-dx-promoter")) {
            assertEquals(7, uses.uses().size(), uses.file().lastSegment());
            assertEquals(1, uses.uses().stream().filter(u -> u.removal() == Removal.UNSET).count());
            assertEquals(6, BaselineUses.rowsToDelete(uses.uses()).size());
        }
        // the external expert is only the persona of the shared-expert channel of ict-hiring
        List<ScenarioUses> expert = find("persona-expert");
        assertEquals(List.of("ict-hiring.jzs"), names(expert));
        Use channel = expert.get(0).uses().get(0);
        assertEquals(JinzaiPackage.Literals.RECRUITMENT_CHANNEL__PERSONA, channel.reference());
        assertEquals("Recruitment Channel \"人材シェアリング（都道府県プール）\" › Persona", channel.describe());
        // a department: two DX project plans in each scenario
        for (ScenarioUses uses : find("dept-001")) {
            assertEquals(2, uses.uses().size());
            assertEquals("DX Project Plan: 2", uses.summary());
        }
        // several elements at once (a department with its contents), and one nobody uses
        assertEquals(List.of(), find("skill-nobody-has"));
        assertEquals(3 * (6 + 2), find("course-dx-basics", "dept-001").stream().mapToInt(s -> s.uses().size()).sum());
    }

    @Test
    void theIdsOfAnElementIncludeThoseOfWhatItContains() throws ModelLoadException {
        Baseline baseline = (Baseline) JinzaiResources.load(dir.resolve("yamanami-cho.jzb")).getContents().get(0);
        NamedElement organization = baseline.getOrganization();
        Set<String> ids = BaselineUses.idsOf(List.of(organization));
        assertTrue(ids.contains("org") && ids.contains("dept-001") && ids.contains("dept-is"), ids.toString());
        assertFalse(ids.contains("baseline-yamanami-cho"));
    }

    @Test
    void aDeletedCourseIsADanglingUseNamedInThePlannersWordsAndTheScenarioStillOpens() throws Exception {
        deleteFromBaseline("course-dx-basics");
        List<Diagnostic> problems = problemsOf("status-quo.jzs");
        List<Diagnostic> dangling = problems.stream().filter(d -> d.getCode() == JinzaiValidator.DANGLING).toList();
        assertEquals(problems.size(), dangling.size(), "nothing else is wrong: " + messages(problems));
        assertEquals(6, dangling.size(), messages(problems));
        String first = dangling.get(0).getMessage();
        assertEquals(dir.resolve("status-quo.jzs") + ": The Course of Training Seats (FY2026 (Reiwa 8)) is not in the baseline"
                + " \"やまなみ町\" (course-dx-basics): it was deleted from the baseline, or its id changed. Remove it from the scenario"
                + " or choose another Course.", first);
        assertTrue(dangling.get(5).getMessage().contains("The Course of Numeric Target \"DX基礎研修 受講率90%\""), messages(problems));
        assertFalse(first.contains("#") || first.contains("CourseSeats") || first.contains("same folder"), first);
        // the element and feature of the marker
        assertEquals(JinzaiPackage.Literals.COURSE_SEATS__COURSE, dangling.get(0).getData().get(1));
        // the same through the finder: the uses of the id in the scenario
        Scenario scenario = (Scenario) JinzaiResources.load(dir.resolve("status-quo.jzs")).getContents().get(0);
        assertEquals(6, BaselineUses.dangling(scenario).size());
    }

    @Test
    void aDeletedPersonaAndDepartmentAreNamedAsTheFormsNameThem() throws Exception {
        deleteFromBaseline("persona-expert", "dept-001");
        List<Diagnostic> hiring = problemsOf("ict-hiring.jzs");
        String all = messages(hiring);
        assertEquals(3, hiring.size(), all);
        assertTrue(all.contains("The Persona of Recruitment Channel \"人材シェアリング（都道府県プール）\" is not in the baseline \"やまなみ町\""
                + " (persona-expert)"), all);
        assertTrue(all.contains("The Department of DX Project Plan (FY2026 (Reiwa 8)) is not in the baseline \"やまなみ町\" (dept-001)"), all);
        assertTrue(all.contains("The Department of DX Project Plan (FY2030 (Reiwa 12)) is not in the baseline"), all);
        // the DX promoter's appointment, a setting without a row
        deleteFromBaseline("persona-dx-promoter");
        String quo = messages(problemsOf("status-quo.jzs"));
        assertTrue(quo.contains("The Persona of DX Promoter Appointment is not in the baseline"), quo);
    }

    @Test
    void aMissingBaselineFileKeepsItsOwnMessage() throws IOException {
        Files.delete(dir.resolve("yamanami-cho.jzb"));
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> JinzaiResources.load(dir.resolve("status-quo.jzs")));
        assertTrue(e.getMessage().contains("yamanami-cho.jzb") && e.getMessage().contains("does not exist"), e.getMessage());
        assertFalse(e.getMessage().contains("is not in the baseline"), e.getMessage());
    }

    @Test
    void theScenariosOwnBaselineReferenceToAnotherIdIsStillRefusedOnLoad() throws IOException {
        Path file = dir.resolve("status-quo.jzs");
        Files.writeString(file, Files.readString(file).replace("#baseline-yamanami-cho", "#baseline-elsewhere"));
        assertThrows(ModelLoadException.class, () -> JinzaiResources.load(file));
    }

    @Test
    void removingTheUsesLeavesScenariosThatValidate() throws Exception {
        List<ScenarioUses> found = find("course-dx-basics", "persona-dx-promoter", "persona-expert");
        for (ScenarioUses uses : found) {
            BaselineUses.remove(uses.uses());
            JinzaiResources.save(uses.resource());
        }
        deleteFromBaseline("course-dx-basics", "persona-dx-promoter", "persona-expert");
        for (String name : SCENARIOS) {
            Resource resource = JinzaiResources.load(dir.resolve(name));
            Scenario scenario = (Scenario) resource.getContents().get(0);
            assertEquals(List.of(), BaselineUses.dangling(scenario), name);
            assertFalse(Files.readString(dir.resolve(name)).contains("course-dx-basics"), name);
            assertFalse(Files.readString(dir.resolve(name)).contains("persona-dx-promoter"), name);
            // the appointment is kept, its persona to be chosen again: the one problem left, and it says so
            List<String> left = problemsOf(name).stream().map(Diagnostic::getMessage).toList();
            assertEquals(1, left.size(), left.toString());
            assertTrue(left.get(0).contains("Persona is missing"), left.toString());
            assertNull(scenario.getAppointment().getPersona());
            assertEquals(55, scenario.getCourseSeats().size(), name + ": 12 courses x 5 years, less the 5 of the course");
        }
    }

    @Test
    void everyKindAndReferenceHasALabelInBothLanguages() throws IOException {
        Properties en = properties("labels.properties");
        Properties ja = properties("labels_ja.properties");
        assertEquals(en.keySet(), ja.keySet());
        List<String> missing = new ArrayList<>();
        for (EClassifier classifier : JinzaiPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass type) {
                if (!en.containsKey("type." + type.getName())) {
                    missing.add(type.getName());
                }
                for (EStructuralFeature feature : type.getEStructuralFeatures()) {
                    if (!en.containsKey("feature." + feature.getName())) {
                        missing.add(type.getName() + "." + feature.getName());
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
        assertEquals("研修枠", ja.getProperty("type.CourseSeats"));
        assertEquals("Training Seats", ElementNames.type(JinzaiPackage.Literals.COURSE_SEATS));
    }

    private static Properties properties(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = ElementNames.class.getResourceAsStream(name)) {
            properties.load(in);
        }
        return properties;
    }

    /** Deletes elements from the baseline file as the editor would (with the baseline's own references to them). */
    private void deleteFromBaseline(String... ids) throws Exception {
        Resource baseline = JinzaiResources.load(dir.resolve("yamanami-cho.jzb"));
        for (String id : ids) {
            EObject element = baseline.getEObject(id);
            EcoreUtil.delete(element, true);
        }
        JinzaiResources.save(baseline);
    }

    /**
     * The problems of a scenario file itself (deleting a course also empties the baseline's own step criteria that
     * named only it: the baseline's problems, which its editor shows).
     */
    private List<Diagnostic> problemsOf(String scenario) throws ModelLoadException {
        Path file = dir.resolve(scenario);
        return JinzaiValidator.validateWithReferences(JinzaiResources.load(file)).getChildren().stream()
                .filter(d -> d.getMessage().startsWith(file + ": ")).toList();
    }

    private static String messages(List<Diagnostic> problems) {
        return String.join("\n", problems.stream().map(Diagnostic::getMessage).toList());
    }
}
