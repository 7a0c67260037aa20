package org.skema.constraints;

import static org.skema.ScenarioBuilder.FRI;
import static org.skema.ScenarioBuilder.MON;
import static org.skema.ScenarioBuilder.TUE;
import static org.skema.ScenarioBuilder.WED;
import static org.skema.ScenarioBuilder.at;
import static org.skema.ScenarioBuilder.days;
import static org.skema.ScenarioBuilder.h;
import static org.skema.ScenarioBuilder.weekRange;
import static org.skema.ScenarioBuilder.weeks;
import static org.skema.constraints.ConstraintFixtures.assertRule;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.skema.ScenarioBuilder;
import org.skema.constraints.ConstraintFixtures.RuleAssertion;
import org.skema.model.Calendar;
import org.skema.model.Room;
import org.skema.model.Rule;

/**
 * Group distribution rules (FORMAT-NOTES §7.2): MaxDays, MaxDayLoad, MaxBreaks and MaxBlock,
 * required (hard units) and preferred (penalty times units, divided by the number of weeks once
 * per rule, except MaxDays). The default calendar has 2 weeks; h(8) is 08:00 in 5-minute slots.
 */
class DistributionGroupConstraintsTest {
    private ScenarioBuilder s = new ScenarioBuilder();
    private Room r = s.room("R");

    private RuleAssertion required() {
        return assertRule(Rule.REQUIRED_DISTRIBUTION_GROUP, s);
    }

    private RuleAssertion preferred() {
        return assertRule(Rule.PREFERRED_DISTRIBUTION_GROUP, s);
    }

    /** Three sections A, B, C on Monday of every week, in this order. */
    private void monday(int startA, int lengthA, int startB, int lengthB, int startC, int lengthC) {
        s.section("A").at(s.at(MON, startA, lengthA)).in(r);
        s.section("B").at(s.at(MON, startB, lengthB)).in(r);
        s.section("C").at(s.at(MON, startC, lengthC)).in(r);
    }

    @Nested
    class MaxDays {
        @Test
        void daysWithinTheLimitAreFine() {
            s.section("A").at(s.at(MON, h(8), 12)).in(r);
            s.section("B").at(s.at(MON, h(14), 12)).in(r);
            s.section("C").at(s.at(TUE, h(8), 12)).in(r);
            s.required("MaxDays(2)", "A", "B", "C");
            required().hasNoImpact();
        }

        @Test
        void daysAreCountedOverTheWholeSemesterIgnoringWeeks() {
            s.section("A").at(at(weeks(0), days(MON), h(8), 12)).in(r);
            s.section("B").at(at(weeks(1), days(TUE), h(8), 12)).in(r);
            s.section("C").at(at(weeks(0), days(WED), h(8), 12)).in(r);
            s.required("MaxDays(2)", "A", "B", "C");
            required().penalizesBy(1).matches(1);
        }

        @Test
        void theSoftPenaltyIsNotDividedByWeeks() {
            s.section("A").at(at(weeks(0, 1), days(MON, WED, FRI), h(8), 12)).in(r);
            s.section("B").at(at(weeks(1), days(TUE), h(8), 12)).in(r);
            s.preferred("MaxDays(1)", 5, "A", "B");
            // 4 days, 3 over the limit: 5 x 3, not (5 x 3) div 2
            preferred().penalizesBy(15).matches(1);
        }

        @Test
        void sectionsWithoutTimeAreIgnored() {
            s.section("A").at(s.at(MON, h(8), 12)).in(r);
            s.section("noTime").in(r);
            s.section("unplaced");
            s.required("MaxDays(1)", "A", "noTime", "unplaced");
            required().hasNoImpact();
        }
    }

    @Nested
    class MaxDayLoad {
        @Test
        void aLoadEqualToTheLimitIsFine() {
            s.section("A").at(s.at(MON, h(8), 30)).in(r);
            s.section("B").at(s.at(MON, h(14), 30)).in(r);
            s.section("C").at(s.at(TUE, h(8), 30)).in(r);
            s.required("MaxDayLoad(60)", "A", "B", "C");
            required().hasNoImpact();
        }

        @Test
        void overlappingSectionsCountInFullOnEveryDayOfEveryWeek() {
            s.section("A").at(at(weeks(0, 1), days(MON, TUE), h(8), 36)).in(r);
            s.section("B").at(at(weeks(0), days(MON), h(8) + 6, 30)).in(r);
            s.required("MaxDayLoad(60)", "A", "B");
            // Monday of week 0: 36 + 30 = 66, 6 over; the other days carry 36
            required().penalizesBy(6).matches(1);
        }

