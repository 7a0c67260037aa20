package org.skema.app;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.skema.io.Formats;
import org.skema.model.Problem;
import org.skema.model.Solution;
import org.skema.sectioning.GreedySectioner;

/** The first stage: reads a problem, and a solution of it, from any supported format. */
public final class Load {
    private Load() {
    }

    /**
     * @param notices gets one line for each kind of data in the file that Skema leaves out
     * @throws org.skema.io.InputException if the file is missing, malformed or of an unknown type
     */
    public static Problem problem(Path file, Consumer<String> notices) {
        return Formats.readProblem(file, notices);
    }

    /** The problem as it is, or re-planned from an earlier timetable with the planner's locks. */
    public static Replanned problem(Path file, Replan replan, Consumer<String> notices) {
        return replan.apply(problem(file, notices));
    }

    /** A solution file of {@code problem}; a file without enrolments is sectioned as a solve would section it. */
    public static Solution solution(Problem problem, Path file) {
        return Formats.readSolution(file, problem).toSolution(new GreedySectioner());
    }

    /** A solution file of {@code problem}, judged by the Evaluator. */
    public static Judged judged(Problem problem, Path file) {
        return Judged.of(solution(problem, file));
    }
}
