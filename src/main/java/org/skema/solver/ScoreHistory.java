package org.skema.solver;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.ArrayList;
import java.util.List;

/**
 * The best score over time in one solve: written by the solving thread, the latest best also read by
 * the progress thread. Only improvements count: a timetable rebuilt between stages is offered again.
 */
final class ScoreHistory {
    private final List<SolveResult.Point> points = new ArrayList<>();
    private volatile HardMediumSoftScore best;
    private Long firstFeasibleMillis;

    /** Records the score if it improves on the best so far, and says whether it did. */
    synchronized boolean offer(long millis, HardMediumSoftScore score) {
        if (score == null || best != null && score.compareTo(best) <= 0) {
            return false;
        }
        best = score;
        points.add(new SolveResult.Point(millis, score));
        if (firstFeasibleMillis == null && SolveResult.isFeasible(score)) {
            firstFeasibleMillis = millis;
        }
        return true;
    }

    HardMediumSoftScore best() {
        return best;
    }

    synchronized Long firstFeasibleMillis() {
        return firstFeasibleMillis;
    }

    synchronized long bestMillis() {
        return points.isEmpty() ? 0 : points.get(points.size() - 1).millis();
    }

    /** The best score at this moment of the solve (null before the first). */
    synchronized HardMediumSoftScore bestAt(long millis) {
        HardMediumSoftScore at = null;
        for (SolveResult.Point point : points) {
            if (point.millis() > millis) {
                break;
            }
            at = point.score();
        }
        return at;
    }

    synchronized List<SolveResult.Point> points() {
        return List.copyOf(points);
    }
}
