package org.skema.solver.moves;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skema.io.itc2007.Itc2007Files;
import org.skema.io.itc2007.Itc2007ProblemReader;
import org.skema.model.Assignment;
import org.skema.model.Enrolments;
import org.skema.model.Problem;
import org.skema.model.Section;
import org.skema.model.Solution;
import org.skema.model.TimeOption;
import org.skema.solver.domain.PlannedSection;
import org.skema.solver.domain.Timetable;
import org.skema.solver.domain.TimetableMapper;

/**
 * The moves for curriculum problems (ITC 2007): Kempe chains between two periods and room swaps at
 * one period. Two days of three periods (a period of day 1 is written with a prime), rooms R1 and
 * R2; courses a and b share curriculum Q, c and e share P (e cannot meet in the first period of day
 * 0), course d has two lectures and so one teacher for both.
 */
class CurriculumMovesTest {
    private static final String CTT = """
            Name: moves
            Courses: 5
            Rooms: 2
            Days: 2
            Periods_per_day: 3
            Curricula: 2
            Constraints: 1

            COURSES:
            a t1 1 1 10
            b t2 1 1 10
            c t3 1 1 10
            d t4 2 1 10
            e t5 1 1 10

            ROOMS:
            R1 20
            R2 20

            CURRICULA:
            Q 2 a b
            P 2 c e

            UNAVAILABILITY_CONSTRAINTS:
            e 0 0

            END.
            """;

    @TempDir
    Path dir;

    private Problem problem;
    private final List<Assignment> assignments = new ArrayList<>();

    private void read() {
        problem = Itc2007ProblemReader.read(Itc2007Files.write(dir, "moves.ctt", CTT));
    }

    /** Lecture {@code id} in period {@code period} (0-2) of day 0 and room R1 or R2. */
    private void place(String id, int period, String room) {
        place(id, 0, period, room);
    }

    /** Lecture {@code id} in period {@code period} (0-2) of day {@code day} (0-1) and room R1 or R2. */
    private void place(String id, int day, int period, String room) {
        Section section = problem.section(id);
        assignments.add(new Assignment(section, at(section, day, period),
                section.rooms().stream().filter(option -> option.room().id().equals(room)).findFirst().orElseThrow()));
    }

    /** A section's time option in this period of a day; periods start at 08:00 and last an hour (12 slots). */
    private static TimeOption at(Section section, int day, int period) {
        return section.times().stream().filter(time -> time.pattern().days() == 1 << day
                && time.pattern().start() == 96 + 12 * period).findFirst().orElseThrow();
    }

    /** The placed lectures; every other one is unplaced. */
    private Timetable timetable() {
        List<Assignment> all = new ArrayList<>();
        for (Section section : problem.sections()) {
            all.add(assignments.stream().filter(a -> a.section() == section).findFirst()
                    .orElse(new Assignment(section, null, null)));
        }
        Enrolments none = Enrolments.none(problem);
        return TimetableMapper.toTimetable(problem, none, new Solution(problem, all, none));
    }

    private static PlannedSection planned(Timetable timetable, String id) {
        return timetable.getSections().stream().filter(s -> s.getSection().id().equals(id)).findFirst().orElseThrow();
    }

    /** Each change as "section period room", period counted from 0. */
    private static List<String> changes(PlaceAndEjectMove move) {
        return move.changes().stream().map(change -> change.section().getSection().id() + " "
 + (change.time().pattern().start() - 96) / 12
                + (change.time().pattern().days() == 1 ? "" : "'") + " " + change.room().room().id()).toList();
    }

    @Test
    void aKempeChainBringsTheCurriculumPartnerBackAndFindsAFreeRoom() {
        read();
        place("a-L1", 0, "R1");
        place("b-L1", 1, "R2");
        place("c-L1", 1, "R1");
        Timetable timetable = timetable();
        PlaceAndEjectMove move = new KempeMoveFactory().chain(timetable, planned(timetable, "a-L1"),
                at(problem.section("a-L1"), 0, 1).pattern(), new Random(1));
        // b shares Q with a, so it goes to period 0; R1 is c's in period 1, but b leaves R2 free
        assertThat(changes(move)).containsExactly("a-L1 1 R2", "b-L1 0 R2");
    }

