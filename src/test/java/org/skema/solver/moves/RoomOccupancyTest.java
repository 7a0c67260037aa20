package org.skema.solver.moves;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.skema.AllRulesProblem;
import org.skema.model.Calendar;
import org.skema.model.ObjectiveWeights;
import org.skema.model.Problem;
import org.skema.model.Room;
import org.skema.model.TimePattern;
import org.skema.sectioning.GreedySectioner;
import org.skema.solver.domain.PlannedSection;
import org.skema.solver.domain.Timetable;
import org.skema.solver.domain.TimetableMapper;

/**
 * The room index synced step by step lists exactly what a fresh build lists, in the same order, and
 * answers whether a room is free as a scan of every section does.
 */
class RoomOccupancyTest {
    private final Problem problem = AllRulesProblem.generate(3, ObjectiveWeights.itc2019(1, 1, 1, 1));
    private final Timetable timetable = TimetableMapper.toTimetable(problem, new GreedySectioner().section(problem), null);

    @Test
    void aSyncedIndexEqualsAFreshOneAfterEveryChange() {
        Random random = new Random(7);
        RoomOccupancy synced = new RoomOccupancy(timetable.getSections());
        for (int step = 0; step < 400; step++) {
            PlannedSection section = timetable.getSections().get(random.nextInt(timetable.getSections().size()));
            switch (random.nextInt(4)) {
                case 0 -> section.setTime(null);
                case 1 -> section.setRoom(null);
                default -> {
                    section.setTime(section.getTimeRange().get(random.nextInt(section.getTimeRange().size())));
                    if (!section.getRoomRange().isEmpty()) {
                        section.setRoom(section.getRoomRange().get(random.nextInt(section.getRoomRange().size())));
                    }
                }
            }
            synced.sync();
            RoomOccupancy fresh = new RoomOccupancy(timetable.getSections());
            fresh.sync();
            for (Room room : problem.rooms()) {
                assertThat(listed(synced.days(room))).as("room %s after step %d", room.id(), step).isEqualTo(listed(fresh.days(room)));
                assertThat(listed(synced.days(room))).isEqualTo(scanned(room));
                TimePattern time = section.getTimeRange().get(0).pattern();
                assertThat(synced.isFree(room, time, section)).as("room %s free at %s", room.id(), time)
                        .isEqualTo(scanFree(room, time, section));
            }
        }
    }

    /** Sections by day as the index lists them (null when nobody uses the room). */
    private static List<List<PlannedSection>> listed(List<List<PlannedSection>> days) {
        return days == null || days.stream().allMatch(List::isEmpty) ? null : days;
    }

    /** Every section in the room, per day, in section order: what a build from scratch must give. */
    private List<List<PlannedSection>> scanned(Room room) {
        List<List<PlannedSection>> days = new ArrayList<>();
        for (int day = 0; day < Calendar.MAX_DAYS; day++) {
            days.add(new ArrayList<>());
        }
        boolean any = false;
        for (PlannedSection section : timetable.getSections()) {
            if (section.hasTimeAndRoom() && section.roomOrNull() == room) {
                RoomOccupancy.forEachDay(section.pattern(), day -> days.get(day).add(section));
                any = true;
            }
        }
        return any ? days : null;
    }

    private boolean scanFree(Room room, TimePattern time, PlannedSection self) {
        return timetable.getSections().stream().noneMatch(other -> other != self && other.hasTimeAndRoom()
                && other.roomOrNull() == room && other.pattern().overlaps(time));
    }
}
