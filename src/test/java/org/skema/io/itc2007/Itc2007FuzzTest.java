package org.skema.io.itc2007;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skema.io.Formats;
import org.skema.io.Fuzz;
import org.skema.model.Problem;

/** Mutated ITC 2007 .ctt problems and .sol solutions never crash the readers (see {@link Fuzz}). */
class Itc2007FuzzTest {
    private static final String SOLUTION = "c1 rA 0 1\nc1 rA 1 1\nc1 rB 2 0\nc2 rB 0 1\nc2 rA 2 2\nc3 rB 1 0\n"
            + "c3 rB 2 1\nc4 rA 1 0\n";

    @TempDir
    Path dir;

    @Test
    void mutatedProblemsAreReadOrRefusedCleanly() {
        Path solution = Itc2007Files.write(dir, "tiny.sol", SOLUTION);
        Fuzz fuzz = new Fuzz("itc2007-ctt", 30);
        fuzz.run(Itc2007Files.TINY.getBytes(StandardCharsets.UTF_8), dir.resolve("tiny.ctt"), 900,
                Itc2007ProblemReader::read, file -> new String[] {"check", file.toString(), solution.toString()}, 7);
        fuzz.assertNoCrash();
    }

    @Test
    void mutatedSolutionsAreReadOrRefusedCleanly() {
        Path problemFile = Itc2007Files.write(dir, "tiny.ctt", Itc2007Files.TINY);
        Problem problem = Itc2007ProblemReader.read(problemFile);
        Fuzz fuzz = new Fuzz("itc2007-sol", 31);
        fuzz.run(SOLUTION.getBytes(StandardCharsets.UTF_8), dir.resolve("tiny.sol"), 600,
                file -> Formats.readSolution(file, problem),
                file -> new String[] {"check", problemFile.toString(), file.toString()}, 7);
        fuzz.assertNoCrash();
    }
}
