package org.skema.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skema.cli.CliTest.skema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skema.io.Formats;
import org.skema.model.Problem;
import org.skema.model.Solution;
import org.skema.sectioning.GreedySectioner;

/** Re-planning on the command line: --from, --lock-*, --diff, and locks that cannot hold. */
class ReplanCliTest {
    private static final String EXAMPLE = "datasets/example.json";
    private static final String EXAMPLE_SOLUTION = "datasets/example-solution.json";

    @TempDir
    Path dir;

    private Path withLocks(String locks) throws IOException {
        String text = Files.readString(Path.of(EXAMPLE)).replaceFirst("\\}\\s*$", ",\n  \"locks\": [" + locks + "]\n}\n");
        return Files.writeString(dir.resolve("locked.json"), text);
    }

    @Test
    void aReplanKeepsTheLockedTeachersSectionsAndWritesTheDiff() throws IOException {
        Path output = dir.resolve("new.json");
        CliRun run = skema("solve", EXAMPLE, "--from", EXAMPLE_SOLUTION, "-o", output.toString(), "--lock-teacher", "T3",
                "--lock-section", "LAW2-E1", "--move-limit", "3000", "--seed", "1");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("Re-planning from " + EXAMPLE_SOLUTION + ": 7 section(s) had a time, 0 section(s)"
                + " are new, 0 are gone; 4 locked from the command line")
                .contains("Keeping 4 lock(s) (1 time, 0 room, 3 both)")
                .containsPattern("Moved \\d of 7 section\\(s\\)")
                .contains("Wrote " + dir.resolve("new-diff.csv"));
        assertThat(Files.readAllLines(dir.resolve("new-diff.csv")).get(0)).startsWith("change,section,course,old_time");
        Problem problem = Formats.readProblem(Path.of(EXAMPLE));
        Solution before = Formats.readSolution(Path.of(EXAMPLE_SOLUTION), problem).toSolution(new GreedySectioner());
        Solution after = Formats.readSolution(output, problem).toSolution(new GreedySectioner());
        for (String id : new String[] {"LAW1-E2", "IT1-LAB", "IT1-WEB", "LAW2-E1"}) {
            assertThat(after.assignment(problem.section(id))).as(id).isEqualTo(before.assignment(problem.section(id)));
        }

        CliRun check = skema("check", EXAMPLE, output.toString(), "--from", EXAMPLE_SOLUTION, "--summary");
        assertThat(check.out()).contains("Moved section").containsPattern("Moved \\d of 7 section\\(s\\)");
        CliRun plain = skema("check", EXAMPLE, output.toString(), "--summary");
        assertThat(plain.out()).doesNotContain("Moved");
    }

    @Test
    void onlyATimeOrOnlyARoomCanBeLockedFromTheCommandLine() throws IOException {
        Path output = dir.resolve("new.json");
        CliRun run = skema("solve", EXAMPLE, "--from", EXAMPLE_SOLUTION, "-o", output.toString(), "--lock-time",
                "LAW1-E1", "--lock-room", "LAW2-L,IT1-WEB", "--move-limit", "3000", "--seed", "1");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        // IT1-WEB is online: it had no room, so there is nothing to keep.
        assertThat(run.err()).contains("IT1-WEB had no room in the previous timetable: not locked");
        assertThat(run.out()).contains("Keeping 2 lock(s) (1 time, 1 room, 0 both)");
        Problem problem = Formats.readProblem(Path.of(EXAMPLE));
        Solution before = Formats.readSolution(Path.of(EXAMPLE_SOLUTION), problem).toSolution(new GreedySectioner());
        Solution after = Formats.readSolution(output, problem).toSolution(new GreedySectioner());
        assertThat(after.assignment(problem.section("LAW1-E1")).time())
                .isEqualTo(before.assignment(problem.section("LAW1-E1")).time());
        assertThat(after.assignment(problem.section("LAW2-L")).room())
                .isEqualTo(before.assignment(problem.section("LAW2-L")).room());

        CliRun unknown = skema("solve", EXAMPLE, "--from", EXAMPLE_SOLUTION, "-o", dir.resolve("y.json").toString(),
                "--lock-room", "NOPE");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(unknown.err().strip()).isEqualTo("skema: --lock-room: unknown section 'NOPE'");
    }

    @Test
    void locksOnTheCommandLineNeedAPreviousSolution() {
        CliRun run = skema("solve", EXAMPLE, "-o", dir.resolve("x.json").toString(), "--lock-course", "LAW1");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).startsWith("skema: --diff and the --lock-* options need --from PREVIOUS");
        CliRun unknown = skema("solve", EXAMPLE, "-o", dir.resolve("y.json").toString(), "--from", EXAMPLE_SOLUTION,
                "--lock-course", "LAW9");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(unknown.err().strip()).isEqualTo("skema: --lock-course: unknown course 'LAW9'");
        assertThat(dir.resolve("y.json")).doesNotExist();
    }

    @Test
    void locksThatCannotHoldAreBadInputForSolveAndCheck() throws IOException {
        Path locked = withLocks("""
                {"section": "LAW1-E1", "days": "Mon", "start": "12:45", "room": "N-101"},
                {"section": "LAW1-E2", "days": "Mon", "start": "12:45", "room": "N-101"}""");
        CliRun solve = skema("solve", locked.toString(), "-o", dir.resolve("out.json").toString(), "--move-limit", "100");
        assertThat(solve.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        // LAW1-E2's teacher T3 cannot come on Mondays of weeks 1-7 either
        assertThat(solve.err().lines().toList()).containsExactly("skema: " + locked + ": locks: 2 lock conflict(s): the"
                + " locks break hard rules by themselves: Room conflict: room N-101 holds LAW1-E1 (Mon 12:45-14:30 weeks"
                + " 1-14, N-101) and LAW1-E2 (Mon 12:45-14:30 weeks 1-14, N-101) at once; Teacher unavailable: teacher T3"
                + " is unavailable for LAW1-E2 (Mon 12:45-14:30 weeks 1-14, N-101)");
        assertThat(dir.resolve("out.json")).doesNotExist();

        CliRun check = skema("check", locked.toString(), EXAMPLE_SOLUTION, "--summary");
        assertThat(check.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(check.out()).contains("Locks: 2 lock(s) (0 time, 0 room, 2 both); 1 not kept by this solution")
                .contains("LAW1-E2: its time and room are locked but this solution moves it");
        assertThat(check.err()).contains("2 lock conflict(s)");
    }
}
