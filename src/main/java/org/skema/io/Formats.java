package org.skema.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.skema.io.itc2007.Itc2007ProblemReader;
import org.skema.io.itc2007.Itc2007SolutionReader;
import org.skema.io.itc2007.Itc2007SolutionWriter;
import org.skema.io.itc2019.Itc2019ProblemReader;
import org.skema.io.itc2019.Itc2019ProblemWriter;
import org.skema.io.itc2019.Itc2019SolutionReader;
import org.skema.io.itc2019.Itc2019SolutionWriter;
import org.skema.io.csv.CsvBundle;
import org.skema.io.json.JsonFormat;
import org.skema.io.xlsx.XlsxWorkbook;
import org.skema.model.Baseline;
import org.skema.model.Problem;
import org.skema.model.Solution;

/**
 * Chooses the reader or writer for a file by its extension; the CLI reads and writes through here.
 * A new format registers its reader and writers in the maps below, each under the extension of
 * the files it handles (ITC 2019 ".xml" in all four, ITC 2007 ".ctt" for problems and ".sol" for
 * solutions, ".xlsx" workbooks for problems), and only for what it supports. A folder, or a path
 * without an extension, is a CSV bundle ({@link #FOLDER}).
 */
public final class Formats {
    /** The key of formats that are folders rather than files: the CSV bundle. */
    public static final String FOLDER = "a folder (CSV bundle)";

    private static final Map<String, ProblemReader> PROBLEM_READERS = new TreeMap<>(Map.of(
            ".json", (file, notices) -> JsonFormat.readProblem(file),
            ".xml", Itc2019ProblemReader::read,
            FOLDER, (file, notices) -> CsvBundle.readProblem(file),
            ".xlsx", (file, notices) -> XlsxWorkbook.readProblem(file),
            ".ctt", (file, notices) -> Itc2007ProblemReader.read(file)));
    private static final Map<String, ProblemWriter> PROBLEM_WRITERS = new TreeMap<>(Map.of(
            ".json", JsonFormat::writeProblem,
            ".xml", Itc2019ProblemWriter::write,
            FOLDER, CsvBundle::writeProblem,
            ".xlsx", XlsxWorkbook::writeProblem));
    private static final Map<String, SolutionReader> SOLUTION_READERS = new TreeMap<>(Map.of(
            ".json", JsonFormat::readSolution,
            ".xml", Itc2019SolutionReader::read,
            ".sol", Itc2007SolutionReader::read));
    private static final Map<String, SolutionWriter> SOLUTION_WRITERS = new TreeMap<>(Map.of(
            ".json", JsonFormat::writeSolution,
            ".xml", Itc2019SolutionWriter::write,
            ".sol", Itc2007SolutionWriter::write));

    private Formats() {
    }

    /** @throws InputException if the file type is not supported, or the file is missing or malformed */
    public static Problem readProblem(Path file) {
        return readProblem(file, notice -> { });
    }

    /**
     * @param notices gets one line for each kind of data in the file that Skema leaves out
     * @throws InputException if the file type is not supported, or the file is missing or malformed
     */
    public static Problem readProblem(Path file, Consumer<String> notices) {
        return choose(PROBLEM_READERS, file, "problem").read(file, notices);
    }

    /**
     * @return one sentence per part of the problem the format cannot express
     * @throws InputException  if the file type is not supported
     * @throws OutputException if the file exists and {@code force} is false, or cannot be written
     */
    public static List<String> writeProblem(Problem problem, Path file, boolean force) {
        return choose(PROBLEM_WRITERS, file, "problem").write(problem, file, force);
    }

    /** @throws InputException if the file type is not supported, or the file is malformed or does not fit the problem */
    public static SolutionFile readSolution(Path file, Problem problem) {
        return choose(SOLUTION_READERS, file, "solution").read(file, problem);
    }

    /**
     * The timetable a re-plan starts from. A native JSON solution may belong to an older version of
     * the problem (sections are matched by id); other formats must fit the problem as it is now.
     *
     * @throws InputException if the file type is not supported, or the file is malformed
     */
    public static Baseline readPrevious(Path file, Problem problem) {
        if (kind(file).equals(".json")) {
            return JsonFormat.readPrevious(file, problem);
        }
        return Baseline.of(problem, readSolution(file, problem).assignments());
    }

    /**
     * @param info free-form metadata for the file (score, seed, solver time), where the format has room for it
     * @throws InputException  if the file type is not supported
     * @throws OutputException if the file exists and {@code force} is false, or cannot be written
     */
    public static void writeSolution(Solution solution, Map<String, Object> info, Path file, boolean force) {
        choose(SOLUTION_WRITERS, file, "solution").write(solution, info, file, force);
    }

    /**
     * Fails early, before long work, if a solution could not be written to {@code file}.
     *
     * @throws InputException  if the file type is not supported for solutions
     * @throws OutputException if the file exists and {@code force} is false
     */
    public static void requireSolutionTarget(Path file, boolean force) {
        choose(SOLUTION_WRITERS, file, "solution");
        AtomicFiles.requireWritable(file, force);
    }

    /** Like {@link #requireSolutionTarget} for a problem file, or a bundle folder. */
    public static void requireProblemTarget(Path file, boolean force) {
        choose(PROBLEM_WRITERS, file, "problem");
        if (kind(file).equals(FOLDER)) {
            CsvBundle.requireWritable(file, force);
        } else {
            AtomicFiles.requireWritable(file, force);
        }
    }

    /** The solution file extension of a problem's own format family: .xml for ITC 2019, .sol for ITC 2007, else .json. */
    public static String solutionExtensionFor(Path problemFile) {
        return switch (extension(problemFile)) {
            case ".xml" -> ".xml";
            case ".ctt" -> ".sol";
            default -> ".json";
        };
    }

    /** The extension with its dot, lower case, such as ".json"; empty when the name has none. */
    public static String extension(Path file) {
        Path name = file.getFileName();
        String text = name == null ? "" : name.toString();
        int dot = text.lastIndexOf('.');
        return dot <= 0 ? "" : text.substring(dot).toLowerCase(Locale.ROOT);
    }

    /** The key a path's format is registered under: its extension, or {@link #FOLDER} for a folder or no extension. */
    private static String kind(Path file) {
        String extension = extension(file);
        return extension.isEmpty() || Files.isDirectory(file) ? FOLDER : extension;
    }

    private static <T> T choose(Map<String, T> handlers, Path file, String what) {
        String kind = kind(file);
        T handler = handlers.get(kind);
        if (handler == null) {
            String supported = String.join(", ", handlers.keySet());
            String detail = Files.isDirectory(file) ? "is a folder; a " + what + " must be a file (supported: "
                    + supported + ")"
                    : kind.equals(FOLDER)
                    ? "cannot tell the " + what + " file type without an extension (supported: " + supported + ")"
                    : "unsupported file type '" + kind + "' for a " + what + " (supported: " + supported + ")";
            throw new InputException(file.toString(), 0, null, detail);
        }
        return handler;
    }
}
