package org.skema.bound;

import java.time.Duration;
import java.util.List;
import org.skema.model.Problem;

/**
 * Computes a problem's {@link LowerBound}: the trivial bound at once, then CP-SAT on the relaxed whole
 * problem within the time left; the larger of the two is the bound. CP-SAT's best objective bound is
 * used, never a solution's value, so the result is proven even when CP-SAT stops at its limit.
 */
public final class LowerBounds {
    private LowerBounds() {
    }

    /** With a time limit and CP-SAT workers (each takes a core). */
    public static LowerBound of(Problem problem, Duration limit, int workers) {
        long start = System.nanoTime();
        SectionChoices choices = new SectionChoices(problem);
        Long trivial = TrivialBound.of(problem, choices);
        if (trivial == null) {
            return new LowerBound(0, false, true, seconds(start), "a section has no allowed place", List.of());
        }
        RelaxedModel relaxation = new RelaxedModel(problem, choices);
        Duration left = limit.minusNanos(System.nanoTime() - start);
        RelaxedModel.Outcome outcome = relaxation.solve(left.isNegative() ? Duration.ZERO : left, workers);
        if (!outcome.feasible()) {
            return new LowerBound(0, false, true, seconds(start), "CP-SAT proved the relaxation infeasible",
                    outcome.leftOut());
        }
        boolean cpSat = outcome.bound() > trivial;
        return new LowerBound(Math.max(trivial, outcome.bound()), true, outcome.optimal(), seconds(start),
                cpSat ? "CP-SAT's best objective bound of the relaxation" : "each section's cheapest options",
                outcome.leftOut());
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
