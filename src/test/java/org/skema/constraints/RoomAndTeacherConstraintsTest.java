package org.skema.constraints;

import static org.skema.ScenarioBuilder.MON;
import static org.skema.ScenarioBuilder.TUE;
import static org.skema.ScenarioBuilder.WED;
import static org.skema.ScenarioBuilder.at;
import static org.skema.ScenarioBuilder.days;
import static org.skema.ScenarioBuilder.h;
import static org.skema.ScenarioBuilder.weeks;
import static org.skema.constraints.ConstraintFixtures.assertRule;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.skema.ScenarioBuilder;
import org.skema.constraints.ConstraintFixtures.RuleAssertion;
import org.skema.model.Room;
import org.skema.model.Rule;
import org.skema.model.Teacher;

/** Hard rules about rooms and teachers. One slot is 5 minutes; h(8) is 08:00. */
class RoomAndTeacherConstraintsTest {
    private final ScenarioBuilder s = new ScenarioBuilder();

    private RuleAssertion verify(Rule rule) {
        return assertRule(rule, s);
    }

    @Nested
    class RoomConflict {
        private final Room r1 = s.room("R1");
        private final Room r2 = s.room("R2");

        @Test
        void overlappingSectionsInOneRoomClashOnce() {
            s.section("A").at(s.at(MON, h(8), 18)).in(r1);
            s.section("B").at(s.at(MON, h(9), 12)).in(r1);
            verify(Rule.ROOM_CONFLICT).penalizesBy(1).matches(1);
        }

        @Test
        void everyOverlappingPairCounts() {
            s.section("A").at(s.at(MON, h(8), 24)).in(r1);
            s.section("B").at(s.at(MON, h(8), 12)).in(r1);
            s.section("C").at(s.at(MON, h(9), 12)).in(r1);
            // A-B, A-C overlap; B ends when C starts
            verify(Rule.ROOM_CONFLICT).penalizesBy(2).matches(2);
        }

        @Test
        void aPairMeetingOnSeveralCommonDaysIsStillOneConflict() {
            s.section("A").at(at(weeks(0, 1), days(MON, WED), h(8), 12)).in(r1);
            s.section("B").at(at(weeks(0, 1), days(MON, WED), h(8), 12)).in(r1);
            verify(Rule.ROOM_CONFLICT).penalizesBy(1);
        }

        @Test
        void touchingSectionsDoNotClash() {
            s.section("A").at(s.at(MON, h(8), 12)).in(r1);
            s.section("B").at(s.at(MON, h(9), 12)).in(r1);
            verify(Rule.ROOM_CONFLICT).hasNoImpact();
        }

        @Test
        void sameHourOnDifferentDaysOrWeeksOrRoomsDoesNotClash() {
            s.section("A").at(at(weeks(0), days(MON), h(8), 12)).in(r1);
            s.section("B").at(at(weeks(0), days(TUE), h(8), 12)).in(r1);
            s.section("C").at(at(weeks(1), days(MON), h(8), 12)).in(r1);
            s.section("D").at(at(weeks(0), days(MON), h(8), 12)).in(r2);
            verify(Rule.ROOM_CONFLICT).hasNoImpact();
        }

        @Test
        void onlyACommonWeekAndDayIsNeeded() {
            s.section("A").at(at(weeks(0, 1), days(MON, TUE), h(8), 12)).in(r1);
            s.section("B").at(at(weeks(1), days(TUE, WED), h(8), 12)).in(r1);
            verify(Rule.ROOM_CONFLICT).penalizesBy(1);
        }

        @Test
        void sectionsWithoutTimeOrRoomAreIgnored() {
            s.section("A").at(s.at(MON, h(8), 12)).in(r1);
            s.section("noTime").in(r1);
            s.section("noRoomYet").at(s.at(MON, h(8), 12));
            s.section("roomless").roomless().at(s.at(MON, h(8), 12));
            s.section("unplaced");
            verify(Rule.ROOM_CONFLICT).hasNoImpact();
        }
    }

    @Nested
    class TeacherConflict {
        private final Teacher t = s.teacher("T");
        private final Room r1 = s.room("R1");
        private final Room r2 = s.room("R2");

        TeacherConflict() {
            s.travel(r1, r2, 4);
        }

        @Test
        void overlappingSectionsOfOneTeacherClash() {
            s.section("A").taughtBy(t).at(s.at(MON, h(8), 18)).in(r1);
            s.section("B").taughtBy(t).at(s.at(MON, h(9), 12)).in(r1);
            verify(Rule.TEACHER_CONFLICT).penalizesBy(1).matches(1);
        }

