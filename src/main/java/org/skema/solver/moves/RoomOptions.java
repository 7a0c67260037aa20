package org.skema.solver.moves;

import org.skema.model.Room;
import org.skema.model.RoomOption;
import org.skema.solver.domain.PlannedSection;

/** Looking up a section's option for a given room. */
final class RoomOptions {
    private RoomOptions() {
    }

    /** The section's option for this room, or null if the room is not allowed for it. */
    static RoomOption of(PlannedSection section, Room room) {
        for (RoomOption option : section.getRoomRange()) {
            if (option.room() == room) {
                return option;
            }
        }
        return null;
    }
}
