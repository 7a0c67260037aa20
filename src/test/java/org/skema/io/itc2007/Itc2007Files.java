package org.skema.io.itc2007;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Small ITC 2007 files for tests, and the shared benchmark data when it is there. */
public final class Itc2007Files {
    /**
     * Three days of three periods (08:00, 09:00, 10:00), four courses, two rooms, two curricula, and
     * c1 unavailable on day 0 in period 0 and c4 on day 2 in period 2. Laid out as files in
     * circulation are: tabs, a trailing space, blank lines.
     */
    public static final String TINY = """
            Name: tiny
            Courses: 4
            Rooms: 2
            Days: 3
            Periods_per_day: 3
            Curricula: 2
            Constraints: 2

            COURSES:
            c1\tt1\t3\t3\t40
            c2 t2 2 2 25 \n\
            c3 t1 2 2 10
            c4 t3 1 1 35

            ROOMS:
            rA\t30
            rB\t20

            CURRICULA:
            q1 2 c1 c2
            q2 3 c2 c3 c4

            UNAVAILABILITY_CONSTRAINTS:
            c1 0 0
            c4 2 2

            END.
            """;

    private Itc2007Files() {
    }

    public static Path write(Path dir, String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The shared ITC 2007 folder ({@code ../shared/datasets/itc2007}, or under the folder the system
     * property {@code skema.datasets} names); the calling test is skipped, saying so, when it is absent.
     */
    public static Path datasets() {
        String configured = System.getProperty("skema.datasets");
        Path folder = (configured != null ? Path.of(configured) : Path.of("..", "shared", "datasets")).resolve("itc2007");
        Assumptions.assumeTrue(Files.isDirectory(folder.resolve("ctt")), () -> "skipped: no ITC 2007 data at "
                + folder.toAbsolutePath().normalize() + " (set -Dskema.datasets=<folder holding itc2007/>)");
        return folder;
    }

    /** An instance of the shared data, such as "comp01". */
    public static Path instance(String name) {
        return datasets().resolve("ctt").resolve(name + ".ctt");
    }

    /** Docheinstein's published solution of an instance (comp01 to comp07). */
    public static Path published(String name) {
        return datasets().resolve("solutions").resolve(name + ".docheinstein.sol");
    }
}
