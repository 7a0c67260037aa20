package org.skema.solver;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.ArrayList;
import java.util.List;

/**
 * The best score over time in one solve: written by the solver thread, the latest best also read
 * by the progress thread.
 */
final class ScoreHistory {
    private final List<SolveResult.Point> points = new ArrayList<>();
    private volatile HardMediumSoftScore best;
    private Long firstFeasibleMillis;

    void offer(long millis, HardMediumSoftScore score) {
        if (score.equals(best)) {
            return;
        }
        best = score;
        points.add(new SolveResult.Point(millis, score));
        if (firstFeasibleMillis == null && SolveResult.isFeasible(score)) {
            firstFeasibleMillis = millis;
        }
    }

    HardMediumSoftScore best() {
        return best;
    }

    Long firstFeasibleMillis() {
        return firstFeasibleMillis;
    }

    long bestMillis() {
        return points.isEmpty() ? 0 : points.get(points.size() - 1).millis();
    }

    List<SolveResult.Point> points() {
        return List.copyOf(points);
    }
}
