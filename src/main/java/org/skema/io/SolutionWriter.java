package org.skema.io;

import java.nio.file.Path;
import java.util.Map;
import org.skema.model.Solution;

/** Writes a solution file of one format. */
@FunctionalInterface
public interface SolutionWriter {
    /**
     * @param info free-form metadata (score, seed, solver time); formats that have no place for it ignore it
     * @throws OutputException if the file exists and {@code force} is false, or cannot be written
     */
    void write(Solution solution, Map<String, Object> info, Path file, boolean force);
}
