package org.skema.solver.moves;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.skema.TinyProblem;
import org.skema.evaluate.Evaluator;
import org.skema.model.Assignment;
import org.skema.model.Distribution;
import org.skema.model.DistributionType;
import org.skema.model.Enrolments;
import org.skema.model.ObjectiveWeights;
import org.skema.model.Problem;
import org.skema.model.ProblemBuilder;
import org.skema.model.Room;
import org.skema.model.RoomOption;
import org.skema.model.Section;
import org.skema.model.Solution;
import org.skema.model.Subpart;
import org.skema.model.TimeOption;
import org.skema.model.TimePattern;
import org.skema.sectioning.GreedySectioner;
import org.skema.solver.MoveKind;
import org.skema.solver.SearchPlan.WeightedMove;
import org.skema.solver.SearchPlan;
import org.skema.solver.SolveOptions;
import org.skema.solver.StageConfigs;
import org.skema.solver.domain.PlannedSection;
import org.skema.solver.domain.Timetable;
import org.skema.solver.domain.TimetableMapper;

/**
 * Moves that change every section of one distribution rule together. Five sections A-E, each its
 * own course, may meet in any slot of {@link TinyProblem#grid()} (four a day) in R1, R2 or R3; a
 * preferred SameDays rule over all five is broken with A, B and C on Monday and D and E on Thursday,
 * each in R1.
 */
class DistributionMovesTest {
    private static final int MON = 0;
    private static final int THU = 3;
    private static final String[] IDS = {"A", "B", "C", "D", "E"};

    private Problem problem;
    private Distribution sameDays;

    private Timetable split() {
        ProblemBuilder b = new ProblemBuilder("together", TinyProblem.CALENDAR)
                .weights(ObjectiveWeights.itc2019(1, 1, 10, 1));
        List<RoomOption> rooms = new ArrayList<>();
        for (String room : List.of("R1", "R2", "R3")) {
            rooms.add(new RoomOption(b.addRoom(room, null, 50, "", Set.of(), List.of()), 0));
        }
        List<Section> sections = new ArrayList<>();
        for (String id : IDS) {
            Subpart part = b.addSubpart(b.addConfig(b.addCourse(id, null), "1"), "L", "Lecture");
            sections.add(b.addSection(part, id, null, 10, null, List.of(), true, Set.of(), TinyProblem.grid(), rooms));
        }
        sameDays = b.addDistribution(DistributionType.SAME_DAYS, new int[0], sections, false, 3);
        problem = b.build();
        List<Assignment> assignments = new ArrayList<>();
        int[] days = {MON, MON, MON, THU, THU};
        int[] hours = {8, 10, 12, 8, 10};
        Room r1 = problem.room("R1");
        for (int i = 0; i < IDS.length; i++) {
            Section section = problem.section(IDS[i]);
            TimePattern at = TinyProblem.at(days[i], hours[i], 15, 105);
            assignments.add(new Assignment(section, section.times().stream().filter(t -> t.pattern().equals(at))
                    .findFirst().orElseThrow(), section.rooms().stream().filter(r -> r.room() == r1).findFirst()
                    .orElseThrow()));
        }
        return TimetableMapper.toTimetable(problem, Enrolments.none(problem), new Solution(problem, assignments, Enrolments.none(problem)));
    }

    private static PlannedSection planned(Timetable timetable, String id) {
        return timetable.getSections().stream().filter(s -> s.getSection().id().equals(id)).findFirst().orElseThrow();
    }

    private static long soft(Timetable timetable) {
        return new Evaluator().evaluate(TimetableMapper.toSolution(timetable, Enrolments.none(timetable.getProblem()))).soft();
    }

    private static void apply(PlaceAndEjectMove move) {
        for (PlaceAndEjectMove.Change change : move.changes()) {
            change.section().setTime(change.time());
            change.section().setRoom(change.room());
        }
    }

    @Test
    void aBrokenSameDaysRuleEndsWithEveryMemberOnOneDayAndTheScoreImproves() {
        Timetable timetable = split();
        long before = soft(timetable);
        // 3 x 2 pairs on different days, 3 each, distributions weighing 10
        assertThat(before).isEqualTo(180);
        PlaceAndEjectMove move = new DistributionMoveFactory().together(timetable, sameDays, new Random(3));
        assertThat(move).isNotNull();
        apply(move);

        assertThat(timetable.getSections()).extracting(s -> s.pattern().days()).containsOnly(
                timetable.getSections().get(0).pattern().days());
        assertThat(soft(timetable)).isLessThan(before).isZero();
        // no two sections in one room at once: rooms were kept where free, else a free one taken
        assertThat(new Evaluator().evaluate(TimetableMapper.toSolution(timetable, Enrolments.none(timetable.getProblem()))).hard()).isZero();
    }

