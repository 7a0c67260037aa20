package org.skema.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.skema.io.Formats;
import org.skema.model.Enrolments;
import org.skema.model.Problem;
import org.skema.sectioning.GreedySectioner;

/** The portfolio's failures: an error in one worker reaches the caller as itself, at once. */
class PortfolioSolverTest {

    @Test
    void aWorkerRunningOutOfMemoryStopsTheSolveWithThatError() {
        Problem problem = Formats.readProblem(Path.of("datasets/example.json"));
        Enrolments enrolments = new GreedySectioner().section(problem);
        SolverProgress exhausted = new SolverProgress() {
            @Override
            public void newBest(long millisSpent, HardMediumSoftScore score) {
                throw new OutOfMemoryError("Java heap space (thrown by the test in a worker thread)");
            }

            @Override
            public void heartbeat(long millisSpent, HardMediumSoftScore bestScore, long moveEvaluationCount) {
            }
        };
        long started = System.nanoTime();
        // The CLI reports an OutOfMemoryError as such (exit code 3); wrapped, it was an "internal error".
        assertThatThrownBy(() -> new PortfolioSolver(2).solve(problem, enrolments, null,
                SolveOptions.timeLimited(Duration.ofSeconds(60)), exhausted))
                .isInstanceOf(OutOfMemoryError.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the other worker is stopped, not waited for")
                .isLessThan(Duration.ofSeconds(30));
    }
}
