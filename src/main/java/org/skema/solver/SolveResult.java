package org.skema.solver;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.time.Duration;
import java.util.List;
import org.skema.model.Solution;
import org.skema.solver.moves.NeighbourhoodTally;

/**
 * What a solver run produced and how it went.
 *
 * @param timeToFirstFeasible  when a solution with every section placed and no hard violation was
 *                             first found; null if never
 * @param timeToBest           when the final best solution was found
 * @param moveEvaluationSpeed  evaluated moves per second over the whole run
 * @param terminatedEarly      stopped by Ctrl-C or a caller rather than by a limit
 * @param history              every new best score with the time it was found
 * @param stages               the stages run, in order (the best worker's, with several workers)
 */
public record SolveResult(Solution solution, HardMediumSoftScore score, Duration timeSpent, Duration timeToFirstFeasible,
        Duration timeToBest, long moveEvaluationCount, long moveEvaluationSpeed, boolean terminatedEarly,
        List<Point> history, List<Stage> stages) {

    /**
     * One stage of a solve: what it was (construction, completion, annealing, exact, resectioning),
     * how long it took, the best score before and after it, and (exact stages) what each kind of
     * neighbourhood tried and gained.
     */
    public record Stage(String name, long millis, HardMediumSoftScore before, HardMediumSoftScore after, long moves,
            List<NeighbourhoodTally.Count> neighbourhoods) {
        public Stage {
            neighbourhoods = List.copyOf(neighbourhoods);
        }
    }

    /** A new best score, found {@code millis} after the solve started. */
    public record Point(long millis, HardMediumSoftScore score) {
    }

    public boolean feasible() {
        return isFeasible(score);
    }

    /** No hard violation and every section placed. */
    public static boolean isFeasible(HardMediumSoftScore score) {
        return score != null && score.hardScore() == 0 && score.mediumScore() == 0;
    }
}
