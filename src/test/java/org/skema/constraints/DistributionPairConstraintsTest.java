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
import org.skema.model.Calendar;
import org.skema.model.Room;
import org.skema.model.Rule;
import org.skema.model.TimePattern;

/**
 * Pairwise distribution rules (FORMAT-NOTES §7.1), each type held and broken through the
 * "Required distribution pair" constraint, plus how the soft constraint weighs failing pairs.
 * One slot is 5 minutes; h(8) is 08:00.
 */
class DistributionPairConstraintsTest {
    private static final Calendar THREE_WEEKS = new Calendar(3, 5, 288);
    private static final ScenarioBuilder TIMES = new ScenarioBuilder(THREE_WEEKS);

    /** A time on one day, every week. */
    private static TimePattern on(int day, int start, int length) {
        return TIMES.at(day, start, length);
    }

    /** Sections A and B, each in its own room, under one required rule listing A first. */
    private static RuleAssertion requiredPair(String type, TimePattern a, TimePattern b) {
        ScenarioBuilder s = new ScenarioBuilder(THREE_WEEKS);
        s.section("A").at(a).in(s.room("RA"));
        s.section("B").at(b).in(s.room("RB"));
        s.required(type, "A", "B");
        return assertRule(Rule.REQUIRED_DISTRIBUTION_PAIR, s);
    }

    @Nested
    class TimeOfDayTypes {
        @Test
        void sameStartComparesOnlyTheStart() {
            requiredPair("SameStart", on(MON, h(8), 12), on(TUE, h(8), 24)).hasNoImpact();
            requiredPair("SameStart", on(MON, h(8), 12), on(MON, h(8) + 1, 11)).penalizesBy(1);
        }

        @Test
        void sameTimeNeedsOneIntervalInsideTheOther() {
            requiredPair("SameTime", on(MON, h(8), 24), on(TUE, h(8) + 6, 12)).hasNoImpact();
            requiredPair("SameTime", on(MON, h(8) + 6, 12), on(TUE, h(8), 24)).hasNoImpact();
            requiredPair("SameTime", on(MON, h(8), 24), on(MON, h(9), 24)).penalizesBy(1);
        }

        @Test
        void differentTimeAllowsTouchingAndIgnoresDays() {
            requiredPair("DifferentTime", on(MON, h(8), 12), on(MON, h(9), 12)).hasNoImpact();
            requiredPair("DifferentTime", on(MON, h(9), 12), on(MON, h(8), 12)).hasNoImpact();
            requiredPair("DifferentTime", on(MON, h(8), 12), on(TUE, h(9) - 1, 12)).penalizesBy(1);
        }
    }

    @Nested
    class DayAndWeekTypes {
        @Test
        void sameDaysNeedsOneDaySetInsideTheOther() {
            requiredPair("SameDays", at(weeks(0), days(MON, WED), h(8), 12), at(weeks(1), days(MON), h(12), 6))
                    .hasNoImpact();
            requiredPair("SameDays", at(weeks(0), days(MON, WED), h(8), 12), at(weeks(0), days(MON, TUE), h(8), 12))
                    .penalizesBy(1);
        }

        @Test
        void differentDaysForbidsAnyCommonDay() {
            requiredPair("DifferentDays", on(MON, h(8), 12), on(TUE, h(8), 12)).hasNoImpact();
            requiredPair("DifferentDays", at(weeks(0), days(MON, WED), h(8), 12), at(weeks(1), days(WED, FRI), h(14), 12))
                    .penalizesBy(1);
        }

        @Test
        void sameWeeksNeedsOneWeekSetInsideTheOther() {
            requiredPair("SameWeeks", at(weeks(0, 1), days(MON), h(8), 12), at(weeks(0), days(TUE), h(10), 12))
                    .hasNoImpact();
            requiredPair("SameWeeks", at(weeks(0, 1), days(MON), h(8), 12), at(weeks(1, 2), days(MON), h(8), 12))
                    .penalizesBy(1);
        }

        @Test
        void differentWeeksForbidsAnyCommonWeek() {
            requiredPair("DifferentWeeks", at(weeks(0), days(MON), h(8), 12), at(weeks(1, 2), days(MON), h(8), 12))
                    .hasNoImpact();
            requiredPair("DifferentWeeks", at(weeks(0, 1), days(MON), h(8), 12), at(weeks(1), days(TUE), h(10), 12))
                    .penalizesBy(1);
        }
    }

