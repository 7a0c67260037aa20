package org.skema.cli;

import java.nio.file.Path;
import org.skema.io.InputException;
import org.skema.io.xml.XmlCursor;
import org.skema.solver.SolveOptions;
import org.skema.solver.TimetableSolver;

/** Checks a {@code --solver-config} file up front: a bad one is bad input (exit 2), found before any solving. */
final class SolverConfigOption {
    private SolverConfigOption() {
    }

    /** @throws InputException naming the file when it is missing, not plain XML, or not a usable configuration */
    static void check(Path file, SolveOptions options) {
        XmlCursor.requirePlain(file);
        try {
            TimetableSolver.requireUsableConfig(options);
        } catch (IllegalArgumentException e) {
            throw new InputException(file.toString(), 0, 0, null, "not a usable Timefold solver configuration: "
                    + e.getMessage(), e);
        }
    }
}
