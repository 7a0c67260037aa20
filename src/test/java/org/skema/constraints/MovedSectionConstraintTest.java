package org.skema.constraints;

import static org.skema.ScenarioBuilder.MON;
import static org.skema.ScenarioBuilder.TUE;
import static org.skema.ScenarioBuilder.h;
import static org.skema.constraints.ConstraintFixtures.assertRule;

import org.junit.jupiter.api.Test;
import org.skema.ScenarioBuilder;
import org.skema.constraints.ConstraintFixtures.RuleAssertion;
import org.skema.model.Room;
import org.skema.model.Rule;
import org.skema.model.Teacher;

/** Re-planning: a section costs one unit, plus one per student and teacher, when it leaves its previous place. */
class MovedSectionConstraintTest {
    private final ScenarioBuilder s = new ScenarioBuilder();
    private final Room r1 = s.room("R1");
    private final Room r2 = s.room("R2");
    private final Teacher t = s.teacher("T");

    private RuleAssertion verify() {
        return assertRule(Rule.MOVED_SECTION, s);
    }

    @Test
    void aSectionInItsPreviousPlaceHasNotMoved() {
        s.section("A").taughtBy(t).at(s.at(MON, h(8), 12)).in(r1);
        s.section("roomless").roomless().at(s.at(TUE, h(8), 12));
        s.students(3, "A", "roomless");
        s.previously("A", s.at(MON, h(8), 12), "R1").previously("roomless", s.at(TUE, h(8), 12), null);
        verify().hasNoImpact();
    }

    @Test
    void anotherTimeCostsTheSectionItsStudentsAndItsTeachers() {
        s.section("A").taughtBy(t).at(s.at(TUE, h(8), 12)).in(r1);
        s.students(3, "A");
        s.previously("A", s.at(MON, h(8), 12), "R1");
        verify().penalizesBy(1 + 3 + 1).matches(1);
    }

    @Test
    void anotherRoomAtTheSameTimeIsAMoveToo() {
        s.section("A").at(s.at(MON, h(8), 12)).in(r2);
        s.section("B").at(s.at(MON, h(10), 12)).in(r1);
        s.students(2, "A");
        s.students(4, "B");
        s.previously("A", s.at(MON, h(8), 12), "R1").previously("B", s.at(MON, h(10), 12), "R1");
        verify().penalizesBy(1 + 2).matches(1);
    }

    @Test
    void aSectionThatLostItsTimeOrItsRoomMoved() {
        s.section("noTime").in(r1);
        s.section("noRoom").taughtBy(t).at(s.at(TUE, h(8), 12));
        s.students(5, "noTime");
        s.previously("noTime", s.at(MON, h(8), 12), "R1").previously("noRoom", s.at(TUE, h(8), 12), "R2");
        verify().penalizesBy((1 + 5) + (1 + 1)).matches(2);
    }

    /** Without any students (as in ITC 2007), a section's head count is its limit. */
    @Test
    void aRoomThatIsGoneCannotBeKept() {
        s.section("A").limit(7).at(s.at(MON, h(8), 12)).in(r1);
        s.previously("A", s.at(MON, h(8), 12), "DEMOLISHED");
        verify().penalizesBy(1 + 7);
    }

    @Test
    void newSectionsAndSectionsThatHadNoTimeCannotMove() {
        s.section("new").at(s.at(MON, h(8), 12)).in(r1);
        s.section("wasUnplaced").at(s.at(TUE, h(8), 12)).in(r1);
        s.section("hadOnlyARoom").at(s.at(TUE, h(10), 12)).in(r2);
        s.students(3, "new", "wasUnplaced", "hadOnlyARoom");
        s.previously("wasUnplaced", null, null).previously("hadOnlyARoom", null, "R1");
        verify().hasNoImpact();
    }

    @Test
    void aRoomlessSectionMovesOnlyInTime() {
        s.section("A").roomless().at(s.at(MON, h(8), 12));
        s.section("B").roomless().at(s.at(MON, h(10), 12));
        s.students(2, "B");
        s.previously("A", s.at(MON, h(8), 12), null).previously("B", s.at(MON, h(8), 12), null);
        verify().penalizesBy(1 + 2).matches(1);
    }

    @Test
    void withoutAPreviousTimetableNothingMoves() {
        s.section("A").at(s.at(MON, h(8), 12)).in(r1);
        verify().hasNoImpact();
    }
}
