package org.skema.solver.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skema.ScenarioBuilder.MON;
import static org.skema.ScenarioBuilder.TUE;
import static org.skema.ScenarioBuilder.h;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skema.ScenarioBuilder;
import org.skema.model.Room;
import org.skema.model.RoomOption;
import org.skema.model.TimeOption;

/** Construction's order when times come before rooms: fewest (time, room) places first, whatever the count of times. */
class PlacesDifficultyTest {
    private final ScenarioBuilder s = new ScenarioBuilder();
    private final List<Room> rooms = List.of(s.room("R1"), s.room("R2"), s.room("R3"), s.room("R4"));

    @Test
    void fewerPlacesComeFirstEvenWithMoreTimes() {
        s.section("FEW-TIMES");
        s.section("FEW-PLACES");
        Timetable timetable = s.build().timetable();
        List<TimeOption> twoTimes = List.of(new TimeOption(s.at(MON, h(8), 12), 0), new TimeOption(s.at(TUE, h(8), 12), 0));
        List<TimeOption> threeTimes = new ArrayList<>(twoTimes);
        threeTimes.add(new TimeOption(s.at(MON, h(10), 12), 0));
        List<RoomOption> allRooms = rooms.stream().map(room -> new RoomOption(room, 0)).toList();
        // 2 times x 4 rooms = 8 places against 3 times x 1 room = 3 places.
        PlannedSection fewTimes = new PlannedSection(timetable.getSections().get(0).getSection(), 0, twoTimes, allRooms);
        PlannedSection fewPlaces = new PlannedSection(timetable.getSections().get(1).getSection(), 0, threeTimes,
                allRooms.subList(0, 1));
        List<PlannedSection> order = new ArrayList<>(List.of(fewTimes, fewPlaces));

        order.sort(new PlacesDifficulty().reversed());
        assertThat(order).as("hardest first").containsExactly(fewPlaces, fewTimes);
        order.sort(Comparator.comparing(PlannedSection::getIndex));
        order.sort(new SectionDifficulty().reversed());
        assertThat(order).as("by times first, the other way round").containsExactly(fewTimes, fewPlaces);
    }
}
