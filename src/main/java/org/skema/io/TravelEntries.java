package org.skema.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skema.model.Problem;
import org.skema.model.Room;
import org.skema.model.TravelTimes;

/**
 * Travel times as the text formats write them, the way people think of them: an entry joins two
 * places, each a room id or a building name (all its rooms). Writers list for two buildings one
 * building-to-building entry with the time most of their room pairs share, then room-to-room
 * entries for every pair that differs from what the entries before it say (each unordered pair
 * once). Readers apply entries in order, later ones overriding, so they rebuild the same matrix.
 */
public final class TravelEntries {
    /** One entry: from a room or building to a room or building, in minutes. */
    public record Entry(String from, String to, int minutes) {
    }

    private TravelEntries() {
    }

    public static List<Entry> of(Problem problem) {
        List<Room> rooms = problem.rooms();
        TravelTimes travel = problem.travel();
        int minutesPerSlot = problem.calendar().minutesPerSlot();
        List<Entry> entries = new ArrayList<>();
        int[][] implied = new int[rooms.size()][rooms.size()];
        List<List<Room>> buildings = new ArrayList<>(buildings(rooms).values());
        for (int i = 0; i < buildings.size(); i++) {
            for (int j = i + 1; j < buildings.size(); j++) {
                List<Room> first = buildings.get(i);
                List<Room> second = buildings.get(j);
                int slots = mostCommonTime(first, second, travel);
                if (slots > 0) {
                    entries.add(new Entry(first.get(0).building(), second.get(0).building(), slots * minutesPerSlot));
                    for (Room a : first) {
                        for (Room b : second) {
                            implied[a.index()][b.index()] = slots;
                        }
                    }
                }
            }
        }
        for (int a = 0; a < rooms.size(); a++) {
            for (int b = a + 1; b < rooms.size(); b++) {
                int slots = travel.between(rooms.get(a), rooms.get(b));
                if (slots != Math.max(implied[a][b], implied[b][a])) {
                    entries.add(new Entry(rooms.get(a).id(), rooms.get(b).id(), slots * minutesPerSlot));
                }
            }
        }
        return entries;
    }

    /** The rooms a place names: the room with that id, else every room of the building; empty when neither. */
    public static List<Room> place(List<Room> rooms, String name) {
        for (Room room : rooms) {
            if (room.id().equals(name)) {
                return List.of(room);
            }
        }
        return rooms.stream().filter(room -> room.building().equals(name)).toList();
    }

    /** Rooms by building, leaving out buildings a reader could not tell from a room id. */
    private static Map<String, List<Room>> buildings(List<Room> rooms) {
        Map<String, List<Room>> buildings = new LinkedHashMap<>();
        for (Room room : rooms) {
            if (!room.building().isEmpty()) {
                buildings.computeIfAbsent(room.building(), b -> new ArrayList<>()).add(room);
            }
        }
        for (Room room : rooms) {
            buildings.remove(room.id());
        }
        return buildings;
    }

    /** The time most pairs across the two buildings share (the smaller one on a tie). */
    private static int mostCommonTime(List<Room> first, List<Room> second, TravelTimes travel) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (Room a : first) {
            for (Room b : second) {
                counts.merge(travel.between(a, b), 1, Integer::sum);
            }
        }
        int best = 0;
        int bestCount = -1;
        for (Map.Entry<Integer, Integer> entry : counts.entrySet()) {
            int slots = entry.getKey();
            int count = entry.getValue();
            if (count > bestCount || (count == bestCount && slots < best)) {
                best = slots;
                bestCount = count;
            }
        }
        return best;
    }
}
