package org.skema.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.skema.evaluate.Evaluation;
import org.skema.evaluate.Evaluator;
import org.skema.io.SolutionFile;
import org.skema.model.DistributionType;
import org.skema.model.Enrolments;
import org.skema.model.Problem;
import org.skema.model.Solution;

/** The documented examples must stay valid, so the documentation cannot drift from the readers. */
class ExampleFilesTest {
    private static final Path PROBLEM = Path.of("datasets/example.json");
    private static final Path SOLUTION = Path.of("datasets/example-solution.json");
    private static final Path FORMAT_DOC = Path.of("datasets/FORMAT.md");

    @Test
    void exampleProblemIsValidAndShowsTheFeatures() {
        Problem problem = JsonFormat.readProblem(PROBLEM);
        assertThat(problem.courses()).hasSizeBetween(2, 3);
        assertThat(problem.rooms().stream().map(room -> room.building()).distinct()).hasSize(2);
        assertThat(problem.travel().isEmpty()).isFalse();
        assertThat(problem.teachers()).anySatisfy(t -> assertThat(t.unavailable()).isNotEmpty());
        assertThat(problem.teachers()).anySatisfy(t -> assertThat(t.undesired()).isNotEmpty());
        assertThat(problem.distributions().stream().map(d -> d.type()))
                .contains(DistributionType.NOT_OVERLAP, DistributionType.PRECEDENCE, DistributionType.MAX_BREAKS);
        assertThat(problem.section("LAW1-E1").parent()).isSameAs(problem.section("LAW1-L"));
        assertThat(problem.students()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(problem.curricula()).isNotEmpty();
        assertThat(problem.course("LAW1").minDays()).isPositive();
    }

    @Test
    void exampleSolutionIsValidAndFeasible() {
        Problem problem = JsonFormat.readProblem(PROBLEM);
        SolutionFile file = JsonFormat.readSolution(SOLUTION, problem);
        assertThat(file.hasEnrolments()).isTrue();
        Solution solution = file.toSolution(Enrolments::none);
        assertThat(solution.placedCount()).isEqualTo(problem.sections().size());
        Evaluation evaluation = new Evaluator().evaluate(solution);
        assertThat(evaluation.feasible()).isTrue();
        // The info block shows the score the Evaluator gives, so the example does not claim a wrong one.
        assertThat(file.info().get("score")).isEqualTo(evaluation.scoreText());
    }

    @Test
    void formatDocumentShowsTheExampleFilesAsTheyAre() throws IOException {
        String doc = Files.readString(FORMAT_DOC);
        assertThat(doc).contains(Files.readString(PROBLEM)).contains(Files.readString(SOLUTION));
    }

    @Test
    void everyJsonBlockInTheFormatDocumentIsValidJson() throws IOException {
        String doc = Files.readString(FORMAT_DOC);
        Matcher block = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        List<String> blocks = new ArrayList<>();
        while (block.find()) {
            blocks.add(block.group(1));
        }
        assertThat(blocks).isNotEmpty();
        for (String json : blocks) {
            try (var reader = Json.createReader(new StringReader(json))) {
                assertThat(reader.readValue()).as(json).isNotNull();
            }
        }
    }
}
