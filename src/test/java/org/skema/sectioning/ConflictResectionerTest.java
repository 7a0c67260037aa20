package org.skema.sectioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.skema.TinyProblem;
import org.skema.evaluate.Evaluation;
import org.skema.evaluate.Evaluator;
import org.skema.model.Assignment;
import org.skema.model.Enrolments;
import org.skema.model.ObjectiveWeights;
import org.skema.model.Problem;
import org.skema.model.Rule;
import org.skema.model.Section;
import org.skema.model.Solution;

/** Re-sectioning for known times: fewer student conflicts, never a broken limit or structure. */
class ConflictResectionerTest {
    private static final Problem PROBLEM = TinyProblem.courses(6, ObjectiveWeights.itc2019(1, 1, 1, 1));

    @Test
    void studentsMoveToGroupsTheyCanAttendWithoutBreakingAnyHardRule() {
        Enrolments greedy = new GreedySectioner().section(PROBLEM);
        int improvedTimetables = 0;
        for (int seed = 0; seed < 30; seed++) {
            Solution before = new Solution(PROBLEM, randomPlacement(new Random(seed)), greedy);
            Solution after = new Solution(PROBLEM, before.assignments(),
                    ConflictResectioner.improve(before, Long.MAX_VALUE));
            Evaluation was = new Evaluator().evaluate(before);
            Evaluation is = new Evaluator().evaluate(after);
            long conflictsBefore = was.penaltyPerRule().getOrDefault(Rule.STUDENT_CONFLICT, 0L);
            long conflictsAfter = is.penaltyPerRule().getOrDefault(Rule.STUDENT_CONFLICT, 0L);
            assertThat(conflictsAfter).as("seed " + seed).isLessThanOrEqualTo(conflictsBefore);
            assertThat(is.violations(Rule.CLASS_LIMIT)).as("seed " + seed).hasSizeLessThanOrEqualTo(
                    was.violations(Rule.CLASS_LIMIT).size());
            assertThat(is.violations(Rule.SECTIONING_STRUCTURE)).as("seed " + seed).isEmpty();
            assertThat(is.soft() - conflictsAfter).as("nothing but student conflicts changes")
                    .isEqualTo(was.soft() - conflictsBefore);
            if (conflictsAfter < conflictsBefore) {
                improvedTimetables++;
                // A second pass finds nothing more: the first one ran until no student could improve.
                assertThat(ConflictResectioner.improve(after, Long.MAX_VALUE)).isEqualTo(after.enrolments());
            }
        }
        assertThat(improvedTimetables).as("random timetables where some student could change group").isPositive();
    }

    @Test
    void aPassedDeadlineChangesNothing() {
        Solution before = new Solution(PROBLEM, randomPlacement(new Random(3)), new GreedySectioner().section(PROBLEM));
        assertThat(ConflictResectioner.improve(before, System.nanoTime() - 1)).isEqualTo(before.enrolments());
    }

    private static List<Assignment> randomPlacement(Random random) {
        List<Assignment> assignments = new ArrayList<>();
        for (Section section : PROBLEM.sections()) {
            assignments.add(new Assignment(section, section.times().get(random.nextInt(section.times().size())),
                    section.rooms().get(random.nextInt(section.rooms().size()))));
        }
        return assignments;
    }
}
