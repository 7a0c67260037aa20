package org.skema.io.json;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.skema.io.InputException;
import org.skema.io.OutputException;
import org.skema.io.SolutionFile;
import org.skema.model.Baseline;
import org.skema.model.Problem;
import org.skema.model.Solution;

/** The native JSON formats: "skema-problem" and "skema-solution", version 1 (see datasets/FORMAT.md). */
public final class JsonFormat {
    private JsonFormat() {
    }

    /** @throws InputException naming file, line and field when the file is missing or malformed */
    public static Problem readProblem(Path file) {
        return JsonProblemReader.read(file);
    }

    /** Writes pretty-printed UTF-8 JSON atomically. @throws OutputException if the file exists and not {@code force} */
    /** Writes the problem; the native format loses nothing, so the returned list is empty. */
    public static List<String> writeProblem(Problem problem, Path file, boolean force) {
        JsonDocument.write(JsonProblemWriter.toJson(problem), file, force);
        return List.of();
    }

    /** @throws InputException naming file, line and field when the file is malformed or does not fit the problem */
    public static SolutionFile readSolution(Path file, Problem problem) {
        return JsonSolutionReader.read(file, problem);
    }

    /** The previous timetable of a re-plan, matched to a problem that may have changed (see {@link JsonPreviousReader}). */
    public static Baseline readPrevious(Path file, Problem problem) {
        return JsonPreviousReader.read(file, problem);
    }

    /**
     * Writes every section's time and room and every student's sections, plus {@code info}: free-form
     * metadata (strings, numbers, booleans, lists and maps of them) that readers ignore.
     *
     * @throws OutputException if the file exists and not {@code force}, or cannot be written
     */
    public static void writeSolution(Solution solution, Map<String, Object> info, Path file, boolean force) {
        JsonDocument.write(JsonSolutionWriter.toJson(solution, info), file, force);
    }
}
