package org.skema.io.json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skema.io.Formats;
import org.skema.io.Fuzz;
import org.skema.model.Problem;

/** Mutated native JSON problems, solutions and previous timetables never crash a reader (see {@link Fuzz}). */
class JsonFuzzTest {
    private static final Path EXAMPLE = Path.of("datasets/example.json");
    private static final Path EXAMPLE_SOLUTION = Path.of("datasets/example-solution.json");

    @TempDir
    Path dir;

    @Test
    void mutatedProblemsAreReadOrRefusedCleanly() throws IOException {
        Path solution = Files.copy(EXAMPLE_SOLUTION, dir.resolve("solution.json"));
        Fuzz fuzz = new Fuzz("json-problem", 1);
        fuzz.run(Files.readAllBytes(EXAMPLE), dir.resolve("problem.json"), 900, JsonFormat::readProblem,
                file -> new String[] {"check", file.toString(), solution.toString()}, 7);
        fuzz.assertNoCrash();
    }

    @Test
    void mutatedLocksAreReadOrRefusedCleanly() throws IOException {
        String locked = Files.readString(EXAMPLE).replaceFirst("\\}\\s*$", """
                ,
                  "locks": [
                    {"section": "LAW1-L", "days": "Tue,Thu", "start": "08:15", "end": "10:00"},
                    {"section": "LAW2-E1", "days": "Thu", "start": "12:45", "weeks": "1-14", "room": "N-AUD"},
                    {"section": "IT1-LAB", "room": "S-201"}
                  ]
                }
                """);
        Problem problem = JsonFormat.readProblem(Files.writeString(dir.resolve("locked.json"), locked));
        org.assertj.core.api.Assertions.assertThat(problem.locks()).hasSize(3);
        Fuzz fuzz = new Fuzz("json-locks", 2);
        fuzz.run(locked.getBytes(java.nio.charset.StandardCharsets.UTF_8), dir.resolve("problem.json"), 300,
                JsonFormat::readProblem, null, 1);
        fuzz.assertNoCrash();
    }

    @Test
    void mutatedSolutionsAreReadOrRefusedCleanly() throws IOException {
        Problem problem = JsonFormat.readProblem(EXAMPLE);
        Fuzz fuzz = new Fuzz("json-solution", 3);
        fuzz.run(Files.readAllBytes(EXAMPLE_SOLUTION), dir.resolve("solution.json"), 600,
                file -> Formats.readSolution(file, problem),
                file -> new String[] {"check", EXAMPLE.toString(), file.toString()}, 7);
        fuzz.assertNoCrash();
    }

    @Test
    void mutatedPreviousTimetablesAreReadOrRefusedCleanly() throws IOException {
        Problem problem = JsonFormat.readProblem(EXAMPLE);
        Fuzz fuzz = new Fuzz("json-previous", 4);
        fuzz.run(Files.readAllBytes(EXAMPLE_SOLUTION), dir.resolve("previous.json"), 450,
                file -> Formats.readPrevious(file, problem),
                file -> new String[] {"check", EXAMPLE.toString(), EXAMPLE_SOLUTION.toString(), "--from", file.toString()},
                7);
        fuzz.assertNoCrash();
    }
}
