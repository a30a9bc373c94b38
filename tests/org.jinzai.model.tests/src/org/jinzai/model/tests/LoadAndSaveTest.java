package org.jinzai.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.jinzai.model.Baseline;
import org.jinzai.model.JinzaiFactory;
import org.jinzai.model.Scenario;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.model.io.ModelLoadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving is stable and atomic; loading refuses broken and hostile files with a readable message. */
class LoadAndSaveTest {

    @TempDir
    Path dir;

    private Path saveSmallScenario() throws IOException {
        ResourceSet set = JinzaiResources.newResourceSet();
        Baseline baseline = TestModels.smallBaseline();
        Scenario scenario = TestModels.scenarioOf(baseline);
        Resource base = set.createResource(URI.createFileURI(dir.resolve("town.jzb").toString()));
        base.getContents().add(baseline);
        Resource sc = set.createResource(URI.createFileURI(dir.resolve("status-quo.jzs").toString()));
        sc.getContents().add(scenario);
        JinzaiResources.save(base);
        JinzaiResources.save(sc);
        return dir.resolve("status-quo.jzs");
    }

    @Test
    void scenarioRefersToItsBaselineByRelativePathAndId() throws IOException {
        Path file = saveSmallScenario();
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(xml.contains("baseline=\"town.jzb#b1\""), xml);
        assertTrue(xml.contains("persona=\"town.jzb#p-dx\""), xml);
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), xml);
        assertTrue(xml.contains("現状維持"), "Japanese is written as UTF-8 text");
    }

    @Test
    void loadResolvesTheBaselineAndSavesByteIdentical() throws IOException {
        Path file = saveSmallScenario();
        byte[] scenarioBefore = Files.readAllBytes(file);
        byte[] baselineBefore = Files.readAllBytes(dir.resolve("town.jzb"));

        Resource loaded = JinzaiResources.load(file);
        Scenario scenario = (Scenario) loaded.getContents().get(0);
        assertFalse(scenario.getBaseline().eIsProxy(), "baseline resolved");
        assertEquals("テスト町", scenario.getBaseline().getName());
        assertSame(scenario.getBaseline().getPersonas().get(0), scenario.getTargets().get(0).getPersona());
        for (Resource resource : List.copyOf(loaded.getResourceSet().getResources())) {
            JinzaiResources.save(resource);
        }
        assertArrayEquals(scenarioBefore, Files.readAllBytes(file));
        assertArrayEquals(baselineBefore, Files.readAllBytes(dir.resolve("town.jzb")));
    }

    @Test
    void failedSaveLeavesTheFileUntouchedAndNoTemporaryFile() throws IOException {
        Path file = saveSmallScenario();
        byte[] before = Files.readAllBytes(file);
        Resource loaded = JinzaiResources.load(file);
        Scenario scenario = (Scenario) loaded.getContents().get(0);
        // a reference to an element in no resource cannot be written: EMF throws while serializing
        scenario.getTargets().get(0).setPersona(JinzaiFactory.eINSTANCE.createPersona());
        assertThrows(IOException.class, () -> JinzaiResources.save(loaded));
        assertArrayEquals(before, Files.readAllBytes(file));
        try (var files = Files.list(dir)) {
            assertEquals(List.of("status-quo.jzs", "town.jzb"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void externalEntityIsNotResolved() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-PAYROLL");
        Path hostile = dir.resolve("hostile.jzs");
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE jinzai:Scenario [ <!ENTITY leak SYSTEM "%s"> ]>
                <jinzai:Scenario xmlns:xmi="http://www.omg.org/XMI" xmlns:jinzai="http://jinzai.org/model/1.0"
                    xmi:version="2.0" id="x" name="&leak;"/>
                """.formatted(secret.toUri());
        Files.writeString(hostile, xml);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> JinzaiResources.load(hostile));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertTrue(e.getMessage().contains("hostile.jzs"), e.getMessage());
        assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
        assertEquals(xml, Files.readString(hostile), "the file is untouched");
    }

    @Test
    void referenceToTheNetworkOrAnotherKindOfFileIsRefused() throws IOException {
        for (String href : List.of("http://198.51.100.7/base.jzb#b1", "../../etc/passwd#b1")) {
            Path file = dir.resolve("remote.jzs");
            Files.writeString(file, """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <jinzai:Scenario xmlns:xmi="http://www.omg.org/XMI" xmlns:jinzai="http://jinzai.org/model/1.0"
                        xmi:version="2.0" id="x" name="x" baseline="%s"><runSettings/></jinzai:Scenario>
                    """.formatted(href));
            ModelLoadException e = assertThrows(ModelLoadException.class, () -> JinzaiResources.load(file), href);
            assertTrue(e.getMessage().contains("not allowed") || e.getMessage().contains("許可"), e.getMessage());
        }
    }

    @Test
    void truncatedFileGivesReadableErrorAndStaysAsItWas() throws IOException {
        Path file = saveSmallScenario();
        byte[] whole = Files.readAllBytes(file);
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
        Files.write(file, half);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> JinzaiResources.load(file));
        assertTrue(e.getMessage().contains("status-quo.jzs"), e.getMessage());
        assertTrue(e.getMessage().contains("truncated") || e.getMessage().contains("途中"), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), "no Java class names for the user: " + e.getMessage());
        assertArrayEquals(half, Files.readAllBytes(file));
    }

    @Test
    void garbageAndMissingFilesGiveReadableErrors() throws IOException {
        Path garbage = dir.resolve("garbage.jzb");
        Files.writeString(garbage, "氏名,所属\n山田,税務課\n");
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> JinzaiResources.load(garbage));
        assertTrue(e.getMessage().contains("garbage.jzb"), e.getMessage());
        assertNotNull(e.getCause());

        ModelLoadException missing = assertThrows(ModelLoadException.class,
                () -> JinzaiResources.load(dir.resolve("nowhere.jzs")));
        assertTrue(missing.getMessage().contains("does not exist") || missing.getMessage().contains("存在しません"),
                missing.getMessage());
    }

    @Test
    void missingBaselineIsReportedWithTheReference() throws IOException {
        Path file = saveSmallScenario();
        Files.delete(dir.resolve("town.jzb"));
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> JinzaiResources.load(file));
        assertTrue(e.getMessage().contains("town.jzb"), e.getMessage());
    }
}
