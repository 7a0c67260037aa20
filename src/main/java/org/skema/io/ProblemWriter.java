package org.skema.io;

import java.nio.file.Path;
import java.util.List;
import org.skema.model.Problem;

/** Writes a problem file of one format. */
@FunctionalInterface
public interface ProblemWriter {
    /**
     * @return one sentence per part of the problem the format cannot express (empty when nothing is lost)
     * @throws OutputException if the file exists and {@code force} is false, or cannot be written
     */
    List<String> write(Problem problem, Path file, boolean force);
}
