package org.skema.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** best keeps the solution the Evaluator ranks first, whatever order the solutions come in. */
class BestCommandTest {
    private static final String PROBLEM = "datasets/example.json";

    @TempDir
    Path dir;

    @Test
    void keepsTheEvaluatorsBestAndCopiesItAsItIs() throws IOException {
        Path handMade = Path.of("datasets/example-solution.json");
        Path unplaced = dir.resolve("unplaced.json");
        String text = Files.readString(handMade);
        String withoutOne = text.replaceFirst("\\n\\s*\\{\"id\": \"LAW2-E1\"[^\\n]*", "");
        assertThat(withoutOne).isNotEqualTo(text);
        Files.writeString(unplaced, withoutOne);
        Path solved = dir.resolve("solved.json");
        assertThat(CliRun.of("solve", PROBLEM, "-o", solved.toString(), "--seed", "1", "--move-limit", "2000")
                .exitCode()).isZero();

        Path best = dir.resolve("best.json");
        CliRun run = CliRun.of("best", PROBLEM, unplaced.toString(), handMade.toString(), solved.toString(), "-o",
                best.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains(unplaced + ": NOT feasible").contains("Best: " + solved);
        assertThat(Files.readAllBytes(best)).isEqualTo(Files.readAllBytes(solved));

        // Feasible beats a lower soft penalty with a section unplaced; the first of equals is kept.
        run = CliRun.of("best", PROBLEM, unplaced.toString(), handMade.toString(), handMade.toString(), "-o",
                best.toString(), "--force");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Best: " + handMade);
        assertThat(Files.readString(best)).isEqualTo(text);

        run = CliRun.of("best", PROBLEM, unplaced.toString(), "-o", dir.resolve("only.json").toString());
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void refusesBadInputAndLeavesTheOutputAlone() throws IOException {
        Path best = dir.resolve("best.json");
        Files.writeString(best, "mine");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\": \"skema-solution\", \"sections\": [");
        CliRun run = CliRun.of("best", PROBLEM, "datasets/example-solution.json", broken.toString(), "-o",
                best.toString(), "--force");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("skema: " + broken);
        assertThat(Files.readString(best)).isEqualTo("mine");

        run = CliRun.of("best", PROBLEM, "datasets/example-solution.json", "-o", best.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("already exists");
        assertThat(CliRun.of("best", PROBLEM, "datasets/example-solution.json", "-o", dir.resolve("b.xml").toString())
                .err()).contains("must have the solutions' extension");
    }
}
