package org.skema.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.skema.TinyProblem;
import org.skema.evaluate.Evaluation;
import org.skema.evaluate.Evaluator;
import org.skema.model.ObjectiveWeights;
import org.skema.model.Problem;
import org.skema.sectioning.GreedySectioner;

class SpikeTest {
    @Test
    void solvesTiny() {
        Problem problem = TinyProblem.courses(6, ObjectiveWeights.faculty());
        var enrolments = new GreedySectioner().section(problem);
        SolveResult result = new TimetableSolver().solve(problem, enrolments, null,
                SolveOptions.timeLimited(Duration.ofSeconds(3)).withEnvironmentMode(
                        ai.timefold.solver.core.config.solver.EnvironmentMode.FULL_ASSERT), SolverProgress.NONE);
        Evaluation evaluation = new Evaluator().evaluate(result.solution());
        System.out.println(result.score() + " vs " + evaluation.scoreText() + " moves/s " + result.moveEvaluationSpeed());
        evaluation.violations().stream().limit(20).forEach(v -> System.out.println(v.message()));
        assertThat(evaluation.scoreText()).isEqualTo(result.score().toString());
    }
}
