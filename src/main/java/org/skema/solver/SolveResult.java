package org.skema.solver;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.time.Duration;
import org.skema.model.Solution;

/**
 * What a solver run produced and how it went.
 *
 * @param timeToFirstFeasible  when a solution with every section placed and no hard violation was
 *                             first found; null if never
 * @param moveEvaluationSpeed  evaluated moves per second over the whole run
 * @param terminatedEarly      stopped by Ctrl-C or a caller rather than by a limit
 */
public record SolveResult(Solution solution, HardMediumSoftScore score, Duration timeSpent, Duration timeToFirstFeasible,
        long moveEvaluationCount, long moveEvaluationSpeed, boolean terminatedEarly) {

    public boolean feasible() {
        return isFeasible(score);
    }

    /** No hard violation and every section placed. */
    public static boolean isFeasible(HardMediumSoftScore score) {
        return score != null && score.hardScore() == 0 && score.mediumScore() == 0;
    }
}
