package org.skema.io.json;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.skema.io.TravelEntries;
import org.skema.io.json.dto.RoomJson;
import org.skema.io.json.dto.TravelJson;
import org.skema.model.ProblemBuilder;
import org.skema.model.Room;

/** Reads rooms and the travel times between them. */
final class JsonRoomReader {
    private final JsonErrors errors;
    private final JsonTimes times;
    private final ProblemBuilder builder;

    JsonRoomReader(JsonErrors errors, JsonTimes times, ProblemBuilder builder) {
        this.errors = errors;
        this.times = times;
        this.builder = builder;
    }

    void rooms(List<RoomJson> rooms, JsonPath list) {
        IdRegistry ids = new IdRegistry("room", errors);
        rooms = JsonProblemReader.orEmpty(rooms);
        for (int i = 0; i < rooms.size(); i++) {
            RoomJson room = rooms.get(i);
            JsonPath at = list.index(i, room.id());
            String id = errors.requireId(room.id(), at);
            ids.claim(id, at);
            int capacity = errors.nonNegative(errors.require(room.capacity(), at, "capacity"), at.field("capacity"));
            Set<String> features = features(room.features(), at.field("features"), errors);
            var unavailable = times.patterns(room.unavailable(), at.field("unavailable"));
            errors.run(at, () -> builder.addRoom(id, room.name(), capacity, room.building(), features, unavailable,
                    Boolean.TRUE.equals(room.withdrawn())));
        }
    }

    /**
     * Each entry sets the time between two rooms, or between every room of one building and every
     * room of the other when an end names a building; later entries override earlier ones.
     */
    void travel(List<TravelJson> travel, JsonPath list) {
        travel = JsonProblemReader.orEmpty(travel);
        for (int i = 0; i < travel.size(); i++) {
            TravelJson entry = travel.get(i);
            JsonPath at = list.index(i);
            List<Room> from = place(errors.requireText(entry.from(), at, "from"), at.field("from"));
            List<Room> to = place(errors.requireText(entry.to(), at, "to"), at.field("to"));
            int minutes = errors.nonNegative(errors.require(entry.minutes(), at, "minutes"), at.field("minutes"));
            int slots = times.slots(minutes, at.field("minutes"));
            if (from.size() == 1 && from.equals(to)) {
                throw errors.error(at, "travel from room " + entry.from() + " to itself");
            }
            for (Room a : from) {
                for (Room b : to) {
                    if (a != b) {
                        errors.run(at, () -> builder.setTravel(a, b, slots));
                    }
                }
            }
        }
    }

    /** A room id names that room; otherwise a building name names all its rooms. */
    private List<Room> place(String name, JsonPath at) {
        List<Room> rooms = builder.rooms();
        List<Room> building = TravelEntries.place(rooms, name);
        if (building.isEmpty()) {
            Set<String> buildings = new TreeSet<>();
            rooms.forEach(room -> buildings.add(room.building()));
            buildings.remove("");
            throw errors.error(at, "unknown room or building \"" + name + "\"" + (buildings.isEmpty() ? ""
                    : " (buildings: " + String.join(", ", buildings) + ")"));
        }
        return building;
    }

    static Set<String> features(List<String> features, JsonPath at, JsonErrors errors) {
        features = JsonProblemReader.orEmpty(features);
        for (int i = 0; i < features.size(); i++) {
            if (features.get(i).isBlank()) {
                throw errors.error(at.index(i), "must not be empty");
            }
        }
        return Set.copyOf(features);
    }
}