        @Test
        void eachSharedTeacherCounts() {
            Teacher u = s.teacher("U");
            s.section("A").taughtBy(t, u).at(s.at(MON, h(8), 12)).in(r1);
            s.section("B").taughtBy(t, u).at(s.at(MON, h(8), 12)).in(r2);
            verify(Rule.TEACHER_CONFLICT).penalizesBy(2).matches(1);
        }

        @Test
        void differentTeachersMayTeachAtOnce() {
            s.section("A").taughtBy(t).at(s.at(MON, h(8), 12)).in(r1);
            s.section("B").taughtBy(s.teacher("U")).at(s.at(MON, h(8), 12)).in(r2);
            verify(Rule.TEACHER_CONFLICT).hasNoImpact();
        }

        @Test
        void touchingSectionsInOneRoomAreFine() {
            s.section("A").taughtBy(t).at(s.at(MON, h(8), 12)).in(r1);
            s.section("B").taughtBy(t).at(s.at(MON, h(9), 12)).in(r1);
            verify(Rule.TEACHER_CONFLICT).hasNoImpact();
        }

        @Test
        void aGapShorterThanTheTravelTimeIsAConflict() {
            s.section("A").taughtBy(t).at(s.at(MON, h(8), 12)).in(r1);
            s.section("B").taughtBy(t).at(s.at(MON, h(9) + 3, 12)).in(r2);
            verify(Rule.TEACHER_CONFLICT).penalizesBy(1);
        }

        @Test
        void aGapShorterThanTheTravelTimeIsAConflictWhicheverComesFirst() {
            s.section("A").taughtBy(t).at(s.at(MON, h(9) + 3, 12)).in(r2);
            s.section("B").taughtBy(t).at(s.at(MON, h(8), 12)).in(r1);
            verify(Rule.TEACHER_CONFLICT).penalizesBy(1);
        }

        @Test
        void aGapEqualToTheTravelTimeIsFine() {
            s.section("A").taughtBy(t).at(s.at(MON, h(8), 12)).in(r1);
            s.section("B").taughtBy(t).at(s.at(MON, h(9) + 4, 12)).in(r2);
            verify(Rule.TEACHER_CONFLICT).hasNoImpact();
        }

        @Test
        void aRoomlessOrRoomNotYetChosenSectionHasNoTravel() {
            s.section("A").taughtBy(t).at(s.at(MON, h(8), 12)).in(r1);
            s.section("roomless").roomless().taughtBy(t).at(s.at(MON, h(9), 12));
            s.section("noRoomYet").taughtBy(t).at(s.at(MON, h(7), 12));
            verify(Rule.TEACHER_CONFLICT).hasNoImpact();
        }

        @Test
        void sameHourOnDifferentDaysOrWeeksIsFine() {
            s.section("A").taughtBy(t).at(at(weeks(0), days(MON), h(8), 12)).in(r1);
            s.section("B").taughtBy(t).at(at(weeks(0), days(TUE), h(8), 12)).in(r2);
            s.section("C").taughtBy(t).at(at(weeks(1), days(MON), h(8), 12)).in(r2);
            verify(Rule.TEACHER_CONFLICT).hasNoImpact();
        }

        @Test
        void sectionsWithoutTimeAreIgnored() {
            s.section("A").taughtBy(t).at(s.at(MON, h(8), 12)).in(r1);
            s.section("noTime").taughtBy(t).in(r1);
            s.section("unplaced").taughtBy(t);
            verify(Rule.TEACHER_CONFLICT).hasNoImpact();
        }

        @Test
        void roomlessSectionsStillClashWhenTheyOverlap() {
            s.section("A").taughtBy(t).roomless().at(s.at(MON, h(8), 12));
            s.section("B").taughtBy(t).roomless().at(s.at(MON, h(8) + 11, 12));
            verify(Rule.TEACHER_CONFLICT).penalizesBy(1);
        }
    }

    @Nested
    class RoomUnavailable {
        private final Room closed = s.room("CLOSED", 100, s.at(MON, h(8), 24), at(weeks(0), days(WED), h(8), 12));

        @Test
        void aSectionOverlappingAClosedTimeCounts() {
            s.section("A").at(s.at(MON, h(9), 24)).in(closed);
            verify(Rule.ROOM_UNAVAILABLE).penalizesBy(1).matches(1);
        }