    @Test
    void aSectionWithoutPartnersThereMovesAloneAndKeepsAFreeRoom() {
        read();
        place("a-L1", 0, "R1");
        place("c-L1", 1, "R2");
        Timetable timetable = timetable();
        PlaceAndEjectMove move = new KempeMoveFactory().chain(timetable, planned(timetable, "a-L1"),
                at(problem.section("a-L1"), 0, 1).pattern(), new Random(1));
        assertThat(changes(move)).containsExactly("a-L1 1 R1");
    }

    @Test
    void lecturesSharingATeacherFormAChainToo() {
        read();
        place("d-L1", 0, "R1");
        place("d-L2", 1, "R2");
        Timetable timetable = timetable();
        PlaceAndEjectMove move = new KempeMoveFactory().chain(timetable, planned(timetable, "d-L1"),
                at(problem.section("d-L1"), 0, 1).pattern(), new Random(1));
        assertThat(changes(move)).containsExactly("d-L1 1 R1", "d-L2 0 R2");
    }

    @Test
    void noChainWhenAPartnerCannotMeetAtTheOtherPeriod() {
        read();
        // e shares P with c and is unavailable in period 0
        place("c-L1", 0, "R1");
        place("e-L1", 1, "R2");
        Timetable timetable = timetable();
        assertThat(new KempeMoveFactory().chain(timetable, planned(timetable, "c-L1"),
                at(problem.section("c-L1"), 0, 1).pattern(), new Random(1))).isNull();
    }

    @Test
    void noChainWhenEveryRoomIsTakenAtTheNewPeriod() {
        read();
        place("a-L1", 0, "R1");
        place("c-L1", 1, "R1");
        place("d-L1", 1, "R2");
        Timetable timetable = timetable();
        assertThat(new KempeMoveFactory().chain(timetable, planned(timetable, "a-L1"),
                at(problem.section("a-L1"), 0, 1).pattern(), new Random(1))).isNull();
    }

    @Test
    void aRoomSwapTradesRoomsWithTheSectionThereAtTheSameTime() {
        read();
        place("a-L1", 0, "R1");
        place("c-L1", 0, "R2");
        Timetable timetable = timetable();
        PlaceAndEjectMove move = new RoomSwapMoveFactory().swap(timetable, planned(timetable, "a-L1"),
                problem.room("R2"));
        assertThat(changes(move)).containsExactly("a-L1 0 R2", "c-L1 0 R1");
    }

    @Test
    void aRoomSwapIntoAFreeRoomMovesOnlyTheSection() {
        read();
        place("a-L1", 0, "R1");
        place("c-L1", 1, "R2");
        Timetable timetable = timetable();
        PlaceAndEjectMove move = new RoomSwapMoveFactory().swap(timetable, planned(timetable, "a-L1"),
                problem.room("R2"));
        assertThat(changes(move)).containsExactly("a-L1 0 R2");
    }

    @Test
    void noChainMovesASectionWhoseTimeIsLocked() {
        read();
        place("a-L1", 0, "R1");
        place("b-L1", 1, "R2");
        Timetable timetable = timetable();
        planned(timetable, "b-L1").lock(true, false);
        assertThat(new KempeMoveFactory().chain(timetable, planned(timetable, "a-L1"),
                at(problem.section("a-L1"), 0, 1).pattern(), new Random(1))).isNull();
    }

    @Test
    void noRoomSwapWithASectionWhoseRoomIsLocked() {
        read();
        place("a-L1", 0, "R1");
        place("c-L1", 0, "R2");
        Timetable timetable = timetable();
        planned(timetable, "c-L1").lock(false, true);
        assertThat(new RoomSwapMoveFactory().swap(timetable, planned(timetable, "a-L1"), problem.room("R2"))).isNull();
    }

