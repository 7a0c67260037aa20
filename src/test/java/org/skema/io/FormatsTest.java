package org.skema.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.skema.ProblemAssert.assertSameProblem;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skema.TinyProblem;
import org.skema.model.Problem;
import org.skema.sectioning.GreedySectioner;

class FormatsTest {
    @TempDir
    Path dir;

    @Test
    void choosesJsonByExtensionWhateverTheCase() {
        Problem problem = TinyProblem.everyFeature();
        Path file = dir.resolve("problem.JSON");
        Formats.writeProblem(problem, file, false);
        assertSameProblem(Formats.readProblem(file), problem);
    }

    @Test
    void readsAndWritesSolutions() {
        Problem problem = Formats.readProblem(Path.of("datasets/example.json"));
        SolutionFile read = Formats.readSolution(Path.of("datasets/example-solution.json"), problem);
        Path copy = dir.resolve("copy.json");
        Formats.writeSolution(read.toSolution(new GreedySectioner()), read.info(), copy, false);
        assertThat(Formats.readSolution(copy, problem).assignments()).isEqualTo(read.assignments());
    }

    @Test
    void rejectsUnknownExtensions() {
        assertThatThrownBy(() -> Formats.readProblem(Path.of("x/problem.xyz")))
                .isInstanceOf(InputException.class)
                .hasMessage("x/problem.xyz: unsupported file type '.xyz' for a problem (supported: .ctt, .json, .xlsx, .xml, a folder (CSV bundle))");
        assertThatThrownBy(() -> Formats.writeSolution(null, Map.of(), Path.of("solution"), true))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("without an extension (supported: .json, .sol, .xml)");
    }
}
