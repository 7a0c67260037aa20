package org.skema.constraints;

import static org.skema.ScenarioBuilder.FRI;
import static org.skema.ScenarioBuilder.MON;
import static org.skema.ScenarioBuilder.TUE;
import static org.skema.ScenarioBuilder.WED;
import static org.skema.ScenarioBuilder.at;
import static org.skema.ScenarioBuilder.days;
import static org.skema.ScenarioBuilder.h;
import static org.skema.ScenarioBuilder.weeks;
import static org.skema.constraints.ConstraintFixtures.assertRule;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.skema.ScenarioBuilder;
import org.skema.constraints.ConstraintFixtures.RuleAssertion;
import org.skema.model.ObjectiveWeights;
import org.skema.model.Room;
import org.skema.model.Rule;
import org.skema.model.Teacher;
import org.skema.model.TimePattern;

/**
 * The curriculum-based rules (ITC 2007 track 3, generalised), under UD2 weights unless a test says
 * otherwise. One slot is 5 minutes; h(8) is 08:00, and hour-long sections play ITC 2007 periods.
 */
class CurriculumConstraintsTest {
    private final ScenarioBuilder s = new ScenarioBuilder().weights(ObjectiveWeights.itc2007());
    private final Room r1 = s.room("R1", 30);
    private final Room r2 = s.room("R2", 30);

    private RuleAssertion verify(Rule rule) {
        return assertRule(rule, s);
    }

    /** An hour from the given clock hour on a day, in every week. */
    private TimePattern hour(int day, int clock) {
        return s.at(day, h(clock), 12);
    }

    @Nested
    class CurriculumConflict {
        @Test
        void overlappingSectionsOfACurriculumClashOnce() {
            s.section("A").at(hour(MON, 8)).in(r1);
            s.section("B").at(s.at(MON, h(8) + 6, 12)).in(r2);
            s.curriculum("Q", "A", "B");
            verify(Rule.CURRICULUM_CONFLICT).penalizesBy(1).matches(1);
        }

        @Test
        void aPairInTwoCurriculaCountsOnce() {
            s.section("A").at(hour(MON, 8)).in(r1);
            s.section("B").at(hour(MON, 8)).in(r2);
            s.curriculum("Q1", "A", "B");
            s.curriculum("Q2", "B", "A");
            verify(Rule.CURRICULUM_CONFLICT).penalizesBy(1);
        }

        @Test
        void threeSectionsInOnePeriodAreThreePairs() {
            s.section("A").at(hour(MON, 8)).in(r1);
            s.section("B").at(hour(MON, 8)).in(r2);
            s.section("C").at(hour(MON, 8)).roomless();
            s.curriculum("Q", "A", "B", "C");
            verify(Rule.CURRICULUM_CONFLICT).penalizesBy(3);
        }

        @Test
        void touchingPeriodsOtherDaysOrWeeksAndOtherCurriculaDoNotClash() {
            s.section("A").at(hour(MON, 8)).in(r1);
            s.section("B").at(hour(MON, 9)).in(r1);
            s.section("C").at(hour(TUE, 8)).in(r1);
            s.section("D").at(at(weeks(0), days(WED), h(8), 12)).in(r1);
            s.section("E").at(at(weeks(1), days(WED), h(8), 12)).in(r2);
            s.section("F").at(hour(MON, 8)).in(r2);
            s.curriculum("Q1", "A", "B", "C", "D", "E");
            s.curriculum("Q2", "B", "F");
            verify(Rule.CURRICULUM_CONFLICT).hasNoImpact();
        }

        @Test
        void unplacedSectionsDoNotClashButSectionsWithoutARoomDo() {
            s.section("A").at(hour(MON, 8));
            s.section("B").at(hour(MON, 8)).roomless();
            s.section("C");
            s.curriculum("Q", "A", "B", "C");
            // A has a time but no room yet: a time rule already sees it
            verify(Rule.CURRICULUM_CONFLICT).penalizesBy(1);
        }
    }

    @Nested
    class RoomCapacityOverflow {
        @Test
        void withoutStudentsTheLimitIsTheExpectedSize() {
            s.section("A").limit(42).at(hour(MON, 8)).in(r1);
            s.section("B").limit(30).at(hour(MON, 9)).in(r1);
            verify(Rule.ROOM_CAPACITY_OVERFLOW).penalizesBy(12).matches(1);
        }

