package org.skema.solver.moves;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.AcceptorType;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.skema.TinyProblem;
import org.skema.evaluate.Evaluator;
import org.skema.model.Assignment;
import org.skema.model.Enrolments;
import org.skema.model.ObjectiveWeights;
import org.skema.model.Problem;
import org.skema.model.Rule;
import org.skema.model.Solution;
import org.skema.sectioning.GreedySectioner;
import org.skema.solver.MoveKind;
import org.skema.solver.SearchPlan;
import org.skema.solver.SearchPlan.WeightedMove;
import org.skema.solver.SolveOptions;
import org.skema.solver.StageConfigs;
import org.skema.solver.domain.PlannedSection;
import org.skema.solver.domain.Timetable;
import org.skema.solver.domain.TimetableMapper;

/** The exact neighbourhood's model against the Evaluator, and its moves against Timefold's own checks. */
class NeighbourhoodModelTest {
    /** The rules the model costs; the others (group rules, gaps) it leaves to the solver. */
    private static final Set<Rule> MODELLED = Set.of(Rule.STUDENT_CONFLICT, Rule.TIME_PENALTY, Rule.ROOM_PENALTY,
            Rule.PREFERRED_DISTRIBUTION_PAIR, Rule.TEACHER_UNDESIRED_TIME);

    private final Problem problem = TinyProblem.courses(6, ObjectiveWeights.itc2019(2, 3, 5, 7));
    private final Enrolments enrolments = new GreedySectioner().section(problem);

    @Test
    void aChoicesCostDifferenceIsTheScoreDifferenceOfTheModelledRules() {
        Random random = new Random(5);
        for (int round = 0; round < 5; round++) {
            Timetable timetable = randomlyPlaced(random);
            PlanningIndex planning = new PlanningIndex();
            PlacementView view = planning.view(timetable);
            List<PlannedSection> sections = new ArrayList<>(view.movable);
            java.util.Collections.shuffle(sections, random);
            sections = sections.subList(0, 6);
            NeighbourhoodModel model = NeighbourhoodModel.of(view, planning.conflicts(), sections, problem.weights(),
                    1000, 1000);
            // The random start may break hard rules inside the neighbourhood, so differences are taken
            // against the first allowed choice drawn.
            Solution start = TimetableMapper.toSolution(timetable, enrolments);
            Solution reference = null;
            long referenceCost = 0;
            int checked = 0;
            for (int draw = 0; draw < 200; draw++) {
                int[] choice = new int[sections.size()];
                for (int i = 0; i < choice.length; i++) {
                    choice[i] = random.nextInt(model.model().candidates(i));
                }
                Long cost = model.model().cost(choice);
                if (cost == null) {
                    continue;
                }
                Solution after = applied(start, model.moveFor(choice));
                if (reference == null) {
                    reference = after;
                    referenceCost = cost;
                    continue;
                }
                assertThat(modelled(after) - modelled(reference)).as("round %d draw %d", round, draw)
                        .isEqualTo(cost - referenceCost);
                checked++;
            }
            assertThat(checked).isGreaterThan(20);
        }
    }

    @Test
    void candidatesNeverClashWithTheRestOfTheTimetable() {
        Timetable timetable = randomlyPlaced(new Random(9));
        PlanningIndex planning = new PlanningIndex();
        PlacementView view = planning.view(timetable);
        List<PlannedSection> sections = view.movable.subList(0, 5);
        NeighbourhoodModel model = NeighbourhoodModel.of(view, planning.conflicts(), sections, problem.weights(), 5, 8);
        for (int i = 0; i < sections.size(); i++) {
            List<NeighbourhoodModel.Place> places = model.candidates(i);
            assertThat(places).hasSizeLessThanOrEqualTo(8);
            for (NeighbourhoodModel.Place place : places.subList(1, places.size())) {
                assertThat(view.clashesAt(sections.get(i), place.time().pattern(),
                        place.room() == null ? null : place.room().room())).isEmpty();
            }
        }
    }

    @Test
    void exactMovesKeepTheScoreExactUnderFullAssert() {
        SolveOptions options = new SolveOptions(null, 15L, null, 3L, EnvironmentMode.FULL_ASSERT);
        SolverConfig config = StageConfigs.construction(options, SearchPlan.Construction.TIME_AND_ROOM);
        config.setPhaseConfigList(List.of(config.getPhaseConfigList().get(0), StageConfigs.localSearch(options,
                List.of(new WeightedMove(MoveKind.EXACT_NEIGHBOURHOOD, 1, Map.of("budget", "0.2"))),
                new LocalSearchAcceptorConfig().withAcceptorTypeList(List.of(AcceptorType.HILL_CLIMBING)),
                null, null, false).getPhaseConfigList().get(0)));
        Timetable start = TimetableMapper.toTimetable(problem, enrolments, null);
        Timetable solved = SolverFactory.<Timetable>create(config).buildSolver().solve(start);
        Solution solution = TimetableMapper.toSolution(solved, enrolments);
        assertThat(new Evaluator().evaluate(solution).scoreText()).isEqualTo(solved.getScore().toString());
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

    private Solution applied(Solution solution, PlaceAndEjectMove move) {
        List<Assignment> assignments = new ArrayList<>(solution.assignments());
        for (PlaceAndEjectMove.Change change : move.changes()) {
            assignments.set(change.section().getIndex(),
                    new Assignment(change.section().getSection(), change.time(), change.room()));
        }
        return new Solution(problem, assignments, enrolments);
    }

    private static long modelled(Solution solution) {
        return new Evaluator().evaluate(solution).penaltyPerRule().entrySet().stream()
                .filter(entry -> MODELLED.contains(entry.getKey())).mapToLong(Map.Entry::getValue).sum();
    }
}
