package org.skema.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.skema.io.json.JsonFormat;
import org.skema.model.Problem;
import org.skema.model.Solution;

/**
 * Chooses the reader or writer for a file by its extension; the CLI reads and writes through here.
 * A new format registers its reader and writers in the maps below, each under the extension of
 * the files it handles (ITC 2019 would add ".xml" to all four, ITC 2007 ".ctt" for problems and
 * ".sol" for solutions), and only for what it supports.
 */
public final class Formats {
    private static final Map<String, ProblemReader> PROBLEM_READERS = new TreeMap<>(Map.of(
            ".json", JsonFormat::readProblem));
    private static final Map<String, ProblemWriter> PROBLEM_WRITERS = new TreeMap<>(Map.of(
            ".json", JsonFormat::writeProblem));
    private static final Map<String, SolutionReader> SOLUTION_READERS = new TreeMap<>(Map.of(
            ".json", JsonFormat::readSolution));
    private static final Map<String, SolutionWriter> SOLUTION_WRITERS = new TreeMap<>(Map.of(
            ".json", JsonFormat::writeSolution));

    private Formats() {
    }

    /** @throws InputException if the file type is not supported, or the file is missing or malformed */
    public static Problem readProblem(Path file) {
        return choose(PROBLEM_READERS, file, "problem").read(file);
    }

    /**
     * @throws InputException  if the file type is not supported
     * @throws OutputException if the file exists and {@code force} is false, or cannot be written
     */
    public static void writeProblem(Problem problem, Path file, boolean force) {
        choose(PROBLEM_WRITERS, file, "problem").write(problem, file, force);
    }

    /** @throws InputException if the file type is not supported, or the file is malformed or does not fit the problem */
    public static SolutionFile readSolution(Path file, Problem problem) {
        return choose(SOLUTION_READERS, file, "solution").read(file, problem);
    }

    /**
     * @param info free-form metadata for the file (score, seed, solver time), where the format has room for it
     * @throws InputException  if the file type is not supported
     * @throws OutputException if the file exists and {@code force} is false, or cannot be written
     */
    public static void writeSolution(Solution solution, Map<String, Object> info, Path file, boolean force) {
        choose(SOLUTION_WRITERS, file, "solution").write(solution, info, file, force);
    }

    /** The extension with its dot, lower case, such as ".json"; empty when the name has none. */
    public static String extension(Path file) {
        Path name = file.getFileName();
        String text = name == null ? "" : name.toString();
        int dot = text.lastIndexOf('.');
        return dot <= 0 ? "" : text.substring(dot).toLowerCase(Locale.ROOT);
    }

    private static <T> T choose(Map<String, T> handlers, Path file, String what) {
        String extension = extension(file);
        T handler = handlers.get(extension);
        if (handler == null) {
            String supported = String.join(", ", handlers.keySet());
            String detail = extension.isEmpty()
                    ? "cannot tell the " + what + " file type without an extension (supported: " + supported + ")"
                    : "unsupported file type '" + extension + "' for a " + what + " (supported: " + supported + ")";
            throw new InputException(file.toString(), 0, null, detail);
        }
        return handler;
    }
}
