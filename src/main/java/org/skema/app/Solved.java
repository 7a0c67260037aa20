package org.skema.app;

import java.util.LinkedHashMap;
import java.util.Map;
import org.skema.solver.SolveResult;

/** What a solve found, judged by the Evaluator (whose score is the true one). */
public record Solved(SolveResult result, Judged judged) {

    /** False if the solver's own score differs from the Evaluator's: a bug to report. */
    public boolean scoresAgree() {
        return judged.evaluation().scoreText().equals(result.score().toString());
    }

    /** What the solution file records about how it was found. */
    public Map<String, Object> info(long seed, int workers, String solverVersion) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("score", judged.evaluation().scoreText());
        info.put("feasible", judged.evaluation().feasible());
        info.put("seconds", result.timeSpent().toMillis() / 1000.0);
        info.put("firstFeasibleSeconds", result.timeToFirstFeasible() == null ? null
                : result.timeToFirstFeasible().toMillis() / 1000.0);
        info.put("movesPerSecond", result.moveEvaluationSpeed());
        info.put("seed", seed);
        info.put("workers", workers);
        info.put("stoppedEarly", result.terminatedEarly());
        info.put("solver", solverVersion);
        return info;
    }
}
