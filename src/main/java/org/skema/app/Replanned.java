package org.skema.app;

import java.util.List;
import org.skema.model.Baseline;
import org.skema.model.Problem;
import org.skema.model.SectionLock;

/**
 * The problem a command works on, and how a re-plan changed it.
 *
 * @param previous          the earlier timetable, or null when not re-planning
 * @param commandLineLocks  the locks asked for besides the problem file's own
 * @param notes             one sentence per section that keeps less than asked
 */
public record Replanned(Problem problem, Baseline previous, List<SectionLock> commandLineLocks, List<String> notes) {

    public Replanned {
        commandLineLocks = List.copyOf(commandLineLocks);
        notes = List.copyOf(notes);
    }

    /** Sections that had a time in the earlier timetable. */
    public long placedBefore() {
        return previous.placements().stream().filter(p -> p.time() != null).count();
    }

    /** Sections the earlier timetable did not have. */
    public long added() {
        return problem.sections().stream().filter(s -> previous.placement(s) == null).count();
    }
}
