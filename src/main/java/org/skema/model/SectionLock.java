package org.skema.model;

/**
 * A planner's decision that a section keeps its time, its room or both: the solver never changes a
 * locked value. A locked time is one of the section's allowed times, a locked room one of its rooms.
 *
 * @param time the locked time, or null when only the room is locked
 * @param room the locked room, or null when only the time is locked
 */
public record SectionLock(Section section, TimeOption time, RoomOption room) {

    public SectionLock {
        if (time == null && room == null) {
            throw new ModelException("a lock of section " + section.id() + " must lock its time, its room or both");
        }
        if (time != null && !section.times().contains(time)) {
            throw new ModelException("the locked time is not one of the allowed times of section " + section.id());
        }
        if (room != null && !section.rooms().contains(room)) {
            throw new ModelException(section.needsRoom() ? "room " + room.room().id()
                    + " is not one of the rooms of section " + section.id() : "section " + section.id()
                    + " needs no room");
        }
    }

    public boolean locksTime() {
        return time != null;
    }

    public boolean locksRoom() {
        return room != null;
    }

    /** Nothing about the section is left to decide: its time, and its room if it needs one. */
    public boolean locksAll() {
        return time != null && (room != null || !section.needsRoom());
    }

    /** "time", "room" or "both", as locks.csv says. */
    public String kind() {
        return time != null && room != null ? "both" : time != null ? "time" : "room";
    }
}
