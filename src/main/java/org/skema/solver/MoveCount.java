package org.skema.solver;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import java.util.function.LongSupplier;

/**
 * The one place that reaches into Timefold's implementation: a plain {@link Solver} has no public
 * move count. Timefold's public {@code SolverJob} has one, but running stages as jobs put new bests
 * and errors (memory running out) on Timefold's threads and cancelled a job asked to stop before it
 * started, losing the stage's input (measured: Ctrl-C and out-of-memory tests failed), so stages run
 * as plain solves and the count comes from here.
 */
final class MoveCount {
    private MoveCount() {
    }

    static LongSupplier of(Solver<?> solver) {
        DefaultSolver<?> running = (DefaultSolver<?>) solver;
        return running::getMoveEvaluationCount;
    }
}
