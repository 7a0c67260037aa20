package org.skema.io;

import java.nio.file.Path;
import org.skema.model.Problem;

/** Writes a problem file of one format. */
@FunctionalInterface
public interface ProblemWriter {
    /** @throws OutputException if the file exists and {@code force} is false, or cannot be written */
    void write(Problem problem, Path file, boolean force);
}