        @Test
        void withStudentsTheEnrolledCountIsTheExpectedSize() {
            s.section("A").limit(100).at(hour(MON, 8)).in(r1);
            s.section("B").limit(10).at(hour(MON, 9)).in(r2);
            s.students(33, "A", "B");
            verify(Rule.ROOM_CAPACITY_OVERFLOW).penalizesBy(3 + 3).matches(2);
        }

        @Test
        void onlyPlacedSectionsInARoomCount() {
            s.section("A").limit(50).at(hour(MON, 8));
            s.section("B").limit(50).in(r1);
            s.section("C").limit(50).at(hour(MON, 8)).roomless();
            verify(Rule.ROOM_CAPACITY_OVERFLOW).hasNoImpact();
        }

        @Test
        void theHardCapacityRuleUsesTheSameExpectedSize() {
            s.weights(ObjectiveWeights.faculty());
            s.section("A").limit(31).at(hour(MON, 8)).in(r1);
            s.section("B").limit(30).at(hour(MON, 9)).in(r1);
            verify(Rule.ROOM_CAPACITY).penalizesBy(1);
        }
    }

    @Nested
    class MinWorkingDays {
        @Test
        void daysShortOfTheMinimumCount() {
            s.course("X", 4);
            s.section("A").inCourse("X").at(hour(MON, 8)).in(r1);
            s.section("B").inCourse("X").at(hour(MON, 10)).in(r1);
            s.section("C").inCourse("X").at(hour(WED, 8)).in(r1);
            verify(Rule.MIN_WORKING_DAYS).penalizesBy(2).matches(1);
        }

        @Test
        void enoughDaysCostNothingAndCoursesWithoutAMinimumNeverCount() {
            s.course("X", 2);
            s.section("A").inCourse("X").at(hour(MON, 8)).in(r1);
            s.section("B").inCourse("X").at(hour(FRI, 8)).roomless();
            s.section("C").at(hour(FRI, 8)).in(r2);
            verify(Rule.MIN_WORKING_DAYS).hasNoImpact();
        }

        @Test
        void aSectionMeetingOnSeveralDaysCoversEachOfThem() {
            s.course("X", 3);
            s.section("A").inCourse("X").at(at(weeks(0, 1), days(MON, WED), h(8), 12)).in(r1);
            s.section("B").inCourse("X").at(at(weeks(0), days(WED), h(10), 12)).in(r1);
            verify(Rule.MIN_WORKING_DAYS).penalizesBy(1);
        }

        @Test
        void aCourseWithNothingPlacedMissesEveryDayAndUnplacedSectionsAddNone() {
            s.course("X", 3);
            s.course("Y", 2);
            s.section("A").inCourse("X");
            s.section("B").inCourse("Y").at(hour(TUE, 8)).in(r1);
            s.section("C").inCourse("Y");
            verify(Rule.MIN_WORKING_DAYS).penalizesBy(3 + 1).matches(2);
        }
    }

    @Nested
    class CurriculumCompactness {
        @Test
        void aLoneSectionIsIsolatedAndTouchingOnesAreNot() {
            s.section("A").at(hour(MON, 8)).in(r1);
            s.section("B").at(hour(MON, 9)).in(r1);
            s.section("C").at(hour(MON, 11)).in(r1);
            s.curriculum("Q", "A", "B", "C");
            verify(Rule.CURRICULUM_COMPACTNESS).penalizesBy(1);
        }

        @Test
        void neighboursMustBeOnTheSameDayInASharedWeek() {
            s.section("A").at(hour(MON, 16)).in(r1);
            s.section("B").at(hour(TUE, 17)).in(r1);
            s.section("C").at(at(weeks(0), days(WED), h(8), 12)).in(r1);
            s.section("D").at(at(weeks(1), days(WED), h(9), 12)).in(r1);
            s.curriculum("Q", "A", "B", "C", "D");
            verify(Rule.CURRICULUM_COMPACTNESS).penalizesBy(4);
        }

