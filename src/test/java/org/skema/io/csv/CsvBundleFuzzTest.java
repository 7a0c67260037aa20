package org.skema.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skema.io.Fuzz;
import org.skema.io.InputException;

/**
 * A CSV bundle with one mutated file, or one file missing, never crashes the reader (see {@link Fuzz});
 * a missing file is optional or refused with a message.
 */
class CsvBundleFuzzTest {
    private static final Path EXAMPLE = Path.of("datasets/example-bundle");
    private static final int CASES_PER_FILE = 110;

    @TempDir
    Path dir;

    @Test
    void bundlesWithAMutatedFileAreReadOrRefusedCleanly() throws IOException {
        Path bundle = dir.resolve("bundle");
        Files.createDirectories(bundle);
        List<Path> files;
        try (Stream<Path> listed = Files.list(EXAMPLE)) {
            files = listed.sorted().toList();
        }
        for (Path file : files) {
            Files.copy(file, bundle.resolve(file.getFileName()));
        }
        for (int f = 0; f < files.size(); f++) {
            Path target = bundle.resolve(files.get(f).getFileName());
            byte[] original = Files.readAllBytes(target);
            Fuzz fuzz = new Fuzz("csv-" + target.getFileName(), 10 + f);
            fuzz.run(original, target, CASES_PER_FILE, file -> CsvBundle.readProblem(file.getParent()),
                    file -> new String[] {"check", file.getParent().toString(), "datasets/example-solution.json"}, 11);
            fuzz.assertNoCrash();
            Files.delete(target);
            try {
                CsvBundle.readProblem(bundle);
            } catch (InputException expected) {
                assertThat(expected.getMessage()).doesNotContain("\n");
            }
            Files.write(target, original);
        }
    }
}
