package org.skema.sectioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.skema.ScenarioBuilder;
import org.skema.model.Course;
import org.skema.model.Enrolments;
import org.skema.model.ObjectiveWeights;
import org.skema.model.Problem;
import org.skema.model.ProblemBuilder;
import org.skema.model.Rule;
import org.skema.model.Section;
import org.skema.model.SectioningRules;
import org.skema.model.Subpart;
import org.skema.model.TimeOption;
import org.skema.model.TimePattern;

/**
 * Course C: lectures L1 and L2 (10 seats each), exercise E1 (1 seat, parent L1) and E2 (10 seats,
 * parent L2). Course D: config 1 with X1 (2 seats), config 2 with Y1 (1 seat).
 */
class GreedySectionerTest {
    private final ProblemBuilder b = new ProblemBuilder("sectioner", ScenarioBuilder.TWO_WEEKS)
            .weights(ObjectiveWeights.faculty());
    private final Course c = b.addCourse("C", null);
    private final Course d = b.addCourse("D", null);

    GreedySectionerTest() {
        var config = b.addConfig(c, "1");
        Subpart lectures = b.addSubpart(config, "L", null);
        Subpart exercises = b.addSubpart(config, "E", null);
        section(lectures, "L1", 10, null);
        section(lectures, "L2", 10, null);
        section(exercises, "E1", 1, "L1");
        section(exercises, "E2", 10, "L2");
        section(b.addSubpart(b.addConfig(d, "1"), "X", null), "X1", 2, null);
        section(b.addSubpart(b.addConfig(d, "2"), "Y", null), "Y1", 1, null);
    }

    private void section(Subpart subpart, String id, int limit, String parent) {
        TimeOption time = new TimeOption(new TimePattern(1, 1, 96, 12), 0);
        b.addSection(subpart, id, null, limit, parent, List.of(), false, Set.of(), List.of(time), List.of());
    }

    private static List<List<String>> ids(Enrolments enrolments) {
        return enrolments.stream().map(list -> list.stream().map(Section::id).toList()).toList();
    }

    @Test
    void passesOverALectureWhoseExercisesAreFull() {
        for (int i = 0; i < 3; i++) {
            b.addStudent("S" + i, null, List.of(c), List.of());
        }
        Problem problem = b.build();
        Enrolments enrolments = new GreedySectioner().section(problem);
        // the third student would get L1 (emptiest lecture, first on a tie), but E1 is full
        assertThat(ids(enrolments)).containsExactly(List.of("L1", "E1"), List.of("L2", "E2"), List.of("L2", "E2"));
        assertThat(SectioningRules.flaws(problem, enrolments)).isEmpty();
    }

    @Test
    void fillsTheOtherConfigAndGoesOverALimitOnlyWhenNothingIsLeft() {
        for (int i = 0; i < 4; i++) {
            b.addStudent("S" + i, null, List.of(d), List.of());
        }
        Problem problem = b.build();
        Enrolments enrolments = new GreedySectioner().section(problem);
        assertThat(ids(enrolments)).containsExactly(List.of("X1"), List.of("X1"), List.of("Y1"), List.of("X1"));
        assertThat(SectioningRules.flaws(problem, enrolments)).singleElement()
                .satisfies(flaw -> assertThat(flaw.rule()).isEqualTo(Rule.CLASS_LIMIT))
                .satisfies(flaw -> assertThat(flaw.units()).isOne());
    }

    @Test
    void keepsFixedSectionsAndAddsTheirParents() {
        b.addStudent("S0", null, List.of(c, d), List.of(b.section("E2"), b.section("Y1")));
        b.addStudent("S1", null, List.of(c), List.of(b.section("E1")));
        b.addStudent("S2", null, List.of(c), List.of(b.section("E1")));
        Problem problem = b.build();
        Enrolments enrolments = new GreedySectioner().section(problem);
        assertThat(ids(enrolments)).containsExactly(List.of("L2", "E2", "Y1"), List.of("L1", "E1"), List.of("L1", "E1"));
        // a fixed choice wins over the limit
        assertThat(SectioningRules.flaws(problem, enrolments)).extracting(SectioningRules.Flaw::message)
                .containsExactly("section E1 has 2 students, over its limit of 1");
    }
}
