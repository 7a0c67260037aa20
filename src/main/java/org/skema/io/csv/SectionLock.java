package org.skema.io.csv;

import org.skema.model.RoomOption;
import org.skema.model.Section;
import org.skema.model.TimeOption;

/**
 * A planner's decision that a section keeps its time, its room or both, from a bundle's locks.csv.
 * The model has no place for locks yet: the bundle reader validates them against the problem and
 * hands them over next to it, for the upcoming re-planning feature (pin what is agreed, re-solve
 * the rest). A lock's time is one of the section's allowed times, its room one of its allowed rooms.
 *
 * @param time the locked time, or null when only the room is locked
 * @param room the locked room, or null when only the time is locked
 */
public record SectionLock(Section section, Kind kind, TimeOption time, RoomOption room) {

    /** What is locked. */
    public enum Kind { TIME, ROOM, BOTH }

    public SectionLock {
        if ((kind == Kind.ROOM) != (time == null) || (kind == Kind.TIME) != (room == null)) {
            throw new IllegalArgumentException("a " + kind + " lock of " + section.id() + " has the wrong values");
        }
    }
}
