package org.skema.io.itc2019;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.skema.ProblemAssert.assertSameSolution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.skema.evaluate.Evaluation;
import org.skema.evaluate.Evaluator;
import org.skema.evaluate.Itc2019Score;
import org.skema.evaluate.Violation;
import org.skema.io.SolutionFile;
import org.skema.model.Enrolments;
import org.skema.model.Problem;
import org.skema.model.Rule;
import org.skema.model.Solution;
import org.skema.sectioning.GreedySectioner;

/**
 * The Evaluator reproduces the published scores of the shared ITC 2019 solutions exactly,
 * component by component, and the solutions survive a write and read unchanged.
 */
class Itc2019SolutionsTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({
        // instance, solver, time, room, distribution, student, total (shared/README.md)
        "tg-fal17,        dzsh,     1792,  31,  30,  0, 4215",
        "tg-fal17,        lemos,    1792,  30, 158,  0, 6774",
        "tg-fal17,        cpsolver, 2708, 236, 113,  0, 7912",
        "lums-spr18,      dzsh,        0,  25,  14,  0,   95",
        "lums-spr18,      lemos,       0, 575,  49,  0,  820",
        "muni-fsps-spr17, cpsolver,    0, 168,  20, 27, 3168",
    })
    void reproducesThePublishedScore(String instance, String solver, long time, long room, long distribution,
            long student, long total) {
        Evaluation evaluation = evaluate(instance, solver);
        assertThat(Itc2019Score.of(evaluation)).isEqualTo(new Itc2019Score(time, room, distribution, student, total));
        assertThat(evaluation.soft()).as("soft score = ITC 2019 total").isEqualTo(total);
        assertThat(evaluation.medium()).as("every class placed").isZero();
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"tg-fal17, dzsh", "tg-fal17, lemos", "tg-fal17, cpsolver", "lums-spr18, dzsh", "lums-spr18, lemos"})
    void thePublishedSolutionsWithoutStudentsAreFeasible(String instance, String solver) {
        Evaluation evaluation = evaluate(instance, solver);
        assertThat(evaluation.violations().stream().filter(v -> v.rule().level() == Rule.Level.HARD)).isEmpty();
        assertThat(evaluation.feasible()).isTrue();
    }

    /**
     * The students listed in the cpsolver solution of muni-fsps-spr17 keep every sectioning rule
     * and class limit of the shared (current) instance, so it is feasible. (FORMAT-NOTES §9 and
     * §10 expect exceeded limits; that holds for other solutions or instance versions, not these
     * files.)
     */
    @Test
    void theCpsolverSolutionOfMuniFspsSectionsEveryStudentWithinTheLimits() {
        Evaluation evaluation = evaluate("muni-fsps-spr17", "cpsolver");
        assertThat(evaluation.unitsPerRule()).containsEntry(Rule.SECTIONING_STRUCTURE, 0L)
                .containsEntry(Rule.CLASS_LIMIT, 0L);
        assertThat(evaluation.feasible()).isTrue();
    }

    /**
     * What UniTime does not check, the Evaluator does: with the limits of two full classes lowered
     * (94: 21 students, limit 19; 273: 40 students, limit 39) the same solution breaks 3 units of
     * class limits and is infeasible, while its ITC 2019 components stay as published.
     */
    @Test
    void exceededClassLimitsAreHardAndLeaveTheSoftComponentsAlone() throws IOException {
        Path original = Itc2019Data.instance("muni-fsps-spr17");
        String text = Files.readString(original, StandardCharsets.UTF_8);
        String lowered = replaceOnce(replaceOnce(text, "<class id=\"94\" limit=\"21\"", "<class id=\"94\" limit=\"19\""),
                "<class id=\"273\" limit=\"40\"", "<class id=\"273\" limit=\"39\"");
        Path file = dir.resolve("muni-fsps-spr17.xml");
        Files.writeString(file, lowered, StandardCharsets.UTF_8);
        Problem problem = Itc2019ProblemReader.read(file);
        SolutionFile read = Itc2019SolutionReader.read(Itc2019Data.solution("muni-fsps-spr17.cpsolver"), problem);
        Evaluation evaluation = new Evaluator().evaluate(read.toSolution(Enrolments::none));

        assertThat(evaluation.violations(Rule.CLASS_LIMIT)).extracting(v -> v.sections().get(0).id(), Violation::units)
                .containsExactly(tuple("94", 2L), tuple("273", 1L));
        assertThat(evaluation.hard()).as("nothing else is broken").isEqualTo(3);
        assertThat(evaluation.feasible()).isFalse();
        assertThat(Itc2019Score.of(evaluation)).isEqualTo(new Itc2019Score(0, 168, 20, 27, 3168));
    }

    private static String replaceOnce(String text, String target, String replacement) {
        assertThat(text.indexOf(target)).as(target).isNotNegative().isEqualTo(text.lastIndexOf(target));
        return text.replace(target, replacement);
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"tg-fal17, dzsh", "lums-spr18, lemos", "muni-fsps-spr17, cpsolver"})
    void aSolutionSurvivesWriteAndRead(String instance, String solver) {
        Problem problem = Itc2019Data.problem(instance);
        SolutionFile read = Itc2019SolutionReader.read(Itc2019Data.solution(instance + "." + solver), problem);
        assertThat(read.hasEnrolments()).isTrue();
        assertThat(read.info()).containsEntry("name", instance);
        Solution solution = read.toSolution(new GreedySectioner());
        Path copy = dir.resolve("copy.xml");
        Itc2019SolutionWriter.write(solution, read.info(), copy, false);
        SolutionFile again = Itc2019SolutionReader.read(copy, problem);
        assertSameSolution(again.toSolution(p -> { throw new AssertionError("enrolments were lost"); }), solution);
        assertThat(again.info()).isEqualTo(read.info());
    }

    private static Evaluation evaluate(String instance, String solver) {
        Problem problem = Itc2019Data.problem(instance);
        SolutionFile file = Itc2019SolutionReader.read(Itc2019Data.solution(instance + "." + solver), problem);
        return new Evaluator().evaluate(file.toSolution(new GreedySectioner()));
    }
}
