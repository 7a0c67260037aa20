package org.skema.solver.moves;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skema.ScenarioBuilder.MON;
import static org.skema.ScenarioBuilder.TUE;
import static org.skema.ScenarioBuilder.h;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.skema.AllRulesProblem;
import org.skema.ScenarioBuilder;
import org.skema.model.ObjectiveWeights;
import org.skema.model.Problem;
import org.skema.model.Room;
import org.skema.model.RoomOption;
import org.skema.model.TimeOption;
import org.skema.model.TimePattern;
import org.skema.sectioning.GreedySectioner;
import org.skema.solver.domain.PlannedSection;
import org.skema.solver.domain.Timetable;
import org.skema.solver.domain.TimetableMapper;

/** Which times construction tries for a section before its room: those with a room it can still use. */
class FreeRoomTimeFilterTest {
    private final ScenarioBuilder s = new ScenarioBuilder();
    private final Room r1 = s.room("R1");
    private final Room r2 = s.room("R2");
    private final TimePattern monday = s.at(MON, h(8), 12);
    private final TimePattern tuesday = s.at(TUE, h(8), 12);

    /** T may meet Monday or Tuesday at 08:00, in R1 or R2; A holds R1 on Monday. */
    private List<TimeOption> keptForT() {
        Timetable timetable = s.build().timetable();
        PlannedSection fixed = timetable.getSections().stream()
                .filter(section -> section.getSection().id().equals("T")).findFirst().orElseThrow();
        PlannedSection target = new PlannedSection(fixed.getSection(), 0,
                List.of(new TimeOption(monday, 0), new TimeOption(tuesday, 0)),
                List.of(new RoomOption(r1, 0), new RoomOption(r2, 0)));
        timetable.getSections().set(target.getIndex(), target);
        FreeRoomTimeFilter filter = new FreeRoomTimeFilter();
        return target.getTimeRange().stream().filter(time -> filter.accepts(timetable, target, time)).toList();
    }

    private void aAndT() {
        s.section("A").at(monday).in(r1);
        s.section("T");
    }

    @Test
    void aTimeWithAFreeRoomIsKept() {
        aAndT();
        assertThat(keptForT()).extracting(TimeOption::pattern).containsExactly(monday, tuesday);
    }

    @Test
    void aTimeWhoseOnlyFreeRoomBreaksARequiredRuleIsNotTried() {
        aAndT();
        s.required("SameRoom", "A", "T");
        assertThat(keptForT()).as("Monday leaves only R2, which breaks SameRoom").extracting(TimeOption::pattern)
                .containsExactly(tuesday);
    }

    @Test
    void aTimeWithNoFreeRoomIsNotTried() {
        s.section("A").at(monday).in(r1);
        s.section("B").at(monday).in(r2);
        s.section("T");
        assertThat(keptForT()).extracting(TimeOption::pattern).containsExactly(tuesday);
    }

    @Test
    void everyTimeIsTriedWhenNoRoomIsFreeAtAny() {
        s.section("A").at(monday).in(r1);
        s.section("B").at(monday).in(r2);
        s.section("C").at(tuesday).in(r1);
        s.section("D").at(tuesday).in(r2);
        s.section("T");
        assertThat(keptForT()).extracting(TimeOption::pattern).containsExactly(monday, tuesday);
    }

    @Test
    void onRandomTimetablesEveryKeptTimeHasAFreeRoomWhenAnyTimeHasOne() {
        Problem problem = AllRulesProblem.generate(3, ObjectiveWeights.itc2019(1, 1, 1, 1));
        Timetable timetable = TimetableMapper.toTimetable(problem, new GreedySectioner().section(problem), null);
        Random random = new Random(11);
        for (PlannedSection section : timetable.getSections()) {
            section.setTime(section.getTimeRange().get(random.nextInt(section.getTimeRange().size())));
            if (!section.getRoomRange().isEmpty()) {
                section.setRoom(section.getRoomRange().get(random.nextInt(section.getRoomRange().size())));
            }
        }
        int refused = 0;
        for (PlannedSection section : timetable.getSections()) {
            if (!section.getSection().needsRoom() || section.getRoomRange().isEmpty()) {
                continue;
            }
            section.setTime(null);
            section.setRoom(null);
            FreeRoomTimeFilter filter = new FreeRoomTimeFilter();
            List<Boolean> free = section.getTimeRange().stream().map(time -> hasFreeRoom(timetable, section, time))
                    .toList();
            for (int i = 0; i < section.getTimeRange().size(); i++) {
                boolean accepted = filter.accepts(timetable, section, section.getTimeRange().get(i));
                if (free.contains(true)) {
                    assertThat(!accepted || free.get(i)).as("%s at its time %d", section, i).isTrue();
                } else {
                    assertThat(accepted).as("no time has a free room, so every time is tried").isTrue();
                }
                refused += accepted ? 0 : 1;
            }
        }
        assertThat(refused).as("times refused somewhere, or the test proves nothing").isPositive();
    }

    private static boolean hasFreeRoom(Timetable timetable, PlannedSection section, TimeOption time) {
        return section.getRoomRange().stream().anyMatch(room -> !room.room().isUnavailableAt(time.pattern())
                && timetable.getSections().stream().noneMatch(other -> other != section && other.hasTimeAndRoom()
                        && other.roomOrNull() == room.room() && other.pattern().overlaps(time.pattern())));
    }
}