        /** FORMAT-NOTES §7: nrWeeks = 10, p = 3, excess 96 gives (3 x 96) div 10 = 28. */
        @Test
        void workedExampleFromTheFormatNotes() {
            s = new ScenarioBuilder(new Calendar(10, 5, 288));
            r = s.room("R");
            // Mondays of weeks 1-7: 36 + 36 = 72, 12 over; Tuesdays of weeks 1-2: 33 + 33 = 66, 6 over
            s.section("A").at(at(weekRange(0, 6), days(MON), h(8), 36)).in(r);
            s.section("B").at(at(weekRange(0, 6), days(MON), h(9), 36)).in(r);
            s.section("C").at(at(weeks(0, 1), days(TUE), h(8), 33)).in(r);
            s.section("D").at(at(weeks(0, 1), days(TUE), h(14), 33)).in(r);
            // Mondays of weeks 8-10: exactly 60, no excess
            s.section("E").at(at(weekRange(7, 9), days(MON), h(8), 60)).in(r);
            s.preferred("MaxDayLoad(60)", 3, "A", "B", "C", "D", "E");
            preferred().penalizesBy(28).matches(1);
        }

        @Test
        void theRequiredRuleCountsEveryExcessSlot() {
            s = new ScenarioBuilder(new Calendar(10, 5, 288));
            r = s.room("R");
            s.section("A").at(at(weekRange(0, 6), days(MON), h(8), 36)).in(r);
            s.section("B").at(at(weekRange(0, 6), days(MON), h(9), 36)).in(r);
            s.section("C").at(at(weeks(0, 1), days(TUE), h(8), 33)).in(r);
            s.section("D").at(at(weeks(0, 1), days(TUE), h(14), 33)).in(r);
            s.required("MaxDayLoad(60)", "A", "B", "C", "D");
            required().penalizesBy(96);
        }

        @Test
        void eachRuleIsRoundedDownOnItsOwn() {
            s = new ScenarioBuilder(new Calendar(10, 5, 288));
            r = s.room("R");
            s.section("A1").at(at(weeks(0), days(MON), h(8), 36)).in(r);
            s.section("A2").at(at(weeks(0), days(MON), h(11), 39)).in(r);
            s.section("B1").at(at(weeks(0), days(TUE), h(8), 36)).in(r);
            s.section("B2").at(at(weeks(0), days(TUE), h(11), 39)).in(r);
            s.preferred("MaxDayLoad(60)", 1, "A1", "A2");
            s.preferred("MaxDayLoad(60)", 1, "B1", "B2");
            // each: 15 excess slots, 15 div 10 = 1; summed before dividing it would be 3
            preferred().penalizesBy(2).matches(2);
        }

        @Test
        void aSoftPenaltyBelowOneAfterDivisionIsNoPenalty() {
            s.section("A").at(at(weeks(0), days(MON), h(8), 61)).in(r);
            s.section("B").at(at(weeks(0), days(TUE), h(8), 12)).in(r);
            s.preferred("MaxDayLoad(60)", 1, "A", "B");
            // one slot over in one week: (1 x 1) div 2 = 0
            preferred().hasNoImpact();
        }

        @Test
        void sectionsWithoutTimeAreIgnored() {
            s.section("A").at(s.at(MON, h(8), 60)).in(r);
            s.section("noTime").in(r);
            s.required("MaxDayLoad(60)", "A", "noTime");
            required().hasNoImpact();
        }
    }

    @Nested
    class MaxBreaks {
        @Test
        void gapsOfExactlySMergeIntoOneBlock() {
            monday(h(8), 12, h(9) + 6, 12, h(11), 12);
            s.required("MaxBreaks(0,6)", "A", "B", "C");
            required().hasNoImpact();
        }

        @Test
        void gapsLongerThanSSeparateBlocks() {
            // blocks [08:00-09:00] [09:35-10:35] [11:10-12:10]: 3 blocks, MaxBreaks(1) allows 2, on 2 Mondays
            monday(h(8), 12, h(9) + 7, 12, h(11) + 2, 12);
            s.required("MaxBreaks(1,6)", "A", "B", "C");
            required().penalizesBy(2).matches(1);
        }

        @Test
        void theSoftPenaltyIsDividedByWeeks() {
            monday(h(8), 12, h(9) + 7, 12, h(11) + 2, 12);
            s.preferred("MaxBreaks(1,6)", 5, "A", "B", "C");
            // (5 x 2) div 2
            preferred().penalizesBy(5);
        }

        @Test
        void theSoftPenaltyIsRoundedDown() {
            s.section("A").at(at(weeks(0), days(MON), h(8), 12)).in(r);
            s.section("B").at(at(weeks(0), days(MON), h(10), 12)).in(r);
            s.preferred("MaxBreaks(0,6)", 5, "A", "B");
            // one unit in week 1: (5 x 1) div 2 = 2
            preferred().penalizesBy(2);
        }

        @Test
        void eachDayHasItsOwnBlocks() {
            s.section("A").at(s.at(MON, h(8), 12)).in(r);
            s.section("B").at(s.at(TUE, h(14), 12)).in(r);
            s.section("C").at(at(weeks(0), days(WED), h(8), 12)).in(r);
            s.section("D").at(at(weeks(1), days(WED), h(14), 12)).in(r);
            s.required("MaxBreaks(0,0)", "A", "B", "C", "D");
            required().hasNoImpact();
        }

