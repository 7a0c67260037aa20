package org.skema.solver.moves;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skema.ScenarioBuilder.MON;
import static org.skema.ScenarioBuilder.TUE;
import static org.skema.ScenarioBuilder.h;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.skema.ScenarioBuilder;
import org.skema.model.Room;
import org.skema.model.TimeOption;
import org.skema.model.TimePattern;
import org.skema.solver.domain.PlannedSection;
import org.skema.solver.domain.Timetable;

/**
 * What placing a section would clash with, as place-and-eject moves see it: sections in the same
 * room, and the fewest members of a required group rule (MaxBlock, MaxDays) whose removal makes the
 * rule hold again. h(8) is 08:00 in 5-minute slots; sections here last one hour (12 slots).
 */
class PlacementViewTest {
    private final ScenarioBuilder s = new ScenarioBuilder();
    private final Room r1 = s.room("R1");
    private final Room r2 = s.room("R2");
    private final Room r3 = s.room("R3");

    private List<String> clashesOfTAt(TimePattern time) {
        ScenarioBuilder.Scenario scenario = s.build();
        Timetable timetable = scenario.timetable();
        PlacementView view = new PlacementView(timetable, ConflictIndex.of(timetable));
        PlannedSection target = timetable.getSections().stream()
                .filter(section -> section.getSection().id().equals("T")).findFirst().orElseThrow();
        PlacementView.Candidate candidate = view.bestRoom(target, new TimeOption(time, 0), null);
        assertThat(candidate).isNotNull();
        return candidate.clashes().stream().map(section -> section.getSection().id()).sorted().toList();
    }

    @Test
    void ejectingASectionWithASinglePlaceCostsMoreForATargetWithSeveral() {
        s.section("A").at(s.at(MON, h(8), 12)).in(r3);
        s.section("T").at(s.at(TUE, h(8), 12)).in(r3);
        Timetable timetable = s.build().timetable();
        PlannedSection single = sectionOf(timetable, "A");
        PlannedSection target = sectionOf(timetable, "T");
        List<TimeOption> twoTimes = List.of(new TimeOption(s.at(MON, h(8) + 6, 12), 0), target.getTimeRange().get(0));
        PlannedSection flexible = new PlannedSection(target.getSection(), 0, twoTimes, target.getRoomRange());
        PlannedSection flexibleToo = new PlannedSection(single.getSection(), 0, twoTimes, single.getRoomRange());

        assertThat(PlacementView.cost(List.of(single), flexible)).as("A can only ever come back here")
                .isEqualTo(PlacementView.ONE_PLACE_COST);
        assertThat(PlacementView.cost(List.of(single), target)).as("a target with one place").isEqualTo(1);
        assertThat(PlacementView.cost(List.of(flexibleToo), flexible)).as("both could go elsewhere").isEqualTo(1);
        assertThat(clashesOfTAt(s.at(MON, h(8) + 6, 12))).as("T itself has one place, so A is ejected")
                .containsExactly("A");
    }

    private static PlannedSection sectionOf(Timetable timetable, String id) {
        return timetable.getSections().stream().filter(section -> section.getSection().id().equals(id)).findFirst()
                .orElseThrow();
    }

    @Test
    void aSectionInTheSameRoomAtAnOverlappingTimeClashes() {
        s.section("A").at(s.at(MON, h(8), 12)).in(r3);
        s.section("T").at(s.at(TUE, h(8), 12)).in(r3);
        assertThat(clashesOfTAt(s.at(MON, h(8) + 6, 12))).containsExactly("A");
    }

    /** The clashes of T in this room at this time, as the moves' room choice sees them. */
    private List<String> roomClashesOfTAt(TimePattern time, Room room) {
        Timetable timetable = s.build().timetable();
        PlacementView view = new PlacementView(timetable, ConflictIndex.of(timetable));
        return view.roomClashes(sectionOf(timetable, "T"), time, room).stream()
                .map(section -> section.getSection().id()).sorted().toList();
    }

    @Test
    void aRoomOutsideARequiredSameRoomPairClashesWithThePartner() {
        s.section("A").at(s.at(MON, h(8), 12)).in(r1);
        s.section("T").at(s.at(TUE, h(8), 12)).in(r1);
        s.required("SameRoom", "A", "T");
        assertThat(roomClashesOfTAt(s.at(TUE, h(10), 12), r2)).containsExactly("A");
        assertThat(roomClashesOfTAt(s.at(TUE, h(10), 12), r1)).isEmpty();
    }

