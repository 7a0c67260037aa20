package org.skema.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.skema.io.Formats;
import org.skema.model.Problem;

/**
 * Issue 19, items 6, 7, 9, 10 and 13 at the command line: concurrent and killed writers, outputs
 * that cannot be written, all-or-nothing exports, and input that tries to control the terminal.
 * Each failure is exit code 2 and one line without a stack trace, and no file is lost or half written.
 */
class OutputFaultsCliTest {
    private static final String EXAMPLE = "datasets/example.json";

    @TempDir
    Path dir;

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aSecondSolveToTheSameNewOutputIsRefusedWhileTheFirstRuns() throws Exception {
        Path output = dir.resolve("solution.json");
        Process first = child("solve", EXAMPLE, "-o", output.toString(), "--time-limit", "8s");
        try {
            awaitFile(dir.resolve(".solution.json.skema-lock"), first);
            CliRun second = CliRun.of("solve", EXAMPLE, "-o", output.toString(), "--time-limit", "1s");
            assertOneLineError(second, output + " is being written by another Skema run (process " + first.pid() + ")");
            assertThat(second.out()).doesNotContain("Wrote");
            assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(first.exitValue()).isEqualTo(ExitCode.OK);
        } finally {
            first.destroyForcibly();
        }
        assertThat(Formats.readSolution(output, Formats.readProblem(Path.of(EXAMPLE))).assignments()).hasSize(7);
        assertThat(names()).containsExactly("child.err", "child.out", "solution.json");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void whatAKilledSolveLeftIsCleanedByTheNextOne() throws Exception {
        Path output = dir.resolve("solution.json");
        Process killed = child("solve", EXAMPLE, "-o", output.toString(), "--time-limit", "60s");
        try {
            awaitFile(dir.resolve(".solution.json.skema-lock"), killed);
            // As if killed while writing: its half-written temporary is beside the output.
            Files.writeString(dir.resolve(".solution.json." + killed.pid() + "-0123456789abcdef.tmp"), "{\"half");
            killed.destroyForcibly();
            assertThat(killed.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            killed.destroyForcibly();
        }
        CliRun next = CliRun.of("solve", EXAMPLE, "-o", output.toString(), "--move-limit", "1000");
        assertThat(next.exitCode()).as(next.err()).isEqualTo(ExitCode.OK);
        assertThat(names()).containsExactly("child.err", "child.out", "solution.json");
    }

    @Test
    void anOutputThatCannotBeWrittenIsFoundBeforeTheWork() throws IOException {
        Files.writeString(dir.resolve("blocker"), "a file, where a folder should be");
        Path unwritable = dir.resolve("blocker/solution.json");
        String reason = ": " + dir.resolve("blocker") + " is in the way: it is a file, not a folder";
        CliRun solve = CliRun.of("solve", EXAMPLE, "-o", unwritable.toString(), "--time-limit", "60s");
        assertOneLineError(solve, "cannot write " + unwritable + reason);
        assertThat(solve.out()).as("refused before solving").doesNotContain("Solving");

        Path folder = dir.resolve("blocker/published");
        CliRun export = CliRun.of("export", EXAMPLE, "datasets/example-solution.json", "--to", folder.toString());
        assertOneLineError(export, "cannot write " + folder + reason);

        CliRun convert = CliRun.of("convert", EXAMPLE, dir.resolve("blocker/bundle").toString());
        assertOneLineError(convert, "cannot write " + dir.resolve("blocker/bundle") + reason);
        assertThat(names()).containsExactly("blocker");
    }

    @Test
    void anExportWithAThreeHundredCharacterStudentIdIsWrittenWhole() throws IOException {
        String example = Files.readString(Path.of(EXAMPLE));
        String solution = Files.readString(Path.of("datasets/example-solution.json"));
        String longId = "S" + "0".repeat(299);
        assertThat(example).contains("\"S001\"");
        Path problemFile = Files.writeString(dir.resolve("problem.json"), example.replace("\"S001\"", "\"" + longId + "\""));
        Path solutionFile = Files.writeString(dir.resolve("solution.json"), solution.replace("\"S001\"", "\"" + longId + "\""));
        Path folder = dir.resolve("published");
        CliRun export = CliRun.of("export", problemFile.toString(), solutionFile.toString(), "--to", folder.toString());
        assertThat(export.exitCode()).as(export.err()).isEqualTo(ExitCode.OK);
        try (Stream<Path> students = Files.list(folder.resolve("calendars/students"))) {
            assertThat(students.map(f -> f.getFileName().toString()))
                    .hasSize(Formats.readProblem(problemFile).students().size())
                    .anyMatch(name -> name.startsWith("S000") && name.endsWith(".ics"));
        }
        assertThat(folder.resolve("report.html")).exists();
        assertThat(names()).containsExactly("problem.json", "published", "solution.json");
    }

    @Test
    void controlCharactersFromTheInputAreEscapedInMessages() throws IOException {
        Path bundle = Files.createDirectories(dir.resolve("bundle"));
        try (Stream<Path> files = Files.list(Path.of("datasets/example-bundle"))) {
            for (Path file : files.toList()) {
                Files.copy(file, bundle.resolve(file.getFileName()));
            }
        }
        Path sections = bundle.resolve("sections.csv");
        String text = Files.readString(sections);
        assertThat(text).contains("LAW1-E2,,40,LAW1-L,T3");
        // Clears the screen, retitles the terminal and rings the bell when printed raw.
        Files.writeString(sections, text.replace("LAW1-E2,,40,LAW1-L,T3", "LAW1-E2,,40,LAW1-L,T\u001b[2J\u001b]0;owned\u0007\u009b"));
        CliRun check = CliRun.of("check", bundle.toString(), "datasets/example-solution.json");
        assertOneLineError(check, "unknown teacher 'T\\u001b[2J\\u001b]0;owned\\u0007\\u009b'");
        assertThat(check.err()).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u009b");
    }

    private static void assertOneLineError(CliRun run, String message) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err().lines().toList()).as(run.err()).hasSize(1);
        assertThat(run.err()).startsWith("skema: ").contains(message).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private Process child(String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx512m", "-cp",
                System.getProperty("java.class.path"), SkemaCli.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(dir.resolve("child.out").toFile())
                .redirectError(dir.resolve("child.err").toFile()).start();
    }

    private void awaitFile(Path file, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(file)) {
            assertThat(process.isAlive()).as("the child runs: " + Files.readString(dir.resolve("child.err"),
                    StandardCharsets.UTF_8)).isTrue();
            assertThat(System.nanoTime()).as("the child claims its output").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
