package org.skema.cli;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.skema.evaluate.Evaluator;
import org.skema.evaluate.Itc2019Score;
import org.skema.io.Formats;
import org.skema.io.SolutionFile;
import org.skema.io.itc2019.Itc2019Data;
import org.skema.model.Problem;

/**
 * {@code skema solve problem.xml -o solution.xml} and {@code skema check problem.xml solution.xml}
 * on the smallest ITC 2019 instances: the solution written reads back, and check reports the same
 * ITC 2019 total as the solve did.
 */
class Itc2019CliTest {
    private static final Pattern ITC_TOTAL = Pattern.compile("^ITC 2019: total (\\d+) = ", Pattern.MULTILINE);

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"lums-sum17", "bet-sum18", "wbg-fal10"})
    void solveWritesAnItcSolutionThatCheckScoresTheSame(String name) {
        Path instance = Itc2019Data.instance(name);
        Path solution = dir.resolve(name + "-solution.xml");
        CliRun solve = CliRun.of("solve", instance.toString(), "-o", solution.toString(), "--time-limit", "2s");
        assertThat(solve.exitCode()).as(solve.err()).isIn(ExitCode.OK, ExitCode.INFEASIBLE);
        assertThat(solve.out()).contains("Wrote " + solution).doesNotContain("WARNING");
        long solvedTotal = itcTotal(solve.out());

        Problem problem = Formats.readProblem(instance);
        SolutionFile read = Formats.readSolution(solution, problem);
        assertThat(read.info()).containsEntry("name", name).containsKey("runtime");
        long readTotal = Itc2019Score.of(new Evaluator().evaluate(read.toSolution(p -> {
            throw new AssertionError("the solution lists no students");
        }))).total();
        assertThat(readTotal).isEqualTo(solvedTotal);

        CliRun check = CliRun.of("check", instance.toString(), solution.toString(), "--summary");
        assertThat(check.exitCode()).isEqualTo(solve.exitCode());
        assertThat(itcTotal(check.out())).isEqualTo(solvedTotal);
        CliRun json = CliRun.of("check", instance.toString(), solution.toString(), "--json", "--summary");
        JsonObject itc = Json.createReader(new StringReader(json.out())).readObject().getJsonObject("itc2019");
        assertThat(itc.getJsonNumber("total").longValue()).isEqualTo(solvedTotal);
        assertThat(itc.keySet()).containsExactly("time", "room", "distribution", "student", "total");
    }

    private static long itcTotal(String output) {
        Matcher matcher = ITC_TOTAL.matcher(output);
        assertThat(matcher.find()).as("an ITC 2019 line in:%n%s", output).isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
