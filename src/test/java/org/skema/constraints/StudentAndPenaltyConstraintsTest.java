package org.skema.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skema.ScenarioBuilder.MON;
import static org.skema.ScenarioBuilder.TUE;
import static org.skema.ScenarioBuilder.at;
import static org.skema.ScenarioBuilder.days;
import static org.skema.ScenarioBuilder.h;
import static org.skema.ScenarioBuilder.weeks;
import static org.skema.constraints.ConstraintFixtures.assertRule;
import static org.skema.constraints.ConstraintFixtures.timefold;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.skema.ScenarioBuilder;
import org.skema.ScenarioBuilder.Scenario;
import org.skema.constraints.ConstraintFixtures.RuleAssertion;
import org.skema.model.ObjectiveWeights;
import org.skema.model.Room;
import org.skema.model.Rule;
import org.skema.model.Teacher;
import org.skema.model.TimeOption;

/** The medium rule (unplaced sections) and the soft rules. One slot is 5 minutes; h(8) is 08:00. */
class StudentAndPenaltyConstraintsTest {
    private final ScenarioBuilder s = new ScenarioBuilder();
    private final Room r1 = s.room("R1");
    private final Room r2 = s.room("R2");

    private RuleAssertion verify(Rule rule) {
        return assertRule(rule, s);
    }

    @Nested
    class UnplacedSection {
        @Test
        void placedSectionsAreFine() {
            s.section("A").at(s.at(MON, h(8), 12)).in(r1);
            s.section("roomless").roomless().at(s.at(MON, h(8), 12));
            verify(Rule.UNPLACED_SECTION).hasNoImpact();
        }

        @Test
        void eachMissingDecisionCounts() {
            s.section("nothing");
            s.section("roomlessWithoutTime").roomless();
            s.section("noRoomYet").at(s.at(MON, h(8), 12));
            s.section("noTime").in(r1);
            s.section("placed").at(s.at(MON, h(8), 12)).in(r2);
            // 2 + 1 + 1 + 2 over four sections: a room without a time decides nothing
            verify(Rule.UNPLACED_SECTION).penalizesBy(6).matches(4);
        }
    }

    @Nested
    class StudentConflict {
        StudentConflict() {
            s.travel(r1, r2, 4);
        }

        @Test
        void everyStudentOfAnOverlappingPairCounts() {
            s.section("A").at(s.at(MON, h(8), 18)).in(r1);
            s.section("B").at(s.at(MON, h(9), 12)).in(r2);
            s.students(3, "A", "B");
            verify(Rule.STUDENT_CONFLICT).penalizesBy(3).matches(1);
        }

        @Test
        void everyPairOfEveryStudentCounts() {
            s.section("A").at(s.at(MON, h(8), 24)).in(r1);
            s.section("B").at(s.at(MON, h(8), 12)).in(r2);
            s.section("C").at(s.at(MON, h(9), 12)).in(r1);
            s.students(2, "A", "B");
            s.students(1, "A", "B", "C");
            // A-B overlap for 3 students, A-C overlap for 1; B ends at 09:00 in R2 and C starts at
            // 09:00 in R1, a gap of 0 slots where the walk takes 4: 1 more
            verify(Rule.STUDENT_CONFLICT).penalizesBy(3 + 1 + 1).matches(3);
        }

        @Test
        void touchingOrOtherDaysOrOtherWeeksAreFine() {
            s.section("A").at(at(weeks(0), days(MON), h(8), 12)).in(r1);
            s.section("touching").at(at(weeks(0), days(MON), h(9), 12)).in(r1);
            s.section("tuesday").at(at(weeks(0), days(TUE), h(8), 12)).in(r1);
            s.section("week2").at(at(weeks(1), days(MON), h(8), 12)).in(r1);
            s.students(1, "A", "touching", "tuesday", "week2");
            verify(Rule.STUDENT_CONFLICT).hasNoImpact();
        }

        @Test
        void aGapShorterThanTheTravelTimeIsAConflict() {
            s.section("A").at(s.at(MON, h(8), 12)).in(r1);
            s.section("B").at(s.at(MON, h(9) + 3, 12)).in(r2);
            s.students(2, "A", "B");
            verify(Rule.STUDENT_CONFLICT).penalizesBy(2);
        }

        @Test
        void aGapEqualToTheTravelTimeIsFine() {
            s.section("A").at(s.at(MON, h(8), 12)).in(r1);
            s.section("B").at(s.at(MON, h(9) + 4, 12)).in(r2);
            s.students(2, "A", "B");
            verify(Rule.STUDENT_CONFLICT).hasNoImpact();
        }

