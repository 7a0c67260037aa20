package org.skema.generate;

import java.util.List;
import org.skema.model.TimePattern;

/**
 * A room before the problem exists. Features are sorted so that everything derived from them is
 * independent of set iteration order.
 */
record RoomSpec(int index, String id, String name, int capacity, int campus, String building, Kind kind,
        List<String> features, List<TimePattern> unavailable) {

    enum Kind { AUDITORIUM, LECTURE_ROOM, CLASS_ROOM }

    RoomSpec {
        features = features.stream().sorted().toList();
        unavailable = List.copyOf(unavailable);
    }

    RoomSpec closedAt(TimePattern time) {
        return new RoomSpec(index, id, name, capacity, campus, building, kind, features, List.of(time));
    }

    boolean isUnavailableAt(TimePattern time) {
        return time.overlapsAny(unavailable);
    }

    boolean hasAll(List<String> wanted) {
        return features.containsAll(wanted);
    }
}