    @Test
    void membersKeepTheirStartAndRoomWhereTheyCan() {
        Timetable timetable = split();
        DistributionMoveFactory factory = new DistributionMoveFactory();
        Random random = new Random(5);
        for (int i = 0; i < 50; i++) {
            PlaceAndEjectMove move = factory.together(timetable, sameDays, random);
            if (move == null) {
                continue;
            }
            for (PlaceAndEjectMove.Change change : move.changes()) {
                TimePattern now = change.section().pattern();
                // every grid day has the same four starts, so a day change never needs another start
                assertThat(change.time().pattern().start()).as(change.toString()).isEqualTo(now.start());
            }
        }
    }

    @Test
    void lockedAndPinnedSectionsNeverMove() {
        Timetable timetable = split();
        planned(timetable, "A").setPinned(true);
        planned(timetable, "D").lock(true, false);
        planned(timetable, "E").lock(false, true);
        DistributionMoveFactory factory = new DistributionMoveFactory();
        Random random = new Random(1);
        int moves = 0;
        for (int i = 0; i < 200; i++) {
            PlaceAndEjectMove move = factory.together(timetable, sameDays, random);
            if (move != null) {
                moves++;
                assertThat(move.changes()).extracting(change -> change.section().getSection().id())
                        .doesNotContain("A", "D", "E");
            }
        }
        assertThat(moves).isPositive();
    }

    @Test
    void aRuleThatHoldsIsNotDrawn() {
        Timetable timetable = split();
        planned(timetable, "D").setTime(at(planned(timetable, "D"), MON, 14));
        planned(timetable, "E").setTime(at(planned(timetable, "E"), MON, 14));
        planned(timetable, "E").setRoom(planned(timetable, "E").getRoomRange().get(1));
        DistributionMoveFactory factory = new DistributionMoveFactory();
        PlacementView view = factory.planning.view(timetable);
        factory.anyMoves(timetable);
        assertThat(factory.sample(view, planned(timetable, "A"), new Random(1))).isNull();
    }

    private static TimeOption at(PlannedSection section, int day, int hour) {
        TimePattern pattern = TinyProblem.at(day, hour, 15, 105);
        return section.getTimeRange().stream().filter(t -> t.pattern().equals(pattern)).findFirst().orElseThrow();
    }

    /**
     * Every move's score, computed incrementally, equals a fresh calculation, and undoing a move
     * restores the score: Timefold's FULL_ASSERT on short solves where only these moves and plain
     * time and room changes run after construction, on the split scenario and on a small problem with a required NotOverlap and a
     * preferred DifferentDays rule (each of two lectures).
     */
    @Test
    void movesAgreeWithAFreshScoreUnderFullAssert() {
        solveWithDistributionMoves(split(), 300);
        Problem tiny = TinyProblem.courses(6, ObjectiveWeights.itc2019(1, 1, 10, 1));
        solveWithDistributionMoves(TimetableMapper.toTimetable(tiny, new GreedySectioner().section(tiny), null), 300);
    }

    private static void solveWithDistributionMoves(Timetable timetable, long moves) {
        SolveOptions options = new SolveOptions(null, moves, null, 7L, EnvironmentMode.FULL_ASSERT);
        // Time and room changes keep breaking the rules again, so that the distribution moves keep running.
        SolverConfig config = StageConfigs.construction(options, SearchPlan.Construction.TIME_AND_ROOM);
        config.setPhaseConfigList(List.of(config.getPhaseConfigList().get(0), StageConfigs.localSearch(options, List.of(
                new WeightedMove(MoveKind.TIME_CHANGE, 4), new WeightedMove(MoveKind.ROOM_CHANGE, 2),
                new WeightedMove(MoveKind.DISTRIBUTION, 1)),
                new LocalSearchAcceptorConfig().withSimulatedAnnealingStartingTemperature("0hard/0medium/1000soft"),
                null, null, false).getPhaseConfigList().get(0)));
        Timetable solved = SolverFactory.<Timetable>create(config).buildSolver().solve(timetable);
        assertThat(solved.getScore()).isNotNull();
    }
}