        @Test
        void aSectionOverlappingTwoClosedTimesCountsOnce() {
            s.section("A").at(at(weeks(0, 1), days(MON, WED), h(8), 12)).in(closed);
            verify(Rule.ROOM_UNAVAILABLE).penalizesBy(1);
        }

        @Test
        void everySectionCounts() {
            s.section("A").at(s.at(MON, h(8), 12)).in(closed);
            s.section("B").at(s.at(MON, h(9), 12)).in(closed);
            verify(Rule.ROOM_UNAVAILABLE).penalizesBy(2).matches(2);
        }

        @Test
        void touchingOtherDaysAndOtherWeeksAreFine() {
            s.section("touching").at(s.at(MON, h(10), 12)).in(closed);
            s.section("before").at(s.at(MON, h(7), 12)).in(closed);
            s.section("tuesday").at(s.at(TUE, h(8), 12)).in(closed);
            s.section("wednesdayWeek2").at(at(weeks(1), days(WED), h(8), 12)).in(closed);
            verify(Rule.ROOM_UNAVAILABLE).hasNoImpact();
        }

        @Test
        void sectionsWithoutTimeOrRoomAreIgnored() {
            s.section("noTime").in(closed);
            s.section("noRoomYet").at(s.at(MON, h(8), 12));
            s.section("roomless").roomless().at(s.at(MON, h(8), 12));
            verify(Rule.ROOM_UNAVAILABLE).hasNoImpact();
        }
    }

    @Nested
    class RoomCapacity {
        private final Room small = s.room("SMALL", 10);

        @Test
        void aRoomWithFewerSeatsThanStudentsCounts() {
            s.section("A").at(s.at(MON, h(8), 12)).in(small);
            s.students(11, "A");
            verify(Rule.ROOM_CAPACITY).penalizesBy(1).matches(1);
        }

        @Test
        void aFullRoomIsFine() {
            s.section("A").at(s.at(MON, h(8), 12)).in(small);
            s.students(10, "A");
            verify(Rule.ROOM_CAPACITY).hasNoImpact();
        }

        @Test
        void aChosenRoomCountsOnlyOnceTheTimeIsChosen() {
            s.section("noTime").in(small);
            s.students(11, "noTime");
            verify(Rule.ROOM_CAPACITY).hasNoImpact();
        }

        @Test
        void sectionsWithoutRoomAreIgnored() {
            s.section("noRoomYet").at(s.at(MON, h(8), 12));
            s.section("roomless").roomless().at(s.at(MON, h(8), 12));
            s.students(11, "noRoomYet", "roomless");
            verify(Rule.ROOM_CAPACITY).hasNoImpact();
        }
    }

    @Nested
    class TeacherUnavailable {
        private final Room r1 = s.room("R1");
        private final Teacher busy = s.teacher("BUSY", List.of(s.at(MON, h(8), 24), at(weeks(1), days(WED), h(8), 12)),
                List.of());
        private final Teacher alsoBusy = s.teacher("ALSO", List.of(s.at(MON, h(9), 12)), List.of());

        @Test
        void teachingAtAnUnavailableTimeCounts() {
            s.section("A").taughtBy(busy).at(s.at(MON, h(9), 24)).in(r1);
            verify(Rule.TEACHER_UNAVAILABLE).penalizesBy(1).matches(1);
        }

        @Test
        void eachUnavailableTeacherCounts() {
            s.section("A").taughtBy(busy, alsoBusy, s.teacher("FREE")).at(s.at(MON, h(9), 12)).in(r1);
            verify(Rule.TEACHER_UNAVAILABLE).penalizesBy(2).matches(1);
        }

        @Test
        void roomlessSectionsCountToo() {
            s.section("A").taughtBy(busy).roomless().at(at(weeks(1), days(WED), h(8), 1));
            verify(Rule.TEACHER_UNAVAILABLE).penalizesBy(1);
        }

        @Test
        void touchingOtherDaysAndOtherWeeksAreFine() {
            s.section("touching").taughtBy(busy).at(s.at(MON, h(10), 12)).in(r1);
            s.section("tuesday").taughtBy(busy).at(s.at(TUE, h(8), 12)).in(r1);
            s.section("wednesdayWeek1").taughtBy(busy).at(at(weeks(0), days(WED), h(8), 12)).in(r1);
            verify(Rule.TEACHER_UNAVAILABLE).hasNoImpact();
        }

        @Test
        void sectionsWithoutTimeAreIgnored() {
            s.section("noTime").taughtBy(busy).in(r1);
            s.section("unplaced").taughtBy(busy);
            verify(Rule.TEACHER_UNAVAILABLE).hasNoImpact();
        }
    }
}
