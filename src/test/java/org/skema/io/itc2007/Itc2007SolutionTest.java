package org.skema.io.itc2007;

import org.skema.evaluate.Ud2Score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.skema.io.itc2007.Itc2007Files.TINY;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skema.TinyProblem;
import org.skema.evaluate.Evaluation;
import org.skema.evaluate.Evaluator;
import org.skema.io.Formats;
import org.skema.io.InputException;
import org.skema.io.OutputException;
import org.skema.io.SolutionFile;
import org.skema.model.Assignment;
import org.skema.model.Enrolments;
import org.skema.model.ObjectiveWeights;
import org.skema.model.Problem;
import org.skema.model.Rule;
import org.skema.model.Section;
import org.skema.model.Solution;
import org.skema.sectioning.GreedySectioner;

class Itc2007SolutionTest {
    @TempDir
    Path dir;

    private Problem problem;

    @BeforeEach
    void readProblem() {
        problem = Formats.readProblem(Itc2007Files.write(dir, "tiny.ctt", TINY));
    }

    private SolutionFile read(String text) {
        return Formats.readSolution(Itc2007Files.write(dir, "tiny.sol", text), problem);
    }

    private Assignment of(SolutionFile file, String sectionId) {
        return file.assignments().get(problem.section(sectionId).index());
    }

    @Test
    void linesFillEachCourseSectionsInOrderAndTheRestStayUnplaced() {
        SolutionFile file = read("c2 rB 1 2\nc1 rA 0 1\n\n c1\trA 2 0 \r\nc2 rA 0 0\n");
        assertThat(file.hasEnrolments()).isTrue();
        assertThat(file.enrolments()).isEmpty();
        assertThat(of(file, "c1-L1").time().pattern()).isEqualTo(CttPeriods.pattern(0, 1));
        assertThat(of(file, "c1-L2").time().pattern()).isEqualTo(CttPeriods.pattern(2, 0));
        assertThat(of(file, "c1-L3").isPlaced()).isFalse();
        assertThat(of(file, "c2-L1").time().pattern()).isEqualTo(CttPeriods.pattern(1, 2));
        assertThat(of(file, "c2-L1").roomOrNull()).isSameAs(problem.room("rB"));
        assertThat(of(file, "c2-L2").roomOrNull()).isSameAs(problem.room("rA"));
        assertThat(file.toSolution(Enrolments::none).placedCount()).isEqualTo(4);
    }

    @Test
    void aSecondLineForACourseInAPeriodItHoldsIsDroppedAsTheValidatorDoes() {
        SolutionFile file = read("c2 rA 1 1\nc2 rB 1 1\n");
        assertThat(of(file, "c2-L1").roomOrNull()).isSameAs(problem.room("rA"));
        assertThat(of(file, "c2-L2").isPlaced()).isFalse();
        Evaluation evaluation = new Evaluator().evaluate(file.toSolution(Enrolments::none));
        assertThat(evaluation.violations(Rule.ROOM_CONFLICT)).isEmpty();
        assertThat(evaluation.unplacedSections()).isEqualTo(problem.sections().size() - 1);
    }

    @Test
    void lecturesOfOneCourseInOnePeriodCannotBeReadButAreATeacherClashWhenPlacedSo() {
        Section first = problem.section("c1-L1");
        Section second = problem.section("c1-L2");
        List<Assignment> assignments = new ArrayList<>();
        for (Section section : problem.sections()) {
            boolean clash = section == first || section == second;
            assignments.add(clash ? new Assignment(section, section.times().get(0), section.rooms().get(
                    section == first ? 0 : 1)) : Assignment.unplaced(section));
        }
        Evaluation evaluation = new Evaluator().evaluate(new Solution(problem, assignments, Enrolments.none(problem)));
        assertThat(evaluation.unitsPerRule().get(Rule.TEACHER_CONFLICT)).isEqualTo(1);
        assertThat(evaluation.unitsPerRule().get(Rule.CURRICULUM_CONFLICT)).isEqualTo(1);
    }

    @Test
    void roomsMayBeNamedWithoutTheirPrefixAsInTheUdineCopies() {
        assertThat(of(read("c3 A 0 0\n"), "c3-L1").roomOrNull()).isSameAs(problem.room("rA"));
    }

    @Test
    void badLinesNameTheLineAndTheField() {
        assertError("c1 rA 0 1\nc9 rA 0 0\n", ":2: course: unknown course 'c9'");
        assertError("c1 rC 0 1\n", ":1: room: unknown room 'rC'");
        assertError("c1 rA 3 0\n", ":1: day: day must be from 0 to 2, got 3");
        assertError("c1 rA -1 0\n", ":1: day: day must be from 0 to 2, got -1");
        assertError("c1 rA 0 3\n", ":1: period: period must be from 0 to 2, got 3");
        assertError("c1 rA 0 x\n", ":1: period: period must be a whole number, got \"x\"");
        assertError("c1 rA 0\n", ":1: expected 4 fields \"<course> <room> <day> <period>\", got 3");
        assertError("c4 rA 0 0\nc4 rA 0 1\n", ":2: course: course c4 has 1 lecture(s), and this line would be lecture 2");
        assertError("c1 rA 0 0\n", ":1: day: course c1 cannot be taught on day 0, period 0 (the problem makes it"
                + " unavailable then)");
    }

