package org.skema.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skema.ProblemAssert.assertSameProblem;
import static org.skema.ProblemAssert.assertSameSolution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skema.TinyProblem;
import org.skema.io.SolutionFile;
import org.skema.model.Assignment;
import org.skema.model.Enrolments;
import org.skema.model.ObjectiveWeights;
import org.skema.model.Problem;
import org.skema.model.Section;
import org.skema.model.Solution;
import org.skema.sectioning.GreedySectioner;

class JsonRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void everyFeatureSurvivesWriteAndRead() {
        Problem problem = TinyProblem.everyFeature();
        assertSameProblem(roundTrip(problem), problem);
    }

    @Test
    void tinyProblemSurvivesWriteAndRead() {
        Problem problem = TinyProblem.courses(6, ObjectiveWeights.faculty());
        assertSameProblem(roundTrip(problem), problem);
    }

    @Test
    void exampleSurvivesReadWriteRead() {
        Problem example = JsonFormat.readProblem(Path.of("datasets/example.json"));
        assertSameProblem(roundTrip(example), example);
    }

    @Test
    void writingIsStable() throws IOException {
        Problem problem = TinyProblem.everyFeature();
        Path first = dir.resolve("first.json");
        JsonFormat.writeProblem(problem, first, false);
        Path second = dir.resolve("second.json");
        JsonFormat.writeProblem(JsonFormat.readProblem(first), second, false);
        assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
    }

    @Test
    void sharedTimeListsBecomeTimeSetsAndDefaultRoomsAreLeftOut() throws IOException {
        Path file = dir.resolve("tiny.json");
        JsonFormat.writeProblem(TinyProblem.courses(3, ObjectiveWeights.faculty()), file, false);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains("\"timeSets\"", "\"set1\"", "\"timeSet\": \"set1\"");
        // The lecture lists only the auditorium, not every room, so it keeps its list.
        assertThat(text).contains("\"rooms\": [{\"room\": \"AUD\"}]");
        Path full = dir.resolve("full.json");
        JsonFormat.writeProblem(TinyProblem.everyFeature(), full, false);
        String fullText = Files.readString(full, StandardCharsets.UTF_8);
        assertThat(fullText).contains("{\"from\": \"North\", \"to\": \"South\", \"minutes\": 20}");
        assertThat(fullText).contains("ÆØÅ").contains("\\\"feature\\\"");
        assertThat(fullText).contains("{\"id\": \"C0-E2\", \"limit\": 0, \"parent\": \"C0-L\", \"timeSet\": \"set1\"}")
                .contains("\"rooms\": [{\"room\": \"R2\", \"penalty\": 2}, {\"room\": \"R1\"}]");
    }

    @Test
    void solutionSurvivesWriteAndRead() {
        Problem problem = TinyProblem.everyFeature();
        List<Assignment> assignments = new ArrayList<>();
        for (Section section : problem.sections()) {
            int i = section.index();
            if (i % 4 == 3) {
                assignments.add(Assignment.unplaced(section));
            } else {
                var time = section.times().get(i % section.times().size());
                var room = section.needsRoom() && i % 4 != 2 ? section.rooms().get(section.rooms().size() - 1) : null;
                assignments.add(new Assignment(section, time, room));
            }
        }
        Solution solution = new Solution(problem, assignments, new GreedySectioner().section(problem));
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("score", "0hard/-1medium/-5soft");
        info.put("seed", 42);
        Path file = dir.resolve("solution.json");
        JsonFormat.writeSolution(solution, info, file, false);

        SolutionFile read = JsonFormat.readSolution(file, problem);
        assertThat(read.hasEnrolments()).isTrue();
        assertSameSolution(read.toSolution(Enrolments::none), solution);
        assertThat(read.info()).containsEntry("score", "0hard/-1medium/-5soft").containsKey("seed");
    }

    private Problem roundTrip(Problem problem) {
        Path file = dir.resolve("problem-" + System.nanoTime() + ".json");
        JsonFormat.writeProblem(problem, file, false);
        return JsonFormat.readProblem(file);
    }
}
