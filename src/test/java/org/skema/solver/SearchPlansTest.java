package org.skema.solver;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skema.AllRulesProblem;
import org.skema.TinyProblem;
import org.skema.io.itc2007.Itc2007Files;
import org.skema.io.itc2007.Itc2007ProblemReader;
import org.skema.model.ObjectiveWeights;
import org.skema.model.Problem;
import org.skema.sectioning.GreedySectioner;
import org.skema.solver.SearchPlan.WeightedMove;
import org.skema.solver.domain.Timetable;
import org.skema.solver.domain.TimetableMapper;

/** Which plan each problem family gets, and the Timefold stages a plan's moves become. */
class SearchPlansTest {
    private static final String CTT = """
            Name: two
            Courses: 2
            Rooms: 1
            Days: 2
            Periods_per_day: 2
            Curricula: 1
            Constraints: 0

            COURSES:
            a t1 1 1 10
            b t2 1 1 10

            ROOMS:
            R1 20

            CURRICULA:
            Q 2 a b

            UNAVAILABILITY_CONSTRAINTS:

            END.
            """;
    private static final SolveOptions TIMED = SolveOptions.timeLimited(Duration.ofSeconds(10));

    @TempDir
    Path dir;

    @Test
    void curriculumProblemsGetChainsAndRoomSwapsAndNoGenericMoves() {
        SearchPlan plan = SearchPlans.forTimetable(timetable(Itc2007ProblemReader.read(Itc2007Files.write(dir,
                "two.ctt", CTT))), TIMED);
        assertThat(plan.family()).isEqualTo("curricula");
        List<String> moves = selectors(plan.annealing().moves());
        assertThat(moves).containsExactly("PlaceAndEjectMoveFactory 6.0 {clashFreeAttempts=10}",
                "RoomSwapMoveFactory 2.0", "KempeMoveFactory 8.0");
        assertThat(selectors(plan.completion().moves())).isEqualTo(moves);
        assertThat(plan.students()).isNull();
        assertThat(plan.construction()).isEqualTo(SearchPlan.Construction.TIME_AND_ROOM);
    }

    @Test
    void otherProblemsGetGenericMovesAndDistributionMovesOnlyWhileImproving() {
        SearchPlan plan = SearchPlans.forTimetable(timetable(TinyProblem.courses(3, ObjectiveWeights.faculty())), TIMED);
        assertThat(plan.family()).isEqualTo("general");
        assertThat(selectors(plan.annealing().moves())).containsExactly("ChangeMoveSelectorConfig 4.0",
                "ChangeMoveSelectorConfig 2.0", "SwapMoveSelectorConfig 1.0", "PlaceAndEjectMoveFactory 2.0",
                "DistributionMoveFactory 1.0");
        assertThat(selectors(plan.completion().moves())).doesNotContain("DistributionMoveFactory 1.0")
                .contains("PlaceAndEjectMoveFactory 2.0");
    }

    @Test
    void studentsMoveInRoundsWhenConflictsOrGapsCount() {
        Problem itc = TinyProblem.courses(3, ObjectiveWeights.itc2019(1, 1, 10, 1));
        SearchPlan timed = SearchPlans.forTimetable(timetable(itc), TIMED);
        assertThat(timed.students()).isNotNull();
        assertThat(timed.annealing().rounds()).isEqualTo(3);
        assertThat(timed.completion().timeShare()).isLessThan(1);
        SearchPlan moveLimited = SearchPlans.forTimetable(timetable(itc),
                new SolveOptions(Duration.ofSeconds(90), 1000L, null, 1, EnvironmentMode.PHASE_ASSERT));
        assertThat(moveLimited.students()).isNotNull();
        assertThat(moveLimited.annealing().rounds()).as("reproducible: no stage ends by a share of the time")
                .isEqualTo(1);
        assertThat(moveLimited.completion().timeShare()).isEqualTo(1);
        SearchPlan faculty = SearchPlans.forTimetable(timetable(TinyProblem.courses(3, ObjectiveWeights.faculty())),
                TIMED);
        assertThat(faculty.students()).as("the re-sectioner weighs the faculty's gaps").isNotNull();
        assertThat(faculty.exact()).as("gaps are not in the exact model").isNull();
        assertThat(timed.exact()).isNotNull();
        assertThat(moveLimited.exact()).as("reproducible").isNull();
        assertThat(faculty.annealing().rounds()).isEqualTo(3);
    }

    @Test
    void studentsStayWhenReplanningOrWhenNeitherConflictsNorGapsCount() {
        Problem faculty = AllRulesProblem.generate(4, ObjectiveWeights.faculty());
        assertThat(SearchPlans.studentsMove(faculty)).isTrue();
        assertThat(SearchPlans.studentsMove(AllRulesProblem.withRandomPrevious(faculty, new Random(4))))
                .as("re-planning: students' groups are part of what should stay").isFalse();
        assertThat(SearchPlans.studentsMove(TinyProblem.courses(3, new ObjectiveWeights(1, 1, 1, 0, 1, 1, 3, true,
                0, 5, 0, 0)))).as("gaps alone").isTrue();
        assertThat(SearchPlans.studentsMove(TinyProblem.courses(3, ObjectiveWeights.itc2019(1, 1, 1, 0))))
                .as("neither").isFalse();
    }

