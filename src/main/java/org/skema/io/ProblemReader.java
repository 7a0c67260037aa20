package org.skema.io;

import java.nio.file.Path;
import org.skema.model.Problem;

/** Reads a problem file of one format. */
@FunctionalInterface
public interface ProblemReader {
    /** @throws InputException if the file is missing or malformed */
    Problem read(Path file);
}
