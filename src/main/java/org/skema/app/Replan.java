package org.skema.app;

import java.nio.file.Path;
import java.util.List;
import org.skema.io.Formats;
import org.skema.model.Baseline;
import org.skema.model.Problem;
import org.skema.replan.PreviousLocks;

/**
 * A re-plan request: the earlier timetable to start from and what of it to keep (sections by id,
 * by teacher or by course; some sections only their time or only their room). Without {@code from} the problem stays as it is.
 */
public record Replan(Path from, List<String> sections, List<String> teachers, List<String> courses,
        List<String> timesOf, List<String> roomsOf) {
    public static final Replan NONE = from(null);

    /** @param timesOf sections that keep only their time; {@code roomsOf}: only their room */
    public Replan {
        sections = List.copyOf(sections);
        teachers = List.copyOf(teachers);
        courses = List.copyOf(courses);
        timesOf = List.copyOf(timesOf);
        roomsOf = List.copyOf(roomsOf);
    }

    /** Judge against an earlier timetable, keeping nothing of it by force. */
    public static Replan from(Path previous) {
        return new Replan(previous, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public boolean active() {
        return from != null;
    }

    public boolean asksForLocks() {
        return !sections.isEmpty() || !teachers.isEmpty() || !courses.isEmpty() || !timesOf.isEmpty()
                || !roomsOf.isEmpty();
    }

    /**
     * @throws org.skema.io.InputException  if the earlier timetable cannot be read
     * @throws org.skema.model.ModelException for a lock naming an id the problem does not have
     */
    public Replanned apply(Problem problem) {
        if (from == null) {
            return new Replanned(problem, null, List.of(), List.of());
        }
        Baseline previous = Formats.readPrevious(from, problem);
        PreviousLocks locks = PreviousLocks.of(problem, previous, sections, teachers, courses, timesOf, roomsOf);
        return new Replanned(problem.withPrevious(previous).withLocks(locks.locks()), previous, locks.locks(),
                locks.notes());
    }
}