    private void assertError(String text, String expected) {
        Path file = Itc2007Files.write(dir, "bad.sol", text);
        assertThatThrownBy(() -> Formats.readSolution(file, problem)).isInstanceOf(InputException.class)
                .hasMessage(file + expected);
    }

    @Test
    void writingAndReadingBackKeepsEveryPlacement() throws IOException {
        SolutionFile original = read("c1 rA 0 1\nc1 rB 1 0\nc2 rA 2 2\nc4 rB 2 1\n");
        Solution solution = original.toSolution(Enrolments::none);
        Path written = dir.resolve("out.sol");
        Formats.writeSolution(solution, Map.of("score", "ignored"), written, false);
        assertThat(Files.readString(written)).isEqualTo("c1 rA 0 1\nc1 rB 1 0\nc2 rA 2 2\nc4 rB 2 1\n");
        assertThat(Formats.readSolution(written, problem).assignments()).isEqualTo(original.assignments());
        assertThatThrownBy(() -> Formats.writeSolution(solution, Map.of(), written, false))
                .isInstanceOf(OutputException.class).hasMessageContaining("already exists");
    }

    @Test
    void timesThatAreNotPeriodsCannotBeWrittenAndNothingIsLeftBehind() {
        Problem faculty = TinyProblem.courses(2, ObjectiveWeights.faculty());
        List<Assignment> assignments = faculty.sections().stream()
                .map(s -> new Assignment(s, s.times().get(0), s.rooms().isEmpty() ? null : s.rooms().get(0))).toList();
        Solution solution = new Solution(faculty, assignments, new GreedySectioner().section(faculty));
        Path target = dir.resolve("faculty.sol");
        assertThatThrownBy(() -> Formats.writeSolution(solution, Map.of(), target, false))
                .isInstanceOf(OutputException.class)
                .hasMessageContaining("its time is not an ITC 2007 period; .sol files hold timetables of .ctt problems only");
        assertThat(target).doesNotExist();
    }

    @Test
    void ud2ComponentsAreTheWeightedUnitsOfTheFourRules() {
        SolutionFile file = read("""
                c1 rA 0 1
                c1 rA 1 0
                c1 rB 1 1
                c2 rB 0 2
                c2 rB 2 0
                c3 rA 2 1
                c3 rA 0 0
                c4 rB 1 2
                """);
        Evaluation evaluation = new Evaluator().evaluate(file.toSolution(Enrolments::none));
        Ud2Score ud2 = Ud2Score.of(evaluation);
        assertThat(ud2.feasible()).isTrue();
        // capacity: c1 40 in rA (30) twice and rB (20) once, c2 25 in rB twice, c4 35 in rB once;
        // c1 meets on 2 of 3 days; isolated: q1 c2 on day 2, q2 c2 and c3 on day 0 and c4 on day 1;
        // c1 uses two rooms
        assertThat(ud2.costs()).containsExactly(Map.entry("RoomCapacity", 10L + 10 + 20 + 5 + 5 + 15),
                Map.entry("MinWorkingDays", 5L), Map.entry("CurriculumCompactness", 2L * 4),
                Map.entry("RoomStability", 1L));
        assertThat(ud2.total()).isEqualTo(79).isEqualTo(evaluation.soft());
        assertThat(ud2.text()).isEqualTo(
                "UD2 (ITC 2007): 79 = RoomCapacity 65 + MinWorkingDays 5 + CurriculumCompactness 8 + RoomStability 1");
        assertThat(Ud2Score.of(new Evaluator().evaluate(read("c2 rA 0 0\n").toSolution(Enrolments::none))).text())
                .endsWith("(infeasible: the validator would report hard violations)");
    }

    @Test
    void ud2JudgesALectureWithATimeButNoRoomUnplacedAsItsMissingLineWould() {
        Solution read = read("c2 rA 0 0\nc2 rA 0 1\n").toSolution(Enrolments::none);
        List<Assignment> assignments = new ArrayList<>(read.assignments());
        Section halfPlaced = problem.section("c3-L1");
        assignments.set(halfPlaced.index(), new Assignment(halfPlaced, halfPlaced.times().get(2), null));
        Evaluation evaluation = new Evaluator().evaluate(new Solution(problem, assignments, Enrolments.none(problem)));
        // the Evaluator sees c3-L1 on day 0, period 2, right after c2 in q2: c1, c2, c3, c4 miss 3, 1, 1, 1 days
        assertThat(evaluation.soft()).isEqualTo(5L * (3 + 1 + 1 + 1));
        // a .sol file would have no line for it: c3 then misses both its days
        assertThat(Ud2Score.of(evaluation).costs()).containsEntry("MinWorkingDays", 5L * (3 + 1 + 2 + 1))
                .containsEntry("CurriculumCompactness", 0L);
    }
}
