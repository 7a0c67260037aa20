package org.skema.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skema.constraints.ConstraintFixtures.assertRule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.skema.ScenarioBuilder.Scenario;
import org.skema.ScenarioBuilder;
import org.skema.constraints.ConstraintFixtures.RuleAssertion;
import org.skema.model.Assignment;
import org.skema.model.Config;
import org.skema.model.Course;
import org.skema.model.Enrolments;
import org.skema.model.ObjectiveWeights;
import org.skema.model.Problem;
import org.skema.model.ProblemBuilder;
import org.skema.model.Rule;
import org.skema.model.Section;
import org.skema.model.SectioningRules;
import org.skema.model.Solution;
import org.skema.model.Subpart;
import org.skema.model.TimeOption;
import org.skema.model.TimePattern;
import org.skema.solver.domain.TimetableMapper;

/**
 * The hard sectioning rules (ITC 2019 §5.5). Course C has config 1 with lectures L1, L2 and
 * exercises E1, E2 (parent L1) and E3 (parent L2), and config 2 with one workshop W1; course D has
 * one section X1. Placements do not matter to these rules, so every section stays unplaced.
 */
class SectioningConstraintsTest {
    private final ProblemBuilder b = new ProblemBuilder("sectioning", ScenarioBuilder.TWO_WEEKS)
            .weights(ObjectiveWeights.itc2019(1, 1, 1, 1));
    private final Course c = b.addCourse("C", null);
    private final Course d = b.addCourse("D", null);
    private final List<List<String>> enrolments = new ArrayList<>();
    private final List<List<Course>> requests = new ArrayList<>();

    SectioningConstraintsTest() {
        Config one = b.addConfig(c, "1");
        Subpart lectures = b.addSubpart(one, "L", null);
        Subpart exercises = b.addSubpart(one, "E", null);
        Subpart workshops = b.addSubpart(b.addConfig(c, "2"), "W", null);
        Subpart other = b.addSubpart(b.addConfig(d, "1"), "X", null);
        section(lectures, "L1", 2, null);
        section(lectures, "L2", 10, null);
        section(exercises, "E1", 1, "L1");
        section(exercises, "E2", 10, "L1");
        section(exercises, "E3", 10, "L2");
        section(workshops, "W1", 10, null);
        section(other, "X1", 10, null);
    }

    private void section(Subpart subpart, String id, int limit, String parent) {
        TimeOption time = new TimeOption(new TimePattern(1, 1, 96, 12), 0);
        b.addSection(subpart, id, null, limit, parent, List.of(), false, Set.of(), List.of(time), List.of());
    }

    /** A student who requests course C only and attends the named sections. */
    private void student(String... sections) {
        studentRequesting(List.of(c), sections);
    }

    private void studentRequesting(List<Course> courses, String... sections) {
        requests.add(courses);
        enrolments.add(Arrays.asList(sections));
    }

    private Scenario scenario() {
        for (int i = 0; i < requests.size(); i++) {
            b.addStudent("S" + i, null, requests.get(i), List.of());
        }
        Problem problem = b.build();
        Enrolments enrolled = Enrolments.of(enrolments.stream()
                .map(ids -> ids.stream().map(problem::section).toList()).toList());
        Solution solution = new Solution(problem, problem.sections().stream().map(Assignment::unplaced).toList(),
                enrolled);
        return new Scenario(problem, enrolled, solution, TimetableMapper.toTimetable(problem, enrolled, solution));
    }

    private RuleAssertion verify(Rule rule) {
        return assertRule(rule, scenario());
    }

    @Nested
    class Structure {
        @Test
        void aLectureWithOneOfItsExercisesIsValid() {
            student("L1", "E1");
            student("L2", "E3");
            student("W1");
            student("L1", "E2", "E2"); // a section listed twice is attended once
            verify(Rule.SECTIONING_STRUCTURE).hasNoImpact();
        }

        @Test
        void aSubpartWithoutSectionCounts() {
            student("L1");
            verify(Rule.SECTIONING_STRUCTURE).penalizesBy(1);
        }

        @Test
        void anExerciseWhoseParentLectureIsNotAttendedCounts() {
            student("L1", "E3");
            verify(Rule.SECTIONING_STRUCTURE).penalizesBy(1);
        }

        @Test
        void eachExtraSectionOfOneSubpartCounts() {
            student("L1", "E1", "E2");
            verify(Rule.SECTIONING_STRUCTURE).penalizesBy(1);
        }

        @Test
        void aSectionOfAnotherConfigCounts() {
            student("L1", "E1", "W1");
            verify(Rule.SECTIONING_STRUCTURE).penalizesBy(1);
        }

        @Test
        void aRequestedCourseWithoutAnySectionCountsOnce() {
            student();
            verify(Rule.SECTIONING_STRUCTURE).penalizesBy(1);
        }

        @Test
        void aSectionOfACourseNotRequestedCounts() {
            student("L1", "E1", "X1");
            studentRequesting(List.of(c, d), "L1", "E2", "X1");
            verify(Rule.SECTIONING_STRUCTURE).penalizesBy(1);
        }

        @Test
        void brokenRequirementsAddUpPerStudent() {
            // lectures: one too many (1); exercises: two too many (2); W1 of config 2 (1); E3 without L2 is fine
            student("L1", "L2", "E1", "E2", "E3", "W1");
            student("L1");
            student("L1");
            verify(Rule.SECTIONING_STRUCTURE).penalizesBy(4 + 1 + 1).matches(5);
        }
    }

    @Nested
    class ClassLimit {
        @Test
        void sectionsUpToTheirLimitAreFine() {
            student("L1", "E1");
            student("L1", "E2");
            verify(Rule.CLASS_LIMIT).hasNoImpact();
        }

        @Test
        void everyStudentOverALimitCounts() {
            student("L1", "E1");
            student("L1", "E1");
            student("L1", "E1");
            // L1 holds 3 of 2, E1 3 of 1
            verify(Rule.CLASS_LIMIT).penalizesBy(1 + 2).matches(2);
        }

        @Test
        void aStudentListedTwiceInASectionIsOneStudent() {
            student("L1", "E1", "E1");
            verify(Rule.CLASS_LIMIT).hasNoImpact();
        }

        @Test
        void theEvaluatorNamesTheSectionAndItsStudents() {
            student("L1", "E2");
            student("L1", "E2");
            student("L1", "E2");
            Scenario scenario = scenario();
            var flaws = SectioningRules.flaws(scenario.problem(), scenario.enrolments());
            assertThat(flaws).singleElement().satisfies(flaw -> {
                assertThat(flaw.rule()).isEqualTo(Rule.CLASS_LIMIT);
                assertThat(flaw.sections()).extracting(Section::id).containsExactly("L1");
                assertThat(flaw.students()).hasSize(3);
                assertThat(flaw.message()).isEqualTo("section L1 has 3 students, over its limit of 2");
            });
        }
    }
}
