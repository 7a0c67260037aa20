package org.skema.cli;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skema.evaluate.Evaluator;
import org.skema.io.Formats;
import org.skema.io.itc2007.Itc2007Files;
import org.skema.evaluate.Ud2Score;
import org.skema.model.Enrolments;
import org.skema.model.Problem;
import org.skema.model.Solution;

/** {@code skema solve} and {@code skema check} on ITC 2007 files, end to end. */
class Itc2007CliTest {
    private static final Pattern UD2_LINE = Pattern.compile("UD2 \\(ITC 2007\\): (\\d+) = .*");

    @TempDir
    Path dir;

    private static CliRun skema(String... args) {
        return CliRun.of(args);
    }

    private static String ud2Line(String output) {
        Matcher matcher = UD2_LINE.matcher(output);
        assertThat(matcher.find()).as("a UD2 line in:%n%s", output).isTrue();
        return matcher.group();
    }

    @Test
    void solveWritesASolFileThatCheckScoresTheSame() {
        Path problemFile = Itc2007Files.instance("comp01");
        Path solutionFile = dir.resolve("comp01.sol");
        CliRun solve = skema("solve", problemFile.toString(), "-o", solutionFile.toString(), "--seed", "7",
                "--move-limit", "1000", "--time-limit", "60s");
        assertThat(solve.exitCode()).as(solve.err()).isIn(ExitCode.OK, ExitCode.INFEASIBLE);
        assertThat(solve.out()).contains("Wrote " + solutionFile);

        Problem problem = Formats.readProblem(problemFile);
        Solution read = Formats.readSolution(solutionFile, problem).toSolution(Enrolments::none);
        Ud2Score ud2 = Ud2Score.of(new Evaluator().evaluate(read));
        assertThat(ud2Line(solve.out())).isEqualTo(ud2.text());

        CliRun check = skema("check", problemFile.toString(), solutionFile.toString(), "--summary");
        assertThat(check.exitCode()).isEqualTo(solve.exitCode());
        assertThat(ud2Line(check.out())).isEqualTo(ud2.text());

        CliRun json = skema("check", problemFile.toString(), solutionFile.toString(), "--json", "--summary");
        JsonObject verdict = Json.createReader(new StringReader(json.out())).readObject();
        assertThat(verdict.getJsonObject("ud2").getJsonNumber("total").longValue()).isEqualTo(ud2.total());
    }

    @Test
    void checkPrintsTheUd2ScoreOfACttProblemAsTextAndJson() {
        Path problem = Itc2007Files.write(dir, "tiny.ctt", Itc2007Files.TINY);
        Path solution = Itc2007Files.write(dir, "tiny.sol",
                "c1 rA 0 1\nc1 rA 1 0\nc1 rB 1 1\nc2 rB 0 2\nc2 rB 2 0\nc3 rA 2 1\nc3 rA 0 0\nc4 rB 1 2\n");
        CliRun text = skema("check", problem.toString(), solution.toString());
        assertThat(text.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(text.out()).contains("Feasible: yes (0 hard violation(s), 8 of 8 sections placed)\n"
                + "Score:    0hard/0medium/-79soft\n"
                + "UD2 (ITC 2007): 79 = RoomCapacity 65 + MinWorkingDays 5 + CurriculumCompactness 8 + RoomStability 1\n");
        assertThat(text.out()).contains("course c1 meets on 2 day(s), fewer than its 3");

        CliRun json = skema("check", problem.toString(), solution.toString(), "--json");
        JsonObject ud2 = Json.createReader(new StringReader(json.out())).readObject().getJsonObject("ud2");
        assertThat(ud2.getJsonNumber("total").longValue()).isEqualTo(79);
        assertThat(ud2.getBoolean("feasible")).isTrue();
        assertThat(ud2.getJsonObject("costs").getJsonNumber("CurriculumCompactness").longValue()).isEqualTo(8);
    }

    @Test
    void boundProvesTheOptimumOfATinyProblemAndPrintsTheGap() {
        Path problem = Itc2007Files.write(dir, "tiny.ctt", Itc2007Files.TINY);
        Path solution = Itc2007Files.write(dir, "tiny.sol",
                "c1 rA 0 1\nc1 rA 1 0\nc1 rB 1 1\nc2 rB 0 2\nc2 rB 2 0\nc3 rA 2 1\nc3 rA 0 0\nc4 rB 1 2\n");
        // 39 is the optimum: a 5 s solve reaches it, and the relaxation of ITC 2007 leaves nothing out
        CliRun bound = skema("bound", problem.toString(), solution.toString(), "--time-limit", "30s");
        assertThat(bound.exitCode()).as(bound.err()).isEqualTo(ExitCode.OK);
        assertThat(bound.out()).contains("Lower bound: 39 (").contains("solved to optimality")
                .doesNotContain("counted as 0")
                .contains(solution + " costs 79: gap to the bound 40 (50.6% of its cost)");

        CliRun check = skema("check", problem.toString(), solution.toString(), "--summary", "--bound=30s");
        assertThat(check.out()).contains("Lower bound: 39 (").contains("gap to the bound 40");
        assertThat(skema("check", problem.toString(), solution.toString(), "--json", "--bound").exitCode())
                .isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void otherProblemsGetNoUd2Line() {
        CliRun check = skema("check", "datasets/example.json", "datasets/example-solution.json", "--summary");
        assertThat(check.out()).doesNotContain("UD2");
        assertThat(skema("check", "datasets/example.json", "datasets/example-solution.json", "--json").out())
                .doesNotContain("\"ud2\"");
    }

    @Test
    void aBadCttFileIsOneLineAndExitCodeTwo() {
        Path problem = Itc2007Files.write(dir, "bad.ctt", Itc2007Files.TINY.replace("Rooms: 2", "Rooms 2"));
        CliRun check = skema("check", problem.toString(), dir.resolve("none.sol").toString());
        assertThat(check.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(check.err()).isEqualTo("skema: " + problem + ":3: header: expected \"Rooms:\", got \"Rooms\"\n");
    }
}
