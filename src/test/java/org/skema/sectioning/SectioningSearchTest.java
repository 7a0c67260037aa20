package org.skema.sectioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.skema.TinyProblem;
import org.skema.evaluate.Evaluation;
import org.skema.evaluate.Evaluator;
import org.skema.model.Assignment;
import org.skema.model.Enrolments;
import org.skema.model.ObjectiveWeights;
import org.skema.model.Problem;
import org.skema.model.ProblemBuilder;
import org.skema.model.Rule;
import org.skema.model.Section;
import org.skema.model.Solution;
import org.skema.model.Subpart;
import org.skema.model.TimeOption;

/** The sectioning local search: fewer student conflicts, never a broken limit, structure or fixed choice. */
class SectioningSearchTest {
    private static final Problem TINY = TinyProblem.courses(6, ObjectiveWeights.itc2019(1, 1, 1, 1));

    @Test
    void aSwapRemovesAConflictWhereNoSeatIsFree() {
        ProblemBuilder b = builder("swap");
        Subpart x = oneSubpart(b, "X");
        Section x1 = roomless(b, x, "X1", 1, TinyProblem.at(0, 8, 15, 90));
        Section x2 = roomless(b, x, "X2", 1, TinyProblem.at(1, 8, 15, 90));
        Subpart y = oneSubpart(b, "Y");
        Section y1 = roomless(b, y, "Y1", 10, TinyProblem.at(0, 8, 15, 90));
        b.addStudent("A", null, List.of(b.course("X"), b.course("Y")), List.of());
        b.addStudent("B", null, List.of(b.course("X")), List.of());
        Problem problem = b.build();
        Solution start = new Solution(problem, firstTimes(problem), Enrolments.of(List.of(List.of(x1, y1), List.of(x2))));
        assertThat(conflicts(start)).isEqualTo(1);

        Enrolments searched = SectioningSearch.forConflicts(start, 1).run(Long.MAX_VALUE, 10_000);

        assertThat(searched).isEqualTo(Enrolments.of(List.of(List.of(x2, y1), List.of(x1))));
    }

    @Test
    void onRandomTimetablesConflictsNeverRiseAndNoOtherRuleChanges() {
        Enrolments greedy = new GreedySectioner().section(TINY);
        int improved = 0;
        for (int seed = 0; seed < 30; seed++) {
            Solution before = new Solution(TINY, randomPlacement(TINY, new Random(seed)), greedy);
            Solution after = new Solution(TINY, before.assignments(),
                    SectioningSearch.forConflicts(before, seed).run(Long.MAX_VALUE, 20_000));
            Evaluation was = new Evaluator().evaluate(before);
            Evaluation is = new Evaluator().evaluate(after);
            assertThat(conflicts(after)).as("seed " + seed).isLessThanOrEqualTo(conflicts(before));
            assertThat(is.violations(Rule.CLASS_LIMIT)).as("seed " + seed).isEmpty();
            assertThat(is.violations(Rule.SECTIONING_STRUCTURE)).as("seed " + seed).isEmpty();
            assertThat(is.soft() - conflicts(after)).as("nothing but student conflicts changes")
                    .isEqualTo(was.soft() - conflicts(before));
            if (conflicts(after) < conflicts(before)) {
                improved++;
            }
        }
        assertThat(improved).isPositive();
    }

    @Test
    void studentsLeaveAnOverfullSectionForAFreeSeat() {
        ProblemBuilder b = builder("full");
        Subpart x = oneSubpart(b, "X");
        Section x1 = roomless(b, x, "X1", 1, TinyProblem.at(0, 8, 15, 90));
        Section x2 = roomless(b, x, "X2", 1, TinyProblem.at(1, 8, 15, 90));
        b.addStudent("A", null, List.of(b.course("X")), List.of());
        b.addStudent("B", null, List.of(b.course("X")), List.of());
        Problem problem = b.build();
        Solution start = new Solution(problem, firstTimes(problem), Enrolments.of(List.of(List.of(x1), List.of(x1))));

        Enrolments searched = SectioningSearch.forConflicts(start, 1).run(Long.MAX_VALUE, 10_000);

        assertThat(searched.counts(problem)).containsExactly(1, 1);
        assertThat(new Evaluator().evaluate(new Solution(problem, start.assignments(), searched)).hard()).isZero();
        assertThat(x2.limit()).isEqualTo(1);
    }

