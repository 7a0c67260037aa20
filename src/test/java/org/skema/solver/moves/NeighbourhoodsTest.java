package org.skema.solver.moves;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.skema.TinyProblem;
import org.skema.model.Enrolments;
import org.skema.model.ObjectiveWeights;
import org.skema.model.Problem;
import org.skema.model.RoomOption;
import org.skema.model.TimeOption;
import org.skema.sectioning.GreedySectioner;
import org.skema.solver.domain.PlannedSection;
import org.skema.solver.domain.Timetable;
import org.skema.solver.domain.TimetableMapper;

/** How exact neighbourhoods are chosen. */
class NeighbourhoodsTest {
    private final Problem problem = TinyProblem.courses(6, ObjectiveWeights.itc2019(2, 3, 5, 7));
    private final Enrolments enrolments = new GreedySectioner().section(problem);

    @Test
    void anExpensivePlaceNeighbourhoodStartsFromASectionAboveItsCheapestOptions() {
        Random random = new Random(3);
        int seeded = 0;
        for (int round = 0; round < 30; round++) {
            Timetable timetable = randomlyPlaced(random);
            PlanningIndex planning = new PlanningIndex();
            PlacementView view = planning.view(timetable);
            List<PlannedSection> picked = new Neighbourhoods(view, planning.conflicts(), problem, random)
                    .pick(Neighbourhoods.Kind.EXPENSIVE_PLACE, 8);
            if (picked.isEmpty()) {
                assertThat(timetable.getSections()).noneMatch(NeighbourhoodsTest::aboveCheapest);
                continue;
            }
            seeded++;
            assertThat(aboveCheapest(picked.get(0))).as("round %d", round).isTrue();
            assertThat(picked).hasSizeLessThanOrEqualTo(8).doesNotHaveDuplicates().allMatch(PlacementView::isMovable);
        }
        assertThat(seeded).isGreaterThan(10);
    }

    @Test
    void aTimetableAtEverySectionsCheapestOptionsHasNoExpensivePlace() {
        Timetable timetable = TimetableMapper.toTimetable(problem, enrolments, null);
        for (PlannedSection section : timetable.getSections()) {
            section.setTime(cheapestTime(section));
            if (!section.getRoomRange().isEmpty()) {
                section.setRoom(cheapestRoom(section));
            }
        }
        PlanningIndex planning = new PlanningIndex();
        assertThat(new Neighbourhoods(planning.view(timetable), planning.conflicts(), problem, new Random(1))
                .pick(Neighbourhoods.Kind.EXPENSIVE_PLACE, 8)).isEmpty();
    }

    @Test
    void anUnplacedNeighbourhoodStartsFromAnUnplacedSectionWithWhatBlocksIt() {
        Random random = new Random(4);
        for (int round = 0; round < 20; round++) {
            Timetable timetable = randomlyPlaced(random);
            PlannedSection left = timetable.getSections().get(random.nextInt(timetable.getSections().size()));
            left.setTime(null);
            left.setRoom(null);
            PlanningIndex planning = new PlanningIndex();
            List<PlannedSection> picked = new Neighbourhoods(planning.view(timetable), planning.conflicts(), problem,
                    random).pick(Neighbourhoods.Kind.UNPLACED, 8);
            assertThat(picked.get(0)).as("round %d", round).isSameAs(left);
            assertThat(picked).hasSizeLessThanOrEqualTo(8).doesNotHaveDuplicates().allMatch(PlacementView::isMovable);
            left.setTime(cheapestTime(left));
            if (!left.getRoomRange().isEmpty()) {
                left.setRoom(cheapestRoom(left));
            }
            PlanningIndex placed = new PlanningIndex();
            assertThat(new Neighbourhoods(placed.view(timetable), placed.conflicts(), problem, random)
                    .pick(Neighbourhoods.Kind.UNPLACED, 8)).as("all placed").isEmpty();
        }
    }

    /**
     * A blocker tied to another section by a required pairwise rule comes with it: it can only make
     * room by moving with its partner (a SameRoom pair to another room, as on pu-d5-spr17).
     */
    @Test
    void anUnplacedSectionsBlockerComesWithItsRequiredPartners() {
        org.skema.ScenarioBuilder s = new org.skema.ScenarioBuilder();
        org.skema.model.Room r1 = s.room("R1");
        s.section("T").at(s.at(org.skema.ScenarioBuilder.MON, org.skema.ScenarioBuilder.h(8), 12)).in(r1);
        s.section("B").at(s.at(org.skema.ScenarioBuilder.MON, org.skema.ScenarioBuilder.h(8), 12)).in(r1);
        s.section("C").at(s.at(org.skema.ScenarioBuilder.TUE, org.skema.ScenarioBuilder.h(8), 12)).in(r1);
        s.section("D").at(s.at(org.skema.ScenarioBuilder.WED, org.skema.ScenarioBuilder.h(8), 12)).in(r1);
        s.required("SameRoom", "B", "C");
        // T shares students with four other sections, which growing the neighbourhood could add instead
        for (String other : List.of("E", "F", "G", "H")) {
            s.section(other).at(s.at(org.skema.ScenarioBuilder.THU, org.skema.ScenarioBuilder.h(8 + "EFGH".indexOf(other)), 12)).in(r1);
            s.students(2, "T", other);
        }
        org.skema.ScenarioBuilder.Scenario scenario = s.build();
        Timetable timetable = scenario.timetable();
        PlannedSection unplaced = timetable.getSections().stream()
                .filter(section -> section.getSection().id().equals("T")).findFirst().orElseThrow();
        unplaced.setTime(null);
        unplaced.setRoom(null);
        for (int seed = 0; seed < 10; seed++) {
            PlanningIndex planning = new PlanningIndex();
            List<PlannedSection> picked = new Neighbourhoods(planning.view(timetable), planning.conflicts(),
                    scenario.problem(), new Random(seed)).pick(Neighbourhoods.Kind.UNPLACED, 3);
            assertThat(picked).as("seed %d", seed).extracting(section -> section.getSection().id())
                    .containsExactly("T", "B", "C");
        }
    }

    private static boolean aboveCheapest(PlannedSection section) {
        return section.getTime().penalty() > cheapestTime(section).penalty()
                || (section.getRoom() != null && section.getRoom().penalty() > cheapestRoom(section).penalty());
    }

    private static TimeOption cheapestTime(PlannedSection section) {
        return section.getTimeRange().stream().min(java.util.Comparator.comparingInt(TimeOption::penalty)).orElseThrow();
    }

    private static RoomOption cheapestRoom(PlannedSection section) {
        return section.getRoomRange().stream().min(java.util.Comparator.comparingInt(RoomOption::penalty)).orElseThrow();
    }

    /** Every section at a random time and room of its own range. */
    private Timetable randomlyPlaced(Random random) {
        Timetable timetable = TimetableMapper.toTimetable(problem, enrolments, null);
        for (PlannedSection section : timetable.getSections()) {
            section.setTime(section.getTimeRange().get(random.nextInt(section.getTimeRange().size())));
            if (!section.getRoomRange().isEmpty()) {
                section.setRoom(section.getRoomRange().get(random.nextInt(section.getRoomRange().size())));
            }
        }
        return timetable;
    }
}