        @Test
        void lecturesSharingAnIsolatedPeriodEachCountAsTheValidatorDoes() {
            s.section("A").at(hour(MON, 8)).in(r1);
            s.section("B").at(hour(MON, 8)).in(r2);
            s.section("C").at(hour(MON, 10)).in(r1);
            s.section("D").at(hour(MON, 11)).in(r1);
            s.section("E").at(hour(MON, 11)).in(r2);
            s.curriculum("Q", "A", "B", "C", "D", "E");
            // A and B overlap, which does not make them neighbours; C, D and E touch
            verify(Rule.CURRICULUM_COMPACTNESS).penalizesBy(2);
        }

        @Test
        void eachCurriculumJudgesItsOwnSections() {
            s.section("A").at(hour(MON, 8)).in(r1);
            s.section("B").at(hour(MON, 9)).in(r1);
            s.section("C").at(hour(MON, 10)).in(r1);
            s.curriculum("Q1", "A", "B");
            s.curriculum("Q2", "A", "C");
            // A has B next to it in Q1, but nothing in Q2
            verify(Rule.CURRICULUM_COMPACTNESS).penalizesBy(2);
        }

        @Test
        void gapsUpToTheToleranceStillTouch() {
            s.weights(new ObjectiveWeights(0, 0, 0, 0, 0, 0, 3, false, 1, 5, 2, 1));
            s.section("A").at(s.at(MON, h(8), 12)).in(r1);
            s.section("B").at(s.at(MON, h(9) + 3, 12)).in(r1);
            s.section("C").at(s.at(MON, h(10) + 7, 12)).in(r1);
            s.curriculum("Q", "A", "B", "C");
            // A-B: 3 slots apart, within the tolerance; B-C: 4 slots apart
            verify(Rule.CURRICULUM_COMPACTNESS).penalizesBy(1);
        }

        @Test
        void aSectionMeetingOnSeveralDaysIsJudgedOnEach() {
            s.section("A").at(at(weeks(0, 1), days(MON, WED), h(8), 12)).in(r1);
            s.section("B").at(hour(MON, 9)).roomless();
            s.section("C");
            s.curriculum("Q", "A", "B", "C");
            // Monday: A and B touch; Wednesday: A alone; C is unplaced
            verify(Rule.CURRICULUM_COMPACTNESS).penalizesBy(1);
        }

        @Test
        void switchedOffWithoutAWeight() {
            s.weights(new ObjectiveWeights(0, 0, 0, 0, 0, 0, 0, false, 1, 5, 0, 1));
            s.section("A").at(hour(MON, 8)).in(r1);
            s.curriculum("Q", "A");
            verify(Rule.CURRICULUM_COMPACTNESS).hasNoImpact();
        }
    }

    @Nested
    class RoomStability {
        @Test
        void everyRoomBeyondTheFirstCounts() {
            s.section("A").inCourse("X").at(hour(MON, 8)).in(r1);
            s.section("B").inCourse("X").at(hour(TUE, 8)).in(r2);
            s.section("C").inCourse("X").at(hour(WED, 8)).in(s.room("R3", 30));
            s.section("D").inCourse("X").at(hour(FRI, 8)).in(r1);
            verify(Rule.ROOM_STABILITY).penalizesBy(2).matches(1);
        }

        @Test
        void eachCourseCountsOnItsOwn() {
            s.section("A").at(hour(MON, 8)).in(r1);
            s.section("B").inCourse("X").at(hour(MON, 9)).in(r2);
            s.section("C").inCourse("X").at(hour(MON, 10)).in(r2);
            verify(Rule.ROOM_STABILITY).hasNoImpact();
        }

        @Test
        void sectionsWithoutTimeOrRoomDoNotCount() {
            s.section("A").inCourse("X").at(hour(MON, 8)).in(r1);
            s.section("B").inCourse("X").in(r2);
            s.section("C").inCourse("X").at(hour(MON, 9));
            s.section("D").inCourse("X").at(hour(MON, 10)).roomless();
            verify(Rule.ROOM_STABILITY).hasNoImpact();
        }
    }

    @Test
    void lecturesOfOneCourseNeverShareAPeriodBecauseTheyShareTheTeacher() {
        Teacher t = s.teacher("T");
        s.section("A").taughtBy(t).at(hour(MON, 8)).in(r1);
        s.section("B").taughtBy(t).at(hour(MON, 8)).in(r2);
        verify(Rule.TEACHER_CONFLICT).penalizesBy(1);
    }
}