    @Nested
    class OverlapTypes {
        @Test
        void overlapNeedsACommonWeekDayAndMoment() {
            requiredPair("Overlap", at(weeks(0, 1), days(MON, WED), h(8), 24), at(weeks(1, 2), days(WED), h(9), 24))
                    .hasNoImpact();
        }

        @Test
        void touchingOrOtherDayOrOtherWeekIsNoOverlap() {
            requiredPair("Overlap", on(MON, h(8), 12), on(MON, h(9), 12)).penalizesBy(1);
            requiredPair("Overlap", on(MON, h(8), 12), on(TUE, h(8), 12)).penalizesBy(1);
            requiredPair("Overlap", at(weeks(0), days(MON), h(8), 12), at(weeks(1), days(MON), h(8), 12)).penalizesBy(1);
        }

        @Test
        void notOverlapAllowsTouchingOtherDaysAndOtherWeeks() {
            requiredPair("NotOverlap", on(MON, h(8), 12), on(MON, h(9), 12)).hasNoImpact();
            requiredPair("NotOverlap", on(MON, h(8), 12), on(TUE, h(8), 12)).hasNoImpact();
            requiredPair("NotOverlap", at(weeks(0), days(MON), h(8), 12), at(weeks(1), days(MON), h(8), 12))
                    .hasNoImpact();
        }

        @Test
        void notOverlapIsBrokenByAnyCommonMoment() {
            requiredPair("NotOverlap", at(weeks(0, 1), days(MON, WED), h(8), 24), at(weeks(1, 2), days(WED), h(9), 24))
                    .penalizesBy(1);
        }
    }

    @Nested
    class RoomTypes {
        private final ScenarioBuilder s = new ScenarioBuilder();
        private final Room r1 = s.room("R1");
        private final Room r2 = s.room("R2");

        @Test
        void sameRoomHoldsInOneRoom() {
            s.section("A").at(s.at(MON, h(8), 12)).in(r1);
            s.section("B").at(s.at(TUE, h(8), 12)).in(r1);
            s.required("SameRoom", "A", "B");
            assertRule(Rule.REQUIRED_DISTRIBUTION_PAIR, s).hasNoImpact();
        }

        @Test
        void sameRoomIsBrokenByTwoRooms() {
            s.section("A").at(s.at(MON, h(8), 12)).in(r1);
            s.section("B").at(s.at(TUE, h(8), 12)).in(r2);
            s.required("SameRoom", "A", "B");
            assertRule(Rule.REQUIRED_DISTRIBUTION_PAIR, s).penalizesBy(1);
        }

        @Test
        void roomRulesHoldWhileARoomIsMissing() {
            s.section("A").at(s.at(MON, h(8), 12)).in(r1);
            s.section("noRoomYet").at(s.at(TUE, h(8), 12));
            s.section("roomless").roomless().at(s.at(WED, h(8), 12));
            s.required("SameRoom", "A", "noRoomYet", "roomless");
            s.required("DifferentRoom", "A", "noRoomYet", "roomless");
            assertRule(Rule.REQUIRED_DISTRIBUTION_PAIR, s).hasNoImpact();
        }

        @Test
        void differentRoomHoldsInTwoRooms() {
            s.section("A").at(s.at(MON, h(8), 12)).in(r1);
            s.section("B").at(s.at(MON, h(8), 12)).in(r2);
            s.required("DifferentRoom", "A", "B");
            assertRule(Rule.REQUIRED_DISTRIBUTION_PAIR, s).hasNoImpact();
        }

        @Test
        void differentRoomIsBrokenByOneRoomEvenOnOtherDays() {
            s.section("A").at(s.at(MON, h(8), 12)).in(r1);
            s.section("B").at(s.at(TUE, h(8), 12)).in(r1);
            s.required("DifferentRoom", "A", "B");
            assertRule(Rule.REQUIRED_DISTRIBUTION_PAIR, s).penalizesBy(1);
        }
    }