        @Test
        void aRoomlessOrRoomNotYetChosenSectionHasNoTravel() {
            s.section("A").at(s.at(MON, h(8), 12)).in(r2);
            s.section("roomless").roomless().at(s.at(MON, h(9), 12));
            s.section("noRoomYet").at(s.at(MON, h(7), 12));
            s.students(1, "A", "roomless", "noRoomYet");
            verify(Rule.STUDENT_CONFLICT).hasNoImpact();
        }

        @Test
        void sectionsWithoutTimeAreIgnored() {
            s.section("A").at(s.at(MON, h(8), 12)).in(r1);
            s.section("noTime").in(r1);
            s.section("unplaced");
            s.students(1, "A", "noTime", "unplaced");
            verify(Rule.STUDENT_CONFLICT).hasNoImpact();
        }

        @Test
        void sharedTeachersAreNotStudents() {
            Teacher t = s.teacher("T");
            s.section("A").taughtBy(t).at(s.at(MON, h(8), 12)).in(r1);
            s.section("B").taughtBy(t).at(s.at(MON, h(8), 12)).in(r2);
            verify(Rule.STUDENT_CONFLICT).hasNoImpact();
        }
    }

    @Nested
    class StudentGap {
        // the faculty weights tolerate gaps of up to 3 slots (15 minutes)

        @Test
        void idleTimeCountsPerStudentAndDayOfEveryWeek() {
            s.section("A").at(s.at(MON, h(8), 12)).in(r1);
            s.section("B").at(s.at(MON, h(10), 12)).in(r1);
            s.students(2, "A", "B");
            // 12 slots on 2 Mondays for 2 students
            verify(Rule.STUDENT_GAP).penalizesBy(48).matches(1);
        }

        @Test
        void aGapWithinTheToleranceIsABreak() {
            s.section("A").at(s.at(MON, h(8), 12)).in(r1);
            s.section("B").at(s.at(MON, h(9) + 3, 12)).in(r1);
            s.students(1, "A", "B");
            verify(Rule.STUDENT_GAP).hasNoImpact();
        }

        @Test
        void aGapLongerThanTheToleranceCountsInFull() {
            s.section("A").at(s.at(MON, h(8), 12)).in(r1);
            s.section("B").at(s.at(MON, h(9) + 4, 12)).in(r1);
            s.students(1, "A", "B");
            verify(Rule.STUDENT_GAP).penalizesBy(8);
        }

        @Test
        void theToleranceComesFromTheWeights() {
            s.weights(new ObjectiveWeights(1, 1, 1, 100, 1, 1, 0, true, 0, 0, 0, 0));
            s.section("A").at(s.at(MON, h(8), 12)).in(r1);
            s.section("B").at(s.at(MON, h(9) + 1, 12)).in(r1);
            s.students(1, "A", "B");
            verify(Rule.STUDENT_GAP).penalizesBy(2);
        }

        @Test
        void gapsAreMeasuredFromTheLatestEnd() {
            s.section("A").at(s.at(MON, h(8), 24)).in(r1);
            s.section("B").at(s.at(MON, h(8) + 6, 6)).in(r1);
            s.section("C").at(s.at(MON, h(10) + 6, 12)).in(r1);
            s.students(1, "A", "B", "C");
            // C starts 6 slots after A ends (not 18 after B ends), on 2 Mondays
            verify(Rule.STUDENT_GAP).penalizesBy(12);
        }

        @Test
        void otherDaysAndOverlapsAreNoGaps() {
            s.section("A").at(s.at(MON, h(8), 12)).in(r1);
            s.section("B").at(s.at(TUE, h(14), 12)).in(r1);
            s.section("C").at(s.at(MON, h(8) + 6, 12)).in(r2);
            s.students(1, "A", "B", "C");
            verify(Rule.STUDENT_GAP).hasNoImpact();
        }

        @Test
        void onlyWeeksInWhichBothMeetCount() {
            s.section("A").at(s.at(MON, h(8), 12)).in(r1);
            s.section("B").at(at(weeks(1), days(MON), h(10), 12)).in(r1);
            s.students(1, "A", "B");
            verify(Rule.STUDENT_GAP).penalizesBy(12);
        }

        @Test
        void sectionsWithoutTimeAreIgnored() {
            s.section("A").at(s.at(MON, h(8), 12)).in(r1);
            s.section("noTime").in(r1);
            s.section("C").at(s.at(MON, h(10), 12)).in(r1);
            s.students(1, "A", "noTime", "C");
            verify(Rule.STUDENT_GAP).penalizesBy(24);
        }