        @Test
        void touchingSectionsAreOneBlockEvenWithoutTolerance() {
            monday(h(8), 12, h(9), 12, h(10) + 1, 12);
            s.required("MaxBreaks(0,0)", "A", "B", "C");
            // [A B] touch, C starts one slot later: 2 blocks on 2 Mondays
            required().penalizesBy(2);
        }
    }

    @Nested
    class MaxBlock {
        @Test
        void aSingleLongSectionIsNotAViolation() {
            s.section("A").at(s.at(MON, h(8), 36)).in(r);
            s.section("B").at(s.at(MON, h(14), 12)).in(r);
            s.required("MaxBlock(24,6)", "A", "B");
            required().hasNoImpact();
        }

        @Test
        void aGapOfExactlySMergesIntoATooLongBlock() {
            s.section("A").at(s.at(MON, h(8), 12)).in(r);
            s.section("B").at(s.at(MON, h(9) + 6, 12)).in(r);
            s.required("MaxBlock(24,6)", "A", "B");
            // block 08:00-10:30 is 30 slots > 24, on 2 Mondays
            required().penalizesBy(2).matches(1);
        }

        @Test
        void aGapLongerThanSSplitsTheBlock() {
            s.section("A").at(s.at(MON, h(8), 12)).in(r);
            s.section("B").at(s.at(MON, h(9) + 7, 12)).in(r);
            s.required("MaxBlock(24,6)", "A", "B");
            required().hasNoImpact();
        }

        @Test
        void aBlockOfExactlyMIsFine() {
            s.section("A").at(s.at(MON, h(8), 12)).in(r);
            s.section("B").at(s.at(MON, h(9) + 6, 6)).in(r);
            s.required("MaxBlock(24,6)", "A", "B");
            required().hasNoImpact();
        }

        @Test
        void aLongSectionJoinedByAnotherIsAViolation() {
            monday(h(8), 36, h(11), 6, h(16), 12);
            s.required("MaxBlock(24,6)", "A", "B", "C");
            required().penalizesBy(2);
        }

        @Test
        void aBlockCountsOnceHoweverLongAndEveryBlockCounts() {
            s.section("A").at(s.at(MON, h(8), 12)).in(r);
            s.section("B").at(s.at(MON, h(9), 12)).in(r);
            s.section("C").at(s.at(MON, h(10), 12)).in(r);
            s.section("D").at(s.at(MON, h(14), 20)).in(r);
            s.section("E").at(s.at(MON, h(14) + 20, 20)).in(r);
            s.required("MaxBlock(24,6)", "A", "B", "C", "D", "E");
            // [A B C] = 36 slots and [D E] = 40 slots: 2 blocks on 2 Mondays
            required().penalizesBy(4);
        }

        @Test
        void theSoftPenaltyIsDividedByWeeksAndRoundedDown() {
            s.section("A").at(s.at(MON, h(8), 12)).in(r);
            s.section("B").at(s.at(MON, h(9) + 6, 12)).in(r);
            s.section("C").at(at(weeks(0), days(TUE), h(8), 12)).in(r);
            s.section("D").at(at(weeks(0), days(TUE), h(9), 16)).in(r);
            s.preferred("MaxBlock(24,6)", 3, "A", "B", "C", "D");
            // Mondays of both weeks and Tuesday of week 1: (3 x 3) div 2 = 4
            preferred().penalizesBy(4).matches(1);
        }
    }

    @Nested
    class RequiredAndPreferred {
        @Test
        void theyDoNotSeeEachOther() {
            s.section("A").at(s.at(MON, h(8), 12)).in(r);
            s.section("B").at(s.at(TUE, h(8), 12)).in(r);
            s.required("MaxDays(1)", "A", "B");
            preferred().hasNoImpact();
            required().penalizesBy(1);
        }

        @Test
        void pairwiseRulesAreNotGroupRules() {
            s.section("A").at(s.at(MON, h(8), 12)).in(r);
            s.section("B").at(s.at(TUE, h(8), 12)).in(r);
            s.required("SameDays", "A", "B");
            s.preferred("SameDays", 4, "A", "B");
            required().hasNoImpact();
            preferred().hasNoImpact();
        }

        @Test
        void severalRulesAddUp() {
            s.section("A").at(at(weeks(0, 1), days(MON, TUE, WED), h(8), 12)).in(r);
            s.section("B").at(s.at(FRI, h(8), 70)).in(r);
            s.required("MaxDays(2)", "A", "B");
            s.required("MaxDayLoad(60)", "A", "B");
            // 4 days (2 over) + 10 slots over on 2 Fridays
            required().penalizesBy(2 + 20).matches(2);
        }
    }
}
