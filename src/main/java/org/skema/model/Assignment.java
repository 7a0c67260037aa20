package org.skema.model;

/**
 * Where and when one section takes place. An unplaced section has no time; a section without a
 * room, or whose room is not chosen, has no room. A room without a time is only a hint where to
 * start (a re-plan's earlier room): it decides nothing, and a solve's result never has one.
 */
public record Assignment(Section section, TimeOption time, RoomOption room) {

    public static Assignment unplaced(Section section) {
        return new Assignment(section, null, null);
    }

    public boolean hasTime() {
        return time != null;
    }

    /** Placed means it has a time, and a room if it needs one. */
    public boolean isPlaced() {
        return time != null && (!section.needsRoom() || room != null);
    }

    /** How many of the section's decisions (time, and room if it needs one) are still open. */
    public int missingDecisions() {
        return missingDecisions(section, time, room);
    }

    /** A room without a time decides nothing (see the class comment): a section without a time misses both. */
    public static int missingDecisions(Section section, Object time, Object room) {
        return (time == null ? 1 : 0) + (section.needsRoom() && (time == null || room == null) ? 1 : 0);
    }

    /** The chosen room, or null. */
    public Room roomOrNull() {
        return room == null ? null : room.room();
    }
}
