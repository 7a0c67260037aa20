package org.skema.solver;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;

/** Receives the solver's progress: a new best score, and a heartbeat with the running move count. */
public interface SolverProgress {
    void newBest(long millisSpent, HardMediumSoftScore score);

    default void heartbeat(long millisSpent, HardMediumSoftScore bestScore, long moveEvaluationCount) {
    }

    SolverProgress NONE = (millis, score) -> {
    };
}