    @Test
    void theRoomOfARequiredDifferentRoomPartnerClashesWithIt() {
        s.section("A").at(s.at(MON, h(8), 12)).in(r1);
        s.section("T").at(s.at(TUE, h(8), 12)).in(r2);
        s.required("DifferentRoom", "T", "A");
        assertThat(roomClashesOfTAt(s.at(TUE, h(10), 12), r1)).containsExactly("A");
        assertThat(roomClashesOfTAt(s.at(TUE, h(10), 12), r3)).isEmpty();
    }

    @Test
    void aRoomTooFarForRequiredSameAttendeesClashesWithThePartner() {
        s.travel(r1, r2, 3);
        s.section("A").at(s.at(MON, h(8), 12)).in(r1);
        s.section("T").at(s.at(TUE, h(8), 12)).in(r1);
        s.required("SameAttendees", "A", "T");
        // right after A: three slots of travel to R2, none within R1
        assertThat(roomClashesOfTAt(s.at(MON, h(9), 12), r2)).containsExactly("A");
        assertThat(roomClashesOfTAt(s.at(MON, h(9), 12), r1)).isEmpty();
    }

    @Test
    void aGroupRuleThatStillHoldsEjectsNothing() {
        s.section("A").at(s.at(MON, h(8), 12)).in(r1);
        s.section("B").at(s.at(MON, h(9), 12)).in(r2);
        s.section("T").at(s.at(TUE, h(8), 12)).in(r3);
        s.required("MaxBlock(30,2)", "A", "B", "T");
        assertThat(clashesOfTAt(s.at(TUE, h(10), 12))).isEmpty();
    }

    @Test
    void aBlockMadeTooLongEjectsOneMemberWhenThatIsEnough() {
        s.section("A").at(s.at(MON, h(8), 12)).in(r1);
        s.section("B").at(s.at(MON, h(9), 12)).in(r2);
        s.section("T").at(s.at(TUE, h(8), 12)).in(r3);
        s.required("MaxBlock(30,2)", "A", "B", "T");
        // A, B and T from 08:00 to 11:00 make one block of 36 slots; without either A or B it is 24 or shorter
        assertThat(clashesOfTAt(s.at(MON, h(10), 12))).hasSize(1);
    }

    @Test
    void aBlockTooLongEvenInPairsEjectsBothNeighbours() {
        s.section("A").at(s.at(MON, h(8), 12)).in(r1);
        s.section("B").at(s.at(MON, h(10), 12)).in(r2);
        s.section("T").at(s.at(TUE, h(8), 12)).in(r3);
        s.required("MaxBlock(20,0)", "A", "B", "T");
        // T between A and B: any two of them touching already make a block of 24 slots
        assertThat(clashesOfTAt(s.at(MON, h(9), 12))).containsExactly("A", "B");
    }

    @Test
    void oneDayTooManyEjectsTheMemberMeetingOnTheExtraDay() {
        s.section("A").at(s.at(MON, h(8), 12)).in(r1);
        s.section("B").at(s.at(MON, h(10), 12)).in(r2);
        s.section("C").at(s.at(TUE, h(10), 12)).in(r2);
        s.section("T").at(s.at(MON, h(12), 12)).in(r3);
        s.required("MaxDays(2)", "A", "B", "C", "T");
        // Wednesday would be a third day; only C, alone on Tuesday, can make room for it
        assertThat(clashesOfTAt(s.at(ScenarioBuilder.WED, h(8), 12))).containsExactly("C");
    }

    @Test
    void groupMembersOnOtherDaysAreNotEjected() {
        s.section("A").at(s.at(MON, h(8), 12)).in(r1);
        s.section("B").at(s.at(MON, h(9), 12)).in(r2);
        s.section("T").at(s.at(TUE, h(8), 12)).in(r3);
        s.required("MaxBlock(20,0)", "A", "B", "T");
        // A and B alone already break the rule on Monday; T on Tuesday neither causes nor can fix it
        assertThat(clashesOfTAt(s.at(TUE, h(14), 12))).isEmpty();
    }
}
