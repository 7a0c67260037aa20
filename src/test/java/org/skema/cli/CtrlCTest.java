package org.skema.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.skema.evaluate.Evaluation;
import org.skema.evaluate.Evaluator;
import org.skema.io.Formats;
import org.skema.io.SolutionFile;
import org.skema.model.Problem;
import org.skema.sectioning.GreedySectioner;

/**
 * Ctrl-C during a solve, for real: a child JVM solves the faculty with a long limit and gets SIGINT
 * (or SIGTERM) a few seconds into the search. It must stop, write the best timetable found so far
 * completely (every section listed, read back without error, and scored by check exactly as solve
 * reported), print the feasibility line, leave no temporary file behind, and exit with 130 (143 for
 * SIGTERM) as the README says: a script must be able to tell an interrupted run from a finished one.
 */
@DisabledOnOs(OS.WINDOWS)
class CtrlCTest {
    private static final Path FACULTY = Path.of("datasets/faculty.json");
    /** Exit status of a JVM ended by SIGINT once its shutdown hooks are done: 128 + 2. */
    private static final int SIGINT_STATUS = 130;
    /** The same for SIGTERM: 128 + 15. */
    private static final int SIGTERM_STATUS = 143;
    private static final Pattern OPEN = Pattern.compile("open (\\d+)");

    @TempDir
    Path dir;

    @Test
    void ctrlCWritesTheBestTimetableSoFarCompletely() throws Exception {
        stopWritesTheBestTimetableSoFar("-INT", SIGINT_STATUS);
    }

    @Test
    void sigtermWritesTheBestTimetableSoFarCompletely() throws Exception {
        stopWritesTheBestTimetableSoFar("-TERM", SIGTERM_STATUS);
    }

    private void stopWritesTheBestTimetableSoFar(String signal, int status) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/kill")) || Files.isExecutable(Path.of("/usr/bin/kill")),
                "no kill command to send SIGINT with");
        Path output = dir.resolve("faculty-solution.json");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // Started directly, not through a shell: a non-interactive shell would make the child ignore SIGINT.
        Process child = new ProcessBuilder(java, "-Xmx2g", "-cp", System.getProperty("java.class.path"),
                SkemaCli.class.getName(), "solve", FACULTY.toString(), "-o", output.toString(), "--time-limit", "10m")
                .redirectOutput(dir.resolve("stdout.txt").toFile())
                .start();
        try (BufferedReader progress = new BufferedReader(new InputStreamReader(child.getErrorStream(),
                StandardCharsets.UTF_8))) {
            // Progress comes every 5 s; wait until construction has placed something.
            String line = progress.readLine();
            Long firstOpen = null;
            while (line != null) {
                Long open = open(line);
                if (firstOpen == null) {
                    firstOpen = open;
                } else if (open != null && open < firstOpen) {
                    break;
                }
                line = progress.readLine();
            }
            assertThat(line).as("the search must start: " + Files.readString(dir.resolve("stdout.txt"))).isNotNull();
            Process kill = new ProcessBuilder("kill", signal, Long.toString(child.pid())).inheritIO().start();
            assertThat(kill.waitFor()).isZero();
            progress.lines().forEach(rest -> { }); // drained, so that the child never blocks on a full pipe
        }
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("the solve stops soon after Ctrl-C").isTrue();
        String stdout = Files.readString(dir.resolve("stdout.txt"));
        assertThat(child.exitValue()).as(stdout).isEqualTo(status);
        assertThat(stdout).contains("(stopped early)").contains("Feasible: ").contains("Wrote " + output);

        Problem problem = Formats.readProblem(FACULTY);
        SolutionFile written = Formats.readSolution(output, problem);
        assertThat(written.assignments()).hasSize(problem.sections().size());
        assertThat(written.hasEnrolments()).isTrue();
        Evaluation evaluation = new Evaluator().evaluate(written.toSolution(new GreedySectioner()));
        assertThat(stdout).contains("Score:    " + evaluation.scoreText());
        assertThat(written.info()).containsEntry("score", evaluation.scoreText());
        assertThat(String.valueOf(written.info().get("stoppedEarly"))).isEqualTo("true");
        assertThat(evaluation.unplacedSections()).as("construction's work is kept").isLessThan(problem.sections().size());

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
                    .as("no temporary file is left").isEqualTo(List.of("faculty-solution.json", "stdout.txt"));
        }
    }

    /** The open decisions of a progress line like "[  9.5s] best hard 0, open 5, soft 8167679 (...)"; null if none. */
    private static Long open(String line) {
        Matcher open = OPEN.matcher(line);
        return open.find() ? Long.parseLong(open.group(1)) : null;
    }
}