    @Nested
    class SameAttendees {
        private final ScenarioBuilder s = new ScenarioBuilder();
        private final Room r1 = s.room("R1");
        private final Room r2 = s.room("R2");

        SameAttendees() {
            s.travel(r1, r2, 4);
            s.section("A").at(s.at(MON, h(8), 12)).in(r1);
        }

        private RuleAssertion withB() {
            s.required("SameAttendees", "A", "B");
            return assertRule(Rule.REQUIRED_DISTRIBUTION_PAIR, s);
        }

        @Test
        void aGapEqualToTheTravelTimeIsEnough() {
            s.section("B").at(s.at(MON, h(9) + 4, 12)).in(r2);
            withB().hasNoImpact();
        }

        @Test
        void aGapShorterThanTheTravelTimeIsNot() {
            s.section("B").at(s.at(MON, h(9) + 3, 12)).in(r2);
            withB().penalizesBy(1);
        }

        @Test
        void travelCountsInBothDirections() {
            s.section("B").at(s.at(MON, h(7) - 3, 12)).in(r2);
            withB().penalizesBy(1);
        }

        @Test
        void touchingInOneRoomIsFine() {
            s.section("B").at(s.at(MON, h(9), 12)).in(r1);
            withB().hasNoImpact();
        }

        @Test
        void aRoomlessSectionNeedsNoTravel() {
            s.section("B").roomless().at(s.at(MON, h(9), 12));
            withB().hasNoImpact();
        }

        @Test
        void overlappingOnAnotherDayIsFine() {
            s.section("B").at(s.at(TUE, h(8), 12)).in(r1);
            withB().hasNoImpact();
        }

        @Test
        void overlappingIsNot() {
            s.section("B").at(s.at(MON, h(8) + 11, 12)).in(r1);
            withB().penalizesBy(1);
        }
    }

    @Nested
    class Precedence {
        @Test
        void anEarlierFirstWeekWinsWhateverTheDayAndHour() {
            requiredPair("Precedence", at(weeks(0, 2), days(FRI), h(16), 12), at(weeks(1), days(MON), h(8), 12))
                    .hasNoImpact();
            requiredPair("Precedence", at(weeks(1), days(MON), h(8), 12), at(weeks(0, 2), days(FRI), h(16), 12))
                    .penalizesBy(1);
        }

        @Test
        void inTheSameFirstWeekAnEarlierFirstDayWins() {
            requiredPair("Precedence", at(weeks(0), days(MON, FRI), h(16), 12), at(weeks(0, 1), days(TUE), h(8), 12))
                    .hasNoImpact();
            requiredPair("Precedence", at(weeks(0, 1), days(TUE), h(8), 12), at(weeks(0), days(MON, FRI), h(16), 12))
                    .penalizesBy(1);
        }

        @Test
        void onTheSameFirstDayTheFirstMustEndBeforeTheSecondStarts() {
            requiredPair("Precedence", on(WED, h(8), 12), on(WED, h(9), 12)).hasNoImpact();
            requiredPair("Precedence", on(WED, h(8), 12), on(WED, h(9) - 1, 12)).penalizesBy(1);
            requiredPair("Precedence", on(WED, h(9), 12), on(WED, h(8), 12)).penalizesBy(1);
        }

        @Test
        void listingOrderDecidesWhichComesFirst() {
            ScenarioBuilder s = new ScenarioBuilder(THREE_WEEKS);
            Room r = s.room("R");
            s.section("A").at(on(MON, h(8), 12)).in(r);
            s.section("B").at(on(TUE, h(8), 12)).in(r);
            s.section("C").at(on(WED, h(8), 12)).in(r);
            s.required("Precedence", "C", "A", "B");
            // C-A and C-B fail, A-B holds
            assertRule(Rule.REQUIRED_DISTRIBUTION_PAIR, s).penalizesBy(2).matches(2);
        }
    }

    @Nested
    class WorkDayAndMinGap {
        @Test
        void workDayLimitsTheSpanOnACommonDay() {
            requiredPair("WorkDay(24)", on(MON, h(8), 12), on(MON, h(9), 12)).hasNoImpact();
            requiredPair("WorkDay(24)", on(MON, h(8), 12), on(MON, h(9) + 1, 12)).penalizesBy(1);
            requiredPair("WorkDay(24)", on(MON, h(9) + 1, 12), on(MON, h(8), 12)).penalizesBy(1);
        }

