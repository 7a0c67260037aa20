package org.skema.app;

import java.util.List;
import org.skema.evaluate.Evaluation;
import org.skema.evaluate.Evaluator;
import org.skema.evaluate.Violation;
import org.skema.model.Solution;
import org.skema.replan.LockConflicts;

/** A solution with the Evaluator's verdict on it: what every command reports and publishes. */
public record Judged(Solution solution, Evaluation evaluation) {

    public static Judged of(Solution solution) {
        return new Judged(solution, new Evaluator().evaluate(solution));
    }

    /** The problem's locks that break hard rules by themselves (see {@link LockConflicts}): the input contradicts itself. */
    public List<Violation> lockConflicts() {
        return LockConflicts.of(solution.problem(), solution.enrolments());
    }
}
