package org.skema.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skema.ScenarioBuilder.MON;
import static org.skema.ScenarioBuilder.TUE;
import static org.skema.ScenarioBuilder.h;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.skema.ScenarioBuilder;
import org.skema.io.Formats;
import org.skema.model.Problem;
import org.skema.model.Room;
import org.skema.sectioning.GreedySectioner;

/** A solve ends before its time limit when going on cannot pay. */
class EarlyStopTest {

    @Test
    void aSolveStopsAtOnceWhenItsScoreIsPerfect() {
        ScenarioBuilder s = new ScenarioBuilder();
        Room room = s.room("R1");
        s.section("A").at(s.at(MON, h(8), 12)).in(room);
        s.section("B").at(s.at(TUE, h(8), 12)).in(room);
        var scenario = s.build();
        long started = System.nanoTime();
        SolveResult result = new TimetableSolver().solve(scenario.problem(), scenario.enrolments(), null,
                new SolveOptions(Duration.ofSeconds(60), null, null, 1L, EnvironmentMode.PHASE_ASSERT),
                SolverProgress.NONE);
        assertThat(result.score()).isEqualTo(HardMediumSoftScore.ZERO);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
        assertThat(result.terminatedEarly()).as("a finished solve, not one stopped by the user").isFalse();
    }

    @Test
    void aSolveStopsWhenItsBestHasNotImprovedForTheUnimprovedLimit() {
        Problem problem = Formats.readProblem(Path.of("datasets/example.json"));
        long started = System.nanoTime();
        SolveResult result = new TimetableSolver().solve(problem, new GreedySectioner().section(problem), null,
                new SolveOptions(Duration.ofSeconds(60), null, Duration.ofSeconds(2), 1L, EnvironmentMode.PHASE_ASSERT),
                SolverProgress.NONE);
        assertThat(result.feasible()).isTrue();
        Duration spent = Duration.ofNanos(System.nanoTime() - started);
        assertThat(spent).isLessThan(Duration.ofSeconds(30));
        assertThat(spent.toMillis() - result.timeToBest().toMillis()).isGreaterThanOrEqualTo(2000);
    }
}
