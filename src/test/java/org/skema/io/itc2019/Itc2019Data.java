package org.skema.io.itc2019;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.skema.model.Problem;

/**
 * Finds the shared ITC 2019 instances and published solutions: {@code ../shared/datasets/itc2019}
 * relative to the project, or under the folder named by the system property {@code skema.datasets}.
 * A test that needs a file that is not there is skipped with a message saying so.
 */
public final class Itc2019Data {
    /** Instances already read: several test classes judge solutions of the same instance. */
    private static final Map<String, Problem> PROBLEMS = new ConcurrentHashMap<>();

    private Itc2019Data() {
    }

    /** The instance read by {@link Itc2019ProblemReader}, once per test run; skips the test when it is missing. */
    public static Problem problem(String name) {
        Path file = instance(name);
        return PROBLEMS.computeIfAbsent(name, n -> Itc2019ProblemReader.read(file));
    }

    public static Path folder() {
        return Path.of(System.getProperty("skema.datasets", "../shared/datasets")).resolve("itc2019");
    }

    /** An instance such as "tg-fal17"; skips the test when it is missing. */
    public static Path instance(String name) {
        return existing(folder().resolve("instances").resolve(name + ".xml"));
    }

    /** A published solution such as "tg-fal17.dzsh"; skips the test when it is missing. */
    public static Path solution(String name) {
        return existing(folder().resolve("solutions").resolve(name + ".xml"));
    }

    private static Path existing(Path file) {
        assumeTrue(Files.isRegularFile(file), () -> "skipped: " + file.toAbsolutePath().normalize()
                + " is missing (shared ITC 2019 data; set -Dskema.datasets=DIR to point elsewhere)");
        return file;
    }
}
