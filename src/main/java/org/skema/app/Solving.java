package org.skema.app;

import org.skema.solver.PortfolioSolver;
import org.skema.solver.SolveOptions;
import org.skema.solver.SolverProgress;

/** The third and fourth stages: solves a sectioned problem and judges the best timetable found. */
public final class Solving {
    private final PortfolioSolver solver;

    /** @throws IllegalArgumentException for fewer than 1 or more than {@link PortfolioSolver#MAX_WORKERS} workers */
    public Solving(int workers) {
        this.solver = new PortfolioSolver(workers);
    }

    public Solved solve(Sectioned sectioned, SolveOptions options, SolverProgress progress) {
        var result = solver.solve(sectioned.problem(), sectioned.enrolments(), sectioned.start(), options, progress);
        return new Solved(result, Judged.of(result.solution()));
    }

    /** Asks a running solve to stop and hand in its best timetable (Ctrl-C); safe from any thread. */
    public void stop() {
        solver.terminateEarly();
    }
}