        @Test
        void workDayIgnoresOtherDaysAndWeeks() {
            requiredPair("WorkDay(24)", on(MON, h(8), 12), on(TUE, h(16), 12)).hasNoImpact();
            requiredPair("WorkDay(24)", at(weeks(0), days(MON), h(8), 12), at(weeks(1), days(MON), h(16), 12))
                    .hasNoImpact();
        }

        @Test
        void minGapNeedsAtLeastTheGapOnACommonDay() {
            requiredPair("MinGap(6)", on(MON, h(8), 12), on(MON, h(9) + 6, 12)).hasNoImpact();
            requiredPair("MinGap(6)", on(MON, h(9) + 6, 12), on(MON, h(8), 12)).hasNoImpact();
            requiredPair("MinGap(6)", on(MON, h(8), 12), on(MON, h(9) + 5, 12)).penalizesBy(1);
            requiredPair("MinGap(6)", on(MON, h(8), 12), on(MON, h(8) + 6, 12)).penalizesBy(1);
        }

        @Test
        void minGapIgnoresOtherDaysAndWeeks() {
            requiredPair("MinGap(6)", on(MON, h(8), 12), on(TUE, h(8), 12)).hasNoImpact();
            requiredPair("MinGap(6)", at(weeks(0), days(MON), h(8), 12), at(weeks(1), days(MON), h(8), 12))
                    .hasNoImpact();
        }
    }

    @Nested
    class RequiredAndPreferred {
        private final ScenarioBuilder s = new ScenarioBuilder();
        private final Room r = s.room("R");

        RequiredAndPreferred() {
            s.section("A").at(s.at(MON, h(8), 24)).in(r);
            s.section("B").at(s.at(MON, h(9), 12)).in(r);
            s.section("C").at(s.at(MON, h(8), 12)).in(r);
            s.section("D").at(s.at(TUE, h(8), 12)).in(r);
        }

        @Test
        void requiredCountsEveryFailingPairOnce() {
            s.required("NotOverlap", "A", "B", "C", "D");
            // A-B and A-C overlap; B-C touch; D is on Tuesday
            assertRule(Rule.REQUIRED_DISTRIBUTION_PAIR, s).penalizesBy(2).matches(2);
        }

        @Test
        void preferredCostsItsPenaltyPerFailingPair() {
            s.preferred("NotOverlap", 5, "A", "B", "C", "D");
            s.preferred("SameStart", 3, "A", "B");
            assertRule(Rule.PREFERRED_DISTRIBUTION_PAIR, s).penalizesBy(2 * 5 + 3).matches(3);
        }

        @Test
        void requiredAndPreferredDoNotSeeEachOther() {
            s.preferred("NotOverlap", 5, "A", "B");
            assertRule(Rule.REQUIRED_DISTRIBUTION_PAIR, s).hasNoImpact();
            ScenarioBuilder other = new ScenarioBuilder();
            Room room = other.room("R");
            other.section("A").at(other.at(MON, h(8), 24)).in(room);
            other.section("B").at(other.at(MON, h(9), 12)).in(room);
            other.required("NotOverlap", "A", "B");
            assertRule(Rule.PREFERRED_DISTRIBUTION_PAIR, other).hasNoImpact();
        }

        @Test
        void pairsWithASectionWithoutTimeAreIgnored() {
            s.section("noTime").in(r);
            s.section("unplaced");
            s.required("SameStart", "D", "noTime", "unplaced");
            s.preferred("SameStart", 4, "noTime", "unplaced", "D");
            assertRule(Rule.REQUIRED_DISTRIBUTION_PAIR, s).hasNoImpact();
            assertRule(Rule.PREFERRED_DISTRIBUTION_PAIR, s).hasNoImpact();
        }

        @Test
        void aRuleOverOneSectionHasNoPairs() {
            s.required("Overlap", "D");
            s.preferred("Overlap", 9, "D");
            assertRule(Rule.REQUIRED_DISTRIBUTION_PAIR, s).hasNoImpact();
            assertRule(Rule.PREFERRED_DISTRIBUTION_PAIR, s).hasNoImpact();
        }
    }
}
