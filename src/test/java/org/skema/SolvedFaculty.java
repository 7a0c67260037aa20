package org.skema;

import ai.timefold.solver.core.config.solver.EnvironmentMode;
import org.skema.generate.FacultyGenerator;
import org.skema.generate.FacultyProfile;
import org.skema.model.Problem;
import org.skema.model.Solution;
import org.skema.sectioning.GreedySectioner;
import org.skema.solver.SolveOptions;
import org.skema.solver.SolverProgress;
import org.skema.solver.TimetableSolver;

/** A small generated faculty solved briefly and reproducibly (seed and move limit), shared by tests. */
public final class SolvedFaculty {
    private static Solution solution;

    private SolvedFaculty() {
    }

    public static synchronized Solution get() {
        if (solution == null) {
            Problem problem = FacultyGenerator.generate(FacultyProfile.small(), 7).problem();
            SolveOptions options = new SolveOptions(null, 3_000L, null, 7, EnvironmentMode.PHASE_ASSERT);
            solution = new TimetableSolver().solve(problem, new GreedySectioner().section(problem), null, options, org.skema.solver.SolverProgress.NONE)
                    .solution();
        }
        return solution;
    }
}
