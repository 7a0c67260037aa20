package org.skema.solver;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.config.solver.EnvironmentMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.skema.AllRulesProblem;
import org.skema.TinyProblem;
import org.skema.model.Assignment;
import org.skema.model.Enrolments;
import org.skema.model.ObjectiveWeights;
import org.skema.model.Problem;
import org.skema.model.RoomOption;
import org.skema.model.Section;
import org.skema.model.SectionLock;
import org.skema.model.Solution;
import org.skema.model.TimeOption;
import org.skema.sectioning.GreedySectioner;

/**
 * Locked times and rooms never change in a solve: not by construction, not by change, swap or
 * place-and-eject moves, not even to "unassigned", however much the rest of the timetable would
 * gain from it.
 */
class LockedSolveTest {

    /** A third of the sections locked, by time, by room or both, at random values: many of them break rules. */
    @Test
    void randomLocksSurviveASolveOfAProblemThatBreaksEveryRule() {
        Problem problem = AllRulesProblem.generate(11, ObjectiveWeights.faculty());
        Random random = new Random(11);
        List<SectionLock> locks = new ArrayList<>();
        for (Section section : problem.sections()) {
            if (random.nextInt(3) != 0) {
                continue;
            }
            TimeOption time = section.times().get(random.nextInt(section.times().size()));
            RoomOption room = section.rooms().isEmpty() ? null : section.rooms().get(random.nextInt(section.rooms().size()));
            int kind = random.nextInt(3);
            locks.add(new SectionLock(section, kind == 1 && room != null ? null : time, kind == 0 ? null : room));
        }
        Problem locked = problem.withLocks(locks);
        assertThat(locks).extracting(SectionLock::kind).contains("time", "room", "both");
        Solution solved = solve(locked, null, 3000L, EnvironmentMode.PHASE_ASSERT);
        assertKept(locked, solved);
    }

    /** Starting from a full timetable, locked sections in the way of everything else still stay. */
    @Test
    void locksHoldInAReSolveFromAStartTimetableUnderFullAssert() {
        Problem problem = TinyProblem.courses(5, ObjectiveWeights.faculty());
        Enrolments enrolments = new GreedySectioner().section(problem);
        Solution first = solve(problem, null, 800L, EnvironmentMode.PHASE_ASSERT);
        List<SectionLock> locks = new ArrayList<>();
        for (Section section : problem.sections()) {
            // Every section in the first time and room it may have: they pile up on Monday morning.
            TimeOption time = section.times().get(0);
            RoomOption room = section.rooms().isEmpty() ? null : section.rooms().get(0);
            switch (section.index() % 4) {
                case 0 -> locks.add(new SectionLock(section, time, null));
                case 1 -> locks.add(new SectionLock(section, null, room));
                case 2 -> locks.add(new SectionLock(section, time, room));
                default -> { }
            }
        }
        Problem locked = problem.withLocks(locks);
        Solution solved = solve(locked, new Solution(locked, first.assignments(), enrolments), 600L,
                EnvironmentMode.FULL_ASSERT);
        assertKept(locked, solved);
    }

    private static Solution solve(Problem problem, Solution start, long moves, EnvironmentMode mode) {
        Enrolments enrolments = new GreedySectioner().section(problem);
        return new TimetableSolver().solve(problem, enrolments, start, new SolveOptions(null, moves, null, 3L, mode),
                SolverProgress.NONE).solution();
    }

    private static void assertKept(Problem problem, Solution solved) {
        for (SectionLock lock : problem.locks()) {
            Assignment assignment = solved.assignment(lock.section());
            if (lock.locksTime()) {
                assertThat(assignment.time()).as("locked time of " + lock.section()).isEqualTo(lock.time());
            }
            // A section left without a time has no room in the result, whatever its lock (the lock stays in the problem).
            if (lock.locksRoom() && assignment.hasTime()) {
                assertThat(assignment.room()).as("locked room of " + lock.section()).isEqualTo(lock.room());
            }
        }
    }
}
