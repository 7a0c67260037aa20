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

/**
 * The sectioning local search: a lower student conflict and gap penalty, never a broken limit,
 * structure or fixed choice.
 */
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

        Enrolments searched = SectioningSearch.forStudentPenalty(start, 1).run(Long.MAX_VALUE, 10_000);

        assertThat(searched).isEqualTo(Enrolments.of(List.of(List.of(x2, y1), List.of(x1))));
    }

    @Test
    void onRandomTimetablesConflictsNeverRiseAndNoOtherRuleChanges() {
        Enrolments greedy = new GreedySectioner().section(TINY);
        int improved = 0;
        for (int seed = 0; seed < 30; seed++) {
            Solution start = new Solution(TINY, randomPlacement(TINY, new Random(seed)), greedy);
            if (lowersTheStudentPenaltyAlone(start, seed)) {
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

        Enrolments searched = SectioningSearch.forStudentPenalty(start, 1).run(Long.MAX_VALUE, 10_000);

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

        assertThat(SectioningSearch.forStudentPenalty(start, 1).run(Long.MAX_VALUE, 10_000))
                .as("the clash stays: X1 is the student's fixed choice").isEqualTo(start.enrolments());
    }

    @Test
    void noStudentCanMoveWhenEachHasTheirGroupFixed() {
        assertThat(SectioningSearch.anyStudentCanMove(fixedGroups(false))).as("Y has one group").isFalse();
        assertThat(SectioningSearch.anyStudentCanMove(fixedGroups(true))).isTrue();
    }

    private static Problem fixedGroups(boolean withAFreeStudent) {
        ProblemBuilder b = builder("fixed groups");
        Subpart x = oneSubpart(b, "X");
        Section x1 = roomless(b, x, "X1", 5, TinyProblem.at(0, 8, 15, 90));
        Section x2 = roomless(b, x, "X2", 5, TinyProblem.at(1, 8, 15, 90));
        Subpart y = oneSubpart(b, "Y");
        roomless(b, y, "Y1", 5, TinyProblem.at(0, 8, 15, 90));
        b.addStudent("A", null, List.of(b.course("X"), b.course("Y")), List.of(x1));
        b.addStudent("B", null, List.of(b.course("X")), List.of(x2));
        if (withAFreeStudent) {
            b.addStudent("C", null, List.of(b.course("X")), List.of());
        }
        return b.build();
    }

    @Test
    void theSameSeedAndBudgetGiveTheSameEnrolments() {
        Solution before = new Solution(TINY, randomPlacement(TINY, new Random(7)), new GreedySectioner().section(TINY));
        assertThat(SectioningSearch.forStudentPenalty(before, 3).run(Long.MAX_VALUE, 5_000))
                .isEqualTo(SectioningSearch.forStudentPenalty(before, 3).run(Long.MAX_VALUE, 5_000));
    }

    @Test
    void aPassedDeadlineChangesNothing() {
        Solution before = new Solution(TINY, randomPlacement(TINY, new Random(3)), new GreedySectioner().section(TINY));
        assertThat(SectioningSearch.forStudentPenalty(before, 1).run(System.nanoTime() - 1, Long.MAX_VALUE))
                .isEqualTo(before.enrolments());
    }

    @Test
    void withGapsWeighedTheStudentPenaltyNeverRisesAndLimitsAndFixedSectionsHold() {
        int improved = 0;
        for (int seed = 0; seed < 20; seed++) {
            Random random = new Random(seed);
            Problem problem = groupsProblem(random);
            if (lowersTheStudentPenaltyAlone(new Solution(problem, randomTimes(problem, random),
                    randomEnrolments(problem, random)), seed)) {
                improved++;
            }
        }
        assertThat(improved).isPositive();
    }

    /**
     * Searches from the start and checks that the weighted student conflicts and gaps do not rise, no
     * other soft rule changes, the limit excess does not rise and every fixed section stays; true when
     * the student penalty fell.
     */
    private static boolean lowersTheStudentPenaltyAlone(Solution before, long seed) {
        Solution after = new Solution(before.problem(), before.assignments(),
                SectioningSearch.forStudentPenalty(before, seed).run(Long.MAX_VALUE, 20_000));
        Evaluation was = new Evaluator().evaluate(before);
        Evaluation is = new Evaluator().evaluate(after);
        assertThat(studentPenalty(is)).as("seed " + seed).isLessThanOrEqualTo(studentPenalty(was));
        assertThat(is.soft() - studentPenalty(is)).as("nothing but conflicts and gaps changes")
                .isEqualTo(was.soft() - studentPenalty(was));
        assertThat(is.penaltyPerRule().getOrDefault(Rule.CLASS_LIMIT, 0L)).as("seed " + seed)
                .isLessThanOrEqualTo(was.penaltyPerRule().getOrDefault(Rule.CLASS_LIMIT, 0L));
        assertThat(is.violations(Rule.SECTIONING_STRUCTURE)).as("seed " + seed).isEmpty();
        for (var student : before.problem().students()) {
            assertThat(after.enrolment(student)).as("seed %d, %s", seed, student.id())
                    .containsAll(student.fixedSections());
        }
        return studentPenalty(is) < studentPenalty(was);
    }

    @Test
    void aStudentMovesToTheGroupThatClosesAGap() {
        Problem problem = gapAfterX1(ObjectiveWeights.faculty(), 11, 30);
        Section x1 = problem.sections().get(0);
        Section x2 = problem.sections().get(1);
        Section y1 = problem.sections().get(2);
        Solution start = new Solution(problem, firstTimes(problem), Enrolments.of(List.of(List.of(x1, y1))));
        assertThat(gaps(start)).as("09:30 to 13:00, both weeks").isEqualTo(2 * 42);

        Enrolments searched = SectioningSearch.forStudentPenalty(start, 1).run(Long.MAX_VALUE, 10_000);

        assertThat(searched).isEqualTo(Enrolments.of(List.of(List.of(x2, y1))));
        assertThat(gaps(new Solution(problem, start.assignments(), searched))).isZero();
        assertThat(conflicts(new Solution(problem, start.assignments(), searched))).isZero();
    }

    @Test
    void aGapStaysWhereClosingItCostsAConflictWorthMore() {
        for (int gapWeight : new int[] {1, 100}) {
            Problem problem = gapAfterX1(new ObjectiveWeights(1, 1, 1, 5000, gapWeight, 1, 3, true, 0, 5, 0, 0), 13, 0);
            Section x2 = problem.sections().get(1);
            Section y1 = problem.sections().get(2);
            Enrolments start = Enrolments.of(List.of(List.of(problem.sections().get(0), y1)));
            Solution timetable = new Solution(problem, firstTimes(problem), start);

            Enrolments searched = SectioningSearch.forStudentPenalty(timetable, 1).run(Long.MAX_VALUE, 10_000);

            // X2 clashes with Y1 but closes 84 gap slots: worth it only where a slot weighs more than 5000 / 84
            assertThat(searched).as("gap weight " + gapWeight)
                    .isEqualTo(gapWeight == 1 ? start : Enrolments.of(List.of(List.of(x2, y1))));
        }
    }

    /**
     * A student who takes X (group X1 on Monday 08:00-09:30, or X2 at the given time for 90 minutes)
     * and Y (Y1 on Monday 13:00-14:30); sections in the order X1, X2, Y1.
     */
    private static Problem gapAfterX1(ObjectiveWeights weights, int x2Hour, int x2Minute) {
        ProblemBuilder b = builder("gap", weights);
        Subpart x = oneSubpart(b, "X");
        roomless(b, x, "X1", 5, TinyProblem.at(0, 8, 0, 90));
        roomless(b, x, "X2", 5, TinyProblem.at(0, x2Hour, x2Minute, 90));
        roomless(b, oneSubpart(b, "Y"), "Y1", 5, TinyProblem.at(0, 13, 0, 90));
        b.addStudent("A", null, List.of(b.course("X"), b.course("Y")), List.of());
        return b.build();
    }

    /**
     * Four courses of three or four single-section groups at random times, limits of 3 to 6, 30
     * students taking two or three courses; every third student has their first course's group fixed.
     */
    private static Problem groupsProblem(Random random) {
        ProblemBuilder b = builder("groups", ObjectiveWeights.faculty());
        List<List<Section>> groups = new ArrayList<>();
        List<org.skema.model.TimeOption> grid = TinyProblem.grid();
        for (int c = 0; c < 4; c++) {
            Subpart subpart = oneSubpart(b, "C" + c);
            List<Section> sections = new ArrayList<>();
            for (int g = 0; g < 3 + random.nextInt(2); g++) {
                sections.add(b.addSection(subpart, "C" + c + "-" + g, null, 3 + random.nextInt(4), null, List.of(),
                        false, Set.of(), grid, List.of()));
            }
            groups.add(sections);
        }
        for (int s = 0; s < 30; s++) {
            List<Integer> courses = new ArrayList<>(List.of(0, 1, 2, 3));
            java.util.Collections.shuffle(courses, random);
            List<Integer> taken = courses.subList(0, 2 + random.nextInt(2));
            List<Section> fixed = s % 3 == 0 ? List.of(groups.get(taken.get(0)).get(random.nextInt(3))) : List.of();
            b.addStudent("S" + s, null, taken.stream().map(c -> b.course("C" + c)).toList(), fixed);
        }
        return b.build();
    }

    /** Each student in a random group of each course (limits ignored), their fixed group where they have one. */
    private static Enrolments randomEnrolments(Problem problem, Random random) {
        List<List<Section>> enrolments = new ArrayList<>();
        for (var student : problem.students()) {
            List<Section> sections = new ArrayList<>();
            for (var course : student.courses()) {
                List<Section> fixed = student.fixedSections().stream().filter(f -> f.course() == course).toList();
                List<Section> all = problem.sections().stream().filter(f -> f.course() == course).toList();
                sections.add(fixed.isEmpty() ? all.get(random.nextInt(all.size())) : fixed.get(0));
            }
            sections.sort(java.util.Comparator.comparingInt(Section::index));
            enrolments.add(sections);
        }
        return Enrolments.of(enrolments);
    }

    private static List<Assignment> randomTimes(Problem problem, Random random) {
        List<Assignment> assignments = new ArrayList<>();
        for (Section section : problem.sections()) {
            assignments.add(new Assignment(section, section.times().get(random.nextInt(section.times().size())), null));
        }
        return assignments;
    }

    private static long studentPenalty(Evaluation evaluation) {
        return evaluation.penaltyPerRule().getOrDefault(Rule.STUDENT_CONFLICT, 0L)
                + evaluation.penaltyPerRule().getOrDefault(Rule.STUDENT_GAP, 0L);
    }

    private static long gaps(Solution solution) {
        return new Evaluator().evaluate(solution).penaltyPerRule().getOrDefault(Rule.STUDENT_GAP, 0L);
    }

    private static ProblemBuilder builder(String name, ObjectiveWeights weights) {
        return new ProblemBuilder(name, TinyProblem.CALENDAR).weights(weights);
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
