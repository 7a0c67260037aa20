package org.skema.bench;

import java.util.List;

/**
 * One benchmark run, scored by the Evaluator from the solution file the run wrote.
 *
 * @param cost        the soft score when feasible (the ITC objective for ITC instances), else null
 * @param components  weighted penalty of every soft rule that has one, as "rule=penalty" pairs
 * @param history     the solver's best score over time, for charts
 * @param stages      the solve's stages, with what the exact neighbourhoods did (runs.csv holds neither)
 */
public record BenchRun(String suite, String instance, long seed, double timeLimitSeconds, int workers, boolean feasible,
        long hard, long medium, long soft, Long bestKnown, Long reference, String components, Double firstFeasibleSeconds,
        double bestSeconds, long movesPerSecond, long peakHeapMb, String commit, String jvm, String machine,
        String started, List<SolveStats.Point> history, List<SolveStats.Stage> stages) {

    /** The same run with its best-score history and stages (runs.csv holds neither). */
    public BenchRun withStats(SolveStats stats) {
        return new BenchRun(suite, instance, seed, timeLimitSeconds, workers, feasible, hard, medium, soft, bestKnown,
                reference, components, firstFeasibleSeconds, bestSeconds, movesPerSecond, peakHeapMb, commit, jvm,
                machine, started, stats.history(), stats.stages());
    }

    public Long cost() {
        return feasible ? soft : null;
    }

    /** How far above the best known value, in percent; null when unknown or infeasible. */
    public Double gapPercent() {
        if (!feasible || bestKnown == null || bestKnown <= 0) {
            return null;
        }
        return 100.0 * (soft - bestKnown) / bestKnown;
    }
}