    @Test
    void fixedSectionsStayWhereTheyAre() {
        ProblemBuilder b = builder("fixed");
        Subpart x = oneSubpart(b, "X");
        Section x1 = roomless(b, x, "X1", 5, TinyProblem.at(0, 8, 15, 90));
        roomless(b, x, "X2", 5, TinyProblem.at(1, 8, 15, 90));
        Subpart y = oneSubpart(b, "Y");
        Section y1 = roomless(b, y, "Y1", 5, TinyProblem.at(0, 8, 15, 90));
        b.addStudent("A", null, List.of(b.course("X"), b.course("Y")), List.of(x1));
        Problem problem = b.build();
        Solution start = new Solution(problem, firstTimes(problem), Enrolments.of(List.of(List.of(x1, y1))));

        assertThat(SectioningSearch.forConflicts(start, 1).run(Long.MAX_VALUE, 10_000))
                .as("the clash stays: X1 is the student's fixed choice").isEqualTo(start.enrolments());
    }

    @Test
    void theSameSeedAndBudgetGiveTheSameEnrolments() {
        Solution before = new Solution(TINY, randomPlacement(TINY, new Random(7)), new GreedySectioner().section(TINY));
        assertThat(SectioningSearch.forConflicts(before, 3).run(Long.MAX_VALUE, 5_000))
                .isEqualTo(SectioningSearch.forConflicts(before, 3).run(Long.MAX_VALUE, 5_000));
    }

    @Test
    void aPassedDeadlineChangesNothing() {
        Solution before = new Solution(TINY, randomPlacement(TINY, new Random(3)), new GreedySectioner().section(TINY));
        assertThat(SectioningSearch.forConflicts(before, 1).run(System.nanoTime() - 1, Long.MAX_VALUE))
                .isEqualTo(before.enrolments());
    }

    private static ProblemBuilder builder(String name) {
        return new ProblemBuilder(name, TinyProblem.CALENDAR).weights(ObjectiveWeights.itc2019(1, 1, 1, 1));
    }

    private static Subpart oneSubpart(ProblemBuilder b, String course) {
        return b.addSubpart(b.addConfig(b.addCourse(course, null), "1"), "S", null);
    }

    private static Section roomless(ProblemBuilder b, Subpart subpart, String id, int limit,
            org.skema.model.TimePattern time) {
        return b.addSection(subpart, id, null, limit, null, List.of(), false, Set.of(),
                List.of(new TimeOption(time, 0)), List.of());
    }

    private static long conflicts(Solution solution) {
        return new Evaluator().evaluate(solution).penaltyPerRule().getOrDefault(Rule.STUDENT_CONFLICT, 0L);
    }

    private static List<Assignment> firstTimes(Problem problem) {
        List<Assignment> assignments = new ArrayList<>();
        for (Section section : problem.sections()) {
            assignments.add(new Assignment(section, section.times().get(0),
                    section.rooms().isEmpty() ? null : section.rooms().get(0)));
        }
        return assignments;
    }

    private static List<Assignment> randomPlacement(Problem problem, Random random) {
        List<Assignment> assignments = new ArrayList<>();
        for (Section section : problem.sections()) {
            assignments.add(new Assignment(section, section.times().get(random.nextInt(section.times().size())),
                    section.rooms().get(random.nextInt(section.rooms().size()))));
        }
        return assignments;
    }
}
