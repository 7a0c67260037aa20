package org.skema.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import org.skema.bound.LowerBound;
import org.skema.bound.LowerBounds;
import org.skema.evaluate.Evaluation;
import org.skema.model.Problem;

/** Prints a lower bound and the gap of a solution to it, for {@code bound}, {@code solve --bound} and {@code check --bound}. */
final class BoundPrinter {
    /** What {@code --bound} without a value allows. */
    static final String DEFAULT_LIMIT = "60s";

    private BoundPrinter() {
    }

    /** Computes the bound with one CP-SAT worker and prints it with the solution's gap. */
    static LowerBound computeAndPrint(Problem problem, Duration limit, Evaluation solution, String solutionName,
            PrintWriter out) {
        out.printf(Locale.ROOT, "%nProving a lower bound of the soft score (limit %.0f s)...%n", limit.toMillis() / 1000.0);
        out.flush();
        LowerBound bound = LowerBounds.of(problem, limit, 1);
        print(bound, out);
        printGap(bound, solution, solutionName, out);
        return bound;
    }

    static void print(LowerBound bound, PrintWriter out) {
        if (!bound.feasible()) {
            out.printf(Locale.ROOT, "No timetable can place every section without breaking a hard rule: %s (%.1f s)%n",
                    bound.method(), bound.seconds());
            return;
        }
        out.printf(Locale.ROOT, "Lower bound: %,d (%s%s; %.1f s)%n", bound.value(), bound.method(),
                bound.optimal() ? ", the relaxation solved to optimality" : "", bound.seconds());
        if (!bound.leftOut().isEmpty()) {
            out.println("  counted as 0 in the relaxation: " + String.join("; ", bound.leftOut()));
        }
    }

    static void printGap(LowerBound bound, Evaluation solution, String solutionName, PrintWriter out) {
        if (solution == null || !bound.feasible()) {
            return;
        }
        if (!solution.feasible()) {
            out.println(solutionName + " breaks hard rules or leaves sections unplaced: no gap to the bound.");
        } else if (solution.soft() < bound.value()) {
            out.printf(Locale.ROOT, "%s costs %,d, below the bound: it does not keep the problem's locks or students'"
                    + " fixed sections, which the bound takes as given.%n", solutionName, solution.soft());
        } else {
            out.printf(Locale.ROOT, "%s costs %,d: gap to the bound %,d (%.1f%% of its cost)%n", solutionName,
                    solution.soft(), solution.soft() - bound.value(), bound.gapPercent(solution.soft()));
        }
    }
}
