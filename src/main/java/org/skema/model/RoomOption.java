package org.skema.model;

/** One allowed room of a section, with the penalty of choosing it. */
public record RoomOption(Room room, int penalty) {
    public RoomOption {
        if (room == null) {
            throw new ModelException("a room option needs a room");
        }
        if (penalty < 0) {
            throw new ModelException("room penalty must not be negative, got " + penalty);
        }
    }
}
