package org.skema.cli;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI end to end, in-process: what a planner types and what they get back. */
class CliTest {
    @TempDir
    Path dir;

    static CliRun skema(String... args) {
        return CliRun.of(args);
    }

    @Test
    void generatesSolvesAndChecksTheSmallFacultyFeasibly() {
        Path problem = dir.resolve("small.json");
        Path solution = dir.resolve("small-solution.json");
        assertThat(skema("generate", "--profile", "small", "--seed", "5", "-o", problem.toString()).exitCode()).isZero();

        CliRun solve = skema("solve", problem.toString(), "-o", solution.toString(), "--time-limit", "60s",
                "--move-limit", "20000");
        assertThat(solve.exitCode()).as(solve.out() + solve.err()).isZero();
        assertThat(solve.out()).contains("Feasible: yes").contains("Wrote " + solution);
        assertThat(solution).exists();

        CliRun check = skema("check", problem.toString(), solution.toString(), "--json");
        assertThat(check.exitCode()).isZero();
        JsonObject report = Json.createReader(new StringReader(check.out())).readObject();
        assertThat(report.getBoolean("feasible")).isTrue();
        assertThat(report.getJsonNumber("hard").longValue()).isZero();
        assertThat(report.getJsonNumber("unassigned").longValue()).isZero();
        assertThat(report.getJsonObject("constraints").keySet()).contains("Room conflict", "Student conflict");
        String solveScore = solve.out().lines().filter(l -> l.startsWith("Score:")).findFirst().orElseThrow();
        assertThat(solveScore).endsWith(report.getString("score"));
    }

    @Test
    void aSeedAndAMoveLimitGiveTheSameTimetableEveryTime() throws IOException {
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        for (Path output : new Path[] {first, second}) {
            CliRun run = skema("solve", "datasets/faculty-small.json", "-o", output.toString(), "--seed", "7",
                    "--time-limit", "120s", "--move-limit", "2000");
            assertThat(run.exitCode()).as(run.out() + run.err()).isIn(0, 1);
        }
        assertThat(sections(first)).isEqualTo(sections(second));
    }

    private static String sections(Path solution) throws IOException {
        JsonObject json = Json.createReader(Files.newBufferedReader(solution)).readObject();
        return json.getJsonArray("sections").toString();
    }

    @Test
    void checkReportsAnInfeasibleSolutionWithExitCodeOne() throws IOException {
        Path solution = dir.resolve("empty.json");
        Files.writeString(solution, """
                {"format": "skema-solution", "version": 1, "problem": "example", "sections": []}
                """);
        CliRun check = skema("check", "datasets/example.json", solution.toString());
        assertThat(check.exitCode()).isEqualTo(ExitCode.INFEASIBLE);
        assertThat(check.out()).contains("Feasible: NO").contains("is unplaced: no time");
    }

    @Test
    void malformedJsonIsOneClearMessageWithExitCodeTwo() throws IOException {
        Path problem = dir.resolve("broken.json");
        Files.writeString(problem, "{\n  \"format\": \"skema-problem\",\n  \"version\": 1\n  \"name\": \"x\"\n}\n");
        CliRun run = skema("solve", problem.toString(), "-o", dir.resolve("out.json").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err().strip()).startsWith("skema: " + problem + ":4:").doesNotContain("Exception").hasLineCount(1);
    }

    @Test
    void semanticErrorsNameTheFileLineAndField() throws IOException {
        String example = Files.readString(Path.of("datasets/example.json"));
        assertBadInput(example.replaceFirst("\"capacity\": \\d+", "\"capacity\": -5"), "capacity", "negative");
        assertBadInput(example.replaceFirst("\"teachers\": \\[\"", "\"teachers\": [\"nobody-"), "teachers",
                "unknown teacher");
        assertBadInput(example.replaceFirst("\"timeSet\": \"[^\"]*\"", "\"times\": []"), "times", "must list at least one allowed time");
    }

    private void assertBadInput(String content, String field, String message) throws IOException {
        Path problem = dir.resolve("bad.json");
        Files.writeString(problem, content);
        CliRun run = skema("check", problem.toString(), "datasets/example-solution.json");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).matches("(?s)skema: " + java.util.regex.Pattern.quote(problem.toString())
                + ":\\d+: .*" + field + ".*\\R").contains(message).doesNotContain("Exception");
    }

    @Test
    void refusesToOverwriteWithoutForceBeforeSolving() throws IOException {
        Path existing = dir.resolve("mine.json");
        Files.writeString(existing, "precious");
        CliRun run = skema("solve", "datasets/example.json", "-o", existing.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("already exists; pass --force");
        assertThat(Files.readString(existing)).isEqualTo("precious");
    }

    @Test
    void badCommandLinesAndFilesExitWithTwo() {
        assertThat(skema("solve", "datasets/example.json", "--time-limit", "soon").exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        CliRun missing = skema("check", dir.resolve("nope.json").toString(), "datasets/example-solution.json");
        assertThat(missing.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missing.err()).contains("nope.json").doesNotContain("Exception");
        CliRun unsupported = skema("solve", "problem.txt");
        assertThat(unsupported.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(unsupported.err()).contains("unsupported file type '.txt'");
    }

    @Test
    void everyCommandHasHelpWithExamples() {
        for (String command : new String[] {"solve", "check", "generate"}) {
            CliRun help = skema(command, "--help");
            assertThat(help.exitCode()).isZero();
            assertThat(help.out()).contains("Usage: skema " + command).contains("Examples:");
        }
    }
}
