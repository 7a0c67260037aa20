package org.skema.io;

import java.nio.file.Path;
import org.skema.model.Problem;

/** Reads a solution file of one format for a problem already read. */
@FunctionalInterface
public interface SolutionReader {
    /** @throws InputException if the file is missing, malformed or does not fit the problem */
    SolutionFile read(Path file, Problem problem);
}
