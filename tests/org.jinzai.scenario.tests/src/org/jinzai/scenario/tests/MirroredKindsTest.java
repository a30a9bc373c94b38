package org.jinzai.scenario.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Enumerator;
import org.jinzai.engine.SimulationInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine (no EMF) mirrors five of the model's enumerations, and the scenario compiler maps them by name: a kind
 * added on one side only would fail at the first run that meets it (valueOf), or never be reachable. Each pair must
 * name the same kinds, and both give each target kind the same unit and the same required reference.
 */
class MirroredKindsTest {

    static Stream<Arguments> pairs() {
        return Stream.of(
                Arguments.of("DepartmentKind", org.jinzai.model.DepartmentKind.VALUES, SimulationInput.DepartmentKind.values()),
                Arguments.of("EmploymentType", org.jinzai.model.EmploymentType.VALUES, SimulationInput.Employment.values()),
                Arguments.of("TargetKind", org.jinzai.model.TargetKind.VALUES, SimulationInput.TargetKind.values()),
                Arguments.of("TargetScope", org.jinzai.model.TargetScope.VALUES, SimulationInput.TargetScope.values()),
                Arguments.of("ChannelKind", org.jinzai.model.ChannelKind.VALUES, SimulationInput.ChannelKind.values()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void theEngineNamesTheSameKindsAsTheModel(String what, List<? extends Enumerator> model, Enum<?>[] engine) {
        Set<String> modelNames = model.stream().map(Enumerator::getName).collect(Collectors.toCollection(TreeSet::new));
        Set<String> engineNames = Arrays.stream(engine).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(modelNames, engineNames, what);
    }

    @org.junit.jupiter.api.Test
    void bothSidesGiveEachTargetKindTheSameUnit() {
        for (org.jinzai.model.TargetKind kind : org.jinzai.model.TargetKind.VALUES) {
            SimulationInput.TargetKind mirror = SimulationInput.TargetKind.valueOf(kind.getName());
            assertEquals(org.jinzai.model.util.Targets.unit(kind).name(), mirror.unit().name(), kind.getName());
            assertEquals(org.jinzai.model.util.Targets.isShareKind(kind), mirror.share(), kind.getName());
        }
        // and there are shares and counts
        assertEquals(Set.of(true, false), Arrays.stream(SimulationInput.TargetKind.values()).map(SimulationInput.TargetKind::share)
                .collect(Collectors.toSet()));
    }

    @org.junit.jupiter.api.Test
    void whatATargetMustNameFollowsWhatItsKindCounts() {
        for (org.jinzai.model.TargetKind kind : org.jinzai.model.TargetKind.VALUES) {
            String expected = switch (SimulationInput.TargetKind.valueOf(kind.getName()).counted()) {
                case STEP -> "PERSONA";
                case COURSE -> "COURSE";
                case HIRES -> "NOTHING";
            };
            assertEquals(expected, org.jinzai.model.util.Targets.needs(kind).name(), kind.getName());
        }
    }
}
