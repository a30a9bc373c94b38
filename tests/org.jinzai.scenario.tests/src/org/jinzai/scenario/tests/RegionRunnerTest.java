package org.jinzai.scenario.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.resource.Resource;
import org.jinzai.engine.RegionInput;
import org.jinzai.engine.RegionResult;
import org.jinzai.engine.RunOptions;
import org.jinzai.model.Region;
import org.jinzai.model.RegionCourse;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.model.validation.JinzaiValidator;
import org.jinzai.scenario.RegionRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A region file to the engine's input: each member's key follows its ids, not its files' names (the workbench names the
 * examples in Japanese), so a renamed folder gives the same numbers and a copied member other numbers; what the
 * validator says of a region's mistakes.
 */
class RegionRunnerTest {

    @TempDir
    Path temp;

    /** A copy of the example region below {@code into}, members' folders renamed by {@code rename} (old → new name pairs). */
    private Path copy(Path into, String... rename) throws IOException {
        Path from = Examples.FOLDER.resolve("region");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                String relative = from.relativize(file).toString();
                for (int i = 0; i < rename.length; i += 2) {
                    if (relative.equals(rename[i]) || relative.startsWith(rename[i] + "/")) {
                        relative = rename[i + 1] + relative.substring(rename[i].length());
                    }
                }
                Path to = into.resolve(relative);
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
        }
        Path region = into.resolve("midori-ken.jzg");
        String text = Files.readString(region, StandardCharsets.UTF_8);
        for (int i = 0; i < rename.length; i += 2) {
            text = text.replace("\"" + rename[i] + "/", "\"" + rename[i + 1] + "/");
        }
        Files.writeString(region, text, StandardCharsets.UTF_8);
        return region;
    }

    private static Region load(Path file) throws Exception {
        return (Region) JinzaiResources.load(file).getContents().get(0);
    }

    @Test
    void membersDrawByTheirIdsSoRenamedFilesGiveTheSameNumbers() throws Exception {
        Region english = load(copy(temp.resolve("en")));
        Region japanese = load(copy(temp.resolve("ja"), "aoba-cho", "あおば町", "izumi-cho", "いずみ町"));
        RegionInput a = RegionRunner.compile(english, 7);
        RegionInput b = RegionRunner.compile(japanese, 7);
        Set<String> keys = new HashSet<>();
        for (int k = 0; k < a.members().size(); k++) {
            assertEquals(a.members().get(k).key(), b.members().get(k).key());
            assertTrue(keys.add(a.members().get(k).key()), "each member its own numbers: " + a.members().get(k).key());
        }
        assertEquals("baseline-aoba-cho/scenario-status-quo", a.members().get(0).key());
        RunOptions options = new RunOptions(20, 7, 2);
        RegionResult x = RegionRunner.run(english, options, org.jinzai.engine.ProgressListener.NONE).pooled();
        RegionResult y = RegionRunner.run(japanese, options, org.jinzai.engine.ProgressListener.NONE).pooled();
        for (int r = 0; r < 20; r++) {
            for (int year = 0; year < 5; year++) {
                assertEquals(x.member(0).targetValue(r, 0, year), y.member(0).targetValue(r, 0, year));
                assertEquals(x.memberCost(3, r, year), y.memberCost(3, r, year));
            }
        }
    }

    @Test
    void aCopiedMemberWithTheSameIdsDrawsOtherNumbers() throws Exception {
        Path file = copy(temp);
        // izumi-cho's folder holds a copy of aoba-cho's files (the same ids)
        for (String name : List.of("aoba-cho.jzb", "status-quo.jzs")) {
            Files.copy(temp.resolve("aoba-cho").resolve(name), temp.resolve("izumi-cho").resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Files.move(temp.resolve("izumi-cho/aoba-cho.jzb"), temp.resolve("izumi-cho/izumi-cho.jzb"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(temp.resolve("izumi-cho/status-quo.jzs"), Files.readString(temp.resolve("izumi-cho/status-quo.jzs"))
                .replace("aoba-cho.jzb#", "izumi-cho.jzb#"));
        Region region = load(file);
        RegionInput input = RegionRunner.compile(region, 7);
        assertEquals("baseline-aoba-cho/scenario-status-quo", input.members().get(0).key());
        assertEquals("baseline-aoba-cho/scenario-status-quo#2", input.members().get(1).key());
        RegionResult result = RegionRunner.run(region, new RunOptions(30, 7, 2), org.jinzai.engine.ProgressListener.NONE).alone();
        boolean differ = false;
        for (int r = 0; r < 30; r++) {
            differ |= result.member(0).flow(r, org.jinzai.engine.SimulationResult.Flow.LEAVERS, 2)
                    != result.member(1).flow(r, org.jinzai.engine.SimulationResult.Flow.LEAVERS, 2);
        }
        assertTrue(differ, "the copy's leavers are not the original's");
    }

    /**
     * A joint course of 10 seats a year instead of the example's, three members asking 5 (the last from the second year
     * only).
     */
    private static RegionCourse jointCourse(Region region, org.jinzai.model.AllocationPolicy policy, int... members) {
        // instead of the example's own joint course
        region.getCourses().clear();
        region.getMembers().forEach(m -> m.getCourseRequests().clear());
        org.jinzai.model.JinzaiFactory f = org.jinzai.model.JinzaiFactory.eINSTANCE;
        RegionCourse course = f.createRegionCourse();
        course.setId("joint-dx");
        course.setName("合同DX基礎研修");
        course.setCourseId("course-dx-basics");
        course.setMonth(6);
        course.setAllocation(policy);
        for (int y = 2026; y <= 2030; y++) {
            org.jinzai.model.YearlyCount seats = f.createYearlyCount();
            seats.setFiscalYear(y);
            seats.setCount(10);
            course.getSeats().add(seats);
        }
        region.getCourses().add(course);
        for (int i = 0; i < members.length; i++) {
            org.jinzai.model.CourseRequest request = f.createCourseRequest();
            request.setCourse(course);
            for (int y = i == members.length - 1 ? 2027 : 2026; y <= 2030; y++) {
                org.jinzai.model.YearlyCount seats = f.createYearlyCount();
                seats.setFiscalYear(y);
                seats.setCount(5);
                request.getSeats().add(seats);
            }
            region.getMembers().get(members[i]).getCourseRequests().add(request);
        }
        return course;
    }

    /** Given seats of the members in a fiscal year offset, in the order of the members asked. */
    private static List<Integer> given(Region region, int year, int... members) {
        List<RegionRunner.JointSeats> seats = RegionRunner.jointSeats(region);
        return java.util.Arrays.stream(members).mapToObj(k -> seats.stream().filter(s -> s.member() == k).findFirst().orElseThrow().given()[year])
                .toList();
    }

    @Test
    void jointCourseSeatsAreSharedByThePolicy() throws Exception {
        Path file = copy(temp);
        for (org.jinzai.model.AllocationPolicy policy : org.jinzai.model.AllocationPolicy.values()) {
            Region region = load(file);
            region.getMembers().get(0).setPriority(2);
            region.getMembers().get(1).setPriority(1);
            // two towns and a city (the largest), the city asking from the second year
            jointCourse(region, policy, 0, 1, 20);
            assertEquals(List.of(5, 5, 0), given(region, 0, 0, 1, 20), "the first year: 10 asked of 10 seats");
            List<Integer> second = given(region, 1, 0, 1, 20);
            switch (policy) {
                case PRIORITY, SMALLEST_FIRST, FIRST_COME -> assertEquals(List.of(5, 5, 0), second, policy.toString());
                case PROPORTIONAL -> assertEquals(List.of(4, 3, 3), second, policy.toString());
            }
        }
        // who asked first keeps it: the city asking from the first year, the towns from the second
        Region region = load(file);
        jointCourse(region, org.jinzai.model.AllocationPolicy.FIRST_COME, 20, 0, 1);
        assertEquals(List.of(5, 5, 0), given(region, 1, 20, 0, 1));
        // by priority, the second town first
        region = load(file);
        region.getMembers().get(1).setPriority(0 + 1);
        region.getMembers().get(0).setPriority(3);
        jointCourse(region, org.jinzai.model.AllocationPolicy.PRIORITY, 0, 1, 2);
        assertEquals(List.of(0, 5, 5), given(region, 1, 0, 1, 2));
    }

    /** More seats never lower a member's trained staff, replication by replication; a member given none runs as alone. */
    @Test
    void jointSeatsNeverLowerTheTrained() throws Exception {
        Region region = load(copy(temp));
        jointCourse(region, org.jinzai.model.AllocationPolicy.PRIORITY, 0, 1, 2);
        var run = RegionRunner.run(region, new RunOptions(30, 7, 2), org.jinzai.engine.ProgressListener.NONE);
        int target = 5; // DX基礎研修 受講率
        assertEquals("target-dx-basics", run.input().members().get(0).input().targets().get(target).id());
        boolean more = false;
        for (int r = 0; r < 30; r++) {
            for (int y = 0; y < 5; y++) {
                for (int k = 0; k < 3; k++) {
                    double alone = run.alone().member(k).targetValue(r, target, y);
                    double pooled = run.pooled().member(k).targetValue(r, target, y);
                    if (Double.isFinite(alone)) {
                        assertTrue(pooled >= alone - 1e-12, "member " + k + " r" + r + " y" + y);
                        more |= pooled > alone + 1e-12;
                    }
                }
                assertEquals(run.alone().member(5).flow(r, org.jinzai.engine.SimulationResult.Flow.TRAININGS, y),
                        run.pooled().member(5).flow(r, org.jinzai.engine.SimulationResult.Flow.TRAININGS, y), "a member that asks nothing");
            }
        }
        assertTrue(more, "the seats train more");
    }

    @Test
    void theValidatorSaysARegionsMistakesInThePlannersWords() throws Exception {
        Path file = copy(temp);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        // the same member twice; a request counted as a persona of another member's baseline; days out of bounds
        text = text.replace("<members scenario=\"izumi-cho/status-quo.jzs#scenario-status-quo\">",
                "<members scenario=\"aoba-cho/status-quo.jzs#scenario-status-quo\">");
        text = text.replace("persona=\"umibe-cho/umibe-cho.jzb#persona-is-officer\"", "persona=\"kawase-cho/kawase-cho.jzb#persona-is-officer\"");
        text = text.replaceFirst("<days fiscalYear=\"2026\" count=\"1\"/>", "<days fiscalYear=\"2026\" count=\"100000\"/>");
        text = text.replace("<pools ", "<pools daysPerWeek=\"6\" ");
        // a secondment of staff of another member's persona, for 0 years
        text = text.replaceFirst("</members>", "<secondments pool=\"pool-prefecture\" persona=\"kawase-cho/kawase-cho.jzb#persona-is-officer\" termYears=\"0\">"
                + "<staff fiscalYear=\"2026\" count=\"1\"/></secondments></members>");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Resource resource = JinzaiResources.load(file);
        List<String> messages = JinzaiValidator.validateWithReferences(resource).getChildren().stream()
                .filter(d -> d.getSeverity() >= Diagnostic.ERROR).map(Diagnostic::getMessage).toList();
        String all = String.join("\n", messages);
        assertTrue(all.contains("is a member twice") || all.contains("2回参加"), all);
        assertTrue(all.contains("another baseline") || all.contains("別の基礎データ"), all);
        assertTrue(all.contains("100000") || all.contains("100,000"), all);
        assertTrue(messages.stream().anyMatch(m -> m.contains("6") && (m.contains("Days a Week Each") || m.contains("1人あたりの週勤務日数"))), all);
        assertTrue(messages.stream().anyMatch(m -> m.contains("kawase-cho") || m.contains("かわせ町")), all);
        assertTrue(messages.stream().anyMatch(m -> m.contains("0") && (m.contains("Term (years)") || m.contains("任期"))), all);
        assertTrue(messages.stream().noneMatch(m -> m.contains("org.jinzai") || m.contains("Exception")), all);
        // a region without members
        Files.writeString(file, text.replaceAll("(?s)<members .*?</members>", ""), StandardCharsets.UTF_8);
        String empty = String.join("\n", JinzaiValidator.validateWithReferences(JinzaiResources.load(file)).getChildren().stream()
                .filter(d -> d.getSeverity() >= Diagnostic.ERROR).map(Diagnostic::getMessage).toList());
        assertTrue(empty.contains("Member Municipalities") || empty.contains("連携自治体"), empty);
    }
}
