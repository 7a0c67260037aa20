package org.skema.solver.domain;

import org.skema.model.Baseline;
import org.skema.model.Room;
import org.skema.model.Section;
import org.skema.model.TimePattern;

/**
 * Where a section was in the timetable a re-solve starts from (only sections that had a time), and
 * what moving it away costs: one unit for the section and one per student and teacher.
 */
public record PreviousPlacement(Baseline.Placement placement, long units) {

    public Section section() {
        return placement.section();
    }

    /** Whether the section, now at {@code time} in {@code room} (either may be null), left this place. */
    public boolean movedTo(TimePattern time, Room room) {
        return Baseline.moved(placement, time, room);
    }
}
