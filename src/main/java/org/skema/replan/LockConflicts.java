package org.skema.replan;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.skema.evaluate.Evaluator;
import org.skema.evaluate.Violation;
import org.skema.model.Assignment;
import org.skema.model.Enrolments;
import org.skema.model.Problem;
import org.skema.model.Rule;
import org.skema.model.Section;
import org.skema.model.SectionLock;
import org.skema.model.Solution;

/**
 * Locks that the input itself makes impossible: the hard rules that the locked values break on
 * their own (two sections locked in one room at once, a teacher locked into two places, a time at
 * which a teacher or the room is unavailable, a required rule between locked sections), judged by
 * the Evaluator on a timetable that holds only the locked times and rooms. A locked value that is
 * not among the section's options never gets this far: the readers reject it.
 */
public final class LockConflicts {
    /** Hard rules about enrolments, not placements: no lock can break them. */
    private static final Set<Rule> ABOUT_ENROLMENTS = EnumSet.of(Rule.SECTIONING_STRUCTURE, Rule.CLASS_LIMIT);
    private static final int SHOWN = 3;

    private LockConflicts() {
    }

    public static List<Violation> of(Problem problem, Enrolments enrolments) {
        if (problem.locks().isEmpty()) {
            return List.of();
        }
        List<Assignment> assignments = new ArrayList<>();
        for (Section section : problem.sections()) {
            SectionLock lock = problem.lock(section);
            assignments.add(lock == null ? Assignment.unplaced(section) : new Assignment(section, lock.time(), lock.room()));
        }
        return new Evaluator().evaluate(new Solution(problem, assignments, enrolments)).violations().stream()
                .filter(v -> v.rule().level() == Rule.Level.HARD && !ABOUT_ENROLMENTS.contains(v.rule()))
                .toList();
    }

    /** One line: how many, and the first few. */
    public static String describe(List<Violation> conflicts) {
        StringBuilder text = new StringBuilder(conflicts.size() + " lock conflict(s): the locks break hard rules by"
                + " themselves: ");
        for (int i = 0; i < Math.min(SHOWN, conflicts.size()); i++) {
            text.append(i == 0 ? "" : "; ").append(conflicts.get(i).rule().label()).append(": ")
                    .append(conflicts.get(i).message());
        }
        if (conflicts.size() > SHOWN) {
            text.append("; and ").append(conflicts.size() - SHOWN).append(" more");
        }
        return text.toString();
    }
}
