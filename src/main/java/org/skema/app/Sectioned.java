package org.skema.app;

import java.nio.file.Path;
import java.util.List;
import org.skema.evaluate.Violation;
import org.skema.io.InputException;
import org.skema.model.Enrolments;
import org.skema.model.Problem;
import org.skema.model.Solution;
import org.skema.replan.LockConflicts;
import org.skema.replan.ReplanStart;
import org.skema.sectioning.GreedySectioner;

/**
 * The second stage: the problem with its students sectioned, ready to solve.
 *
 * @param start where the solve starts: the earlier timetable when re-planning (see {@link ReplanStart}), else null
 */
public record Sectioned(Problem problem, Enrolments enrolments, Solution start) {

    /**
     * @param file the problem's file, named when the locks contradict themselves
     * @throws InputException if locks break hard rules by themselves: no timetable could keep them
     */
    public static Sectioned of(Problem problem, Path file) {
        Enrolments enrolments = new GreedySectioner().section(problem);
        List<Violation> conflicts = LockConflicts.of(problem, enrolments);
        if (!conflicts.isEmpty()) {
            throw new InputException(file.toString(), 0, "locks", LockConflicts.describe(conflicts));
        }
        return new Sectioned(problem, enrolments, problem.previous() == null ? null : ReplanStart.of(problem, enrolments));
    }
}