        @Test
        void studentsWithDifferentTimetablesAreCountedApart() {
            s.section("A").at(s.at(MON, h(8), 12)).in(r1);
            s.section("B").at(s.at(MON, h(10), 12)).in(r1);
            s.section("C").at(s.at(MON, h(11), 12)).in(r1);
            s.section("D").at(s.at(TUE, h(11), 12)).in(r1);
            s.students(1, "A", "B");
            s.students(2, "A", "C");
            s.students(3, "D");
            // 1 x 12 x 2 weeks + 2 x 24 x 2 weeks; one section alone has no gaps
            verify(Rule.STUDENT_GAP).penalizesBy(24 + 96).matches(2);
        }

        @Test
        void withoutAGapWeightTheSolverSkipsGaps() {
            s.weights(ObjectiveWeights.itc2019(1, 1, 1, 1));
            s.section("A").at(s.at(MON, h(8), 12)).in(r1);
            s.section("B").at(s.at(MON, h(10), 12)).in(r1);
            s.students(1, "A", "B");
            Scenario scenario = s.build();
            timefold(Rule.STUDENT_GAP, scenario).hasNoImpact();
            assertThat(scenario.evaluate().penaltyPerRule().get(Rule.STUDENT_GAP)).isZero();
        }
    }

    @Nested
    class TeacherUndesiredTime {
        private final Teacher t = s.teacher("T", List.of(), List.of(
                new TimeOption(s.at(MON, h(8), 24), 5),
                new TimeOption(at(weeks(0), days(TUE), h(8), 12), 2)));
        private final Teacher u = s.teacher("U", List.of(), List.of(new TimeOption(s.at(MON, h(9), 6), 3)));

        @Test
        void teachingAtAnUndesiredTimeCostsItsPenalty() {
            s.section("A").taughtBy(t).at(s.at(MON, h(9), 12)).in(r1);
            verify(Rule.TEACHER_UNDESIRED_TIME).penalizesBy(5).matches(1);
        }

        @Test
        void everyOverlappedUndesiredTimeAndEveryTeacherCounts() {
            s.section("A").taughtBy(t, u).at(at(weeks(0, 1), days(MON, TUE), h(8), 18)).in(r1);
            // T: Monday (5) and Tuesday of the first week (2); U: Monday 09:00 (3)
            verify(Rule.TEACHER_UNDESIRED_TIME).penalizesBy(10).matches(1);
        }

        @Test
        void touchingOtherDaysAndOtherWeeksAreFine() {
            s.section("touching").taughtBy(t).at(s.at(MON, h(10), 12)).in(r1);
            s.section("tuesdayWeek2").taughtBy(t).at(at(weeks(1), days(TUE), h(8), 12)).in(r1);
            s.section("wednesday").taughtBy(t).at(s.at(2, h(8), 12)).in(r1);
            verify(Rule.TEACHER_UNDESIRED_TIME).hasNoImpact();
        }

        @Test
        void roomlessSectionsCountAndSectionsWithoutTimeDoNot() {
            s.section("roomless").taughtBy(t).roomless().at(s.at(MON, h(8), 6));
            s.section("noTime").taughtBy(t).in(r1);
            s.section("unplaced").taughtBy(u);
            verify(Rule.TEACHER_UNDESIRED_TIME).penalizesBy(5);
        }
    }

    @Nested
    class TimeAndRoomPenalty {
        @Test
        void theChosenTimeOptionsPenaltiesAddUp() {
            s.section("A").at(s.at(MON, h(8), 12), 3).in(r1);
            s.section("B").roomless().at(s.at(MON, h(8), 12), 4);
            s.section("free").at(s.at(MON, h(8), 12), 0).in(r1);
            s.section("noTime").in(r1);
            verify(Rule.TIME_PENALTY).penalizesBy(7).matches(2);
        }

        @Test
        void freeTimesCostNothing() {
            s.section("A").at(s.at(MON, h(8), 12)).in(r1, 6);
            verify(Rule.TIME_PENALTY).hasNoImpact();
        }

        @Test
        void theChosenRoomOptionsPenaltiesAddUp() {
            s.section("A").at(s.at(MON, h(8), 12)).in(r1, 2);
            s.section("noTime").in(r2, 5);
            s.section("free").at(s.at(MON, h(8), 12), 9).in(r2, 0);
            s.section("B").at(s.at(TUE, h(8), 12)).in(r2, 5);
            // "noTime" does not count: like every rule, room rules need a time first
            verify(Rule.ROOM_PENALTY).penalizesBy(7).matches(2);
        }

        @Test
        void sectionsWithoutRoomCostNothing() {
            s.section("noRoomYet").at(s.at(MON, h(8), 12), 1);
            s.section("roomless").roomless().at(s.at(MON, h(8), 12), 1);
            verify(Rule.ROOM_PENALTY).hasNoImpact();
        }
    }
}
