package org.skema.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.skema.ScenarioBuilder;

/**
 * Course C: config 1 with lectures L1, L2 and exercise E1 (parent L1), config 2 with W1 and W2.
 * Course D: one config with X1. Three students request both courses.
 */
class EnrolmentsTest {
    private final Problem problem;
    private final Course c;
    private final Course d;

    EnrolmentsTest() {
        ProblemBuilder b = new ProblemBuilder("enrolments", ScenarioBuilder.TWO_WEEKS);
        c = b.addCourse("C", null);
        d = b.addCourse("D", null);
        Config first = b.addConfig(c, "1");
        Subpart lectures = b.addSubpart(first, "L", null);
        section(b, lectures, "L1", null);
        section(b, lectures, "L2", null);
        section(b, b.addSubpart(first, "E", null), "E1", "L1");
        Subpart workshops = b.addSubpart(b.addConfig(c, "2"), "W", null);
        section(b, workshops, "W1", null);
        section(b, workshops, "W2", null);
        section(b, b.addSubpart(b.addConfig(d, "1"), "X", null), "X1", null);
        for (int i = 0; i < 3; i++) {
            b.addStudent("S" + i, null, List.of(c, d), List.of());
        }
        problem = b.build();
    }

    private static void section(ProblemBuilder b, Subpart subpart, String id, String parent) {
        TimeOption time = new TimeOption(new TimePattern(1, 1, 96, 12), 0);
        b.addSection(subpart, id, null, 10, parent, List.of(), false, Set.of(), List.of(time), List.of());
    }

    private List<Section> sections(String... ids) {
        List<Section> sections = new ArrayList<>();
        for (String id : ids) {
            sections.add(problem.section(id));
        }
        return sections;
    }

    private Student student(int index) {
        return problem.students().get(index);
    }

    private Enrolments enrolments(List<Section> first, List<Section> second, List<Section> third) {
        return Enrolments.of(List.of(first, second, third));
    }

    @Test
    void aCopyIsImmutableAndDetachedFromItsSource() {
        List<Section> attended = sections("L1", "E1");
        List<List<Section>> source = new ArrayList<>(List.of(attended, sections(), sections()));
        Enrolments enrolments = Enrolments.of(source);
        attended.add(problem.section("X1"));
        source.set(1, sections("W1"));

        assertThat(enrolments.of(student(0))).extracting(Section::id).containsExactly("L1", "E1");
        assertThat(enrolments.of(student(1))).isEmpty();
        assertThatThrownBy(() -> enrolments.of(student(0)).add(problem.section("X1")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> {
            var all = enrolments.iterator();
            all.next();
            all.remove();
        }).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void eachStudentsSectionsAreInSectionOrderWithoutDuplicates() {
        Enrolments enrolments = enrolments(sections("X1", "E1", "L1", "E1"), sections("W2", "W1"), sections());

        assertThat(enrolments.size()).isEqualTo(3);
        assertThat(enrolments.get(0)).extracting(Section::id).containsExactly("L1", "E1", "X1");
        assertThat(enrolments.of(student(1))).extracting(Section::id).containsExactly("W1", "W2");
        assertThat(enrolments.stream().map(List::size)).containsExactly(3, 2, 0);
    }

    @Test
    void sectionsOfACourseAndTheirConfig() {
        Enrolments enrolments = enrolments(sections("X1", "E1", "L1"), sections("W2", "L1", "W1"), sections("X1"));
        Config first = c.configs().get(0);
        Config second = c.configs().get(1);

        assertThat(enrolments.sectionsOf(student(0), c)).extracting(Section::id).containsExactly("L1", "E1");
        assertThat(enrolments.sectionsOf(student(0), d)).extracting(Section::id).containsExactly("X1");
        assertThat(enrolments.configOf(student(0), c)).isSameAs(first);
        assertThat(enrolments.configOf(student(0), d)).isSameAs(d.configs().get(0));
        // sections of two configs: the one holding most of them is theirs
        assertThat(enrolments.configOf(student(1), c)).isSameAs(second);
        assertThat(enrolments.sectionsOf(student(2), c)).isEmpty();
        assertThat(enrolments.configOf(student(2), c)).isNull();
    }

    @Test
    void aTieBetweenConfigsGoesToTheFirst() {
        Enrolments enrolments = enrolments(sections("W1", "L2"), sections(), sections());

        assertThat(enrolments.configOf(student(0), c)).isSameAs(c.configs().get(0));
    }

    @Test
    void countsStudentsPerSection() {
        Enrolments enrolments = enrolments(sections("L1", "E1", "E1"), sections("L1", "X1"), sections("X1", "W1"));

        int[] counts = enrolments.counts(problem);
        assertThat(counts).hasSize(problem.sections().size());
        for (Section section : problem.sections()) {
            int expected = switch (section.id()) {
                case "L1", "X1" -> 2;
                case "E1", "W1" -> 1;
                default -> 0;
            };
            assertThat(counts[section.index()]).as(section.id()).isEqualTo(expected);
        }
    }

    @Test
    void equalByContent() {
        Enrolments enrolments = enrolments(sections("L1", "E1"), sections("X1"), sections());
        Enrolments sameSets = enrolments(sections("E1", "L1", "E1"), sections("X1"), sections());
        Enrolments other = enrolments(sections("L1", "E1"), sections(), sections("X1"));

        assertThat(enrolments).isEqualTo(sameSets).hasSameHashCodeAs(sameSets).isNotEqualTo(other);
        assertThat(Enrolments.none(problem)).isEqualTo(enrolments(sections(), sections(), sections()));
    }
}
