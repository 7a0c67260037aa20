package org.skema.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skema.TinyProblem;
import org.skema.bench.SolveStats;
import org.skema.model.ObjectiveWeights;
import org.skema.model.Problem;
import org.skema.sectioning.GreedySectioner;
import org.skema.solver.moves.NeighbourhoodTally;

/** The exact stage's counts per neighbourhood kind add up to what the stage gained, and reach the stats file. */
class NeighbourhoodStatsTest {
    @TempDir
    Path dir;

    @Test
    void theGainsOfEachKindAddUpToTheExactStagesGain() {
        // 24 exercise groups and 18 free hours of the penalty-free room: at least 6 groups pay a room
        // penalty, so the solve cannot stop early at a score of 0 and reaches the exact stage.
        Problem problem = TinyProblem.courses(12, ObjectiveWeights.itc2019(2, 3, 5, 7));
        SolveResult result = new TimetableSolver().solve(problem, new GreedySectioner().section(problem), null,
                SolveOptions.timeLimited(Duration.ofSeconds(8)), SolverProgress.NONE);
        List<SolveResult.Stage> exact = result.stages().stream().filter(s -> s.name().equals("exact")).toList();
        assertThat(exact).isNotEmpty();
        long tries = 0;
        for (SolveResult.Stage stage : exact) {
            tries += stage.neighbourhoods().stream().mapToLong(NeighbourhoodTally.Count::tries).sum();
            long gain = stage.neighbourhoods().stream().mapToLong(NeighbourhoodTally.Count::gain).sum();
            if (stage.before().hardScore() == stage.after().hardScore()
                    && stage.before().mediumScore() == stage.after().mediumScore()) {
                // the stage's only move is the exact one, so every new best there is one of its moves
                assertThat(gain).isEqualTo(stage.after().softScore() - stage.before().softScore());
            }
            for (NeighbourhoodTally.Count count : stage.neighbourhoods()) {
                assertThat(count.moves()).isLessThanOrEqualTo(count.tries());
                assertThat(count.improvements()).isLessThanOrEqualTo(count.moves());
                assertThat(count.seconds()).isPositive();
            }
        }
        assertThat(tries).isPositive();
        assertThat(result.stages().stream().filter(s -> !s.name().equals("exact"))
                .allMatch(s -> s.neighbourhoods().isEmpty())).isTrue();

        Path file = dir.resolve("stats.json");
        SolveStats.of(result, 1, 1, 0).write(file, false);
        List<SolveStats.Stage> read = SolveStats.read(file).stages();
        for (int i = 0; i < read.size(); i++) {
            SolveResult.Stage stage = result.stages().get(i);
            assertThat(read.get(i).neighbourhoods()).extracting(SolveStats.Neighbourhood::kind, SolveStats.Neighbourhood::tries,
                    SolveStats.Neighbourhood::improvements, SolveStats.Neighbourhood::gain)
                    .containsExactlyElementsOf(stage.neighbourhoods().stream().map(n -> org.assertj.core.groups.Tuple
                            .tuple(n.kind(), n.tries(), n.improvements(), n.gain())).toList());
        }
    }
}
