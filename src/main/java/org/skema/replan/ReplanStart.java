package org.skema.replan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.skema.evaluate.Evaluator;
import org.skema.evaluate.Violation;
import org.skema.model.Assignment;
import org.skema.model.Baseline;
import org.skema.model.Enrolments;
import org.skema.model.Problem;
import org.skema.model.RoomOption;
import org.skema.model.Rule;
import org.skema.model.Section;
import org.skema.model.SectionLock;
import org.skema.model.Solution;
import org.skema.model.TimeOption;

/**
 * Where a re-plan starts: the previous timetable wherever it still fits, the locks applied, and
 * every section that breaks a hard rule there taken out, so that construction places it anew.
 * Local search then starts from a complete, feasible timetable where it can; starting it from a
 * broken one would let it accept any soft loss, moving sections at random, for as long as it
 * still remembers the broken start.
 */
public final class ReplanStart {
    private ReplanStart() {
    }

    public static Solution of(Problem problem, Enrolments enrolments) {
        Baseline previous = problem.previous();
        if (previous == null) {
            throw new IllegalArgumentException("problem " + problem.name() + " has no previous timetable");
        }
        List<Assignment> kept = new ArrayList<>();
        for (Section section : problem.sections()) {
            kept.add(locked(problem.lock(section), previous.start(section)));
        }
        Solution start = new Solution(problem, kept, enrolments);
        Set<Section> broken = new HashSet<>();
        for (Violation violation : new Evaluator().evaluate(start).violations()) {
            if (violation.rule().level() == Rule.Level.HARD && violation.rule() != Rule.SECTIONING_STRUCTURE
                    && violation.rule() != Rule.CLASS_LIMIT) {
                broken.addAll(violation.sections());
            }
        }
        if (broken.isEmpty()) {
            return start;
        }
        List<Assignment> repaired = new ArrayList<>();
        for (Assignment assignment : kept) {
            Section section = assignment.section();
            repaired.add(broken.contains(section) ? locked(problem.lock(section), Assignment.unplaced(section))
                    : assignment);
        }
        return new Solution(problem, repaired, enrolments);
    }

    /** The assignment with the lock's values, which no move may change. */
    private static Assignment locked(SectionLock lock, Assignment assignment) {
        if (lock == null) {
            return assignment;
        }
        TimeOption time = lock.locksTime() ? lock.time() : assignment.time();
        RoomOption room = lock.locksRoom() ? lock.room() : assignment.room();
        return new Assignment(assignment.section(), time, room);
    }
}
