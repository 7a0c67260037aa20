package org.skema.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skema.evaluate.Evaluation;
import org.skema.evaluate.Evaluator;
import org.skema.model.Problem;
import org.skema.model.Rule;
import org.skema.model.Solution;
import org.skema.sectioning.GreedySectioner;

/** Withdrawing a room or a teacher is one cell in every format, and makes them unavailable everywhere. */
class WithdrawnTest {
    private static final Path EXAMPLE = Path.of("datasets/example.json");
    private static final Path SOLUTION = Path.of("datasets/example-solution.json");

    @TempDir
    Path dir;

    @Test
    void aWithdrawnRoomOrTeacherInJsonIsUnavailableAtEveryTime() throws IOException {
        Path withdrawn = Files.writeString(dir.resolve("withdrawn.json"), Files.readString(EXAMPLE)
                .replace("{\"id\": \"N-101\", \"name\": \"North 101\", \"capacity\": 40, \"building\": \"North\"}",
                        "{\"id\": \"N-101\", \"name\": \"North 101\", \"capacity\": 40, \"building\": \"North\","
                                + " \"withdrawn\": true}")
                .replace("{\"id\": \"T3\", \"name\": \"Cleo Dahl\",", "{\"id\": \"T3\", \"name\": \"Cleo Dahl\","
                        + " \"withdrawn\": true,"));
        Problem problem = Formats.readProblem(withdrawn);
        assertThat(problem.room("N-101").withdrawn()).isTrue();
        assertThat(problem.teacher("T3").withdrawn()).isTrue();
        assertThat(problem.room("N-AUD").withdrawn()).isFalse();
        // The sections still list the room and the teacher: bringing them back is one change.
        assertThat(problem.section("LAW1-E1").rooms()).extracting(o -> o.room().id()).contains("N-101");

        Solution before = Formats.readSolution(SOLUTION, problem).toSolution(new GreedySectioner());
        Evaluation evaluation = new Evaluator().evaluate(before);
        // LAW1-E1, LAW1-E2 met in N-101; T3 teaches LAW1-E2 and IT1-WEB.
        assertThat(evaluation.violations(Rule.ROOM_UNAVAILABLE)).flatExtracting(v -> v.sections())
                .extracting(s -> s.id()).containsExactlyInAnyOrder("LAW1-E1", "LAW1-E2");
        assertThat(evaluation.violations(Rule.TEACHER_UNAVAILABLE)).flatExtracting(v -> v.sections())
                .extracting(s -> s.id()).contains("LAW1-E2");

        for (String target : List.of("again.json", "bundle", "book.xlsx")) {
            Path written = dir.resolve(target);
            Formats.writeProblem(problem, written, false);
            Problem read = Formats.readProblem(written);
            assertThat(read.room("N-101").withdrawn()).as(target).isTrue();
            assertThat(read.teacher("T3").withdrawn()).as(target).isTrue();
            assertThat(read.room("N-AUD").withdrawn()).as(target).isFalse();
        }
        assertThat(Files.readAllLines(dir.resolve("bundle/rooms.csv")).get(0)).endsWith(",withdrawn");
        assertThat(Files.readAllLines(dir.resolve("bundle/rooms.csv"))).anyMatch(l -> l.startsWith("N-101,")
                && l.endsWith(",yes"));
    }

    @Test
    void aWithdrawnCellInABundleMustSayYesOrNo() throws IOException {
        Path bundle = dir.resolve("bundle");
        Formats.writeProblem(Formats.readProblem(EXAMPLE), bundle, false);
        Path teachers = bundle.resolve("teachers.csv");
        List<String> lines = Files.readAllLines(teachers);
        List<String> changed = new java.util.ArrayList<>(lines);
        changed.set(1, lines.get(1).replaceFirst(",$", ",perhaps"));
        Files.write(teachers, changed);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Formats.readProblem(bundle)))
                .isInstanceOf(InputException.class).hasMessageContaining("teachers.csv:2:")
                .hasMessageContaining("withdrawn").hasMessageContaining("must be yes or no, got 'perhaps'");
    }
}
