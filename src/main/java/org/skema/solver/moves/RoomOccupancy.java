package org.skema.solver.moves;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.skema.model.Calendar;
import org.skema.model.Room;
import org.skema.model.RoomOption;
import org.skema.model.TimeOption;
import org.skema.model.TimePattern;
import org.skema.solver.domain.PlannedSection;

/**
 * The sections in each room on each day of the week, for the sections that have a time and a room,
 * kept in step with a timetable by {@link #sync()}: it compares each section with what was indexed
 * and moves only the ones that changed. Rebuilt from scratch for every step, this index was most of
 * the time of place-and-eject moves on the 8,684-section university (benchmarks/RESULTS.md). Each
 * list is in section order, as a fresh build would list it, so that clash lists and the random draws
 * that follow them do not depend on the history of the index.
 */
final class RoomOccupancy {
    private final List<PlannedSection> sections;
    /** The time and room each section was indexed with (null: not indexed), by section index. */
    private final TimeOption[] indexedTimes;
    private final RoomOption[] indexedRooms;
    private final Map<Room, List<List<PlannedSection>>> byRoomAndDay = new HashMap<>();

    /** An empty index of these sections (in section order); {@link #sync()} fills it. */
    RoomOccupancy(List<PlannedSection> sections) {
        this.sections = sections;
        this.indexedTimes = new TimeOption[sections.size()];
        this.indexedRooms = new RoomOption[sections.size()];
    }

    /** Brings the index in line with the sections' current times and rooms. */
    void sync() {
        for (int i = 0; i < sections.size(); i++) {
            PlannedSection section = sections.get(i);
            TimeOption time = section.hasTimeAndRoom() ? section.getTime() : null;
            RoomOption room = time == null ? null : section.getRoom();
            if (time == indexedTimes[i] && room == indexedRooms[i]) {
                continue;
            }
            if (indexedTimes[i] != null) {
                List<List<PlannedSection>> days = byRoomAndDay.get(indexedRooms[i].room());
                forEachDay(indexedTimes[i].pattern(), day -> days.get(day).remove(section));
            }
            if (time != null) {
                List<List<PlannedSection>> days = byRoomAndDay.computeIfAbsent(room.room(), r -> perDay());
                forEachDay(time.pattern(), day -> insertInOrder(days.get(day), section));
            }
            indexedTimes[i] = time;
            indexedRooms[i] = room;
        }
    }

    /** The sections in this room, per day of the week (as last synced); null when nobody uses the room. */
    List<List<PlannedSection>> days(Room room) {
        return byRoomAndDay.get(room);
    }

    /**
     * Whether nobody else uses the room at any moment of this time (as last synced). Unavailability is
     * the room's own: see {@link Room#isUnavailableAt}.
     */
    boolean isFree(Room room, TimePattern time, PlannedSection self) {
        List<List<PlannedSection>> days = byRoomAndDay.get(room);
        if (days == null) {
            return true;
        }
        for (int bits = time.days() & Calendar.ALL_DAYS; bits != 0; bits &= bits - 1) {
            for (PlannedSection other : days.get(Integer.numberOfTrailingZeros(bits))) {
                if (other != self && indexedTimes[other.getIndex()].pattern().overlaps(time)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void insertInOrder(List<PlannedSection> list, PlannedSection section) {
        int at = list.size();
        while (at > 0 && list.get(at - 1).getIndex() > section.getIndex()) {
            at--;
        }
        list.add(at, section);
    }

    private static List<List<PlannedSection>> perDay() {
        List<List<PlannedSection>> days = new ArrayList<>(Calendar.MAX_DAYS);
        for (int day = 0; day < Calendar.MAX_DAYS; day++) {
            days.add(new ArrayList<>());
        }
        return days;
    }

    static void forEachDay(TimePattern pattern, IntConsumer action) {
        for (int days = pattern.days() & Calendar.ALL_DAYS; days != 0; days &= days - 1) {
            action.accept(Integer.numberOfTrailingZeros(days));
        }
    }
}
