package org.skema.io.itc2019;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skema.io.Fuzz;
import org.skema.model.Problem;

/** Mutated ITC 2019 problems and solutions never crash the XML readers (see {@link Fuzz}). */
class Itc2019FuzzTest {
    @TempDir
    Path dir;

    @Test
    void mutatedProblemsAreReadOrRefusedCleanly() throws IOException {
        Path solution = Files.writeString(dir.resolve("solution.xml"), Itc2019ErrorsTest.SOLUTION);
        Fuzz fuzz = new Fuzz("itc2019-problem", 20);
        fuzz.run(Itc2019ErrorsTest.PROBLEM.formatted(Itc2019ErrorsTest.DOCTYPE).getBytes(StandardCharsets.UTF_8),
                dir.resolve("problem.xml"), 900, Itc2019ProblemReader::read,
                file -> new String[] {"check", file.toString(), solution.toString()}, 7);
        fuzz.assertNoCrash();
    }

    @Test
    void mutatedSolutionsAreReadOrRefusedCleanly() throws IOException {
        Path problemFile = Files.writeString(dir.resolve("problem.xml"), Itc2019ErrorsTest.PROBLEM.formatted(""));
        Problem problem = Itc2019ProblemReader.read(problemFile);
        Fuzz fuzz = new Fuzz("itc2019-solution", 21);
        fuzz.run(Itc2019ErrorsTest.SOLUTION.getBytes(StandardCharsets.UTF_8), dir.resolve("solution.xml"), 600,
                file -> Itc2019SolutionReader.read(file, problem),
                file -> new String[] {"check", problemFile.toString(), file.toString()}, 7);
        fuzz.assertNoCrash();
    }
}