    @Test
    void problemsWithExactNeighbourhoodsButNoStudentsAlsoRunInRounds() {
        SearchPlan plan = SearchPlans.forTimetable(timetable(TinyProblem.courses(3,
                ObjectiveWeights.itc2019(1, 1, 10, 0))), TIMED);
        assertThat(plan.students()).as("student conflicts do not count").isNull();
        assertThat(plan.exact()).isNotNull();
        assertThat(plan.annealing().rounds()).as("the exact share adapts between rounds").isEqualTo(3);
    }

    @Test
    void theExactShareFollowsWhatEachStageGainedPerSecond() {
        assertThat(SearchPlan.Exact.nextShare(0.25, 100, 10_000, 100, 10_000)).isEqualTo(0.5);
        assertThat(SearchPlan.Exact.nextShare(0.25, 100, 10_000, 300, 10_000)).isEqualTo(0.75);
        assertThat(SearchPlan.Exact.nextShare(0.25, 300, 10_000, 100, 10_000)).isEqualTo(0.25);
        assertThat(SearchPlan.Exact.nextShare(0.25, 0, 10_000, 500, 1_000))
                .as("never all of the round").isEqualTo(SearchPlan.Exact.MAX_SHARE);
        assertThat(SearchPlan.Exact.nextShare(0.25, 500, 10_000, 0, 1_000))
                .as("never none of it").isEqualTo(SearchPlan.Exact.MIN_SHARE);
        assertThat(SearchPlan.Exact.nextShare(0.4, 0, 10_000, 0, 1_000)).as("nothing gained: unchanged")
                .isEqualTo(0.4);
        assertThat(SearchPlan.Exact.nextShare(0.4, -5, 10_000, 10, 0)).as("no time, a worse score")
                .isEqualTo(SearchPlan.Exact.MAX_SHARE);
    }

    @Test
    void largeDomainsPlaceTheTimeThenTheRoom() {
        Timetable small = timetable(TinyProblem.courses(3, ObjectiveWeights.faculty()));
        assertThat(SearchPlans.placementPairs(small)).isLessThanOrEqualTo(SearchPlans.MAX_JOINT_PLACEMENT_PAIRS);
        assertThat(SearchPlans.forTimetable(small, TIMED).construction())
                .isEqualTo(SearchPlan.Construction.TIME_AND_ROOM);
    }

    @Test
    void aStageHasThePlansMovesWeightsAndLimits() {
        SolveOptions options = new SolveOptions(null, 500L, null, 1, EnvironmentMode.PHASE_ASSERT);
        SolverConfig stage = StageConfigs.localSearch(options, List.of(new WeightedMove(MoveKind.TIME_SWAP, 3),
                new WeightedMove(MoveKind.PLACE_AND_EJECT, 5, Map.of("clashFreeAttempts", "2"))),
                new LocalSearchAcceptorConfig().withLateAcceptanceSize(10), Duration.ofSeconds(2), "0hard/0medium/*soft",
                false);
        LocalSearchPhaseConfig phase = (LocalSearchPhaseConfig) stage.getPhaseConfigList().get(0);
        assertThat(phase.getTerminationConfig().getMoveCountLimit()).isEqualTo(500L);
        assertThat(stage.getTerminationConfig().getSpentLimit()).isEqualTo(Duration.ofSeconds(2));
        assertThat(stage.getTerminationConfig().getBestScoreLimit()).isEqualTo("0hard/0medium/*soft");
        assertThat(phase.getAcceptorConfig().getLateAcceptanceSize()).isEqualTo(10);
        List<String> kinds = new ArrayList<>();
        for (MoveSelectorConfig<?> selector : ((UnionMoveSelectorConfig) phase.getMoveSelectorConfig())
                .getMoveSelectorList()) {
            kinds.add(describe(selector));
        }
        assertThat(kinds).containsExactly("SwapMoveSelectorConfig 3.0",
                "PlaceAndEjectMoveFactory 5.0 {clashFreeAttempts=2}");
    }

    private static Timetable timetable(Problem problem) {
        return TimetableMapper.toTimetable(problem, new GreedySectioner().section(problem), null);
    }

    /** Each move as Timefold's selector "kind weight", plus a factory's custom properties. */
    private static List<String> selectors(List<WeightedMove> moves) {
        return moves.stream().map(move -> describe(StageConfigs.selector(move))).toList();
    }

    private static String describe(MoveSelectorConfig<?> selector) {
        String weight = " " + selector.getFixedProbabilityWeight();
        if (selector instanceof MoveIteratorFactoryConfig factory) {
            Map<String, String> properties = factory.getMoveIteratorFactoryCustomProperties();
            return factory.getMoveIteratorFactoryClass().getSimpleName() + weight
                    + (properties == null ? "" : " " + properties);
        }
        return selector.getClass().getSimpleName() + weight;
    }
}