    @Test
    void noRoomSwapWithALockedRoom() {
        read();
        place("a-L1", 0, "R1");
        place("c-L1", 0, "R2");
        Timetable timetable = timetable();
        planned(timetable, "c-L1").setPinned(true);
        assertThat(new RoomSwapMoveFactory().swap(timetable, planned(timetable, "a-L1"), problem.room("R2"))).isNull();
    }

    @Test
    void inOriginalOrderEveryPeriodAndRoomIsTried() {
        read();
        place("a-L1", 0, "R1");
        place("c-L1", 0, "R2");
        place("b-L1", 1, "R2");
        Timetable timetable = timetable();
        KempeMoveFactory kempe = new KempeMoveFactory();
        // to period 1, b comes back to period 0, where c holds R2 and a leaves R1 free
        assertThat(kempe.allMovesFrom(kempe.planning.view(timetable), planned(timetable, "a-L1")).stream()
                .map(CurriculumMovesTest::changes)).containsExactly(
                        List.of("a-L1 1 R1", "b-L1 0 R1"), List.of("a-L1 2 R1"), List.of("a-L1 0' R1"),
                        List.of("a-L1 1' R1"), List.of("a-L1 2' R1"));
        RoomSwapMoveFactory swaps = new RoomSwapMoveFactory();
        assertThat(swaps.allMovesFrom(swaps.planning.view(timetable), planned(timetable, "a-L1")).stream()
                .map(CurriculumMovesTest::changes)).containsExactly(List.of("a-L1 0 R2", "c-L1 0 R1"));
    }

    /** Every lecture placed: both rooms taken in the first two periods of day 0. */
    private Timetable crowded() {
        read();
        place("a-L1", 0, "R1");
        place("c-L1", 0, "R2");
        place("b-L1", 1, "R1");
        place("e-L1", 1, "R2");
        place("d-L1", 2, "R1");
        place("d-L2", 1, 0, "R1");
        return timetable();
    }

    private static long ejecting(PlaceAndEjectMoveFactory factory, Timetable timetable, int draws) {
        Random random = new Random(7);
        long ejecting = 0;
        for (int i = 0; i < draws; i++) {
            PlaceAndEjectMove move = factory.randomMove(timetable, random);
            if (move != null && move.changes().stream().anyMatch(change -> change.time() == null)) {
                ejecting++;
            }
        }
        return ejecting;
    }

    @Test
    void placeAndEjectDrawsAgainWhileAPlacedSectionWouldEjectSomeone() {
        Timetable timetable = crowded();
        PlaceAndEjectMoveFactory once = new PlaceAndEjectMoveFactory();
        PlaceAndEjectMoveFactory again = new PlaceAndEjectMoveFactory();
        again.setClashFreeAttempts(10);

        assertThat(ejecting(once, timetable, 400)).isGreaterThan(40);
        assertThat(ejecting(again, timetable, 400)).isLessThan(4);
    }

    @Test
    void aPlacedSectionMovesIntoAFreeRoomItsCourseUses() {
        read();
        place("a-L1", 0, "R1");
        place("d-L1", 0, "R2");
        place("b-L1", 1, "R1");
        place("d-L2", 1, "R2");
        place("c-L1", 2, "R1");
        place("e-L1", 1, 0, "R1");
        Timetable timetable = timetable();
        PlaceAndEjectMoveFactory factory = new PlaceAndEjectMoveFactory();
        Random random = new Random(11);
        List<String> rooms = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            PlaceAndEjectMove move = factory.randomMove(timetable, random);
            if (move != null && move.changes().size() == 1
                    && move.changes().get(0).section().getSection().id().startsWith("d-")) {
                rooms.add(move.changes().get(0).room().room().id());
            }
        }

        assertThat(rooms).hasSizeGreaterThan(20).containsOnly("R2");
    }
}
