package org.skema.solver;

import ai.timefold.solver.core.config.solver.EnvironmentMode;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How long and how to solve. A seed with a move limit (and no time limit) gives the same result on
 * every run.
 *
 * @param timeLimit        stop after this long; null for no time limit
 * @param moveLimit        stop local search after this many evaluated moves (construction always completes); null for none
 * @param unimprovedLimit  stop when the best score has not improved for this long; null for none
 * @param seed             random seed
 * @param environmentMode  Timefold's assertion mode; FULL_ASSERT in tests
 * @param solverConfig     a Timefold solver configuration XML to use instead of Skema's own; null for Skema's
 */
public record SolveOptions(Duration timeLimit, Long moveLimit, Duration unimprovedLimit, long seed,
        EnvironmentMode environmentMode, Path solverConfig) {

    public static final long DEFAULT_SEED = 42L;

    /** Options with Skema's own solver configuration. */
    public SolveOptions(Duration timeLimit, Long moveLimit, Duration unimprovedLimit, long seed,
            EnvironmentMode environmentMode) {
        this(timeLimit, moveLimit, unimprovedLimit, seed, environmentMode, null);
    }

    public static SolveOptions timeLimited(Duration timeLimit) {
        return new SolveOptions(timeLimit, null, null, DEFAULT_SEED, EnvironmentMode.PHASE_ASSERT, null);
    }

    public SolveOptions withSeed(long newSeed) {
        return new SolveOptions(timeLimit, moveLimit, unimprovedLimit, newSeed, environmentMode, solverConfig);
    }

    public SolveOptions withMoveLimit(Long limit) {
        return new SolveOptions(timeLimit, limit, unimprovedLimit, seed, environmentMode, solverConfig);
    }

    public SolveOptions withTimeLimit(Duration limit) {
        return new SolveOptions(limit, moveLimit, unimprovedLimit, seed, environmentMode, solverConfig);
    }

    public SolveOptions withSolverConfig(Path xml) {
        return new SolveOptions(timeLimit, moveLimit, unimprovedLimit, seed, environmentMode, xml);
    }

    public SolveOptions withEnvironmentMode(EnvironmentMode mode) {
        return new SolveOptions(timeLimit, moveLimit, unimprovedLimit, seed, mode, solverConfig);
    }
}
