package org.skema.io;

import java.util.List;
import java.util.Set;
import org.skema.model.Problem;
import org.skema.model.Room;
import org.skema.model.RoomOption;
import org.skema.model.Section;

/**
 * The rooms a text format assumes when a section that needs a room lists none: every room with all
 * its required features, penalty 0, in room order. Writers leave such lists out to keep files short.
 */
public final class DefaultRooms {
    private DefaultRooms() {
    }

    public static List<RoomOption> fitting(List<Room> rooms, Set<String> features) {
        return rooms.stream().filter(room -> room.features().containsAll(features))
                .map(room -> new RoomOption(room, 0)).toList();
    }

    /** Whether a writer may leave the section's rooms out: it needs none, or has exactly the default list. */
    public static boolean isDefault(Problem problem, Section section) {
        return !section.needsRoom() || section.rooms().equals(fitting(problem.rooms(), section.requiredFeatures()));
    }
}
